import {h} from 'hastscript'
import type {Quote} from '../../model/types.js'
import type {Handler} from '../state.js'

/**
 * `<q>` holding the marks as printed, so that the text is the article's text and
 * a screen reader meets the marks where the page had them; the document's style
 * sets `q {quotes: none}` so that browsers do not add a second pair.
 */
export const quote: Handler<Quote> = (state, node) => [
  h('q', [...(node.open ? [node.open] : []), ...state.all(node), ...(node.close ? [node.close] : [])])
]
