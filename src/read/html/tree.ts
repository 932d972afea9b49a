import type {Element, ElementContent, Root} from 'hast'

/** Whether `node` is `parent` or inside it. */
export function contains(parent: Element | Root, node: Element): boolean {
  if (parent === node) return true
  return 'children' in parent && parent.children.some((child) => child.type === 'element' && contains(child, node))
}

/**
 * A new element around existing nodes, spanning them in the source: a run of
 * loose text to read as a paragraph, or a container and the siblings that
 * carry on its text. The nodes keep their own positions.
 */
export function elementAround(tagName: string, children: ElementContent[]): Element {
  const first = children[0]?.position
  const last = children.at(-1)?.position
  return {
    type: 'element',
    tagName,
    properties: {},
    children,
    ...(first && last ? {position: {start: first.start, end: last.end}} : {})
  }
}

/**
 * The elements between `root` and `target`, both excluded, outermost first,
 * found in one walk; undefined when `target` is not under `root`.
 */
export function ancestorsOf(root: Element | Root, target: Element): Element[] | undefined {
  const path: Element[] = []
  const find = (node: Element | Root): boolean => {
    for (const child of node.children) {
      if (child.type !== 'element') continue
      if (child === target) return true
      path.push(child)
      if (find(child)) return true
      path.pop()
    }
    return false
  }
  return find(root) ? path : undefined
}
