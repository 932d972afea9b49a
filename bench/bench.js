// npm run bench: how long each stage takes on a 1 MB article, in one run, as
// ratios to reading it (machines are noisy; ratios travel better than
// milliseconds). Results go to docs/benchmarks.md.
import {execFileSync, spawn, spawnSync} from 'node:child_process'
import {existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {cpus} from 'node:os'
import {fileURLToPath} from 'node:url'
import {dialectNames, findNativeEngine, readArticle, startBrailleThreads, toBraille, toHtml, toScript, toSsml, toSsmlParts, wasmEngine} from '../dist/index.js'
import {conformance} from './conformance.js'
import {brailleBlocks} from '../dist/braille/render.js'
import {narrationBench} from './audio.js'

// npm run bench -- --ueb-cases <liblouis-ueb-cases.json>: add liblouis' own UEB
// cases to the report (they are liblouis' data and not in this repository).
const casesFlag = process.argv.indexOf('--ueb-cases')
const casesPath = casesFlag === -1 ? undefined : process.argv[casesFlag + 1]
if (casesFlag !== -1 && !casesPath) {
  console.error('usage: npm run bench [-- --ueb-cases <liblouis-ueb-cases.json>]')
  process.exit(2)
}
const samplePath = fileURLToPath(new URL('../examples/rferl-johnson-lavrov.txt', import.meta.url))
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
// One thread, then the default: on this thread, as many as the cores (up to four); the
// article is long enough for the wasm engine to start its helpers in the warm-up run.
const brfOneThread = time(() => toBraille(smallTree, {threads: 1}).brf(), 3)
const brf = time(() => toBraille(smallTree).brf(), 3)
const translateOnly = time(() => brailleBlocks(smallTree, engine, 'en-ueb-g2.ctb'), 3)
const print = brailleBlocks(smallTree, engine, 'en-ueb-g2.ctb').blocks.map((block) => block.print).join('\n') + '\n'
const native = existsSync('/usr/bin/lou_translate')
  ? time(() => execFileSync('lou_translate', ['--forward', 'en-ueb-g2.ctb'], {input: print, maxBuffer: 1 << 26}), 3)
  : undefined
const nativeEngine = findNativeEngine()
const nativeBrfOneThread = nativeEngine ? time(() => toBraille(smallTree, {engine: 'native', threads: 1}).brf(), 3) : undefined
// Below the length at which the native engine starts helpers by itself: started here, as a long-lived process would.
if (nativeEngine) startBrailleThreads('native')
const nativeBrf = nativeEngine ? time(() => toBraille(smallTree, {engine: 'native'}).brf(), 3) : undefined
const threads = Math.min(cpus().length, 4)
const brailleRows = [
  ['altformat BRF (translate → lay out → write), one thread', brfOneThread],
  [`altformat BRF, ${threads} threads (the default here)`, brf],
  ...(nativeBrf === undefined
    ? []
    : [
        [`altformat BRF, --engine native (liblouis ${nativeEngine.version} through koffi), one thread`, nativeBrfOneThread],
        [`altformat BRF, --engine native, ${threads} threads (helpers started)`, nativeBrf]
      ]),
  ['  of which: liblouis 3.2.0 (asm.js) translation, one call per block, one thread', translateOnly],
  ...(native === undefined ? [] : [['lou_translate 3.24 (native), the same print, one process', native]])
]

// The same article as a file, one command-line process per run (reading, liblouis
// and helpers all started afresh), --jobs 1 against the default, interleaved, median of 3.
const longDir = mkdtempSync(path.join(tmpdir(), 'altformat-long-'))
writeFileSync(path.join(longDir, 'long.txt'), small)
const longRun = (args) => {
  const start = performance.now()
  const result = spawnSync(process.execPath, [fileURLToPath(new URL('../dist/cli/main.js', import.meta.url)), path.join(longDir, 'long.txt'), '-o', path.join(longDir, 'out.brf'), '--to', 'brf', '--quiet', ...args])
  if (result.status !== 0) throw new Error(`long article failed: ${result.stderr}`)
  return performance.now() - start
}
const longRuns = {wasm1: [], wasm: [], native1: [], native: []}
for (let i = 0; i < 3; i++) {
  longRuns.wasm1.push(longRun(['--jobs', '1']))
  longRuns.wasm.push(longRun([]))
  if (nativeEngine) {
    longRuns.native1.push(longRun(['--jobs', '1', '--engine', 'native']))
    longRuns.native.push(longRun(['--engine', 'native']))
  }
}
const medianOf = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]
rmSync(longDir, {recursive: true, force: true})

