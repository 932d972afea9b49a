import {h} from 'hastscript'
import type {Figure} from '../../model/types.js'
import {altBesideCaption} from '../../model/figure.js'
import {safeUrl} from '../../model/url.js'
import type {Handler, HtmlOut} from '../state.js'

/**
 * The photo with its caption. The image is kept (with its alt text) when the
 * source had one and images are on; without one its alt text is kept as an
 * image of no source; a caption without an image is still a figure. The
 * picture's credit is set small in the caption. A figure with none of these is
 * left out.
 */
export const figure: Handler<Figure> = (state, node) => {
  const content: HtmlOut = []
  const url = state.settings.images ? safeUrl(node.src) : undefined
  // Only an image this page can load: an http(s) address, not one relative to the source page.
  const src = url && /^https?:\/\//i.test(url) ? url : undefined
  const alt = altBesideCaption(node)
  if (src) content.push(h('img', {src, alt: node.alt ?? ''}))
  // No image to load (a relative source, images off): the alt text still says
  // what the picture shows, as an image without a source would (role="img"),
  // unless the caption already says it.
  else if (alt) {
    content.push(h('span', {role: 'img', ariaLabel: alt}))
  }
  const captions = state.all(node)
  // The credit goes in the caption, small, where print sets it; a figure has one figcaption.
  if (node.credit) {
    const credit = h('small', {className: ['credit']}, node.credit)
    const figcaption = captions.find((item) => item.type === 'element' && item.tagName === 'figcaption')
    if (figcaption && figcaption.type === 'element') figcaption.children.push({type: 'text', value: ' '}, credit)
    else captions.push(h('figcaption', [credit]))
  }
  content.push(...captions)
  return content.length > 0 ? [h('figure', content)] : []
}
