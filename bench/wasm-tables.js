// Every table of liblouis-build, tried with the wasm engine on one sentence, each
// in a child process of its own with a time limit: which tables hang, which run
// out of the build's 16 MB heap, which give output that is not braille cells, and
// which work. The sentence is normalised for each table first, as the renderer
// does (letters a table lacks written without accents or left out), so what is
// measured is the table, not liblouis' escapes for letters it lacks. A table that hangs belongs in src/braille/wasm-faults.ts (a call
// that never returns cannot be interrupted, so it is refused by name).
//
//   npm run build && node bench/wasm-tables.js [--timeout-ms 5000]
import {spawnSync} from 'node:child_process'
import {readdirSync} from 'node:fs'
import {createRequire} from 'node:module'
import path from 'node:path'
import {parseArgs} from 'node:util'

const {values} = parseArgs({options: {'timeout-ms': {type: 'string', default: '5000'}}})
const timeout = Number(values['timeout-ms'])
const folder = path.join(path.dirname(createRequire(import.meta.url).resolve('liblouis-build')), 'tables')
const tables = readdirSync(folder).filter((name) => /\.(ctb|utb|tbl)$/.test(name)).sort()
const engine = new URL('../dist/braille/engine.js', import.meta.url).href
const sentence = 'Hello, world! 123. Привет, мир.'

// The child bypasses the engine's list of known faults, to find them afresh.
const child = (table) =>
  `const {wasmEngine} = await import(${JSON.stringify(engine)});` +
  `const {normalizeForBraille} = await import(${JSON.stringify(new URL('../dist/braille/normalize.js', import.meta.url).href)});` +
  `const faults = (await import(${JSON.stringify(new URL('../dist/braille/wasm-faults.js', import.meta.url).href)})).wasmTableFaults;` +
  `delete faults[${JSON.stringify(table)}];` +
  `try { const e = wasmEngine(); e.translate(${JSON.stringify(table)}, normalizeForBraille(${JSON.stringify(sentence)}, (c) => e.defines(${JSON.stringify(table)}, c)).text); console.log('works') }` +
  `catch (error) { console.log(error.code ?? 'error', '|', error.message) }`

const verdicts = new Map()
for (const table of tables) {
  const result = spawnSync(process.execPath, ['--input-type=module', '-e', child(table)], {encoding: 'utf8', timeout})
  const line = result.error?.code === 'ETIMEDOUT' || result.signal ? `hangs (no answer in ${timeout} ms)` : result.stdout.trim().split(' | ')[0] || `exit ${result.status}`
  const verdict = /memory/.test(result.stdout) ? 'runs out of memory' : /not six-dot/.test(result.stdout) ? 'gives braille that is not six-dot' : line
  verdicts.set(verdict, [...(verdicts.get(verdict) ?? []), table])
  process.stderr.write('.')
}
process.stderr.write('\n')
for (const [verdict, names] of verdicts) {
  console.log(`${verdict}: ${names.length}${verdict === 'works' ? '' : ` — ${names.join(', ')}`}`)
}
