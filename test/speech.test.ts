import {execFileSync} from 'node:child_process'
import {mkdtempSync, readFileSync, writeFileSync} from 'node:fs'
import {createRequire} from 'node:module'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import type {Element, Nodes as XastNodes, Root as XastRoot} from 'xast'
import {fromXml} from 'xast-util-from-xml'
import {describe, expect, it} from 'vitest'
import {addToSpeech, dialectNames, readArticle, toScript, toSsml, toSsmlParts, toString} from '../src/index.js'
import type {Article, DialectName, Nodes} from '../src/index.js'
import {readSample, samplePaths} from './helpers/corpus.js'
import {testPages} from './helpers/pages.js'
import {expectGolden} from './helpers/golden.js'
import {selectAll} from './helpers/select.js'
import {requireTool} from './helpers/tools.js'

const require = createRequire(import.meta.url)
const golden = fileURLToPath(new URL('golden/', import.meta.url))

const sample = readArticle(readSample('text'), {path: samplePaths.text}).tree
const pages = testPages

/** Elements of an XML tree, in document order. */
function elements(node: XastNodes, out: Element[] = []): Element[] {
  if (node.type === 'element') out.push(node)
  if ('children' in node) for (const child of node.children) elements(child, out)
  return out
}

/** The words a document says: its text, lower-cased, letters and digits only. */
function words(text: string): string[] {
  return text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []
}

/** Text of an XML tree; element edges separate words (`</s><s>` is a sentence break). */
function xmlText(node: XastNodes): string {
  if (node.type === 'text') return node.value
  if (node.type === 'element') return ' ' + node.children.map(xmlText).join('') + ' '
  if ('children' in node) return node.children.map(xmlText).join('')
  return ''
}

/** What the article says, in spoken order: headline and byline, the body, the credits. */
function articleWords(tree: Article): string[] {
  const blocks = tree.children.filter((node) => node.type !== 'chrome')
  const isHead = (node: Nodes) => (node.type === 'heading' && node.depth === 1) || node.type === 'byline'
  const head = blocks.filter(isHead)
  const credits = blocks.filter((node) => node.type === 'credit')
  const body = blocks.filter((node) => !isHead(node) && node.type !== 'credit')
  return [...head, ...body, ...credits].flatMap((node) => words(toString(node)))
}

describe('SSML golden files, read by eye', () => {
  for (const dialect of dialectNames) {
    it(dialect, () => {
      expectGolden(toSsml(sample, {dialect}), `${golden}rferl-johnson-lavrov.${dialect}.ssml`)
    })
  }
  it('narrator script', () => {
    expectGolden(toScript(sample), `${golden}rferl-johnson-lavrov.script.txt`)
  })
})

describe('every dialect, on every page', () => {
  for (const dialect of dialectNames) {
    describe(dialect, () => {
      for (const page of pages) {
        it(page.name, () => {
          const parts = toSsmlParts(page.tree, {dialect})
          const trees = parts.map((part) => fromXml(part) as XastRoot)
          // Every part is one well-formed `speak` document.
          for (const tree of trees) {
            const root = tree.children.filter((node) => node.type === 'element')
            expect(root.map((node) => (node as Element).name)).toEqual(['speak'])
          }
          // Every word of the article is said, in order; no word of its chrome is.
          const said = trees.flatMap((tree) => words(xmlText(tree)))
          expect(subsequence(articleWords(page.tree), said), 'article words in order').toBe(true)
          const chromeOnly = page.tree.children
            .filter((node) => node.type === 'chrome')
            .flatMap((node) => words(toString(node)))
            .filter((word) => !articleWords(page.tree).includes(word) && !['photo', 'caption', 'quote', 'end'].includes(word))
          expect(said.filter((word) => chromeOnly.includes(word))).toEqual([])
          // One mark per sentence, in order (Alexa has no marks).
          const marks = trees.flatMap((tree) =>
            elements(tree)
              .filter((el) => el.name === 'mark' || el.name === 'bookmark')
              .map((el) => String(el.attributes.name ?? el.attributes.mark))
          )
          const ids = selectAll<Extract<Nodes, {type: 'sentence'}>>(page.tree, 'sentence').map((s) => s.id)
          expect(marks).toEqual(dialect === 'alexa' ? [] : ids)
        })
      }
    })
  }
})

/** Whether `needle` occurs in `haystack` in order (gaps allowed: pauses, labels). */
function subsequence(needle: string[], haystack: string[]): boolean {
  let at = 0
  for (const word of haystack) if (word === needle[at]) at++
  return at === needle.length
}

