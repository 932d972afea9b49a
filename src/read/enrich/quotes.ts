import {letterOrDigit} from '../../model/regexp.js'

/**
 * Quotations in a block: pairs of marks, whatever mix of styles the page used
 * (“…" and "…" both occur), nested by level. An apostrophe (“world’s”,
 * “Korea's”) is not a quote mark.
 */
export interface QuotePair {
  /** Offset of the opening mark. */
  open: number
  /** Offset of the closing mark, or the block's length when the quote runs on. */
  close: number
  openMark: string
  /** Empty when the quote runs on past the block (news style: the next paragraph reopens it). */
  closeMark: string
  level: number
}

export interface QuoteProblem {
  ruleId: string
  reason: string
  at: number
}

type Kind = 'double' | 'single'

interface Open {
  at: number
  mark: string
  kind: Kind
}

const maxLevel = 6
const space = /[\s([{\u2014\u2013/“‘-]/u
const marks = /[“„«»”"‘'’]/g

export function pairQuotes(value: string): {pairs: QuotePair[]; problems: QuoteProblem[]} {
  const pairs: Omit<QuotePair, 'level'>[] = []
  const problems: QuoteProblem[] = []
  const stack: Open[] = []
  const levels = new Map<number, number>()

  const push = (at: number, mark: string, kind: Kind) => {
    // No text nests quotations this deep: a run of opening marks is not quotes.
    if (stack.length >= maxLevel) {
      problems.push({ruleId: 'quote-too-deep', reason: `Mark ${mark} would open a quotation ${maxLevel + 1} deep; kept as text`, at})
      return
    }
    levels.set(at, stack.length + 1)
    stack.push({at, mark, kind})
  }

  /** Close the innermost open quote of this kind; single quotes above it were apostrophes. */
  const close = (at: number, mark: string, kind: Kind): boolean => {
    for (let i = stack.length - 1; i >= 0; i--) {
      const open = stack[i] as Open
      if (open.kind !== kind) continue
      for (const dropped of stack.splice(i)) {
        if (dropped === open) continue
        if (dropped.kind === 'double') unclosed(dropped, at)
      }
      pairs.push({open: open.at, close: at, openMark: open.mark, closeMark: mark})
      return true
    }
    return false
  }

  const unclosed = (open: Open, end: number) => {
    pairs.push({open: open.at, close: end, openMark: open.mark, closeMark: ''})
    problems.push({
      ruleId: 'quote-unclosed',
      reason: `Quotation opened with ${open.mark} is not closed in its block; it runs to the end`,
      at: open.at
    })
  }

  // Only the marks matter: the regexp steps from one to the next (a block is mostly letters).
  marks.lastIndex = 0
  for (let found = marks.exec(value); found !== null; found = marks.exec(value)) {
    const i = found.index
    const char = found[0]
    const prev = i > 0 ? (value[i - 1] as string) : ' '
    const next = i + 1 < value.length ? (value[i + 1] as string) : ' '
    const inner = stack[stack.length - 1]
    switch (char) {
      case '“': {
        // German, Serbian, Russian (inside «…») and others close a low „ with “:
        // after „, “ closes it; elsewhere it opens (English).
        if (inner?.mark === '„' && close(i, char, 'double')) break
        push(i, char, 'double')
        break
      }
      case '„': {
        push(i, char, 'double')
        break
      }
      case '«': {
        // Reversed guillemets (»…«, as in Danish, Serbian, Croatian): « closes the » before it.
        if (inner?.mark === '»' && close(i, char, 'double')) break
        push(i, char, 'double')
        break
      }
      case '»': {
        if (stack.some((open) => open.mark === '«') && close(i, char, 'double')) break
        // With no « open, » before a word opens a reversed pair (»…«).
        if (space.test(prev) && letterOrDigit.test(next)) {
          push(i, char, 'double')
          break
        }
        if (!close(i, char, 'double')) stray(i, char)
        break
      }
      case '”': {
        if (!close(i, char, 'double')) stray(i, char)
        break
      }
      case '"': {
        // A straight mark opens after a space or bracket and before a word;
        // after a word or punctuation it closes the innermost open double quote.
        if (space.test(prev) && !/\s/.test(next)) {
          // Straight marks do not nest in straight marks (the inner quote takes
          // single ones): an opener inside one means the last was never closed.
          // Read as nesting, `"a "a "a …` made a tree as deep as the page is long.
          if (inner?.mark === '"') unclosed(stack.pop() as Open, i)
          push(i, char, 'double')
        }
        else if (/\s/.test(prev) || !close(i, char, 'double')) stray(i, char)
        break
      }
      case '‘':
      case "'": {
        if (letterOrDigit.test(prev)) {
          // An apostrophe inside or after a word: "rock'n'roll", "Korea's".
          if (char === "'" && stack.some((open) => open.kind === 'single') && !letterOrDigit.test(next)) {
            close(i, char, 'single')
          }
          break
        }
        // '90s, 'em: an apostrophe before a digit.
        if (/\d/.test(next) || /\s/.test(next)) break
        push(i, char, 'single')
        break
      }
      case '’': {
        if (letterOrDigit.test(prev) && letterOrDigit.test(next)) break
        if (stack.some((open) => open.kind === 'single') && !letterOrDigit.test(next)) {
          close(i, char, 'single')
        }
        break
      }
      default:
    }
  }

  // What is still open at the end of the block: a double quote runs on (the
  // next paragraph reopens it); a single one was an apostrophe after all.
  for (const open of stack) {
    if (open.kind === 'double') unclosed(open, value.length)
  }

  function stray(at: number, mark: string) {
    problems.push({
      ruleId: 'quote-stray',
      reason: `Closing mark ${mark} has no opening mark; kept as text`,
      at
    })
  }

  return {
    pairs: pairs
      .map((pair) => ({...pair, level: levels.get(pair.open) ?? 1}))
      .sort((a, b) => a.open - b.open),
    problems
  }
}
