/**
 * Counting words in any script. Most scripts put spaces between words; Chinese,
 * Japanese, Thai, Lao, Khmer and Burmese do not, so a headline of theirs is
 * "one word" to a split on spaces. Those are counted with the platform's word
 * segmenter (ICU's dictionaries, via Intl.Segmenter); the rest by spaces, which
 * is faster and the same.
 */
const unspaced = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}]/u

let segmenter: Intl.Segmenter | undefined

export function wordCount(text: string): number {
  const trimmed = text.trim()
  if (trimmed === '') return 0
  // The scripts without spaces all lie above U+0E00: a plain range test first, which is cheaper.
  if (!/[\u0e00-\uffff]/.test(trimmed) || !unspaced.test(trimmed)) return trimmed.split(/\s+/).length
  segmenter ??= new Intl.Segmenter(undefined, {granularity: 'word'})
  let count = 0
  for (const segment of segmenter.segment(trimmed)) if (segment.isWordLike) count++
  return count
}

/**
 * The words of a text, lower-cased: letters and digits between the rest, or,
 * in a script without spaces, the word segmenter's words (a run of Chinese is
 * many words, not one).
 */
export function wordsOf(text: string): string[] {
  const lower = text.toLowerCase()
  if (!/[\u0e00-\uffff]/.test(lower) || !unspaced.test(lower)) return lower.match(/[\p{L}\p{N}]+/gu) ?? []
  segmenter ??= new Intl.Segmenter(undefined, {granularity: 'word'})
  const out: string[] = []
  for (const segment of segmenter.segment(lower)) if (segment.isWordLike) out.push(segment.segment)
  return out
}

/**
 * A drop cap and the text it begins: one capital letter set apart (a line, an
 * element of its own) before text that opens on a small letter — "T" and
 * "urkey, Poland and …" are "Turkey, Poland and …".
 */
export function beginsWithDropCap(letter: string, rest: string): boolean {
  return /^\p{Lu}$/u.test(letter.trim()) && /^\p{Ll}/u.test(rest.trimStart())
}

/**
 * Whether a line may begin a title: a capital or a digit in a cased script, or
 * any letter of a script without case (Arabic, Hebrew, Chinese, Devanagari, …),
 * or an opening quote; or a name spelt with a small letter before its capital
 * ("iPhone 14: …", "eBay …"), which a title keeps as it is.
 */
export const titleStart = /^["“‘'(«„]?(?:[\p{Lu}\p{Lt}\p{N}\p{Lo}]|\p{Ll}\p{Lu})/u

/**
 * Whether a text has at most `max` words, counting only as far as needed: the
 * rules ask it of every line, and a paragraph need not be split into its
 * hundreds of words to be told it is no heading.
 */
export function hasAtMostWords(text: string, max: number): boolean {
  const trimmed = text.trim()
  if (trimmed === '') return true
  if (/[\u0e00-\uffff]/.test(trimmed) && unspaced.test(trimmed)) return wordCount(trimmed) <= max
  let words = 1
  if (words > max) return false
  for (let i = 0; i < trimmed.length; i++) {
    const code = trimmed.charCodeAt(i)
    // A run of white space between two words counts once.
    if ((code === 32 || (code >= 9 && code <= 13)) && trimmed.charCodeAt(i + 1) > 32) {
      words++
      if (words > max) return false
    }
  }
  return true
}

/** A line with the end punctuation of a sentence. */
export function endsLikeSentence(line: string): boolean {
  // Latin, CJK (。！？：；，), Arabic and Persian (؟ ؛ ،), Devanagari (। ॥) and Armenian (։) sentence ends.
  const trimmed = line.trim()
  // A closing quote alone ends a line that is a quotation from its start (a pull quote, a line of
  // speech); a headline often ends on one (Heart’s “Alone”, Merkel: „Wir schaffen das“).
  return /[.!?…:;,。！？：；，؟؛،।॥։]["”’»)\]」』]*$/u.test(trimmed) || (/["”’]$/u.test(trimmed) && /^["“„‘'«»]/u.test(trimmed))
}
