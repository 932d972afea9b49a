import {checkArticle, checkOptionTypes} from '../model/arguments.js'
import {AltformatError} from '../model/error.js'
import {toString} from '../model/to-string.js'
import type {Article} from '../model/types.js'
import {toSsml} from '../speech/to-ssml.js'
import type {SpeechEngine} from './engine.js'
import {findNativeSpeech} from './espeak-native.js'
import {wasmSpeech} from './espeak-wasm.js'
import type {Chapter, EncoderKind} from './mp3.js'
import {chooseVoice} from './voices.js'
import type {ReadAlongOptions} from './readalong.js'

export type SpeechEngineKind = 'native' | 'wasm' | 'auto'

export interface AudioOptions {
  /**
   * `native` (the system's eSpeak NG in this process), `wasm` (eSpeak NG from
   * npm), `auto` (native when there is one: the default), or an engine of your own.
   */
  engine?: SpeechEngineKind | SpeechEngine | undefined
  /** The engine's voice (`en-gb`, `ru`); by default the voice for the article's language. */
  voice?: string | undefined
  /** Words per minute, 80 to 450 (default 175). */
  rate?: number | undefined
  /** The MP3 encoder: `auto` (Debian's `lame` when installed, else `lamejs`; the default), `lame`, `lamejs`. */
  encoder?: EncoderKind | undefined
  /** MP3 bit rate in kbit/s, constant (default 48: mono speech at 22,050 Hz). */
  bitrate?: number | undefined
}

/** A sentence of the narration: its id and where its speech starts, in milliseconds from the audio's start. */
export interface SpokenSentence {
  id: string
  time: number
  /** The sentence's text in the SSML that was spoken, as byte offsets (as Polly's speech marks give them). */
  start: number
  end: number
}

/** An article narrated: the audio, a time for every sentence, and each way of writing them. */
export interface Narration {
  samples: Int16Array
  sampleRate: number
  /** Length of the audio, in milliseconds. */
  duration: number
  /** The engine and voice that spoke. */
  engine: string
  voice: string
  /** Every sentence spoken, in order, with its time in the audio as synthesised (PCM). */
  sentences: SpokenSentence[]
  /** The headline and subheads, with where each starts and ends, in the MP3's time. */
  chapters: Chapter[]
  /** How much later each sentence is heard in the MP3 than in the PCM: the MP3's encoder and decoder delay, in milliseconds. */
  mp3Offset: number
  /** The audio as constant-bit-rate MP3, with ID3 chapters (CHAP, CTOC) for the headline and subheads. */
  mp3(): Promise<Uint8Array>
  /** The audio as Ogg Opus (Debian's `opusenc`), with chapters as Vorbis comments; its times are `sentences`' own. */
  opus(): Promise<Uint8Array>
  /**
   * Speech marks, one JSON object per line in the shape of Amazon Polly's:
   * `{"time","type":"sentence","start","end","value":"s3"}`, with times for
   * the MP3 (the default), the Opus file, or the samples (`pcm`, as the WAV).
   */
  marks(audio?: 'mp3' | 'opus' | 'pcm'): string
  /** The audio as a WAV file (16-bit mono PCM), whose times are `sentences`' own. */
  wav(): Uint8Array
  /**
   * The read-along page: the screen-reader HTML with a player that highlights
   * the sentence being read; the MP3 inside it (the default) or beside it
   * (`{audio: {src: 'page.mp3'}}`).
   */
  readAlong(options?: ReadAlongOptions): Promise<string>
  /** An EPUB 3 talking book with Media Overlays: the article, the MP3, and a SMIL clip per sentence. */
  epub(): Promise<Uint8Array>
}

/** The speech engine for a kind (or the engine given). */
export function selectSpeechEngine(engine: SpeechEngineKind | SpeechEngine = 'auto'): SpeechEngine {
  if (typeof engine !== 'string') return engine
  switch (engine) {
    case 'native': {
      const found = findNativeSpeech()
      if (!found) {
        throw new AltformatError('synthesis-failed', 'No system eSpeak NG was found for --speech-engine native: apt-get install libespeak-ng1 (and npm install koffi), or use the wasm engine')
      }
      return found
    }
    case 'wasm': {
      return wasmSpeech
    }
    case 'auto': {
      return findNativeSpeech() ?? wasmSpeech
    }
    default: {
      throw new AltformatError('invalid-option', `Unknown speech engine “${String(engine)}”: use native, wasm or auto`)
    }
  }
}

/**
 * Narrate an article offline: its SSML (the `espeak` dialect, a `<mark>` at
 * every sentence) spoken by eSpeak NG in one call, with the time each
 * sentence starts. The audio can then be written as MP3 with chapters, with
 * speech marks, or as a WAV file.
 *
 * @throws {AltformatError} `no-voice` when the engine has no voice for the
 *   article's language (never another language's sounds), `synthesis-failed`,
 *   `invalid-option`.
 */
