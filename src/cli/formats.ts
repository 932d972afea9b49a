import {toScript} from '../speech/script.js'
import {toSsmlParts} from '../speech/to-ssml.js'
import type {BrailleEdition, EncoderKind, Narration, SpeechEngineKind} from '../index.js'
import type {BrailleDocument, BrfSettings, DialectName, EngineKind, ReadResult} from '../index.js'

// The braille, HTML, audio and outline renderers are loaded by the first page that asks for
// them: a run for SSML alone does not pay for liblouis or the audio encoders at start-up.

/** What the command line passes to every format. */
export interface RenderSettings {
  dialect: DialectName
  voice?: string | undefined
  engine?: EngineKind | undefined
  table?: string | undefined
  cells?: number | undefined
  lines?: number | undefined
  /** Open the braille with a title page; with a transcriber's name, a "Transcribed by" line. */
  titlePage?: boolean | undefined
  transcriber?: string | undefined
  /** PEF for both sides of the sheet. */
  interpoint?: boolean | undefined
  /** Threads that translate a long page's braille (`--jobs` for a page rendered alone; 1 on a batch's workers). */
  threads?: number | undefined
  /** A running head on every braille page but the first: the headline (`true`) or the words given. */
  runningHead?: boolean | string | undefined
  /** How the BRF is written for the embosser. */
  brf?: BrfSettings | undefined
  /** Narration: the eSpeak NG engine, its voice, words per minute, the MP3 encoder. */
  speechEngine?: SpeechEngineKind | undefined
  speechVoice?: string | undefined
  speechRate?: number | undefined
  encoder?: EncoderKind | undefined
  /** Which audio file the speech marks time: the MP3, or the Opus file when only it is written. */
  marksFor?: 'mp3' | 'opus' | undefined
  /** The read-along page's audio: inside it (`embed`), or the page's MP3 beside it (`link`). */
  readAlongAudio?: 'embed' | 'link' | undefined
  /** The page's output name without folder or extension, for files that name each other (`page.mp3`). */
  stem?: string | undefined
}

// The MP3 and its marks are two writings of one narration: speak once per page.
const narrated = new WeakMap<ReadResult, Promise<Narration>>()
function narration(result: ReadResult, settings: RenderSettings): Promise<Narration> {
  let spoken = narrated.get(result)
  if (!spoken) {
    spoken = import('../audio/to-audio.js').then(({toAudio}) =>
      toAudio(result.tree, {engine: settings.speechEngine, voice: settings.speechVoice, rate: settings.speechRate, encoder: settings.encoder})
    )
    narrated.set(result, spoken)
  }
  return spoken
}

// BRF, PEF and the preview are three writings of the same pages: translate once per page — and a
// translation that fails (no table for the page's script) fails the three with the one error, said once.
const brailled = new WeakMap<ReadResult, BrailleDocument>()
const brailleFailed = new WeakMap<ReadResult, unknown>()
async function braille(result: ReadResult, settings: RenderSettings): Promise<BrailleDocument> {
  let document = brailled.get(result)
  if (!document) {
    if (brailleFailed.has(result)) throw brailleFailed.get(result)
    const {toBraille} = await import('../braille/to-braille.js')
    const titlePage = settings.transcriber !== undefined ? {transcriber: settings.transcriber} : settings.titlePage === true
    try {
      document = toBraille(result.tree, {engine: settings.engine, table: settings.table, cells: settings.cells, lines: settings.lines, titlePage, interpoint: settings.interpoint, runningHead: settings.runningHead, threads: settings.threads})
    } catch (error) {
      brailleFailed.set(result, error)
      throw error
    }
    brailled.set(result, document)
  }
  return document
}

/** The braille of a page, if one of its formats has translated it. */
export function brailleOf(result: ReadResult): BrailleDocument | undefined {
  return brailled.get(result)
}

/** A format's output: a text, numbered parts, or the bytes of a binary file (audio). */
export type Rendered = string | string[] | Uint8Array

/**
 * The output formats of the command line. Each renders one read article to the
 * text of one file — or of several numbered files (`<stem>.001.ssml`, …) when
 * the format must split it, as SSML does for an engine's request limit.
 */
export interface OutputFormat {
  /** What the format is, for `--help`. */
  description: string
  /** Appended to the page's stem: `<stem>.json`. */
  extension: string
  render: (result: ReadResult, settings: RenderSettings) => Rendered | Promise<Rendered>
  /** Whether it needs a braille engine (checked once, before a batch starts). */
  braille?: boolean
  /** Whether it may be written as numbered parts (`<stem>.001.ssml`), names checked against the inputs too. */
  parts?: boolean
  /**
   * How it writes a braille edition of the batch (`--bundle`): a text for each
   * volume, or one for all. Only formats that have it go into the edition.
   */
  edition?: (edition: BrailleEdition, settings: RenderSettings) => string | string[]
}

