import type {SentenceRule} from './types.js'

/**
 * "… at 5 p.m. The talks …": an abbreviation ending in a full stop also ends the
 * sentence when the next word is one that starts sentences, not a name
 * ("U.S. President" goes on).
 */
const starters = new Set([
  'A', 'An', 'The', 'He', 'She', 'It', 'They', 'We', 'I', 'You', 'This', 'That', 'These',
  'Those', 'There', 'But', 'And', 'In', 'On', 'At', 'After', 'Before', 'When', 'While', 'His',
  'Her', 'Their', 'Its', 'Our', 'Officials', 'No', 'Police'
])

export const splitAfterAbbreviation: SentenceRule = (state) => {
  const repairs = []
  for (const atom of state.atoms) {
    if (atom.node.type !== 'abbr' || !atom.node.value.endsWith('.')) continue
    const rest = state.value.slice(atom.end, atom.end + 40)
    const next = /^(\s+)(\p{Lu}\p{L}*)/u.exec(rest)
    if (!next || !starters.has(next[2] as string)) continue
    const at = atom.end + (next[1] as string).length
    if (state.breaks.has(at)) continue
    state.breaks.add(at)
    repairs.push({
      ruleId: 'sentence-after-abbreviation',
      reason: `Ended a sentence after “${atom.node.value}” before “${next[2]}”`,
      at
    })
  }
  return repairs
}
