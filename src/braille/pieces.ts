import {cutPoints} from '../model/cuts.js'

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
  let start = 0
  for (const end of cutPoints(text, maxPiece)) {
    out += translate(text.slice(start, end), typeform?.subarray(start, end))
    start = end
  }
  return out
}

/** liblouis' text for a character its table lacks: `'\x0142'`, `'\y1f600'`. */
export function isEscape(output: string): boolean {
  return /\\[xyz][\da-f]{4,8}/i.test(output)
}
