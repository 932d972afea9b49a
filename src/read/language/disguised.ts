/**
 * Text disguised with look-alike letters: "Аdvеrtіѕе wіth uѕ", its a, e, i and s
 * taken from the Cyrillic alphabet, reads as English to a person and as no
 * word to a filter. Advertisements and spam are written so to slip past ad
 * blockers and comment filters; no language writes a word in two alphabets
 * at once, so this holds on any site, in any language, with no list of words.
 */

// Letters of the alphabets whose look-alikes are mixed into Latin words (and Latin ones into theirs).
const latin = /\p{Script=Latin}/u
const lookAlikeScripts = /[\p{Script=Cyrillic}\p{Script=Greek}]/u
const letters = /\p{L}+/gu

// Words in two alphabets at once: this many at least, and this share of the block's words.
const disguisedWordsAtLeast = 3
const disguisedShare = 0.25

/** Whether a block's words are written in two alphabets at once, as a disguise (see above). */
export function isDisguised(text: string): boolean {
  // Asked of every block: one test turns away all text with no letter of those alphabets, before any word is cut out.
  if (!lookAlikeScripts.test(text) || !latin.test(text)) return false
  const words = text.match(letters) ?? []
  let mixed = 0
  for (const word of words) if (latin.test(word) && lookAlikeScripts.test(word)) mixed++
  return mixed >= disguisedWordsAtLeast && mixed >= words.length * disguisedShare
}