// The command line: time to the first byte of SSML for a short page (cold start),
// and a batch of 200 pages with one and with two jobs.
const bin = fileURLToPath(new URL('../dist/cli/main.js', import.meta.url))
function firstByte(args) {
  return new Promise((resolve) => {
    const start = performance.now()
    const child = spawn(process.execPath, [bin, samplePath, ...args])
    child.stdout.once('data', () => resolve(performance.now() - start))
    child.stdout.resume()
  })
}
/** Median of five cold starts, to the first byte on standard output. */
async function coldStartOf(args) {
  const starts = []
  for (let i = 0; i < 5; i++) starts.push(await firstByte(args))
  starts.sort((a, b) => a - b)
  return starts[2]
}
const coldStart = await coldStartOf(['--to', 'ssml'])
const coldBrf = await coldStartOf(['--to', 'brf'])
const coldBrfNative = nativeEngine ? await coldStartOf(['--to', 'brf', '--engine', 'native']) : undefined

const batchDir = mkdtempSync(path.join(tmpdir(), 'altformat-bench-'))
mkdirSync(path.join(batchDir, 'in'))
for (let i = 0; i < 200; i++) writeFileSync(path.join(batchDir, 'in', `page-${String(i).padStart(3, '0')}.txt`), sample)
const batch = (jobs) => {
  const start = performance.now()
  const result = spawnSync(process.execPath, [bin, path.join(batchDir, 'in'), '-o', path.join(batchDir, `out-${jobs}`), '--jobs', String(jobs), '--quiet'])
  if (result.status !== 0) throw new Error(`batch failed: ${result.stderr}`)
  return performance.now() - start
}
const oneJob = batch(1)
const twoJobs = batch(2)

// Batches of 1 to 200 pages in three formats, --jobs 1 against the default (as many
// workers as cores, started as they pay for themselves), the two runs interleaved and
// each size timed three times: the default must never be the slower.
const sizes = [1, 5, 20, 60, 200]
const sweep = []
for (const size of sizes) {
  const dir = path.join(batchDir, `size-${size}`)
  mkdirSync(dir)
  for (let i = 0; i < size; i++) writeFileSync(path.join(dir, `page-${String(i).padStart(3, '0')}.txt`), sample)
  const run = (jobs) => {
    const out = path.join(batchDir, `size-${size}-out`)
    rmSync(out, {recursive: true, force: true})
    const start = performance.now()
    const result = spawnSync(process.execPath, [bin, dir, '-o', out, '--to', 'ssml,html,brf', '--quiet', ...(jobs ? ['--jobs', String(jobs)] : [])])
    if (result.status !== 0) throw new Error(`batch of ${size} failed: ${result.stderr}`)
    return performance.now() - start
  }
  const one = []
  const dflt = []
  for (let i = 0; i < 3; i++) {
    one.push(run(1))
    dflt.push(run(undefined))
  }
  const median = (values) => values.sort((a, b) => a - b)[1]
  sweep.push({size, one: median(one), dflt: median(dflt)})
}
const batchNative = (jobs) => {
  const start = performance.now()
  const result = spawnSync(process.execPath, [bin, path.join(batchDir, 'in'), '-o', path.join(batchDir, `native-${jobs}`), '--jobs', String(jobs), '--quiet', '--to', 'brf', '--engine', 'native'])
  if (result.status !== 0) throw new Error(`native batch failed: ${result.stderr}`)
  return performance.now() - start
}
const nativeTwoJobs = nativeEngine ? batchNative(2) : undefined
// lou_translate over the same 200 pages' print, for scale.
const pagePrint = brailleBlocks(readArticle(sample).tree, engine, 'en-ueb-g2.ctb').blocks.map((block) => block.print).join('\n') + '\n'
const nativeBatch = existsSync('/usr/bin/lou_translate')
  ? time(() => execFileSync('lou_translate', ['--forward', 'en-ueb-g2.ctb'], {input: pagePrint.repeat(200), maxBuffer: 1 << 26}), 1)
  : undefined
rmSync(batchDir, {recursive: true, force: true})

