import {AltformatError} from '../model/error.js'
import {checkArticle, checkOptionTypes} from '../model/arguments.js'
import type {Article, ArticleMeta} from '../model/types.js'
import type {BrailleEngine} from './engine.js'
import {wasmEngine} from './engine.js'
import {findNativeEngine, nativeEngine, recentEnough} from './native.js'
import {answeringEngine, defaultThreads, recordingEngine, translateAll, worthHelpers} from './threads.js'

export type EngineKind = 'wasm' | 'native' | 'auto'

/** The engine for a kind (or the engine given). */
export function selectEngine(engine: BrailleEngine | EngineKind | undefined = 'wasm'): BrailleEngine {
  if (typeof engine !== 'string') return engine
  switch (engine) {
    case 'wasm': {
      return wasmEngine()
    }
    case 'native': {
      return nativeEngine()
    }
    case 'auto': {
      const found = findNativeEngine()
      return found && recentEnough(found.version) ? found : wasmEngine()
    }
    default: {
      throw new AltformatError('invalid-option', `Unknown braille engine “${String(engine)}”: use wasm, native or auto`)
    }
  }
}
import type {LayoutBlock, Page} from './layout.js'
import {layout, layoutPlaced} from './layout.js'
import {writeProof} from './proof.js'
import type {BrailleHandlers} from './render.js'
import {brailleBlocks, noteOpen} from './render.js'
import {resolveTable} from './tables.js'
import {languageTable} from './language-tables.js'
import {brailled, titlePage} from './title-page.js'
import {toString} from '../model/to-string.js'
import type {TitlePageOptions} from './title-page.js'
import {writeBrf, writePef, writePreview} from './writers.js'
import {resolveBrf} from './embossers.js'
import type {BrfProfileName, BrfSettings} from './embossers.js'

export interface BrailleOptions {
  /**
   * `ueb-g2`, `ueb-g1`, `ebae-g2`, `ebae-g1`, or a liblouis table file name.
   * By default the table for the article's language (`ueb-g2` for English;
   * `languageTables`); a language liblouis has no table for is brailled in
   * UEB, and `languageFallback` names it.
   */
  table?: string | undefined
  /** Cells per line (default 40). */
  cells?: number | undefined
  /** Lines per page (default 25), the last holding the page number. */
  lines?: number | undefined
  /**
   * The liblouis engine: `wasm` (the default: the liblouis 3.2.0 build from npm,
   * the same output on every machine), `native` (the system's liblouis, current
   * tables at native speed), `auto` (native when a liblouis of 3.20 or later is
   * found, else wasm), or an engine of your own.
   */
  engine?: BrailleEngine | EngineKind | undefined
  /** Handlers to use instead of the built-in ones, by node type. */
  handlers?: Partial<BrailleHandlers> | undefined
  /**
   * Open with a title page, numbered t1: title, byline, source, date, the
   * copyright notice, the transcriber, the braille page range. `true`, or
   * `{transcriber: 'Name'}` for a "Transcribed by" line.
   */
  titlePage?: boolean | TitlePageOptions | undefined
  /**
   * Interpoint (both sides of the sheet): the PEF says `duplex="true"`, and the
   * text, after any title pages, is a section of its own, so it starts on a
   * recto. The BRF is the same either way.
   */
  interpoint?: boolean | undefined
  /**
   * A running head on line 1 of every text page but the first (BANA 2016
   * §1.8): `true` for the headline, or the words to use (a shortened title).
   * Shortened to the words that fit between three blank cells each side.
   */
  runningHead?: boolean | string | undefined
  /**
   * Threads that translate a long article (liblouis translates paragraphs
   * independently): this one and helpers, each with its own liblouis, started
   * for an article long enough to repay their start (250,000 characters with
   * the wasm engine, 400,000 with the native one) and then kept, idle, for any
   * article of 10,000 characters or more. By default the machine's cores, up to
   * four, on the main thread, and 1 on a worker thread (already one of
   * several). Only for an engine named by kind and the built-in handlers; the
   * braille is the same with any number.
   */
  threads?: number | undefined
}

/** An article in braille: its pages, and each way of writing them. */
export interface BrailleDocument {
  pages: Page[]
  /** The liblouis table used. */
  table: string
  /**
   * The article's language, when liblouis has no table for it and the braille
   * is UEB instead (`--table` gives one); undefined when the table is the
   * language's own or was given.
   */
  languageFallback?: string | undefined
  /** Characters the table has no braille for, replaced before translation. */
  replaced: string[]
  /** What each of `replaced` became: its plain letters (`Š` → `S`), or '' when it was left out (emoji). */
  substitutes: Record<string, string>
  /** The transcriber's notes the braille adds (a picture's alt text), as print. */
  notes: string[]
  /** The BRF, for the `standard` profile unless another is named (`'lf'`) or settings are given. */
  brf(profile?: BrfChoice): string
  pef(): string
  preview(): string
  /**
   * The proofreading view: an HTML page with each sentence's print beside its
   * braille (Unicode and braille ASCII) and the braille page and lines it is on.
   * Translates the article again, asking liblouis where each cell came from.
   */
  proof(): string
}

