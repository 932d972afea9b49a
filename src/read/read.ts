import {missingRules} from './language/coverage.js'
import {VFile} from 'vfile'
import {positionsIn} from './positions.js'
import {checkOptionTypes} from '../model/arguments.js'
import {AltformatError} from '../model/error.js'
import {replaceForbidden} from '../model/xml-chars.js'
import {canonicalLang} from '../model/lang.js'
import type {Article} from '../model/types.js'
import {buildArticle, draftTexts} from './build.js'
import {decodeBytes} from './encoding.js'
import {summaryForBody} from './summary-deck.js'
import {declaredBodyForBody} from './declared-body.js'
import type {Lexicon} from './enrich/lexicon.js'
import {autoReader, htmlReader} from './html-reader.js'
import {attributionsFollowPosts, promoteOpeningSubhead, readTextDraft} from './text/read-text.js'
import {pruneBoilerplate} from './boilerplate.js'
import {leaveOutBareCredits} from './bare-credit.js'
import {leaveOutAuthorBios} from './author-bio.js'
import {cutAfterArticle} from './article-end.js'
import {nestHeadings, withoutBlanks} from './draft.js'
import type {Draft} from './draft.js'
import type {Reporter} from './text/read-text.js'
import {detectLanguage} from './language/detect.js'
import {stopwordsFor} from './language/stopwords.js'
import {wordCount} from './language/words.js'
import {applyTemplate, checkTemplate} from './template.js'
import type {Template} from './template.js'

export type InputFormat = 'text' | 'html'

export interface ReadOptions {
  /** Which reader: `text` (scraped page text), `html`, or `auto` (the default: by file extension, then by content). */
  from?: InputFormat | 'auto' | undefined
  /** File path, for messages and for choosing a reader by extension. */
  path?: string | undefined
  /** Abbreviations to add to, or override in, the built-in lexicon. */
  lexicon?: Lexicon | undefined
  /** The article's language (BCP 47), when the page does not say: text pages default to `en`. */
  lang?: string | undefined
  /** Largest page to read, in bytes (default 10 MiB): a bigger one is refused with `too-large`. */
  maxBytes?: number | undefined
  /**
   * What the site prints on all its pages, learned by `learnTemplate` from pages
   * of the same batch or site: blocks of this page found there are left out as
   * chrome (`repeated`), each with a `template-chrome` message.
   */
  template?: Template | undefined
}

/** The default `maxBytes`: 10 MiB, a hundred times a long article; a 40 MB page ran a 1 GB worker out of memory. */
export const defaultMaxBytes = 10 * 1024 * 1024

export interface ReadResult {
  tree: Article
  /** The source as a vfile; `file.messages` holds every repair and decision, with positions. */
  file: VFile
  /** The reader that was used. */
  from: InputFormat
}

/**
 * Read a news article — scraped page text or an HTML page — into the document
 * model.
 *
 * @throws {AltformatError} `empty-input`, `binary-input`, `no-article`, `invalid-option`.
 */
export function readArticle(input: string | Uint8Array | VFile, options: ReadOptions = {}): ReadResult {
  const {draft, file, from, toPosition, report} = readDraft(input, options, 'readArticle')
  if (options.template !== undefined) applyTemplate(draft, checkTemplate(options.template), report)
  const tree = buildArticle(draft, file, {lexicon: options.lexicon, toPosition})
  return {tree, file, from}
}

/**
 * The first half of reading, shared with `learnTemplate`: the page checked,
 * decoded and read into a draft whose furniture is already marked, before
 * any site template and before enrichment.
 */
