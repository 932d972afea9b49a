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

/**
 * One of `words`, as whole words (no letter or digit on either side), case
 * ignored, white space inside a word matching any run of it: "subscribed" is
 * not "subscribe", nor "inboxes" "inbox".
 */
export function wholeWords(words: Iterable<string>): RegExp {
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternation(words, '\\s+')})(?![\\p{L}\\p{N}])`, 'iu')
}
