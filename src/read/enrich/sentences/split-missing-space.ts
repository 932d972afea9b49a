import type {SentenceRule} from './types.js'

/**
 * "…denies the accusations.The 2006 …": a full stop glued to the next sentence.
 * Two lower-case letters before the stop and a capitalised word after it, so
 * that "U.S.A", "p.m.", "rferl.org" and "St.Petersburg"-style names stay whole.
 */
const glued = /(?<=\p{Ll}{2}[.!?]["”’]?)(?=\p{Lu}\p{Ll})/gu

export const splitMissingSpace: SentenceRule = (state) => {
  const repairs = []
  for (const match of state.value.matchAll(glued)) {
    const at = match.index
    if (state.breaks.has(at)) continue
    if (state.atoms.some((atom) => atom.start < at && at < atom.end)) continue
    state.breaks.add(at)
    repairs.push({
      ruleId: 'sentence-missing-space',
      reason: 'Split a sentence at a full stop with no space after it',
      at
    })
  }
  return repairs
}
