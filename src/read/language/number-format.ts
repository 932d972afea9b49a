import {escapeRegExp} from '../../model/regexp.js'

/**
 * How a language writes numbers, as ICU knows it (Intl.NumberFormat): the
 * character between groups of thousands ("12,500", "12 500", "12.500",
 * "۱۲٬۵۰۰"), the decimal mark ("3.5", "3,5", "۳٫۵"), its percent sign, and
 * the digits of its numbering system beside the ASCII ones (Persian ۰–۹).
 * Nothing here is listed by hand.
 */
export interface NumberFormat {
  /** Characters a group of thousands may follow, as a regexp class body. */
  group: string
  /** The decimal mark, as a regexp class body. */
  decimal: string
  /** A digit of the language, ASCII or its own, as a regexp class. */
  digit: string
  /** Percent signs, as a regexp alternation. */
  percent: string
  /** Each of the language's own digits to its ASCII digit. */
  digits: Map<string, string>
  /** The printed group and decimal characters, to read a number's value. */
  groupChars: Set<string>
  decimalChar: string
}

const cache = new Map<string, NumberFormat>()

/** Spaces that separate groups of thousands: a space in typed text, ICU's no-break and narrow no-break spaces. */
const spaces = ' \u00a0\u202f'

export function numberFormatOf(lang: string | undefined): NumberFormat {
  const key = lang ?? 'en'
  let format = cache.get(key)
  if (!format) {
    format = build(key)
    cache.set(key, format)
  }
  return format
}

function build(lang: string): NumberFormat {
  let parts: Intl.NumberFormatPart[]
  let percentParts: Intl.NumberFormatPart[]
  let nu: Intl.NumberFormat
  try {
    nu = new Intl.NumberFormat(lang)
    parts = nu.formatToParts(1234567.5)
    percentParts = new Intl.NumberFormat(lang, {style: 'percent'}).formatToParts(0.05)
  } catch {
    return build('en')
  }
  const group = parts.find((part) => part.type === 'group')?.value ?? ','
  const decimal = parts.find((part) => part.type === 'decimal')?.value ?? '.'
  const digits = new Map<string, string>()
  for (let n = 0; n <= 9; n++) {
    const own = nu.format(n)
    if (own !== String(n) && [...own].length === 1) digits.set(own, String(n))
  }
  // A language that groups with a space is typed with any of them.
  const groupChars = new Set(spaces.includes(group) ? [...spaces] : [group])
  const sign = percentParts.find((part) => part.type === 'percentSign')?.value ?? '%'
  const signs = [...new Set([sign, '%'])]
  return {
    group: [...groupChars].map(escapeRegExp).join(''),
    decimal: escapeRegExp(decimal),
    digit: `[0-9${[...digits.keys()].join('')}]`,
    percent: signs.map(escapeRegExp).join('|'),
    digits,
    groupChars,
    decimalChar: decimal
  }
}

/**
 * A printed number's value in ASCII digits with a full stop for the decimal
 * mark ("12 500" → "12500", "3,5" → "3.5", "۱۲٬۵۰۰" → "12500"), which every
 * speech engine reads in the voice's own language.
 */
export function amountOf(printed: string, format: NumberFormat): string {
  let out = ''
  for (const char of printed) {
    if (format.groupChars.has(char)) continue
    if (char === format.decimalChar) out += '.'
    else out += format.digits.get(char) ?? char
  }
  return out
}
