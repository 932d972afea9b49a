/**
 * Text liblouis 3.2.0's tables get wrong, made right before translation. Each
 * rule keeps the text's length where it can, and says what it changed.
 *
 * - a dash used as a dash ("--", "—", "–") → "–", which 3.2 brailles as the UEB
 *   dash (dots 6-36); "—" gives the long dash (dots 5, 6-36) and "--" two hyphens
 * - a hyphen before a digit, after a space or an opening bracket → the minus
 *   sign "−" (UEB ⠐⠤), which liblouis does not read into "-4C"
 * - no-break and other Unicode spaces → a space; zero-width spaces and joiners,
 *   soft hyphens → nothing (3.2 brailles a soft hyphen as a visible hyphen)
 * - a character the table does not define → its letters without accents
 *   ("Ł" → "L", "ź" → "z"), or nothing (emoji), instead of liblouis'
 *   `'\x0141'` escape text; the letters and digits left out are counted, so
 *   that braille which lost most of the article is an error, not a quiet page
 */

import {letterOrDigit} from '../model/regexp.js'

const spaces = /[\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000]/g
const invisible = /[\u00AD\u200B-\u200D\u2060\uFEFF]/g
const special: Record<string, string> = {
  ł: 'l', Ł: 'L', ø: 'o', Ø: 'O', đ: 'd', Đ: 'D', ß: 'ss', æ: 'ae', Æ: 'AE', œ: 'oe', Œ: 'OE', ı: 'i', þ: 'th', Þ: 'Th', ð: 'd', Ð: 'D'
}

export interface Normalized {
  text: string
  /** Characters that had to be replaced or dropped, once each. */
  replaced: string[]
  /** What each of them became: its plain letters, or '' when it was left out. */
  substitutes: Map<string, string>
  /** Letters and digits in the text. */
  letters: number
  /** Letters and digits left out, because neither they nor their plain letters have braille in the table. */
  lost: number
}

// Whether a table brailles every ASCII letter and digit, asked once per `defined`:
// then only the other characters need asking about.
const asciiDefined = new WeakMap<(char: string) => boolean, boolean>()
const asciiLettersAndDigits = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789'

/**
 * Normalise `text` for the table. `defined(char)` says whether the table has a
 * braille form for a character (the engine is asked once per character).
 */
export function normalizeForBraille(text: string, defined: (char: string) => boolean): Normalized {
  const substitutes = new Map<string, string>()
  let lost = 0
  let ascii = asciiDefined.get(defined)
  if (ascii === undefined) {
    ascii = [...asciiLettersAndDigits].every(defined)
    asciiDefined.set(defined, ascii)
  }
  // Plain ASCII for a table that has it (most of an English article's blocks) needs only the minus sign.
  if (ascii && !/[^\u0000-\u007F]/.test(text)) {
    const plain = text.includes('-') ? text.replace(/(^|[\s([])-(?=\d)/g, '$1\u2212') : text
    return {text: plain, replaced: [], substitutes, letters: lettersAndDigits(text), lost: 0}
  }
  // A display or maths table given as the table lacks even a–z: then ASCII is asked about too.
  const asked = ascii ? /[^\u0000-\u007F]/gu : /[^\u0000-\u007F]|[A-Za-z0-9]/gu
  // A hyphen as a sign ("-4C", "(-3.5)") is the minus, UEB's ⠐⠤; liblouis
  // brailles the hyphen-minus as a hyphen.
  let out = text.replace(spaces, ' ').replace(invisible, '').replace(/(^|[\s([])-(?=\d)/g, '$1\u2212')
  // Braille in the print goes through as braille, its six dots kept: the page is six-dot.
  out = out.replace(/[\u2840-\u28FF]/gu, (cell) => String.fromCharCode(0x2800 | ((cell.codePointAt(0) as number) & 0x3f)))
  out = out.replace(asked, (char) => {
    if (defined(char)) return char
    const mapped = special[char] ?? char.normalize('NFKD').replace(/[\u0300-\u036F]/g, '')
    const kept = [...mapped].every((c) => (ascii && c.charCodeAt(0) < 0x80) || defined(c))
    substitutes.set(char, kept ? mapped : '')
    if (kept) return mapped
    if (letterOrDigit.test(char)) lost++
    return ''
  })
  return {text: out, replaced: [...substitutes.keys()], substitutes, letters: lettersAndDigits(text), lost}
}

/** How many letters and digits a text has, counted without making a list of them. */
function lettersAndDigits(text: string): number {
  let count = 0
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i)
    if (code < 0x80) {
      if ((code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122)) count++
    } else if (code >= 0xdc00 && code <= 0xdfff) {
      // The second half of a pair: its character was counted with the first.
    } else if (letterOrDigit.test(String.fromCodePoint(text.codePointAt(i) as number))) {
      count++
    }
  }
  return count
}

/** A character by its code points, as a transcriber's note names it when the table cannot braille it: `U+0160`. */
export function codePoints(char: string): string {
  return [...char].map((c) => `U+${(c.codePointAt(0) as number).toString(16).toUpperCase().padStart(4, '0')}`).join(' ')
}