export function readDraft(input: string | Uint8Array | VFile, options: ReadOptions, fn: string) {
  if (!(typeof input === 'string' || input instanceof Uint8Array || input instanceof VFile)) {
    throw new AltformatError('invalid-option', `${fn}: the page must be a string, a Buffer or Uint8Array, or a VFile, not ${input === null ? 'null' : typeof input}`)
  }
  checkOptionTypes(fn, options, {from: 'string', path: 'string', lexicon: 'object', lang: 'string', maxBytes: 'number', template: 'object'})
  if (options.maxBytes !== undefined && !(options.maxBytes >= 0)) {
    throw new AltformatError('invalid-option', `${fn}: maxBytes must be a number of bytes, 0 or more, not ${String(options.maxBytes)}`)
  }
  // The tag as BCP 47 spells it (`en_US` → `en-US`): it goes into xml:lang and the PEF metadata.
  const givenLang = options.lang === undefined ? undefined : canonicalLang(options.lang)
  if (options.lang !== undefined && givenLang === undefined) {
    throw new AltformatError('invalid-option', `${fn}: lang “${options.lang}” is not a BCP 47 language tag: use one such as en, ru or en-GB`)
  }
  const file = input instanceof VFile ? input : new VFile({value: input, path: options.path})
  const name = file.path ?? 'the input'
  const limit = options.maxBytes ?? defaultMaxBytes
  const size = typeof file.value === 'string' ? Buffer.byteLength(file.value) : file.value.byteLength
  if (size > limit) {
    throw new AltformatError(
      'too-large',
      `${name} is ${size.toLocaleString('en')} bytes, over the limit of ${limit.toLocaleString('en')}: ` +
        'if it really is one article, raise the limit (maxBytes, or --max-size in MB)',
      {file: file.path}
    )
  }
  const choose = (text: string) => chooseReader(options.from ?? 'auto', file.path, text)
  const {value, from} = decode(file, name, choose)
  file.value = value
  if (value.trim() === '') {
    throw new AltformatError('empty-input', `${name} is empty: there is no article to read.`, {file: file.path})
  }
  // One line index for the whole read: the readers' messages and the tree's positions.
  const toPosition = positionsIn(file)
  const report = (ruleId: string, reason: string, start: number, end: number) => {
    // A message is an Error (vfile-message): its stack would say where in the reader it was made,
    // which no user needs, and capturing it was a tenth of the time of a page with many messages.
    const limit = Error.stackTraceLimit
    Error.stackTraceLimit = 0
    try {
      file.info(reason, {place: toPosition(start, end), ruleId, source: 'altformat'})
    } finally {
      Error.stackTraceLimit = limit
    }
  }
  // Text pages declare no language: the option, else what the text reads as.
  const textLang = from === 'text' ? (givenLang ?? detectLanguage(value)) : undefined
  if (from === 'text' && givenLang === undefined && textLang) report('language-detected', `The text reads as “${textLang}”`, 0, 0)
  const draft = from === 'html' ? htmlReader()(value, report, givenLang, {name, file: file.path}) : readTextDraft(value, report, stopwordsFor(textLang), textLang)
  draft.blocks = withoutBlanks(draft.blocks)
  // A language the page declares (html[lang]) wins over the option, and the option over detection.
  draft.lang ??= givenLang ?? textLang
  if (draft.lang === undefined) {
    draft.lang = detectLanguage(draftText(draft))
    if (draft.lang) report('language-detected', `The page declares no language; its text reads as “${draft.lang}”`, 0, 0)
  }
  if (draft.lang !== undefined) {
    const missing = missingRules(draft.lang)
    if (missing) report('language-rules', `The reader has no ${missing} for “${draft.lang}”; for those it goes by the script's sentence and quotation marks and by the shape of the page's blocks`, 0, 0)
  }
  // What lies above a text page's headline is furniture already: under a headline, the judged text opens the article.
  const openingIsArticle = from === 'text' && draft.blocks.some((block) => block.type === 'heading' && block.depth === 1)
  const stopwords = stopwordsFor(draft.lang)
  pruneBoilerplate(draft, stopwords, report, {lenient: from === 'html', openingIsArticle})
  summaryForBody(draft, report)
  declaredBodyForBody(draft, report)
  // An HTML page's article ends with its container; a scraped page's, where its prose does.
  if (from === 'text') {
    cutAfterArticle(draft, report)
    attributionsFollowPosts(draft, report)
    promoteOpeningSubhead(draft, report)
  }
  leaveOutBareCredits(draft, report)
  leaveOutAuthorBios(draft, stopwords, report)
  reportThinArticle(draft, report)
  nestHeadings(draft.blocks)
  return {draft, file, from, toPosition, report}
}

// An article of fewer words than this, beside a notice about the browser, is what a page shows without its scripts.
const thinArticleWords = 25

