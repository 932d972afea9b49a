import {existsSync} from 'node:fs'
import type {EventEmitter} from 'node:events'
import {createRequire} from 'node:module'
import path from 'node:path'
import {AltformatError} from '../model/error.js'
import {asciiToCells} from './cells.js'
import {inPieces, isEscape} from './pieces.js'

/**
 * liblouis, as altformat uses it: synchronous, one table list per call, cells
 * out as Unicode braille.
 */
export interface BrailleEngine {
  /** The liblouis version, as it reports it: `3.2.0`. */
  readonly version: string
  /** `wasm`: the npm build; `native`: the system's library. */
  readonly kind: 'wasm' | 'native'
  /** Translate print to braille cells; `typeform` holds an emphasis bitmask per character. */
  translate(table: string, text: string, typeform?: Uint16Array): string
  /** Back-translate braille cells to print. */
  backTranslate(table: string, cells: string): string
  /** Whether the table file exists for this engine. */
  hasTable(table: string): boolean
  /** Whether the table gives a character a braille form (rather than liblouis' `'\\x0142'` escape). */
  defines(table: string, char: string): boolean
}

/** The emscripten module inside liblouis-build, as much of it as we call. */
interface Capi {
  _malloc(size: number): number
  _free(pointer: number): void
  ccall(name: string, returns: string, types: string[], args: unknown[]): number
  getValue(pointer: number, type: string): number
  setValue(pointer: number, value: number, type: string): void
  HEAPU16: Uint16Array
}

interface EasyApi {
  capi: Capi
  version(): string
  setLogLevel(level: number): void
  enableOnDemandTableLoading(url: string): void
}

let wasm: BrailleEngine | undefined

/**
 * The liblouis 3.2.0 emscripten build from npm (`liblouis` + `liblouis-build`),
 * loaded once, on first use. Its easy API sizes buffers in bytes but hands them
 * to liblouis as character counts, so any output longer than its input
 * overflows the heap: this engine calls the C API itself, with an input length
 * in characters and an output buffer that grows until the translation fits.
 */
export function wasmEngine(): BrailleEngine {
  if (wasm) return wasm
  const require = createRequire(import.meta.url)
  // The emscripten build adds a process 'uncaughtException' handler that
  // rethrows and exits 7: after one toBraille, any uncaught error of the host
  // application ended its process that way. A library must not touch the
  // host's process handling, so whatever loading it added is taken off again.
  const host: EventEmitter = process
  const watched = ['uncaughtException', 'unhandledRejection']
  const before = watched.map((event) => new Set(host.listeners(event)))
  const lou = require('liblouis') as EasyApi
  watched.forEach((event, index) => {
    for (const listener of host.listeners(event)) {
      if (!before[index]?.has(listener)) host.removeListener(event, listener as (...args: unknown[]) => void)
    }
  })
  // Mounts liblouis-build's tables at /tables in the emscripten file system.
  lou.enableOnDemandTableLoading('')
  lou.setLogLevel(60000) // LOG_OFF: errors are reported by our own checks.
  const tablesDir = path.join(path.dirname(require.resolve('liblouis-build')), 'tables')
  const capi = lou.capi
  const version = lou.version()
  const defined = new Map<string, boolean>()

  const call = (fn: 'lou_translateString' | 'lou_backTranslateString', table: string, text: string, typeform?: Uint16Array): string => {
    if (text.length === 0) return ''
    const length = text.length
    const input = capi._malloc(length * 2)
    const inlen = capi._malloc(4)
    const outlen = capi._malloc(4)
    try {
      for (let i = 0; i < length; i++) capi.HEAPU16[(input >> 1) + i] = text.charCodeAt(i)
      // UEB grows text by capitals, numbers and indicators: start at 4× and grow
      // while the output fills the buffer.
      for (let capacity = 4 * length + 64; capacity <= 64 * length + 4096; capacity *= 2) {
        const output = capi._malloc(capacity * 2)
        // liblouis may write the output's typeforms back: size the array for the output.
        const forms = typeform ? capi._malloc(Math.max(length, capacity) * 2) : 0
        try {
          if (typeform) {
            capi.HEAPU16.fill(0, forms >> 1, (forms >> 1) + Math.max(length, capacity))
            capi.HEAPU16.set(typeform.subarray(0, length), forms >> 1)
          }
          capi.setValue(inlen, length, 'i32')
          capi.setValue(outlen, capacity, 'i32')
          const ok = capi.ccall(
            fn,
            'number',
            ['string', 'number', 'number', 'number', 'number', 'number', 'number', 'number'],
            [table, input, inlen, output, outlen, forms, 0, 0]
          )
          if (!ok) throw new AltformatError('invalid-option', `liblouis could not use the table “${table}”`)
          const produced = capi.getValue(outlen, 'i32')
          const consumed = capi.getValue(inlen, 'i32')
          if (produced >= capacity || consumed < length) continue
          let out = ''
          for (let i = 0; i < produced; i++) out += String.fromCharCode(capi.HEAPU16[(output >> 1) + i] as number)
          return out
        } finally {
          capi._free(output)
          if (forms) capi._free(forms)
        }
      }
      throw new AltformatError('translation-failed', `liblouis ${version} did not finish translating “${text.slice(0, 40)}…”`)
    } finally {
      capi._free(input)
      capi._free(inlen)
      capi._free(outlen)
    }
  }

  wasm = {
    version,
    kind: 'wasm',
    translate(table, text, typeform) {
      const ascii = inPieces(text, typeform, (piece, forms) => call('lou_translateString', `/tables/${table}`, piece, forms))
      const cells = asciiToCells(ascii)
      if (cells === undefined) {
        throw new AltformatError('translation-failed', `liblouis ${version} gave characters that are not braille cells for “${text.slice(0, 40)}”`)
      }
      return cells
    },
    backTranslate(table, cells) {
      return inPieces(cells.replaceAll('\u2800', ' '), undefined, (piece) => call('lou_backTranslateString', `/tables/${table}`, piece))
    },
    hasTable(table) {
      return /^[\w.-]+$/.test(table) && existsSync(path.join(tablesDir, table))
    },
    defines(table, char) {
      const key = `${table}\u0000${char}`
      let known = defined.get(key)
      if (known === undefined) {
        known = !isEscape(call('lou_translateString', `/tables/${table}`, char))
        defined.set(key, known)
      }
      return known
    }
  }
  return wasm
}
