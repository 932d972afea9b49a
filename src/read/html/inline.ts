import type {Element, ElementContent, Nodes as HastNodes, Text as HastText} from 'hast'
import type {AtomSpan, DraftText, FormatSpan} from '../draft.js'
import {collapseWithMap} from '../source-text.js'
import type {RawText} from '../source-text.js'
import {toString} from 'hast-util-to-string'
import {resolveUrl} from '../../model/url.js'
import {isScreenReaderOnly} from './class-names.js'
import {namesBrowserNotice} from '../chrome-rules.js'

/**
 * Elements whose content is never article text. A ruby's annotation (`rt`,
 * and the brackets `rp` puts around it) is a reading aid printed above the
 * text — Japanese furigana, Chinese pinyin — not more text: read inline it
 * says every annotated word twice ("子こども").
 */
export const ignoredElements = new Set([
  'script', 'style', 'template', 'iframe', 'frame', 'frameset', 'object', 'embed',
  'audio', 'video', 'canvas', 'svg', 'math', 'button', 'input', 'select', 'textarea', 'form',
  'map', 'area', 'source', 'track', 'picture', 'img', 'head', 'title', 'meta', 'link', 'dialog',
  'rt', 'rp'
])

/** How to read an element's inline text, beyond the default. */
export interface InlineOptions {
  /**
   * Put this between two sibling elements with nothing between them: a byline's
   * `<span>By Sam Jones</span><span>Transport correspondent</span>` are two
   * lines on the page (by the site's CSS), not one run-on name.
   */
  apart?: string | undefined
  /**
   * Leave out the labels a site writes for screen readers only ("Image
   * caption, "): the element they label is marked up as what it is.
   */
  dropHiddenLabels?: boolean | undefined
}

/**
 * The text of an element's inline content, with the source offset of every
 * character (through entities and white space), formatting spans for
 * emphasis, strong and links, and atoms for `abbr[title]` and `time[datetime]`.
 */
