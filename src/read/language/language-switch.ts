import {newsLanguages} from './news-languages.js'

/**
 * The names languages give themselves, as a site's language switcher prints
 * them: CLDR's names (what ICU's Intl.DisplayNames gives, kept here as data
 * so that no page pays for loading ICU's display names) for the languages
 * news is published in, and the longer forms sites use ("Bahasa Indonesia",
 * "简体中文", "srpski"). Not Indonesian's plain "Indonesia", a country, nor
 * Latin's "Latin": a subhead may be either.
 */
export const languageSelfNames = [
  'afrikaans', 'አማርኛ', 'العربية', 'azərbaycan', 'azərbaycanca', 'башҡорт', 'беларуская', 'български', 'বাংলা', 'brezhoneg', 'bosanski',
  'català', 'нохчийн', 'čeština', 'dansk', 'deutsch', 'ελληνικά', 'english', 'esperanto', 'español', 'eesti', 'euskara', 'فارسی', 'دری',
  'suomi', 'français', 'gaeilge', 'galego', 'ગુજરાતી', 'hausa', 'עברית', 'हिन्दी', 'hrvatski', 'kreyòl ayisyen', 'magyar', 'հայերեն',
  'bahasa indonesia', 'italiano', '日本語', 'ქართული', 'қазақ тілі', 'қазақша', 'ខ្មែរ', '한국어', 'kurdî', 'кыргызча', 'lingála', 'ລາວ',
  'lietuvių', 'latviešu', 'македонски', 'मराठी', 'melayu', 'bahasa melayu', 'မြန်မာ', 'norsk', 'norsk bokmål', 'norsk nynorsk', 'nederlands',
  'oromoo', 'polski', 'پښتو', 'português', 'română', 'русский', 'ikinyarwanda', 'slovenčina', 'slovenščina', 'soomaali', 'shqip', 'српски',
  'srpski', 'sesotho', 'svenska', 'kiswahili', 'тоҷикӣ', 'ไทย', 'ትግርኛ', 'türkmen dili', 'türkmençe', 'filipino', 'türkçe', 'татар',
  'українська', 'اردو', 'o‘zbek', 'oʻzbekcha', 'tiếng việt', 'èdè yorùbá', 'isizulu', '中文', '简体中文', '繁體中文', '简体', '繁體'
]

const selfNames = new Set(languageSelfNames)
const codes = new Set(newsLanguages)

// A switcher's entries part with bars, slashes, bullets or middle dots ("Deutsch | English", "DE / EN").
const separator = /\s*[|/•·]\s*/u
const maxEntries = 8

/**
 * A language switcher's line, on any site: one language's own name, or
 * several names or codes parted by bars or slashes — "English", "Français |
 * Deutsch", "DE / EN / FR". One code alone ("EN") is left to the other rules,
 * as it is a word or an abbreviation as often.
 */
export function isLanguageSwitch(line: string): boolean {
  const text = line.trim()
  if (text.length === 0 || text.length > 120) return false
  const entries = text.split(separator).filter((entry) => entry !== '')
  if (entries.length === 0 || entries.length > maxEntries) return false
  const isName = (entry: string) => selfNames.has(entry.toLowerCase())
  const isCode = (entry: string) => /^[A-Z]{2}$/u.test(entry) && codes.has(entry.toLowerCase())
  return entries.every((entry) => isName(entry) || (entries.length > 1 && isCode(entry)))
}
