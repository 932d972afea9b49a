import {ParseEnglish} from 'parse-english'
import {cutPoints} from '../../../model/cuts.js'
import type {AtomSpan} from '../../draft.js'
import type {QuotePair} from '../quotes.js'
import {joinContinuation} from './join-continuation.js'
import {joinWithoutSpace} from './join-without-space.js'
import {joinInsideAtom} from './join-inside-atom.js'
import {splitAfterAbbreviation} from './split-after-abbreviation.js'
import {splitMissingSpace} from './split-missing-space.js'
import {splitAtScriptTerminal} from './split-at-script-terminal.js'
import {joinAfterAbbreviation} from './join-after-abbreviation.js'
import {breakAfterClosingQuote} from './break-after-closing-quote.js'
import type {Repair, SentenceRule} from './types.js'

export type {Repair, SentenceRule, SentenceState} from './types.js'

/**
 * Repairs to parse-english's sentence boundaries, run in this order. Each is a
 * small rule in its own file with its own fixture; each change is reported.
 */
export const sentenceRules: readonly SentenceRule[] = [
  joinWithoutSpace,
  splitMissingSpace,
  splitAtScriptTerminal,
  breakAfterClosingQuote,
  joinContinuation,
  joinInsideAtom,
  joinAfterAbbreviation,
  splitAfterAbbreviation
]

const parser = new ParseEnglish()

/**
 * The longest text parse-english gets at once. Its plugins splice arrays of a
 * sentence's words, so a "sentence" of 50,000 words ("U.S. U.S. …") took half
 * a minute. A real paragraph is far shorter; a longer one is cut after a
 * sentence (see cutPoints), a boundary anyway, or failing one at a space,
 * which then ends a sentence 8,000 characters long.
 */
const maxParsed = 8_000

/**
 * Text that parse-english reads as one sentence whatever its words: it breaks
 * only after a sentence mark (. ! ? … ‽) and at a blank line, and this text has
 * no line break, no white space before it, and no such mark but a run at its
 * end (with closing quotes and brackets after it). Most lines of a page (headings, bylines, one-sentence
 * paragraphs) are such text, and the parser, which builds a node for every word,
 * was a quarter of reading: it is not asked about them. A test holds this
 * against the parser on arbitrary text.
 */
export const oneSentence = /^[^\s!.?\u2026\u203D][^!.?\u2026\u203D\r\n]*(?:[!.?\u2026\u203D]+["'”’»)\]]*)?\s*$/u

/** Where parse-english starts each sentence but the first, in `value`'s offsets. */
export function parsedBreaks(value: string): Set<number> {
  const breaks = new Set<number>()
  let from = 0
  for (const to of cutPoints(value, maxParsed)) {
    const tree = parser.parse(value.slice(from, to))
    for (const paragraph of tree.children) {
      if (paragraph.type !== 'ParagraphNode') continue
      for (const sentence of paragraph.children) {
        const start = sentence.position?.start.offset
        if (sentence.type === 'SentenceNode' && start !== undefined && from + start > 0) breaks.add(from + start)
      }
    }
    from = to
  }
  return breaks
}

export interface SentenceRange {
  start: number
  end: number
}

/**
 * Split a block's text into sentences: parse-english first, then the repairs.
 * Together the ranges cover every character of `value` but the white space
 * between sentences.
 */
export function splitSentences(
  value: string,
  atoms: readonly AtomSpan[],
  lang?: string,
  quotes?: readonly QuotePair[]
): {sentences: SentenceRange[]; repairs: Repair[]} {
  // Longer text is cut into parsed pieces (see maxParsed), each a sentence at least: as before.
  const breaks = value.length <= maxParsed && oneSentence.test(value) ? new Set<number>() : parsedBreaks(value)
  const state = {value, atoms, breaks, lang, quotes}
  const repairs = sentenceRules.flatMap((rule) => rule(state))
  const points = [0, ...[...breaks].sort((a, b) => a - b), value.length]
  const sentences: SentenceRange[] = []
  for (let i = 0; i < points.length - 1; i++) {
    let start = points[i] as number
    let end = points[i + 1] as number
    while (start < end && /\s/.test(value[start] as string)) start++
    while (end > start && /\s/.test(value[end - 1] as string)) end--
    if (end > start) sentences.push({start, end})
  }
  return {sentences, repairs}
}
