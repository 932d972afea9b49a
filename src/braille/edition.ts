import {fill, wordsFor} from '../model/interface-words.js'
import type {InterfaceWords} from '../model/interface-words.js'
import {checkArticle, checkOptionTypes} from '../model/arguments.js'
import {calendarDate, writtenDate} from '../model/calendar.js'
import {AltformatError} from '../model/error.js'
import type {Article} from '../model/types.js'
import {brailleNumber} from './cells.js'
import type {BrailleEngine} from './engine.js'
import type {LayoutBlock, LayoutSettings, Page} from './layout.js'
import {layout} from './layout.js'
import {brailled, centredLines, hostOf, notesPage, transcribersPage} from './title-page.js'
import type {BrailleOptions, BrfChoice, TranslatedArticle} from './to-braille.js'
import {brfSettings, checkBrailleOptions, selectEngine, translateArticle} from './to-braille.js'
import {writeBrf, writePef, writePreview} from './writers.js'

export interface EditionOptions extends Pick<BrailleOptions, 'table' | 'cells' | 'lines' | 'engine' | 'handlers' | 'interpoint'> {
  /** The edition's title, on every volume's title page (default "Articles"). */
  title?: string | undefined
  /** Who transcribed it, for the title page's "Transcribed by" line. */
  transcriber?: string | undefined
  /**
   * Braille pages of text a volume may hold before the next article starts a
   * new volume (default 70). Volumes split only between articles, so an article
   * longer than this has a volume of its own.
   */
  volumePages?: number | undefined
}

/** One braille volume of an edition. */
export interface BrailleVolume {
  /** Its pages: the transcriber's pages (title, notes, contents), then the articles. */
  pages: Page[]
  /** Pages of each section, in order: the transcriber's pages, then each article (an interpoint blank page with the article before it). */
  sections: number[]
  /** The text's braille page numbers it holds, first and last (they run on from volume to volume). */
  firstPage: number
  lastPage: number
}

/** Where an article of the edition is. */
export interface ContentsEntry {
  /** Its headline, as print. */
  title: string
  /** The braille page number its headline is on, and its volume (from 1). */
  page: number
  volume: number
}

/** Several articles in braille: volumes of pages, and each way of writing them. */
export interface BrailleEdition {
  volumes: BrailleVolume[]
  /** The edition's articles, in order: where each starts. */
  contents: ContentsEntry[]
  table: string
  /** Characters the table has no braille for, over all articles, and what each became ('' when left out). */
  replaced: string[]
  substitutes: Record<string, string>
  /** The transcriber's notes the braille adds, as print. */
  notes: string[]
  /** A BRF for each volume, in order. */
  brf(profile?: BrfChoice): string[]
  /** One PEF of all volumes. */
  pef(): string
  /** A Unicode braille preview for each volume. */
  preview(): string[]
}

/** BANA's termination line: twelve cells of dots 2-5, centred, at the end of each article. */
const termination = '\u2812'.repeat(12)

const defaultVolumePages = 70

/**
 * Several articles as one braille edition, as a transcriber makes a digest of
 * news: each volume opens with transcriber's pages — a title page (the
 * edition's title, the volume, the sources and dates of its articles, who
 * transcribed it, its braille page range), a transcriber's notes page when
 * there is anything to say, and a contents page whose entries lead with guide
 * dots to each article's braille page number. Each article starts on a new
 * page (on interpoint paper, a right-hand one), carries its headline as a
 * running head on its later pages, and ends with a termination line. Braille
 * page numbers run on through the volumes; volumes split only between articles.
 *
 * Articles may be trees or already translated (`translateArticle`, as the
 * command line's worker threads do).
 *
 * @throws {AltformatError} `invalid-option`, `invalid-tree`, or `untranslatable` for an article.
 */
