import {h} from 'hastscript'
import type {Sentence} from '../../model/types.js'
import {sentenceSpace, toString} from '../../model/to-string.js'
import type {Handler, HtmlOut, HtmlState} from '../state.js'

/** `<span id="s12">`: the same id as the SSML mark, so a player can highlight it. */
export const sentence: Handler<Sentence> = (state, node) =>
  state.settings.sentenceIds ? [h('span', {id: state.id(node.id)}, state.all(node))] : state.all(node)

/** Sentences of a block, with the space between them (none after a Chinese or Japanese full stop). */
export function sentences(state: HtmlState, node: {children: readonly Sentence[]}): HtmlOut {
  const out: HtmlOut = []
  node.children.forEach((child, index) => {
    const space = index > 0 ? sentenceSpace(toString(node.children[index - 1] as Sentence)) : ''
    if (space) out.push({type: 'text', value: space})
    for (const item of state.one(child)) out.push(item)
  })
  return out
}
