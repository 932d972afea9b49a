// npm run bench: how long each stage takes on a 1 MB article, in one run, as
// ratios to reading it (machines are noisy; ratios travel better than
// milliseconds). Results go to docs/benchmarks.md.
import {execFileSync} from 'node:child_process'
import {existsSync, readFileSync, writeFileSync} from 'node:fs'
import {cpus} from 'node:os'
import {fileURLToPath} from 'node:url'
import {dialectNames, readArticle, toBraille, toHtml, toScript, toSsml, toSsmlParts, wasmEngine} from '../dist/index.js'
import {brailleBlocks} from '../dist/braille/render.js'

const samplePath = fileURLToPath(new URL('../../shared/corpus/rferl-johnson-lavrov.txt', import.meta.url))
const sample = readFileSync(samplePath, 'utf8')
// The sample's body, repeated to 1 MB, under one headline.
const body = sample.split('\n\n').slice(3, -1).join('\n\n')
const copies = Math.ceil(1_000_000 / body.length)
const article = 'Headline For A Long Article\n\n' + Array.from({length: copies}, () => body).join('\n\n') + '\n'

/** Median of `runs` timings of `fn`, in milliseconds, after one warm-up. */
function time(fn, runs = 5) {
  fn()
  const times = []
  for (let i = 0; i < runs; i++) {
    const start = performance.now()
    fn()
    times.push(performance.now() - start)
  }
  times.sort((a, b) => a - b)
  return times[Math.floor(times.length / 2)]
}

let tree
const rows = []
const read = time(() => {
  tree = readArticle(article).tree
})
rows.push(['read (text reader + enrichment)', read])
rows.push(['html', time(() => toHtml(tree))])
for (const dialect of dialectNames) rows.push([`ssml ${dialect}`, time(() => toSsml(tree, {dialect}))])
rows.push(['ssml polly, split into request-sized parts', time(() => toSsmlParts(tree, {dialect: 'polly'}))])
rows.push(['narrator script', time(() => toScript(tree))])

// Braille: a 300 KB article to BRF, beside Debian's lou_translate on the same print.
const small = 'Headline For A Long Article\n\n' + Array.from({length: Math.ceil(300_000 / body.length)}, () => body).join('\n\n') + '\n'
const smallTree = readArticle(small).tree
const engine = wasmEngine()
const brf = time(() => toBraille(smallTree).brf(), 3)
const translateOnly = time(() => brailleBlocks(smallTree, engine, 'en-ueb-g2.ctb'), 3)
const print = brailleBlocks(smallTree, engine, 'en-ueb-g2.ctb').blocks.map((block) => block.print).join('\n') + '\n'
const native = existsSync('/usr/bin/lou_translate')
  ? time(() => execFileSync('lou_translate', ['--forward', 'en-ueb-g2.ctb'], {input: print, maxBuffer: 1 << 26}), 3)
  : undefined
const brailleRows = [
  ['altformat BRF (translate → lay out → write)', brf],
  ['  of which: liblouis 3.2.0 (asm.js) translation, one call per block', translateOnly],
  ...(native === undefined ? [] : [['lou_translate 3.24 (native), the same print', native]])
]

const mb = (article.length / 1e6).toFixed(2)
const lines = [
  '# Benchmarks',
  '',
  `Written by \`npm run bench\` (bench/bench.js) on ${new Date().toISOString().slice(0, 10)}: Node ${process.version}, ${cpus().length} × ${cpus()[0]?.model ?? 'CPU'}.`,
  `Input: the sample article's body repeated to ${mb} MB (${tree.children.length} blocks). Median of 5 runs after a warm-up.`,
  '',
  '| stage | ms | × reading |',
  '|---|---:|---:|',
  ...rows.map(([name, ms]) => `| ${name} | ${ms.toFixed(0)} | ${(ms / read).toFixed(2)} |`),
  '',
  `## Braille: ${(small.length / 1000).toFixed(0)} KB article to BRF`,
  '',
  native === undefined
    ? 'lou_translate is not installed here (apt-get install liblouis-bin): no native comparison in this run.'
    : `altformat takes **${(brf / native).toFixed(1)}×** the time of native \`lou_translate\` on the same text (target: within 8×).`,
  '',
  '| stage | ms | × lou_translate |',
  '|---|---:|---:|',
  ...brailleRows.map(([name, ms]) => `| ${name} | ${ms.toFixed(0)} | ${native === undefined ? '–' : (ms / native).toFixed(2)} |`),
  '',
  'Most of the braille time is liblouis itself: the npm build is liblouis 3.2.0 compiled to asm.js,',
  'not WebAssembly, and runs several times slower than the native library. Layout and writing the',
  'BRF take the difference between the first two rows.',
  ''
]
writeFileSync(new URL('../docs/benchmarks.md', import.meta.url), lines.join('\n'))
console.log(lines.join('\n'))
