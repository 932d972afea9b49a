import type {Element, Root} from 'hast'

interface Index {
  byName: Map<string, Element[]>
  order: Map<Element, number>
}

const indexes = new WeakMap<Root, Index>()

/**
 * The page's elements of the given tag names, in document order (the list the
 * page's walk keeps: not to be changed). The page is walked once and the walk
 * kept for it: the readers look for its metas, links, headings, scripts and
 * times again and again (the head's metadata, skip links, a breaking-news bar,
 * the headline, the JSON-LD, the published time), and a selector walks the
 * whole page each time it is matched.
 */
export function elementsNamed(tree: Root, ...tagNames: string[]): readonly Element[] {
  const {byName, order} = indexOf(tree)
  const lists = tagNames.map((name) => byName.get(name) ?? [])
  if (lists.length === 1) return lists[0] as Element[]
  return lists.flat().sort((a, b) => (order.get(a) as number) - (order.get(b) as number))
}

function indexOf(tree: Root): Index {
  const known = indexes.get(tree)
  if (known) return known
  const index: Index = {byName: new Map(), order: new Map()}
  for (const element of elementsIn(tree)) {
    index.order.set(element, index.order.size)
    const list = index.byName.get(element.tagName)
    if (list) list.push(element)
    else index.byName.set(element.tagName, [element])
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
