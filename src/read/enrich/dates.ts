import type {AtomSpan} from '../draft.js'
import {gregorianOf, monthsOf} from '../language/months.js'
import {claim} from './claim.js'

/**
 * Dates in the forms news text uses: "December 22", "May 31, 2006",
 * "Dec. 26, 2022", "25 June 2005", "1 April", "December 2017". The ISO form is
 * only as precise as the text: a date without a year is `--MM-DD`; a year is
 * never invented.
 */
const months: Record<string, number> = {
  january: 1, jan: 1, february: 2, feb: 2, march: 3, mar: 3, april: 4, apr: 4, may: 5,
  june: 6, jun: 6, july: 7, jul: 7, august: 8, aug: 8, september: 9, sep: 9, sept: 9,
  october: 10, oct: 10, november: 11, nov: 11, december: 12, dec: 12
}

const month =
  '(January|February|March|April|May|June|July|August|September|October|November|December|' +
  '(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\\.?)'
const day = '(\\d{1,2})(?:st|nd|rd|th)?'
const year = '(1[5-9]\\d\\d|20\\d\\d)'

const monthFirst = new RegExp(`\\b${month} ${day}(?:, ${year})?(?![\\w%])`, 'g')
const dayFirst = new RegExp(`(?<![\\w.,$])${day} ${month}(?: ${year})?(?![\\w%])`, 'g')
const monthYear = new RegExp(`\\b${month} ${year}(?![\\w%])`, 'g')

const daysIn = [0, 31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]

/**
 * Dates in the text: the English forms, and in an article of another language
 * its own, day first, with ICU's month names ("22 декабря 2017 г.", "22 грудня",
 * "22. децембар 2017", "3. März 2024").
 */
export function findDates(value: string, lang?: string): AtomSpan[] {
  const found: AtomSpan[] = []
  // Every date form has a digit: most sentences have none, and skip the patterns.
  if (!/\p{Nd}/u.test(value)) return found
  const taken = new Uint8Array(value.length + 1)
  const local = lang === undefined ? undefined : monthsOf(lang)
  if (local && lang !== undefined) {
    const ascii = (digits: string | undefined) => (digits === undefined ? undefined : [...digits].map((char) => local.digits.get(char) ?? char).join(''))
    const name = (text: string | undefined) => local.names.get((text ?? '').toLocaleLowerCase(lang).replace(/\.$/, ''))
    if (local.yearFirst) {
      const {pattern, dayBeforeMonth} = local.yearFirst
      for (const match of value.matchAll(pattern)) {
        const [dayText, monthText] = dayBeforeMonth ? [match[2], match[3]] : [match[3], match[2]]
        const month = name(monthText)
        if (month) addLocal(found, taken, match, month, ascii(dayText), ascii(match[1]))
      }
    }
    for (const match of value.matchAll(local.dayFirst)) {
      const month = name(match[2])
      if (month) addLocal(found, taken, match, month, ascii(match[1]), ascii(match[3]))
    }
  }
  for (const match of value.matchAll(monthFirst)) {
    add(found, taken, match, match[1], match[2], match[3])
  }
  for (const match of value.matchAll(dayFirst)) {
    add(found, taken, match, match[2], match[1], match[3])
  }
  for (const match of value.matchAll(monthYear)) {
    add(found, taken, match, match[1], undefined, match[2])
  }
  return found.sort((a, b) => a.start - b.start)
}

function add(
  found: AtomSpan[],
  taken: Uint8Array,
  match: RegExpMatchArray,
  monthName: string | undefined,
  dayText: string | undefined,
  yearText: string | undefined
): void {
  const m = months[(monthName ?? '').toLowerCase().replace(/\.$/, '')]
  if (m === undefined) return
  addNumbered(found, taken, match, m, dayText, yearText)
}

/**
 * A date in the language's own forms. One of another calendar (Persian) is
 * given its Gregorian ISO form when it has a year; without one it stays text:
 * its day cannot be placed.
 */
function addLocal(
  found: AtomSpan[],
  taken: Uint8Array,
  match: RegExpMatchArray,
  month: {month: number; calendar: string},
  dayText: string | undefined,
  yearText: string | undefined
): void {
  if (month.calendar === 'gregory') return addNumbered(found, taken, match, month.month, dayText, yearText)
  if (dayText === undefined || yearText === undefined) return
  const date = gregorianOf(month.calendar, Number(yearText), month.month, Number(dayText))
  if (!date) return
  const start = match.index as number
  const end = start + match[0].length
  if (!claim(taken, start, end)) return
  const iso = `${String(date.year).padStart(4, '0')}-${String(date.month).padStart(2, '0')}-${String(date.day).padStart(2, '0')}`
  found.push({start, end, node: {type: 'date', value: match[0], iso}})
}

function addNumbered(found: AtomSpan[], taken: Uint8Array, match: RegExpMatchArray, m: number, dayText: string | undefined, yearText: string | undefined): void {
  // "Mar" and "May" are words too: the short forms count only with a full stop or a day.
  const d = dayText === undefined ? undefined : Number(dayText)
  if (d !== undefined && (d < 1 || d > (daysIn[m] as number))) return
  const start = match.index as number
  const end = start + match[0].length
  if (!claim(taken, start, end)) return
  const mm = String(m).padStart(2, '0')
  const dd = d === undefined ? undefined : String(d).padStart(2, '0')
  const iso =
    yearText === undefined
      ? dd === undefined
        ? undefined
        : `--${mm}-${dd}`
      : dd === undefined
        ? `${yearText}-${mm}`
        : `${yearText}-${mm}-${dd}`
  found.push({start, end, node: {type: 'date', value: match[0], ...(iso ? {iso} : {})}})
}

/** The ISO form of a whole date text ("May 31, 2006" → `2006-05-31`), if it is one. */
export function parseDateText(value: string): string | undefined {
  const [date] = findDates(value)
  if (!date || date.start !== 0 || date.end !== value.length || date.node.type !== 'date') return undefined
  return date.node.iso
}
