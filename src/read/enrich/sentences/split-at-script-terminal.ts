import {sentenceTerminals, unspacedTerminals} from '../../../read/language/sentence-data.js'
import type {SentenceRule} from './types.js'

// A mark and any closing quotes or brackets after it, then the space before the next sentence
// (none needed after a CJK mark: those scripts put no space between sentences).
const terminal = new RegExp(`(?:[${sentenceTerminals}]["”’»)\\]」』]*\\s+|[${unspacedTerminals}]["”’»)\\]」』]*\\s*)(?=\\S)`, 'gu')

/**
 * A sentence mark of another script ("آیا توافق ممکن است؟ او پاسخ داد…",
 * "…է։ Նա…", "…继续。会议…") ends a sentence: parse-english knows only the
 * Latin ones.
 */
export const splitAtScriptTerminal: SentenceRule = (state) => {
  const repairs = []
  for (const match of state.value.matchAll(terminal)) {
    const at = match.index + match[0].length
    if (state.breaks.has(at) || insideAtom(state, at)) continue
    state.breaks.add(at)
    repairs.push({ruleId: 'sentence-script-terminal', reason: `Ended a sentence after “${match[0].trim()}”, a sentence mark of its script`, at})
  }
  return repairs
}

function insideAtom(state: Parameters<SentenceRule>[0], at: number): boolean {
  return state.atoms.some((atom) => atom.start < at && atom.end > at)
}
