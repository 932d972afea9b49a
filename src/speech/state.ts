import type {ElementContent} from 'xast'
import {dispatch, dispatchAll} from '../model/dispatch.js'
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
    one: (node) => dispatch('speech', state.handlers, state, node),
    all: (parent) => dispatchAll('speech', state.handlers, state, parent)
  }
  return state
}