describe('the w3c output keeps SSML 1.1’s content model', () => {
  for (const page of pages) {
    it(page.name, () => {
      const tree = fromXml(toSsml(page.tree)) as XastRoot
      const speak = tree.children.find((node) => node.type === 'element') as Element
      expect(speak.attributes).toEqual({version: '1.1', xmlns: 'http://www.w3.org/2001/10/synthesis', 'xml:lang': page.tree.lang})
      const allowed: Record<string, string[]> = {
        speak: ['p', 's', 'break', 'mark'],
        p: ['s', 'break', 'mark'],
        s: ['mark', 'break', 'say-as', 'sub', 'emphasis'],
        'say-as': [],
        sub: [],
        emphasis: ['say-as', 'sub', 'break', 'emphasis', 'mark'],
        mark: [],
        break: []
      }
      for (const element of elements(tree)) {
        expect(Object.keys(allowed), element.name).toContain(element.name)
        for (const child of element.children) {
          if (child.type === 'element') expect(allowed[element.name], `${child.name} in ${element.name}`).toContain(child.name)
        }
        if (element.name === 'mark') expect(element.attributes.name).toMatch(/^s\d+$/)
        if (element.name === 'break') expect(element.attributes.time).toMatch(/^\+?(?:\d*\.)?\d+(?:ms|s)$/)
        if (element.name === 'emphasis') expect(['strong', 'moderate', 'none', 'reduced']).toContain(element.attributes.level)
      }
    })
  }
})

describe('ssml-check-core finds no error', () => {
  const {check} = require('ssml-check-core') as {
    check: (ssml: string, options: {platform: string}) => Promise<Array<{type: string; tag?: string; message?: string}> | undefined>
  }
  for (const [dialect, platform] of [
    ['polly', 'amazon'],
    ['polly-neural', 'amazon'],
    ['alexa', 'amazon'],
    ['google', 'google']
  ] as const) {
    for (const page of pages.slice(0, 8)) {
      it(`${dialect}: ${page.name}`, async () => {
        for (const part of toSsmlParts(page.tree, {dialect})) {
          expect(await check(part, {platform})).toBeUndefined()
        }
      })
    }
  }
})

describe('request limits', () => {
  const long = readArticle(
    'Headline Here\n\n' +
      Array.from({length: 40}, (_, i) => `Paragraph ${i + 1} says that the talks on December 22 went on for hours, officials of the FSB said. ` + 'It was long. '.repeat(10)).join('\n\n')
  ).tree

  it.each([
    ['polly', (d: string) => d.length <= 6000 && xmlText(fromXml(d)).length <= 3000],
    ['polly-neural', (d: string) => d.length <= 6000 && xmlText(fromXml(d)).length <= 3000],
    ['google', (d: string) => Buffer.byteLength(d) <= 5000],
    ['alexa', (d: string) => d.length < 8000],
    ['azure', (d: string) => Buffer.byteLength(d) <= 65_536]
  ] as const)('%s: every part fits, and together they say every word once, in order', (dialect, fits) => {
    const parts = toSsmlParts(long, {dialect})
    if (dialect !== 'azure') expect(parts.length).toBeGreaterThan(1)
    for (const part of parts) expect(fits(part), `${dialect} part of ${part.length}`).toBe(true)
    const said = parts.flatMap((part) => words(xmlText(fromXml(part))))
    expect(said.filter((word) => word !== 'photo' && word !== 'caption')).toEqual(articleWords(long))
    // Together, the parts' content is the one document's content, to the character.
    const inner = (document: string) => document.replace(/^<speak[^>]*>(?:<voice[^>]*>)?|(?:<\/voice>)?<\/speak>\n$/g, '')
    expect(parts.map(inner).join('')).toBe(inner(toSsml(long, {dialect})))
  })

  it('splits a paragraph too long for one request between its sentences', () => {
    const paragraph = Array.from({length: 120}, (_, i) => `Sentence number ${i + 1} is here.`).join(' ')
    const parts = toSsmlParts(readArticle(`Headline Here\n\n${paragraph}\n`).tree, {dialect: 'google'})
    expect(parts.length).toBeGreaterThan(1)
    for (const part of parts) expect(Buffer.byteLength(part)).toBeLessThanOrEqual(5000)
  })

  it('cuts a sentence too long for one request between its words — an emphasis inside it too — its mark on the first piece, every word said once; says so only of one word over the limit', () => {
    const sentence = Array.from({length: 1300}, (_, i) => `word${i}`).join(' ') + '.'
    const parts = toSsmlParts(readArticle(`Headline Here\n\n${sentence}\n`, {lang: 'en'}).tree, {dialect: 'polly'})
    expect(parts.length).toBeGreaterThan(2)
    // Polly bills the text between the tags (the words here have no entities).
    for (const part of parts) expect(part.length <= 6000 && part.replace(/<[^>]+>/g, '').trim().length <= 3000, `part of ${part.length}`).toBe(true)
    expect(parts.flatMap((part) => xmlText(fromXml(part)).split(/\s+/).filter(Boolean))).toEqual(['Headline', 'Here', ...sentence.split(' ')])
    expect(parts.join('').match(/<mark name="s2"\/>/g)).toHaveLength(1)
    expect(parts.findIndex((part) => part.includes('<mark name="s2"/>'))).toBe(parts.findIndex((part) => part.includes('word0 ')))
    // Inside an emphasis, the emphasis is cut with it: each piece in one.
    const bold = readArticle(`<html lang="en"><body><article><h1>Headline Here</h1><p>It starts <b>${'loud '.repeat(1300).trim()}</b> and ends.</p></article></body></html>`)
    const boldParts = toSsmlParts(bold.tree, {dialect: 'google'})
    for (const part of boldParts) expect(Buffer.byteLength(part)).toBeLessThanOrEqual(5000)
    expect(boldParts.flatMap((part) => xmlText(fromXml(part)).split(/\s+/).filter(Boolean)).filter((word) => word === 'loud')).toHaveLength(1300)
    expect(boldParts.filter((part) => part.includes('<emphasis')).length).toBeGreaterThan(1)
    const word = 'x'.repeat(3100)
    expect(() => toSsmlParts(readArticle(`Headline Here\n\nThe word ${word} is long.\n`, {lang: 'en'}).tree, {dialect: 'polly'})).toThrow(
      /A sentence \(s2\) holds a word longer than one polly request allows \(6,000 characters, 3,000 of them billed, per request\)/
    )
  })

  it('gives one part for dialects without a limit', () => {
    expect(toSsmlParts(long, {dialect: 'w3c'})).toHaveLength(1)
    expect(toSsmlParts(long, {dialect: 'espeak'})).toHaveLength(1)
  })
})

