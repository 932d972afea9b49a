/**
 * Azure's neural voice for each language, by BCP 47 tag or language subtag:
 * the one the azure dialect uses unless --voice names another. A language
 * missing here has no Azure voice (Belarusian, Tatar, Kyrgyz,
 * Turkmen, Bashkir, Tajik, Chechen, among RFE/RL's).
 */
export const azureVoices: Record<string, string> = {
  en: 'en-US-JennyNeural',
  'en-gb': 'en-GB-SoniaNeural',
  ru: 'ru-RU-SvetlanaNeural',
  uk: 'uk-UA-PolinaNeural',
  fa: 'fa-IR-DilaraNeural',
  prs: 'fa-IR-DilaraNeural',
  ps: 'ps-AF-LatifaNeural',
  ro: 'ro-RO-AlinaNeural',
  sr: 'sr-RS-SophieNeural',
  bs: 'bs-BA-VesnaNeural',
  hr: 'hr-HR-GabrijelaNeural',
  mk: 'mk-MK-MarijaNeural',
  sq: 'sq-AL-AnilaNeural',
  bg: 'bg-BG-KalinaNeural',
  kk: 'kk-KZ-AigulNeural',
  uz: 'uz-UZ-MadinaNeural',
  az: 'az-AZ-BanuNeural',
  ka: 'ka-GE-EkaNeural',
  hy: 'hy-AM-AnahitNeural',
  hu: 'hu-HU-NoemiNeural',
  ur: 'ur-PK-UzmaNeural',
  tr: 'tr-TR-EmelNeural',
  de: 'de-DE-KatjaNeural',
  fr: 'fr-FR-DeniseNeural',
  es: 'es-ES-ElviraNeural',
  pl: 'pl-PL-ZofiaNeural',
  cs: 'cs-CZ-VlastaNeural',
  zh: 'zh-CN-XiaoxiaoNeural',
  // The languages of the news sites beyond RFE/RL's: Portuguese is Brazil's unless the page says Portugal's.
  pt: 'pt-BR-FranciscaNeural',
  'pt-pt': 'pt-PT-RaquelNeural',
  it: 'it-IT-ElsaNeural',
  nl: 'nl-NL-ColetteNeural',
  fi: 'fi-FI-NooraNeural',
  sv: 'sv-SE-SofieNeural',
  da: 'da-DK-ChristelNeural',
  nb: 'nb-NO-PernilleNeural',
  no: 'nb-NO-PernilleNeural',
  is: 'is-IS-GudrunNeural',
  et: 'et-EE-AnuNeural',
  lt: 'lt-LT-OnaNeural',
  lv: 'lv-LV-EveritaNeural',
  sk: 'sk-SK-ViktoriaNeural',
  el: 'el-GR-AthinaNeural',
  ca: 'ca-ES-JoanaNeural',
  cy: 'cy-GB-NiaNeural',
  ga: 'ga-IE-OrlaNeural',
  ar: 'ar-SA-ZariyahNeural',
  he: 'he-IL-HilaNeural',
  hi: 'hi-IN-SwaraNeural',
  ja: 'ja-JP-NanamiNeural',
  ko: 'ko-KR-SunHiNeural',
  vi: 'vi-VN-HoaiMyNeural',
  th: 'th-TH-PremwadeeNeural',
  id: 'id-ID-GadisNeural',
  ms: 'ms-MY-YasminNeural'
}

/**
 * The languages Amazon Polly speaks (its documented language codes, by
 * language subtag: `arb` is Arabic, `cmn` and `yue` Chinese). Polly's voice is
 * chosen in the request, not in the SSML; what the SSML can do is refuse an
 * article Polly would read with another language's voice.
 */
export const pollyLanguages = new Set(['ar', 'ca', 'zh', 'cs', 'da', 'nl', 'en', 'fi', 'fr', 'hi', 'de', 'is', 'it', 'ja', 'ko', 'nb', 'no', 'pl', 'pt', 'ro', 'ru', 'es', 'sv', 'tr', 'cy'])

/**
 * The languages Google Cloud Text-to-Speech has voices for (its supported
 * voices page, by language subtag: `cmn` and `yue` are Chinese, `fil` Filipino).
 * Google's voice is chosen in the request; the SSML can refuse an article no
 * voice of Google's speaks. Among RFE/RL's languages, Persian, Pashto, Kazakh,
 * Azerbaijani, Georgian, Armenian, Albanian, Macedonian, Bosnian, Belarusian
 * and the Central Asian ones have none.
 */
export const googleLanguages = new Set([
  'af', 'am', 'ar', 'bg', 'bn', 'ca', 'cs', 'da', 'de', 'el', 'en', 'es', 'et', 'eu', 'fi', 'fil', 'fr', 'gl', 'gu', 'he',
  'hi', 'hu', 'id', 'is', 'it', 'ja', 'kn', 'ko', 'lt', 'lv', 'ml', 'mr', 'ms', 'nb', 'nl', 'no', 'pa', 'pl', 'pt', 'ro',
  'ru', 'sk', 'sr', 'sv', 'ta', 'te', 'th', 'tr', 'uk', 'ur', 'vi', 'zh'
])

/** The languages Alexa's voices speak (its SSML `lang` element's list): an article in another is refused. */
export const alexaLanguages = new Set(['en', 'de', 'es', 'fr', 'hi', 'it', 'ja', 'pt'])

/** The Azure voice for a language: its tag's, else its language's; undefined when Azure has none. */
export function azureVoiceFor(lang: string): string | undefined {
  const tag = lang.toLowerCase()
  return azureVoices[tag] ?? azureVoices[tag.split('-')[0] ?? tag]
}
