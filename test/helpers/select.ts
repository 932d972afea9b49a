import type {Node} from 'unist'
import {visit} from 'unist-util-visit'
import type {Nodes} from '../../src/index.js'

/** Every node of a type, in document order. */
export function selectAll<T extends Nodes = Nodes>(tree: Node, type: Nodes['type']): T[] {
  const found: T[] = []
  visit(tree, (node) => {
    if (node.type === type) found.push(node as T)
  })
  return found
}
