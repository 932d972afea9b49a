/**
 * Tables in scraped text. A browser's text of a page (innerText, what a
 * scraper copies) prints a table's row as one line with a tab between its
 * cells ("125 g\tMehl", "Dieselkraftstoff\t32,23 Mio. t\t32,28 Mio. t"), its
 * rows on lines one after another. Read line by line such rows are short lines
 * without sentences — what furniture looks like — and the article's data (a
 * recipe's ingredients, a product's specifications, a statistic) is lost.
 */
import type {Line} from './lines.js'

/** A cell of a row: its offsets in the line's text. */
export interface Cell {
  from: number
  to: number
}

/** The cells of a line that a tab parts into two cells or more with text; undefined for any other line. */
export function rowCells(text: string): Cell[] | undefined {
  if (!text.includes('\t')) return undefined
  const cells: Cell[] = []
  let from = 0
  for (const piece of text.split('\t')) {
    const lead = piece.length - piece.trimStart().length
    const trimmed = piece.trim()
    if (trimmed !== '') cells.push({from: from + lead, to: from + lead + trimmed.length})
    from += piece.length + 1
  }
  return cells.length >= 2 ? cells : undefined
}

/**
 * The number of table rows from line `at` on: lines printed one right after
 * another (no blank line between), each of two cells or more. Fewer than two is
 * no table — one line with a tab in it is a line.
 */
export function tableRowsAt(lines: Line[], at: number): number {
  let count = 0
  for (let k = at; k < lines.length; k++) {
    const line = lines[k] as Line
    if (k > at && line.index !== (lines[k - 1] as Line).index + 1) break
    if (!rowCells(line.text)) break
    count++
  }
  return count >= 2 ? count : 0
}
