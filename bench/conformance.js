// liblouis' own UEB test cases (../shared/data/liblouis-ueb-cases.json, when it is
// there) run on each braille engine: how many each passes, file by file. Used by
// npm run bench (written to docs/braille.md's conformance table) and by the tests.
import {existsSync, readFileSync} from 'node:fs'
import {fileURLToPath} from 'node:url'
import {asciiToCells} from '../dist/braille/cells.js'

export const casesPath = fileURLToPath(new URL('../../shared/data/liblouis-ueb-cases.json', import.meta.url))

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
export function conformance(engine) {
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

export const haveCases = () => existsSync(casesPath)