// A control for the speed-up: the same 200 pages rendered by two plain node
// processes (no batch machinery, no files), against one. What two cores of this
// machine give for this work, whatever the pool does.
const control = (processes) => {
  const code = `import('${new URL('../dist/index.js', import.meta.url).href}').then(({readArticle, toBraille, toHtml, toSsml, toScript}) => {
    const s = ${JSON.stringify(sample)}
    for (let i = 0; i < ${200 / processes}; i++) { const t = readArticle(s).tree; const b = toBraille(t); b.brf(); b.pef(); b.preview(); toHtml(t); toSsml(t); toScript(t); JSON.stringify(t) }
  })`
  const start = performance.now()
  return Promise.all(
    Array.from({length: processes}, () => new Promise((resolve) => spawn(process.execPath, ['--input-type=module', '-e', code]).on('exit', resolve)))
  ).then(() => performance.now() - start)
}
const controlRatio = (await control(1)) / (await control(2))

// Limits: a 10 MB article, every format, in a process of its own, with its peak memory.
const huge = async () => {
  const code = `import('${new URL('../dist/index.js', import.meta.url).href}').then(({readArticle, toBraille, toHtml, toSsml, toSsmlParts, toScript}) => {
    const body = ${JSON.stringify(body)}
    const text = 'Headline For A Huge Article\\n\\n' + Array.from({length: Math.ceil(10_000_000 / body.length)}, () => body).join('\\n\\n') + '\\n'
    const start = performance.now()
    const tree = readArticle(text).tree
    const read = performance.now() - start
    JSON.stringify(tree); toHtml(tree); toSsml(tree); toSsmlParts(tree, {dialect: 'polly'}); toScript(tree)
    const braille = toBraille(tree); braille.brf(); braille.pef(); braille.preview()
    console.log(JSON.stringify({bytes: text.length, read, total: performance.now() - start, rss: process.resourceUsage().maxRSS / 1024}))
  })`
  // V8 lets garbage grow lazily up to its default heap limit (a quarter of the
  // machine's memory); cap the old space so that what is measured is what the
  // work needs.
  const child = spawnSync(process.execPath, ['--max-old-space-size=768', '--input-type=module', '-e', code], {encoding: 'utf8', maxBuffer: 1 << 20})
  if (child.status !== 0) throw new Error(`10 MB run failed: ${child.stderr}`)
  return JSON.parse(child.stdout)
}
const limits = await huge()

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
    : `altformat takes **${(brf / native).toFixed(2)}×** the time of native \`lou_translate\` on the same text (target: at most 3×; ${(brfOneThread / native).toFixed(2)}× on one thread).`,
  '',
  '| stage | ms | × lou_translate |',
  '|---|---:|---:|',
  ...brailleRows.map(([name, ms]) => `| ${name} | ${ms.toFixed(0)} | ${native === undefined ? '–' : (ms / native).toFixed(2)} |`),
  '',
  ...(nativeBrf === undefined || native === undefined ? [] : [`With \`--engine native\`, the BRF takes **${(nativeBrf / native).toFixed(2)}×** the time of \`lou_translate\` (target: at most 1.2×; ${(nativeBrfOneThread / native).toFixed(2)}× on one thread).`, '']),
  'In one process (the warm-up run loads liblouis, and the helpers for the default engine, whose',
  'threshold the article passes); the native helpers are started with `startBrailleThreads`, as a',
  'long-lived process would. The same article as a file, one command-line process per run (reading,',
  'liblouis and helpers started afresh), interleaved, median of 3:',
  '',
  '| `altformat long.txt --to brf` | --jobs 1 | default | default against --jobs 1 |',
  '|---|---:|---:|---:|',
  `| default engine | ${medianOf(longRuns.wasm1).toFixed(0)} ms | ${medianOf(longRuns.wasm).toFixed(0)} ms | ${(medianOf(longRuns.wasm1) / medianOf(longRuns.wasm)).toFixed(2)}× |`,
  ...(nativeEngine ? [`| --engine native | ${medianOf(longRuns.native1).toFixed(0)} ms | ${medianOf(longRuns.native).toFixed(0)} ms | ${(medianOf(longRuns.native1) / medianOf(longRuns.native)).toFixed(2)}× |`] : []),
  '',
  ...(casesPath
    ? [
        '## Conformance: liblouis\' own UEB cases',
        '',
        'The cases liblouis itself expects to pass (`liblouis-ueb-cases.json`, given with `--ueb-cases`), run on each engine:',
        '',
        '| cases | wasm (liblouis 3.2.0) | native |',
        '|---|---:|---:|',
        ...(() => {
          const wasm = conformance(wasmEngine(), casesPath)
          const nat = nativeEngine ? conformance(nativeEngine, casesPath) : {}
          return Object.entries(wasm).map(([key, value]) => `| ${key} | ${value.passed} of ${value.total} | ${nat[key] ? `${nat[key].passed} of ${nat[key].total}` : '–'} |`)
        })(),
        ''
      ]
    : []),
  '## Command line',
  '',
  '| measure | value |',
  '|---|---:|',
  `| reader alone, text, on the ${mb} MB article (target at least 3 MB/s) | ${(Number(mb) / (read / 1000)).toFixed(2)} MB/s |`,
  `| first SSML byte for the sample, cold start (median of 5; target at most 250 ms) | ${coldStart.toFixed(0)} ms |`,
  `| first BRF byte, cold start, the default engine (liblouis 3.2.0, asm.js; target at most 400 ms) | ${coldBrf.toFixed(0)} ms |`,
  ...(coldBrfNative === undefined ? [] : [`| first BRF byte, cold start, --engine native (liblouis ${nativeEngine.version}) | ${coldBrfNative.toFixed(0)} ms |`]),
  `| 200 pages, every format, 1 job | ${oneJob.toFixed(0)} ms (${(200 / (oneJob / 1000)).toFixed(1)} pages/s) |`,
  `| 200 pages, every format, 2 jobs | ${twoJobs.toFixed(0)} ms (${(200 / (twoJobs / 1000)).toFixed(1)} pages/s) |`,
  `| speed-up with 2 jobs (target at least 1.6×) | ${(oneJob / twoJobs).toFixed(2)}× |`,
  `| control: two plain processes against one, the same work without files | ${controlRatio.toFixed(2)}× |`,
  ...(nativeBatch === undefined ? [] : [`| lou_translate alone on the same 200 pages' print, one process | ${nativeBatch.toFixed(0)} ms (${(200 / (nativeBatch / 1000)).toFixed(1)} pages/s) |`]),
  ...(nativeTwoJobs === undefined ? [] : [`| 200 pages to BRF, --engine native, 2 jobs (target: at least lou_translate's pages/s) | ${nativeTwoJobs.toFixed(0)} ms (${(200 / (nativeTwoJobs / 1000)).toFixed(1)} pages/s) |`]),
  '',
  `Batches in three formats (ssml, html, brf), \`--jobs 1\` against the default (${cpus().length} jobs here, a worker started only when the first one's timings say it pays for itself), interleaved, median of 3:`,
  '',
  '| pages | --jobs 1 | default | default against --jobs 1 |',
  '|---:|---:|---:|---:|',
  ...sweep.map(({size, one, dflt}) => `| ${size} | ${one.toFixed(0)} ms | ${dflt.toFixed(0)} ms | ${(one / dflt).toFixed(2)}× |`),
  '',
  '## Limits',
  '',
  `A ${(limits.bytes / 1e6).toFixed(1)} MB article (the sample's body repeated), read and written in every format`,
  'in one process of its own with V8\'s old space capped at 768 MB (the limit: it must finish within',
  '1 GB of memory; without a cap V8 lets garbage grow towards its default limit before collecting):',
  '',
  '| measure | value |',
  '|---|---:|',
  `| read (text reader + enrichment) | ${(limits.read / 1000).toFixed(1)} s |`,
  `| every format (json, html, ssml, polly parts, script, brf, pef, preview) | ${(limits.total / 1000).toFixed(1)} s |`,
  `| peak memory (max RSS) | ${limits.rss.toFixed(0)} MB |`,
  '',
  'Each worker loads altformat and liblouis once and then takes pages one after another, so start-up',
  'is paid once per worker, not per page (about 0.2 s: liblouis’ asm.js and its tables). The batch',
  'speed-up is bounded by what two cores of the machine give for this work at all: the control',
  'row runs the same pages in two independent processes, with no pool, no messages and no files.',
  '',
  'Most of the braille time is liblouis itself: the npm build is liblouis 3.2.0 compiled to asm.js,',
  'not WebAssembly, and runs several times slower than the native library. Layout and writing the',
  'BRF take the difference between the first row and the “of which” row. Threads: docs/braille.md.',
  '',
  ...(await narrationBench())
]
// Sections this script does not write (the extraction runs of bench:extract, the
// hostile inputs measured by hand) are kept, after the ones it writes.
const file = new URL('../docs/benchmarks.md', import.meta.url)
const written = new Set(lines.filter((line) => line.startsWith('## ')))
const previous = existsSync(file) ? readFileSync(file, 'utf8') : ''
const kept = previous
  .split(/\n(?=## )/)
  .slice(1)
  .filter((section) => !written.has(section.split('\n')[0]))
writeFileSync(file, [lines.join('\n').trimEnd(), ...kept.map((section) => section.trimEnd())].join('\n\n') + '\n')
console.log(lines.join('\n'))
