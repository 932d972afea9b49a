import type {Plugin} from 'unified'
import type {Article} from '../model/types.js'
import {readArticle} from './read.js'
import type {ReadOptions} from './read.js'

/**
 * unified parser plugin: `unified().use(altformatParse, {from: 'text'})` parses a
 * page into the article tree, with the reader's messages on the file. A thin
 * wrapper around {@link readArticle}.
 */
export const altformatParse: Plugin<[(ReadOptions | null | undefined)?], string, Article> = function (options) {
  this.parser = (_document, file) => readArticle(file, {...options}).tree
}
