import {execFileSync} from 'node:child_process'
import {mkdtempSync, readdirSync, writeFileSync} from 'node:fs'
import {createRequire} from 'node:module'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {describe, expect, it, vi} from 'vitest'
import {AltformatError, brailleTableFor, findNativeEngine, readArticle, toBraille, toString, wasmEngine} from '../src/index.js'
import type {Article} from '../src/index.js'
import {asciiToCells, blank, brailleAscii, cellsToAscii, dotsToCells, lowerAscii} from '../src/braille/cells.js'
import {layout} from '../src/braille/layout.js'
import type {LayoutBlock} from '../src/braille/layout.js'
import {normalizeForBraille} from '../src/braille/normalize.js'
import {brailleBlocks, noteClose, noteOpen} from '../src/braille/render.js'
import {listChanges} from '../src/braille/changes.js'
import {readSample, samplePaths} from './helpers/corpus.js'
import {testPages} from './helpers/pages.js'
import {expectGolden} from './helpers/golden.js'
import {requireTool} from './helpers/tools.js'

const golden = fileURLToPath(new URL('golden/', import.meta.url))
const engine = wasmEngine()

const sample = readArticle(readSample('text'), {path: samplePaths.text}).tree
const pages = testPages

/** Cells back-translated by Debian's liblouis (its table reads braille ASCII in lower case). */
const backTranslated = (cells: string): string =>
  execFileSync('lou_translate', ['--backward', 'en-ueb-g2.ctb'], {input: lowerAscii(cellsToAscii(cells)), encoding: 'utf8'}).trim()

const words = (text: string): string[] => text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []

describe('BRF golden files, read by eye', () => {
  it('the sample: BRF and preview', () => {
    const braille = toBraille(sample)
    expectGolden(braille.brf(), `${golden}rferl-johnson-lavrov.brf`)
    expectGolden(braille.preview(), `${golden}rferl-johnson-lavrov.braille.txt`)
  })
  for (const page of pages.filter((p) => p.dir)) {
    it(page.name, () => {
      expectGolden(toBraille(page.tree).brf(), `${page.dir}/output.brf`)
    })
  }
})

describe('BRF: characters and page geometry, on every page', () => {
  for (const page of pages) {
    it(page.name, () => {
      const brf = toBraille(page.tree).brf()
      expect(brf).toMatch(/^[\x20-\x5F\r\n\f]*$/)
      const sheets = brf.split('\f')
      expect(sheets.at(-1)).toBe('') // a form feed after every page, the last too
      sheets.slice(0, -1).forEach((sheet, index) => {
        const lines = sheet.split('\r\n')
        expect(lines.at(-1)).toBe('') // every line ends CRLF
        expect(lines.slice(0, -1)).toHaveLength(25)
        for (const line of lines) {
          expect(line.length).toBeLessThanOrEqual(40)
          expect(line).not.toMatch(/ $/)
        }
        // The braille page number: bottom right, at least three blank cells before it.
        const number = '#' + [...String(index + 1)].map((d) => 'JABCDEFGHI'[Number(d)]).join('')
        expect(lines[24]).toBe(number.padStart(40))
        // Never two blank lines in a row within the text (the padding after it aside).
        const text = lines.slice(0, 24)
        const last = text.findLastIndex((line) => line !== '')
        expect(text.slice(0, last + 1).join('\n')).not.toMatch(/\n\n\n/)
        expect(text[0]).not.toBe('')
      })
    })
  }
})

describe('the words come back: the BRF back-translated by liblouis', () => {
  const native = requireTool('lou_translate', '/usr/bin/lou_translate', 'apt-get install liblouis-bin')

  /** The BRF's cells: page numbers and the transcriber's notes (words print does not have) removed, lines joined by `separator`. */
  const cellsOf = (tree: Article, separator: string) =>
    toBraille(tree)
      .brf()
      .split('\f')
      .flatMap((sheet) => sheet.split('\r\n').slice(0, 24))
      .map((line) => asciiToCells(line) ?? '')
      .join(separator)
      .replace(new RegExp(`${noteOpen}[^]*?${noteClose}`, 'g'), '')

  /** How many of the article's words come back, in order. */
  function recovered(tree: Article, printed: string): {found: number; total: number} {
    const expected = tree.children.filter((node) => node.type !== 'chrome').flatMap((node) => words(toString(node)))
    const back = words(printed)
    let found = 0
    let at = 0
    // Each word is looked for a little ahead of the last one found, so that one
    // garbled word cannot make the rest look lost.
    for (const word of expected) {
      const index = back.slice(at, at + 12).indexOf(word)
      if (index >= 0) {
        found++
        at += index + 1
      }
    }
    return {found, total: expected.length}
  }

  // Each page back-translated with its language's table as Debian's liblouis names it (de-g1.ctb, where 3.2.0 says de-de-g1.ctb).
  const debianTable = (tree: Article) => {
    const found = findNativeEngine()
    return found ? brailleTableFor(tree.lang, found) : 'en-ueb-g2.ctb'
  }
  const nativeBack = (tree: Article) =>
    // One braille line per input line: lou_translate reads its input line by line.
    recovered(tree, execFileSync('lou_translate', ['--backward', `unicode.dis,${debianTable(tree)}`], {input: cellsOf(tree, '\n'), encoding: 'utf8'}))

  it.skipIf(!native)('the sample: at least 99% by Debian’s liblouis', () => {
    const {found, total} = nativeBack(sample)
    expect(found / total, `${found} of ${total} words`).toBeGreaterThanOrEqual(0.99)
  })

  it.skipIf(!native)('every page: at least 95% each, 99% of all words together', () => {
    // A short page may lose a few: UEB's "p.m." and "U.S." read back as "p.more." and "U.So."
    // (a letter standing alone is also a contraction), and a page has few words.
    let found = 0
    let total = 0
    for (const page of pages) {
      const result = nativeBack(page.tree)
      expect(result.found / result.total, `${page.name}: ${result.found} of ${result.total} words`).toBeGreaterThanOrEqual(0.95)
      found += result.found
      total += result.total
    }
    expect(found / total, `${found} of ${total} words`).toBeGreaterThanOrEqual(0.99)
  })

  it('at least 90% by the npm liblouis 3.2.0, whose back-translation tables are older', () => {
    // 3.2.0 passes 110 of liblouis' 177 current back-translation cases ("Sergei" → "Soergei").
    let found = 0
    let total = 0
    for (const page of pages) {
      const result = recovered(page.tree, engine.backTranslate(brailleTableFor(page.tree.lang, engine), cellsOf(page.tree, ' ')))
      found += result.found
      total += result.total
    }
    expect(found / total, `${found} of ${total} words`).toBeGreaterThanOrEqual(0.9)
  })
})

