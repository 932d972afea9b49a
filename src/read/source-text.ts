/**
 * Text taken from a source, with the source offset of every character kept, so
 * that every node built from it can say where it came from even after
 * whitespace was collapsed or entities were decoded.
 */
export interface SourceText {
  value: string
  /** Source offset where character `i` starts. */
  starts: number[]
  /** Source offset where character `i` ends. */
  ends: number[]
}

/** A source slice taken verbatim: one source character per character. */
export function sourceSlice(source: string, start: number, end: number): SourceText {
  const value = source.slice(start, end)
  const starts: number[] = []
  const ends: number[] = []
  for (let i = 0; i < value.length; i++) {
    starts.push(start + i)
    ends.push(start + i + 1)
  }
  return {value, starts, ends}
}

/** Characters `start…end` of a source text. */
export function slice(text: SourceText, start: number, end: number): SourceText {
  return {
    value: text.value.slice(start, end),
    starts: text.starts.slice(start, end),
    ends: text.ends.slice(start, end)
  }
}

/** Join pieces, putting `separator` (mapped to the gap between them) in between. */
export function join(pieces: SourceText[], separator = ' '): SourceText {
  const out: SourceText = {value: '', starts: [], ends: []}
  for (const piece of pieces) {
    if (piece.value.length === 0) continue
    if (out.value.length > 0 && separator) {
      const at = out.ends[out.ends.length - 1] as number
      for (const char of separator) {
        out.value += char
        out.starts.push(at)
        out.ends.push(piece.starts[0] as number)
      }
    }
    out.value += piece.value
    // Not push(...spread): a long piece would overflow the call stack.
    for (let i = 0; i < piece.starts.length; i++) {
      out.starts.push(piece.starts[i] as number)
      out.ends.push(piece.ends[i] as number)
    }
  }
  return out
}

// Breaking and ordinary white space, not the no-break space: a no-break space is
// content (it keeps "10 km" together) and is left for the renderers.
const collapsible = /[ \t\n\r\f\v\u2028\u2029]/

/** Collapse runs of white space to one space and trim both ends. */
export function collapseWhitespace(text: SourceText): SourceText {
  return collapseWithMap(text).text
}

/**
 * Collapse white space as {@link collapseWhitespace} does, and say where each
 * old index went: `map[i]` is the new index of old character `i` (or of the
 * next character kept), for `i` from 0 to the old length.
 */
export function collapseWithMap(text: SourceText): {text: SourceText; map: number[]} {
  const out: SourceText = {value: '', starts: [], ends: []}
  const map: number[] = []
  let pendingSpace = -1
  for (let i = 0; i < text.value.length; i++) {
    const char = text.value[i] as string
    if (collapsible.test(char)) {
      if (pendingSpace < 0) pendingSpace = i
      map.push(-1)
      continue
    }
    if (pendingSpace >= 0 && out.value.length > 0) {
      out.value += ' '
      out.starts.push(text.starts[pendingSpace] as number)
      out.ends.push(text.ends[pendingSpace] as number)
    }
    pendingSpace = -1
    map.push(out.value.length)
    out.value += char
    out.starts.push(text.starts[i] as number)
    out.ends.push(text.ends[i] as number)
  }
  map.push(out.value.length)
  // A dropped space maps to the next kept character.
  for (let i = map.length - 2; i >= 0; i--) if (map[i] === -1) map[i] = map[i + 1] as number
  return {text: out, map}
}

/** Start and end offsets in the source of characters `start…end`. */
export function sourceRange(text: SourceText, start: number, end: number): {start: number; end: number} {
  if (end <= start) {
    const at =
      start < text.starts.length
        ? (text.starts[start] as number)
        : ((text.ends[text.ends.length - 1] ?? 0) as number)
    return {start: at, end: at}
  }
  return {start: text.starts[start] as number, end: text.ends[end - 1] as number}
}