describe('what the listener hears', () => {
  const speak = (text: string, options: Parameters<typeof toSsml>[1] = {}) =>
    toSsml(readArticle(`Headline Here\n\n${text}\n`).tree, options)
      .replace(/^.*?<\/p><break time="1s"\/>/s, '')
      .trim()

  it('spells abbreviations as letters, says acronyms as words', () => {
    expect(speak('AFP and NATO said so.')).toBe(
      '<p><s><mark name="s2"/><say-as interpret-as="characters">AFP</say-as> and NATO said so.</s></p></speak>'
    )
  })

  it('makes dashes and ellipses pauses and reads quotes naturally, or announces them', () => {
    expect(speak('"Our ties -- are low," he said...')).toBe(
      '<p><s><mark name="s2"/>Our ties <break time="300ms"/>are low, he said <break time="500ms"/></s></p></speak>'
    )
    expect(speak('He said "no" twice.', {announceQuotes: true})).toBe(
      '<p><s><mark name="s2"/>He said quote, no, end quote twice.</s></p></speak>'
    )
  })

  it('marks years and cardinals for Polly, Alexa and Azure', () => {
    expect(speak('In 2015, 4,000 people left.', {dialect: 'polly'})).toBe(
      '<p><s><mark name="s2"/>In <say-as interpret-as="date" format="y">2015</say-as>, <say-as interpret-as="cardinal">4,000</say-as> people left.</s></p></speak>'
    )
  })

  it('espeak: rewrites years and money it reads badly, and never says “dot”', () => {
    expect(speak('In 1999 it cost $4.2 million.', {dialect: 'espeak'})).toBe(
      '<p><s><mark name="s2"/>In <sub alias="19 99">1999</sub> it cost <sub alias="4.2 million dollars">$4.2 million</sub><break time="1ms"/>.</s></p></speak>'
    )
  })

  it('Azure: a voice, and bookmarks', () => {
    const ssml = toSsml(readArticle('Headline Here\n\nText here.\n').tree, {dialect: 'azure', voice: 'en-GB-SoniaNeural'})
    expect(ssml).toBe(
      '<speak version="1.0" xmlns="http://www.w3.org/2001/10/synthesis" xml:lang="en-GB"><voice name="en-GB-SoniaNeural">' +
        '<p><s><bookmark mark="s1"/>Headline Here</s></p><break time="1s"/><p><s><bookmark mark="s2"/>Text here.</s></p></voice></speak>\n'
    )
  })

  it('rejects bad options with a clear error', () => {
    const tree = readArticle('Headline Here\n\nText here.\n').tree
    expect(() => toSsml(tree, {dialect: 'watson' as DialectName})).toThrow(/Unknown dialect “watson”: choose from w3c, polly/)
    expect(() => toSsml(tree, {pauses: {headline: '2 seconds'}})).toThrow(/Invalid pause headline: “2 seconds”/)
    expect(() => toSsml(tree, {dialect: 'polly', pauses: {headline: '11s'}})).toThrow(/at most 10s for polly/)
    expect(() => toSsml(tree, {dialect: 'azure', voice: 'Jenny'})).toThrow(/Invalid voice “Jenny”/)
  })

  it('throws on a node type it has no handler for', () => {
    const odd = {...sample, children: [...sample.children, {type: 'sidebar', children: []}]} as unknown as Article
    expect(() => toSsml(odd)).toThrow('No speech handler for “sidebar”')
  })
})