describe('each block agrees with Debian’s liblouis (lou_translate)', () => {
  const available = requireTool('lou_translate', '/usr/bin/lou_translate', 'apt-get install liblouis-bin')
  it.skipIf(!available)('on the sample and every fixture (blocks without emphasis: lou_translate takes no typeform)', () => {
    let compared = 0
    const differ: string[] = []
    for (const page of pages) {
      const {blocks} = brailleBlocks(page.tree, engine, 'en-ueb-g2.ctb')
      for (const block of blocks) {
        const print = block.print ?? ''
        const native = asciiToCells(execFileSync('lou_translate', ['--forward', 'en-ueb-g2.ctb'], {input: print, encoding: 'utf8'}).replace(/\n$/, ''))
        compared++
        // A transcriber's note is altformat's indicators around liblouis' translation.
        const cells = block.cells.startsWith(noteOpen) && block.cells.endsWith(noteClose) ? block.cells.slice(noteOpen.length, -noteClose.length) : block.cells
        if (native !== cells) differ.push(`${page.name}: ${print.slice(0, 60)}`)
      }
    }
    // The only differences are the blocks with emphasis (liblouis is given a typeform, lou_translate cannot be).
    expect(differ).toEqual([
      'html/article-element: The PA reopened the harbour on Tuesday, three days after the',
      'html/article-element: Officials said repairs would cost $1.5 million. Read the rep',
      'html/hostile-page: An unclosed paragraph with unclosed emphasis',
      'html/hostile-page: The last paragraph, after the unclosed one.',
      'html/picture-furniture-labels: A new tram line to the city\'s main hospital has been approve',
      // …the block where altformat mends a closing single quote liblouis takes for an apostrophe…
      'html/transcriber-checks: Officials called it ‘Alarming’ and warned of ‘Every 10 Minut',
      'html/transcriber-checks: More than 1 million, they said, and very late. He wrote “nev',
      // …and the block where altformat keeps two numbers apart, which lou_translate fuses with the numeric space.
      'html/transcriber-checks: The meeting at 2024 06.00 ended, and the temperature fell to'
    ])
    expect(compared).toBeGreaterThan(120)
  })
})

