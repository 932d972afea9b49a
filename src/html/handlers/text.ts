import type {Text} from '../../model/types.js'
import type {Handler} from '../state.js'

export const text: Handler<Text> = (_, node) => [{type: 'text', value: node.value}]
