// liblouis' own UEB test cases, run on each braille engine: how many each passes,
// file by file. The cases are liblouis' data, not ours, so they are not in the
// repository: give the path of their JSON (liblouis-ueb-cases.json).
//
//   npm run conformance -- <liblouis-ueb-cases.json>
//
// run as a script, it checks each engine against the counts below and exits 1 when
// an engine passes fewer; `npm run bench -- --ueb-cases <path>` puts the table in
// docs/benchmarks.md.
import {readFileSync} from 'node:fs'
import {fileURLToPath} from 'node:url'
import {asciiToCells} from '../dist/braille/cells.js'
import {findNativeEngine, wasmEngine} from '../dist/index.js'

// Typeform bits in the order of the tables' emphasis classes.
const emphasis = ['italic', 'underline', 'bold', 'script', 'transnote', 'trans1', 'trans2', 'trans3', 'trans4', 'trans5']

/** The cells a case expects, from its display table's notation. */
function cells(text, display) {
  return display === 'text_nabcc.dis' ? asciiToCells(text) : text.replaceAll(' ', '\u2800')
}

function typeform(input, forms) {
  if (!forms) return undefined
  const out = new Uint16Array(input.length)
  for (const [name, marks] of Object.entries(forms)) {
    const bit = 1 << emphasis.indexOf(name)
    for (let i = 0; i < marks.length && i < out.length; i++) if (marks[i] !== ' ') out[i] |= bit
  }
  return out
}

/** Run every case that liblouis itself expects to pass; counts per file and direction. */
export function conformance(engine, casesPath) {
  const cases = JSON.parse(readFileSync(casesPath, 'utf8'))
  const results = {}
  for (const c of cases) {
    if (c.xfail) continue
    const directions = c.mode === 'bothDirections' ? ['forward', 'backward'] : [c.mode]
    for (const direction of directions) {
      const key = `${c.file} ${direction}`
      results[key] ??= {passed: 0, total: 0}
      results[key].total++
      try {
        // A two-way case backward reads its braille back to its print.
        const [braille, print] = c.mode === 'backward' ? [c.input, c.expected] : [c.expected, c.input]
        const ok =
          direction === 'forward'
            ? engine.translate(c.table, c.input, typeform(c.input, c.typeform)) === cells(c.expected, c.display)
            : engine.backTranslate(c.table, cells(braille, c.display)) === print
        if (ok) results[key].passed++
      } catch {
        // A case liblouis cannot run counts as failed.
      }
    }
  }
  return results
}

/**
 * What each engine must pass, at least: the counts liblouis itself reaches in that
 * version (3.2.0 for the wasm engine; the system's for native, measured with
 * Debian's 3.24). A lower count is a regression in how altformat calls liblouis.
 */
export const thresholds = {
  wasm: {'en-ueb.yaml forward': 1879},
  native: {'en-ueb.yaml forward': 1943, 'en-ueb-symbols_harness.yaml forward': 590, 'en-ueb-g1_harness.yaml forward': 67}
}

/** Check `results` against `minimum`; the lines to print, and whether all held. */
export function check(name, results, minimum) {
  const lines = []
  let ok = true
  for (const [key, value] of Object.entries(results)) {
    const floor = minimum[key]
    const held = floor === undefined || value.passed >= floor
    ok &&= held
    lines.push(`${held ? 'ok  ' : 'FAIL'} ${name.padEnd(6)} ${key.padEnd(40)} ${value.passed} of ${value.total}${floor === undefined ? '' : ` (at least ${floor})`}`)
  }
  for (const key of Object.keys(minimum)) {
    if (!(key in results)) {
      ok = false
      lines.push(`FAIL ${name.padEnd(6)} ${key}: no such cases in the file`)
    }
  }
  return {ok, lines}
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const casesPath = process.argv[2]
  if (!casesPath) {
    console.error('usage: npm run conformance -- <liblouis-ueb-cases.json>')
    process.exit(2)
  }
  let all = true
  const engines = [['wasm', wasmEngine()]]
  const native = findNativeEngine()
  if (native) engines.push(['native', native])
  else if (process.env.CI === 'true') {
    console.error('FAIL native: no system liblouis (CI installs liblouis-bin)')
    all = false
  } else console.warn('SKIPPED native: no system liblouis here (apt-get install liblouis-bin)')
  for (const [name, engine] of engines) {
    const {ok, lines} = check(name, conformance(engine, casesPath), thresholds[name])
    for (const line of lines) console.log(line)
    all &&= ok
  }
  console.log(all ? 'conformance: every engine at or above its threshold' : 'conformance: below threshold')
  process.exit(all ? 0 : 1)
}
