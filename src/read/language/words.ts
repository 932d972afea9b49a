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
  if (!unspaced.test(trimmed)) return trimmed.split(/\s+/).length
  segmenter ??= new Intl.Segmenter(undefined, {granularity: 'word'})
  let count = 0
  for (const segment of segmenter.segment(trimmed)) if (segment.isWordLike) count++
  return count
}

/**
 * Whether a line may begin a title: a capital or a digit in a cased script, or
 * any letter of a script without case (Arabic, Hebrew, Chinese, Devanagari, …),
 * or an opening quote.
 */
export const titleStart = /^["“‘'(«„]?[\p{Lu}\p{Lt}\p{N}\p{Lo}]/u
