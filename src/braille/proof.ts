import type {Element} from 'hast'
import {h} from 'hastscript'
import {documentTitle, htmlDocument, serializeHtml} from '../html/to-html.js'
import {toString} from '../model/to-string.js'
import type {Article} from '../model/types.js'
import {blank, cellsToAscii} from './cells.js'
import type {LayoutBlock, PlacedLine} from './layout.js'

export interface ProofInfo {
  table: string
  liblouis: string
  cells: number
  lines: number
  /** The number of the text's first braille page (1). */
  firstNumber: number
  /** Braille pages of the text, and of the transcriber's pages before it. */
  pages: number
  titlePages: number
}

/** A row of the proof: some print, its cells, and the braille lines they are on. */
interface Row {
  /** The model's sentence id, when the row is a sentence. */
  id: string | undefined
  print: string
  lines: Array<{page: number; line: number; cells: string}>
}

/**
 * The proofreading view: one HTML page with the print and its braille side by
 * side, sentence by sentence (the model's ids, as in the SSML marks and the
 * screen-reader HTML), each with the braille page and lines it is set on, in
 * Unicode braille and in braille ASCII — so that a proofreader finds a line on
 * the embossed page and checks it without back-translating. Blocks that are no
 * sentence (a transcriber's note, the date, a notice) have a row of their own.
 */
export function writeProof(tree: Article, blocks: LayoutBlock[], placed: PlacedLine[][], info: ProofInfo): string {
  const rows = blocks.flatMap((block, index) => rowsOf(block, placed[index] ?? [], info.firstNumber))
  const headline = tree.children.find((node) => node.type === 'heading' && node.depth === 1)
  const title = (headline ? toString(headline) : tree.meta.title) || 'Article'
  const root = htmlDocument(tree.lang, documentTitle(`Braille proof: ${title}`), style, [
    h('main', [
      h('h1', `Braille proof: ${title}`),
      h('p', summary(info, rows.length)),
      h('table', [
        h('caption', 'Each sentence of the print beside its braille, with the braille page and lines it is on'),
        h('thead', h('tr', [h('th', {scope: 'col'}, 'Sentence'), h('th', {scope: 'col'}, 'Print'), h('th', {scope: 'col'}, 'Braille'), h('th', {scope: 'col'}, 'Braille ASCII'), h('th', {scope: 'col'}, 'Braille page and lines')])),
        h('tbody', rows.map(rowElement))
      ])
    ])
  ])
  return serializeHtml(root)
}

const style = [
  'table { border-collapse: collapse }',
  'th, td { border: 1px solid #767676; padding: 0.25em 0.5em; text-align: start; vertical-align: top }',
  '.cells { font-size: 1.25em; line-height: 1.4 }',
  '.cells, .ascii { white-space: pre; font-family: monospace }'
].join('\n')

function summary(info: ProofInfo, rows: number): string {
  const pages = `${info.pages} braille page${info.pages === 1 ? '' : 's'} of text`
  const front = info.titlePages > 0 ? ` after ${info.titlePages} transcriber's page${info.titlePages === 1 ? '' : 's'} (t1…)` : ''
  return `${pages}${front}, ${info.cells} cells by ${info.lines} lines, table ${info.table}, liblouis ${info.liblouis}; ${rows} rows. Line numbers count every line of the page from the top, a running head included.`
}

function rowElement(row: Row): Element {
  const first = row.lines[0]
  const last = row.lines.at(-1)
  return h('tr', row.id ? {id: `proof-${row.id}`} : {}, [
    h('th', {scope: 'row'}, row.id ?? '–'),
    h('td', row.print),
    h('td', {className: ['cells'], translate: 'no'}, lineList(row.lines.map((line) => line.cells))),
    h('td', {className: ['ascii'], translate: 'no'}, lineList(row.lines.map((line) => cellsToAscii(line.cells)))),
    h('td', first && last ? where(first, last) : '–')
  ])
}

/** Lines of braille, one under another. */
function lineList(lines: string[]): Array<Element | string> {
  return lines.flatMap((line, index) => (index === 0 ? [line] : [h('br'), line]))
}

function where(first: {page: number; line: number}, last: {page: number; line: number}): string {
  if (first.page !== last.page) return `page ${first.page} line ${first.line} to page ${last.page} line ${last.line}`
  return first.line === last.line ? `page ${first.page}, line ${first.line}` : `page ${first.page}, lines ${first.line}–${last.line}`
}

/**
 * A block's rows: a row per sentence, each taking the cells and print around it
 * up to the next (a dateline or list number before the first sentence goes with
 * it), or one row for a block that is no sentence.
 */
function rowsOf(block: LayoutBlock, lines: PlacedLine[], firstNumber: number): Row[] {
  const print = block.print ?? ''
  const sentences = block.sentences ?? []
  const ranges =
    sentences.length === 0
      ? [{id: undefined, start: 0, end: block.cells.length, printStart: 0, printEnd: print.length}]
      : sentences.map((sentence, index) => ({
          id: sentence.id as string | undefined,
          start: index === 0 ? 0 : sentence.start,
          end: sentences[index + 1]?.start ?? block.cells.length,
          printStart: index === 0 ? 0 : sentence.printStart,
          printEnd: sentences[index + 1]?.printStart ?? print.length
        }))
  return ranges.map((range) => ({
    id: range.id,
    print: print.slice(range.printStart, range.printEnd).trim(),
    lines: lines.flatMap((line, index) => {
      const end = lines[index + 1]?.offset ?? block.cells.length
      const from = Math.max(range.start, line.offset)
      const to = Math.min(range.end, end)
      // A word divided at the line's end shows its hyphen, as the line has it.
      const cells = trimBlank(block.cells.slice(from, to)) + (line.divided && to === end ? '⠤' : '')
      return from < to && cells !== '' ? [{page: line.page + firstNumber, line: line.line, cells}] : []
    })
  }))
}

function trimBlank(cells: string): string {
  let start = 0
  let end = cells.length
  while (start < end && cells[start] === blank) start++
  while (end > start && cells[end - 1] === blank) end--
  return cells.slice(start, end)
}