/**
 * A page whose scripts render its article holds, without them, a notice about
 * the browser and little else ("Sie haben Javascript für Ihren Browser
 * deaktiviert."): the reader finds no article, and says so (`thin-article`)
 * rather than hand a few stray lines on as one.
 */
function reportThinArticle(draft: Draft, report: Reporter): void {
  const notice = draft.blocks.find((block) => block.type === 'chrome' && block.kind === 'cookie-notice')
  if (!notice || notice.type !== 'chrome') return
  let words = 0
  for (const text of draftTexts(draft.blocks)) {
    words += wordCount(text.text.value)
    if (words >= thinArticleWords) return
  }
  report(
    'thin-article',
    `The page holds almost no article (${words} words) beside a notice about the browser (“${notice.label.slice(0, 60)}”): a page whose article a script renders, or one whose article the reader did not find; check the page, or read it as a browser renders it`,
    notice.start,
    notice.end
  )
}

/**
 * The page's characters, and the reader for them. Bytes are UTF-8 when they are
 * valid UTF-8; otherwise an HTML page is decoded as it declares (or as
 * windows-1252, the HTML Standard's default) and a text page gets U+FFFD for
 * its bad bytes — each reported.
 */
function decode(file: VFile, name: string, choose: (text: string) => InputFormat): {value: string; from: InputFormat} {
  const value = file.value
  if (typeof value === 'string') {
    const text = checkText(value, name, file)
    return {value: text, from: choose(text)}
  }
  // Whether the page is HTML is told by its name and its first character, the same in any ASCII-based encoding.
  const decoded = decodeBytes(value, (lossy) => choose(lossy) === 'html')
  const text = checkText(decoded.text, name, file)
  if (decoded.how === 'declared' || decoded.how === 'default') {
    const why = decoded.how === 'declared' ? 'as the page declares' : 'the HTML Standard’s default for a page that declares no encoding'
    file.info(`The page is not UTF-8: read as ${decoded.encoding}, ${why}`, {ruleId: 'encoding', source: 'altformat'})
  }
  if (decoded.how === 'replaced') {
    file.info(
      'The page is not valid UTF-8: the bytes that are not were replaced with U+FFFD (�). ' +
        'If it is in another encoding, convert it first (iconv -f windows-1252 -t utf-8, say)',
      {ruleId: 'invalid-utf8', source: 'altformat'}
    )
  }
  return {value: text, from: choose(text)}
}

function checkText(text: string, name: string, file: VFile): string {
  // A binary file (an image, a PDF, an archive) is full of NULs and control
  // characters; a text with a stray one is still text (the stray ones go below).
  const sample = text.slice(0, 8000)
  const nuls = sample.match(/\u0000/g)?.length ?? 0
  const controls = sample.match(/[\u0000-\u0008\u000E-\u001F]/g)?.length ?? 0
  if (nuls > 2 || controls > sample.length / 20) {
    throw new AltformatError(
      'binary-input',
      `${name} looks like a binary file, not text or HTML. Give altformat a page saved as text (.txt) or HTML (.html).`,
      {file: file.path}
    )
  }
  // Characters no output may hold: see replaceForbidden. A byte-order mark becomes a space too.
  const {text: clean, replaced} = replaceForbidden(text.replace(/^\uFEFF/, ' '))
  if (replaced > 0) {
    file.info(`Replaced ${replaced} control or unpaired surrogate characters that no output format may hold`, {
      ruleId: 'control-characters',
      source: 'altformat'
    })
  }
  return clean
}

function chooseReader(from: InputFormat | 'auto', path: string | undefined, value: string): InputFormat {
  if (from === 'text' || from === 'html') return from
  if (from !== 'auto') {
    throw new AltformatError('invalid-option', `Unknown input format “${String(from)}”: use text, html or auto.`)
  }
  return autoReader(path, value)
}

/** The draft's body text, for language detection: paragraphs and headings. */
function draftText(draft: Draft): string {
  const out: string[] = []
  for (const block of draft.blocks) {
    if (block.type === 'paragraph' || block.type === 'heading') out.push(block.content.text.value)
    if (out.length > 60) break
  }
  return out.join('\n')
}
