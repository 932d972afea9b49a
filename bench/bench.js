// npm run bench: how long each stage takes on a 1 MB article, in one run, as
// ratios to reading it (machines are noisy; ratios travel better than
// milliseconds). Results go to docs/benchmarks.md.
import {readFileSync, writeFileSync} from 'node:fs'
import {cpus} from 'node:os'
import {fileURLToPath} from 'node:url'
import {dialectNames, readArticle, toHtml, toScript, toSsml, toSsmlParts} from '../dist/index.js'

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
  ''
]
writeFileSync(new URL('../docs/benchmarks.md', import.meta.url), lines.join('\n'))
console.log(lines.join('\n'))