export function toBrailleEdition(articles: ReadonlyArray<Article | TranslatedArticle>, options: EditionOptions = {}): BrailleEdition {
  checkOptionTypes('toBrailleEdition', options, {title: 'string', transcriber: 'string', volumePages: 'number', table: 'string', handlers: 'object', interpoint: 'boolean'})
  if (!Array.isArray(articles) || articles.length === 0) {
    throw new AltformatError('invalid-option', 'toBrailleEdition: give an array of one article or more')
  }
  const {cells, lines} = checkBrailleOptions(options)
  const volumePages = options.volumePages ?? defaultVolumePages
  if (!Number.isInteger(volumePages) || volumePages < 1) {
    throw new AltformatError('invalid-option', `toBrailleEdition: volumePages must be a whole number of pages from 1, not ${String(options.volumePages)}`)
  }
  const engine = selectEngine(options.engine)
  const translated = articles.map((article) => (isTranslated(article) ? article : translateTree(article, options)))
  const table = translated[0]?.table as string
  const other = translated.find((article) => article.table !== table)
  if (other) {
    throw new AltformatError('invalid-option', `toBrailleEdition: the articles were translated with different tables (${table}, ${other.table}): translate them all with one`)
  }
  const interpoint = options.interpoint === true
  const words = wordsFor(translated[0]?.lang)
  const title = options.title?.trim() || words.articles
  const settings: LayoutSettings = {cells, lines}
  const say = (print: string) => brailled(engine, table, print)
  const text = (article: TranslatedArticle, ending: LayoutBlock[], firstNumber: number) =>
    layout([...article.blocks, {cells: termination, first: 0, runover: 0, centered: true, margin: 0}, ...ending], {
      ...settings,
      firstNumber,
      runningHead: article.titleCells || undefined
    })

  // Volumes: articles in order, a new volume when the next would pass the limit.
  const groups: number[][] = []
  let count = 0
  translated.forEach((article, index) => {
    const own = text(article, [], 1).length
    const needed = own + (interpoint && own % 2 === 1 ? 1 : 0)
    const current = groups.at(-1)
    if (!current || count + needed > volumePages) {
      groups.push([index])
      count = needed
    } else {
      current.push(index)
      count += needed
    }
  })

  const contents: ContentsEntry[] = []
  const volumes: BrailleVolume[] = []
  let number = 1
  groups.forEach((group, v) => {
    const body: Page[][] = []
    const firstPage = number
    group.forEach((index, at) => {
      const article = translated[index] as TranslatedArticle
      const last = at === group.length - 1
      const ending = last ? endOfVolume(say, v + 1, groups.length, words) : []
      const pages = text(article, ending, number)
      contents.push({title: article.title, page: number, volume: v + 1})
      number += pages.length
      // On interpoint paper the next article starts on a right-hand page: an odd number.
      if (interpoint && number % 2 === 0) {
        pages.push(...layout([], {...settings, firstNumber: number}))
        number++
      }
      body.push(pages)
    })
    const lastPage = number - 1
    const members = group.map((index) => translated[index] as TranslatedArticle)
    const front = transcribersPages(
      members,
      contents.filter((entry) => entry.volume === v + 1),
      {title, transcriber: options.transcriber?.trim() || undefined, volume: v + 1, volumes: groups.length, firstPage, lastPage},
      say,
      settings,
      engine,
      table
    )
    if (interpoint && front.length % 2 === 1) front.push(...layout([], {...settings, numberPrefix: transcribersPage, firstNumber: front.length + 1}))
    volumes.push({pages: [...front, ...body.flat()], sections: [front.length, ...body.map((pages) => pages.length)], firstPage, lastPage})
  })

  const substitutes: Record<string, string> = Object.assign({}, ...translated.map((article) => article.substitutes))
  const first = translated[0] as TranslatedArticle
  return {
    volumes,
    contents,
    table,
    replaced: Object.keys(substitutes),
    substitutes,
    notes: translated.flatMap((article) => article.notes),
    brf: (profile) => volumes.map((volume) => writeBrf(volume.pages, brfSettings(profile))),
    pef: () =>
      writePef({
        meta: {title, site: sourcesOf(translated).join(', ') || undefined},
        lang: first.lang,
        cells,
        lines,
        description: `Transcribed by altformat with liblouis ${first.liblouis}, table ${table}: ${translated.length} article${translated.length === 1 ? '' : 's'} in ${volumes.length} volume${volumes.length === 1 ? '' : 's'}`,
        duplex: interpoint,
        volumes
      }),
    preview: () => volumes.map((volume) => writePreview(volume.pages))
  }
}