/**
 * Check the page geometry of braille options, as `toBraille` does, before any
 * article is read (a command line checks its flags this way, once for a batch).
 * Resolves the defaults: 40 cells, 25 lines.
 *
 * @throws {AltformatError} `invalid-option`, saying what range to use.
 */
export function checkBrailleOptions(options: Pick<BrailleOptions, 'cells' | 'lines' | 'threads'> = {}): {cells: number; lines: number} {
  checkOptionTypes('toBraille', options, {table: 'string', cells: 'number', lines: 'number', handlers: 'object', interpoint: 'boolean', threads: 'number'})
  const cells = options.cells ?? 40
  const lines = options.lines ?? 25
  if (!Number.isInteger(cells) || cells < 12 || cells > 100) {
    throw new AltformatError('invalid-option', `Invalid cells per line: ${String(options.cells)}: use a whole number from 12 to 100 (40 is usual)`)
  }
  if (!Number.isInteger(lines) || lines < 4 || lines > 100) {
    throw new AltformatError('invalid-option', `Invalid lines per page: ${String(options.lines)}: use a whole number from 4 to 100 (25 is usual)`)
  }
  checkThreads('toBraille', options.threads)
  return {cells, lines}
}

function checkThreads(caller: string, threads: number | undefined): void {
  if (threads !== undefined && (!Number.isInteger(threads) || threads < 1)) {
    throw new AltformatError('invalid-option', `${caller}: invalid threads: ${String(threads)}: use a whole number from 1 (1 translates in the calling thread only)`)
  }
}

/** The share of an article's letters and digits a table may lack before the braille is refused. */
const maxLost = 0.5

/**
 * An article translated but not yet laid out in pages: plain data (it crosses
 * from a worker thread to the one that lays out an edition), with what an
 * edition's title, contents and notes pages need of it.
 */
export interface TranslatedArticle {
  /** The article's language when liblouis had no table for it and UEB was used instead. */
  languageFallback?: string | undefined
  /** The headline as print (the page's title when it has none), for the contents and the running head. */
  title: string
  /** The same, in braille. */
  titleCells: string
  /** The article's blocks, translated, in their BANA formats. */
  blocks: LayoutBlock[]
  /** The liblouis table, and the version of liblouis that used it. */
  table: string
  liblouis: string
  replaced: string[]
  substitutes: Record<string, string>
  /** The transcriber's notes the braille adds, as print. */
  notes: string[]
  meta: ArticleMeta
  lang: string
  /** Copyright or reprint notices of the page, as print. */
  notices: string[]
}

/**
 * Translate an article for an edition of several (`toBrailleEdition`), without
 * laying it out: each article can be translated on a worker thread, the
 * edition laid out once they are all done.
 *
 * @throws {AltformatError} `untranslatable`, as `toBraille` does.
 */
export function translateArticle(tree: Article, options: Pick<BrailleOptions, 'table' | 'engine' | 'handlers' | 'threads'> = {}): TranslatedArticle {
  checkArticle('translateArticle', tree)
  checkOptionTypes('translateArticle', options, {table: 'string', handlers: 'object', threads: 'number'})
  checkThreads('translateArticle', options.threads)
  const engine = selectEngine(options.engine)
  const translated = translateWith(tree, engine, options)
  // What only an edition needs: toBraille does not pay for the headline's second translation.
  const title = runningHeadText(tree, true) ?? ''
  return {
    ...translated,
    title,
    titleCells: title ? brailled(engine, translated.table, title) : '',
    liblouis: engine.version,
    meta: tree.meta,
    lang: tree.lang,
    notices: tree.children.flatMap((node) => (node.type === 'chrome' && node.kind === 'copyright' ? [node.label] : []))
  }
}

/** The article translated into blocks, with what it replaced and the table that did it. */
type Translation = Pick<TranslatedArticle, 'languageFallback' | 'blocks' | 'table' | 'replaced' | 'substitutes' | 'notes'>

function translateWith(tree: Article, engine: BrailleEngine, options: Pick<BrailleOptions, 'table' | 'handlers' | 'engine' | 'threads'>): Translation {
  // The table given, or the one for the article's language; a language with no
  // table is brailled in UEB and says so (languageFallback). A language's tag
  // may be a detector's guess on a short page, so this is not an error; text in
  // a script UEB cannot write is refused below all the same.
  const own = options.table === undefined ? languageTable(tree.lang, engine) : undefined
  const languageFallback = options.table === undefined && own === undefined ? tree.lang : undefined
  const table = resolveTable(options.table ?? own ?? 'en-ueb-g2.ctb', engine)
  const {blocks, replaced, substitutes, letters, lost} = blocksOf(tree, engine, table, options, false)
  // Braille that lost most of the article (a Persian page through UEB, a display
  // table given as the table) is not a transcription: say so, rather than write
  // a page of punctuation and exit as if all were well.
  if (letters > 0 && lost / letters > maxLost) {
    const examples = replaced.filter((char) => /[\p{L}\p{N}]/u.test(char)).slice(0, 5).join(' ')
    throw new AltformatError(
      'untranslatable',
      `The braille table ${table} has no braille for ${Math.round((100 * lost) / letters)}% of the article's letters and digits (${lost.toLocaleString('en')} of ${letters.toLocaleString('en')}${examples ? `: ${examples}` : ''}): choose a table for the article's language and script (--table, or the table option)`
    )
  }
  return {
    languageFallback,
    blocks,
    table,
    replaced,
    substitutes,
    notes: blocks.flatMap((block) => (block.cells.startsWith(noteOpen) && block.print ? [block.print] : []))
  }
}