export async function toAudio(tree: Article, options: AudioOptions = {}): Promise<Narration> {
  checkArticle('toAudio', tree)
  checkOptionTypes('toAudio', options, {voice: 'string', rate: 'number', encoder: 'string', bitrate: 'number'})
  const rate = options.rate ?? 175
  if (!Number.isInteger(rate) || rate < 80 || rate > 450) throw new AltformatError('invalid-option', `toAudio: rate is words per minute, a whole number from 80 to 450 (175 is usual), not ${rate}`)
  const bitrate = options.bitrate ?? 48
  if (![32, 40, 48, 56, 64, 80, 96, 112, 128, 160].includes(bitrate)) throw new AltformatError('invalid-option', `toAudio: bitrate is an MP3 bit rate in kbit/s: 32, 40, 48, 56, 64, 80, 96, 112, 128 or 160, not ${bitrate}`)
  const encoder = options.encoder ?? 'auto'
  if (!['auto', 'lame', 'lamejs'].includes(encoder)) throw new AltformatError('invalid-option', `toAudio: encoder is auto, lame or lamejs, not ${encoder}`)
  const engine = selectSpeechEngine(options.engine)
  const voice = await chooseVoice(engine, tree.lang, options.voice)
  // The encoders and writers load with the first narration, not with the package:
  // a command that only reads or brailles does not pay for them at start-up.
  const {encodeMp3, mp3Delay} = await import('./mp3.js')
  const ssml = toSsml(tree, {dialect: 'espeak'})
  const {samples, sampleRate, marks} = await engine.synthesize(ssml, {voice, rate})
  const ms = (sample: number) => (1000 * sample) / sampleRate
  const duration = ms(samples.length)
  const sentences = spokenSentences(ssml, marks, ms)
  const mp3Offset = ms(mp3Delay)
  const chapters = chaptersOf(tree, sentences, duration, mp3Offset)
  const headline = tree.children.find((node) => node.type === 'heading' && node.depth === 1)
  // Each sentence's time in the MP3, as a listener hears it.
  const heard = sentences.map((sentence) => ({id: sentence.id, time: sentence.time + mp3Offset}))
  const title = headline ? toString(headline) : tree.meta.title
  let encoded: Promise<Uint8Array> | undefined
  let opus: Promise<Uint8Array> | undefined
  const mp3 = () => (encoded ??= encodeMp3(samples, sampleRate, {bitrate, encoder, title, chapters}))
  return {
    samples,
    sampleRate,
    duration,
    engine: engine.version,
    voice,
    sentences,
    chapters,
    mp3Offset,
    mp3,
    opus: () => (opus ??= import('./opus.js').then(({encodeOpus}) => encodeOpus(samples, sampleRate, {bitrate: 32, title, chapters: chaptersOf(tree, sentences, duration, 0)}))),
    marks: (audio = 'mp3') => {
      const offset = audio === 'mp3' ? mp3Offset : 0
      return sentences.map((sentence) => JSON.stringify({time: Math.round(sentence.time + offset), type: 'sentence', start: sentence.start, end: sentence.end, value: sentence.id}) + '\n').join('')
    },
    wav: () => wav(samples, sampleRate),
    readAlong: async (options = {}) => (await import('./readalong.js')).readAlongPage(tree, heard, (options.audio ?? 'embed') === 'embed' ? await mp3() : undefined, options),
    epub: async () => (await import('./epub.js')).writeEpub({tree, mp3: await mp3(), marks: heard, duration: duration + mp3Offset, narrator: `${engine.version}, voice ${voice}`})
  }
}

/**
 * Each sentence's time from its mark, and its text's place in the SSML: from
 * the end of its `<mark/>` to the end of its `<s>`. A mark the engine did not
 * reach (a sentence it had nothing to say for) is left out; times never go back.
 */
function spokenSentences(ssml: string, marks: Array<{name: string; sample: number}>, ms: (sample: number) => number): SpokenSentence[] {
  const bytes = Buffer.from(ssml, 'utf8')
  const sentences: SpokenSentence[] = []
  let last = 0
  for (const mark of marks) {
    const tag = Buffer.from(`<mark name="${mark.name}"/>`, 'utf8')
    const start = bytes.indexOf(tag)
    if (start < 0 || !/^s\d+$/.test(mark.name)) continue
    const end = bytes.indexOf('</s>', start)
    const time = Math.max(last, ms(mark.sample))
    last = time
    sentences.push({id: mark.name, time, start: start + tag.length, end: end < 0 ? bytes.length : end})
  }
  return sentences
}

/** The headline and each subhead as a chapter of the MP3, from its first sentence to the next. */
function chaptersOf(tree: Article, sentences: SpokenSentence[], duration: number, offset: number): Chapter[] {
  const times = new Map(sentences.map((sentence) => [sentence.id, sentence.time + offset]))
  const starts = tree.children.flatMap((node) => {
    if (node.type !== 'heading') return []
    const time = times.get(node.children[0]?.id ?? '')
    return time === undefined ? [] : [{title: toString(node), start: node.depth === 1 ? 0 : time}]
  })
  return starts.map((chapter, index) => ({...chapter, end: starts[index + 1]?.start ?? duration + offset}))
}

/** A WAV file: RIFF header, 16-bit mono PCM. */
function wav(samples: Int16Array, sampleRate: number): Uint8Array {
  const header = Buffer.alloc(44)
  header.write('RIFF', 0)
  header.writeUInt32LE(36 + samples.byteLength, 4)
  header.write('WAVEfmt ', 8)
  header.writeUInt32LE(16, 16)
  header.writeUInt16LE(1, 20)
  header.writeUInt16LE(1, 22)
  header.writeUInt32LE(sampleRate, 24)
  header.writeUInt32LE(sampleRate * 2, 28)
  header.writeUInt16LE(2, 32)
  header.writeUInt16LE(16, 34)
  header.write('data', 36)
  header.writeUInt32LE(samples.byteLength, 40)
  return Buffer.concat([header, Buffer.from(samples.buffer, samples.byteOffset, samples.byteLength)])
}