export function inlineText(source: string, node: Element, base?: string, options: InlineOptions = {}): DraftText {
  const raw: {value: string; starts: number[]; ends: number[]} = {value: '', starts: [], ends: []}
  const formats: FormatSpan[] = []
  const atoms: AtomSpan[] = []
  const end = node.position?.end.offset ?? 0

  const add = (value: string, starts: number[], ends: number[]) => {
    raw.value += value
    // Not push(...spread): a long text node would overflow the call stack.
    for (let i = 0; i < starts.length; i++) {
      raw.starts.push(starts[i] as number)
      raw.ends.push(ends[i] as number)
    }
  }
  const synthetic = (value: string, at: number) =>
    add(value, Array.from(value, () => at), Array.from(value, () => at))

  const walk = (child: ElementContent | HastNodes) => {
    if (child.type === 'text') {
      const {starts, ends} = align(source, child)
      add(child.value, starts, ends)
      return
    }
    if (child.type !== 'element') return
    const name = child.tagName
    if (ignoredElements.has(name) || isHidden(child)) return
    // A page's text for a reader that runs no scripts is read, but not its notice to turn them on.
    if (name === 'noscript' && namesBrowserNotice(toString(child))) return
    if (options.dropHiddenLabels && isHiddenLabel(child)) return
    const at = child.position?.start.offset ?? raw.starts.at(-1) ?? end
    if (name === 'br' || name === 'hr' || name === 'wbr') {
      if (name !== 'wbr') synthetic(' ', at)
      return
    }
    const from = raw.value.length
    if (name === 'q') synthetic('“', at)
    let previous: ElementContent | undefined
    for (const grandchild of child.children) {
      if (options.apart && previous?.type === 'element' && grandchild.type === 'element' && /\S$/.test(raw.value)) synthetic(options.apart, at)
      walk(grandchild)
      previous = grandchild
    }
    if (name === 'q') synthetic('”', child.position?.end.offset ?? at)
    const to = raw.value.length
    if (to === from) return
    switch (name) {
      case 'em':
      case 'i':
      case 'cite':
      case 'dfn': {
        formats.push({type: 'emphasis', start: from, end: to})
        break
      }
      case 'strong':
      case 'b': {
        formats.push({type: 'strong', start: from, end: to})
        break
      }
      case 'a': {
        const url = resolveUrl(child.properties.href, base)
        if (url) formats.push({type: 'link', url, start: from, end: to})
        break
      }
      case 'abbr': {
        const title = typeof child.properties.title === 'string' ? child.properties.title.trim() : ''
        const value = raw.value.slice(from, to).trim()
        if (value) {
          atoms.push({
            start: from,
            end: to,
            node: {type: 'abbr', value, ...(title ? {expansion: title} : {}), spoken: 'letters'}
          })
        }
        break
      }
      case 'time': {
        const datetime = typeof child.properties.dateTime === 'string' ? child.properties.dateTime.trim() : ''
        if (/^\d{4}(?:-\d{2}){0,2}(?:T.*)?$|^--\d{2}-\d{2}$/.test(datetime)) {
          atoms.push({start: from, end: to, node: {type: 'date', value: raw.value.slice(from, to), iso: datetime}})
        }
        break
      }
      default:
    }
  }
  // A link around blocks (a teaser card's title in <a><h2>) is read from the link: its text is linked.
  walk(node.tagName === 'a' ? node : {...node, tagName: 'span'})

  const {text, map} = collapseWithMap(raw satisfies RawText)
  // Spans lose white space at their edges: "<em>three days </em>after" is
  // emphasis on "three days", then " after".
  const blank = (i: number) => /\s/.test(raw.value[i] ?? '')
  const remap = <T extends {start: number; end: number}>(span: T): T => {
    let start = span.start
    let end = span.end
    while (start < end && blank(start)) start++
    while (end > start && blank(end - 1)) end--
    return end > start
      ? {...span, start: map[start] as number, end: (map[end - 1] as number) + 1}
      : {...span, start: map[start] as number, end: map[start] as number}
  }
  return {
    text,
    formats: formats.map(remap).filter((span) => span.end > span.start),
    atoms: atoms
      .map(remap)
      .filter((atom) => atom.end > atom.start)
      .map((atom) => {
        // An atom's value is what the collapsed text says there.
        const value = text.value.slice(atom.start, atom.end)
        return {...atom, node: {...atom.node, value}}
      })
  }
}

/**
 * A label written for screen readers only: a short text ending in a comma or
 * colon ("Image caption, ", "Posted on:") in an element of a screen-reader-only
 * class.
 */
function isHiddenLabel(node: Element): boolean {
  if (!isScreenReaderOnly(node)) return false
  const text = toString(node).trim()
  return /[,:]$/.test(text) && text.split(/\s+/).length <= 4
}

/** Whether the author hid an element from everyone. */
export function isHidden(node: Element): boolean {
  const props = node.properties
  return props.hidden === true || props.ariaHidden === 'true' || /display:\s*none/i.test(String(props.style ?? ''))
}

/**
 * Source offsets of each character of a text node: the node's value is decoded
 * (entities, CRLF), so walk the raw source alongside it.
 */
function align(source: string, node: HastText): {starts: number[]; ends: number[]} {
  const value = node.value
  const start = node.position?.start.offset
  const stop = node.position?.end.offset
  const starts: number[] = []
  const ends: number[] = []
  if (start === undefined || stop === undefined) {
    for (let i = 0; i < value.length; i++) {
      starts.push(0)
      ends.push(0)
    }
    return {starts, ends}
  }
  let j = start
  for (let i = 0; i < value.length; i++) {
    if (source[j] === '\r' && value[i] === '\n') j++
    if (source[j] === '&' && source[j] !== value[i]) {
      const semi = source.indexOf(';', j)
      const entityEnd = semi > j && semi - j <= 40 && semi < stop ? semi + 1 : j + 1
      starts.push(j)
      ends.push(entityEnd)
      const code = value.codePointAt(i) ?? 0
      if (code > 0xffff) {
        i++
        starts.push(j)
        ends.push(entityEnd)
      }
      j = entityEnd
      continue
    }
    starts.push(Math.min(j, stop))
    ends.push(Math.min(j + 1, stop))
    j++
  }
  return {starts, ends}
}
