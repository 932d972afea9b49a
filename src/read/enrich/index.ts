import type {VFile} from 'vfile'
import type {InlineContent, Position, Sentence} from '../../model/types.js'
import type {AtomSpan, DraftText} from '../draft.js'
import {sourceRange} from '../source-text.js'
import type {SourceText} from '../source-text.js'
import {findAbbreviations} from './abbreviations.js'
import {claim} from './claim.js'
import {buildInline} from './build-inline.js'
import {findDates} from './dates.js'
import type {Lexicon} from './lexicon.js'
import {findNumbers} from './numbers.js'
import {findDashes, findEllipses} from './punctuation.js'
import {pairQuotes} from './quotes.js'
import type {QuotePair} from './quotes.js'
import {splitSentences} from './sentences/index.js'

export interface EnrichContext {
  file: VFile
  /** Built-in, user and in-text abbreviation expansions, merged. */
  lexicon: Lexicon
  /** Source offsets → a unist position. */
  toPosition: (start: number, end: number) => Position | undefined
  /** The sentence counter, for ids `s1…sN` in document order. */
  sentences: number
  /** The article's language (BCP 47), for the rules that know languages. */
  lang?: string | undefined
}

/**
 * Leaf nodes in a block, found by each detector in order of precedence: what the
 * reader already knew (HTML `abbr`, `time`), then dates, numbers, abbreviations,
 * ellipses and dashes. An earlier find wins where two overlap ("May 31, 2006" is
 * a date, not a date and a year).
 */
export function detectAtoms(draft: DraftText, lexicon: Lexicon, lang?: string): AtomSpan[] {
  const value = draft.text.value
  const accepted: AtomSpan[] = []
  // The page may say what an abbreviation stands for (<abbr title>); how it is
  // said still comes from the lexicon.
  const known = draft.atoms.map((atom) =>
    atom.node.type === 'abbr' && lexicon[atom.node.value]?.spoken
      ? {...atom, node: {...atom.node, spoken: lexicon[atom.node.value]?.spoken ?? atom.node.spoken}}
      : atom
  )
  const candidates = [
    known,
    findDates(value, lang),
    findNumbers(value, lang),
    findAbbreviations(value, lexicon),
    findEllipses(value),
    findDashes(value)
  ]
  // One flag per character, so that a long block stays linear.
  const taken = new Uint8Array(value.length + 1)
  for (const group of candidates) {
    for (const atom of group) {
      if (!claim(taken, atom.start, atom.end)) continue
      accepted.push(atom)
    }
  }
  return accepted.sort((a, b) => a.start - b.start)
}

/** A block's text as sentences with their inline nodes, ids and positions. */
export function enrichSentences(draft: DraftText, ctx: EnrichContext): Sentence[] {
  const {text} = draft
  const place = placeIn(text, ctx)
  const atoms = detectAtoms(draft, ctx.lexicon, ctx.lang)
  // Paired once: the sentence rules need the quotations too (a closing “ stays with its sentence).
  const {pairs, problems} = pairQuotes(text.value)
  const {sentences, repairs} = splitSentences(text.value, atoms, ctx.lang, pairs)
  for (const repair of repairs) report(ctx, repair.ruleId, repair.reason, place(repair.at, repair.at))
  for (const problem of problems) report(ctx, problem.ruleId, problem.reason, place(problem.at, problem.at + 1))
  // Hand each sentence only the atoms and quotes that touch it: one sweep over
  // both sorted lists, so a paragraph of thousands of sentences stays linear.
  let a = 0
  let q = 0
  let open: QuotePair[] = []
  return sentences.map((range) => {
    while (a < atoms.length && (atoms[a] as AtomSpan).start < range.start) a++
    let b = a
    while (b < atoms.length && (atoms[b] as AtomSpan).start < range.end) b++
    while (q < pairs.length && (pairs[q] as QuotePair).open < range.end) open.push(pairs[q++] as QuotePair)
    open = open.filter((pair) => pair.close + pair.closeMark.length > range.start)
    return {
      type: 'sentence',
      id: `s${++ctx.sentences}`,
      children: buildInline(text.value, range.start, range.end, open, draft.formats, atoms.slice(a, b), place),
      position: place(range.start, range.end)
    }
  })
}

/** A short run of text that is not made of sentences (a byline). */
export function enrichInline(draft: DraftText, ctx: EnrichContext): InlineContent[] {
  const {text} = draft
  const place = placeIn(text, ctx)
  const atoms = detectAtoms(draft, ctx.lexicon, ctx.lang)
  const {pairs} = pairQuotes(text.value)
  return buildInline(text.value, 0, text.value.length, pairs, draft.formats, atoms, place)
}

function placeIn(text: SourceText, ctx: EnrichContext) {
  return (start: number, end: number): Position | undefined => {
    const range = sourceRange(text, start, end)
    return ctx.toPosition(range.start, range.end)
  }
}

export function report(ctx: EnrichContext, ruleId: string, reason: string, place: Position | undefined): void {
  ctx.file.info(reason, {place, ruleId, source: 'altformat'})
}
