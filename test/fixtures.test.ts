import {readdirSync, readFileSync} from 'node:fs'
import {fileURLToPath} from 'node:url'
import {describe, it} from 'vitest'
import {inspect, readArticle, validateArticle} from '../src/index.js'
import {expectGolden} from './helpers/golden.js'

/**
 * One folder per reader rule: `input.txt` or `input.html`, beside
 * `expected.outline` — the outline of the tree and every message the reader
 * gave, with its rule and position. Each golden file was read by eye before it
 * was committed; `UPDATE=1 npm test` rewrites them.
 */
for (const reader of ['text', 'html'] as const) {
  const root = fileURLToPath(new URL(`fixtures/${reader}/`, import.meta.url))
  describe(`${reader} reader fixtures`, () => {
    for (const name of readdirSync(root).sort()) {
      it(name, () => {
        const input = `${root}${name}/input.${reader === 'text' ? 'txt' : 'html'}`
        const {tree, file} = readArticle(readFileSync(input), {path: input})
        validateArticle(JSON.parse(JSON.stringify(tree)))
        const messages = file.messages.map(
          (m) => `${m.place && 'start' in m.place ? `${m.place.start.line}:${m.place.start.column}` : `${m.line}:${m.column}`} ${m.ruleId}: ${m.reason}`
        )
        const actual = inspect(tree) + (messages.length > 0 ? '--- messages\n' + messages.join('\n') + '\n' : '')
        expectGolden(actual, `${root}${name}/expected.outline`)
      })
    }
  })
}
