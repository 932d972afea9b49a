import type {HtmlHandlers} from '../state.js'
import {abbr} from './abbr.js'
import {article} from './article.js'
import {blockquote, byline, caption, chrome, credit, heading, list, listItem, paragraph} from './blocks.js'
import {date} from './date.js'
import {dateline} from './dateline.js'
import {figure} from './figure.js'
import {dash, ellipsis, number} from './literal.js'
import {emphasis, link, strong} from './phrasing.js'
import {quote} from './quote.js'
import {sentence} from './sentence.js'
import {text} from './text.js'

/** The default handler for every node type of the model. */
export const htmlHandlers: HtmlHandlers = {
  article,
  chrome,
  heading,
  figure,
  caption,
  byline,
  dateline,
  paragraph,
  blockquote,
  list,
  listItem,
  credit,
  sentence,
  text,
  quote,
  abbr,
  date,
  number,
  dash,
  ellipsis,
  emphasis,
  strong,
  link
}