export const outputFormats = {
  json: {
    description: 'the document model, as JSON.stringify of the tree',
    extension: '.json',
    render: (result) => JSON.stringify(result.tree, null, 2) + '\n'
  },
  ssml: {
    description: 'SSML for the --dialect engine, in numbered parts when over its request limit',
    extension: '.ssml',
    parts: true,
    render: (result, settings) => toSsmlParts(result.tree, {dialect: settings.dialect, voice: settings.voice})
  },
  script: {
    description: 'a plain narrator script: headline, caption, body, credit, pronunciations, reading time',
    extension: '.script.txt',
    render: (result) => toScript(result.tree)
  },
  brf: {
    description: 'braille for an embosser: North American Braille ASCII, pages with numbers, CRLF and form feeds',
    extension: '.brf',
    braille: true,
    render: async (result, settings) => (await braille(result, settings)).brf(settings.brf),
    edition: (edition, settings) => edition.brf(settings.brf)
  },
  pef: {
    description: 'the same braille pages as PEF 2008-1 (Unicode braille rows, Dublin Core metadata)',
    extension: '.pef',
    braille: true,
    render: async (result, settings) => (await braille(result, settings)).pef(),
    edition: (edition) => edition.pef()
  },
  braille: {
    description: 'the same braille pages in Unicode braille, to preview',
    extension: '.braille.txt',
    braille: true,
    render: async (result, settings) => (await braille(result, settings)).preview(),
    edition: (edition) => edition.preview()
  },
  html: {
    description: 'screen-reader HTML: a complete, accessible HTML5 page of the article',
    extension: '.html',
    render: async (result) => (await import('../html/to-html.js')).toHtml(result.tree)
  },
  audio: {
    description: 'the article narrated offline by eSpeak NG: MP3 (constant bit rate) with ID3 chapters for the headline and subheads',
    extension: '.mp3',
    render: async (result, settings) => (await narration(result, settings)).mp3()
  },
  opus: {
    description: 'the narration as Ogg Opus (Debian opus-tools), with chapters; the marks then time it if audio (MP3) is not asked for too',
    extension: '.opus',
    render: async (result, settings) => (await narration(result, settings)).opus()
  },
  marks: {
    description: "a time for every sentence of the MP3 (or of the Opus file, with --to opus alone): one JSON object per line, in the shape of Amazon Polly's speech marks",
    extension: '.marks.json',
    render: async (result, settings) => (await narration(result, settings)).marks(settings.marksFor ?? 'mp3')
  },
  readalong: {
    description: 'a read-along page: the screen-reader HTML with the narration, the sentence being read highlighted (MP3 inside it, or beside it with --readalong-audio link)',
    extension: '.readalong.html',
    render: async (result, settings) =>
      (await narration(result, settings)).readAlong({audio: settings.readAlongAudio === 'link' ? {src: `${settings.stem ?? 'audio'}.mp3`} : 'embed'})
  },
  epub: {
    description: 'an EPUB 3 talking book: the article, its narration as MP3, and Media Overlays that highlight each sentence as it is read',
    extension: '.epub',
    render: async (result, settings) => (await narration(result, settings)).epub()
  },
  proof: {
    description: 'for the proofreader: each sentence beside its braille, with the braille page and lines it is on (HTML)',
    extension: '.proof.html',
    braille: true,
    render: async (result, settings) => (await braille(result, settings)).proof()
  },
  changes: {
    description: 'for the transcriber: what the braille changed from print (furniture left out, characters replaced, notes added)',
    extension: '.changes.txt',
    braille: true,
    render: async (result, settings) => (await import('../braille/changes.js')).listChanges(result.tree, await braille(result, settings))
  },
  outline: {
    description: 'a readable outline of the model, one line per block and sentence',
    extension: '.outline.txt',
    render: async (result) => (await import('../model/inspect.js')).inspect(result.tree)
  }
} satisfies Record<string, OutputFormat>

export type FormatName = keyof typeof outputFormats

export const formatNames = Object.keys(outputFormats) as FormatName[]

/** The formats that a braille edition of the batch (`--bundle`) writes, in place of each page's. */
export const editionFormats: FormatName[] = formatNames.filter((name) => 'edition' in outputFormats[name])

/** The formats each page writes for itself: with `--bundle`, all but the edition's. */
export function pageFormats(to: FormatName[], bundle: unknown): FormatName[] {
  return bundle === undefined ? to : to.filter((name) => !editionFormats.includes(name))
}

/** Every format but the outline, which is for review. */
export const defaultFormats: FormatName[] = ['json', 'ssml', 'script', 'brf', 'pef', 'braille', 'html']
