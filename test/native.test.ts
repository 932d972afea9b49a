import {spawnSync} from 'node:child_process'
import {existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {fileURLToPath, pathToFileURL} from 'node:url'
import {describe, expect, it} from 'vitest'
import {findNativeEngine, selectEngine, toBraille, wasmEngine} from '../src/index.js'
import {samplePaths} from './helpers/corpus.js'
import {testPages} from './helpers/pages.js'

const native = findNativeEngine()
if (!native) {
  const reason = 'no native liblouis (apt-get install liblouis20)'
  if (process.env.CI) throw new Error(`CI must run the native engine tests, but there is ${reason}`)
  console.warn(`SKIPPED: ${reason}`)
}

const pages = testPages

/** The system liblouis' file, as the engine finds it. */
function findLibrary(): string {
  return process.env.ALTFORMAT_LIBLOUIS ?? ['/usr/lib/x86_64-linux-gnu/liblouis.so.20', '/usr/lib/aarch64-linux-gnu/liblouis.so.20', '/usr/lib64/liblouis.so.20'].find((file) => existsSync(file)) ?? 'liblouis.so.20'
}

describe.skipIf(!native)('the native engine (the system’s liblouis through koffi)', () => {
  it('is liblouis 3.20 or later, and auto chooses it', () => {
    expect(native?.version).toMatch(/^3\.(2\d|[3-9]\d)\./)
    expect(selectEngine('auto')).toBe(native)
    expect(selectEngine('wasm').kind).toBe('wasm')
  })

  it('gives the same BRF as the wasm engine on the sample and every fixture', () => {
    // No known table fix shows in these pages: normalisation already gives 3.2.0 the
    // dashes and spaces it gets wrong (docs/braille.md lists what differs elsewhere).
    for (const page of pages) {
      expect(toBraille(page.tree, {engine: 'native'}).brf(), page.name).toBe(toBraille(page.tree, {engine: 'wasm'}).brf())
    }
  })

  it('translates with typeforms, back-translates, and sizes buffers for any expansion', () => {
    const engine = native!
    expect(engine.translate('en-ueb-g2.ctb', 'It was very late.', Uint16Array.from([0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 0, 0, 0, 0, 0, 0]))).toBe('⠠⠭⠀⠴⠀⠨⠂⠧⠀⠇⠁⠞⠑⠲')
    expect(engine.backTranslate('en-ueb-g2.ctb', '⠠⠓⠑⠇⠇⠕⠀⠸⠺')).toBe('Hello world')
    for (const text of ['A'.repeat(20_000), '1 2 3 '.repeat(3000), '$%&@#'.repeat(2000)]) {
      expect(engine.translate('en-ueb-g2.ctb', text)).toMatch(/^[\u2800-\u283F]+$/)
    }
    expect(engine.hasTable('en-ueb-g2.ctb')).toBe(true)
    expect(engine.hasTable('klingon.ctb')).toBe(false)
  })

  it('gets right what liblouis 3.2.0 gets wrong: "1 2 3" and Ł', () => {
    expect(native!.translate('en-ueb-g2.ctb', '1 2 3')).toBe('⠼⠁⠐⠃⠐⠉')
    expect(wasmEngine().translate('en-ueb-g2.ctb', '1 2 3')).toBe('⠼⠁⠐⠃⠐⠼⠉')
    expect(native!.defines('en-ueb-g2.ctb', 'Ł')).toBe(true)
    expect(wasmEngine().defines('en-ueb-g2.ctb', 'Ł')).toBe(false)
  })

  it('records its version in the PEF', () => {
    expect(toBraille(pages[0]!.tree, {engine: 'native'}).pef()).toContain(`with liblouis ${native!.version}, table en-ueb-g2.ctb`)
  })

  it('works from the command line, on worker threads, and says so in --version', () => {
    const bin = fileURLToPath(new URL('../dist/cli/main.js', import.meta.url))
    const dir = mkdtempSync(path.join(tmpdir(), 'altformat-native-'))
    // Enough pages for two threads to be in liblouis at once: it keeps process-wide state.
    for (let i = 0; i < 40; i++) writeFileSync(path.join(dir, `p${i}.txt`), readFileSync(samplePaths.text))
    // Each worker's copy of liblouis goes in a private folder of its own (mkdtemp), removed once
    // loaded. The names it once had (altformat-<pid>-<thread>-<library>) are planted as
    // symlinks to a file that must survive: the fixed name followed them and overwrote it.
    const temp = mkdtempSync(path.join(tmpdir(), 'altformat-tmpdir-'))
    const victim = path.join(dir, 'victim.txt')
    writeFileSync(victim, 'precious')
    const args = [dir, '-o', path.join(dir, 'out'), '--to', 'brf', '--engine', 'native', '--jobs', '2', '--quiet']
    const plant =
      "import {realpathSync, symlinkSync} from 'node:fs';" +
      `const library = realpathSync(${JSON.stringify(findLibrary())}).split('/').pop();` +
      `for (let thread = 1; thread <= 4; thread++) symlinkSync(${JSON.stringify(victim)}, ${JSON.stringify(temp)} + '/altformat-' + process.pid + '-' + thread + '-' + library);` +
      `process.argv = [process.argv[0], ${JSON.stringify(bin)}, ...${JSON.stringify(args)}];` +
      `await import(${JSON.stringify(pathToFileURL(bin).href)})`
    writeFileSync(path.join(dir, 'plant.mjs'), plant)
    const result = spawnSync(process.execPath, [path.join(dir, 'plant.mjs')], {encoding: 'utf8', env: {...process.env, TMPDIR: temp}})
    expect(result.stderr).toBe('')
    expect(result.status).toBe(0)
    expect(readFileSync(victim, 'utf8')).toBe('precious')
    expect(readdirSync(temp).filter((name) => name.startsWith('altformat-lib-'))).toEqual([])
    expect(readFileSync(path.join(dir, 'out', 'p3.brf'), 'latin1')).toBe(toBraille(pages[0]!.tree).brf())
    const version = spawnSync(process.execPath, [bin, '--version'], {encoding: 'utf8'}).stdout
    expect(version).toContain(`native: liblouis ${native!.version} (--engine native or auto)`)
  })
})

describe.skipIf(!native)('the native engine and hostile tables', () => {
  const bin = fileURLToPath(new URL('../dist/cli/main.js', import.meta.url))
  // The folder of liblouis' own tables (Debian's), for a table of one's own that includes them.
  const system = '/usr/share/liblouis/tables'
  const brf = (dir: string, table: string, tablePath?: string) =>
    spawnSync(process.execPath, [bin, 'page.txt', '--to', 'brf', '--engine', 'native', '--table', table], {
      cwd: dir,
      encoding: 'utf8',
      timeout: 60_000, // a table read forever must fail this test, not hang it
      env: {...process.env, LOUIS_TABLEPATH: tablePath ?? ''}
    })
  const folder = () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'altformat-tables-'))
    writeFileSync(path.join(dir, 'page.txt'), 'A headline\n\nA first paragraph of the article.\n')
    mkdirSync(path.join(dir, 'tables'))
    return dir
  }

  it('a table that includes itself, or two that include each other, are refused (liblouis crashed with SIGSEGV)', () => {
    const dir = folder()
    writeFileSync(path.join(dir, 'tables', 'self.ctb'), '# a table\ninclude self.ctb\n')
    writeFileSync(path.join(dir, 'tables', 'one.ctb'), 'include two.ctb\n')
    writeFileSync(path.join(dir, 'tables', 'two.ctb'), '  include one.ctb a comment\n')
    const self = brf(dir, 'self.ctb', path.join(dir, 'tables'))
    expect(self.stderr).toBe('altformat: The braille table self.ctb includes self.ctb, which includes it again: liblouis would recurse until it crashed\n')
    expect(self.status).toBe(2)
    const pair = brf(dir, 'one.ctb', path.join(dir, 'tables'))
    expect(pair.stderr).toBe('altformat: The braille table one.ctb → two.ctb includes one.ctb, which includes it again: liblouis would recurse until it crashed\n')
    expect(pair.status).toBe(2)
  })

  it('a table that is, or includes, a device or a FIFO is refused without being read', () => {
    const dir = folder()
    writeFileSync(path.join(dir, 'tables', 'zero.ctb'), 'include /dev/zero\n')
    const zero = brf(dir, 'zero.ctb', path.join(dir, 'tables'))
    expect(zero.stderr).toBe('altformat: The braille table zero.ctb → /dev/zero is not a regular file (a device, a pipe or a folder): liblouis would read it forever\n')
    expect(zero.status).toBe(2)
    if (spawnSync('mkfifo', [path.join(dir, 'tables', 'fifo.ctb')]).status !== 0) return void console.warn('skipped the FIFO: mkfifo failed')
    const fifo = brf(dir, 'fifo.ctb', path.join(dir, 'tables'))
    expect(fifo.stderr).toBe('altformat: The braille table fifo.ctb is not a regular file (a device, a pipe or a folder): liblouis would read it forever\n')
    expect(fifo.status).toBe(2)
  })

  it('a table in the current folder is never used; one in LOUIS_TABLEPATH is', () => {
    const dir = folder()
    const table = 'include en-ueb-g2.ctb\nalways headline 1-2-3\n'
    writeFileSync(path.join(dir, 'mine.ctb'), table)
    const here = brf(dir, 'mine.ctb')
    expect(here.stderr).toContain('altformat: Unknown braille table “mine.ctb”')
    expect(here.stderr).toContain('never in the current folder')
    expect(here.status).toBe(2)
    writeFileSync(path.join(dir, 'tables', 'mine.ctb'), table)
    if (!existsSync(system)) return void console.warn(`skipped a table of one's own: liblouis' tables are not in ${system}`)
    const listed = brf(dir, 'mine.ctb', `${path.join(dir, 'tables')},${system}`)
    expect(listed.stderr).toBe('')
    expect(listed.status).toBe(0)
    // "headline" by the table's own rule, three cells 1, 2, 3 (en-ueb-g2 alone gives ,A H1DL9E).
    expect(listed.stdout).toContain(",A A1'\r\n")
  })
})

describe('without a native liblouis', () => {
  it('--engine native is a usage error that says how to install it; auto falls back to wasm', () => {
    const bin = fileURLToPath(new URL('../dist/cli/main.js', import.meta.url))
    const env = {...process.env, ALTFORMAT_LIBLOUIS: '/nonexistent/liblouis.so'}
    const missing = spawnSync(process.execPath, [bin, samplePaths.text, '--to', 'brf', '--engine', 'native'], {encoding: 'utf8', env})
    expect(missing.status).toBe(2)
    expect(missing.stderr).toBe(
      'altformat: No native liblouis found: install it (Debian/Ubuntu: apt-get install liblouis20; macOS: brew install liblouis), set ALTFORMAT_LIBLOUIS to the library file, or use --engine wasm\n'
    )
    const auto = spawnSync(process.execPath, [bin, samplePaths.text, '--to', 'pef', '--engine', 'auto'], {encoding: 'utf8', env})
    expect(auto.status).toBe(0)
    expect(auto.stdout).toContain('with liblouis 3.2.0, table en-ueb-g2.ctb')
  })
})
