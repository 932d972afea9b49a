/** The longest text handed to liblouis in one call. */
export const maxPiece = 12_000

/**
 * Translate a long text in pieces of at most {@link maxPiece} characters, cut
 * after a sentence (or at a space), with the typeform cut to match. A paragraph
 * is one call; only a very long one (a 1 MB paragraph would not fit in the
 * emscripten build's 16 MB heap) is split, and never inside a word.
 */
export function inPieces(
  text: string,
  typeform: Uint16Array | undefined,
  translate: (text: string, typeform?: Uint16Array) => string
): string {
  if (text.length <= maxPiece) return translate(text, typeform)
  let out = ''
  for (let start = 0; start < text.length; ) {
    let end = Math.min(text.length, start + maxPiece)
    if (end < text.length) {
      const sentence = text.lastIndexOf('. ', end)
      const space = text.lastIndexOf(' ', end)
      end = sentence > start + maxPiece / 2 ? sentence + 1 : space > start ? space : end
    }
    out += translate(text.slice(start, end), typeform?.subarray(start, end))
    start = end
  }
  return out
}

/** liblouis' text for a character its table lacks: `'\x0142'`, `'\y1f600'`. */
export function isEscape(output: string): boolean {
  return /\\[xyz][\da-f]{4,8}/i.test(output)
}
