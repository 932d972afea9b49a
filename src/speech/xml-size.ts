import type {Element, ElementContent, Root} from 'xast'
import {toXml} from 'xast-util-to-xml'
import type {Size} from './dialects.js'

// The XML of SSML documents and its size, as the engines' request limits count it.

/**
 * XML text of a node; empty elements close themselves (`<mark name="s1"/>`).
 * xast-util-to-xml 4.0.0 escapes only `<` and `&` in text, but XML 1.0 (§2.4)
 * forbids a literal `]]>` in content: the one sequence is escaped after it.
 * Our SSML has no CDATA section, so every `]]>` in the output is text.
 */
export function serialize(node: Root | ElementContent | Element): string {
  return toXml(node, {closeEmptyElements: true, tightClose: true}).replaceAll(']]>', ']]&gt;')
}

/** The size of some XML: its characters, its UTF-8 bytes, and the characters of text in it an engine bills. */
export function sizeOf(xml: string, billed: number): Size {
  return {characters: xml.length, bytes: Buffer.byteLength(xml, 'utf8'), billed}
}

export function add(a: Size, b: Size): Size {
  return {characters: a.characters + b.characters, bytes: a.bytes + b.bytes, billed: a.billed + b.billed}
}

export function textLength(node: ElementContent | Element): number {
  if (node.type === 'text') return node.value.length
  if (node.type === 'element') return node.children.reduce((total, child) => total + textLength(child), 0)
  return 0
}

/**
 * The tags that `build` puts around the children it is given (`<p>` and
 * `</p>`; `<speak …><voice …>` and `</voice></speak>`), and their size.
 */
export function shellOf(build: (children: ElementContent[]) => Element): {open: string; close: string; size: Size} {
  const marker = '\uE000'
  const [open = '', close = ''] = serialize(build([{type: 'text', value: marker}])).split(marker)
  return {open, close, size: sizeOf(open + close, 0)}
}
