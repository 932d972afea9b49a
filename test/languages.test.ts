// Articles in the languages RFE/RL and VOA publish in: what each format makes of
// them. The texts are short news paragraphs written for these tests.
import {execFileSync, spawnSync} from 'node:child_process'
import {mkdtempSync, readdirSync, readFileSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {beforeAll, describe, expect, it} from 'vitest'
import {brailleTableFor, findNativeEngine, inspect, languageTables, readArticle, toBraille, toHtml, toSsml, toString, validateArticle, wasmEngine} from '../src/index.js'
import type {Article, BrailleEngine, Quote} from '../src/index.js'
import {findNativeSpeech} from '../src/audio/espeak-native.js'
import {chooseVoice} from '../src/audio/voices.js'
import {requireTool} from './helpers/tools.js'
import {expectGolden} from './helpers/golden.js'
import {chromiumPath, runAxe, sharedPage} from './helpers/browser.js'
import {htmlValidate} from './helpers/validate-html.js'
import {run} from '../src/cli/run.js'
import {wordsFor} from '../src/model/interface-words.js'
import {brailleBlocks} from '../src/braille/render.js'

interface Case {
  lang: string
  text: string
  sentences: number
  /** Quotations the reader must pair, as printed. */
  quotes?: string[]
  dir: 'ltr' | 'rtl'
  voice: string
}

const cases: Case[] = [
  {
    lang: 'ru',
    text: 'Лавров и Джонсон провели переговоры в Москве\n\nМинистр иностранных дел России Сергей Лавров заявил, что переговоры продолжатся в г. Москве в понедельник. По его словам, «отношения находятся на низком уровне». Британский министр согласился.\n',
    sentences: 4,
    quotes: ['«отношения находятся на низком уровне»'],
    dir: 'ltr',
    voice: 'ru'
  },
  {
    lang: 'uk',
    text: 'Міністри провели переговори у Києві\n\nМіністр закордонних справ України заявив, що переговори триватимуть у понеділок на вул. Хрещатик. Він сказав: «Ми готові до діалогу». Зустріч відбудеться вранці.\n',
    sentences: 4,
    quotes: ['«Ми готові до діалогу»'],
    dir: 'ltr',
    voice: 'uk'
  },
  {
    lang: 'fa',
    text: 'مذاکرات در تهران ادامه دارد\n\nوزیر امور خارجه ایران گفت که مذاکرات با اروپا روز دوشنبه ادامه خواهد یافت. آیا توافق ممکن است؟ او گفت «هنوز زود است».\n',
    sentences: 4,
    quotes: ['«هنوز زود است»'],
    dir: 'rtl',
    voice: 'fa'
  },
  {
    lang: 'sr-Latn',
    text: 'Pregovori u Beogradu se nastavljaju\n\nMinistar spoljnih poslova Srbije izjavio je da će se pregovori nastaviti u ponedeljak. On je rekao: „Spremni smo za dijalog.“ Sastanak je zakazan za jutro.\n',
    sentences: 4,
    quotes: ['„Spremni smo za dijalog.“'],
    dir: 'ltr',
    voice: 'sr'
  },
  {
    lang: 'sr-Cyrl',
    text: 'Преговори у Београду се настављају\n\nМинистар спољних послова Србије изјавио је да ће се преговори наставити у понедељак. Он је рекао: „Спремни смо за дијалог.“ Састанак је заказан за јутро.\n',
    sentences: 4,
    quotes: ['„Спремни смо за дијалог.“'],
    dir: 'ltr',
    voice: 'sr'
  },
  {
    lang: 'kk',
    text: 'Астанада келіссөздер жалғасады\n\nҚазақстан сыртқы істер министрі келіссөздер дүйсенбі күні жалғасатынын мәлімдеді. Ол «біз диалогқа дайынбыз» деді.\n',
    sentences: 3,
    quotes: ['«біз диалогқа дайынбыз»'],
    dir: 'ltr',
    voice: 'kk'
  },
  {
    lang: 'ro',
    text: 'Negocierile continuă la București\n\nMinistrul de externe a declarat că negocierile vor continua luni, după ce l-a întâlnit pe dl. Popescu. El a spus: „Suntem pregătiți pentru dialog.” Întâlnirea va avea loc dimineața.\n',
    sentences: 4,
    quotes: ['„Suntem pregătiți pentru dialog.”'],
    dir: 'ltr',
    voice: 'ro'
  },
  {
    lang: 'el',
    text: 'Συνεχίζονται οι συνομιλίες στην Αθήνα\n\nΟ υπουργός Εξωτερικών της Ελλάδας δήλωσε ότι οι συνομιλίες θα συνεχιστούν τη Δευτέρα. Είπε: «Είμαστε έτοιμοι για διάλογο». Η συνάντηση θα γίνει το πρωί.\n',
    sentences: 4,
    quotes: ['«Είμαστε έτοιμοι για διάλογο»'],
    dir: 'ltr',
    voice: 'el'
  }
]

const read = (item: Case): Article => readArticle(item.text, {from: 'text', lang: item.lang}).tree
const sentenceCount = (tree: Article) => JSON.stringify(tree).match(/"type":"sentence"/g)?.length ?? 0
const quotesOf = (tree: Article, text: string) => {
  const found: string[] = []
  JSON.stringify(tree, (_, value: unknown) => {
    const node = value as {type?: string; position?: {start: {offset: number}; end: {offset: number}}}
    if (node?.type === 'quote' && node.position) found.push(text.slice(node.position.start.offset, node.position.end.offset))
    return value
  })
  return found
}

describe('articles in other languages: sentences, quotes, direction, SSML language', () => {
  for (const item of cases) {
    it(`${item.lang}: ${item.sentences} sentences, its quotations paired, dir ${item.dir}, xml:lang ${item.lang}`, () => {
      const tree = read(item)
      expect(tree.lang).toBe(item.lang)
      expect(sentenceCount(tree)).toBe(item.sentences)
      expect(quotesOf(tree, item.text)).toEqual(item.quotes ?? [])
      const html = toHtml(tree)
      expect(html).toMatch(new RegExp(`^<!DOCTYPE html><html lang="${item.lang}"${item.dir === 'rtl' ? ' dir="rtl"' : ''}>`))
      expect(toSsml(tree)).toContain(`xml:lang="${item.lang}"`)
    })
  }
})

describe('Chinese and Japanese sentences follow each other without a space', () => {
  it('as the page prints them: in the model’s text and between the screen-reader HTML’s sentences; other scripts keep theirs', () => {
    for (const [lang, body] of [
      ['zh', '会谈将继续。会议在星期一举行。双方都表示满意。'],
      ['ja', '新しい法律ができました。来年から始まります。']
    ] as const) {
      const {tree} = readArticle(`<html lang="${lang}"><body><article><h1>会议</h1><p>${body}</p></article></body></html>`)
      const paragraph = tree.children.find((node) => node.type === 'paragraph')
      expect(paragraph && toString(paragraph)).toBe(body)
      expect(sentenceCount(tree)).toBeGreaterThan(2)
      expect(toHtml(tree)).not.toMatch(/。<\/span> <span/u)
    }
    const {tree} = readArticle('<html lang="en"><body><article><h1>Talks</h1><p>Talks go on. The meeting is on Monday.</p></article></body></html>')
    expect(toHtml(tree)).toContain('go on.</span> <span')
  })
})

describe('narration: each language with its own eSpeak NG voice', () => {
  const speech = requireTool('eSpeak NG (libespeak-ng)', '/usr/lib/x86_64-linux-gnu/libespeak-ng.so.1', 'apt-get install libespeak-ng1') ? findNativeSpeech() : undefined
  for (const item of cases) {
    it.skipIf(!speech)(`${item.lang}: the ${item.voice} voice`, async () => {
      expect(await chooseVoice(speech as NonNullable<typeof speech>, item.lang)).toBe(item.voice)
    })
  }
})

/**
 * Words compared as a reader reads them: back-translation gives Persian's ی
 * and ک in their Arabic forms (ي, ك), its digits as the digits they are, and
 * a word's zero-width non-joiner (می‌گوید), which braille does not write, not at all.
 */
const words = (text: string): string[] =>
  text
    .toLowerCase()
    .replace(/ي/g, 'ی')
    .replace(/ك/g, 'ک')
    .replace(/\u200c/g, '')
    .replace(/[۰-۹]/g, (digit) => String(digit.charCodeAt(0) - 0x06f0))
    .match(/[\p{L}\p{N}]+/gu) ?? []

/** Serbian braille is one for both scripts: a Cyrillic article comes back in Latin letters. */
const serbianLatin: Record<string, string> = {а: 'a', б: 'b', в: 'v', г: 'g', д: 'd', ђ: 'đ', е: 'e', ж: 'ž', з: 'z', и: 'i', ј: 'j', к: 'k', л: 'l', љ: 'lj', м: 'm', н: 'n', њ: 'nj', о: 'o', п: 'p', р: 'r', с: 's', т: 't', ћ: 'ć', у: 'u', ф: 'f', х: 'h', ц: 'c', ч: 'č', џ: 'dž', ш: 'š'}

describe('braille in the article’s language, back-translated by Debian’s liblouis with the same table', () => {
  const lou = requireTool('lou_translate', '/usr/bin/lou_translate', 'apt-get install liblouis-bin')
  const native = findNativeEngine()
  // Ukrainian and Kazakh set a virtual dot 9 on their own letters (і, є, ї, ґ; қ, ә…), which paper does
  // not have: back from paper, і reads as y. Their braille is checked against liblouis' own instead.
  const virtualDots = new Set(['uk', 'kk'])

  for (const item of cases.filter((candidate) => !virtualDots.has(candidate.lang))) {
    it.skipIf(!lou || !native)(`${item.lang}: 98% of the words come back`, () => {
      const tree = read(item)
      if (item.lang === 'ro') {
        // liblouis has no six-dot table for Romanian: UEB, and the result says so.
        const braille = toBraille(tree, {engine: native})
        expect(braille).toMatchObject({table: 'en-ueb-g2.ctb', languageFallback: 'ro'})
        expect(() => brailleTableFor('ro', native as BrailleEngine)).toThrow(/No braille table for the article's language \(ro\)/)
        return
      }
      const braille = toBraille(tree, {engine: native})
      expect(braille.table).toBe(languageTables[item.lang.split('-')[0] as string]?.[0])
      const cells = braille.pages.flatMap((page) => page.slice(0, -1)).map((line) => line.replace(/^⠀+/, '')).filter(Boolean).join('\n')
      const back = words(execFileSync('lou_translate', ['--backward', `unicode.dis,${braille.table}`], {input: cells, encoding: 'utf8'}))
      const source = item.lang === 'sr-Cyrl' ? [...item.text.toLowerCase()].map((char) => serbianLatin[char] ?? char).join('') : item.text
      const expected = words(source)
      const found = expected.filter((word) => back.includes(word)).length
      expect(found / expected.length, `${found} of ${expected.length}: ${back.join(' ')}`).toBeGreaterThanOrEqual(0.98)
    })
  }

  for (const lang of virtualDots) {
    it.skipIf(!lou || !native)(`${lang}: cell for cell what liblouis gives, its dot-9 letters brailled (dot 9 left off, as on paper), not lost`, () => {
      const item = cases.find((candidate) => candidate.lang === lang) as Case
      const paragraph = item.text.split('\n\n')[1]?.trim() as string
      const tree = read(item)
      const table = brailleTableFor(lang, native as BrailleEngine)
      const block = brailleBlocks(tree, native as BrailleEngine, table).blocks.find((candidate) => candidate.print?.startsWith(paragraph.slice(0, 12)))
      // liblouis' own output through a display table that shows dots 1-6: a letter with dot 9 cannot be shown and passes as print.
      const theirs = [...execFileSync('lou_translate', [`unicode.dis,${table}`], {input: paragraph, encoding: 'utf8'}).trim()]
      const ours = [...(block?.cells ?? '')]
      expect(ours).toHaveLength(theirs.length)
      const dotNine = theirs.filter((char) => !/[\u2800-\u28ff]/u.test(char))
      // The language's own letters are there to be brailled (і, є, ї; қ, ә, ө, ү, ғ, і…).
      expect(dotNine.length).toBeGreaterThan(2)
      theirs.forEach((char, index) => {
        const cell = ours[index] as string
        if (/[\u2800-\u28ff]/u.test(char)) expect(cell, `cell ${index}`).toBe(char)
        else expect(cell, `${char} at ${index}`).toMatch(/^[\u2801-\u283f]$/u)
      })
    })
  }

  it('the wasm engine (liblouis 3.2.0) says which languages it has no table for, and how to get one', () => {
    const wasm: BrailleEngine = wasmEngine()
    expect(brailleTableFor('fa', wasm)).toBe('fa-ir-g1.utb')
    expect(brailleTableFor('de', wasm)).toBe('de-de-g1.ctb')
    expect(() => brailleTableFor('ru', wasm)).toThrow(/No braille table for the article's language \(ru\) in liblouis 3\.2\.0 \(liblouis 3\.20 or later has ru-litbrl\.ctb: use --engine native\)/)
    expect(() => brailleTableFor('ps', wasm)).toThrow(/No braille table for the article's language \(ps\)/)
    // Brailled with that engine, a Russian article falls back to UEB, which has no braille for its letters: refused.
    const russian = read(cases[0] as Case)
    expect(() => toBraille(russian, {engine: wasm})).toThrow(/has no braille for 100% of the article's letters/)
  })
})

describe('when the language is a guess, or has no table', () => {
  it('a short page franc guesses wrong still gets its braille: UEB, saying which language had no table', () => {
    // franc calls this Turkish (its Latin letters are "Headline Here Then Moscow"); it had no braille at all.
    const tree = readArticle('Headline Here\n\nThen 𐀀 Moscow  𐀀𐀀𐀀 𐀀𐀀 𐀀𐀀𐀀   𐀀𐀀 𐀋.\n').tree
    expect(toBraille(tree)).toMatchObject({table: 'en-ueb-g2.ctb', languageFallback: tree.lang})
    // A page mostly in symbols of another script is not taken for a language of the Latin script.
    expect(readArticle('Headline\n\nThen 𐀀 𐀀𐀀𐀀 𐀀𐀀 𐀀𐀀𐀀 𐀀𐀀 𐀋 𐀀𐀀𐀀 𐀀𐀀 𐀀𐀀𐀀 𐀀𐀀 𐀋 𐀀𐀀 𐀀𐀀𐀀 𐀀 𐀀𐀀 said.\n').tree.lang).toBe('en')
    expect(readArticle('Заголовок\n\nМинистр иностранных дел России заявил, что переговоры продолжатся в понедельник в Москве.\n').tree.lang).toBe('ru')
  })

  it.skipIf(!findNativeEngine())('a letter the table lacks is found in dots, whatever its display makes of liblouis’ escape: ș in UEB is named, written s', () => {
    const tree = readArticle('Negocierile continuă\n\nȘeful guvernului a declarat că negocierile continuă.\n', {from: 'text', lang: 'ro'}).tree
    const braille = toBraille(tree, {engine: findNativeEngine()})
    expect(braille.languageFallback).toBe('ro')
    expect(braille.substitutes).toMatchObject({Ș: 'S'})
  })

  it('the command line warns when a page is brailled in UEB for want of its language’s table', async () => {
    const {run} = await import('../src/cli/run.js')
    const err: string[] = []
    const io = {stdout: () => undefined, stderr: (text: string) => void err.push(text), readStdin: async () => Buffer.from('Negocierile continuă\n\nMinistrul a declarat că negocierile vor continua luni.\n')}
    expect(await run(['-', '--from', 'text', '--lang', 'ro', '--to', 'braille'], io, '0.0.0')).toBe(0)
    expect(err.join('')).toContain("stdin: warning: liblouis has no braille table for the page's language (ro): brailled with en-ueb-g2.ctb; give one with --table [braille-language]")
  })
})

describe('SSML for the cloud engines: the language’s voice, or an error that says who has one', () => {
  const ssmlOf = (item: Case, dialect: 'azure' | 'polly' | 'polly-neural', voice?: string) => toSsml(read(item), {dialect, voice})
  const byLang = (lang: string) => cases.find((item) => item.lang === lang) as Case

  it('azure: each article in its language’s voice, xml:lang its locale; a voice given wins', () => {
    expect(ssmlOf(byLang('ru'), 'azure')).toMatch(/^<speak version="1\.0" xmlns="http:\/\/www\.w3\.org\/2001\/10\/synthesis" xml:lang="ru-RU"><voice name="ru-RU-SvetlanaNeural">/)
    expect(ssmlOf(byLang('uk'), 'azure')).toContain('<voice name="uk-UA-PolinaNeural">')
    expect(ssmlOf(byLang('fa'), 'azure')).toContain('<voice name="fa-IR-DilaraNeural">')
    expect(ssmlOf(byLang('sr-Cyrl'), 'azure')).toContain('<voice name="sr-RS-SophieNeural">')
    expect(ssmlOf(byLang('kk'), 'azure')).toContain('<voice name="kk-KZ-AigulNeural">')
    expect(ssmlOf(byLang('ro'), 'azure', 'ro-RO-EmilNeural')).toContain('<voice name="ro-RO-EmilNeural">')
    // Beyond RFE/RL's languages: Portuguese is Brazil's unless the page says Portugal's; Finnish, Norwegian, Arabic have voices.
    const azure = (lang: string) => toSsml(readArticle('Headline Here\n\nThe body of the article is here.\n', {lang}).tree, {dialect: 'azure'})
    expect(azure('pt')).toContain('<voice name="pt-BR-FranciscaNeural">')
    expect(azure('pt-PT')).toContain('<voice name="pt-PT-RaquelNeural">')
    expect(azure('fi')).toContain('<voice name="fi-FI-NooraNeural">')
    expect(azure('nb')).toContain('<voice name="nb-NO-PernilleNeural">')
    expect(azure('ar')).toContain('xml:lang="ar-SA"')
  })

  it('polly: Russian and Romanian pass; Ukrainian, Persian, Serbian and Kazakh are no-voice errors naming Azure’s voice', () => {
    expect(ssmlOf(byLang('ru'), 'polly')).toMatch(/^<speak>/)
    expect(ssmlOf(byLang('ro'), 'polly-neural')).toMatch(/^<speak>/)
    for (const lang of ['uk', 'fa', 'sr-Latn', 'kk']) {
      expect(() => ssmlOf(byLang(lang), 'polly'), lang).toThrow(new RegExp(`^Amazon Polly has no voice for the article's language \\(${lang}\\): .*Azure \\(--dialect azure: \\w\\w-\\w\\w-\\w+Neural\\)`))
    }
  })

  it('an article in a language with no Azure voice (Belarusian) is a no-voice error for azure, with the engines that have one; Armenian has its voice', () => {
    const belarusian = readArticle('Перамовы працягваюцца\n\nМіністр замежных спраў заявіў, што перамовы працягнуцца ў панядзелак.\n', {from: 'text', lang: 'be'}).tree
    expect(() => toSsml(belarusian, {dialect: 'azure'})).toThrow(/^Azure has no voice for the article's language \(be\): .*eSpeak NG/)
    expect(toSsml(belarusian, {dialect: 'azure', voice: 'ru-RU-SvetlanaNeural'})).toContain('<voice name="ru-RU-SvetlanaNeural">')
    const armenian = readArticle('Բանակցությունները շարունակվում են\n\nԱրտաքին գործերի նախարարը հայտարարեց, որ բանակցությունները կշարունակվեն երկուշաբթի։\n', {from: 'text', lang: 'hy'}).tree
    expect(toSsml(armenian, {dialect: 'azure'})).toContain('<voice name="hy-AM-AnahitNeural">')
  })
})

describe('eSpeak NG speaks each language’s SSML without reading its markup', () => {
  const espeak = requireTool('espeak-ng', '/usr/bin/espeak-ng', 'apt-get install espeak-ng')
  /** What eSpeak NG would say, as phoneme words: of SSML (-m) or of plain text. */
  const said = (input: string, voice: string, ssml: boolean) =>
    execFileSync('espeak-ng', ['-v', voice, '-q', '-x', ...(ssml ? ['-m'] : []), '--stdin'], {input, encoding: 'utf8'}).split(/\s+/).filter(Boolean)

  for (const item of cases) {
    it.skipIf(!espeak)(`${item.lang}: the SSML says what the plain text says, no markup words added, nothing dropped`, () => {
      const tree = read(item)
      const fromSsml = said(toSsml(tree, {dialect: 'espeak'}), item.voice, true)
      const fromText = said(item.text.replace(/\n+/g, '\n'), item.voice, false)
      // Markup read aloud ("speak", "mark name s1", "break time") would add words; a lost sentence would drop many.
      expect(fromSsml.length, fromSsml.join(' ')).toBeLessThanOrEqual(fromText.length + 2)
      expect(fromSsml.length).toBeGreaterThanOrEqual(Math.floor(0.9 * fromText.length))
    })
  }
})

/**
 * Pages in the shape of RFE/RL's language services (Pangea), written for these
 * tests: each article with the service's page furniture in its language (skip
 * links, menu, breaking news, share row, a related-article box mid-body,
 * comment form, "see also" and "most read" lists, footer), as HTML and as the
 * text a scraper takes from the same page. `expected.json` holds what the
 * article is and what is furniture; `expected.<kind>.outline` the tree and the
 * reader's messages, read by eye (`UPDATE=1` rewrites them).
 */
interface ServicePage {
  lang: string
  headline: string
  byline: string
  deck: string
  caption: string
  paragraphs: string[]
  subheads: string[]
  credit: string
  chrome: string[]
  sentences: number
  quotes: string[]
  dates: Array<[string, string]>
  numbers: Array<[string, string]>
  dir: 'ltr' | 'rtl'
  azureVoice: string
  brailleTable: string
}

const servicesRoot = fileURLToPath(new URL('fixtures/languages/', import.meta.url))
const services = readdirSync(servicesRoot)
  .sort()
  .map((name) => ({name, dir: path.join(servicesRoot, name), expected: JSON.parse(readFileSync(path.join(servicesRoot, name, 'expected.json'), 'utf8')) as ServicePage}))
const kinds = ['html', 'txt'] as const
const readService = (dir: string, kind: (typeof kinds)[number]) => {
  const input = path.join(dir, `input.${kind}`)
  return readArticle(readFileSync(input), {path: input})
}

/** Every node of a type in the article's own blocks (not its chrome). */
function articleNodes<T extends {type: string}>(tree: Article, type: string): T[] {
  const found: T[] = []
  const walk = (node: {type: string; children?: unknown}) => {
    if (node.type === 'chrome') return
    if (node.type === type) found.push(node as unknown as T)
    if (Array.isArray(node.children)) for (const child of node.children as Array<{type: string}>) walk(child)
  }
  walk(tree)
  return found
}

const sameScript = (a: string, b: string) => new Intl.Locale(a).maximize().script === new Intl.Locale(b).maximize().script

describe('service pages in their languages, as HTML and as scraped text: the whole article, and nothing else', () => {
  for (const {name, dir, expected} of services) {
    for (const kind of kinds) {
      it(`${name} (${kind})`, () => {
        const {tree, file} = readService(dir, kind)
        validateArticle(JSON.parse(JSON.stringify(tree)))
        const messages = file.messages.map((m) => `${m.line}:${m.column} ${m.ruleId}: ${m.reason}`)
        expectGolden(inspect(tree) + (messages.length > 0 ? '--- messages\n' + messages.join('\n') + '\n' : ''), path.join(dir, `expected.${kind}.outline`))

        // The language: declared by the HTML, detected in the text, with its script.
        expect(tree.lang.split('-')[0]).toBe(expected.lang.split('-')[0])
        expect(sameScript(tree.lang, expected.lang), tree.lang).toBe(true)

        const blocks = tree.children.filter((node) => node.type !== 'chrome')
        const texts = blocks.map((node) => toString(node).replace(/\s+/g, ' ').trim())
        const headline = blocks.find((node) => node.type === 'heading' && node.depth === 1)
        expect(headline && toString(headline)).toBe(expected.headline)
        expect(tree.meta.byline).toBe(expected.byline)
        const figure = blocks.find((node) => node.type === 'figure')
        expect(figure && toString(figure)).toBe(expected.caption)
        expect(blocks.filter((node) => node.type === 'heading' && node.depth === 2).map((node) => toString(node))).toEqual(expected.subheads)
        expect(blocks.filter((node) => node.type === 'credit').map((node) => toString(node))).toEqual([expected.credit])
        // The deck and every paragraph, whole, in order.
        const paragraphs = blocks.filter((node) => node.type === 'paragraph').map((node) => toString(node))
        expect(paragraphs).toEqual([expected.deck, ...expected.paragraphs])
        // No furniture: no block is one of its labels, and no title of another article is anywhere.
        const joined = texts.join('\n')
        for (const label of expected.chrome) {
          expect(texts, label).not.toContain(label)
          if (label.split(/\s+/).length >= 4) expect(joined, label).not.toContain(label)
        }

        expect(articleNodes(tree, 'sentence')).toHaveLength(expected.sentences)
        expect(articleNodes<Quote>(tree, 'quote').map((node) => toString(node))).toEqual(expected.quotes)
        expect(articleNodes<{type: 'date'; value: string; iso?: string}>(tree, 'date').map((node) => [node.value, node.iso])).toEqual(expected.dates)
        expect(
          articleNodes<{type: 'number'; value: string; amount?: string}>(tree, 'number')
            .filter((node) => node.amount !== undefined)
            .map((node) => [node.value, node.amount])
        ).toEqual(expected.numbers)
      })
    }
  }
})

describe('service pages rendered in every format by the command line, each in its language', () => {
  const native = findNativeEngine()
  const lou = requireTool('lou_translate', '/usr/bin/lou_translate', 'apt-get install liblouis-bin')
  const speech = requireTool('eSpeak NG (libespeak-ng)', '/usr/lib/x86_64-linux-gnu/libespeak-ng.so.1', 'apt-get install libespeak-ng1')
  const epubcheck = requireTool('epubcheck', '/usr/bin/epubcheck', 'apt-get install epubcheck')
  const pefSchema = requireTool('brailleutils (PEF schema)', '/usr/share/java/brailleUtils-core.jar', 'apt-get install brailleutils')
  const chromium = requireTool('Chromium', chromiumPath, 'apt-get install chromium')
  const browser = sharedPage(chromium)
  const out = mkdtempSync(path.join(tmpdir(), 'altformat-languages-'))
  const schema = path.join(out, 'pef-2008-1-light.rng')
  beforeAll(() => {
    if (pefSchema) writeFileSync(schema, execFileSync('unzip', ['-p', '/usr/share/java/brailleUtils-core.jar', 'org/daisy/braille/pef/resource-files/pef-2008-1-light.rng']))
  })
  const formats = 'json,html,ssml,script,brf,pef,braille,readalong,epub'

  for (const {name, dir, expected} of services) {
    it.skipIf(!native || !speech || !lou)(`${name}: ${formats}`, async () => {
      const target = path.join(out, name)
      const err: string[] = []
      const io = {isTTY: false, stdout: () => undefined, stderr: (text: string) => void err.push(text), readStdin: async () => Buffer.from('')}
      const input = path.join(dir, 'input.html')
      expect(await run([input, '--to', formats, '--engine', 'native', '--speech-engine', 'native', '--dialect', 'azure', '-o', target], io, '0.0.0'), err.join('')).toBe(0)
      const file = (ext: string) => path.join(target, `input.${ext}`)
      const tree = validateArticle(JSON.parse(readFileSync(file('json'), 'utf8')))
      const words = wordsFor(tree.lang)

      // HTML: language, direction, the added words in the language; html-validate clean.
      const html = readFileSync(file('html'), 'utf8')
      expect(html).toMatch(new RegExp(`^<!DOCTYPE html><html lang="${expected.lang}"${expected.dir === 'rtl' ? ' dir="rtl"' : ''}>`))
      expect(html).toContain(`>${words.skipToContent}</a>`)
      expect(html).toContain(`${words.published} <time datetime="${tree.meta.published}">`)
      expect(await htmlValidate(html, `${name}.html`)).toEqual([])

      // SSML for Azure: the language's locale and voice, the caption announced in the language.
      const ssml = readFileSync(file('ssml'), 'utf8')
      expect(ssml).toContain(`<voice name="${expected.azureVoice}">`)
      expect(ssml).toContain(`xml:lang="${expected.azureVoice.split('-').slice(0, 2).join('-')}"`)
      expect(ssml).toContain(`<s>${words.photoCaption}</s>`)
      expect(words.photoCaption === wordsFor('en').photoCaption && !expected.lang.startsWith('en')).toBe(false)

      // Braille: the language's table (UEB with a warning for Romanian), BRF and a valid PEF.
      // The command line's BRF is the library's, in the language's table.
      const library = toBraille(tree, {engine: native})
      expect(library.table).toBe(expected.brailleTable)
      expect(readFileSync(file('brf'), 'latin1')).toBe(library.brf())
      if (expected.brailleTable === 'en-ueb-g2.ctb') expect(err.join('')).toContain('[braille-language]')
      expect(readFileSync(file('brf'), 'latin1')).toMatch(/^[\x20-\x5F\r\n\f]+$/)
      if (pefSchema) expect(execFileSync('xmllint', ['--noout', '--relaxng', schema, file('pef')], {encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe']})).toBe('')

      // Narration: the read-along page has a mark for every sentence, its player's labels in the language.
      const readalong = readFileSync(file('readalong.html'), 'utf8')
      expect(readalong).toContain(`data-speed="${words.speed}"`)
      const marks = JSON.parse(/<script type="application\/json" id="altformat-marks">(.*?)<\/script>/s.exec(readalong)?.[1] ?? '[]') as unknown[]
      expect(marks).toHaveLength(expected.sentences)
      expect(await htmlValidate(readalong, `${name}.readalong.html`)).toEqual([])

      if (epubcheck) {
        const result = spawnSync('java', ['-jar', '/usr/bin/epubcheck', file('epub')], {encoding: 'utf8'})
        expect(result.stdout + result.stderr, name).toContain('Messages: 0 fatals / 0 errors / 0 warnings')
      }
      if (chromium) {
        const result = await runAxe(browser(), html)
        expect(result.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([])
      }
    }, 60_000)
  }

  // Ukrainian and Kazakh braille's dot-9 letters cannot come back from paper (tested cell for cell above).
  for (const {name, dir, expected} of services.filter((service) => !['uk', 'kk', 'ro'].includes(service.expected.lang))) {
    it.skipIf(!native || !lou)(`${name}: the braille, back-translated by Debian's liblouis with ${expected.brailleTable}, gives back 98% of the article's words`, () => {
      const {tree} = readService(dir, 'html')
      const braille = toBraille(tree, {engine: native})
      const cells = braille.pages.flatMap((page) => page.slice(0, -1)).map((line) => line.replace(/^⠀+/, '')).filter(Boolean).join('\n')
      const back = words(execFileSync('lou_translate', ['--backward', `unicode.dis,${braille.table}`], {input: cells, encoding: 'utf8'}))
      const article = tree.children.filter((node) => node.type !== 'chrome').map((node) => toString(node)).join('\n')
      const source = expected.lang === 'sr-Cyrl' ? [...article.toLowerCase()].map((char) => serbianLatin[char] ?? char).join('') : article
      // Numbers are brailled as digits (the number sign, letters a–j), which liblouis' Persian table
      // does not read back (۱۲ comes back as اب): for it, numbers are checked in the cells.
      const numbersBack = expected.lang !== 'fa'
      const expectedWords = words(source).filter((word) => numbersBack || !/^\d+$/.test(word))
      if (!numbersBack) {
        const letters = '⠚⠁⠃⠉⠙⠑⠋⠛⠓⠊'
        const flat = cells.replace(/\n/g, '')
        for (const run of words(source).filter((word) => /^\d+$/.test(word))) expect(flat, run).toContain([...run].map((digit) => letters[Number(digit)]).join(''))
      }
      const found = expectedWords.filter((word) => back.includes(word)).length
      expect(found / expectedWords.length, `${found} of ${expectedWords.length}: missing ${expectedWords.filter((word) => !back.includes(word)).join(' ')}`).toBeGreaterThanOrEqual(0.98)
    })
  }

  for (const {name, dir, expected} of services) {
    it.skipIf(!requireTool('espeak-ng', '/usr/bin/espeak-ng', 'apt-get install espeak-ng'))(`${name}: eSpeak NG says the SSML as it says the article's text, no markup read`, () => {
      const {tree} = readService(dir, 'html')
      const voice = expected.lang.split('-')[0] as string
      const said = (input: string, ssml: boolean) =>
        execFileSync('espeak-ng', ['-v', voice, '-q', '-x', ...(ssml ? ['-m'] : []), '--stdin'], {input, encoding: 'utf8'}).split(/\s+/).filter(Boolean)
      const article = tree.children.filter((node) => node.type !== 'chrome').map((node) => toString(node)).join('\n')
      const fromSsml = said(toSsml(tree, {dialect: 'espeak'}), true)
      const fromText = said(article, false)
      // The SSML adds the caption's label and may say a number's value as one ("12 500"); markup read aloud would add many words.
      expect(fromSsml.length, fromSsml.join(' ')).toBeLessThanOrEqual(fromText.length + wordsFor(tree.lang).photoCaption.split(' ').length + 4)
      expect(fromSsml.length).toBeGreaterThanOrEqual(Math.floor(0.9 * fromText.length))
    })
  }
})

describe('SSML for Google and Alexa: a language their voices do not speak is refused by name', () => {
  const byLang = (lang: string) => cases.find((item) => item.lang === lang) as Case
  it('google: Russian, Ukrainian, Romanian and Serbian pass; Persian and Kazakh are no-voice errors naming the engines that have a voice', () => {
    for (const lang of ['ru', 'uk', 'ro', 'sr-Latn', 'sr-Cyrl']) expect(toSsml(read(byLang(lang)), {dialect: 'google'}), lang).toMatch(/^<speak>/)
    expect(() => toSsml(read(byLang('fa')), {dialect: 'google'})).toThrow(/^Google Cloud Text-to-Speech has no voice for the article's language \(fa\): .*Azure \(--dialect azure: fa-IR-DilaraNeural\)/)
    expect(() => toSsml(read(byLang('kk')), {dialect: 'google'})).toThrow(/^Google Cloud Text-to-Speech has no voice for the article's language \(kk\)/)
  })

  it('alexa: none of these languages; each refused with the engines that speak it', () => {
    for (const item of cases) {
      expect(() => toSsml(read(item), {dialect: 'alexa'}), item.lang).toThrow(new RegExp(`^Alexa has no voice for the article's language \\(${item.lang}\\)`))
    }
    expect(() => toSsml(read(byLang('ru')), {dialect: 'alexa'})).toThrow(/Azure \(--dialect azure: ru-RU-SvetlanaNeural\); Amazon Polly \(--dialect polly\); Google \(--dialect google\); eSpeak NG/)
    // English, German and the other languages Alexa speaks pass.
    expect(toSsml(readArticle('Die Bäckerei öffnet\n\nAm Montag hat am Marktplatz eine neue Bäckerei eröffnet.\n', {from: 'text', lang: 'de'}).tree, {dialect: 'alexa'})).toMatch(/^<speak>/)
  })
})

describe('a language the reader has no data for is read by its script, and the reader says what it lacks', () => {
  it('Armenian: no furniture labels, byline words or abbreviations; sentences still end at its own full stop (։)', () => {
    const {tree, file} = readArticle('Բանակցությունները շարունակվում են\n\nԱրտաքին գործերի նախարարը հայտարարեց, որ բանակցությունները կշարունակվեն երկուշաբթի։ Հանդիպումը տեղի կունենա Երևանում։\n', {from: 'text', lang: 'hy'})
    expect(file.messages.map((message) => `${message.ruleId}: ${message.reason}`)).toContain(
      "language-rules: The reader has no furniture labels, byline words, abbreviations for “hy”; for those it goes by the script's sentence and quotation marks and by the shape of the page's blocks"
    )
    expect(articleNodes(tree, 'sentence')).toHaveLength(3)
  })

  it('English, German, Russian: nothing missing, nothing said', () => {
    for (const [lang, text] of [['en', 'Talks go on\n\nThe minister said talks would go on.\n'], ['de', 'Gespräche gehen weiter\n\nDer Minister sagte, die Gespräche gingen weiter.\n'], ['ru', 'Переговоры продолжатся\n\nМинистр заявил, что переговоры продолжатся.\n']]) {
      expect(readArticle(text as string, {from: 'text', lang}).file.messages.filter((message) => message.ruleId === 'language-rules'), lang).toEqual([])
    }
  })
})

describe('a page that declares a language written in several scripts is tagged with its text’s', () => {
  it('lang="sr" on a Latin page is sr-Latn (its Latin month names found); on a Cyrillic one, Serbian’s usual script, it stays sr, as does a script named', () => {
    const page = (name: string) => readFileSync(path.join(servicesRoot, name, 'input.html'), 'utf8')
    const latin = readArticle(page('sr-Latn').replace('lang="sr-Latn"', 'lang="sr"'), {from: 'html'}).tree
    expect(latin.lang).toBe('sr-Latn')
    expect(articleNodes<{type: 'date'; value: string}>(latin, 'date').map((node) => node.value)).toEqual(['22. decembra 2017', '15. januar 2018'])
    expect(readArticle(page('sr-Cyrl').replace('lang="sr-Cyrl"', 'lang="sr"'), {from: 'html'}).tree.lang).toBe('sr')
    expect(readArticle(page('sr-Latn'), {from: 'html'}).tree.lang).toBe('sr-Latn')
    expect(readArticle(page('ru'), {from: 'html'}).tree.lang).toBe('ru')
  })
})

describe('numbers and years are spoken as the article’s language reads them', () => {
  const page = (name: string) => readService(path.join(servicesRoot, name), 'html').tree

  it('a group of thousands in another language’s print is given to the engine as its value; a Latin decimal keeps its comma', () => {
    const russian = toSsml(page('ru'), {dialect: 'espeak'})
    expect(russian).toContain('<sub alias="12500">12 500</sub>')
    expect(russian).toContain('на 3,5 процента')
    expect(toSsml(page('ru'), {dialect: 'google'})).toContain('<say-as interpret-as="cardinal">12500</say-as>')
    const persian = toSsml(page('fa'), {dialect: 'espeak'})
    expect(persian).toContain('<sub alias="12500">۱۲٬۵۰۰</sub>')
    expect(persian).toContain('<sub alias="9.6">۹٫۶</sub>')
  })

  it('years are not split the English way ("20 18") in another language; in English they still are', () => {
    expect(toSsml(page('ru'), {dialect: 'espeak'})).not.toContain('alias="20 18"')
    const english = readArticle('Talks go on\n\nThe cup was held in 1998 in France.\n', {from: 'text', lang: 'en'}).tree
    expect(toSsml(english, {dialect: 'espeak'})).toContain('<sub alias="19 98">1998</sub>')
  })
})

describe('the braille title page in the article’s language', () => {
  const native = findNativeEngine()
  const lou = requireTool('lou_translate', '/usr/bin/lou_translate', 'apt-get install liblouis-bin')
  it.skipIf(!native || !lou)('Russian: "Перевод в шрифт Брайля" and "Страницы Брайля", back-translated by Debian’s liblouis', () => {
    const tree = readService(path.join(servicesRoot, 'ru'), 'html').tree
    const braille = toBraille(tree, {engine: native, titlePage: {transcriber: 'Иван Петров'}})
    const first = (braille.pages[0] as string[]).slice(0, -1).map((line) => line.replace(/^⠀+/, '')).filter(Boolean).join('\n')
    const back = execFileSync('lou_translate', ['--backward', `unicode.dis,${braille.table}`], {input: first, encoding: 'utf8'})
    expect(back).toContain('перевод в шрифт брайля: иван')
    expect(back).toMatch(/страницы брайля 1-\d/)
    expect(back).not.toMatch(/braille|transcribed/i)
  })
})
