/** Text to match literally inside a regular expression. */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}

/**
 * Words as one alternation of a regular expression: each escaped, each once,
 * the longest first (so that "min. read" is tried before "min", "декабря"
 * before a shorter form), a space in a word matching `space`.
 */
export function alternation(words: Iterable<string>, space = ' '): string {
  return [...new Set(words)]
    .sort((a, b) => b.length - a.length)
    .map((word) => escapeRegExp(word).replaceAll(' ', space))
    .join('|')
}

/** A test of a text for one of a list of words (see wholeWords). */
export interface WordTest {
  test(text: string): boolean
}

/** A letter or a digit, in any script: what a whole word may not have on either side, what counts as a word's character. */
export const letterOrDigit = /[\p{L}\p{N}]/u

/**
 * One of `words`, as whole words (no letter or digit on either side), case
 * ignored, white space inside a word matching any run of it: "subscribed" is
 * not "subscribe", nor "inboxes" "inbox". The pattern looks ahead only, and the
 * character before a match is checked after it: a look-behind at the start of
 * the pattern is tried at every position of the text, which made these tests,
 * run on every short line of a page by the furniture rules, four times slower.
 */
export function wholeWords(words: Iterable<string>): WordTest {
  const pattern = new RegExp(`(?:${alternation(words, '\\s+')})(?!${letterOrDigit.source})`, 'giu')
  return {
    test(text) {
      pattern.lastIndex = 0
      for (let match = pattern.exec(text); match !== null; match = pattern.exec(text)) {
        if (!letterOrDigit.test(codePointBefore(text, match.index))) return true
        pattern.lastIndex = match.index + 1
      }
      return false
    }
  }
}

/** The character before `index`, a surrogate pair whole ("" at the start). */
function codePointBefore(text: string, index: number): string {
  if (index === 0) return ''
  const low = text.charCodeAt(index - 1)
  return low >= 0xdc00 && low <= 0xdfff && index >= 2 ? text.slice(index - 2, index) : text.slice(index - 1, index)
}
