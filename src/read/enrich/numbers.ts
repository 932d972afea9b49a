import type {NumberKind} from '../../model/types.js'
import type {AtomSpan} from '../draft.js'
import {claim} from './claim.js'
import {amountOf, numberFormatOf} from '../language/number-format.js'
import type {NumberFormat} from '../language/number-format.js'

/**
 * Numbers with the kind a speech or braille renderer needs to read them well.
 * Digits that are part of a word or code ("G7", "MH17", "COVID-19") and clock
 * times ("11:10") are left as text.
 */
const scale = '(?: (?:[Mm]illion|[Bb]illion|[Tt]rillion|[Tt]housand))?'
const amount = '\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?'

// Each pattern but money starts only where a run of digits starts: a match
// inside a run is refused below anyway, and trying one at every digit of a
// 200,000-digit run made reading quadratic.
const runStart = '(?<!\\d)'
const patterns: Array<[NumberKind, RegExp]> = [
  ['money', new RegExp(`(?:US\\$|[$€£¥₽])\\s?(?:${amount})${scale}`, 'g')],
  ['percent', new RegExp(`${runStart}(?:${amount})(?:%| percent\\b| per cent\\b)`, 'g')],
  ['ordinal', new RegExp(`${runStart}\\d+(?:st|nd|rd|th)\\b`, 'g')],
  ['year', new RegExp(`${runStart}(?:1[5-9]\\d\\d|20\\d\\d)(?:s\\b)?`, 'g')],
  ['decimal', new RegExp(`${runStart}\\d+\\.\\d+`, 'g')],
  ['cardinal', new RegExp(`${runStart}(?:\\d{1,3}(?:,\\d{3})+|\\d+)${scale}`, 'g')]
]

/**
 * The same kinds for a language that writes numbers otherwise, from ICU: its
 * group and decimal marks ("12 500", "3,5"; "12.500"; "۱۲٬۵۰۰", "۹٫۶") and
 * digits, its percent sign. Scale words and ordinal suffixes are English and
 * stay with English.
 */
const localPatterns = new Map<string, Array<[NumberKind, RegExp]>>()

function patternsFor(lang: string | undefined): {patterns: Array<[NumberKind, RegExp]>; format?: NumberFormat} {
  const primary = lang?.toLowerCase().split('-')[0]
  if (lang === undefined || primary === 'en') return {patterns}
  const format = numberFormatOf(lang)
  if (format.group === ',' && format.decimal === '\\.' && format.digits.size === 0) return {patterns}
  let local = localPatterns.get(lang)
  if (!local) {
    const d = format.digit
    const run = `(?<!${d})`
    const grouped = `${d}{1,3}(?:[${format.group}]${d}{3})+`
    const value = `(?:${grouped}|${d}+)(?:${format.decimal}${d}+)?`
    local = [
      ['money', new RegExp(`(?:US\\$|[$€£¥₽])\\s?(?:${value})|${run}(?:${value})\\s?(?:US\\$|[$€£¥₽])`, 'gu')],
      ['percent', new RegExp(`${run}(?:${value})[\\s\\u00a0\\u202f]?(?:${format.percent})`, 'gu')],
      // Four digits; which are years is decided on their value (below).
      ['year', new RegExp(`${run}${d}{4}(?!${format.decimal}${d}|[${format.group}]${d}{3})`, 'gu')],
      ['decimal', new RegExp(`${run}(?:${grouped}|${d}+)${format.decimal}${d}+`, 'gu')],
      ['cardinal', new RegExp(`${run}(?:${grouped}|${d}+)`, 'gu')]
    ]
    localPatterns.set(lang, local)
  }
  return {patterns: local, format}
}

// Not glued to a word, a code, a clock time or another number on either side.
const before = /[\p{L}\p{N}_:./-]$/u
const after = /^(?:[\p{L}\p{N}_]|[:/]\d|[.,]\d|-\p{L})/u

export function findNumbers(value: string, lang?: string): AtomSpan[] {
  const found: AtomSpan[] = []
  if (!/\p{Nd}/u.test(value)) return found
  const taken = new Uint8Array(value.length + 1)
  const {patterns: kinds, format} = patternsFor(lang)
  for (const [kind, pattern] of kinds) {
    for (const match of value.matchAll(pattern)) {
      const start = match.index
      const end = start + match[0].length
      if (kind !== 'money' && before.test(value.slice(Math.max(0, start - 1), start))) continue
      if (kind === 'money' && /[\p{L}\p{N}]$/u.test(value.slice(Math.max(0, start - 1), start))) continue
      if (after.test(value.slice(end, end + 2))) continue
      // A year of the Gregorian calendar, or of the Solar or Lunar Hijri ones (1396, 1439) in their languages' digits.
      if (kind === 'year' && format && !isYear(amountOf(match[0], format))) continue
      if (!claim(taken, start, end)) continue
      // The value in ASCII digits, when the print differs: what a speech engine is given.
      const plain = format ? amountOf(match[0].replace(/[^\p{N}\s\u00a0\u202f.,٬٫]/gu, '').trim(), format) : undefined
      found.push({start, end, node: {type: 'number', value: match[0], kind, ...(plain !== undefined && plain !== match[0] ? {amount: plain} : {})}})
    }
  }
  return found.sort((a, b) => a.start - b.start)
}

function isYear(value: string): boolean {
  const year = Number(value)
  return year >= 1300 && year <= 2099
}
