import type {BrfSettings} from '../braille/embossers.js'
import type {DialectName, EncoderKind, EngineKind, SpeechEngineKind, Template} from '../index.js'
import type {FormatName} from './formats.js'

/** Exit statuses, documented in docs/cli.md. */
export const exitCodes = {ok: 0, someFailed: 1, usage: 2, interrupted: 130} as const

/** The command line's options, resolved and checked. */
export interface Settings {
  inputs: string[]
  /** Output folder; undefined: standard output for one page in one format, else the current folder. */
  out: string | undefined
  /** The one file to write, when `-o` names a file of a format (`-o page.ssml`) for one page. */
  outFile?: string | undefined
  /** Canonical paths of the batch's inputs: no output may replace one. */
  inputPaths?: Set<string> | undefined
  to: FormatName[]
  /** Whether --to was given (else it is the default list). */
  toGiven: boolean
  from: 'text' | 'html' | 'auto'
  lang: string | undefined
  dialect: DialectName
  voice: string | undefined
  engine: EngineKind
  table: string | undefined
  cells: number | undefined
  lines: number | undefined
  /** Braille opens with a title page (t1). */
  titlePage: boolean
  /** The name on the title page's "Transcribed by" line (implies a title page). */
  transcriber: string | undefined
  /** PEF for both sides of the sheet (`duplex="true"`; the text starts on a recto). */
  interpoint: boolean
  /** A running head on the braille pages after the first: the headline (`true`) or the words given (`--running-head`, `--running-head-words`). */
  runningHead: boolean | string
  /** A braille edition of the whole batch (`--bundle NAME`) instead of each page's braille. */
  bundle?: BundleSettings | undefined
  /** Narration (`--to audio,marks`): eSpeak NG engine, voice, words per minute, MP3 encoder. */
  speechEngine: SpeechEngineKind
  speechVoice: string | undefined
  speechRate: number | undefined
  encoder: EncoderKind
  /** The read-along page's audio: inside it, or the MP3 beside it. */
  readAlongAudio: 'embed' | 'link'
  /** How the BRF is written: an embosser profile and its overrides, resolved. */
  brf: BrfSettings
  /** File names to take from folders, as a glob on the name (`*.html`). */
  pattern: string | undefined
  /** Largest page to read, in bytes; undefined: the library's default. */
  maxBytes: number | undefined
  jobs: number
  /** Heap of each worker thread, in megabytes. */
  workerMemory: number
  /** Whether a batch is read with a site template learned from its pages (`--no-template`: not). */
  useTemplate: boolean
  /** A saved template to read every page with (`--template FILE`), instead of learning one. */
  templateFile?: string | undefined
  /** Where to save the batch's template (`--save-template FILE`). */
  saveTemplate?: string | undefined
  /** The template the pages are read with, once known. */
  siteTemplate?: Template | undefined
  verbose: boolean
  quiet: boolean
  debug: boolean
}

/** `--bundle NAME`, `--bundle-title`, `--volume-pages`. */
export interface BundleSettings {
  /** The files' stem: `<out>/<name>.brf`, or `<name>.vol1.brf`… for several volumes. */
  name: string
  /** The title on each volume's title page. */
  title: string
  /** Braille pages of text per volume before the next article starts a new one. */
  volumePages: number | undefined
}

/** Where a page's output goes. */
export interface Io {
  stdout: (text: string) => void
  stderr: (text: string) => void
  readStdin: () => Promise<Buffer>
  /** Whether standard error is a terminal (a progress bar, then). */
  isTTY?: boolean | undefined
  /** Aborted on Ctrl-C: the batch starts no new page, finishes the ones under way, and stops. */
  signal?: AbortSignal | undefined
  /**
   * The worker threads' script: the compiled worker.js beside this module
   * unless given (the tests run these modules from TypeScript, and hand the
   * workers the compiled one).
   */
  worker?: URL | undefined
}
