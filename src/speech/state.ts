import type {ElementContent} from 'xast'
import {AltformatError} from '../model/error.js'
import type {Nodes} from '../model/types.js'
import type {SpeechSettings} from './options.js'

export type SpeechOut = ElementContent[]

export type SpeechHandler<T extends Nodes = Nodes> = (state: SpeechState, node: T) => SpeechOut

/** One handler per node type, typed exactly. */
export type SpeechHandlers = {[K in Nodes['type']]: SpeechHandler<Extract<Nodes, {type: K}>>}

export interface SpeechState {
  settings: SpeechSettings
  handlers: SpeechHandlers
  one: (node: Nodes) => SpeechOut
  all: (parent: {children: readonly Nodes[]}) => SpeechOut
}

export function createSpeechState(settings: SpeechSettings, handlers: SpeechHandlers): SpeechState {
  const state: SpeechState = {
    settings,
    handlers,
    one(node) {
      const handle = state.handlers[node.type] as SpeechHandler | undefined
      if (!handle) {
        throw new AltformatError('unknown-node', `No speech handler for “${String((node as {type: unknown}).type)}”: add one to the handlers`)
      }
      return handle(state, node)
    },
    all(parent) {
      const out: SpeechOut = []
      for (const child of parent.children) for (const item of state.one(child)) out.push(item)
      return out
    }
  }
  return state
}
