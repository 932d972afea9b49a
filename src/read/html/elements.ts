import type {Element, Root} from 'hast'

interface Index {
  byName: Map<string, Element[]>
  order: Map<Element, number>
}

const indexes = new WeakMap<Root, Index>()

/**
 * The page's elements of the given tag names, in document order. The page is
 * walked once and the walk kept for it: the readers look for its links,
 * headings, scripts and times again and again (skip links, a breaking-news bar,
 * the headline, the JSON-LD, the published time), and a selector walks the
 * whole page each time it is matched.
 */
export function elementsNamed(tree: Root, ...tagNames: string[]): Element[] {
  const {byName, order} = indexOf(tree)
  const lists = tagNames.map((name) => byName.get(name) ?? [])
  if (lists.length === 1) return lists[0] as Element[]
  return lists.flat().sort((a, b) => (order.get(a) as number) - (order.get(b) as number))
}

function indexOf(tree: Root): Index {
  const known = indexes.get(tree)
  if (known) return known
  const index: Index = {byName: new Map(), order: new Map()}
  const stack: Array<Root | Element> = [tree]
  while (stack.length > 0) {
    const node = stack.pop() as Root | Element
    if (node.type === 'element') {
      index.order.set(node, index.order.size)
      const list = index.byName.get(node.tagName)
      if (list) list.push(node)
      else index.byName.set(node.tagName, [node])
    }
    for (let i = node.children.length - 1; i >= 0; i--) {
      const child = node.children[i]
      if (child?.type === 'element') stack.push(child)
    }
  }
  indexes.set(tree, index)
  return index
}

/** An element and the elements inside it, in document order (a selector's `selectAll` order, the element first). */
export function elementsIn(root: Element | Root): Element[] {
  const out: Element[] = []
  const stack: Array<Root | Element> = [root]
  while (stack.length > 0) {
    const node = stack.pop() as Root | Element
    if (node.type === 'element') out.push(node)
    for (let i = node.children.length - 1; i >= 0; i--) {
      const child = node.children[i]
      if (child?.type === 'element') stack.push(child)
    }
  }
  return out
}
