import {h} from 'hastscript'
import type {Dateline} from '../../model/types.js'
import type {Handler, HtmlOut} from '../state.js'

/** "VIENNA", "PRAGUE, May 31, 2006 (RFE/RL)" — in the article header. */
export const dateline: Handler<Dateline> = (_, node) => {
  const content: HtmlOut = [{type: 'text', value: node.place}]
  if (node.date) {
    content.push({type: 'text', value: ', '})
    content.push(node.iso ? h('time', {dateTime: node.iso}, node.date) : {type: 'text', value: node.date})
  }
  if (node.source) content.push({type: 'text', value: ` (${node.source})`})
  return [h('p', {className: ['dateline']}, content)]
}
