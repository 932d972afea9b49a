import {perLanguage, primaryLanguage, withEnglish} from '../../model/lang.js'
import {wholeWords} from '../../model/regexp.js'
import type {WordTest} from '../../model/regexp.js'
import {wordCount} from './words.js'

/** Two lists of words of one language: a block must hold a word of each. */
export type WordPair = readonly [first: readonly string[], second: readonly string[]]

// Words run to a dozen characters at most on average: a text longer than this many per word allowed has too many.
const charactersPerWord = 12

/**
 * A rule over short blocks: one of `maxWords` words at most that holds a word
 * of each list of the language's pair (English's too, as themes print it
 * untranslated), whole words, case ignored — a newsletter's name and a call
 * to sign up, the pay and the links of a disclosure, comments and their rules.
 * One word of either list alone is any article's; both together in a line or
 * two are the site talking about itself. The patterns are built once per
 * language.
 */
export function wordPairRule(pairOf: (lang: string) => WordPair | undefined, maxWords: number): (text: string, lang: string | undefined) => boolean {
  const patterns = new Map<string, {first: WordTest; second: WordTest} | null>()
  const build = (primary: string) => {
    const pairs = withEnglish(pairOf, primary)
    return pairs.length === 0 ? null : {first: wholeWords(pairs.flatMap(([first]) => first)), second: wholeWords(pairs.flatMap(([, second]) => second))}
  }
  return (text, lang) => {
    if (text.length > maxWords * charactersPerWord) return false
    const pair = perLanguage(patterns, primaryLanguage(lang, 'en'), build)
    return pair !== null && pair.first.test(text) && pair.second.test(text) && wordCount(text) <= maxWords
  }
}

/**
 * A word-pair rule over a table of two named lists by language ("names" and
 * "calls" of a newsletter's pitch): the table's pair for the language, English's
 * too, as wordPairRule takes them.
 */
export function wordTableRule<K extends string>(table: Readonly<Record<string, Readonly<Record<K, readonly string[]>>>>, first: K, second: K, maxWords: number): (text: string, lang: string | undefined) => boolean {
  return wordPairRule((lang) => {
    const words = table[lang]
    return words && [words[first], words[second]]
  }, maxWords)
}

/**
 * A rule over short blocks with one list of words by language (English's too):
 * a block of `maxWords` words at most that holds one of them — phrases that
 * only a site's own furniture prints, as "Cancel anytime" is.
 */
export function wordListRule(table: Readonly<Record<string, readonly string[]>>, maxWords: number): (text: string, lang: string | undefined) => boolean {
  const patterns = new Map<string, WordTest | null>()
  const build = (primary: string) => {
    const words = withEnglish((lang) => table[lang], primary).flat()
    return words.length === 0 ? null : wholeWords(words)
  }
  return (text, lang) => {
    if (text.length > maxWords * charactersPerWord) return false
    const pattern = perLanguage(patterns, primaryLanguage(lang, 'en'), build)
    return pattern !== null && pattern.test(text) && wordCount(text) <= maxWords
  }
}