function isTranslated(article: Article | TranslatedArticle): article is TranslatedArticle {
  return article !== null && typeof article === 'object' && Array.isArray((article as TranslatedArticle).blocks) && typeof (article as TranslatedArticle).table === 'string'
}

function translateTree(tree: unknown, options: EditionOptions): TranslatedArticle {
  checkArticle('toBrailleEdition', tree)
  return translateArticle(tree, {table: options.table, engine: options.engine, handlers: options.handlers})
}

/** After a volume's last article: "End of volume 1", or "The end" after the last. */
function endOfVolume(say: (print: string) => string, volume: number, volumes: number, words: InterfaceWords): LayoutBlock[] {
  const print = volume < volumes ? fill(words.endOfVolume, {n: volume}) : words.theEnd
  return [{cells: say(print), print, first: 0, runover: 0, centered: true, margin: 3, blankBefore: true}]
}

interface FrontMatter {
  title: string
  transcriber: string | undefined
  volume: number
  volumes: number
  firstPage: number
  lastPage: number
}

/** A volume's transcriber's pages, numbered t1, t2…: the title page, the notes page if any, the contents. */
function transcribersPages(
  articles: TranslatedArticle[],
  entries: ContentsEntry[],
  front: FrontMatter,
  say: (print: string) => string,
  settings: LayoutSettings,
  engine: BrailleEngine,
  table: string
): Page[] {
  const dates = articles
    .map((article) => article.meta.published)
    .filter((value): value is string => value !== undefined && calendarDate(value) !== undefined)
    .map((value) => value.slice(0, 10))
    .sort()
  const lang = articles[0]?.lang ?? 'en'
  const words = wordsFor(lang)
  const [from, to] = [dates[0], dates.at(-1)].map((value) => (value ? writtenDate(value, lang) : undefined))
  const sources = sourcesOf(articles)
  const notices = [...new Set(articles.flatMap((article) => article.notices))]
  const titleLines = centredLines(engine, table, [
    front.title,
    front.volumes > 1 ? fill(words.volumeOf, {n: front.volume, m: front.volumes}) : undefined,
    sources.length > 0 ? fill(words.from, {sources: sources.join(', ')}) : undefined,
    from && to && from !== to ? fill(words.dateRange, {from, to}) : from,
    ...notices,
    front.transcriber ? fill(words.transcribedBy, {name: front.transcriber}) : undefined,
    front.lastPage > front.firstPage ? fill(words.braillePages, {first: front.firstPage, last: front.lastPage}) : fill(words.braillePage, {n: front.firstPage})
  ])
  const pages = layout(titleLines, {...settings, numberPrefix: transcribersPage})
  const next = (blocks: LayoutBlock[]) => {
    if (blocks.length > 0) pages.push(...layout(blocks, {...settings, numberPrefix: transcribersPage, firstNumber: pages.length + 1}))
  }
  next(
    notesPage(engine, table, {
      substitutes: Object.assign({}, ...articles.map((article) => article.substitutes)) as Record<string, string>,
      notes: articles.some((article) => article.notes.length > 0)
    }, words)
  )
  // The contents: each headline in 1-3, guide dots to its braille page number at the right.
  next([
    {cells: say(words.contents), print: words.contents, first: 0, runover: 0, centered: true, margin: 3, blankAfter: true},
    ...entries.map((entry, index) => ({
      cells: (articles[index] as TranslatedArticle).titleCells || say(words.untitled),
      print: entry.title || words.untitled,
      first: 0,
      runover: 2,
      leader: brailleNumber(entry.page)
    }))
  ])
  return pages
}

/** The sources of the articles, each once, in order: the site's name, or the page's host. */
function sourcesOf(articles: TranslatedArticle[]): string[] {
  return [...new Set(articles.flatMap((article) => article.meta.site?.trim() || hostOf(article.meta.url) || []))]
}
