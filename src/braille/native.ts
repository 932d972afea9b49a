import {existsSync} from 'node:fs'
import path from 'node:path'
import {AltformatError} from '../model/error.js'
import {loadPath, locate, requireKoffi} from '../model/native-library.js'
import {dotsToCells, fromUnits} from './cells.js'
import type {BrailleEngine, Mapped} from './engine.js'
import {definedBy, dotsMode, inPieces} from './pieces.js'
import type {Raw} from './pieces.js'
import {checkTableList} from './table-files.js'

/** Where the system's liblouis usually is: Debian/Ubuntu, Fedora, Homebrew, MacPorts, Windows. */
const libraryNames = [
  'liblouis.so.20',
  'liblouis.so',
  '/usr/lib/x86_64-linux-gnu/liblouis.so.20',
  '/usr/lib/aarch64-linux-gnu/liblouis.so.20',
  '/usr/lib64/liblouis.so.20',
  '/opt/homebrew/lib/liblouis.dylib',
  '/usr/local/lib/liblouis.dylib',
  '/opt/local/lib/liblouis.dylib',
  'liblouis.dll'
]

/** The oldest liblouis `auto` takes: its UEB tables are current enough. */
export const minimumNativeVersion = [3, 20]

interface Koffi {
  load(path: string): {func(signature: string): (...args: unknown[]) => unknown}
}

let native: BrailleEngine | undefined | null

/**
 * The system's liblouis, through FFI (koffi, an optional dependency with
 * prebuilt binaries): current tables at native speed. Found by its usual names,
 * or at `ALTFORMAT_LIBLOUIS`; its tables where liblouis looks for them
 * (`LOUIS_TABLEPATH` to add more). Undefined when there is none.
 */
export function findNativeEngine(): BrailleEngine | undefined {
  if (native !== undefined) return native ?? undefined
  native = null
  const koffi = requireKoffi<Koffi>()
  if (!koffi) {
    koffiMissing = true
    return undefined
  }
  const candidates = process.env.ALTFORMAT_LIBLOUIS ? [process.env.ALTFORMAT_LIBLOUIS] : libraryNames
  for (const name of candidates) {
    const file = locate(name)
    if (path.isAbsolute(name) && !file) continue
    try {
      native = bind(koffi.load(loadPath(file, name, 'ALTFORMAT_LIBLOUIS')), file)
      return native
    } catch (error) {
      if (error instanceof AltformatError) throw error
      // Not this name: try the next.
    }
  }
  return undefined
}


// Whether the last look found no koffi: then liblouis may be there, unreachable.
let koffiMissing = false

/** The native engine, or a clear error saying how to get one. */
export function nativeEngine(): BrailleEngine {
  const engine = findNativeEngine()
  if (!engine && koffiMissing) {
    throw new AltformatError(
      'invalid-option',
      'The native engine needs koffi, an optional dependency that was not installed: run npm install koffi ' +
        '(it loads the system\'s liblouis), or use --engine wasm'
    )
  }
  if (!engine) {
    throw new AltformatError(
      'invalid-option',
      'No native liblouis found: install it (Debian/Ubuntu: apt-get install liblouis20; macOS: brew install liblouis), ' +
        'set ALTFORMAT_LIBLOUIS to the library file, or use --engine wasm'
    )
  }
  return engine
}

/** Whether a version string is at least `minimumNativeVersion`. */
export function recentEnough(version: string): boolean {
  const [major = 0, minor = 0] = version.split('.').map(Number)
  const [wantMajor = 0, wantMinor = 0] = minimumNativeVersion
  return major > wantMajor || (major === wantMajor && minor >= wantMinor)
}

/**
 * Where this liblouis finds tables: LOUIS_TABLEPATH (comma-separated, as
 * liblouis reads it), its data path, the share folder beside the library, and
 * the usual system folders. Never the current folder.
 */
function tableFolders(dataPath: string | null, library: string | undefined): string[] {
  const folders = (process.env.LOUIS_TABLEPATH ?? '').split(',').filter((folder) => folder !== '')
  if (dataPath) folders.push(path.join(dataPath, 'liblouis', 'tables'))
  if (library) {
    const lib = path.dirname(library)
    folders.push(path.resolve(lib, '..', 'share', 'liblouis', 'tables'), path.resolve(lib, '..', '..', 'share', 'liblouis', 'tables'))
  }
  folders.push('/usr/share/liblouis/tables', '/usr/local/share/liblouis/tables', '/opt/homebrew/share/liblouis/tables', '/opt/local/share/liblouis/tables')
  return [...new Set(folders.map((folder) => path.resolve(folder)))].filter((folder) => existsSync(folder))
}

