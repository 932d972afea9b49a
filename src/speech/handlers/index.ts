import type {SpeechHandlers} from '../state.js'
import {
  article,
  blockquote,
  byline,
  caption,
  chrome,
  credit,
  dateline,
  figure,
  heading,
  list,
  listItem,
  paragraph,
  sentence
} from './blocks.js'
import {abbr, dash, date, ellipsis, emphasis, link, number, quote, strong, text} from './inline.js'

/** The default speech handler for every node type of the model. */
export const speechHandlers: SpeechHandlers = {
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
