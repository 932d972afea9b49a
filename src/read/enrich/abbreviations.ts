import type {AtomSpan} from '../draft.js'
import type {Lexicon} from './lexicon.js'

/**
 * Abbreviations: runs of two or more capitals (`AFP`, `RFE/RL`, `COVID-19`),
 * dotted initials (`U.S.`), and the lower-case ones in the lexicon (`p.m.`).
 * Roman numerals and words in a run of capitals (a shouted headline) are not
 * abbreviations.
 */
const capitals = /(?<![\p{L}\p{N}])(?:(?:[A-Z]\.){2,}|[A-Z][A-Z&]*[A-Z](?:\/[A-Z]{2,})?(?:-\d+)?)(?![\p{L}\p{N}])/gu
const roman = /^(?:II|III|IV|VI|VII|VIII|IX|XI|XII|XIII|XIV|XV|XX|XXI)$/

export function findAbbreviations(value: string, lexicon: Lexicon): AtomSpan[] {
  const found: AtomSpan[] = []
  for (const match of value.matchAll(capitals)) {
    const text = match[0]
    if (roman.test(text)) continue
    if (inShoutedRun(value, match.index, text.length)) continue
    found.push(atom(match.index, text, lexicon))
  }
  const pattern = lowerCasePattern(lexicon)
  if (pattern) for (const match of value.matchAll(pattern)) found.push(atom(match.index, match[0], lexicon))
  return found
}

/** The lexicon's lower-case entries (`p.m.`) as one pattern, longest first, made once per lexicon rather than once per block and entry. */
const lowerCasePatterns = new WeakMap<Lexicon, RegExp | null>()

function lowerCasePattern(lexicon: Lexicon): RegExp | undefined {
  let pattern = lowerCasePatterns.get(lexicon)
  if (pattern === undefined) {
    const keys = Object.keys(lexicon).filter((key) => key.toUpperCase() !== key).sort((a, b) => b.length - a.length)
    pattern = keys.length > 0 ? new RegExp(`(?<![\\p{L}\\p{N}])(?:${keys.map(escape).join('|')})(?![\\p{L}\\p{N}])`, 'gu') : null
    lowerCasePatterns.set(lexicon, pattern)
  }
  return pattern ?? undefined
}

function atom(start: number, value: string, lexicon: Lexicon): AtomSpan {
  const entry = lexicon[value] ?? lexicon[value.replace(/-\d+$/, '')]
  return {
    start,
    end: start + value.length,
    node: {
      type: 'abbr',
      value,
      ...(entry?.expansion ? {expansion: entry.expansion} : {}),
      spoken: entry?.spoken ?? 'letters'
    }
  }
}

/** Whether the word sits among at least two other words in capitals (a shouted line). */
function inShoutedRun(value: string, start: number, length: number): boolean {
  const words = /[\p{L}\p{N}'’.&/-]+/gu
  // Two words either side are within 80 characters; looking further is wasted on long blocks.
  const before = (value.slice(Math.max(0, start - 80), start).match(words) ?? []).slice(-2)
  const after = (value.slice(start + length, start + length + 80).match(words) ?? []).slice(0, 2)
  // Capitalised words of three letters or more, and the short words a shouted line
  // has between them; two-letter abbreviations ("EU, UN") do not make a run.
  const shouted = (word: string) =>
    /^\P{Ll}*\p{Lu}{3,}\P{Ll}*$/u.test(word) || /^(?:A|IN|OF|TO|AT|ON|IS|AS|BY|OR|AN)$/.test(word)
  return [...before, ...after].filter(shouted).length >= 2
}

function escape(value: string): string {
  return value.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')
}

/**
 * Expansions the text gives itself: "International Atomic Energy Agency (IAEA)".
 * The capitalised words before the brackets whose initials spell the
 * abbreviation (small words such as "of" and "and" may sit between them).
 */
const expansionWindow = 400

export function findDefinitions(value: string): Lexicon {
  const out: Lexicon = {}
  for (const match of value.matchAll(/\(([A-Z][A-Z&/.]{1,})\)/g)) {
    const abbr = match[1] as string
    const letters = abbr.replace(/[^A-Z]/g, '')
    // The words just before the brackets: a window of a few hundred characters
    // holds any real expansion, and splitting all the text before every bracket
    // made a page of "(AB) (AB) …" quadratic. The window's first word may be cut.
    const from = Math.max(0, match.index - expansionWindow)
    const words = value.slice(from, match.index).trimEnd().split(/\s+/)
    if (from > 0) words.shift()
    const small = /^(?:of|and|for|the|on|in|de|du|des|la|le|to|&)$/
    let used = 0
    let taken = 0
    for (let i = words.length - 1; i >= 0 && used < letters.length; i--) {
      const word = words[i] as string
      taken++
      if (small.test(word)) continue
      const initial = word.replace(/^[^\p{L}]+/u, '')[0]
      if (initial === undefined || initial !== letters[letters.length - 1 - used]) break
      used++
    }
    if (used === letters.length) {
      const expansion = words.slice(words.length - taken).join(' ').replace(/^[^\p{L}]+/u, '')
      out[abbr] = {expansion}
    }
  }
  return out
}
