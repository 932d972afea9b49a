import {h} from 'hastscript'
import type {DateNode} from '../../model/types.js'
import type {Handler} from '../state.js'

/** `<time datetime>` where the date is known (`--12-22` is a valid yearless date). */
export const date: Handler<DateNode> = (_, node) =>
  node.iso ? [h('time', {dateTime: node.iso}, node.value)] : [{type: 'text', value: node.value}]
