import type {AtomSpan} from '../../draft.js'
import type {QuotePair} from '../quotes.js'

/** What a repair sees: the block's text, the atoms in it, and where sentences start. */
export interface SentenceState {
  value: string
  atoms: readonly AtomSpan[]
  /** Offsets where a sentence other than the first starts, ascending. */
  breaks: Set<number>
  /** The article's language (BCP 47), for rules whose knowledge is per language. */
  lang?: string | undefined
  /** The block's quotations, paired once for the block (enrichment uses them after). */
  quotes?: readonly QuotePair[] | undefined
}

/** A repair records what it changed, with the offset it changed it at. */
export interface Repair {
  ruleId: string
  reason: string
  at: number
}

export type SentenceRule = (state: SentenceState) => Repair[]
