import type {Root} from 'hast'
import {fromParse5} from 'hast-util-from-parse5'
import {parse} from 'parse5'
import type {DefaultTreeAdapterMap} from 'parse5'
import {VFile} from 'vfile'

type P5Node = DefaultTreeAdapterMap['node']
type P5Parent = DefaultTreeAdapterMap['parentNode']

/** Deeper than this, markup is flattened to its text (no page needs it; a hostile one may). */
export const maxDepth = 128

/**
 * Parse HTML as a browser does (parse5, as rehype-parse does) into hast with
 * positions. parse5 copes with any depth, but every tree walker after it
 * recurses: elements nested deeper than {@link maxDepth} are replaced by their
 * text, in order, so that no step can overflow the stack. Returns how many
 * elements were flattened.
 */
export function parseHtml(source: string): {tree: Root; flattened: number} {
  const document = parse(source, {sourceCodeLocationInfo: true})
  let flattened = 0
  // Walk with an explicit stack: the tree may be far deeper than the call stack.
  const stack: Array<[P5Node, number]> = [[document, 0]]
  while (stack.length > 0) {
    const [node, depth] = stack.pop() as [P5Node, number]
    if (!('childNodes' in node)) continue
    if (depth >= maxDepth && node.childNodes.some((child) => 'childNodes' in child)) {
      const texts = textNodes(node)
      flattened += countElements(node)
      node.childNodes = texts
      for (const text of texts) text.parentNode = node as P5Parent
      continue
    }
    for (const child of node.childNodes) stack.push([child, depth + 1])
  }
  const tree = fromParse5(document, {file: new VFile({value: source})}) as Root
  return {tree, flattened}
}

/**
 * The text nodes under a node, in document order, found without recursion; a
 * space between texts of different elements, so that "<p>a</p><p>b</p>" stays
 * two words.
 */
function textNodes(root: P5Node): DefaultTreeAdapterMap['textNode'][] {
  const out: DefaultTreeAdapterMap['textNode'][] = []
  const stack: P5Node[] = [root]
  let parent: P5Node | undefined
  while (stack.length > 0) {
    const node = stack.pop() as P5Node
    if (node.nodeName === '#text') {
      const text = node as DefaultTreeAdapterMap['textNode']
      if (parent !== undefined && text.parentNode !== parent) {
        out.push({nodeName: '#text', value: ' ', parentNode: null, sourceCodeLocation: text.sourceCodeLocation})
      }
      parent = text.parentNode ?? undefined
      out.push(text)
    }
    else if ('childNodes' in node && node.nodeName !== 'script' && node.nodeName !== 'style' && node.nodeName !== 'template') {
      for (let i = node.childNodes.length - 1; i >= 0; i--) stack.push(node.childNodes[i] as P5Node)
    }
  }
  return out
}

function countElements(root: P5Node): number {
  let count = 0
  const stack: P5Node[] = [root]
  while (stack.length > 0) {
    const node = stack.pop() as P5Node
    if ('childNodes' in node) {
      count++
      for (const child of node.childNodes) stack.push(child)
    }
  }
  return count - 1
}
