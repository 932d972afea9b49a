import {AltformatError} from '../model/error.js'
import {checkOptionTypes} from '../model/arguments.js'
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
  /** Label of the skip link when the page gave none (default `'Skip to main content'`). */
  skipLabel?: string | null | undefined
  /** The `h1` of an article that has no headline (default `'Untitled article'`). */
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
}

export function resolveHtmlOptions(options: HtmlOptions = {}): HtmlSettings {
  checkOptionTypes('toHtml', options, {document: 'boolean', sentenceIds: 'boolean', idPrefix: 'string', images: 'boolean', skipLabel: 'string', untitled: 'string', handlers: 'object'})
  const idPrefix = options.idPrefix ?? ''
  if (idPrefix !== '' && !/^[A-Za-z][\w-]*$/.test(idPrefix)) {
    throw new AltformatError(
      'invalid-option',
      `Invalid idPrefix “${idPrefix}”: use a letter followed by letters, digits, “-” or “_”`
    )
  }
  const skipLabel = (options.skipLabel ?? 'Skip to main content').trim()
  if (skipLabel === '') throw new AltformatError('invalid-option', 'Invalid skipLabel: it may not be empty')
  const untitled = (options.untitled ?? 'Untitled article').trim()
  if (untitled === '') throw new AltformatError('invalid-option', 'Invalid untitled: it may not be empty')
  return {
    document: options.document ?? true,
    sentenceIds: options.sentenceIds ?? true,
    idPrefix,
    images: options.images ?? true,
    skipLabel,
    untitled
  }
}
