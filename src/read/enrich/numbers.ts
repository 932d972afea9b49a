import type {NumberKind} from '../../model/types.js'
import type {AtomSpan} from '../draft.js'
import {claim} from './claim.js'

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

// Not glued to a word, a code, a clock time or another number on either side.
const before = /[\p{L}\p{N}_:./-]$/u
const after = /^(?:[\p{L}\p{N}_]|[:/]\d|[.,]\d|-\p{L})/u

export function findNumbers(value: string): AtomSpan[] {
  const found: AtomSpan[] = []
  const taken = new Uint8Array(value.length + 1)
  for (const [kind, pattern] of patterns) {
    for (const match of value.matchAll(pattern)) {
      const start = match.index
      const end = start + match[0].length
      if (kind !== 'money' && before.test(value.slice(Math.max(0, start - 1), start))) continue
      if (kind === 'money' && /[\p{L}\p{N}]$/u.test(value.slice(Math.max(0, start - 1), start))) continue
      if (after.test(value.slice(end, end + 2))) continue
      if (!claim(taken, start, end)) continue
      found.push({start, end, node: {type: 'number', value: match[0], kind}})
    }
  }
  return found.sort((a, b) => a.start - b.start)
}
