import {abbreviationsBeforeNames} from '../../../read/language/sentence-data.js'
import type {SentenceRule} from './types.js'
import {entryOfLanguage, primaryLanguage} from '../../../model/lang.js'

/**
 * A break right after an abbreviation that stands before a name in the
 * article's language ("в г. Москве", "dl. Popescu") does not end a sentence,
 * though a capital follows it. One meaning a year ("в 2017 г.") may end one,
 * so after a number it is left alone. The abbreviations are data, per
 * language (language/sentence-data.ts).
 */
// The data as lower-case sets, made once per language, not once per block.
const sets = new Map<string, {always: Set<string>; unlessAfterNumber: Set<string>} | undefined>()
function setsFor(lang: string) {
  if (!sets.has(lang)) {
    const known = entryOfLanguage((language) => abbreviationsBeforeNames[language], lang)
    const lower = (words: string[] = []) => new Set(words.map((word) => word.toLowerCase()))
    sets.set(lang, known && {always: lower(known.always), unlessAfterNumber: lower(known.unlessAfterNumber)})
  }
  return sets.get(lang)
}

export const joinAfterAbbreviation: SentenceRule = (state) => {
  const known = setsFor(primaryLanguage(state.lang))
  if (!known) return []
  const {always, unlessAfterNumber} = known
  const repairs = []
  for (const at of [...state.breaks]) {
    const before = /(\S+)\s+$/u.exec(state.value.slice(Math.max(0, at - 30), at))
    const word = before?.[1]?.replace(/^[(«„“"']+/u, '').toLowerCase()
    if (!word) continue
    const afterNumber = /\d\s*\S+\s+$/u.test(state.value.slice(Math.max(0, at - 30), at))
    if (!always.has(word) && !(unlessAfterNumber.has(word) && !afterNumber)) continue
    state.breaks.delete(at)
    repairs.push({ruleId: 'sentence-abbreviation-before-name', reason: `Kept one sentence after “${before?.[1]}”, which stands before a name`, at})
  }
  return repairs
}
