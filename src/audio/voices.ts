import {AltformatError} from '../model/error.js'
import type {SpeechEngine} from './engine.js'

/**
 * eSpeak NG's voice for a language whose voice is not named by its BCP 47
 * tag: English news from RFE/RL and VOA is American; Chinese is Mandarin.
 * Any other language is tried by its tag (`en-gb`), then its language (`ru`).
 */
const espeakVoices: Record<string, string> = {
  en: 'en-us',
  zh: 'cmn',
  'zh-cn': 'cmn',
  'zh-hans': 'cmn',
  'zh-tw': 'cmn',
  fr: 'fr-fr',
  es: 'es',
  prs: 'fa',
  'fa-af': 'fa'
}

/** The voices to try for a language, best first. */
export function voiceCandidates(lang: string): string[] {
  const tag = lang.toLowerCase()
  const language = tag.split('-')[0] ?? tag
  return [...new Set([espeakVoices[tag], tag, espeakVoices[language], language].filter((name): name is string => Boolean(name)))]
}

/**
 * The voice to speak an article in: the one asked for, or the engine's voice
 * for the article's language.
 *
 * @throws {AltformatError} `no-voice`, naming the language, when the engine has none for it.
 */
export async function chooseVoice(engine: SpeechEngine, lang: string, asked?: string): Promise<string> {
  if (asked !== undefined) {
    if (await engine.hasVoice(asked)) return asked
    throw new AltformatError('no-voice', `${engine.version} has no voice “${asked}”: list its voices with espeak-ng --voices`)
  }
  for (const voice of voiceCandidates(lang)) if (await engine.hasVoice(voice)) return voice
  throw new AltformatError(
    'no-voice',
    `${engine.version} has no voice for the article's language (${lang}): it would read it with another language's sounds. Choose a voice with --voice, or narrate it with another engine (docs/audio.md lists the languages)`
  )
}
