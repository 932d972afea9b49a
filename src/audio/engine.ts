/** What a speech engine made of one SSML document. */
export interface Synthesis {
  /** 16-bit mono PCM. */
  samples: Int16Array
  sampleRate: number
  /** Each `<mark name>` reached, with the sample where the speech after it starts. */
  marks: Array<{name: string; sample: number}>
}

/** How to speak. */
export interface VoiceSettings {
  /** The engine's voice name (eSpeak NG: a language such as `en-us`, `ru`). */
  voice: string
  /** Words per minute (eSpeak NG's default is 175). */
  rate?: number | undefined
}

/**
 * A speech engine that turns SSML into audio with a time for every mark, in one
 * call for the whole document. altformat has two, both eSpeak NG: the system's
 * library in-process (`native`) and the npm build (`wasm`); a synthesiser of
 * your own can be given wherever an engine is taken.
 */
export interface SpeechEngine {
  kind: string
  /** The engine and its version, for the files' metadata: "eSpeak NG 1.51". */
  version: string
  /** Whether the engine has a voice of that name. */
  hasVoice(voice: string): Promise<boolean>
  synthesize(ssml: string, settings: VoiceSettings): Promise<Synthesis>
}

/** Join the chunks an engine hands over into one buffer. */
export function joinChunks(chunks: Int16Array[], total: number): Int16Array {
  const samples = new Int16Array(total)
  let at = 0
  for (const chunk of chunks) {
    samples.set(chunk, at)
    at += chunk.length
  }
  return samples
}
