import {existsSync} from 'node:fs'
import type {EventEmitter} from 'node:events'
import {createRequire} from 'node:module'
import path from 'node:path'
import {AltformatError} from '../model/error.js'
import {dotsToCells, fromUnits} from './cells.js'
import {definedBy, dotsMode, inPieces} from './pieces.js'
import type {Raw} from './pieces.js'
import {wasmTableFaults} from './wasm-faults.js'
import {loadWithCodeCache} from './code-cache.js'
import type {CachedModule} from './code-cache.js'

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
  /**
   * Translate, and say for each cell which character of `text` it came from
   * (liblouis' `inputPos`), so that a renderer can mend a cell it knows better
   * than the table does.
   */
  translateMapped?(table: string, text: string, typeform?: Uint16Array): Mapped
  /** Back-translate braille cells to print. */
  backTranslate(table: string, cells: string): string
  /** Whether the table file exists for this engine. */
  hasTable(table: string): boolean
  /** Whether the table gives a character a braille form (rather than liblouis' `'\\x0142'` escape). */
  defines(table: string, char: string): boolean
  /**
   * Load the table now, so that a table the engine cannot use fails before
   * any page is read; throws `AltformatError` saying why.
   */
  prepare?(table: string): void
}

/** Braille cells, and for each cell the index of the print character it came from. */
export interface Mapped {
  cells: string
  from: number[]
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
  capi: Capi & {print: (text: string) => void; printErr: (text: string) => void}
  version(): string
  setLogLevel(level: number): void
  enableOnDemandTableLoading(url: string): void
}

let wasm: BrailleEngine | undefined

/** One loaded instance of the emscripten build: its C API and its version. */
interface Instance {
  capi: Capi
  version: string
  /** The build's compiled code, to be kept for the next process once it has translated. */
  build: CachedModule
}

/**
 * Load liblouis-build afresh: a new instance, with a heap of its own. Node
 * caches modules, so the cached ones are dropped first; the first load is the
 * usual one.
 */
function loadInstance(fresh: boolean): Instance {
  const require = createRequire(import.meta.url)
  if (fresh) {
    for (const id of [require.resolve('liblouis'), require.resolve('liblouis/easy-api.js'), require.resolve('liblouis-build')]) {
      Reflect.deleteProperty(require.cache, id)
    }
  }
  // The emscripten build adds a process 'uncaughtException' handler that
  // rethrows and exits 7: after one toBraille, any uncaught error of the host
  // application ended its process that way. A library must not touch the
  // host's process handling, so whatever loading it added is taken off again.
  const host: EventEmitter = process
  const watched = ['uncaughtException', 'unhandledRejection']
  const before = watched.map((event) => new Set(host.listeners(event)))
  // liblouis-build first, through V8's code cache: liblouis requires it and gets this instance.
  const build = loadWithCodeCache(require.resolve('liblouis-build'), 'liblouis-build-3.2.0')
  const lou = require('liblouis') as EasyApi
  watched.forEach((event, index) => {
    for (const listener of host.listeners(event)) {
      if (!before[index]?.has(listener)) host.removeListener(event, listener as (...args: unknown[]) => void)
    }
  })
  // Mounts liblouis-build's tables at /tables in the emscripten file system.
  lou.enableOnDemandTableLoading('')
  lou.setLogLevel(60000) // LOG_OFF: errors are reported by our own checks.
  // An abort prints its message to the console before throwing it: the thrown
  // value is turned into a typed error below, so the console stays quiet.
  lou.capi.print = lou.capi.printErr = () => undefined
  return {capi: lou.capi, version: lou.version(), build}
}

/**
 * How many table lists stay compiled at once. The build's heap is a fixed
 * 16 MB and every compiled table stays in it: measured, one process ran out
 * after 90 of liblouis-build's tables (hu.tbl alone fills it). Past this many,
 * liblouis' table cache is emptied (`lou_free`) before the next is compiled.
 */
const maxCompiledTables = 8

/**
 * The liblouis 3.2.0 emscripten build from npm (`liblouis` + `liblouis-build`),
 * loaded once, on first use. Its easy API sizes buffers in bytes but hands them
 * to liblouis as character counts, so any output longer than its input
 * overflows the heap: this engine calls the C API itself, with an input length
 * in characters and an output buffer that grows until the translation fits.
 * When the heap runs out anyway (emscripten aborts, and the instance is dead
 * for good), the build is loaded afresh and the call tried once more.
 */
