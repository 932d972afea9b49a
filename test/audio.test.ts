import {execFileSync, spawnSync} from 'node:child_process'
import {mkdtempSync, readFileSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {strFromU8, unzipSync} from 'fflate'
import {describe, expect, it} from 'vitest'
import {AltformatError, readArticle, toAudio, toSsml, toString} from '../src/index.js'
import type {Article, Narration} from '../src/index.js'
import {findNativeSpeech} from '../src/audio/espeak-native.js'
import {run} from '../src/cli/run.js'
import {readSample, samplePaths} from './helpers/corpus.js'
import {testPages} from './helpers/pages.js'
import {requireTool} from './helpers/tools.js'
import {chromiumPath, runAxe, sharedPage} from './helpers/browser.js'
import {htmlValidate} from './helpers/validate-html.js'

const ffmpeg = requireTool('ffmpeg and ffprobe', '/usr/bin/ffprobe', 'apt-get install ffmpeg')
const native = requireTool('eSpeak NG (libespeak-ng)', '/usr/lib/x86_64-linux-gnu/libespeak-ng.so.1', 'apt-get install libespeak-ng1') && findNativeSpeech() !== undefined
const lame = requireTool('lame', '/usr/bin/lame', 'apt-get install lame')
const dir = mkdtempSync(path.join(tmpdir(), 'altformat-audio-'))

const sample = readArticle(readSample('html'), {path: samplePaths.html}).tree
const subheads = (testPages.find((page) => page.name === 'text/subheads') as (typeof testPages)[number]).tree

/** The sentences the espeak SSML marks, in order: each must have its time. */
const markedIds = (tree: Article) => [...toSsml(tree, {dialect: 'espeak'}).matchAll(/<mark name="(s\d+)"\/>/g)].map((match) => match[1])

/** Where speech starts again after each pause of 150 ms or more, in ms: ffmpeg's silencedetect on the file. */
function onsets(file: string): number[] {
  // ffmpeg logs what the filter finds on standard error.
  const log = spawnSync('ffmpeg', ['-hide_banner', '-nostats', '-i', file, '-af', 'silencedetect=noise=-40dB:d=0.15', '-f', 'null', '-'], {encoding: 'utf8'}).stderr
  return [...log.matchAll(/silence_end: ([\d.]+)/g)].map((match) => 1000 * Number(match[1]))
}

function probe(file: string): {duration: number; bitRate: number; sampleRate: number; codec: string; chapters: Array<{start: number; title: string}>} {
  const json = JSON.parse(execFileSync('ffprobe', ['-v', 'error', '-show_chapters', '-show_entries', 'format=duration,bit_rate:stream=codec_name,sample_rate', '-of', 'json', file], {encoding: 'utf8'})) as {
    format: {duration: string; bit_rate: string}
    streams: Array<{codec_name: string; sample_rate: string}>
    chapters: Array<{start_time: string; tags: {title: string}}>
  }
  return {
    duration: 1000 * Number(json.format.duration),
    bitRate: Number(json.format.bit_rate),
    sampleRate: Number(json.streams[0]?.sample_rate),
    codec: json.streams[0]?.codec_name ?? '',
    chapters: json.chapters.map((chapter) => ({start: 1000 * Number(chapter.start_time), title: chapter.tags.title}))
  }
}

/** The narration's MP3 and marks, written where ffmpeg can read them. */
async function written(narration: Narration, name: string, format: 'mp3' | 'opus' = 'mp3'): Promise<{file: string; marks: Array<{time: number; type: string; start: number; end: number; value: string}>}> {
  const file = path.join(dir, `${name}.${format}`)
  writeFileSync(file, format === 'mp3' ? await narration.mp3() : await narration.opus())
  return {file, marks: narration.marks(format).trim().split('\n').map((line) => JSON.parse(line) as {time: number; type: string; start: number; end: number; value: string})}
}

const opusenc = requireTool('opusenc', '/usr/bin/opusenc', 'apt-get install opus-tools')
const cases = [
  {name: 'native, lame', engine: 'native' as const, encoder: 'lame' as const, format: 'mp3' as const, runs: native && lame},
  {name: 'native, lamejs', engine: 'native' as const, encoder: 'lamejs' as const, format: 'mp3' as const, runs: native},
  {name: 'wasm, lame', engine: 'wasm' as const, encoder: 'lame' as const, format: 'mp3' as const, runs: lame},
  {name: 'native, Opus', engine: 'native' as const, encoder: 'auto' as const, format: 'opus' as const, runs: native && opusenc}
]

describe('narration: a time for every sentence, where its speech starts', () => {
  for (const {name, engine, encoder, format, runs} of cases) {
    for (const [label, tree] of [['sample', sample], ['text/subheads', subheads]] as const) {
      it.skipIf(!runs || !ffmpeg)(`${label}, ${name}: a mark per sentence, increasing, each within 60 ms of the onset after a pause`, async () => {
        const narration = await toAudio(tree, {engine, encoder})
        const {file, marks} = await written(narration, `${label.replace('/', '-')}-${engine}-${encoder}`, format)
        expect(marks.map((mark) => mark.value)).toEqual(markedIds(tree))
        for (const [index, mark] of marks.entries()) {
          expect(mark.type).toBe('sentence')
          if (index > 0) expect(mark.time).toBeGreaterThan((marks[index - 1] as (typeof marks)[number]).time)
        }
        const info = probe(file)
        if (format === 'mp3') {
          expect(info).toMatchObject({codec: 'mp3', sampleRate: 22050})
          // Constant bit rate: 48 kbit/s (the ID3 tag adds a little).
          expect(Math.abs(info.bitRate - 48_000)).toBeLessThan(500)
          expect(Math.abs(info.duration - (narration.duration + narration.mp3Offset))).toBeLessThan(120)
        } else {
          // Ogg Opus decodes at 48 kHz; its pre-skip is declared, so its length is the samples'.
          expect(info).toMatchObject({codec: 'opus', sampleRate: 48000})
          expect(Math.abs(info.duration - narration.duration)).toBeLessThan(30)
          // A chapter for the headline (from 0) and each subhead, titled as printed.
          expect(info.chapters.map((chapter) => chapter.title)).toEqual(tree.children.filter((node) => node.type === 'heading').map((node) => toString(node)))
          expect(info.chapters[0]?.start).toBe(0)
        }
        expect((marks.at(-1) as (typeof marks)[number]).time).toBeLessThan(info.duration)
        // Every sentence that follows a pause starts within 60 ms of the onset ffmpeg hears.
        const heard = onsets(file)
        const afterPause = marks.slice(1).flatMap((mark) => {
          const nearest = heard.reduce((best, onset) => (Math.abs(onset - mark.time) < Math.abs(best - mark.time) ? onset : best), Number.POSITIVE_INFINITY)
          return Math.abs(nearest - mark.time) <= 500 ? [{id: mark.value, gap: Math.round(nearest - mark.time)}] : []
        })
        expect(afterPause.filter((item) => Math.abs(item.gap) > 60)).toEqual([])
        // Not vacuous: nearly every sentence follows a pause.
        expect(afterPause.length).toBeGreaterThanOrEqual(Math.floor(0.9 * (marks.length - 1)))
      })
    }
  }

  it.skipIf(!native || !ffmpeg)('ID3 chapters for the headline and each subhead, at their sentences’ marks', async () => {
    const narration = await toAudio(subheads, {engine: 'native'})
    const {file, marks} = await written(narration, 'chapters')
    const chapters = probe(file).chapters
    expect(chapters.map((chapter) => chapter.title)).toEqual(["Explainer: How Belarus's Election Law Changed", 'Who Can Run', 'What Observers Say'])
    expect(chapters[0]?.start).toBe(0)
    const headings = subheads.children.filter((node) => node.type === 'heading' && node.depth > 1).map((node) => (node as {children: Array<{id: string}>}).children[0]?.id)
    chapters.slice(1).forEach((chapter, index) => {
      const mark = marks.find((candidate) => candidate.value === headings[index])
      expect(Math.abs(chapter.start - (mark?.time ?? -1))).toBeLessThanOrEqual(1)
    })
  })

  it.skipIf(!native)('marks give each sentence’s place in the SSML as byte offsets, as Polly’s do', async () => {
    const narration = await toAudio(subheads, {engine: 'native'})
    const ssml = Buffer.from(toSsml(subheads, {dialect: 'espeak'}), 'utf8')
    const marks = narration.marks().trim().split('\n').map((line) => JSON.parse(line) as {start: number; end: number; value: string})
    expect(marks).toHaveLength(markedIds(subheads).length)
    expect(ssml.subarray(marks[0]?.start, marks[0]?.end).toString('utf8')).toBe("Explainer: How Belarus's Election Law Changed")
    // Every sentence's bytes run from right after its own mark to the end of its <s>.
    for (const mark of marks) {
      expect(ssml.subarray(mark.start - `<mark name="${mark.value}"/>`.length, mark.start).toString('utf8')).toBe(`<mark name="${mark.value}"/>`)
      expect(ssml.subarray(mark.end, mark.end + 4).toString('utf8')).toBe('</s>')
      expect(ssml.subarray(mark.start, mark.end).toString('utf8')).not.toMatch(/<mark|<\/s>/)
    }
  })
})

describe('voices: the article’s language, or a clear error', () => {
  const russian = readArticle('Москва объявила о переговорах\n\nМинистр иностранных дел сказал, что переговоры начнутся в понедельник. Они продлятся два дня.\n', {from: 'text', lang: 'ru'}).tree
  const pashto = readArticle('د خبرونو سرلیک\n\nدا یوه ازمېښتي جمله ده. دا بله جمله ده.\n', {from: 'text', lang: 'ps'}).tree

  it.skipIf(!native)('a Russian article is spoken with the Russian voice, a mark per sentence', async () => {
    const narration = await toAudio(russian, {engine: 'native'})
    expect(narration.voice).toBe('ru')
    expect(narration.sentences.map((sentence) => sentence.id)).toEqual(markedIds(russian))
    expect(narration.duration).toBeGreaterThan(3000)
  })

  it.skipIf(!native)('a language eSpeak NG has no voice for (Pashto) is a no-voice error, not English sounds', async () => {
    await expect(toAudio(pashto, {engine: 'native'})).rejects.toMatchObject({code: 'no-voice', message: expect.stringContaining("no voice for the article's language (ps)")})
    await expect(toAudio(sample, {engine: 'native', voice: 'xx-none'})).rejects.toMatchObject({code: 'no-voice'})
  })

  it('bad options are typed errors', async () => {
    await expect(toAudio(sample, {rate: 5})).rejects.toBeInstanceOf(AltformatError)
    await expect(toAudio(sample, {bitrate: 47})).rejects.toMatchObject({code: 'invalid-option'})
    await expect(toAudio(sample, {engine: 'mbrola' as never})).rejects.toMatchObject({code: 'invalid-option'})
    await expect(toAudio({type: 'root'} as never)).rejects.toMatchObject({code: 'invalid-tree'})
  })
})

describe('--to audio,marks on the command line', () => {
  it.skipIf(!ffmpeg)('a batch narrates on the worker threads: each page its MP3 and marks, a page without a voice fails alone', async () => {
    const pages = path.join(dir, 'batch')
    const out = path.join(dir, 'batch-out')
    execFileSync('mkdir', ['-p', pages])
    writeFileSync(path.join(pages, 'a.txt'), readSample('text'))
    writeFileSync(path.join(pages, 'b.txt'), readFileSync(path.join(testPages.find((page) => page.name === 'text/subheads')?.dir as string, 'input.txt')))
    writeFileSync(path.join(pages, 'c.html'), '<html lang="ps"><body><article><h1>د خبرونو سرلیک</h1><p>دا یوه ازمېښتي جمله ده. دا بله جمله ده او نوره هم.</p></article></body></html>')
    const err: string[] = []
    const io = {stdout: () => undefined, stderr: (text: string) => void err.push(text), readStdin: async () => Buffer.alloc(0), worker: new URL('../dist/cli/worker.js', import.meta.url)}
    expect(await run([pages, '--to', 'audio,marks', '-o', out, '-j', '2', '--no-template'], io, '0.0.0')).toBe(1)
    for (const stem of ['a', 'b']) {
      expect(probe(path.join(out, `${stem}.mp3`)).codec).toBe('mp3')
      expect(readFileSync(path.join(out, `${stem}.marks.json`), 'utf8')).toMatch(/^\{"time":\d+,"type":"sentence"/)
    }
    expect(err.join('')).toMatch(/c\.html: .*no voice for the article's language \(ps\).*\[no-voice\]/)
  })

  it.skipIf(!ffmpeg)('writes <stem>.mp3 and <stem>.marks.json; binary audio is never written to a terminal', async () => {
    const out = path.join(dir, 'cli')
    const err: string[] = []
    const io = {stdout: () => undefined, stderr: (text: string) => void err.push(text), readStdin: async () => Buffer.alloc(0)}
    expect(await run([samplePaths.text, '--to', 'audio,marks', '-o', out], io, '0.0.0')).toBe(0)
    expect(probe(path.join(out, 'rferl-johnson-lavrov.mp3')).codec).toBe('mp3')
    const marks = readFileSync(path.join(out, 'rferl-johnson-lavrov.marks.json'), 'utf8').trim().split('\n')
    expect(JSON.parse(marks[0] as string)).toMatchObject({type: 'sentence', value: 's1'})
    const stdout: string[] = []
    expect(await run([samplePaths.text, '--to', 'audio'], {...io, stdout: (text: string) => void stdout.push(text)}, '0.0.0')).toBe(1)
    expect(stdout).toEqual([])
    expect(err.join('')).toContain('the audio output is binary: write it to a file with -o')
  })
})

describe('the read-along page', () => {
  const chromium = requireTool('Chromium', chromiumPath, 'apt-get install chromium')
  const page = sharedPage(chromium)
  let narration: Narration | undefined
  const narrate = async () => (narration ??= await toAudio(sample, {engine: native ? 'native' : 'wasm'}))

  it.skipIf(!chromium)('in Chromium, seeking the audio to each mark highlights that sentence, and only it', async () => {
    const spoken = await narrate()
    await page().setContent(await spoken.readAlong(), {waitUntil: 'load'})
    const result = await page().evaluate(async () => {
      const doc = (globalThis as unknown as {document: {getElementById(id: string): unknown; querySelectorAll(selector: string): ArrayLike<{id: string}>}}).document
      const audio = doc.getElementById('altformat-audio') as {readyState: number; currentTime: number; duration: number; addEventListener(name: string, fn: () => void, options?: unknown): void}
      if (audio.readyState < 1) await new Promise<void>((resolve) => audio.addEventListener('loadedmetadata', () => resolve(), {once: true}))
      const marks = JSON.parse((doc.getElementById('altformat-marks') as {textContent: string}).textContent) as Array<{id: string; time: number}>
      const seen: Array<{id: string; current: string[]}> = []
      for (const mark of marks) {
        await new Promise<void>((resolve) => {
          audio.addEventListener('seeked', () => resolve(), {once: true})
          audio.currentTime = mark.time / 1000 + 0.005
        })
        seen.push({id: mark.id, current: Array.from(doc.querySelectorAll('[aria-current="true"]'), (element) => element.id)})
      }
      return {duration: audio.duration, seen}
    })
    expect(result.seen.map((item) => item.id)).toEqual(spoken.sentences.map((sentence) => sentence.id))
    for (const item of result.seen) expect(item.current, item.id).toEqual([item.id])
    expect(Math.abs(1000 * result.duration - (spoken.duration + spoken.mp3Offset))).toBeLessThan(120)
  })

  it.skipIf(!chromium)('a click or Enter on a sentence plays from it; the speed control and the highlight switch work', async () => {
    const spoken = await narrate()
    await page().setContent(await spoken.readAlong(), {waitUntil: 'load'})
    const at = (id: string) => (spoken.sentences.find((sentence) => sentence.id === id)?.time ?? 0) + spoken.mp3Offset
    const time = () => page().evaluate(() => (globalThis as unknown as {document: {getElementById(id: string): {currentTime: number}}}).document.getElementById('altformat-audio').currentTime * 1000)
    await page().click('#s5')
    expect(Math.abs((await time()) - at('s5'))).toBeLessThan(300)
    await page().focus('#s9')
    await page().keyboard.press('Enter')
    expect(Math.abs((await time()) - at('s9'))).toBeLessThan(300)
    expect(await page().getAttribute('#s9', 'tabindex')).toBe('0')
    await page().selectOption('#altformat-rate', '2.5')
    expect(await page().evaluate(() => (globalThis as unknown as {document: {getElementById(id: string): {playbackRate: number}}}).document.getElementById('altformat-audio').playbackRate)).toBe(2.5)
    await page().uncheck('#altformat-highlight')
    expect(await page().locator('[aria-current="true"]').count()).toBe(0)
  })

  it.skipIf(!chromium)('has no axe-core violation; html-validate finds nothing, the audio inside or beside it', async () => {
    const spoken = await narrate()
    for (const html of [await spoken.readAlong(), await spoken.readAlong({audio: {src: 'page.mp3'}})]) {
      expect(await htmlValidate(html, 'page.readalong.html')).toEqual([])
      const result = await runAxe(page(), html)
      expect(result.violations.map((v) => `${v.id}: ${v.help} — ${v.nodes.map((n) => n.html.slice(0, 120)).join(' | ')}`)).toEqual([])
    }
    expect(await spoken.readAlong({audio: {src: 'page.mp3'}})).toContain('<audio id="altformat-audio" controls="" preload="auto" src="page.mp3"><a href="page.mp3">Download the audio</a></audio>')
  })
})

describe('the EPUB 3 talking book', () => {
  const epubcheck = requireTool('epubcheck', '/usr/bin/epubcheck', 'apt-get install epubcheck')
  const java = requireTool('Java', '/usr/bin/java', 'apt-get install default-jre-headless')

  for (const [label, tree] of [['sample', sample], ['text/subheads', subheads]] as const) {
    it.skipIf(!native)(`${label}: a SMIL clip per sentence, equal to the marks, each naming a sentence the XHTML has`, async () => {
      const narration = await toAudio(tree, {engine: 'native'})
      const files = unzipSync(await narration.epub())
      const text = (name: string) => strFromU8(files[name] as Uint8Array)
      // The container's rules: mimetype first, stored, nothing else in it.
      expect(Object.keys(files)[0]).toBe('mimetype')
      expect(text('mimetype')).toBe('application/epub+zip')
      const marks = narration.marks().trim().split('\n').map((line) => JSON.parse(line) as {time: number; value: string})
      const pars = [...text('EPUB/article.smil').matchAll(/<text src="article\.xhtml#(s\d+)" \/><audio src="audio\.mp3" clipBegin="([\d.]+)s" clipEnd="([\d.]+)s" \/>/g)].map((match) => ({
        id: match[1],
        begin: 1000 * Number(match[2]),
        end: 1000 * Number(match[3])
      }))
      expect(pars.map((par) => par.id)).toEqual(marks.map((mark) => mark.value))
      pars.forEach((par, index) => {
        expect(Math.abs(par.begin - (marks[index]?.time ?? 0))).toBeLessThanOrEqual(1)
        expect(par.end).toBe(pars[index + 1]?.begin ?? par.end)
      })
      expect(Math.abs((pars.at(-1)?.end ?? 0) - (narration.duration + narration.mp3Offset))).toBeLessThanOrEqual(1)
      const xhtml = text('EPUB/article.xhtml')
      for (const par of pars) expect(xhtml).toContain(`<span id="${par.id}">`)
      expect(text('EPUB/package.opf')).toContain('<meta property="media:active-class">-epub-media-overlay-active</meta>')
      expect(Buffer.from(files['EPUB/audio.mp3'] as Uint8Array).equals(Buffer.from(await narration.mp3()))).toBe(true)
    })
  }

  it.skipIf(!native || !epubcheck || !java)('epubcheck finds no error and no warning, for the sample from HTML and from text', async () => {
    for (const [name, tree] of [['html', sample], ['text', readArticle(readSample('text'), {path: samplePaths.text}).tree]] as const) {
      const file = path.join(dir, `book-${name}.epub`)
      writeFileSync(file, await (await toAudio(tree, {engine: 'native'})).epub())
      const result = spawnSync('java', ['-jar', '/usr/bin/epubcheck', file], {encoding: 'utf8'})
      expect(result.stdout + result.stderr, name).toContain('Messages: 0 fatals / 0 errors / 0 warnings')
      expect(result.status).toBe(0)
    }
    // Two narrations and two runs of a Java tool: 16 s on an idle machine of two cores, past the default 30 s
    // when the machine is busy. A time limit, not a timed assertion: a check that hangs still fails.
  }, 90_000)
})
