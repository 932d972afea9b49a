import {SAXParser} from 'parse5-sax-parser'

/**
 * parse5 builds any tree, but it checks scopes by scanning its stack of open
 * elements at every start tag, so a page of 200,000 nested `<div>`s took
 * minutes (200,000 × 200,000 steps). Tags that would open an element deeper
 * than this are blanked before parse5 sees them; {@link maxDepth} flattens
 * everything below 128 levels to its text afterwards anyway, so no page whose
 * markup is less deep than this changes at all.
 */
export const guardDepth = 256

// Elements without an end tag, and those a start tag of their own name closes
// (`<p>a<p>b`, `<li>`…): neither makes a page deeper.
const voids = new Set([
  'area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'keygen', 'link', 'meta', 'param', 'source', 'track', 'wbr'
])
const closedByOwnName = new Set(['p', 'li', 'dt', 'dd', 'option', 'optgroup', 'tr', 'td', 'th', 'rt', 'rp'])

const tagStart = /<(\/)?([a-zA-Z][a-zA-Z0-9-]*)/g

/**
 * A quick upper bound: start tags less end tags, leaving out the elements
 * above. Only a page it puts over the limit is tokenised a second time.
 */
function mayNestDeeply(source: string): boolean {
  let depth = 0
  for (const match of source.matchAll(tagStart)) {
    const name = (match[2] as string).toLowerCase()
    if (voids.has(name) || closedByOwnName.has(name)) continue
    if (match[1]) depth = Math.max(0, depth - 1)
    else if (++depth > guardDepth) return true
  }
  return false
}

/**
 * The source with every tag that would open an element deeper than
 * {@link guardDepth}, and its end tag, replaced by spaces (line breaks kept),
 * so that every offset and line of the page stays where it was. The stack is
 * modelled the way the HTML parser mostly behaves: an end tag closes the
 * nearest open element of its name and what is open inside it; a `<p>` or
 * `<li>` closes an open one.
 */
export function limitDepth(source: string): {source: string; blanked: number} {
  if (!mayNestDeeply(source)) return {source, blanked: 0}
  const stack: string[] = []
  const open = new Map<string, number>()
  const blankedOpen = new Map<string, number>()
  const blanks: Array<[number, number]> = []
  let blanked = 0
  const add = (map: Map<string, number>, name: string, by: number) => map.set(name, (map.get(name) ?? 0) + by)
  const closeTo = (name: string) => {
    for (;;) {
      const top = stack.pop() as string
      add(open, top, -1)
      if (top === name) return
    }
  }
  const parser = new SAXParser({sourceCodeLocationInfo: true})
  parser.on('startTag', (tag) => {
    const name = tag.tagName
    if (tag.selfClosing || voids.has(name)) return
    if (closedByOwnName.has(name) && (open.get(name) ?? 0) > 0) closeTo(name)
    const at = tag.sourceCodeLocation
    if (stack.length >= guardDepth && at) {
      blanks.push([at.startOffset, at.endOffset])
      add(blankedOpen, name, 1)
      blanked++
      return
    }
    stack.push(name)
    add(open, name, 1)
  })
  parser.on('endTag', (tag) => {
    const name = tag.tagName
    const at = tag.sourceCodeLocation
    if ((blankedOpen.get(name) ?? 0) > 0 && at) {
      blanks.push([at.startOffset, at.endOffset])
      add(blankedOpen, name, -1)
    }
    else if ((open.get(name) ?? 0) > 0) closeTo(name)
  })
  parser.write(source)
  parser.end()
  if (blanks.length === 0) return {source, blanked: 0}
  let out = ''
  let from = 0
  for (const [start, end] of blanks) {
    out += source.slice(from, start) + source.slice(start, end).replace(/[^\n]/g, ' ')
    from = end
  }
  return {source: out + source.slice(from), blanked}
}
