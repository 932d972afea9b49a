import type {Root, RootContent} from 'hast'
import {fromParse5} from 'hast-util-from-parse5'
import {parse} from 'parse5'
import type {DefaultTreeAdapterMap} from 'parse5'
import {VFile} from 'vfile'
import {AltformatError} from '../../model/error.js'
import {replaceForbidden} from '../../model/xml-chars.js'
import {limitDepth} from './depth-guard.js'

type P5Node = DefaultTreeAdapterMap['node']
type P5Parent = DefaultTreeAdapterMap['parentNode']

/** How messages name the page: its path, or "the input", and the file for `AltformatError.file`. */
export interface PageName {
  name: string
  file?: string | undefined
}

/**
 * More elements than this and the page is refused (`too-complex`): the
 * largest of 1,030 real news pages measured holds 10,112; a page of 360 KB of
 * unclosed `<p><b><i><u>` holds 390,000 once parsed, and reading them took
 * tens of seconds.
 */
export const maxElements = 200_000

/** Deeper than this, markup is flattened to its text (no page needs it; a hostile one may). */
export const maxDepth = 128

/**
 * Parse HTML as a browser does (parse5, as rehype-parse does) into hast with
 * positions. parse5 copes with any depth, but every tree walker after it
 * recurses: elements nested deeper than {@link maxDepth} are replaced by their
 * text, in order, so that no step can overflow the stack; tags deeper still
 * are blanked before parsing (see limitDepth), since parse5's time grows with
 * the square of the depth. Returns how many elements were flattened.
 */
export function parseHtml(page: string, where: PageName = {name: 'the page'}): {tree: Root; flattened: number; replaced: number} {
  const {source, blanked} = limitDepth(page)
  const document = parse(source, {sourceCodeLocationInfo: true, scriptingEnabled: false})
  let flattened = blanked
  // Walk with an explicit stack: the tree may be far deeper than the call stack.
  const stack: Array<[P5Node, number]> = [[document, 0]]
  let elements = 0
  while (stack.length > 0) {
    const [node, depth] = stack.pop() as [P5Node, number]
    if (!('childNodes' in node)) continue
    if (++elements > maxElements) {
      throw new AltformatError(
        'too-complex',
        `${where.name} holds more than ${maxElements.toLocaleString('en')} HTML elements, far more than any article page: ` +
          'check that it is one page, or give its text (--from text)',
        {file: where.file}
      )
    }
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
  return {tree, flattened, replaced: refersToForbidden(source) ? cleanDecoded(tree) : 0}
}

// A numeric character reference, decimal or hexadecimal ("&#1;", "&#x1b;", "&#xFFFE;").
const numericReference = /&#(?:[xX]([0-9a-fA-F]+)|([0-9]+))/g

/**
 * Whether a numeric character reference in the page decodes to a character
 * XML forbids: a C0 control but tab and line ends, or U+FFFE or U+FFFF. Only
 * such references put one in the parsed text — the page's own characters were
 * cleaned before parsing, named references decode to none, and the parser
 * turns a reference to a surrogate or to NUL into U+FFFD — so a page without
 * one (nearly every page) is not walked node by node again.
 */
function refersToForbidden(source: string): boolean {
  for (const match of source.matchAll(numericReference)) {
    const code = match[1] === undefined ? Number(match[2]) : Number.parseInt(match[1], 16)
    if ((code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0d) || code === 0xfffe || code === 0xffff) return true
  }
  return false
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

/**
 * Character references decode to any code point (`&#x1;`, `&#xFFFE;`,
 * `&#x1b;]0;…&#x07;`), after the page's own text was cleaned: text nodes and
 * attribute values are cleaned again here. Returns how many were replaced.
 */
function cleanDecoded(tree: Root): number {
  let replaced = 0
  const stack: Array<Root | RootContent> = [tree]
  while (stack.length > 0) {
    const node = stack.pop() as Root | RootContent
    if (node.type === 'text' || node.type === 'comment') {
      const clean = replaceForbidden(node.value)
      node.value = clean.text
      replaced += clean.replaced
    }
    if (node.type === 'element') {
      for (const [key, value] of Object.entries(node.properties)) {
        if (typeof value !== 'string') continue
        const clean = replaceForbidden(value)
        node.properties[key] = clean.text
        replaced += clean.replaced
      }
      if (node.content) stack.push(node.content)
    }
    if ('children' in node) for (const child of node.children) stack.push(child)
  }
  return replaced
}
