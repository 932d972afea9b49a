import {beginsWithDropCap} from '../language/words.js'

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
  /**
   * Where the source leaves a gap inside `text`: a drop cap printed on a line of
   * its own is joined to the line it begins, the white space between skipped.
   */
  gap?: {from: number; to: number}
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

/**
 * Join a drop cap — a line of one capital letter, as a page's big first letter
 * is scraped — to the line after it when that line opens on a small letter:
 * "T" and "urkey, Poland and …" are "Turkey, Poland and …". Blank lines are
 * expected to be gone.
 */
export function joinDropCaps(lines: Line[]): Line[] {
  const joined: Line[] = []
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as Line
    const next = lines[i + 1]
    if (next && !line.gap && !next.gap && beginsWithDropCap(line.text, next.text)) {
      joined.push({index: line.index, text: line.text + next.text, start: line.start, end: next.end, blank: false, gap: {from: line.end, to: next.start}})
      i++
      continue
    }
    joined.push(line)
  }
  return joined
}
