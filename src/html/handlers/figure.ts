import {h} from 'hastscript'
import type {Figure} from '../../model/types.js'
import {safeUrl} from '../../model/url.js'
import type {Handler, HtmlOut} from '../state.js'

/**
 * The photo with its caption. The image is kept (with its alt text) when the
 * source had one and images are on; a caption without an image is still a
 * figure. A figure with neither is left out.
 */
export const figure: Handler<Figure> = (state, node) => {
  const content: HtmlOut = []
  const url = state.settings.images ? safeUrl(node.src) : undefined
  // Only an image this page can load: an http(s) address, not one relative to the source page.
  const src = url && /^https?:\/\//i.test(url) ? url : undefined
  if (src) content.push(h('img', {src, alt: node.alt ?? ''}))
  for (const item of state.all(node)) content.push(item)
  return content.length > 0 ? [h('figure', content)] : []
}