function bind(lib: ReturnType<Koffi['load']>, library: string | undefined): BrailleEngine {
  const versionOf = lib.func('const char *lou_version()')
  const dataPathOf = lib.func('const char *lou_getDataPath()') as () => string | null
  const charSize = lib.func('int lou_charSize()') as () => number
  const getTable = lib.func('const void *lou_getTable(const char *tableList)')
  const setLogLevel = lib.func('void lou_setLogLevel(int level)')
  const signature = (name: string) =>
    lib.func(`int ${name}(const char *tableList, void *inbuf, _Inout_ int *inlen, void *outbuf, _Inout_ int *outlen, void *typeform, void *spacing, int mode)`)
  // Forward: lou_translate, which also gives each output character's input position.
  const translateString = lib.func(
    'int lou_translate(const char *tableList, void *inbuf, _Inout_ int *inlen, void *outbuf, _Inout_ int *outlen, void *typeform, void *spacing, void *outputPos, void *inputPos, void *cursorPos, int mode)'
  )
  const backTranslateString = signature('lou_backTranslateString')
  const version = String(versionOf())
  const wide = charSize()
  setLogLevel(60000) // LOG_OFF
  const defined = new Map<string, boolean>()
  const folders = tableFolders(dataPathOf(), library)
  // Table list as given → the absolute files liblouis gets (undefined: not found).
  const lists = new Map<string, string | undefined>()
  const files = (table: string): string | undefined => {
    if (!lists.has(table)) lists.set(table, /^[\w.,-]+$/.test(table) ? checkTableList(table, folders) : undefined)
    return lists.get(table)
  }
  const checked = (table: string): string => {
    const list = files(table)
    if (list === undefined) throw new AltformatError('invalid-option', `Unknown braille table “${table}” for liblouis ${version}`)
    return list
  }

  // widechar is 16 or 32 bits, as the library was built.
  // A plain loop and the platform's UTF-16 decoder: a callback per character and a spread of
  // the whole buffer into arguments were a tenth of the native engine's time.
  const encode = (text: string): Uint16Array | Uint32Array => {
    if (wide === 2) {
      const units = new Uint16Array(text.length)
      for (let i = 0; i < text.length; i++) units[i] = text.charCodeAt(i)
      return units
    }
    return Uint32Array.from(Array.from(text, (char) => char.codePointAt(0) as number))
  }
  const decode = (buffer: Uint16Array | Uint32Array, length: number): string => {
    if (buffer instanceof Uint16Array) return fromUnits(buffer.subarray(0, length))
    // Joined, not grown a character at a time (see fromUnits).
    return Array.from(buffer.subarray(0, length), (point) => String.fromCodePoint(point)).join('')
  }

  const call = (fn: (...args: unknown[]) => unknown, table: string, text: string, typeform?: Uint16Array, mapped = false, dots = false): Raw => {
    if (text.length === 0) return {out: '', from: []}
    const input = encode(text)
    const length = input.length
    const forward = fn === translateString
    // With 32-bit characters liblouis counts code points; the caller counts UTF-16 units.
    let unitOf: number[] | undefined
    if (wide !== 2 && mapped) {
      unitOf = []
      let unit = 0
      for (const char of text) {
        unitOf.push(unit)
        unit += char.length
      }
    }
    for (let capacity = 4 * length + 64; capacity <= 64 * length + 4096; capacity *= 2) {
      const output = wide === 2 ? new Uint16Array(capacity) : new Uint32Array(capacity)
      // liblouis may write the output's typeforms back: size the array for the output.
      const forms = typeform ? new Uint16Array(Math.max(length, capacity)) : null
      if (forms && typeform) forms.set(typeform.subarray(0, length))
      const positions = forward && mapped ? new Int32Array(capacity) : null
      const inlen = [length]
      const outlen = [capacity]
      const ok = forward ? fn(table, input, inlen, output, outlen, forms, null, null, positions, null, dots ? dotsMode : 0) : fn(table, input, inlen, output, outlen, forms, null, 0)
      if (!ok) throw new AltformatError('invalid-option', `liblouis could not use the table “${table}”`)
      const produced = outlen[0] as number
      if (produced >= capacity || (inlen[0] as number) < length) continue
      const from = positions ? Array.from(positions.subarray(0, produced), (at) => unitOf?.[at] ?? at) : []
      return {out: decode(output, produced), from}
    }
    throw new AltformatError('translation-failed', `liblouis ${version} did not finish translating “${text.slice(0, 40)}…”`)
  }

  const translateMapped = (table: string, text: string, typeform?: Uint16Array, mapped = true): Mapped => {
    const list = checked(table)
    const {out, from} = inPieces(text, typeform, (piece, forms) => call(translateString, list, piece, forms, mapped, true))
    const cells = dotsToCells(out)
    if (cells === undefined) {
      throw new AltformatError('translation-failed', `liblouis ${version} gave braille that is not six-dot (an eight-dot or computer braille table?) for “${text.slice(0, 40)}”: use a six-dot literary table`)
    }
    return {cells, from}
  }

  return {
    version,
    kind: 'native',
    translate: (table, text, typeform) => translateMapped(table, text, typeform, false).cells,
    translateMapped: (table, text, typeform) => translateMapped(table, text, typeform),
    backTranslate(table, cells) {
      const list = checked(table)
      return inPieces(cells.replaceAll('\u2800', ' '), undefined, (piece) => call(backTranslateString, list, piece)).out
    },
    hasTable(table) {
      const list = files(table)
      return list !== undefined && getTable(list) !== null
    },
    defines(table, char) {
      const key = `${table}\u0000${char}`
      let known = defined.get(key)
      if (known === undefined) {
        known = definedBy(call(translateString, checked(table), char, undefined, false, true).out, call(translateString, checked(table), char).out, char)
        defined.set(key, known)
      }
      return known
    }
  }
}
