/**
 * Text taken from a source, with the source offset of every character kept, so
 * that every node built from it can say where it came from even after
 * whitespace was collapsed or entities were decoded.
 *
 * Offsets are kept in typed arrays: a 10 MB article has ten million of each.
 */
export interface SourceText {
  value: string
  /** Source offset where character `i` starts. */
  starts: Int32Array
  /** Source offset where character `i` ends. */
  ends: Int32Array
}

/** A source text still being built (the HTML reader's raw text), before collapsing. */
export interface RawText {
  value: string
  starts: ArrayLike<number>
  ends: ArrayLike<number>
}

/** A source slice taken verbatim: one source character per character. */
export function sourceSlice(source: string, start: number, end: number): SourceText {
  const value = source.slice(start, end)
  const starts = new Int32Array(value.length)
  const ends = new Int32Array(value.length)
  for (let i = 0; i < value.length; i++) {
    starts[i] = start + i
    ends[i] = start + i + 1
  }
  return {value, starts, ends}
}

/**
 * Text read from an attribute (a meta tag's `content`): its characters have no
 * offsets of their own once entities are decoded, so each says it comes from
 * the whole element.
 */
export function fromElement(value: string, start: number, end: number): SourceText {
  return {value, starts: new Int32Array(value.length).fill(start), ends: new Int32Array(value.length).fill(end)}
}

/** Characters `start…end` of a source text. */
export function slice(text: SourceText, start: number, end: number): SourceText {
  return {value: text.value.slice(start, end), starts: text.starts.slice(start, end), ends: text.ends.slice(start, end)}
}

/** Join pieces, putting `separator` (mapped to the gap between them) in between. */
export function join(pieces: SourceText[], separator = ' '): SourceText {
  const parts = pieces.filter((piece) => piece.value.length > 0)
  // One piece (most paragraphs are one line) is itself: not copied.
  if (parts.length === 1) return parts[0] as SourceText
  const length = parts.reduce((total, piece) => total + piece.value.length, 0) + Math.max(0, parts.length - 1) * separator.length
  const out: SourceText = {value: '', starts: new Int32Array(length), ends: new Int32Array(length)}
  let at = 0
  parts.forEach((piece, index) => {
    if (index > 0) {
      const previous = parts[index - 1] as SourceText
      const gapStart = previous.ends[previous.ends.length - 1] as number
      for (let i = 0; i < separator.length; i++) {
        out.starts[at] = gapStart
        out.ends[at] = piece.starts[0] as number
        at++
      }
      out.value += separator
    }
    out.starts.set(piece.starts, at)
    out.ends.set(piece.ends, at)
    at += piece.value.length
    out.value += piece.value
  })
  return out
}

// Breaking and ordinary white space (space, tab, line feed, vertical tab, form feed,
// carriage return, line and paragraph separators), not the no-break space: a no-break
// space is content (it keeps "10 km" together) and is left for the renderers. Tested
// by code: a regexp per character was the most of this function's time.
const collapsible = (code: number) => code === 32 || (code >= 9 && code <= 13) || code === 0x2028 || code === 0x2029

/** Collapse runs of white space to one space, trim both ends, and drop soft hyphens. */
export function collapseWhitespace(text: RawText): SourceText {
  // Most lines of a text page have nothing to collapse: their offsets are taken as they are.
  if (!needsCollapse.test(text.value) && text.starts instanceof Int32Array && text.ends instanceof Int32Array) {
    return {value: text.value, starts: text.starts, ends: text.ends}
  }
  return collapseWithMap(text).text
}

/** What collapsing would change: a breaking space other than one space, two spaces, a space at either end, a soft hyphen. */
const needsCollapse = /[\t\n\v\f\r\u2028\u2029\u00AD]| {2}|^ | $/

const softHyphen = 0xad

/**
 * Collapse white space as {@link collapseWhitespace} does, and say where each
 * old index went: `map[i]` is the new index of old character `i` (or of the
 * next character kept), for `i` from 0 to the old length.
 */
export function collapseWithMap(text: RawText): {text: SourceText; map: Int32Array} {
  const length = text.value.length
  const starts = new Int32Array(length)
  const ends = new Int32Array(length)
  const map = new Int32Array(length + 1)
  let value = ''
  let n = 0
  let pendingSpace = -1
  let runStart = 0
  const chunks: string[] = []
  for (let i = 0; i < length; i++) {
    const code = text.value.charCodeAt(i)
    // A soft hyphen is a hint where a word may break at a line's end, not a character of it: dropped.
    if (code === softHyphen) {
      if (pendingSpace < 0) chunks.push(text.value.slice(runStart, i))
      runStart = i + 1
      map[i] = -1
      continue
    }
    if (collapsible(code)) {
      if (pendingSpace < 0) {
        pendingSpace = i
        chunks.push(text.value.slice(runStart, i))
      }
      map[i] = -1
      continue
    }
    if (pendingSpace >= 0) {
      if (n > 0) {
        chunks.push(' ')
        starts[n] = text.starts[pendingSpace] as number
        ends[n] = text.ends[pendingSpace] as number
        n++
      }
      runStart = i
      pendingSpace = -1
    }
    map[i] = n
    starts[n] = text.starts[i] as number
    ends[n] = text.ends[i] as number
    n++
  }
  if (pendingSpace < 0) chunks.push(text.value.slice(runStart))
  value = chunks.join('')
  map[length] = n
  // A dropped space or soft hyphen maps to the next kept character.
  for (let i = length - 1; i >= 0; i--) if (map[i] === -1) map[i] = map[i + 1] as number
  return {text: {value, starts: starts.slice(0, n), ends: ends.slice(0, n)}, map}
}

/** Start and end offsets in the source of characters `start…end`. */
export function sourceRange(text: SourceText, start: number, end: number): {start: number; end: number} {
  if (end <= start) {
    const at = start < text.starts.length ? (text.starts[start] as number) : (text.ends[text.ends.length - 1] ?? 0)
    return {start: at, end: at}
  }
  return {start: text.starts[start] as number, end: text.ends[end - 1] as number}
}
