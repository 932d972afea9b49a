import type {Plugin} from 'unified'
import type {Article} from '../model/types.js'
import {toBraille} from './to-braille.js'
import type {BrailleOptions} from './to-braille.js'

/** unified compiler: `unified().use(altformatParse).use(altformatBrf)` gives the BRF. */
export const altformatBrf: Plugin<[(BrailleOptions | null | undefined)?], Article, string> = function (options) {
  this.compiler = (tree) => toBraille(tree as Article, options ?? {}).brf()
}
