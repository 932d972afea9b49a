import {execFileSync} from 'node:child_process'
import {copyFileSync, existsSync, mkdtempSync, readFileSync, readdirSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {AltformatError, toBrailleEdition, translateArticle} from '../src/index.js'
import type {BrailleEdition, Page} from '../src/index.js'
import {asciiToCells, blank, cellsToAscii, lowerAscii} from '../src/braille/cells.js'
import {guideDot, layout, runningHeadLine} from '../src/braille/layout.js'
import {run} from '../src/cli/run.js'
import {samplePaths} from './helpers/corpus.js'
import {testPages} from './helpers/pages.js'
import {requireTool} from './helpers/tools.js'

// The sample and six fixture pages of both readers: pictures, tables, lists,
// notices, subheads, a live blog.
const chosen = ['sample (html)', 'html/transcriber-checks', 'html/picture-furniture-labels', 'html/article-element', 'text/subheads', 'text/reprint-footer', 'text/live-blog']
const pages = chosen.map((name) => {
  const page = testPages.find((candidate) => candidate.name === name)
  if (!page) throw new Error(`no test page ${name}`)
  return page
})
const trees = pages.map((page) => page.tree)

const termination = '⠒'.repeat(12)

/** A braille page number read back from its cells: ⠼ and the digits as letters a–j, after an optional prefix. */
function numberOf(cells: string): number | undefined {
  const match = /⠼([⠁⠃⠉⠙⠑⠋⠛⠓⠊⠚]+)$/.exec(cells)
  return match ? Number([...(match[1] as string)].map((cell) => '⠚⠁⠃⠉⠙⠑⠋⠛⠓⠊'.indexOf(cell)).join('')) : undefined
}

const trim = (line: string) => line.replace(/^⠀+|⠀+$/g, '')
const lastLine = (page: Page) => trim(page.at(-1) as string)
/** The page's text lines, trimmed, joined by a blank cell: how a block's cells read once unwrapped. */
const joined = (lines: string[]) => lines.map(trim).filter(Boolean).join(blank)

const back = (cells: string): string =>
  execFileSync('lou_translate', ['--backward', 'en-ueb-g2.ctb'], {input: lowerAscii(cellsToAscii(cells)), encoding: 'utf8'}).trim().toLowerCase()

/** Each article's pages in a volume, as the contents gives them: from its number to the next article's. */
function articlePages(edition: BrailleEdition, volume: number): Page[][] {
  const {pages} = edition.volumes[volume] as BrailleEdition['volumes'][number]
  const text = pages.filter((page) => !lastLine(page).startsWith('⠞'))
  const starts = edition.contents.filter((entry) => entry.volume === volume + 1).map((entry) => text.findIndex((page) => numberOf(lastLine(page)) === entry.page))
  return starts.map((start, index) => text.slice(start, starts[index + 1] ?? text.length))
}

/** Contents entries read from the cells of a volume's transcriber's pages: the entry's cells and the page number after the guide dots. */
function contentsOf(pages: Page[]): Array<{cells: string; page: number}> {
  const entries: Array<{cells: string; page: number}> = []
  let pending: string[] = []
  let inContents = false
  for (const page of pages.filter((candidate) => lastLine(candidate).startsWith('⠞'))) {
    for (const line of page.slice(0, -1)) {
      if (!inContents) {
        // The heading "Contents", contracted: ,3T5TS.
        inContents = trim(line) === asciiToCells(',3T5TS')
        continue
      }
      if (trim(line) === '') continue
      const leader = new RegExp(`⠀${guideDot}{2,}⠀(⠼[⠁⠃⠉⠙⠑⠋⠛⠓⠊⠚]+)$`).exec(line)
      if (!leader) {
        pending.push(line)
        continue
      }
      pending.push(line.slice(0, leader.index))
      entries.push({cells: joined(pending), page: numberOf(leader[1] as string) as number})
      pending = []
    }
  }
  return entries
}

describe('a braille edition of several articles', () => {
  const edition = toBrailleEdition(trees, {title: 'News Digest', transcriber: 'A. Transcriber'})
  const volume = edition.volumes[0] as BrailleEdition['volumes'][number]

  it('puts every article in one volume, in order, each on a new page that opens with its headline', () => {
    expect(edition.volumes).toHaveLength(1)
    expect(edition.contents.map((entry) => entry.title)).toEqual(trees.map((tree) => tree.children.find((node) => node.type === 'heading' && node.depth === 1) && translateArticle(tree).title))
    const articles = articlePages(edition, 0)
    expect(articles).toHaveLength(trees.length)
    articles.forEach((own, index) => {
      const title = translateArticle(trees[index] as (typeof trees)[number]).titleCells
      // The headline, centred, is the first thing on the article's first page.
      expect(joined((own[0] as Page).slice(0, 4)).startsWith(title), chosen[index]).toBe(true)
    })
    // Braille page numbers run 1, 2, 3… through the text.
    const numbers = articles.flat().map((page) => numberOf(lastLine(page)))
    expect(numbers).toEqual(numbers.map((_, index) => index + 1))
  })

  it('has a contents page whose page numbers, read back from the cells, are where each headline stands', () => {
    const entries = contentsOf(volume.pages)
    expect(entries).toHaveLength(trees.length)
    const text = volume.pages.filter((page) => !lastLine(page).startsWith('⠞'))
    entries.forEach((entry, index) => {
      const title = translateArticle(trees[index] as (typeof trees)[number]).titleCells
      expect(entry.cells).toBe(title)
      const page = text.find((candidate) => numberOf(lastLine(candidate)) === entry.page)
      expect(page, `page ${entry.page}`).toBeDefined()
      expect(joined((page as Page).slice(0, 4)).startsWith(title)).toBe(true)
    })
    // Each entry's last line: the headline's end, a blank, guide dots, a blank, the number in the last cells.
    for (const line of volume.pages.flat().filter((candidate) => candidate.includes(`${guideDot}${guideDot}⠀⠼`))) {
      expect(line).toHaveLength(40)
    }
  })

  it('carries each headline as a running head on its later pages, and ends each article with a termination line', () => {
    articlePages(edition, 0).forEach((own, index) => {
      const head = runningHeadLine(translateArticle(trees[index] as (typeof trees)[number]).titleCells, 40)
      for (const page of own.slice(1)) expect(page[0], chosen[index]).toBe(head)
      const text = (own.at(-1) as Page).slice(0, -1).map(trim).filter(Boolean)
      const end = text.indexOf(termination)
      expect(end, chosen[index]).toBeGreaterThanOrEqual(0)
      // After the termination line, only the last article has a closing line.
      expect(text.slice(end + 1)).toEqual(index === trees.length - 1 ? [text.at(-1)] : [])
    })
  })

  it('numbers its transcriber\'s pages t1, t2…, and lays out every page in 25 lines of 40 cells', () => {
    const front = volume.pages.slice(0, volume.sections[0])
    expect(front.map((page) => lastLine(page))).toEqual(front.map((_, index) => '⠞' + `⠼${[...String(index + 1)].map((digit) => '⠚⠁⠃⠉⠙⠑⠋⠛⠓⠊'[Number(digit)]).join('')}`))
    for (const page of volume.pages) {
      expect(page).toHaveLength(25)
      for (const line of page) expect(line.length).toBeLessThanOrEqual(40)
    }
    const brf = edition.brf()
    expect(brf).toHaveLength(1)
    expect(brf[0]).toMatch(/^[\x20-\x5F\r\n\f]*$/)
    expect((brf[0] as string).split('\f').slice(0, -1)).toHaveLength(volume.pages.length)
  })

  it('gives the same edition from translations (as the command line\'s workers send them) as from trees', () => {
    const translated = trees.map((tree) => structuredClone(translateArticle(tree)))
    const again = toBrailleEdition(translated, {title: 'News Digest', transcriber: 'A. Transcriber'})
    expect(again.brf()).toEqual(edition.brf())
    expect(again.pef()).toBe(edition.pef())
  })

  it('refuses what is not an edition: no articles, a volume of no pages, articles in different tables', () => {
    const code = (fn: () => unknown) => {
      try {
        fn()
      } catch (error) {
        return error instanceof AltformatError ? `${error.code}: ${error.message}` : String(error)
      }
      return 'no error'
    }
    expect(code(() => toBrailleEdition([]))).toBe('invalid-option: toBrailleEdition: give an array of one article or more')
    expect(code(() => toBrailleEdition(trees, {volumePages: 0}))).toMatch(/^invalid-option: toBrailleEdition: volumePages must be a whole number/)
    expect(code(() => toBrailleEdition([translateArticle(trees[0] as (typeof trees)[number]), translateArticle(trees[1] as (typeof trees)[number], {table: 'ueb-g1'})]))).toMatch(
      /^invalid-option: .*different tables \(en-ueb-g2.ctb, en-ueb-g1.ctb\)/
    )
    expect(code(() => toBrailleEdition([{type: 'root'} as never]))).toMatch(/^invalid-tree: toBrailleEdition: expected an article tree/)
  })
})

describe('volumes, interpoint, and what the title pages say (read back with Debian\'s liblouis)', () => {
  const native = requireTool('lou_translate', '/usr/bin/lou_translate', 'apt-get install liblouis-bin')

  it('splits into volumes between articles, numbers run on, each volume says which it is', () => {
    const edition = toBrailleEdition(trees, {title: 'News Digest', volumePages: 6})
    expect(edition.volumes.length).toBeGreaterThan(2)
    edition.volumes.forEach((volume, index) => {
      const own = articlePages(edition, index)
      expect(own.length).toBeGreaterThan(0)
      // At most the limit, unless one article is longer than that alone.
      const body = own.flat().length
      if (own.length > 1) expect(body).toBeLessThanOrEqual(6)
      expect(volume.lastPage - volume.firstPage + 1).toBe(body)
      const next = edition.volumes[index + 1]
      if (next) expect(next.firstPage).toBe(volume.lastPage + 1)
    })
    expect(edition.contents.map((entry) => entry.volume)).toEqual([...edition.contents.map((entry) => entry.volume)].sort((a, b) => a - b))
    if (!native) return
    edition.volumes.forEach((volume, index) => {
      const title = back(joined((volume.pages[0] as Page).slice(0, -1)))
      expect(title).toContain('news digest')
      expect(title).toContain(`volume ${index + 1} of ${edition.volumes.length}`)
      expect(title).toContain(volume.lastPage > volume.firstPage ? `braille pages ${volume.firstPage} to ${volume.lastPage}` : `braille page ${volume.firstPage}`)
      const end = back(trim((articlePages(edition, index).at(-1)?.at(-1) as Page).slice(0, -1).filter((line) => trim(line) !== '').at(-1) as string))
      expect(end).toBe(index === edition.volumes.length - 1 ? 'the end' : `end of volume ${index + 1}`)
    })
  })

  it('puts the title, sources, dates, transcriber and page range on the title page', () => {
    if (!native) return
    const edition = toBrailleEdition(trees, {title: 'News Digest', transcriber: 'A. Transcriber'})
    const title = back(joined(((edition.volumes[0] as BrailleEdition['volumes'][number]).pages[0] as Page).slice(0, -1)))
    expect(title).toMatch(/^news digest from .*radiofreeeurope\/radioliberty/)
    expect(title).toContain('transcribed by a. transcriber')
    expect(title).toContain(`braille pages 1 to ${edition.volumes[0]?.lastPage}`)
    expect(edition.contents.length).toBe(7)
  })

  it('on interpoint paper starts every article and every volume\'s text on a right-hand page', () => {
    const edition = toBrailleEdition(trees, {interpoint: true, volumePages: 8})
    expect(edition.volumes.length).toBeGreaterThan(1)
    for (const entry of edition.contents) expect(entry.page % 2, entry.title).toBe(1)
    edition.volumes.forEach((volume) => {
      // Within the volume's sheets: every section holds whole sheets, so each starts on a recto.
      for (const size of volume.sections) expect(size % 2).toBe(0)
      expect(volume.sections.reduce((sum, size) => sum + size, 0)).toBe(volume.pages.length)
    })
    const pef = edition.pef()
    expect([...pef.matchAll(/<volume [^>]*duplex="true"/g)]).toHaveLength(edition.volumes.length)
  })
})

describe('PEF of an edition', () => {
  const available = requireTool('brailleutils (PEF schema)', '/usr/share/java/brailleUtils-core.jar', 'apt-get install brailleutils')
  const xmllint = requireTool('xmllint', '/usr/bin/xmllint', 'apt-get install libxml2-utils')

  it.skipIf(!available || !xmllint)('validates against PEF 2008-1, one volume or several, single-sided or interpoint', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'altformat-edition-'))
    const schema = path.join(dir, 'pef-2008-1-light.rng')
    writeFileSync(schema, execFileSync('unzip', ['-p', '/usr/share/java/brailleUtils-core.jar', 'org/daisy/braille/pef/resource-files/pef-2008-1-light.rng']))
    for (const options of [{}, {volumePages: 6}, {interpoint: true, volumePages: 8, transcriber: 'A. Transcriber'}]) {
      const edition = toBrailleEdition(trees, {title: 'News Digest', ...options})
      const file = path.join(dir, 'edition.pef')
      writeFileSync(file, edition.pef())
      expect(execFileSync('xmllint', ['--noout', '--relaxng', schema, file], {encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe']})).toBe('')
      const volumes = [...edition.pef().matchAll(/<volume [^>]*>(.*?)<\/volume>/gs)].map((match) => [...(match[1] as string).matchAll(/<page>/g)].length)
      expect(volumes).toEqual(edition.volumes.map((volume) => volume.pages.length))
    }
  })
})

describe('a contents line (layout)', () => {
  it('leads with guide dots to the number in the last cells; runover lines stop short of its column', () => {
    const words = '⠁⠃⠉⠙⠑⠋⠀⠛⠓⠊⠚⠅⠇⠍⠝⠀⠕⠏⠟⠗⠎⠞⠥⠧⠺⠀⠭⠽⠵⠁⠃⠉⠙⠑⠀⠋⠛⠓⠊⠚⠅⠇⠀⠍⠝⠕⠏⠟⠗⠀⠎⠞⠥'
    const [page] = layout([{cells: words, first: 0, runover: 2, leader: '⠼⠁⠃'}], {cells: 40, lines: 25})
    const lines = (page as Page).slice(0, -1).filter((line) => line !== '')
    expect(lines.length).toBeGreaterThan(1)
    for (const line of lines.slice(0, -1)) expect(line.length).toBeLessThanOrEqual(40 - 3 - 4)
    expect(lines[1]).toMatch(/^⠀⠀[^⠀]/)
    expect(lines.at(-1)).toMatch(new RegExp(`^⠀⠀\\S.*[^⠀]⠀${guideDot}{2,}⠀⠼⠁⠃$`, 'u'))
    expect(lines.at(-1)).toHaveLength(40)
  })
})

describe('--bundle on the command line', () => {
  const capture = () => {
    const err: string[] = []
    return {
      io: {stdout: () => undefined, stderr: (text: string) => void err.push(text), readStdin: async () => Buffer.alloc(0), worker: new URL('../dist/cli/worker.js', import.meta.url)},
      err: () => err.join('')
    }
  }
  const folder = () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'altformat-bundle-'))
    const inputs = path.join(dir, 'pages')
    execFileSync('mkdir', [inputs])
    copyFileSync(samplePaths.html, path.join(inputs, '1-sample.html'))
    pages.slice(1).forEach((page, index) => copyFileSync(path.join(page.dir as string, page.name.startsWith('html/') ? 'input.html' : 'input.txt'), path.join(inputs, `${index + 2}-${path.basename(page.dir as string)}.${page.name.startsWith('html/') ? 'html' : 'txt'}`)))
    return {dir, inputs, out: path.join(dir, 'out')}
  }

  it('writes one edition, BRF and PEF, of every page on the workers; a bad page is left out by name', async () => {
    const {inputs, out} = folder()
    writeFileSync(path.join(inputs, '9-empty.html'), '<html><body><nav><a href="/">Home</a></nav></body></html>')
    const c = capture()
    expect(await run([inputs, '--bundle', 'digest', '--bundle-title', 'News Digest', '-o', out, '-j', '2'], c.io, '0.0.0')).toBe(1)
    expect(readdirSync(out).sort()).toEqual(['digest.brf', 'digest.pef'])
    expect(c.err()).toContain('9-empty.html')
    expect(c.err()).toContain('altformat: braille edition “News Digest”: 7 articles in 1 volume')
    // The same edition as the library makes of the same pages in the same order.
    const library = toBrailleEdition(trees, {title: 'News Digest'})
    expect(readFileSync(path.join(out, 'digest.brf'), 'utf8')).toBe(library.brf()[0])
    expect(readFileSync(path.join(out, 'digest.pef'), 'utf8')).toBe(library.pef())
  })

  it('writes a BRF per volume, and the other formats per page beside the edition', async () => {
    const {inputs, out} = folder()
    const c = capture()
    expect(await run([inputs, '--bundle', 'digest', '--volume-pages', '6', '--to', 'brf,pef,html', '-o', out], c.io, '0.0.0')).toBe(0)
    const files = readdirSync(out)
    expect(files.filter((name) => name.endsWith('.brf')).sort()).toEqual(files.filter((name) => /^digest\.vol\d+\.brf$/.test(name)).sort())
    expect(files.filter((name) => name.endsWith('.brf')).length).toBeGreaterThan(2)
    expect(files.filter((name) => name.endsWith('.html'))).toHaveLength(7)
    expect(files).toContain('digest.pef')
  })

  it('usage errors, nothing written: a file for -o, no braille format, a path as name, edition options without --bundle', async () => {
    const {inputs, dir} = folder()
    const cases: Array<[string[], RegExp]> = [
      [['--bundle', 'digest', '-o', path.join(dir, 'x.brf')], /--bundle writes its edition into a folder/],
      [['--bundle', 'digest', '--to', 'html', '-o', path.join(dir, 'o')], /--to asks for no braille/],
      [['--bundle', '../digest', '-o', path.join(dir, 'o')], /is not a file name/],
      [['--volume-pages', '5', '-o', path.join(dir, 'o')], /--volume-pages is for a braille edition: add --bundle NAME/],
      [['--bundle', 'digest', '--running-head-words', 'News', '-o', path.join(dir, 'o')], /each have their own headline as a running head/]
    ]
    for (const [args, message] of cases) {
      const c = capture()
      expect(await run([inputs, ...args], c.io, '0.0.0'), args.join(' ')).toBe(2)
      expect(c.err()).toMatch(message)
    }
    expect(existsSync(path.join(dir, 'o'))).toBe(false)
    expect(existsSync(path.join(dir, 'x.brf'))).toBe(false)
  })
})
