import {pairQuotes} from '../quotes.js'
import type {SentenceRule} from './types.js'

/**
 * „Die Gespräche gehen weiter.“ Das war …: parse-english takes “ for an
 * opening mark (as in English) and starts the next sentence with it. Where a
 * break falls on a mark that closes a quotation, the break moves past it, so
 * the quotation ends in its own sentence.
 */
export const breakAfterClosingQuote: SentenceRule = (state) => {
  const closes = new Set((state.quotes ?? pairQuotes(state.value).pairs).filter((pair) => pair.closeMark !== '').map((pair) => pair.close))
  const repairs = []
  for (const at of [...state.breaks]) {
    if (!closes.has(at)) continue
    let after = at + 1
    while (after < state.value.length && /\s/.test(state.value[after] as string)) after++
    state.breaks.delete(at)
    if (after < state.value.length) state.breaks.add(after)
    repairs.push({ruleId: 'sentence-closing-quote', reason: `Kept the closing mark ${state.value[at]} with the sentence it closes`, at})
  }
  return repairs
}
