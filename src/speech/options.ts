import {AltformatError} from '../model/error.js'
import {wordsFor} from '../model/interface-words.js'
import {alexaLanguages, azureVoiceFor, googleLanguages, pollyLanguages} from './language-voices.js'
import {checkOptionTypes} from '../model/arguments.js'
import {dialectNames, dialects} from './dialects.js'
import type {Dialect, DialectName} from './dialects.js'

/** Pauses, as SSML times (`500ms`, `1s`). */
export interface Pauses {
  /** After the headline (and byline). Default `1s`. */
  headline?: string | undefined
  /** After the photo caption. Default `750ms`. */
  caption?: string | undefined
  /** Before a subhead. Default `500ms`. */
  subhead?: string | undefined
  /** Where a dash stands. Default `300ms`. */
  dash?: string | undefined
  /** Where an ellipsis stands. Default `500ms`. */
  ellipsis?: string | undefined
}

export interface SpeechOptions {
  /** The engine: `w3c` (SSML 1.1, the default), `polly`, `polly-neural`, `google`, `azure`, `alexa`, `espeak`. */
  dialect?: DialectName | undefined
  /** Azure's voice name (default `en-US-JennyNeural`); its locale becomes `xml:lang`. */
  voice?: string | undefined
  pauses?: Pauses | undefined
  /** Say "quote … end quote" around quotations (default `false`: quotes are read naturally). */
  announceQuotes?: boolean | undefined
  /** The words around an announced quotation (default the article's language's: `['quote', 'end quote']` in English). */
  quoteWords?: readonly [string, string] | undefined
  /** Said before the photo caption (default the article's language's: `Photo caption.` in English). */
  captionLabel?: string | undefined
}

export interface SpeechSettings {
  dialect: Dialect
  voice: string
  pauses: Required<Pauses>
  announceQuotes: boolean
  quoteWords: readonly [string, string]
  captionLabel: string
  /** Whether the article is in English: the spoken rewrites of years and money are English ("19 99", "12 dollars"). */
  english: boolean
}

const time = /^(?:\d+(?:\.\d+)?)(?:ms|s)$/

const engineNames: Partial<Record<DialectName, string>> = {azure: 'Azure', polly: 'Amazon Polly', 'polly-neural': 'Amazon Polly', google: 'Google Cloud Text-to-Speech', alexa: 'Alexa'}

/** A language the dialect's engine cannot speak: a typed error that says which can. */
function checkLanguage(dialect: DialectName, lang: string, voice: string | undefined): void {
  const language = lang.toLowerCase().split('-')[0] ?? ''
  const lacks =
    (dialect === 'azure' && voice === undefined && azureVoiceFor(lang) === undefined) ||
    ((dialect === 'polly' || dialect === 'polly-neural') && !pollyLanguages.has(language)) ||
    (dialect === 'google' && !googleLanguages.has(language)) ||
    (dialect === 'alexa' && !alexaLanguages.has(language))
  if (!lacks) return
  const others = [
    ...(azureVoiceFor(lang) !== undefined && dialect !== 'azure' ? [`Azure (--dialect azure: ${azureVoiceFor(lang)})`] : []),
    ...(pollyLanguages.has(language) && !dialect.startsWith('polly') ? ['Amazon Polly (--dialect polly)'] : []),
    ...(googleLanguages.has(language) && dialect !== 'google' ? ['Google (--dialect google)'] : []),
    ...(alexaLanguages.has(language) && dialect !== 'alexa' ? ['Alexa (--dialect alexa)'] : []),
    'eSpeak NG for many languages (--dialect espeak, or --to audio; docs/audio.md lists them)'
  ]
  throw new AltformatError(
    'no-voice',
    `${engineNames[dialect] ?? dialect} has no voice for the article's language (${lang}): it would be read with another language's voice. Voices for it: ${others.join('; ')}`
  )
}

/**
 * The speech settings, checked. With the article's language, the azure
 * dialect's voice is that language's unless one is given, and a language the
 * dialect's engine has no voice for is a `no-voice` error: Azure or Polly
 * would read it with another language's voice.
 */
export function resolveSpeechOptions(options: SpeechOptions = {}, lang?: string): SpeechSettings {
  checkOptionTypes('speech', options, {dialect: 'string', voice: 'string', pauses: 'object', announceQuotes: 'boolean', quoteWords: 'object', captionLabel: 'string'})
  const name = options.dialect ?? 'w3c'
  if (!dialectNames.includes(name)) {
    throw new AltformatError('invalid-option', `Unknown dialect “${String(name)}”: choose from ${dialectNames.join(', ')}`)
  }
  const dialect = dialects[name]
  const pauses: Required<Pauses> = {
    headline: '1s',
    caption: '750ms',
    subhead: '500ms',
    dash: '300ms',
    ellipsis: '500ms',
    ...Object.fromEntries(Object.entries(options.pauses ?? {}).filter(([, value]) => value !== undefined))
  }
  for (const [key, value] of Object.entries(pauses)) {
    const ms = time.test(value) ? (value.endsWith('ms') ? Number(value.slice(0, -2)) : Number(value.slice(0, -1)) * 1000) : NaN
    if (Number.isNaN(ms) || ms > dialect.maxBreak) {
      throw new AltformatError(
        'invalid-option',
        `Invalid pause ${key}: “${value}”: use a time such as 500ms or 1s, at most ${dialect.maxBreak / 1000}s for ${name}`
      )
    }
  }
  if (lang !== undefined) checkLanguage(name, lang, options.voice)
  const words = wordsFor(lang)
  const voice = options.voice ?? (lang === undefined ? undefined : azureVoiceFor(lang)) ?? 'en-US-JennyNeural'
  if (!/^[a-z]{2,3}-[A-Z]{2,3}-\w+$/.test(voice)) {
    throw new AltformatError('invalid-option', `Invalid voice “${voice}”: use an Azure voice name such as en-US-JennyNeural`)
  }
  return {
    dialect,
    voice,
    pauses,
    announceQuotes: options.announceQuotes ?? false,
    quoteWords: options.quoteWords ?? [words.quoteStart, words.quoteEnd],
    captionLabel: options.captionLabel ?? words.photoCaption,
    english: lang === undefined || lang.toLowerCase().split('-')[0] === 'en'
  }
}
