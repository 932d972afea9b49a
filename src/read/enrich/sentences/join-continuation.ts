import type {SentenceRule} from './types.js'

/**
 * A break that does not end a sentence: after an ellipsis glued to the next word
 * ("activity in...Ukraine, also …"), or before a word in lower case ("… said...
 * and left"). News sentences start with a capital, a digit or a quote mark.
 */
export const joinContinuation: SentenceRule = (state) => {
  const repairs = []
  for (const at of [...state.breaks]) {
    // A few characters either side are enough, and keep long blocks linear.
    const before = state.value.slice(Math.max(0, at - 8), at)
    const after = state.value.slice(at, at + 8)
    const gluedEllipsis = /(?:\.\.\.|…)$/.test(before)
    const lowerStart = /^\s*\p{Ll}/u.test(after)
    if (!gluedEllipsis && !lowerStart) continue
    state.breaks.delete(at)
    repairs.push({
      ruleId: gluedEllipsis ? 'sentence-ellipsis-inside' : 'sentence-lowercase-continuation',
      reason: gluedEllipsis
        ? 'Kept one sentence across an ellipsis glued to the next word'
        : 'Kept one sentence where the next word is in lower case',
      at
    })
  }
  return repairs
}
