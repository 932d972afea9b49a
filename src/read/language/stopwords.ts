import {createRequire} from 'node:module'
import {primaryLanguage} from '../../model/lang.js'
import {macrolanguageOf} from '../../model/macrolanguages.js'

/**
 * Stop words per language (stopwords-iso: 58 languages, ISO 639-1 keys), loaded
 * on first use. They measure how much a block reads like running prose, the
 * feature that tells article text from page furniture in any language (jusText).
 */
let lists: Record<string, string[]> | undefined
const sets = new Map<string, Set<string> | undefined>()

// Languages written without spaces between words: the classifier counts words as runs of letters, and a
// clause of Chinese is one such run, so its share of stop words says nothing. Length and links decide there.
const unspaced = new Set(['zh', 'ja', 'th', 'lo', 'km', 'my', 'bo'])

export function stopwordsFor(lang: string | undefined): Set<string> | undefined {
  const primary = primaryLanguage(lang)
  if (sets.has(primary)) return sets.get(primary)
  lists ??= createRequire(import.meta.url)('stopwords-iso') as Record<string, string[]>
  // A language within a macrolanguage has its list (Norwegian Bokmål "nb", which pages declare, under "no").
  const words = unspaced.has(primary) ? undefined : (lists[primary] ?? lists[macrolanguageOf(primary) ?? ''])
  const set = words && words.length > 0 ? new Set(words.map((word) => word.toLowerCase())) : undefined
  sets.set(primary, set)
  return set
}
