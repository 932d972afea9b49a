import {AltformatError} from '../model/error.js'
import {loadPath, locate, requireKoffi} from '../model/native-library.js'
import type {SpeechEngine, Synthesis, VoiceSettings} from './engine.js'
import {joinChunks} from './engine.js'

// speak_lib.h: what altformat uses of eSpeak NG's C API.
const audioOutputSynchronous = 2
const positionCharacter = 1
const charsUtf8 = 0x1
const ssmlFlag = 0x10
const eventListTerminated = 0
const eventMark = 3
const parameterRate = 1

const libraryNames = ['libespeak-ng.so.1', 'libespeak-ng.so', 'libespeak-ng.1.dylib', 'libespeak-ng.dylib']

/** The parts of koffi used here (an optional dependency, loaded when first asked for). */
interface Koffi {
  load(path: string): {func(signature: string): (...args: unknown[]) => unknown}
  union(name: string, fields: Record<string, unknown>): unknown
  struct(name: string, fields: Record<string, unknown>): unknown
  array(type: string, length: number): unknown
  proto(signature: string): unknown
  pointer(type: unknown): unknown
  register(callback: (...args: never[]) => unknown, type: unknown): unknown
  unregister(callback: unknown): void
  decode(pointer: unknown, offset: number, type: unknown, length?: number): unknown
  sizeof(type: unknown): number
}

interface EventStruct {
  type: number
  sample: number
  id: {name: string | null}
}

let found: SpeechEngine | null | undefined

/**
 * eSpeak NG in this process, through FFI (koffi): the system's
 * libespeak-ng (Debian `libespeak-ng1`), or the one at `ALTFORMAT_ESPEAK_NG`.
 * One `espeak_Synth` call speaks the whole document; each `<mark>` event's
 * sample count, not its millisecond `audio_position`, gives the mark's time.
 * Undefined when there is no such library (or no koffi).
 */
export function findNativeSpeech(): SpeechEngine | undefined {
  if (found !== undefined) return found ?? undefined
  found = null
  const koffi = requireKoffi<Koffi>()
  if (!koffi) return undefined
  const candidates = process.env.ALTFORMAT_ESPEAK_NG ? [process.env.ALTFORMAT_ESPEAK_NG] : libraryNames
  for (const name of candidates) {
    const file = locate(name)
    if (!file) continue
    try {
      found = bind(koffi, koffi.load(loadPath(file, name, 'ALTFORMAT_ESPEAK_NG')))
      return found ?? undefined
    } catch (error) {
      if (error instanceof AltformatError) throw error
      // Not this one: try the next.
    }
  }
  return undefined
}

function bind(koffi: Koffi, lib: ReturnType<Koffi['load']>): SpeechEngine | null {
  const id = koffi.union('altformat_espeak_EVENT_id', {number: 'int', name: 'const char *', string: koffi.array('char', 8)})
  const event = koffi.struct('altformat_espeak_EVENT', {
    type: 'int',
    unique_identifier: 'uint',
    text_position: 'int',
    length: 'int',
    audio_position: 'int',
    sample: 'int',
    user_data: 'void *',
    id
  })
  const callbackType = koffi.proto('int altformat_espeak_callback(void *wav, int numsamples, void *events)')
  const initialize = lib.func('int espeak_Initialize(int output, int buflength, const char *path, int options)')
  const setCallback = lib.func('void espeak_SetSynthCallback(altformat_espeak_callback *callback)')
  const synth = lib.func('int espeak_Synth(const void *text, size_t size, uint position, int position_type, uint end_position, uint flags, void *uid, void *user_data)')
  const setVoice = lib.func('int espeak_SetVoiceByName(const char *name)')
  const setParameter = lib.func('int espeak_SetParameter(int parameter, int value, int relative)')
  const info = lib.func('const char *espeak_Info(void *path)')
  const sampleRate = initialize(audioOutputSynchronous, 0, null, 0) as number
  if (sampleRate <= 0) return null
  const version = `eSpeak NG ${String(info(null))}`
  const size = koffi.sizeof(event)

  // The callback receives the audio in chunks, with the events they hold.
  let chunks: Int16Array[] = []
  let total = 0
  let marks: Synthesis['marks'] = []
  const callback = koffi.register((wav: unknown, count: number, events: unknown) => {
    for (let index = 0; ; index++) {
      const item = koffi.decode(events, index * size, event) as EventStruct
      if (item.type === eventListTerminated) break
      if (item.type === eventMark && item.id.name) marks.push({name: item.id.name, sample: item.sample})
    }
    if (count > 0 && wav) {
      chunks.push(Int16Array.from(koffi.decode(wav, 0, 'int16_t', count) as ArrayLike<number>))
      total += count
    }
    return 0
  }, koffi.pointer(callbackType))
  setCallback(callback)

  return {
    kind: 'native',
    version,
    hasVoice: async (voice) => setVoice(voice) === 0,
    synthesize: async (ssml: string, settings: VoiceSettings) => {
      if (setVoice(settings.voice) !== 0) {
        throw new AltformatError('no-voice', `${version} has no voice “${settings.voice}”`)
      }
      setParameter(parameterRate, settings.rate ?? 175, 0)
      chunks = []
      total = 0
      marks = []
      const text = Buffer.from(ssml + '\0', 'utf8')
      const status = synth(text, text.length, 0, positionCharacter, 0, charsUtf8 | ssmlFlag, null, null) as number
      if (status !== 0) throw new AltformatError('synthesis-failed', `${version} could not speak the document (espeak_Synth returned ${status})`)
      return {samples: joinChunks(chunks, total), sampleRate, marks}
    }
  }
}
