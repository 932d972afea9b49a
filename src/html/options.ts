import {AltformatError} from '../model/error.js'
import {checkOptionTypes} from '../model/arguments.js'
import {wordsFor} from '../model/interface-words.js'
import type {InterfaceWords} from '../model/interface-words.js'
import type {HtmlHandlers} from './state.js'

/** Options of the screen-reader HTML renderer. Every one may be left out. */
export interface HtmlOptions {
  /** A complete HTML5 document (`true`, the default) or just the `<article>` element. */
  document?: boolean | null | undefined
  /** Wrap each sentence in `<span id="sN">`, the ids of the SSML marks (default `true`). */
  sentenceIds?: boolean | null | undefined
  /** Prefix for every id the renderer writes, to embed several articles in one page (default `''`). */
  idPrefix?: string | null | undefined
  /** Keep the photo as `<img src alt>` when the source had one (default `true`). */
  images?: boolean | null | undefined
  /** Label of the skip link when the page gave none (default the article's language's: `'Skip to main content'` in English). */
  skipLabel?: string | null | undefined
  /** The `h1` of an article that has no headline (default the article's language's: `'Untitled article'` in English). */
  untitled?: string | null | undefined
  /** Handlers to use instead of the built-in ones, by node type (for node types a plugin adds, too). */
  handlers?: Partial<HtmlHandlers> | null | undefined
}

/** Options resolved once, checked up front. */
export interface HtmlSettings {
  document: boolean
  sentenceIds: boolean
  idPrefix: string
  images: boolean
  skipLabel: string
  untitled: string
  /** The words the renderer adds ("Published", "Source:"), in the article's language. */
  words: InterfaceWords
}

export function resolveHtmlOptions(options: HtmlOptions = {}, lang?: string): HtmlSettings {
  const words = wordsFor(lang)
  checkOptionTypes('toHtml', options, {document: 'boolean', sentenceIds: 'boolean', idPrefix: 'string', images: 'boolean', skipLabel: 'string', untitled: 'string', handlers: 'object'})
  const idPrefix = options.idPrefix ?? ''
  if (idPrefix !== '' && !/^[A-Za-z][\w-]*$/.test(idPrefix)) {
    throw new AltformatError(
      'invalid-option',
      `Invalid idPrefix “${idPrefix}”: use a letter followed by letters, digits, “-” or “_”`
    )
  }
  const skipLabel = (options.skipLabel ?? words.skipToContent).trim()
  if (skipLabel === '') throw new AltformatError('invalid-option', 'Invalid skipLabel: it may not be empty')
  const untitled = (options.untitled ?? words.untitled).trim()
  if (untitled === '') throw new AltformatError('invalid-option', 'Invalid untitled: it may not be empty')
  return {
    document: options.document ?? true,
    sentenceIds: options.sentenceIds ?? true,
    idPrefix,
    images: options.images ?? true,
    skipLabel,
    untitled,
    words
  }
}
