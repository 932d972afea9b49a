import type {SentenceRule} from './types.js'

/**
 * A break with no white space before it: parse-english ends a sentence at a
 * full stop whatever follows it, so "(EFE).- Nicaragua cerró …" and
 * "MADRID.-El Gobierno …" were two sentences, printed (and spoken, and
 * brailled) with a space the page does not have; so was "in...Ukraine".
 * Joined here, first; the rules after it split where a missing space is the
 * page's slip ("accusations.The", splitMissingSpace) or a script writes none
 * (splitAtScriptTerminal).
 */
export const joinWithoutSpace: SentenceRule = (state) => {
  const repairs = []
  for (const at of [...state.breaks]) {
    // Straight after a mark parse-english ends sentences at (white space before the break is a real end;
    // a long text's forced cut, cutPoints, falls anywhere and stays where it is) — but not on a quotation
    // mark, which breakAfterClosingQuote moves the break past.
    const glued = /[.!?…‽]/u.test(state.value[at - 1] ?? '')
    if (!glued || /\p{Pi}|\p{Pf}|["'„«»]/u.test(state.value[at] as string)) continue
    state.breaks.delete(at)
    repairs.push({ruleId: 'sentence-no-space', reason: 'Kept one sentence where no white space follows the mark that would end it', at})
  }
  return repairs
}
