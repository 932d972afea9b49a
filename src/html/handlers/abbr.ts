import {h} from 'hastscript'
import type {Abbr} from '../../model/types.js'
import type {Handler} from '../state.js'

/** `<abbr title>` when the expansion is known (WCAG 3.1.4); plain text otherwise. */
export const abbr: Handler<Abbr> = (_, node) =>
  node.expansion ? [h('abbr', {title: node.expansion}, node.value)] : [{type: 'text', value: node.value}]
