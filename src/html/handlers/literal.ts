import type {Dash, Ellipsis, NumberNode} from '../../model/types.js'
import type {Handler} from '../state.js'

// Numbers, dashes and ellipses read well as they are printed; HTML has no
// better element for them.
export const number: Handler<NumberNode> = (_, node) => [{type: 'text', value: node.value}]
export const dash: Handler<Dash> = (_, node) => [{type: 'text', value: node.value}]
export const ellipsis: Handler<Ellipsis> = (_, node) => [{type: 'text', value: node.value}]
