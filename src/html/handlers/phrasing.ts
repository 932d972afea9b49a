import {h} from 'hastscript'
import type {Emphasis, Link, Strong} from '../../model/types.js'
import {isAbsoluteUrl, safeUrl} from '../../model/url.js'
import type {Handler} from '../state.js'

export const emphasis: Handler<Emphasis> = (state, node) => [h('em', state.all(node))]

export const strong: Handler<Strong> = (state, node) => [h('strong', state.all(node))]

/**
 * A link, if its target is safe and works from this page (http, https, mailto);
 * else its text. A relative link the reader could not resolve would lead nowhere.
 */
export const link: Handler<Link> = (state, node) => {
  const href = safeUrl(node.url)
  return href && isAbsoluteUrl(href) ? [h('a', {href}, state.all(node))] : state.all(node)
}
