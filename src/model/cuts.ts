/**
 * Where to cut a long text into pieces of at most `max` characters: after a
 * sentence (". ") in the second half of a piece, else at the last space, else
 * (one word longer than `max`) at `max`. Returns the end of every piece; the
 * last is `text.length`. Libraries that are linear on normal text (liblouis'
 * heap, parse-latin's merging of a sentence's words) are not on a paragraph
 * that never ends, so both get such a text in pieces.
 */
export function cutPoints(text: string, max: number): number[] {
  const ends: number[] = []
  for (let start = 0; start < text.length; ) {
    let end = Math.min(text.length, start + max)
    if (end < text.length) {
      const sentence = text.lastIndexOf('. ', end)
      const space = text.lastIndexOf(' ', end)
      end = sentence > start + max / 2 ? sentence + 1 : space > start ? space : end
    }
    ends.push(end)
    start = end
  }
  return ends
}
