/** A line of the source with its offsets; `text` is trimmed. */
export interface Line {
  /** 0-based line index. */
  index: number
  text: string
  /** Offset of the first non-blank character (or of the line start when blank). */
  start: number
  /** Offset after the last non-blank character. */
  end: number
  blank: boolean
}

/** Split a source into lines (LF, CRLF or CR), keeping offsets of the trimmed text. */
export function splitLines(source: string): Line[] {
  const lines: Line[] = []
  const pattern = /\r\n|\r|\n/g
  let from = 0
  let index = 0
  const push = (to: number) => {
    const raw = source.slice(from, to)
    const lead = raw.length - raw.trimStart().length
    const text = raw.trim()
    lines.push({index: index++, text, start: from + lead, end: from + lead + text.length, blank: text === ''})
  }
  for (const match of source.matchAll(pattern)) {
    push(match.index)
    from = match.index + match[0].length
  }
  push(source.length)
  return lines
}