export function wasmEngine(): BrailleEngine {
  if (wasm) return wasm
  const require = createRequire(import.meta.url)
  let instance = loadInstance(false)
  const tablesDir = path.join(path.dirname(require.resolve('liblouis-build')), 'tables')
  const {version} = instance
  const defined = new Map<string, boolean>()
  const compiled = new Set<string>()

  // Forward: lou_translate, which also gives each output character's input position.
  const attempt = (fn: 'lou_translate' | 'lou_backTranslateString', table: string, text: string, typeform: Uint16Array | undefined, mapped: boolean, dots: boolean): Raw => {
    const {capi} = instance
    if (!compiled.has(table)) {
      if (compiled.size >= maxCompiledTables) {
        capi.ccall('lou_free', 'number', [], [])
        compiled.clear()
      }
      compiled.add(table)
    }
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
        // Input positions only when asked for: reading them back costs a call per cell.
        const positions = mapped ? capi._malloc(capacity * 4) : 0
        try {
          if (typeform) {
            capi.HEAPU16.fill(0, forms >> 1, (forms >> 1) + Math.max(length, capacity))
            capi.HEAPU16.set(typeform.subarray(0, length), forms >> 1)
          }
          capi.setValue(inlen, length, 'i32')
          capi.setValue(outlen, capacity, 'i32')
          const ok =
            fn === 'lou_translate'
              ? capi.ccall(
                  fn,
                  'number',
                  ['string', 'number', 'number', 'number', 'number', 'number', 'number', 'number', 'number', 'number', 'number'],
                  [`/tables/${table}`, input, inlen, output, outlen, forms, 0, 0, positions, 0, dots ? dotsMode : 0]
                )
              : capi.ccall(
                  fn,
                  'number',
                  ['string', 'number', 'number', 'number', 'number', 'number', 'number', 'number'],
                  [`/tables/${table}`, input, inlen, output, outlen, forms, 0, 0]
                )
          if (!ok) throw new AltformatError('invalid-option', `liblouis could not use the table “${table}”`)
          const produced = capi.getValue(outlen, 'i32')
          const consumed = capi.getValue(inlen, 'i32')
          if (produced >= capacity || consumed < length) continue
          const out = fromUnits(capi.HEAPU16.subarray(output >> 1, (output >> 1) + produced))
          const from: number[] = []
          if (positions) for (let i = 0; i < produced; i++) from.push(capi.getValue(positions + 4 * i, 'i32'))
          return {out, from}
        } finally {
          capi._free(output)
          if (forms) capi._free(forms)
          if (positions) capi._free(positions)
        }
      }
      throw new AltformatError('translation-failed', `liblouis ${version} did not finish translating “${text.slice(0, 40)}…”`)
    } finally {
      capi._free(input)
      capi._free(inlen)
      capi._free(outlen)
    }
  }

  const call = (fn: 'lou_translate' | 'lou_backTranslateString', table: string, text: string, typeform?: Uint16Array, mapped = false, dots = false): Raw => {
    if (text.length === 0) return {out: '', from: []}
    const fault = wasmTableFaults[table]
    if (fault) throw new AltformatError('invalid-option', `liblouis ${version}, the wasm engine, cannot use the table ${table}: it ${fault}. Use --engine native (a system liblouis 3.20 or later), or another table`)
    for (let tries = 0; ; tries++) {
      try {
        const raw = attempt(fn, table, text, typeform, mapped, dots)
        // The table compiler and translator have run: their code is worth keeping for the next process.
        instance.build.save()
        return raw
      } catch (error) {
        // emscripten aborts by throwing a bare string (abort(…)), and the instance is dead for good.
        if (typeof error !== 'string') throw error
        instance = loadInstance(true)
        compiled.clear()
        if (tries > 0) {
          const memory = /Cannot enlarge memory/.test(error)
          throw new AltformatError(
            'translation-failed',
            memory
              ? `liblouis ${version}, the wasm engine, ran out of its fixed 16 MB of memory with the table ${table}: use --engine native (a system liblouis has no such limit), or another table`
              : `liblouis ${version}, the wasm engine, failed with the table ${table} (${error.slice(0, 80)}): use --engine native, or another table`
          )
        }
      }
    }
  }

  const translateMapped = (table: string, text: string, typeform?: Uint16Array, mapped = true): Mapped => {
    const {out, from} = inPieces(text, typeform, (piece, forms) => call('lou_translate', table, piece, forms, mapped, true))
    const cells = dotsToCells(out)
    if (cells === undefined) {
      throw new AltformatError('translation-failed', `liblouis ${version} gave braille that is not six-dot (an eight-dot or computer braille table?) for “${text.slice(0, 40)}”: use a six-dot literary table`)
    }
    return {cells, from}
  }

  wasm = {
    version,
    kind: 'wasm',
    translate: (table, text, typeform) => translateMapped(table, text, typeform, false).cells,
    translateMapped: (table, text, typeform) => translateMapped(table, text, typeform),
    backTranslate(table, cells) {
      return inPieces(cells.replaceAll('\u2800', ' '), undefined, (piece) => call('lou_backTranslateString', table, piece)).out
    },
    hasTable(table) {
      return /^[\w.-]+$/.test(table) && existsSync(path.join(tablesDir, table))
    },
    defines(table, char) {
      const key = `${table}\u0000${char}`
      let known = defined.get(key)
      if (known === undefined) {
        known = definedBy(call('lou_translate', table, char, undefined, false, true).out, call('lou_translate', table, char).out, char)
        defined.set(key, known)
      }
      return known
    },
    prepare(table) {
      call('lou_translate', table, 'a')
    }
  }
  return wasm
}