describe('what a transcriber would otherwise fix by hand (issue 13), on both engines', () => {
  const page = pages.find((p) => p.name === 'html/transcriber-checks')
  if (!page) throw new Error('the fixture html/transcriber-checks is missing')
  // The braille lines of each block, as BRF text; blocks found by the print they hold.
  const lines = (kind: 'wasm' | 'native' = 'wasm') => {
    const found = kind === 'native' ? findNativeEngine() : engine
    if (!found) return undefined
    const {blocks} = brailleBlocks(page.tree, found, 'en-ueb-g2.ctb')
    return (start: string) => {
      const block = blocks.find((b) => (b.print ?? '').startsWith(start))
      if (!block) throw new Error(`no block starts “${start}”`)
      return {ascii: cellsToAscii(block.cells), block}
    }
  }
  const engines = ['wasm', ...(findNativeEngine() ? ['native' as const] : [])] as const
  const backTranslate = requireTool('lou_translate', '/usr/bin/lou_translate', 'apt-get install liblouis-bin')
  const back = (ascii: string) => backTranslated(asciiToCells(ascii) ?? '')

  it.each(engines)('quotes are the quotes the model knows, straight or curly (UEB 7.6: ‘ ⠠⠦ ’ ⠠⠴, “ ⠦ ” ⠴) — %s', (kind) => {
    const block = lines(kind)!('Officials')
    // 'Alarming' came out as apostrophes (',AL>M+'), the closing " after "1,284," as the nonspecific ⠠⠶ (,7).
    expect(block.ascii).toContain(',8,AL>M+,0 &')
    // …and a single quotation closing after an s (liblouis: the possessive's apostrophe ⠄), while a possessive stays one.
    expect(block.ascii).toContain(',8,E #AJ ,M9UTES,0 AL]TS1')
    expect(block.ascii).toContain(",! RESID5TS' C>S")
    expect(block.ascii).toContain('8#A1BHD10 HE SD1 8W]E EVACUAT$40')
  })

  it.each(engines)('emphasis takes the closing punctuation after it (UEB 9.7.3: “ignore a change in typeform for closing punctuation when a typeform word indicator is used”) — %s', (kind) => {
    const block = lines(kind)!('More than')
    // Was .1MILLION.'1 and .1LATE.'4: a terminator before the comma and the full stop.
    expect(block.ascii).toContain('.1MILLION1 !Y SD1 & .1V .1LATE4')
    expect(block.ascii).toContain('8^1N"E0 TWICE4')
    expect(block.ascii).not.toMatch(/\.'|\^'/)
    // Only punctuation that closes the word: an apostrophe inside it keeps its own typeform, the terminator before it.
    const possessive = toBraille(readArticle('<article><h1>A headline here</h1><p>A <em>dog</em>\'s life.</p></article>').tree, {engine: kind})
    expect(cellsToAscii(possessive.pages[0]?.[2] ?? '').trim()).toBe(",A .1DOG.''S LIFE4")
  })

  it.each(engines)('two numbers are two numbers (UEB 6.6.1: the numeric space only inside one number), and a minus is UEB’s minus sign ⠐⠤ — %s', (kind) => {
    const block = lines(kind)!('The meeting')
    // Was #BJBD"JF4JJ, one number; -4C was a hyphen.
    expect(block.ascii).toContain('AT #BJBD #JF4JJ 5D$1')
    expect(block.ascii).toContain('FELL TO "-#D,C OV]NI<T4')
    // One number grouped by spaces keeps UEB's numeric space (⠐) between its groups.
    expect(block.ascii).toContain('HAS #A"JJJ"JJJ P4')
  })

  it('headings at BANA’s three levels: centred, cell 5, cell 7', () => {
    const line = lines()!
    expect(line('What the council said').block).toMatchObject({first: 4, runover: 4})
    expect(line('The harbour').block).toMatchObject({first: 6, runover: 6})
  })

  it('an ordered list keeps its numbers and every item’s text; a nested item goes one level in (3-5); quoted paragraphs in 5-3', () => {
    const line = lines()!
    expect(line('1. Close the road')).toMatchObject({ascii: '#A4 ,CLOSE ! ROAD', block: {first: 0, runover: 2}})
    expect(line('2. Repair the wall')).toMatchObject({ascii: '#B4 ,REPAIR ! WALL', block: {first: 0, runover: 2}})
    expect(line('Start at the north end').block).toMatchObject({first: 2, runover: 4})
    expect(line('We will rebuild.').block).toMatchObject({first: 4, runover: 2})
    expect(line('We will not wait.').block).toMatchObject({first: 4, runover: 2})
  })

  it('a data table is listed, one row an item, after a transcriber’s note that says so (it came with no note)', () => {
    const line = lines()!
    expect(line('Table of 2 rows').ascii).toBe("@.<,TABLE ( #B R[S1 LI/$3 EA* R[ AN ITEM1 XS F/ CELL F/@.>")
    expect(line('Town')).toMatchObject({ascii: ',T[N', block: {first: 0, runover: 2}})
    expect(line('Rain')).toMatchObject({ascii: ',RA9', block: {first: 2, runover: 4}})
  })

  it('a picture without a caption is its alt text in a transcriber’s note (BANA 2016 §6.2; TN indicators ⠈⠨⠣ ⠈⠨⠜)', () => {
    const {ascii, block} = lines()!('Picture: ')
    expect(ascii).toBe('@.<,PICTURE3 ,FLOOD$ /REET 9 ! OLD T[N@.>')
    expect(block).toMatchObject({first: 6, runover: 4})
  })

  it('the publication date follows the headline, and a copyright or reprint notice stays (both were left out)', () => {
    const {blocks} = brailleBlocks(page.tree, engine, 'en-ueb-g2.ctb')
    expect(blocks.slice(0, 2).map((block) => [cellsToAscii(block.cells), block.first])).toEqual([
      [',/ORMS ,HIT ! ,COA/', 0],
      [',JUNE #A1 #BJBD', 4]
    ])
    const reprint = pages.find((p) => p.name === 'text/reprint-footer')
    if (!reprint) throw new Error('the fixture text/reprint-footer is missing')
    const notices = brailleBlocks(reprint.tree, engine, 'en-ueb-g2.ctb').blocks.slice(-2)
    expect(notices.map((block) => block.print)).toEqual([
      'Copyright (c) 2023. RFE/RL, Inc. All Rights Reserved.',
      'Reprinted with the permission of Radio Free Europe/Radio Liberty, 1201 Connecticut Ave NW, Ste 400, Washington DC 20036.'
    ])
    expect(notices.map((block) => block.first)).toEqual([4, 4])
  })

  // UEB 10.7.6 keeps the groupsign "one" out of words where its letters are not the
  // sound of "one": liblouis 3.24's table knows Donetsk, 3.2.0's (the wasm build) does not.
  // altformat does not patch liblouis' tables; a newer wasm build is issue 14 (blocked).
  it('“one” is not contracted in Donetsk with the native engine (and auto, which picks it); the wasm build’s liblouis 3.2.0 still contracts it', () => {
    const donetsk = (kind: 'wasm' | 'native' | 'auto') =>
      cellsToAscii(toBraille(readArticle('<article><h1>Shelling near Donetsk</h1><p>Donetsk was shelled overnight.</p></article>').tree, {engine: kind}).pages[0]?.[2] ?? '').trim()
    expect(donetsk('wasm')).toBe(',D"OTSK 0 %ELL$ OV]NI<T4')
    if (!findNativeEngine()) return
    expect(donetsk('native')).toBe(',DONETSK 0 %ELL$ OV]NI<T4')
    expect(donetsk('auto')).toBe(',DONETSK 0 %ELL$ OV]NI<T4')
  })

  it.skipIf(!backTranslate)('back-translated by Debian’s liblouis, the braille gives back the print', () => {
    const line = lines()!
    // liblouis' back-translation writes every quotation mark as "; the cells above tell single from double.
    expect(back(line('Officials').ascii)).toBe(
      'Officials called it "Alarming" and warned of "Every 10 Minutes" alerts, while "1,284," he said, "were evacuated." The residents’ cars were moved.'
    )
    expect(back(line('The meeting').ascii)).toBe('The meeting at 2024 06.00 ended, and the temperature fell to −4C overnight. The city has 1 000 000 people.')
    expect(back(line('1. Close the road').ascii)).toBe('1. Close the road')
  })
})

