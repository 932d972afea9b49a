import type {AltNode, Nodes} from './types.js'

/**
 * The text of a node as printed: text values, abbreviation/date/number/dash/ellipsis
 * values, and each quote's own marks around its content. Sentences are joined with
 * a space, blocks with a blank line.
 *
 * This is the invariant of the model: for a body block it gives back the block's
 * source text (whitespace normalised).
 */
export function toString(node: Nodes | AltNode): string {
  const n = node as Nodes
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
      return n.open + n.children.map(toString).join('') + n.close
    }
    case 'chrome': {
      return n.label
    }
    case 'dateline': {
      return datelineText(n.place, n.date, n.source)
    }
    case 'article': {
      return n.children.map(toString).join('\n\n')
    }
    case 'paragraph':
    case 'heading':
    case 'caption':
    case 'credit': {
      return n.children.map(toString).join(' ')
    }
    case 'figure':
    case 'blockquote':
    case 'list':
    case 'listItem': {
      return n.children.map(toString).join('\n\n')
    }
    default: {
      return 'children' in n ? (n.children as Nodes[]).map(toString).join('') : ''
    }
  }
}

/** `PRAGUE, May 31, 2006 (RFE/RL) --` without the trailing dash. */
export function datelineText(place: string, date?: string, source?: string): string {
  return place + (date ? ', ' + date : '') + (source ? ' (' + source + ')' : '')
}
