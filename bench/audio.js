// Narration: a ten-minute article to MP3 and speech marks, beside the espeak-ng
// command line speaking the same SSML to a WAV file, in the same run (a ratio:
// the machine is noisy). `npm run bench` includes it; `node bench/audio.js`
// prints the section alone.
import {spawnSync} from 'node:child_process'
import {existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {readArticle, toAudio, toSsml} from '../dist/index.js'

/** Median of `runs` timings of an async `fn`, in milliseconds, after one warm-up. */
async function time(fn, runs = 3) {
  await fn()
  const times = []
  for (let i = 0; i < runs; i++) {
    const start = performance.now()
    await fn()
    times.push(performance.now() - start)
  }
  times.sort((a, b) => a - b)
  return times[Math.floor(times.length / 2)]
}

/** The "## Narration" section of docs/benchmarks.md, as lines. */
export async function narrationBench() {
  const sample = readFileSync(fileURLToPath(new URL('../examples/rferl-johnson-lavrov.txt', import.meta.url)), 'utf8')
  const body = sample.split('\n\n').slice(3, -1).join('\n\n')
  // The sample's body is about three minutes spoken: four copies make a long article.
  const text = 'Headline For A Long Article\n\n' + Array.from({length: 4}, () => body).join('\n\n') + '\n'
  const tree = readArticle(text).tree
  const dir = mkdtempSync(path.join(tmpdir(), 'altformat-bench-audio-'))
  try {
    const lines = ['## Narration: a long article to MP3 and speech marks', '']
    const spoken = await toAudio(tree, {engine: 'auto'})
    const minutes = spoken.duration / 60_000
    const run = (engine, encoder) => async () => {
      const narration = await toAudio(tree, {engine, encoder})
      await narration.mp3()
      narration.marks()
    }
    const hasLame = spawnSync('lame', ['--version']).status === 0
    const rows = []
    const native = spoken.engine.startsWith('eSpeak NG 1') ? await time(run('native', hasLame ? 'lame' : 'lamejs')) : undefined
    if (native !== undefined) rows.push([`native eSpeak NG, ${hasLame ? "Debian's lame" : 'lamejs'}`, native])
    if (hasLame) rows.push(['npm eSpeak NG (wasm), lame', await time(run('wasm', 'lame'), 1)])
    rows.push(['npm eSpeak NG (wasm), lamejs (nothing from the system)', await time(run('wasm', 'lamejs'), 1)])
    // The espeak-ng command line on the same SSML, to a WAV file: the engine alone, no MP3.
    const ssml = path.join(dir, 'article.ssml')
    writeFileSync(ssml, toSsml(tree, {dialect: 'espeak'}))
    const cli = existsSync('/usr/bin/espeak-ng')
      ? await time(async () => {
          const result = spawnSync('espeak-ng', ['-v', spoken.voice, '-m', '-w', path.join(dir, 'out.wav'), '-f', ssml])
          if (result.status !== 0) throw new Error(`espeak-ng failed: ${result.stderr}`)
        })
      : undefined
    lines.push(
      `The sample's body four times under one headline: ${(text.length / 1000).toFixed(0)} KB, ${spoken.sentences.length} sentences, **${minutes.toFixed(1)} minutes** of speech (${spoken.voice}, 175 words a minute). Median of 3 runs after a warm-up (1 run for the wasm engine); each run is \`toAudio\`, then the MP3 and the marks.`,
      ''
    )
    if (native !== undefined) {
      lines.push(`altformat makes the MP3 and marks of ${minutes.toFixed(1)} minutes in **${(native / 1000).toFixed(2)} s** (target: a ten-minute article within 10 s)${cli === undefined ? '' : `, **${(native / cli).toFixed(2)}×** the time the espeak-ng command line takes to speak the same SSML to WAV`}.`, '')
    }
    lines.push('| engine, encoder | ms | × real time | × espeak-ng to WAV |', '|---|---:|---:|---:|')
    for (const [name, ms] of rows) lines.push(`| ${name} | ${ms.toFixed(0)} | ${(spoken.duration / ms).toFixed(0)} | ${cli === undefined ? '–' : (ms / cli).toFixed(2)} |`)
    if (cli !== undefined) lines.push(`| espeak-ng command line, SSML to WAV (no MP3) | ${cli.toFixed(0)} | ${(spoken.duration / cli).toFixed(0)} | 1.00 |`)
    lines.push('')
    return lines
  } finally {
    rmSync(dir, {recursive: true, force: true})
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) console.log((await narrationBench()).join('\n'))
