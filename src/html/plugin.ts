import type {Plugin} from 'unified'
import type {Article} from '../model/types.js'
import type {HtmlOptions} from './options.js'
import {toHtml} from './to-html.js'

/** unified compiler: `unified().use(altformatParse).use(altformatHtml)` gives screen-reader HTML. */
export const altformatHtml: Plugin<[(HtmlOptions | null | undefined)?], Article, string> = function (options) {
  this.compiler = (tree) => toHtml(tree as Article, options ?? {})
}
