import type {Plugin} from 'unified'
import type {Article} from '../model/types.js'
import {toSsml} from './to-ssml.js'
import type {SsmlOptions} from './to-ssml.js'

/** unified compiler: `unified().use(altformatParse).use(altformatSsml, {dialect: 'polly'})` gives SSML. */
export const altformatSsml: Plugin<[(SsmlOptions | null | undefined)?], Article, string> = function (options) {
  this.compiler = (tree) => toSsml(tree as Article, options ?? {})
}