/**
 * Translate and lay out an article once; write it as BRF, PEF or a Unicode
 * preview from the same pages.
 *
 * @throws {AltformatError} `untranslatable` when the table has no braille for
 *   more than half of the article's letters and digits.
 */
export function toBraille(tree: Article, options: BrailleOptions = {}): BrailleDocument {
  checkArticle('toBraille', tree)
  const {cells, lines} = checkBrailleOptions(options)
  const {titlePage: wanted} = options
  if (wanted !== undefined && typeof wanted !== 'boolean' && (typeof wanted !== 'object' || wanted === null || (wanted.transcriber !== undefined && typeof wanted.transcriber !== 'string'))) {
    throw new AltformatError('invalid-option', 'toBraille: option titlePage must be true, false or {transcriber: "Name"}')
  }
  const {runningHead} = options
  if (runningHead !== undefined && typeof runningHead !== 'boolean' && typeof runningHead !== 'string') {
    throw new AltformatError('invalid-option', 'toBraille: option runningHead must be true, false or the words of the head')
  }
  const engine = selectEngine(options.engine)
  const {blocks, table, replaced, substitutes, notes, languageFallback} = translateWith(tree, engine, options)
  const head = runningHeadText(tree, runningHead)
  const settings = {cells, lines, runningHead: head ? brailled(engine, table, head) : undefined}
  const text = layout(blocks, settings)
  const title = wanted
    ? titlePage(tree, engine, table, text.length, {cells, lines}, wanted === true ? {} : wanted, {substitutes, notes: notes.length > 0})
    : []
  const pages = [...title, ...text]
  return {
    pages,
    table,
    languageFallback,
    replaced,
    substitutes,
    notes,
    brf: (profile) => writeBrf(pages, brfSettings(profile)),
    pef: () =>
      writePef({
        meta: tree.meta,
        lang: tree.lang,
        cells,
        lines,
        description: `Transcribed by altformat with liblouis ${engine.version}, table ${table}`,
        duplex: options.interpoint === true,
        volumes: [{pages, sections: [title.length, text.length]}]
      }),
    preview: () => writePreview(pages),
    proof: () => {
      if (!engine.translateMapped) {
        throw new AltformatError('invalid-option', "toBraille: a proof needs the engine's translateMapped (where each cell came from), which this engine does not give: use the wasm or native engine")
      }
      const mapped = blocksOf(tree, engine, table, options, true).blocks
      const {placed} = layoutPlaced(mapped, settings)
      return writeProof(tree, mapped, placed, {table, liblouis: engine.version, cells, lines, firstNumber: 1, pages: text.length, titlePages: title.length})
    }
  }
}

/**
 * The article's blocks, translated (`brailleBlocks`): on several threads when
 * the article is long, the engine one of ours (named by kind, so that a helper
 * can load its own) and the handlers the built-in ones (they are walked twice).
 */
function blocksOf(tree: Article, engine: BrailleEngine, table: string, options: Pick<BrailleOptions, 'handlers' | 'engine' | 'threads'>, mapped: boolean): ReturnType<typeof brailleBlocks> {
  const threads = options.threads ?? defaultThreads()
  const ours = options.engine === undefined || typeof options.engine === 'string'
  if (threads > 1 && ours && options.handlers === undefined && worthHelpers(engine.kind, toString(tree).length)) {
    const recorder = recordingEngine(engine)
    brailleBlocks(tree, recorder.engine, table, undefined, mapped)
    engine = answeringEngine(engine, recorder.calls, translateAll(engine, recorder.calls, threads).results)
  }
  return brailleBlocks(tree, engine, table, options.handlers, mapped)
}

/** BRF settings from a profile's name, or from settings over a profile. */
export function brfSettings(profile?: BrfChoice): BrfSettings {
  return typeof profile === 'string' ? resolveBrf(profile) : resolveBrf(profile?.profile, {...profile, profile: undefined} as Partial<BrfSettings>)
}

/** How a BRF is asked for: a profile's name, or settings over a profile. */
export type BrfChoice = BrfProfileName | (Partial<BrfSettings> & {profile?: BrfProfileName})

/** The print of the running head: the words given, or for `true` the headline (the page's title when it has none). */
function runningHeadText(tree: Article, wanted: boolean | string | undefined): string | undefined {
  if (typeof wanted === 'string') return wanted.trim() || undefined
  if (wanted !== true) return undefined
  const headline = tree.children.find((node) => node.type === 'heading' && node.depth === 1)
  return (headline ? toString(headline) : tree.meta.title)?.trim() || undefined
}
