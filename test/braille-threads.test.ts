import {spawnSync} from 'node:child_process'
import {mkdtempSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {afterAll, describe, expect, it} from 'vitest'
import {startBrailleThreads, toBraille, wasmEngine} from '../src/index.js'
import type {AltformatError} from '../src/index.js'
import {brailleBlocks} from '../src/braille/render.js'
import {answeringEngine, recordingEngine} from '../src/braille/threads.js'
import type {TranslationCall} from '../src/braille/threads.js'
import type * as Threads from '../src/braille/threads.js'
// Helper threads run the compiled helper (npm test builds it first): the
// threaded path is tested through the build. Loaded by URL, not by a static
// import, so that the type check of a fresh clone (no dist/ yet) passes; its
// types are the source's.
const built = (await import(new URL('../dist/braille/threads.js', import.meta.url).href)) as typeof Threads
import {readSample} from './helpers/corpus.js'
import {testPages} from './helpers/pages.js'

const table = 'en-ueb-g2.ctb'

/** Every call the renderer makes for the test pages, plain and with positions (a proof). */
function callsOfPages(mapped: boolean): TranslationCall[] {
  const recorder = recordingEngine(wasmEngine())
  for (const {tree} of testPages) brailleBlocks(tree, recorder.engine, table, undefined, mapped)
  return recorder.calls
}

afterAll(async () => {
  await built.stopBrailleThreads()
})

describe('braille on several threads', () => {
  it('the walk that writes down the calls names every call the renderer then makes, on every test page', () => {
    const engine = wasmEngine()
    for (const mapped of [false, true]) {
      for (const {name, tree} of testPages) {
        const recorder = recordingEngine(engine)
        brailleBlocks(tree, recorder.engine, table, undefined, mapped)
        const results = recorder.calls.map((call) => (call.mapped && engine.translateMapped ? engine.translateMapped(call.table, call.text, call.typeform) : {cells: engine.translate(call.table, call.text, call.typeform), from: []}))
        const answering = answeringEngine(engine, recorder.calls, results)
        const answered = brailleBlocks(tree, answering, table, undefined, mapped)
        expect(answering.unanswered(), name).toBe(0)
        expect(answered.blocks, name).toEqual(brailleBlocks(tree, engine, table, undefined, mapped).blocks)
      }
    }
  })

  it('a helper thread answers chunks of the calls, and the answers are the ones this thread gives', () => {
    // The test pages' calls four times over: about 70 chunks, so that a helper takes some.
    const calls = [...callsOfPages(false), ...callsOfPages(true)].flatMap((call) => [call, call])
    const engine = wasmEngine()
    const alone = built.translateAll(engine, calls, 1)
    expect(alone.helped).toBe(0)
    // The first call starts the helper, which may not be ready before this thread is done: try again warm.
    let together = built.translateAll(engine, calls, 2)
    for (let tries = 0; tries < 3 && together.helped === 0; tries++) together = built.translateAll(engine, calls, 2)
    expect(together.chunks).toBeGreaterThan(20)
    expect(together.helped).toBeGreaterThan(0)
    expect(together.results).toEqual(alone.results)
  })

  it('a call a helper cannot make is made again here, and raises the error it raises with one thread', () => {
    const engine = wasmEngine()
    const good = callsOfPages(false)
    built.translateAll(engine, good, 2)
    // First: the chunk a helper takes first (this thread takes them from the back).
    const calls: TranslationCall[] = [{table: 'no-such-table.ctb', text: 'A first paragraph.', mapped: false}, ...good]
    const failure = (threads: number) => {
      try {
        built.translateAll(engine, calls, threads)
      } catch (error) {
        return error
      }
      return undefined
    }
    const alone = failure(1)
    expect(alone).toBeInstanceOf(Error)
    expect((alone as AltformatError).code).toBe('invalid-option')
    const together = failure(2)
    expect((together as AltformatError).code).toBe((alone as AltformatError).code)
    expect((together as Error).message).toBe((alone as Error).message)
  })

  it('a long article is the same braille on two threads as on one, with either engine, and the process ends by itself', {timeout: 120_000}, () => {
    // 280,000 characters: above the length at which the wasm engine starts a helper (250,000).
    const sample = readSample('text').toString()
    const body = sample.split('\n\n').slice(3, -1).join('\n\n')
    const article = 'A Long Article\n\n' + Array.from({length: Math.ceil(280_000 / body.length)}, () => body).join('\n\n') + '\n'
    const dir = mkdtempSync(path.join(tmpdir(), 'altformat-threads-'))
    writeFileSync(path.join(dir, 'long.txt'), article)
    const index = path.resolve(fileURLToPath(new URL('../dist/index.js', import.meta.url)))
    // The native engine starts helpers by itself only for a longer article: started here. Whether
    // helpers are there and alive after a turn of the event loop (a helper that failed to start is
    // forgotten by then) is asked of worthHelpers: a short article is worth them only when they are.
    const threads = path.resolve(fileURLToPath(new URL('../dist/braille/threads.js', import.meta.url)))
    const script =
      `import {readFileSync} from 'node:fs'; import {findNativeEngine, readArticle, startBrailleThreads, toBraille} from ${JSON.stringify(index)};` +
      `import {worthHelpers} from ${JSON.stringify(threads)};` +
      `const tree = readArticle(readFileSync(${JSON.stringify(path.join(dir, 'long.txt'))}, 'utf8')).tree;` +
      `const one = toBraille(tree, {threads: 1}).brf(); const two = toBraille(tree, {threads: 2}).brf();` +
      `let native = true; if (findNativeEngine()) { startBrailleThreads('native', 2);` +
      ` native = toBraille(tree, {engine: 'native', threads: 1}).brf() === toBraille(tree, {engine: 'native', threads: 2}).brf() }` +
      `await new Promise((resolve) => setTimeout(resolve, 100));` +
      `const helpers = worthHelpers('wasm', 10_000) && (!findNativeEngine() || worthHelpers('native', 10_000));` +
      `process.stdout.write(JSON.stringify({same: one === two, native, helpers, length: one.length}))`
    const result = spawnSync(process.execPath, ['--input-type=module', '-e', script], {encoding: 'utf8', timeout: 100_000})
    expect(result.stderr).toBe('')
    expect(result.status).toBe(0)
    const {same, native, helpers, length} = JSON.parse(result.stdout) as {same: boolean; native: boolean; helpers: boolean; length: number}
    expect(length).toBeGreaterThan(200_000)
    expect(helpers).toBe(true)
    expect(same).toBe(true)
    expect(native).toBe(true)
  })

  it('helpers started and never used let the process end once they have loaded, or when stopped', () => {
    const index = path.resolve(fileURLToPath(new URL('../dist/index.js', import.meta.url)))
    const script = `import {startBrailleThreads} from ${JSON.stringify(index)}; startBrailleThreads('wasm', 3)`
    const result = spawnSync(process.execPath, ['--input-type=module', '-e', script], {encoding: 'utf8', timeout: 20_000})
    expect(result.stderr).toBe('')
    expect(result.signal).toBeNull()
    expect(result.status).toBe(0)
    // Stopped before they have loaded, the stop is waited for (an unreferenced helper's end once left a top-level await unsettled).
    const stop = `import {startBrailleThreads, stopBrailleThreads} from ${JSON.stringify(index)}; startBrailleThreads('wasm', 2); await stopBrailleThreads(); console.log('stopped')`
    const stopped = spawnSync(process.execPath, ['--input-type=module', '-e', stop], {encoding: 'utf8', timeout: 20_000})
    expect(stopped.stderr).toBe('')
    expect(stopped.status).toBe(0)
    expect(stopped.stdout).toBe('stopped\n')
  })

  it('threads must be a whole number from 1', () => {
    const {tree} = testPages[0]!
    for (const threads of [0, 1.5, -2]) {
      expect(() => toBraille(tree, {threads})).toThrow(/invalid threads: .*use a whole number from 1/)
    }
    expect(toBraille(tree, {threads: 1}).brf()).toBe(toBraille(tree).brf())
    expect(() => startBrailleThreads('wasm', 0)).toThrow(/startBrailleThreads: invalid threads: 0/)
    expect(() => startBrailleThreads('lou' as 'wasm')).toThrow(/startBrailleThreads: unknown engine “lou”: use wasm or native/)
  })
})
