import type {SentenceRule} from './types.js'

/**
 * A break before a word in lower case ("… said... and left") or before a
 * comma, a semicolon or a colon („Geht los!“, schrie irgendwer …): the
 * sentence goes on. News sentences start with a capital, a digit or a quote
 * mark. (An ellipsis glued to the next word, "activity in...Ukraine", is no
 * break at all: joinWithoutSpace.)
 */
export const joinContinuation: SentenceRule = (state) => {
  const repairs = []
  for (const at of [...state.breaks]) {
    // A few characters after the break are enough, and keep long blocks linear.
    if (!/^\s*[\p{Ll},;:]/u.test(state.value.slice(at, at + 8))) continue
    state.breaks.delete(at)
    repairs.push({ruleId: 'sentence-lowercase-continuation', reason: 'Kept one sentence where the next word is in lower case, or a comma goes on', at})
  }
  return repairs
}
