import {escapeRegExp} from '../../model/regexp.js'

/**
 * Month names of a language, as ICU knows them (Intl.DateTimeFormat, the
 * Gregorian calendar): the forms a day takes ("22 декабря", "22 грудня",
 * "22. децембар"), the standalone ones ("декабрь") and the short ones, each
 * to its month number; and the word the language writes after a year in a
 * date ("2017 г.", "2017 р."). No language's months are listed by hand.
 */
export interface Months {
  /** Every form, lower case, to its month (1–12). */
  names: Map<string, number>
  /** Words after the year ("г.", "р."), when the language writes one. */
  yearWords: string[]
  /** A day, a month name, an optional year and year word: made once per language. */
  pattern: RegExp
}

const cache = new Map<string, Months | undefined>()

/** The month names of a language written day first, or undefined (English, which has its own rules; a language ICU writes year first or in another calendar). */
export function monthsOf(lang: string): Months | undefined {
  if (cache.has(lang)) return cache.get(lang)
  const months = build(lang)
  cache.set(lang, months)
  return months
}

function build(lang: string): Months | undefined {
  if (lang.toLowerCase().split('-')[0] === 'en') return undefined
  let long: Intl.DateTimeFormat
  try {
    long = new Intl.DateTimeFormat(lang, {dateStyle: 'long', timeZone: 'UTC', calendar: 'gregory', numberingSystem: 'latn'})
  } catch {
    return undefined
  }
  const sample = long.formatToParts(Date.UTC(2017, 11, 22))
  const order = sample.filter((part) => part.type === 'day' || part.type === 'month' || part.type === 'year').map((part) => part.type)
  // Day, month, year, as the patterns read them; a language ICU writes otherwise is not guessed at.
  if (order.join() !== 'day,month,year') return undefined
  const names = new Map<string, number>()
  const lower = (text: string) => text.toLocaleLowerCase(lang).replace(/\.$/, '').trim()
  const formats: Intl.DateTimeFormatOptions[] = [{day: 'numeric', month: 'long'}, {month: 'long'}, {day: 'numeric', month: 'short'}]
  for (let month = 0; month < 12; month++) {
    for (const options of formats) {
      const parts = new Intl.DateTimeFormat(lang, {...options, timeZone: 'UTC', calendar: 'gregory', numberingSystem: 'latn'}).formatToParts(Date.UTC(2017, month, 22))
      const name = parts.find((part) => part.type === 'month')?.value
      // A month ICU writes as a number is no name.
      if (name && /\p{L}/u.test(name) && lower(name).length > 1) names.set(lower(name), month + 1)
    }
  }
  const afterYear = sample.slice(sample.findIndex((part) => part.type === 'year') + 1).map((part) => part.value).join('').trim()
  // Only a word: a bare full stop after the year ("2017.") is also the sentence's end.
  const yearWords = /\p{L}/u.test(afterYear) ? [afterYear] : []
  if (names.size < 12) return undefined
  // Longest names first, so that "декабря" is not read as a shorter form.
  const alternatives = [...names.keys()].sort((a, b) => b.length - a.length).map(escapeRegExp).join('|')
  const years = yearWords.map(escapeRegExp).join('|')
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}.,])(\\d{1,2})\\.?\\s(${alternatives})(?:\\s(1[5-9]\\d\\d|20\\d\\d)(?:\\s?(?:${years || '(?!)'}))?)?(?![\\p{L}\\p{N}])`, 'giu')
  return {names, yearWords, pattern}
}
