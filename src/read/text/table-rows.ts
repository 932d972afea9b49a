/**
 * Tables in scraped text. A browser's text of a page (innerText, what a
 * scraper copies) prints a table's row as one line with a tab between its
 * cells ("125 g\tMehl", "Dieselkraftstoff\t32,23 Mio. t\t32,28 Mio. t"), its
 * rows on lines one after another. Read line by line such rows are short lines
 * without sentences — what furniture looks like — and the article's data (a
 * recipe's ingredients, a product's specifications, a statistic) is lost.
 * So does a two-column table or a definition list printed as "key: value"
 * lines ("Restsüße: 39,9 g/l", "Erwachsene: 3 €", "Carbohydrates: 31g").
 */
import type {Line} from './lines.js'
import {wordCount} from '../language/words.js'

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

// A key of a "key: value" row: four words at most, no sentence mark or tab in it; then the value.
const pairRow = /^([^:.!?\t]+):\s+(\S.*)$/u
// A key names a field and its value is data: a few words each (a sentence after a colon is prose).
const pairKeyWords = 4
const pairValueWords = 12

/** The two cells of a "key: value" line (the key with its colon, the value); undefined for any other line. */
export function pairCells(text: string): Cell[] | undefined {
  const match = pairRow.exec(text)
  if (!match) return undefined
  const [, key = '', value = ''] = match
  if (wordCount(key) > pairKeyWords || wordCount(value) > pairValueWords) return undefined
  return [
    {from: 0, to: key.length + 1},
    {from: text.length - value.length, to: text.length}
  ]
}

/** The cells of a table's row: a tab's cells, else a key and its value. */
export function cellsOf(text: string): Cell[] | undefined {
  return rowCells(text) ?? pairCells(text)
}

// Rows a tab parts follow one another line by line; "key: value" rows may stand a blank line apart.
const tabRowGap = 1
const pairRowGap = 2
// One line with a tab in it is a line; two "key: value" lines are as often a byline and a date, a picture and its credit.
const tabRowsMin = 2
const pairRowsMin = 3

/**
 * The number of table rows from line `at` on: two lines or more one right after
 * another, each of two cells or more that a tab parts; else, with `pairs`, three
 * "key: value" lines or more, a blank line at most between two. 0 when there is no table.
 */
export function tableRowsAt(lines: Line[], at: number, pairs: boolean): number {
  const tabRows = rowsAt(lines, at, rowCells, tabRowGap)
  if (tabRows >= tabRowsMin) return tabRows
  if (!pairs) return 0
  const pairRows = rowsAt(lines, at, pairCells, pairRowGap)
  return pairRows >= pairRowsMin ? pairRows : 0
}

function rowsAt(lines: Line[], at: number, cells: (text: string) => Cell[] | undefined, gap: number): number {
  let count = 0
  for (let k = at; k < lines.length; k++) {
    const line = lines[k] as Line
    if (k > at && line.index - (lines[k - 1] as Line).index > gap) break
    if (!cells(line.text)) break
    count++
  }
  return count
}
