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
