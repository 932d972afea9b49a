import {AltformatError} from '../model/error.js'
import type {SpeechEngine, Synthesis, VoiceSettings} from './engine.js'
import {joinChunks} from './engine.js'

/** The parts of @echogarden/espeak-ng-emscripten used here. */
interface Worker {
  samplerate: number
  set_voice(name: string, lang: string): number
  set_rate(wordsPerMinute: number): void
  synthesize(ssml: string, callback: (audio: Int16Array, events: Array<{type: string; audio_position: number; id?: string | number}>) => boolean): void
}
interface Module {
  eSpeakNGWorker: new () => Worker
}

/** How long the build may take to load: a missing data file leaves its promise unsettled forever. */
const loadTimeout = 20_000

// The build's own version, as its package says.
const version = 'eSpeak NG (npm @echogarden/espeak-ng-emscripten 0.3.5)'

let loading: Promise<Worker> | undefined

async function load(): Promise<Worker> {
  loading ??= (async () => {
    let timer: NodeJS.Timeout | undefined
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new AltformatError('synthesis-failed', `${version} did not load within ${loadTimeout / 1000} s: its data file (espeak-ng.data) may be missing; reinstall the package, or install the system's eSpeak NG (apt-get install libespeak-ng1)`)), loadTimeout)
      timer.unref()
    })
    try {
      const {default: factory} = (await import('@echogarden/espeak-ng-emscripten')) as {default: () => Promise<Module>}
      const module = await Promise.race([factory(), timeout])
      return new module.eSpeakNGWorker()
    } finally {
      clearTimeout(timer)
    }
  })()
  try {
    return await loading
  } catch (error) {
    loading = undefined
    throw error
  }
}

/**
 * eSpeak NG compiled to WebAssembly (npm), for machines without the system's
 * library: the same voices, a few times slower and 0.15–0.5 s to load. Its
 * events give a mark's time in milliseconds (`audio_position`), which is
 * turned into a sample.
 */
export const wasmSpeech: SpeechEngine = {
  kind: 'wasm',
  version,
  hasVoice: async (voice) => (await load()).set_voice(voice, voice) === 0,
  synthesize: async (ssml: string, settings: VoiceSettings): Promise<Synthesis> => {
    const worker = await load()
    if (worker.set_voice(settings.voice, settings.voice) !== 0) throw new AltformatError('no-voice', `${version} has no voice “${settings.voice}”`)
    worker.set_rate(settings.rate ?? 175)
    const chunks: Int16Array[] = []
    let total = 0
    const marks: Synthesis['marks'] = []
    const rate = worker.samplerate
    worker.synthesize(ssml, (audio, events) => {
      for (const event of events) {
        if (event.type === 'mark' && typeof event.id === 'string') marks.push({name: event.id, sample: Math.round((event.audio_position * rate) / 1000)})
      }
      chunks.push(audio)
      total += audio.length
      return false
    })
    return {samples: joinChunks(chunks, total), sampleRate: rate, marks}
  }
}
