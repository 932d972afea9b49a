import {spawnSync} from 'node:child_process'
import {mkdtempSync, readFileSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
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
    const result = spawnSync(process.execPath, [bin, dir, '-o', path.join(dir, 'out'), '--to', 'brf', '--engine', 'native', '--jobs', '2', '--quiet'], {encoding: 'utf8'})
    expect(result.status).toBe(0)
    expect(readFileSync(path.join(dir, 'out', 'p3.brf'), 'latin1')).toBe(toBraille(pages[0]!.tree).brf())
    const version = spawnSync(process.execPath, [bin, '--version'], {encoding: 'utf8'}).stdout
    expect(version).toContain(`native: liblouis ${native!.version} (--engine native or auto)`)
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