describe('ssml-builder interop', () => {
  it('hands the article to a Speech that goes on chaining', () => {
    const Speech = require('ssml-builder') as new () => {
      sayWithSSML: (ssml: string) => unknown
      pause: (time: string) => unknown
      say: (text: string) => unknown
      ssml: () => string
    }
    const speech = addToSpeech(new Speech(), readArticle('Headline Here\n\nThe FSB & AFP <said> so.\n').tree)
    ;(speech.pause('1s') as {say: (text: string) => void}).say('That was the news.')
    expect(speech.ssml()).toBe(
      '<speak><p><s>Headline Here</s></p><break time="1s"/><p><s>The <say-as interpret-as="characters">FSB</say-as> &#x26; <say-as interpret-as="characters">AFP</say-as> &#x3C;said> so.</s></p> <break time=\'1s\'/> That was the news.</speak>'
    )
  })
})

describe('espeak-ng speaks the espeak output', () => {
  const available = requireTool('espeak-ng', '/usr/bin/espeak-ng', 'apt-get install espeak-ng')
  const dir = mkdtempSync(path.join(tmpdir(), 'altformat-espeak-'))
  const phonemes = (file: string, markup = true) =>
    execFileSync('espeak-ng', ['-v', 'en-us', ...(markup ? ['-m'] : []), '-q', '-x', '-f', file], {encoding: 'utf8'})
  const probe = (word: string) => {
    const file = path.join(dir, `${word}.txt`)
    writeFileSync(file, word)
    return phonemes(file, false).trim()
  }

  it.skipIf(!available)('reads no markup aloud and never says “dot”, on every page', () => {
    // What espeak would say if it read markup as text: the names in our SSML.
    const markup = ['speak', 'mark', 'name', 'interpret', 'characters', 'sub', 'alias', 'break', 'time', 'emphasis', 'level']
    const sounds = new Map(markup.map((word) => [word, probe(word)]))
    for (const page of pages) {
      const file = path.join(dir, 'page.ssml')
      writeFileSync(file, toSsml(page.tree, {dialect: 'espeak'}))
      const said = phonemes(file).split(/\s+/)
      const own = new Set(articleWords(page.tree))
      expect(said, page.name).not.toContain("d'0t")
      for (const [word, sound] of sounds) {
        // A page may say the word itself ("</speak>" in the hostile page's text).
        if (!own.has(word)) expect(said, `${page.name}: ${word}`).not.toContain(sound)
      }
    }
  })

  it.skipIf(!available)('renders a WAV as long as the words need', () => {
    const file = path.join(dir, 'sample.ssml')
    const wav = path.join(dir, 'sample.wav')
    writeFileSync(file, toSsml(sample, {dialect: 'espeak'}))
    execFileSync('espeak-ng', ['-v', 'en-us', '-m', '-w', wav, '-f', file])
    const header = readFileSync(wav)
    const rate = header.readUInt32LE(24)
    const bytesPerSecond = header.readUInt32LE(28)
    const seconds = (header.length - 44) / bytesPerSecond
    const count = articleWords(sample).length
    expect(rate).toBe(22050)
    // espeak-ng speaks at 175 words a minute by default; pauses slow it down.
    const wpm = (count / seconds) * 60
    expect(wpm).toBeGreaterThan(120)
    expect(wpm).toBeLessThan(200)
  })
})
