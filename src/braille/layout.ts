import {blank, brailleNumber} from './cells.js'

/** A block of braille to lay out: its cells and its BANA format. */
export interface LayoutBlock {
  /** The translated text: Unicode braille, U+2800 between words. */
  cells: string
  /** Cell (from 0) where the first line starts. */
  first: number
  /** Cell (from 0) where runover lines start. */
  runover: number
  /** Centre every line, with at least `margin` blank cells on each side. */
  centered?: boolean | undefined
  margin?: number | undefined
  blankBefore?: boolean | undefined
  blankAfter?: boolean | undefined
  /** Lines of the next block that must be on the same page (a heading's text). */
  keepWithNext?: number | undefined
  /** The print that was translated, as liblouis saw it (for checks and debugging). */
  print?: string | undefined
  /**
   * Cells set at the right of the block's last line, guide dots (dot 5) leading
   * to them: a contents entry's page number. Every line of the block then stops
   * short of that column, so the number stands alone at the right.
   */
  leader?: string | undefined
}

export interface LayoutSettings {
  /** Cells per line (default 40). */
  cells: number
  /** Lines per page (default 25); the last holds the braille page number. */
  lines: number
  /** Cells before each page number: ⠞ for transcriber's pages (t1, t2…), none for the text's. */
  numberPrefix?: string | undefined
  /** The number of the first page (default 1). */
  firstNumber?: number | undefined
  /**
   * A running head (cells): centred on line 1 of every page but the first,
   * where the headline stands (BANA *Braille Formats* 2016 §1.8), the text
   * following on line 2.
   */
  runningHead?: string | undefined
}

/** A page: its lines of cells, the last one holding the page number. */
export type Page = string[]

/**
 * Lay blocks out in pages by BANA *Braille Formats* (2016): lines broken only
 * at spaces, hyphens and dashes (a word is divided only when it is longer than
 * a line); a blank line before and after where the block asks, never at the top
 * of a page; a heading never left at a page's end without the lines of text it
 * must keep; the braille page number at the right of the last line.
 */
export function layout(blocks: LayoutBlock[], settings: LayoutSettings): Page[] {
  const textLines = settings.lines - 1
  const pages: Page[] = []
  let page: string[] = []
  const newPage = () => {
    pages.push(finish(page, pages.length + (settings.firstNumber ?? 1), settings))
    page = []
  }
  const head = settings.runningHead ? runningHeadLine(settings.runningHead, settings.cells) : undefined
  // Lines the page holds before its text: the running head, on every page but the first.
  const top = () => (head !== undefined && pages.length > 0 ? 1 : 0)
  const push = (line: string) => {
    if (page.length >= textLines) newPage()
    if (page.length === 0 && top() > 0) page.push(head as string)
    page.push(line)
  }
  const blankLine = () => {
    if (page.length > top() && page.length < textLines && page.at(-1) !== '') page.push('')
  }

  const wrapped = blocks.map((block) => wrapBlock(block, settings.cells))
  blocks.forEach((block, index) => {
    const lines = wrapped[index] as string[]
    if (lines.length === 0) return
    if (block.blankBefore) blankLine()
    // Keep a heading with the first lines of what follows it.
    const keep = block.keepWithNext ? Math.min(block.keepWithNext, wrapped[index + 1]?.length ?? 0) : 0
    const needed = lines.length + keep + (keep > 0 && block.blankAfter ? 1 : 0)
    if (keep > 0 && page.length > top() && page.length + needed > textLines && needed + top() <= textLines) {
      newPage()
    }
    for (const line of lines) push(line)
    if (block.blankAfter) blankLine()
  })
  if (page.some((line) => line !== '') || pages.length === 0) newPage()
  return pages
}

/**
 * The running head's line: centred with at least three blank cells on each
 * side; a head too long for that is shortened to the words that fit, as a
 * transcriber shortens a long title.
 */
export function runningHeadLine(cells: string, width: number): string {
  const room = width - 6
  const words = cells.split(blank).filter((word) => word !== '')
  let text = ''
  for (const word of words) {
    const next = text ? text + blank + word : word
    if (next.length > room) break
    text = next
  }
  // A first word longer than the room is cut: a head must stay on its line.
  if (text === '' && words[0]) text = words[0].slice(0, room)
  return blank.repeat(Math.max(3, Math.floor((width - text.length) / 2))) + text
}

/** Pad a page to its lines, drop a blank line left at its end, and add the number. */
function finish(lines: string[], number: number, settings: LayoutSettings): Page {
  while (lines.at(-1) === '') lines.pop()
  const out = [...lines]
  while (out.length < settings.lines - 1) out.push('')
  const label = (settings.numberPrefix ?? '') + brailleNumber(number)
  out.push(blank.repeat(settings.cells - label.length) + label)
  return out
}

/** The lines of one block, indented (or centred), without trailing blanks. */
function wrapBlock(block: LayoutBlock, cells: number): string[] {
  const words = block.cells.split(blank).filter((word) => word !== '')
  const margin = block.centered ? Math.max(block.margin ?? 3, 0) : 0
  const lines: string[] = []
  let current: string[] = []
  let width = 0
  // Room kept on every line for a leader: a blank, two guide dots at least, a blank, the number.
  const reserve = block.leader ? block.leader.length + 4 : 0
  const available = () => (block.centered ? cells - 2 * margin : cells - reserve - (lines.length === 0 ? block.first : block.runover))
  const flush = () => {
    const text = current.join(blank)
    if (block.centered) {
      const pad = Math.max(margin, Math.floor((cells - text.length) / 2))
      lines.push(blank.repeat(pad) + text)
    } else {
      lines.push(blank.repeat(lines.length === 0 ? block.first : block.runover) + text)
    }
    current = []
    width = 0
  }
  for (let word of words) {
    for (;;) {
      const room = available() - width - (current.length > 0 ? 1 : 0)
      if (word.length <= room) {
        current.push(word)
        width += word.length + (current.length > 1 ? 1 : 0)
        break
      }
      // Break after a hyphen or dash inside the word, if one falls on this line.
      const cut = breakPoint(word, room)
      if (cut > 0) {
        current.push(word.slice(0, cut))
        word = word.slice(cut)
        flush()
        continue
      }
      if (current.length > 0) {
        flush()
        continue
      }
      // A word longer than a whole line: divide it, as it cannot be avoided,
      // with a hyphen at the end of the line (UEB §10.13).
      const whole = available() - 1
      current.push(word.slice(0, whole) + '⠤')
      word = word.slice(whole)
      flush()
      if (word === '') break
    }
  }
  if (current.length > 0) flush()
  if (block.leader && lines.length > 0) {
    const last = lines.length - 1
    const text = lines[last] as string
    lines[last] = text + blank + guideDot.repeat(cells - text.length - block.leader.length - 2) + blank + block.leader
  }
  return lines
}

/** BANA's guide dots, which lead the eye along a contents line to its page number: dot 5. */
export const guideDot = '\u2810'

/** The last place to break a word within `room` cells: after a hyphen (⠤) not part of a prefix. */
function breakPoint(word: string, room: number): number {
  for (let i = Math.min(room, word.length - 1); i > 0; i--) {
    if (word[i - 1] === '⠤' && i < word.length) return i
  }
  return 0
}