describe('the list of changes from print', () => {
  it('names the furniture left out, each character replaced and what it became, and the notes added', () => {
    const page = pages.find((p) => p.name === 'html/picture-furniture-labels')
    if (!page) throw new Error('the fixture html/picture-furniture-labels is missing')
    const tree = {...page.tree, children: [...page.tree.children, ...readArticle('Headline\n\nŠefčovič came 😀.\n', {from: 'text'}).tree.children.slice(1)]}
    const braille = toBraille(tree)
    expect(braille.notes).toEqual(['Picture: A tram in the city centre'])
    expect(listChanges(tree, braille)).toBe(
      [
        'Changes from print: Council approves new tram line to hospital',
        '',
        'Left out as page furniture (3):',
        '  related: More on this story',
        '  other: Tram plans go out to consultation City bus fares to rise',
        '  other: Transport City Council',
        '',
        'Characters without braille in en-ueb-g2.ctb (2):',
        '  Š (U+0160): written S',
        '  😀 (U+1F600): left out',
        '',
        "Transcriber's notes added (1):",
        '  Picture: A tram in the city centre',
        ''
      ].join('\n')
    )
  })
})

describe('BRF for embossers: named profiles and overrides', () => {
  const tree = readArticle('A Headline\n\nA first paragraph of the article.\n', {from: 'text'}).tree
  const braille = toBraille(tree, {lines: 5})

  it('writes the standard by default, and each profile as it says', () => {
    const standard = braille.brf()
    expect(standard).toBe(braille.brf('standard'))
    expect(standard).toBe('               ,A ,H1DL9E\r\n\r\n  ,A F/ P>AGRAPH ( ! >TICLE4\r\n\r\n                                      #A\r\n\f')
    expect(braille.brf('lf')).toBe(standard.replaceAll('\r\n', '\n'))
    expect(braille.brf('ctrl-z')).toBe(standard + '\u001A')
    expect(braille.brf('lower')).toBe('               ,a ,h1dl9e\r\n\r\n  ,a f/ p>agraph ( ! >ticle4\r\n\r\n                                      #a\r\n\f')
    // No padding: the blank lines before the page number go; the number stays on its line.
    expect(braille.brf('unpadded')).toBe('               ,A ,H1DL9E\r\n\r\n  ,A F/ P>AGRAPH ( ! >TICLE4\r\n                                      #A\r\n\f')
  })

  it('takes overrides over a profile, and refuses what is not a setting', () => {
    expect(braille.brf({profile: 'lf', ctrlZ: true, formFeed: false})).toBe(braille.brf('lf').replaceAll('\f', '') + '\u001A')
    expect(() => braille.brf('perkins' as never)).toThrow('Unknown BRF profile “perkins”: use standard, ctrl-z, unpadded, lf, lower')
    expect(() => braille.brf({lineEnd: 'cr' as never})).toThrow('Invalid BRF setting lineEnd: "cr"')
  })
})

describe('the title page (t1)', () => {
  const reprint = pages.find((p) => p.name === 'text/reprint-footer')
  if (!reprint) throw new Error('the fixture text/reprint-footer is missing')
  const backTranslate = requireTool('lou_translate', '/usr/bin/lou_translate', 'apt-get install liblouis-bin')
  const back = backTranslated

  it('comes first, numbered t1, and leaves the text’s own pages as they were', () => {
    const plain = toBraille(reprint.tree)
    const titled = toBraille(reprint.tree, {titlePage: {transcriber: 'A. Transcriber'}})
    expect(titled.pages.slice(1)).toEqual(plain.pages)
    const title = titled.pages[0] as string[]
    expect(title).toHaveLength(25)
    expect(cellsToAscii(title[24] as string).trim()).toBe('T#A')
    expect(titled.pef()).toContain('<row>⠀⠀⠀⠀⠀⠀⠀⠀⠀⠀⠀⠀⠀⠀⠀⠀⠀⠀⠀⠀⠀⠀⠀⠀⠀⠀⠀⠀⠀⠀⠀⠀⠀⠀⠀⠀⠀⠞⠼⠁</row>')
    expect(() => toBraille(reprint.tree, {titlePage: 'yes' as never})).toThrow('toBraille: option titlePage must be true, false or {transcriber: "Name"}')
  })

  it.skipIf(!backTranslate)('is followed by a transcriber’s notes page (t2) when there is something to say: special symbols, characters without braille', () => {
    const foreign = toBraille(readArticle('A Headline Here\n\nŠefčovič met the press 😀 today.\n', {from: 'text'}).tree, {titlePage: true})
    // The title page's own lines are normalised as the text is: no liblouis escape for a title's Š.
    const titled = toBraille({...readArticle('Šefčovič Visits Kyiv\n\nA paragraph of the article.\n', {from: 'text'}).tree, meta: {title: 'Šefčovič Visits Kyiv', url: 'not a url'}}, {titlePage: true})
    expect(cellsToAscii((titled.pages[0] as string[]).join(''))).not.toMatch(/\\X/)
    expect(back((titled.pages[0] as string[])[0] as string)).toMatch(/^Sef/)
    const notes = foreign.pages[1] as string[]
    expect(cellsToAscii(notes[24] as string).trim()).toBe('T#B')
    const said = back(notes.slice(0, -1).filter((line) => line.replaceAll('⠀', '') !== '').map((line) => line.replace(/^⠀+/, '')).join('⠀'))
    expect(said).toBe("Transcriber’s Notes The braille table has no braille for some characters of the print: U+0160 is written S; U+1F600 is left out.")
    // The fixture's picture TN: its indicators are listed, as BANA lists special symbols.
    const checks = pages.find((p) => p.name === 'html/transcriber-checks')
    const withNote = toBraille(checks!.tree, {titlePage: true})
    expect(cellsToAscii((withNote.pages[1] as string[])[2] as string)).toBe("@.< @.> TRANSCRIB]'S NOTE")
  })

  it.skipIf(!backTranslate)('says, back-translated by Debian’s liblouis, the title, source, notice, transcriber and the right page range', () => {
    const titled = toBraille(reprint.tree, {titlePage: {transcriber: 'A. Transcriber'}})
    const lines = (titled.pages[0] as string[]).slice(0, -1).filter((line) => line.replaceAll('⠀', '') !== '')
    // Centred blocks: a block's lines are joined before reading it back.
    const text = back(lines.map((line) => line.replace(/^⠀+/, '')).join('⠀'))
    expect(text).toContain('The Quiet Return Of Old Habits In Central Asia www.example.invalid')
    expect(text).toContain('Copyright (c) 2023. RFE/RL, Inc. All Rights Reserved.')
    expect(text).toContain('Transcribed by A. Transcriber')
    expect(text).toMatch(/Braille page 1$/)
    expect(titled.pages).toHaveLength(2)
    // A text of several pages: the range read back is the number of its pages.
    const long = toBraille(sample, {titlePage: true})
    const range = /Braille pages 1 to (\d+)/.exec(back((long.pages[0] as string[]).slice(0, -1).map((line) => line.replace(/^⠀+/, '')).join('⠀')))
    expect(Number(range?.[1])).toBe(long.pages.length - 1)
    expect(long.pages.length - 1).toBeGreaterThan(3)
  })
})

