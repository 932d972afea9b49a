import {alternation, escapeRegExp} from '../../model/regexp.js'
import {numberFormatOf} from './number-format.js'

/**
 * How a language writes a date in its news, from ICU (Intl.DateTimeFormat):
 * its month names in every form ICU has ("22 декабря", "декабрь", "дек."),
 * in the Gregorian calendar and, where the language's own calendar is another
 * (Persian: ۱ دی ۱۳۹۶), in that one too; the order it puts day, month and year
 * in (Kazakh and Hungarian write the year first); the word it writes after a
 * year ("2017 г.", "2017 р.", "2017 ж."); the word between day, month and
 * year ("22 de diciembre de 2017"); its digits. What ICU does not have —
 * the genitive Serbian writes after a day ("22. decembra"), "года" beside
 * "г." — is data below, not rules.
 */
export interface Months {
  /** Every form, lower case, to its month (1–12) and the calendar it belongs to. */
  names: Map<string, {month: number; calendar: string}>
  /** Day first ("22 декабря 2017 г."): groups day, month, year. */
  dayFirst: RegExp
  /** Year first ("2017 ж. 22 желтоқсан", "2017. december 22."), when ICU writes the language so: groups year, day or month, month or day. */
  yearFirst?: {pattern: RegExp; dayBeforeMonth: boolean}
  /** The language's digits to ASCII ones. */
  digits: Map<string, string>
}

/**
 * Forms of month names news text uses that ICU does not give: Serbian and
 * Bosnian write the genitive after a day ("22. decembra 2017."), ICU the
 * nominative. By language subtag; Latin and Cyrillic alike.
 */
const extraMonthForms: Record<string, string[][]> = {
  sr: [
    ['januara', 'јануара'], ['februara', 'фебруара'], ['marta', 'марта'], ['aprila', 'априла'], ['maja', 'маја'], ['juna', 'јуна'],
    ['jula', 'јула'], ['avgusta', 'августа'], ['septembra', 'септембра'], ['oktobra', 'октобра'], ['novembra', 'новембра'], ['decembra', 'децембра']
  ],
  bs: [['januara'], ['februara'], ['marta'], ['aprila'], ['maja'], ['juna'], ['jula'], ['augusta', 'avgusta'], ['septembra'], ['oktobra'], ['novembra'], ['decembra']]
}

/**
 * Words after a year in a date beside the one ICU writes: "22 декабря 2017
 * года", "22 грудня 2017 року", "2017 жылғы 22 желтоқсан". By language subtag.
 */
const extraYearWords: Record<string, string[]> = {
  ru: ['года'],
  uk: ['року'],
  be: ['года'],
  bg: ['година'],
  kk: ['жылғы', 'жылы'],
  ky: ['жылы'],
  mk: ['година'],
  fa: ['هجری شمسی', 'خورشیدی', 'شمسی'],
  hy: ['թվականի']
}

const cache = new Map<string, Months | undefined>()

/** The date forms of a language, or undefined (English, which has its own rules; a language ICU has no month names for). */
export function monthsOf(lang: string): Months | undefined {
  if (cache.has(lang)) return cache.get(lang)
  const months = build(lang)
  cache.set(lang, months)
  return months
}

/** A calendar's month names in a language: each form ICU writes, to its month number. */
function monthNames(lang: string, calendar: string, lower: (text: string) => string): Map<string, number> {
  const names = new Map<string, number>()
  const numeric = new Intl.DateTimeFormat('en', {month: 'numeric', timeZone: 'UTC', calendar, numberingSystem: 'latn'})
  const formats = [{day: 'numeric', month: 'long'}, {month: 'long'}, {day: 'numeric', month: 'short'}].map(
    (options) => new Intl.DateTimeFormat(lang, {...(options as Intl.DateTimeFormatOptions), timeZone: 'UTC', calendar, numberingSystem: 'latn'})
  )
  // Every fortnight of a year: each month of any calendar ICU knows is seen.
  for (let day = 0; day < 380; day += 14) {
    const when = Date.UTC(2017, 0, 1 + day)
    const month = Number(numeric.formatToParts(when).find((part) => part.type === 'month')?.value)
    for (const format of formats) {
      const name = format.formatToParts(when).find((part) => part.type === 'month')?.value
      // A month ICU writes as a number is no name.
      if (name && /\p{L}/u.test(name) && lower(name).length > 1 && month >= 1 && month <= 12) names.set(lower(name), month)
    }
  }
  return names
}

