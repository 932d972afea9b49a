import {mkdtempSync, readFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import type {Element, Root} from 'hast'
import {fromHtml} from 'hast-util-from-html'
import {select, selectAll} from 'hast-util-select'
import {toText} from 'hast-util-to-text'
import {describe, expect, it} from 'vitest'
import {findNativeEngine, toBraille, toString, wasmEngine} from '../src/index.js'
import type {Article, BrailleEngine, Nodes, Sentence} from '../src/index.js'
import {asciiToCells, cellsToAscii} from '../src/braille/cells.js'
import {run} from '../src/cli/run.js'
import {samplePaths} from './helpers/corpus.js'
import {chromiumPath, runAxe, sharedPage} from './helpers/browser.js'
import {testPages} from './helpers/pages.js'
import {selectAll as nodesOf} from './helpers/select.js'
import {requireTool} from './helpers/tools.js'
import {htmlValidate} from './helpers/validate-html.js'

interface ProofRow {
  id: string
  print: string
  cells: string[]
  ascii: string[]
  where: string
}

/** The proof's rows, read back from its HTML. */
function rowsOf(html: string): ProofRow[] {
  const tree: Root = fromHtml(html)
  const lines = (cell: Element | undefined) => (cell ? toText(cell, {whitespace: 'pre'}).split('\n') : [])
  return selectAll('tbody tr', tree).map((row) => {
    const cells = selectAll('th, td', row)
    return {
      id: toText(cells[0] as Element),
      print: toText(cells[1] as Element),
      cells: lines(cells[2]),
      ascii: lines(cells[3]),
      where: toText(cells[4] as Element)
    }
  })
}

/**
 * "page 1, lines 3–5", "page 1, line 4", "page 1 line 22 to page 2 line 4" →
 * each (page, line) of the row's `count` lines, in order: a row that runs on
 * to the next page goes on after that page's running head (line 1).
 */
function linesOf(where: string, count: number, textLines = 24): Array<[number, number]> {
  const same = /^page (\d+), lines? (\d+)(?:–(\d+))?$/.exec(where)
  if (same) {
    const [page, first, last] = [Number(same[1]), Number(same[2]), Number(same[3] ?? same[2])]
    expect(last - first + 1).toBe(count)
    return Array.from({length: count}, (_, index) => [page, first + index])
  }
  const across = /^page (\d+) line (\d+) to page (\d+) line (\d+)$/.exec(where)
  if (!across) throw new Error(`unreadable place: ${where}`)
  const [page, first, next, last] = [Number(across[1]), Number(across[2]), Number(across[3]), Number(across[4])]
  expect(next).toBe(page + 1)
  const places: Array<[number, number]> = []
  for (let line = first; line <= textLines; line++) places.push([page, line])
  for (let line = 2; line <= last; line++) places.push([next, line])
  expect(places).toHaveLength(count)
  return places
}

/** The sentences the braille holds: every sentence outside page furniture. */
const brailledSentences = (tree: Article): string[] => tree.children.filter((node) => node.type !== 'chrome').flatMap((node) => nodesOf<Sentence>(node as Nodes, 'sentence').map((sentence) => sentence.id))

const engines: Array<[string, BrailleEngine | undefined]> = [
  ['wasm', wasmEngine()],
  ['native', findNativeEngine()]
]

describe('the proofreading view: each sentence beside its braille, where it is on the page', () => {
  requireTool('liblouis (native engine)', '/usr/bin/lou_translate', 'apt-get install liblouis-bin liblouis20')
  for (const [name, engine] of engines) {
    for (const page of testPages) {
      it.skipIf(!engine)(`${name}: ${page.name}: every line of the text is in a row, at the page and line the row says`, () => {
        const braille = toBraille(page.tree, {engine, runningHead: true})
        const rows = rowsOf(braille.proof())
        // The rows' cells on each line, in order, are that line exactly: every cell of
        // the text is in one row, on the page and line the row says.
        const onLine = new Map<string, string[]>()
        for (const row of rows) {
          expect(row.cells.length, row.id).toBeGreaterThan(0)
          expect(row.ascii).toEqual(row.cells.map(cellsToAscii))
          linesOf(row.where, row.cells.length).forEach(([pageNumber, line], index) => {
            const key = `${pageNumber}:${line}`
            onLine.set(key, [...(onLine.get(key) ?? []), row.cells[index] as string])
          })
        }
        braille.pages.forEach((lines, index) => {
          lines.slice(0, -1).forEach((line, at) => {
            const key = `${index + 1}:${at + 1}`
            const text = line.replace(/^⠀+/, '')
            // Line 1 after the first page is the running head, in no row.
            if (text === '' || (index > 0 && at === 0)) {
              expect(onLine.has(key), key).toBe(false)
              return
            }
            expect(onLine.get(key)?.join('⠀'), `page ${index + 1} line ${at + 1}`).toBe(text)
          })
        })
        // Every sentence of the article has its row, once, in order.
        const ids = rows.map((row) => row.id).filter((id) => id !== '–')
        expect(ids).toEqual(brailledSentences(page.tree))
      })
    }
  }

  it('gives the print of each sentence, as liblouis was given it, and names the place in words', () => {
    const page = testPages.find((candidate) => candidate.name === 'sample (html)') as (typeof testPages)[number]
    const rows = rowsOf(toBraille(page.tree).proof())
    const sentences = new Map(nodesOf<Sentence>(page.tree, 'sentence').map((sentence) => [sentence.id, toString(sentence)]))
    expect(rows[0]).toEqual({
      id: 's1',
      print: 'In Moscow, Johnson Says Britain, Russia Should Cooperate On Security',
      cells: ['⠠⠔⠀⠠⠍⠕⠎⠉⠪⠂⠀⠠⠚⠕⠓⠝⠎⠕⠝⠀⠠⠎⠁⠽⠎⠀⠠⠃⠗⠊⠞⠁⠔⠂', '⠠⠗⠥⠎⠎⠊⠁⠀⠠⠩⠙⠀⠠⠉⠕⠕⠏⠻⠁⠞⠑⠀⠠⠕⠝⠀⠠⠎⠑⠉⠥⠗⠰⠽'],
      ascii: [',9 ,MOSC[1 ,JOHNSON ,SAYS ,BRITA91', ',RUSSIA ,%D ,COOP]ATE ,ON ,SECUR;Y'],
      where: 'page 1, lines 1–2'
    })
    // The date, which is no sentence, has a row of its own.
    expect(rows[1]).toMatchObject({id: '–', print: 'December 22, 2017', ascii: [',DECEMB] #BB1 #BJAG'], where: 'page 1, line 4'})
    for (const row of rows.filter((candidate) => candidate.id !== '–')) {
      const words = (text: string) => text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []
      expect(words(row.print), row.id).toEqual(expect.arrayContaining(words(sentences.get(row.id) as string)))
    }
    expect(rows.some((row) => / to page \d+ line \d+$/.test(row.where))).toBe(true)
    expect(asciiToCells(',9')).toBe('⠠⠔')
  })
})

describe('the proof as HTML: html-validate and axe-core', () => {
  const available = requireTool('Chromium', chromiumPath, 'apt-get install chromium')
  const page = sharedPage(available)
  for (const item of testPages) {
    it(`${item.name}: html-validate finds nothing`, async () => {
      expect(await htmlValidate(toBraille(item.tree, {titlePage: true}).proof(), `${item.name}.proof.html`)).toEqual([])
    })
    it.skipIf(!available)(`${item.name}: axe-core in Chromium finds no violation`, async () => {
      const html = toBraille(item.tree).proof()
      const result = await runAxe(page(), html)
      expect(result.violations.map((v) => `${v.id}: ${v.help} — ${v.nodes.map((n) => n.html).join(' | ')}`)).toEqual([])
      expect(result.passes.map((p) => p.id)).toEqual(expect.arrayContaining(['landmark-one-main', 'page-has-heading-one', 'html-has-lang', 'document-title', 'th-has-data-cells']))
    })
  }
  it('has its title, a main landmark, and a table with a caption and headers', () => {
    const tree = fromHtml(toBraille((testPages[0] as (typeof testPages)[number]).tree).proof())
    // Shortened at a word to 70 characters, as the screen-reader HTML's title is; the h1 has it whole.
    expect(toText(select('title', tree) as Element)).toBe('Braille proof: In Moscow, Johnson Says Britain, Russia Should…')
    expect(toText(select('h1', tree) as Element)).toBe('Braille proof: In Moscow, Johnson Says Britain, Russia Should Cooperate On Security')
    expect(select('main table caption', tree)).toBeDefined()
    expect(selectAll('thead th[scope=col]', tree).map((cell) => toText(cell))).toEqual(['Sentence', 'Print', 'Braille', 'Braille ASCII', 'Braille page and lines'])
  })
})

describe('--to proof on the command line', () => {
  it('writes <stem>.proof.html', async () => {
    const out = mkdtempSync(path.join(tmpdir(), 'altformat-proof-'))
    const err: string[] = []
    const io = {stdout: () => undefined, stderr: (text: string) => void err.push(text), readStdin: async () => Buffer.alloc(0)}
    expect(await run([samplePaths.text, '--to', 'proof', '-o', out], io, '0.0.0')).toBe(0)
    const html = readFileSync(path.join(out, 'rferl-johnson-lavrov.proof.html'), 'utf8')
    expect(html).toMatch(/^<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">/)
    expect(rowsOf(html)[0]?.where).toBe('page 1, lines 1–2')
  })
})
