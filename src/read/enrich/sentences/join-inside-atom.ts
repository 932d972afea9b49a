import type {SentenceRule} from './types.js'

/** No sentence ends inside a date, number or abbreviation ("Dec. 26", "U.S. envoy"). */
export const joinInsideAtom: SentenceRule = (state) => {
  const repairs = []
  for (const at of [...state.breaks]) {
    const atom = state.atoms.find((a) => a.start < at && at < a.end)
    if (!atom) continue
    state.breaks.delete(at)
    repairs.push({
      ruleId: 'sentence-inside-atom',
      reason: `Kept one sentence across “${state.value.slice(atom.start, atom.end)}”`,
      at
    })
  }
  return repairs
}
