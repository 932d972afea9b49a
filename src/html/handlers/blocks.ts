import {h} from 'hastscript'
import type {Blockquote, Byline, Caption, Chrome, Credit, Heading, List, ListItem, Paragraph} from '../../model/types.js'
import type {Handler} from '../state.js'
import {sentences} from './sentence.js'

/** Depth 1 is the headline: the article is labelled by it. */
export const heading: Handler<Heading> = (state, node) => [
  h(`h${node.depth}`, node.depth === 1 ? {id: state.id('headline')} : {}, sentences(state, node))
]

export const paragraph: Handler<Paragraph> = (state, node) => [h('p', sentences(state, node))]

export const caption: Handler<Caption> = (state, node) => [h('figcaption', sentences(state, node))]

export const byline: Handler<Byline> = (state, node) => [h('p', {className: ['byline']}, state.all(node))]

export const credit: Handler<Credit> = (state, node) => [h('p', {className: ['credit']}, sentences(state, node))]

export const blockquote: Handler<Blockquote> = (state, node) => [h('blockquote', state.all(node))]

export const list: Handler<List> = (state, node) => [h(node.ordered ? 'ol' : 'ul', state.all(node))]

/** An item of one paragraph holds its sentences directly, as lists in print do. */
export const listItem: Handler<ListItem> = (state, node) => {
  const [only] = node.children
  return [h('li', node.children.length === 1 && only ? sentences(state, only) : state.all(node))]
}

/** Page furniture is not part of the page we write; skip links are made from it at document level. */
export const chrome: Handler<Chrome> = () => []
