/**
 * The languages a page may be detected as (ISO 639-1): those with a stop-word
 * list (stopwords-iso) and those RFE/RL and VOA publish in. Data, not rules: add
 * a language here to let detection choose it.
 */
export const newsLanguages = new Set([
  // stopwords-iso
  'af', 'ar', 'hy', 'eu', 'bn', 'br', 'bg', 'ca', 'zh', 'hr', 'cs', 'da', 'nl', 'en', 'eo', 'et', 'fi', 'fr',
  'gl', 'de', 'el', 'gu', 'ha', 'he', 'hi', 'hu', 'id', 'ga', 'it', 'ja', 'ko', 'ku', 'la', 'lt', 'lv', 'ms',
  'mr', 'no', 'fa', 'pl', 'pt', 'ro', 'ru', 'sk', 'sl', 'so', 'st', 'es', 'sw', 'sv', 'th', 'tl', 'tr', 'uk',
  'ur', 'vi', 'yo', 'zu',
  // RFE/RL and VOA services not in the list above
  'az', 'be', 'bs', 'ka', 'kk', 'ky', 'mk', 'ps', 'sq', 'sr', 'tg', 'tk', 'tt', 'uz', 'ba', 'ce', 'km', 'lo',
  'my', 'am', 'ti', 'om', 'rw', 'ln', 'ht', 'nb', 'nn'
])
