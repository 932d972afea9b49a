import {cutPoints} from '../model/cuts.js'
import {asciiToCells, dotsToCells} from './cells.js'

/** liblouis' output for a text, and for each output character the index of the input character it came from (empty when not asked for). */
export interface Raw {
  out: string
  from: number[]
}

/**
 * liblouis' mode `dotsIO`: the output as dots (0x8000 plus dot 1 = 1 … dot 8 =
 * 0x80, virtual dots 9 and up above), whatever display table the table
 * includes — Russian tables display dots as Cyrillic letters. (`ucBrl` would
 * give Unicode braille, but liblouis 3.2.0 refuses it.)
 */
export const dotsMode = 4

/** The longest text handed to liblouis in one call. */
export const maxPiece = 12_000

/**
 * Translate a long text in pieces of at most {@link maxPiece} characters, cut
 * after a sentence (or at a space), with the typeform cut to match. A paragraph
 * is one call; only a very long one (a 1 MB paragraph would not fit in the
 * emscripten build's 16 MB heap) is split, and never inside a word.
 */
export function inPieces(text: string, typeform: Uint16Array | undefined, translate: (text: string, typeform?: Uint16Array) => Raw): Raw {
  if (text.length <= maxPiece) return translate(text, typeform)
  let out = ''
  const from: number[] = []
  let start = 0
  for (const end of cutPoints(text, maxPiece)) {
    const piece = translate(text.slice(start, end), typeform?.subarray(start, end))
    out += piece.out
    for (const index of piece.from) from.push(start + index)
    start = end
  }
  return {out, from}
}

/** liblouis' text for a character its table lacks: `'\x0142'`, `'\y1f600'`. */
export function isEscape(output: string): boolean {
  return /\\[xyz][\da-f]{4,8}/i.test(output)
}

/**
 * Whether `output`, liblouis' braille for the one character `char`, says the
 * table lacks it: an escape, or — liblouis 3.2 with a display or maths table
 * given as the table — an ASCII letter or digit between two apostrophes
 * (`'h'`, or with a display table that lacks it, `' '`); no table brailles a
 * letter or digit that way.
 */
export function lacks(output: string, char: string): boolean {
  if (isEscape(output)) return true
  if (!/^[A-Za-z0-9]$/.test(char)) return false
  const cells = asciiToCells(output)
  return cells !== undefined && cells.length === 3 && cells.startsWith('\u2804') && cells.endsWith('\u2804')
}

/**
 * Whether a table has braille for a character, from liblouis' output for it
 * in dots and as text. Lacking it, liblouis writes an escape (`'\x0219'`),
 * which in dots is no dots at all, whatever a display table makes of it as
 * text (`'\xjbai'` once passed for braille); as text, see `lacks`.
 */
export function definedBy(dots: string, text: string, char: string): boolean {
  return dotsToCells(dots) !== undefined && !lacks(text, char)
}