describe('PEF', () => {
  const available = requireTool('brailleutils (PEF schema)', '/usr/share/java/brailleUtils-core.jar', 'apt-get install brailleutils')
  const xmllint = requireTool('xmllint', '/usr/bin/xmllint', 'apt-get install libxml2-utils')
  const dir = mkdtempSync(path.join(tmpdir(), 'altformat-pef-'))

  it.skipIf(!available || !xmllint)('validates against the PEF 2008-1 RELAX NG schema, on every page', () => {
    const schema = path.join(dir, 'pef-2008-1-light.rng')
    writeFileSync(
      schema,
      execFileSync('unzip', ['-p', '/usr/share/java/brailleUtils-core.jar', 'org/daisy/braille/pef/resource-files/pef-2008-1-light.rng'])
    )
    for (const page of pages) {
      const file = path.join(dir, 'page.pef')
      // With a title page, and interpoint, too.
      for (const options of [{}, {titlePage: {transcriber: 'A. Transcriber'}}, {titlePage: true, interpoint: true}]) {
        writeFileSync(file, toBraille(page.tree, options).pef())
        const result = execFileSync('xmllint', ['--noout', '--relaxng', schema, file], {encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe']})
        expect(result, page.name).toBe('')
      }
    }
  })

  it('interpoint: duplex, the text a section of its own after the title pages so that it starts on a recto; the BRF unchanged', () => {
    const one = toBraille(sample, {titlePage: true})
    const two = toBraille(sample, {titlePage: true, interpoint: true})
    expect(two.brf()).toBe(one.brf())
    const pef = two.pef()
    expect(pef).toContain('duplex="true"')
    const sections = [...pef.matchAll(/<section>(.*?)<\/section>/gs)].map((match) => [...(match[1] as string).matchAll(/<page>/g)].length)
    expect(sections).toEqual([1, two.pages.length - 1])
    expect(one.pef()).toContain('duplex="false"')
    expect(() => toBraille(sample, {interpoint: 'yes' as never})).toThrow('toBraille: option interpoint must be a boolean, not the string "yes"')
  })

  it('holds the same cells as the BRF, within the rows and columns it declares', () => {
    for (const page of pages) {
      const braille = toBraille(page.tree)
      const pef = braille.pef()
      const rows = [...pef.matchAll(/<page>(.*?)<\/page>/gs)].map((match) =>
        [...(match[1] as string).matchAll(/<row>(.*?)<\/row>|<row\/>/g)].map((row) => row[1] ?? '')
      )
      expect(rows).toHaveLength(braille.pages.length)
      const brfPages = braille.brf().split('\f').slice(0, -1).map((sheet) => sheet.split('\r\n').slice(0, -1))
      rows.forEach((pageRows, index) => {
        expect(pageRows.length).toBeLessThanOrEqual(25)
        for (const row of pageRows) expect([...row].length).toBeLessThanOrEqual(40)
        expect(pageRows.map((row) => cellsToAscii(row).trimEnd())).toEqual(brfPages[index])
      })
      expect(pef).toMatch(/<dc:format>application\/x-pef\+xml<\/dc:format><dc:identifier>urn:sha256:[0-9a-f]{32}<\/dc:identifier>/)
      expect(pef).not.toMatch(/<row>[^<]* [^<]*<\/row>/) // no ASCII space in a row
    }
  })
})

describe('layout by BANA rules', () => {
  const word = (n: number) => '⠁'.repeat(n)
  const lay = (blocks: LayoutBlock[], lines = 25) => layout(blocks, {cells: 40, lines})

  it('paragraphs 3-1, captions 7-5, credits and bylines blocked at cell 5', () => {
    const text = Array.from({length: 12}, () => word(5)).join(blank)
    const [page] = lay([
      {cells: text, first: 2, runover: 0},
      {cells: text, first: 6, runover: 4, blankBefore: true},
      {cells: text, first: 4, runover: 4, blankBefore: true}
    ])
    const words = (n: number) => Array.from({length: n}, () => word(5)).join(blank)
    // 12 words of 5 cells: 6 fit after a 2-cell indent (37 cells), 6 at the margin, and so on.
    expect(page?.slice(0, 10)).toEqual([
      blank.repeat(2) + words(6),
      words(6),
      '',
      blank.repeat(6) + words(5),
      blank.repeat(4) + words(6),
      blank.repeat(4) + words(1),
      '',
      blank.repeat(4) + words(6),
      blank.repeat(4) + words(6),
      ''
    ])
  })

  it('centres a headline with at least three blank cells each side', () => {
    // Eleven words of 6 cells: two full lines of 34 cells (the most that leaves 3 each
    // side), then one short word, which must sit in the middle, not at a margin.
    const [page] = lay([{cells: Array.from({length: 11}, () => word(6)).join(blank), first: 0, runover: 0, centered: true, margin: 3}])
    const lines = (page ?? []).filter((line) => line !== '').slice(0, -1)
    expect(lines).toHaveLength(3)
    for (const line of lines) {
      const lead = line.length - line.replace(/^\u2800+/, '').length
      const trail = 40 - line.length
      expect(lead).toBeGreaterThanOrEqual(3)
      expect(trail).toBeGreaterThanOrEqual(3)
      expect(Math.abs(lead - trail)).toBeLessThanOrEqual(1)
    }
    expect(lines[2]).toBe(blank.repeat(17) + word(6))
  })

  it('breaks only between words or after a hyphen, and divides only a word longer than a line', () => {
    const [page] = lay([{cells: [word(20), word(15) + '⠤' + word(15), word(30), word(50)].join(blank), first: 0, runover: 0}])
    expect(page?.slice(0, 6)).toEqual([
      word(20) + blank + word(15) + '⠤', // broken after the hyphen
      word(15), // the next word does not fit: it goes whole to the next line
      word(30),
      word(39) + '⠤', // longer than a line: divided, with a hyphen
      word(11),
      ''
    ])
  })

  it('never leaves a heading at the bottom of a page without two lines of its text', () => {
    const filler = Array.from({length: 21}, () => ({cells: word(10), first: 2, runover: 0}))
    const pages = lay([...filler, {cells: word(10), first: 4, runover: 4, blankBefore: true, keepWithNext: 2}, {cells: Array.from({length: 12}, () => word(5)).join(blank), first: 2, runover: 0}])
    // 21 lines, a blank, then the heading would sit on line 23 with one line of text: it moves.
    expect(pages[0]?.slice(20, 24)).toEqual([blank.repeat(2) + word(10), '', '', ''])
    expect(pages[1]?.[0]).toBe(blank.repeat(4) + word(10))
  })

  it('starts no page with a blank line, and numbers every page at the bottom right', () => {
    const pages = lay(Array.from({length: 30}, () => ({cells: word(10), first: 2, runover: 0, blankBefore: true})))
    pages.forEach((page, index) => {
      expect(page[0]).not.toBe('')
      expect(page).toHaveLength(25)
      expect(page[24]?.endsWith('⠼' + '⠚⠁⠃⠉⠙⠑⠋⠛⠓⠊'[index + 1])).toBe(true)
      expect(page[24]?.length).toBe(40)
    })
  })

  it('puts a running head on line 1 of every page but the first, centred, the text unchanged beneath it (BANA 2016 §1.8)', () => {
    const blocks = (): LayoutBlock[] => Array.from({length: 40}, () => ({cells: word(10), first: 2, runover: 0, blankBefore: true}))
    const head = [word(4), word(6)].join(blank)
    const plain = lay(blocks())
    const headed = layout(blocks(), {cells: 40, lines: 25, runningHead: head})
    expect(headed[0]?.[0]).toBe(blank.repeat(2) + word(10)) // the first page has none
    for (const page of headed.slice(1)) {
      // 11 cells, centred in 40: 14 blank cells before it; no blank line after it.
      expect(page[0]).toBe(blank.repeat(14) + head)
      expect(page[1]).toBe(blank.repeat(2) + word(10))
      expect(page).toHaveLength(25)
    }
    // The same text lines, in the same order, with one line less per page after the first.
    const text = (pages: string[][], skip: (index: number) => number) => pages.flatMap((page, index) => page.slice(skip(index), -1)).filter((line) => line !== '')
    expect(text(headed, (index) => (index > 0 ? 1 : 0))).toEqual(text(plain, () => 0))
    expect(headed.length).toBeGreaterThanOrEqual(plain.length)
  })

  it('shortens a running head to the words that fit between three blank cells each side', () => {
    const words = Array.from({length: 8}, () => word(6))
    const pages = layout(Array.from({length: 30}, () => ({cells: word(10), first: 0, runover: 0})), {cells: 40, lines: 25, runningHead: words.join(blank)})
    // Five words of 6 and their four spaces are 34 cells, the most 40 − 6 allows; a sixth would not fit.
    expect(pages[1]?.[0]).toBe(blank.repeat(3) + words.slice(0, 5).join(blank))
    const one = layout(Array.from({length: 30}, () => ({cells: word(10), first: 0, runover: 0})), {cells: 40, lines: 25, runningHead: word(50)})
    expect(one[1]?.[0]).toBe(blank.repeat(3) + word(34))
  })

  it('keeps a heading with its text below a running head, and starts no page after the head with a blank', () => {
    const filler = Array.from({length: 44}, () => ({cells: word(10), first: 2, runover: 0}))
    const pages = layout([...filler, {cells: word(10), first: 4, runover: 4, blankBefore: true, keepWithNext: 2}, {cells: Array.from({length: 12}, () => word(5)).join(blank), first: 2, runover: 0}], {
      cells: 40,
      lines: 25,
      runningHead: word(8)
    })
    // Page 2 holds the head and 21 filler lines (24 + 21 = 45 > 44): the blank and the heading would strand it.
    expect(pages[1]?.[1]).toBe(blank.repeat(2) + word(10))
    expect(pages[2]?.slice(0, 2)).toEqual([blank.repeat(16) + word(8), blank.repeat(4) + word(10)])
  })

  it('gives toBraille a running head of the headline, or of the words given', () => {
    const headed = toBraille(sample, {runningHead: true}).pages
    const head = cellsToAscii(headed[1]?.[0] ?? '').trim()
    expect(backTranslated(headed[1]?.[0] ?? '').trim().toLowerCase()).toMatch(/^in moscow, johnson says/)
    expect(head.length).toBeLessThanOrEqual(34)
    expect(cellsToAscii(toBraille(sample, {runningHead: 'World news'}).pages[2]?.[0] ?? '').trim()).toBe(',_W NEWS') // "world": dots 456, w
    expect(cellsToAscii(toBraille(sample).pages[1]?.[0] ?? '').startsWith('   ')).toBe(false)
    expect(() => toBraille(sample, {runningHead: 3 as unknown as string})).toThrow(/runningHead must be true, false or the words/)
  })

  it('sets lists 1-3 and quotations blocked at cell 3, with blank lines around them', () => {
    const tree = readArticle(
      '<article><h1>Headline</h1><p>Before.</p><ul><li>One item that is long enough to run over onto a second braille line.</li><li>Two.</li></ul><blockquote><p>A quotation long enough to run over onto a second line of braille too.</p></blockquote><p>After.</p></article>'
    ).tree
    const lines = toBraille(tree).pages[0] ?? []
    const text = lines.map((line) => cellsToAscii(line).trimEnd())
    expect(text.slice(2, 13)).toEqual([
      '  ,2F4',
      '',
      ',"O ITEM T IS L;G 5 TO RUN OV] ONTO A',
      '  SECOND BRL L9E4',
      ',TWO4',
      '',
      '  ,A QUOTA;N L;G 5 TO RUN OV] ONTO A',
      '  SECOND L9E ( BRL TOO4',
      '',
      '  ,AF4',
      ''
    ])
  })
})

describe('translation', () => {
  it('brailles dashes as the UEB dash, not two hyphens or the long dash', () => {
    const tree = readArticle('Headline\n\nTies -- here — there – now.\n').tree
    expect(cellsToAscii(toBraille(tree).pages[0]?.[2] ?? '')).toBe('  ,TIES ,- "H ,- "! ,- N[4')
  })

  it('replaces characters the table lacks, instead of printing escapes', () => {
    const {text, replaced} = normalizeForBraille('Łódź 😀 soft\u00ADhyphen\u00A0here\u200B.', (char) => engine.defines('en-ueb-g2.ctb', char))
    expect(text).toBe('Lódz  softhyphen here.')
    expect(replaced).toEqual(['Ł', 'ź', '😀'])
    const document = toBraille(readArticle('Headline\n\nŁódź and Škoda 😀.\n').tree)
    expect(document.brf()).not.toMatch(/\\X/)
    // What each became, for the diagnostic: never lost in silence.
    expect(document.substitutes).toEqual({Ł: 'L', ź: 'z', Š: 'S', '😀': ''})
  })

  it('gives liblouis buffers big enough for any expansion', () => {
    for (const text of ['A'.repeat(5000), '1 2 3 '.repeat(2000), '$%&@#'.repeat(1000), 'ÉÀÜ'.repeat(2000)]) {
      const cells = engine.translate('en-ueb-g2.ctb', text)
      expect(cells.length).toBeGreaterThan(text.length * 0.5)
      expect(cells).toMatch(/^[\u2800-\u283F]+$/)
    }
    expect(engine.backTranslate('en-ueb-g2.ctb', '⠠⠓⠑⠇⠇⠕⠀⠸⠺')).toBe('Hello world')
  })

  it('emphasis goes through typeforms', () => {
    const tree = readArticle('<article><h1>H</h1><p>It was <em>very</em> late.</p></article>').tree
    expect(cellsToAscii(toBraille(tree).pages[0]?.[2] ?? '').trim()).toBe(',X 0 .1V LATE4')
  })

  it('takes the tables by name, and says which exist when one does not', () => {
    const tree = readArticle('Headline\n\nThe children would go.\n').tree
    expect(cellsToAscii(toBraille(tree, {table: 'ueb-g1'}).pages[0]?.[2] ?? '')).toBe('  ,THE CHILDREN WOULD GO4')
    expect(cellsToAscii(toBraille(tree, {table: 'ebae-g2'}).pages[0]?.[2] ?? '')).toBe('  ,! *N WD G4')
    expect(cellsToAscii(toBraille(tree, {table: 'en-us-g1.ctb'}).pages[0]?.[2] ?? '')).toMatch(/THE CHILDREN WOULD GO/)
    expect(() => toBraille(tree, {table: 'klingon'})).toThrow(/Unknown braille table “klingon”: use ueb-g2, ueb-g1, ebae-g2, ebae-g1/)
  })

  it('survives a table too large for its 16 MB heap, and any number of tables', {timeout: 60_000}, () => {
    // hu.tbl alone fills liblouis-build's fixed heap: emscripten aborts with a bare
    // string, and every later call of that instance failed. Now a typed error, and the
    // engine goes on with a fresh instance.
    const quiet = vi.spyOn(console, 'warn').mockImplementation(() => undefined)
    const said = vi.spyOn(console, 'log').mockImplementation(() => undefined)
    try {
      expect(() => engine.translate('hu.tbl', 'Hello')).toThrow(
        new AltformatError('translation-failed', 'liblouis 3.2.0, the wasm engine, ran out of its fixed 16 MB of memory with the table hu.tbl: use --engine native (a system liblouis has no such limit), or another table')
      )
      expect(engine.translate('en-ueb-g2.ctb', 'Hello world.')).toBe('⠠⠓⠑⠇⠇⠕⠀⠸⠺⠲')
      // One process once ran out after ~90 distinct tables; compiled tables are now let go past 8.
      const tables = readdirSync(path.join(path.dirname(createRequire(import.meta.url).resolve('liblouis-build')), 'tables'))
        .filter((name) => /\.(ctb|utb)$/.test(name) && !['ru-litbrl.ctb', 'hu.tbl'].includes(name))
      expect(tables.length).toBeGreaterThan(150)
      for (const table of tables) {
        try {
          engine.translate(table, 'Hello world.')
        } catch (error) {
          // Eight-dot and computer braille tables give cells with dots 7 and 8: a typed error too.
          expect(error, table).toBeInstanceOf(AltformatError)
          expect((error as AltformatError).message, table).toContain('not six-dot')
        }
      }
      expect(engine.translate('en-us-g1.ctb', 'Hello world.')).toBe('⠠⠓⠑⠇⠇⠕⠀⠺⠕⠗⠇⠙⠲')
      expect(quiet).not.toHaveBeenCalled()
      expect(said).not.toHaveBeenCalled()
    } finally {
      quiet.mockRestore()
      said.mockRestore()
    }
  })

  it('refuses braille that lost most of the article, and keeps braille that lost a little', () => {
    // A Persian page through UEB gave a page holding one full stop, and exit 0.
    const persian = readArticle('عنوان خبر\n\nاین یک پاراگراف از مقاله است که به زبان فارسی نوشته شده است.\n', {from: 'text', lang: 'fa'}).tree
    // By default a Persian page gets the Persian table; given UEB, it is refused.
    expect(toBraille(persian).table).toBe('fa-ir-g1.utb')
    expect(() => toBraille(persian, {table: 'ueb-g2'})).toThrow(
      new AltformatError(
        'untranslatable',
        "The braille table en-ueb-g2.ctb has no braille for 100% of the article's letters and digits (55 of 55: ع ن و ا خ): choose a table for the article's language and script (--table, or the table option)"
      )
    )
    // A display table given as the table: every letter came out as liblouis' 'h' or an escape.
    const english = readArticle('A headline\n\nA first paragraph of the article.\n', {from: 'text'}).tree
    expect(() => toBraille(english, {table: 'text_nabcc.dis'})).toThrow(/^The braille table text_nabcc\.dis has no braille for 100% of the article's letters and digits \(36 of 36: A h e a d\)/)
    // A few Persian words in an English article: left out, named in `replaced`, not an error.
    const mixed = toBraille(readArticle('A headline\n\nThe word for news, خبر, appears in the first paragraph of this article.\n', {from: 'text'}).tree)
    expect(mixed.replaced).toEqual(['خ', 'ب', 'ر'])
    expect(cellsToAscii(mixed.pages[0]?.[2] ?? '')).toBe('  ,! ^W = NEWS1 1 APPE>S 9 ! F/ P>AGRAPH')
  })

  it('refuses, by name and before any page, a table liblouis 3.2.0 loops forever on', () => {
    const tree = readArticle('Headline\n\nA paragraph.\n').tree
    expect(() => toBraille(tree, {table: 'ru-litbrl.ctb'})).toThrow(
      'liblouis 3.2.0, the wasm engine, cannot use the table ru-litbrl.ctb: it loops forever on any text. Use --engine native (a system liblouis 3.20 or later), or another table'
    )
  })

  it('lays out to other page sizes, and rejects impossible ones', () => {
    const braille = toBraille(sample, {cells: 32, lines: 20})
    for (const page of braille.pages) {
      expect(page).toHaveLength(20)
      for (const line of page) expect(line.length).toBeLessThanOrEqual(32)
    }
    expect(() => toBraille(sample, {cells: 5})).toThrow(/Invalid cells per line: 5/)
    expect(() => toBraille(sample, {lines: 2})).toThrow(/Invalid lines per page: 2/)
  })

  it('uses the 64-cell North American Braille ASCII table', () => {
    expect(brailleAscii).toHaveLength(64)
    expect(asciiToCells(',hello _w')).toBe('⠠⠓⠑⠇⠇⠕⠀⠸⠺')
    expect(cellsToAscii('⠠⠓⠑⠇⠇⠕⠀⠸⠺')).toBe(',HELLO _W')
  })

  it('reads liblouis dots as six-dot cells, virtual dots left out, and refuses anything else', () => {
    // 0x8000 marks dots; dots 1-2-5 (h), no dots (a blank), dots 1 + virtual dot 9 (0x100).
    expect(dotsToCells('\u8013\u8000\u8101')).toBe('⠓⠀⠁')
    expect(dotsToCells('')).toBe('')
    expect(dotsToCells('\u8041')).toBeUndefined() // dot 7
    expect(dotsToCells('\u8080')).toBeUndefined() // dot 8
    expect(dotsToCells('a')).toBeUndefined() // not dots
    expect(dotsToCells('\ud83d\ude00')).toBeUndefined() // a character beyond the BMP
  })
})
