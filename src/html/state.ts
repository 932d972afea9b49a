import type {ElementContent} from 'hast'
import {dispatch, dispatchAll} from '../model/dispatch.js'
import type {Nodes} from '../model/types.js'
import type {HtmlSettings} from './options.js'

/** What a handler returns: hast content, possibly nothing (chrome). */
export type HtmlOut = ElementContent[]

export type Handler<T extends Nodes = Nodes> = (state: HtmlState, node: T) => HtmlOut

/** One handler per node type, typed exactly. */
export type HtmlHandlers = {[K in Nodes['type']]: Handler<Extract<Nodes, {type: K}>>}

export interface HtmlState {
  settings: HtmlSettings
  handlers: HtmlHandlers
  /** Render one node. */
  one: (node: Nodes) => HtmlOut
  /** Render the children of a node, in order. */
  all: (parent: {children: readonly Nodes[]}) => HtmlOut
  /** An id with the configured prefix. */
  id: (name: string) => string
}

export function createState(settings: HtmlSettings, handlers: HtmlHandlers): HtmlState {
  const state: HtmlState = {
    settings,
    handlers,
    one: (node) => dispatch('html', state.handlers, state, node),
    all: (parent) => dispatchAll('html', state.handlers, state, parent),
    id: (name) => settings.idPrefix + name
  }
  return state
}
