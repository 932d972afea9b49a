/**
 * North American Braille ASCII: the character for each of the 64 cells, by dot
 * bitmask (bit 0 = dot 1 … bit 5 = dot 6). A BRF file is written in it; liblouis'
 * English tables print their output in its lower-case variant.
 */
export const brailleAscii = " A1B'K2L@CIF/MSP\"E3H9O6R^DJG>NTQ,*5<-U8V.%[$+X!&;:4\\0Z7(_?W]#Y)="

/** The blank cell. */
export const blank = '\u2800'

const lowerToUpper: Record<string, string> = {'`': '@', '{': '[', '|': '\\', '}': ']', '~': '^'}

/** ASCII braille (either case) → Unicode braille cells; undefined for a character that is not a cell. */
export function asciiToCells(ascii: string): string | undefined {
  let out = ''
  for (const char of ascii) {
    // Braille in the print passes through liblouis as braille: keep its six dots.
    const code = char.charCodeAt(0)
    if (code >= 0x2800 && code <= 0x28ff) {
      out += String.fromCharCode(0x2800 + ((code - 0x2800) & 0x3f))
      continue
    }
    const upper = lowerToUpper[char] ?? char.toUpperCase()
    const index = brailleAscii.indexOf(upper)
    if (index < 0) return undefined
    out += String.fromCharCode(0x2800 + index)
  }
  return out
}

/**
 * liblouis' output in dots (its `dotsIO` mode: 0x8000 plus the dots) → six-dot
 * cells. Virtual dots, 9 and up, are left out: a table sets them only to tell
 * apart characters with the same cells (Ukrainian і, є, ї, ґ from Latin
 * letters), and paper has six dots. Undefined when a cell has dot 7 or 8 (an
 * eight-dot or computer braille table) or a character is not dots.
 */
export function dotsToCells(dots: string): string | undefined {
  // Into an array, decoded once (see fromUnits).
  const cells = new Uint16Array(dots.length)
  for (let i = 0; i < dots.length; i++) {
    const code = dots.charCodeAt(i)
    // A surrogate (a character beyond the BMP) has no dots bit pattern: 0xd800–0xdfff fail the test.
    if ((code & 0x8000) === 0 || (code & 0xc0) !== 0 || (code >= 0xd800 && code <= 0xdfff)) return undefined
    cells[i] = 0x2800 | (code & 0x3f)
  }
  return fromUnits(cells)
}

const utf16 = new TextDecoder('utf-16le')

/**
 * UTF-16 code units as a string, decoded in one go: a string grown a
 * character at a time is a rope of one node per character, which output
 * held for later (braille on several threads) kept at ten times its size.
 */
export function fromUnits(units: Uint16Array): string {
  return utf16.decode(units)
}

/** Unicode braille cells (6-dot) → upper-case North American Braille ASCII. */
export function cellsToAscii(cells: string): string {
  let out = ''
  for (const char of cells) {
    const code = char.codePointAt(0) ?? 0x2800
    out += brailleAscii[(code - 0x2800) & 0x3f] ?? ' '
  }
  return out
}

const upperToLower: Record<string, string> = Object.fromEntries(Object.entries(lowerToUpper).map(([lower, upper]) => [upper, lower]))

/** Braille ASCII in its lower-case form: a–z, and ` { | } ~ for @ [ \ ] ^ (as liblouis' tables read and write it). */
export function lowerAscii(ascii: string): string {
  return ascii.toLowerCase().replace(/[@[\\\]^]/g, (char) => upperToLower[char] ?? char)
}

/** A braille number: the number sign and the digits as letters a–j (UEB and EBAE alike). */
export function brailleNumber(value: number): string {
  return '⠼' + [...String(value)].map((digit) => '⠚⠁⠃⠉⠙⠑⠋⠛⠓⠊'[Number(digit)]).join('')
}
