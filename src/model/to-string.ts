import {maxTreeDepth} from './depth.js'
import {AltformatError} from './error.js'
import type {AltNode, Nodes} from './types.js'

/**
 * The text of a node as printed: text values, abbreviation/date/number/dash/ellipsis
 * values, and each quote's own marks around its content. Sentences are joined with
 * a space (none after a Chinese or Japanese full stop: sentenceSpace), blocks with a blank line.
 *
 * This is the invariant of the model: for a body block it gives back the block's
 * source text (whitespace normalised).
 *
 * @throws {AltformatError} `invalid-tree` for a tree nested deeper than any reader makes.
 */
export function toString(node: Nodes | AltNode): string {
  return text(node as Nodes, 0)
}

function text(n: Nodes, depth: number): string {
  if (depth > maxTreeDepth) {
    throw new AltformatError('invalid-tree', `toString: the tree nests deeper than ${maxTreeDepth} levels: no reader makes such a tree; check the code that built it`)
  }
  const all = (children: Nodes[], separator: string) => children.map((child) => text(child, depth + 1)).join(separator)
  switch (n.type) {
    case 'text':
    case 'abbr':
    case 'date':
    case 'number':
    case 'dash':
    case 'ellipsis': {
      return n.value
    }
    case 'quote': {
      return n.open + all(n.children, '') + n.close
    }
    case 'chrome': {
      return n.label
    }
    case 'dateline': {
      return datelineText(n.place, n.date, n.source)
    }
    case 'article': {
      return all(n.children, '\n\n')
    }
    case 'paragraph':
    case 'heading':
    case 'caption':
    case 'credit': {
      // Sentences with the space between them, none after a Chinese or Japanese full stop (sentenceSpace).
      const said = n.children.map((child) => text(child, depth + 1))
      return said.map((value, index) => (index > 0 ? sentenceSpace(said[index - 1] as string) : '') + value).join('')
    }
    case 'figure':
    case 'blockquote':
    case 'list':
    case 'listItem': {
      return all(n.children, '\n\n')
    }
    default: {
      return 'children' in n ? all(n.children as Nodes[], '') : ''
    }
  }
}

/**
 * What stands between a sentence ending with `previous` and the next one: a
 * space, but none after a full-width full stop, question or exclamation mark
 * (and the closing brackets after it) — Chinese and Japanese write the next
 * sentence straight after it ("会谈将继续。会议在星期一举行。").
 */
export function sentenceSpace(previous: string): string {
  return /[。！？][」』）〉》】]*$/u.test(previous) ? '' : ' '
}

/** `PRAGUE, May 31, 2006 (RFE/RL) --` without the trailing dash. */
export function datelineText(place: string, date?: string, source?: string): string {
  return place + (date ? ', ' + date : '') + (source ? ' (' + source + ')' : '')
}
