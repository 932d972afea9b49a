import type {DialectName, EngineKind} from '../index.js'
import type {FormatName} from './formats.js'

/** Exit statuses, documented in docs/cli.md. */
export const exitCodes = {ok: 0, someFailed: 1, usage: 2} as const

/** The command line's options, resolved and checked. */
export interface Settings {
  inputs: string[]
  /** Output folder; undefined: standard output for one page in one format, else the current folder. */
  out: string | undefined
  to: FormatName[]
  from: 'text' | 'html' | 'auto'
  lang: string | undefined
  dialect: DialectName
  voice: string | undefined
  engine: EngineKind
  table: string | undefined
  cells: number | undefined
  lines: number | undefined
  /** File names to take from folders, as a glob on the name (`*.html`). */
  pattern: string | undefined
  /** Largest page to read, in bytes; undefined: the library's default. */
  maxBytes: number | undefined
  jobs: number
  verbose: boolean
  quiet: boolean
  debug: boolean
}

/** Where a page's output goes. */
export interface Io {
  stdout: (text: string) => void
  stderr: (text: string) => void
  readStdin: () => Promise<Buffer>
  /** Whether standard error is a terminal (a progress bar, then). */
  isTTY?: boolean | undefined
}
