/**
 * Text liblouis 3.2.0's tables get wrong, made right before translation. Each
 * rule keeps the text's length where it can, and says what it changed.
 *
 * - a dash used as a dash ("--", "—", "–") → "–", which 3.2 brailles as the UEB
 *   dash (dots 6-36); "—" gives the long dash (dots 5, 6-36) and "--" two hyphens
 * - no-break and other Unicode spaces → a space; zero-width spaces and joiners,
 *   soft hyphens → nothing (3.2 brailles a soft hyphen as a visible hyphen)
 * - a character the table does not define → its letters without accents
 *   ("Ł" → "L", "ź" → "z"), or nothing (emoji), instead of liblouis'
 *   `'\x0141'` escape text
 */

const spaces = /[\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000]/g
const invisible = /[\u00AD\u200B-\u200D\u2060\uFEFF]/g
const special: Record<string, string> = {
  ł: 'l', Ł: 'L', ø: 'o', Ø: 'O', đ: 'd', Đ: 'D', ß: 'ss', æ: 'ae', Æ: 'AE', œ: 'oe', Œ: 'OE', ı: 'i', þ: 'th', Þ: 'Th', ð: 'd', Ð: 'D'
}

export interface Normalized {
  text: string
  /** Characters that had to be replaced or dropped, once each. */
  replaced: string[]
}

/**
 * Normalise `text` for the table. `defined(char)` says whether the table has a
 * braille form for a character (the engine is asked once per character).
 */
export function normalizeForBraille(text: string, defined: (char: string) => boolean): Normalized {
  const replaced = new Set<string>()
  let out = text.replace(spaces, ' ').replace(invisible, '')
  out = out.replace(/[^\u0000-\u007F]/gu, (char) => {
    if (defined(char)) return char
    replaced.add(char)
    const mapped = special[char] ?? char.normalize('NFKD').replace(/[\u0300-\u036F]/g, '')
    return [...mapped].every((c) => c.charCodeAt(0) < 0x80 || defined(c)) ? mapped : ''
  })
  return {text: out, replaced: [...replaced]}
}
