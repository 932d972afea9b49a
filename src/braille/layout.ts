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
  /** Where each sentence's cells are in `cells` (only when a proof asked for them). */
  sentences?: SentenceCells[] | undefined
}

/** A sentence's cells in a block, `block.cells.slice(start, end)`, and its print, `block.print.slice(printStart, printEnd)`. */
export interface SentenceCells {
  id: string
  start: number
  end: number
  printStart: number
  printEnd: number
}

/** Where a line of a block was set: its page (index in the pages), its line on the page (from 1), and the cell of the block it starts with. */
export interface PlacedLine {
  page: number
  line: number
  offset: number
  /** Whether the line ends in a word divided with a hyphen that the block's cells do not have (UEB §10.13). */
  divided: boolean
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
  return layoutPlaced(blocks, settings).pages
}

/** `layout`, saying where each line of each block was set (for a proof). */
export function layoutPlaced(blocks: LayoutBlock[], settings: LayoutSettings): {pages: Page[]; placed: PlacedLine[][]} {
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

  const wrappings = blocks.map((block) => wrapBlock(block, settings.cells))
  const wrapped = wrappings.map((wrapping) => wrapping.lines)
  const placed: PlacedLine[][] = blocks.map(() => [])
  blocks.forEach((block, index) => {
    const {lines, offsets, divided} = wrappings[index] as Wrapped
    if (lines.length === 0) return
    if (block.blankBefore) blankLine()
    // Keep a heading with the first lines of what follows it.
    const keep = block.keepWithNext ? Math.min(block.keepWithNext, wrapped[index + 1]?.length ?? 0) : 0
    const needed = lines.length + keep + (keep > 0 && block.blankAfter ? 1 : 0)
    if (keep > 0 && page.length > top() && page.length + needed > textLines && needed + top() <= textLines) {
      newPage()
    }
    lines.forEach((line, at) => {
      push(line)
      placed[index]?.push({page: pages.length, line: page.length, offset: offsets[at] as number, divided: divided[at] === true})
    })
    if (block.blankAfter) blankLine()
  })
  if (page.some((line) => line !== '') || pages.length === 0) newPage()
  return {pages, placed}
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

interface Wrapped {
  lines: string[]
  /** The cell of the block each line starts with. */
  offsets: number[]
  /** Whether each line ends in a divided word's added hyphen. */
  divided: boolean[]
}

/** The lines of one block, indented (or centred), without trailing blanks. */
function wrapBlock(block: LayoutBlock, cells: number): Wrapped {
  // Each word with the cell of the block it starts at.
  const words: Array<{text: string; at: number}> = []
  for (const match of block.cells.matchAll(/[^\u2800]+/g)) words.push({text: match[0], at: match.index})
  const offsets: number[] = []
  const divided: boolean[] = []
  let lineStart = 0
  let dividing = false
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
    offsets.push(lineStart)
    divided.push(dividing)
    dividing = false
    current = []
    width = 0
  }
  const add = (piece: string, at: number) => {
    if (current.length === 0) lineStart = at
    current.push(piece)
  }
  for (const next of words) {
    let word = next.text
    let at = next.at
    for (;;) {
      const room = available() - width - (current.length > 0 ? 1 : 0)
      if (word.length <= room) {
        add(word, at)
        width += word.length + (current.length > 1 ? 1 : 0)
        break
      }
      // Break after a hyphen or dash inside the word, if one falls on this line.
      const cut = breakPoint(word, room)
      if (cut > 0) {
        add(word.slice(0, cut), at)
        word = word.slice(cut)
        at += cut
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
      add(word.slice(0, whole) + '⠤', at)
      word = word.slice(whole)
      at += whole
      dividing = true
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
  return {lines, offsets, divided}
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