function build(lang: string): Months | undefined {
  const primary = lang.toLowerCase().split('-')[0] ?? ''
  if (primary === 'en') return undefined
  let long: Intl.DateTimeFormat
  try {
    long = new Intl.DateTimeFormat(lang, {dateStyle: 'long', timeZone: 'UTC', calendar: 'gregory', numberingSystem: 'latn'})
  } catch {
    return undefined
  }
  const lower = (text: string) => text.toLocaleLowerCase(lang).replace(/\.$/, '').trim()
  const own = new Intl.DateTimeFormat(lang).resolvedOptions().calendar
  const names = new Map<string, {month: number; calendar: string}>()
  // The language's own calendar first: a name both have (none known) is read in it.
  for (const calendar of [...new Set([own, 'gregory'])]) {
    for (const [name, month] of monthNames(lang, calendar, lower)) if (!names.has(name)) names.set(name, {month, calendar})
  }
  ;(extraMonthForms[primary] ?? []).forEach((forms, index) => {
    for (const form of forms) names.set(form, {month: index + 1, calendar: 'gregory'})
  })
  if ([...names.values()].filter((entry) => entry.calendar === 'gregory').length < 12) return undefined

  const sample = long.formatToParts(Date.UTC(2017, 11, 22))
  const order = sample.filter((part) => part.type === 'day' || part.type === 'month' || part.type === 'year').map((part) => part.type)
  const afterYear = sample.slice(sample.findIndex((part) => part.type === 'year') + 1).map((part) => part.value).join('').trim()
  // Only a word (with its full stop when it is an abbreviation, "г."): a bare full stop after the
  // year ("2017.") is also the sentence's end, and so is one after a whole word ("2017 года.").
  const yearWords = [...new Set([...(/\p{L}/u.test(afterYear) ? [afterYear.split(/\s/)[0] as string] : []), ...(extraYearWords[primary] ?? [])])].sort(
    (a, b) => b.length - a.length
  )

  const {digit, digits} = numberFormatOf(lang)
  const day = `(${digit}{1,2})`
  const year = `(${digit}{4})`
  // Longest names first, so that "декабря" is not read as a shorter form.
  const month = `(${alternation(names.keys())})`
  const yearWord = yearWords.length > 0 ? `(?:\\s?(?:${yearWords.map(escapeRegExp).join('|')})(?![\\p{L}\\p{N}]))?` : ''
  const edge = '(?<![\\p{L}\\p{N}.,])'
  const end = '(?![\\p{L}\\p{N}])'
  // The word ICU writes between day and month, and between month and year ("22 de diciembre de 2017",
  // "22 de dezembro de 2017"): a date may have it or not.
  const connector = (from: string, to: string) => {
    const a = sample.findIndex((part) => part.type === from)
    const b = sample.findIndex((part) => part.type === to)
    const word = a >= 0 && b > a ? sample.slice(a + 1, b).map((part) => part.value).join('').trim() : ''
    return /^\p{L}+$/u.test(word) ? `(?:${escapeRegExp(word.toLocaleLowerCase(lang))}[\\s\\u00a0])?` : ''
  }
  const dayFirst = new RegExp(
    `${edge}${day}\\.?[\\s\\u00a0]${connector('day', 'month')}${month}(?:,?[\\s\\u00a0]${connector('month', 'year')}${year}${yearWord})?${end}`,
    'giu'
  )
  let yearFirst: Months['yearFirst']
  if (order[0] === 'year') {
    const dayBeforeMonth = order[1] === 'day'
    const rest = dayBeforeMonth ? `${day}\\.?[\\s\\u00a0]${month}` : `${month}[\\s\\u00a0]${day}\\.?`
    yearFirst = {pattern: new RegExp(`${edge}${year}\\.?${yearWord},?[\\s\\u00a0-]${rest}${end}`, 'giu'), dayBeforeMonth}
  }
  return {names, dayFirst, ...(yearFirst ? {yearFirst} : {}), digits}
}

const numericFormats = new Map<string, Intl.DateTimeFormat>()

/**
 * The Gregorian date of a day in another calendar (Persian 1396-10-01 →
 * 2017-12-22), found by bisection over days with ICU, which knows every
 * calendar; undefined when the calendar has no such day.
 */
export function gregorianOf(calendar: string, year: number, month: number, day: number): {year: number; month: number; day: number} | undefined {
  if (calendar === 'gregory') return {year, month, day}
  // One formatter per calendar: a page of Persian dates asks for it once per bisection step.
  let format = numericFormats.get(calendar)
  if (!format) {
    format = new Intl.DateTimeFormat('en', {year: 'numeric', month: 'numeric', day: 'numeric', timeZone: 'UTC', calendar, numberingSystem: 'latn'})
    numericFormats.set(calendar, format)
  }
  const dayMs = 86_400_000
  const key = (y: number, m: number, d: number) => (y * 13 + m) * 32 + d
  const at = (n: number) => {
    const parts = format.formatToParts(n * dayMs)
    const value = (type: string) => Number(parts.find((part) => part.type === type)?.value)
    return key(value('year'), value('month'), value('day'))
  }
  const wanted = key(year, month, day)
  // Days since 1970 from 1900 to 2100, where news dates fall; each calendar's years run on without a new era there.
  let low = -25_567
  let high = 47_482
  while (low < high) {
    const mid = Math.floor((low + high) / 2)
    if (at(mid) < wanted) low = mid + 1
    else high = mid
  }
  if (at(low) !== wanted) return undefined
  const date = new Date(low * dayMs)
  return {year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate()}
}

const weekdays = new Map<string, RegExp | null>()

/**
 * A weekday's name at the start of a line, in the language as ICU writes it,
 * long or short, with the comma or full stop after it ("Donnerstag, ", "mar. "):
 * a date line often opens with one. Null for a language ICU has no names for.
 */
export function leadingWeekday(lang: string): RegExp | null {
  let pattern = weekdays.get(lang)
  if (pattern !== undefined) return pattern
  const names = new Set<string>()
  try {
    for (const weekday of ['long', 'short'] as const) {
      const format = new Intl.DateTimeFormat(lang, {weekday, timeZone: 'UTC'})
      // 1–7 January 2017 is Sunday to Saturday.
      for (let day = 1; day <= 7; day++) names.add(format.format(Date.UTC(2017, 0, day)).replace(/\.$/, ''))
    }
  } catch {
    names.clear()
  }
  const alternatives = [...names].filter((name) => /\p{L}/u.test(name)).sort((a, b) => b.length - a.length).map(escapeRegExp)
  pattern = alternatives.length === 0 ? null : new RegExp(`^(?:${alternatives.join('|')})\\.?,?\\s+`, 'iu')
  weekdays.set(lang, pattern)
  return pattern
}
