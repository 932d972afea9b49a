import {AltformatError} from './error.js'
import type {Nodes} from './types.js'

/** A renderer's handler table, as the dispatcher sees it. */
type Table<State, Out> = Partial<Record<string, ((state: State, node: never) => Out[]) | undefined>>

/**
 * Call the handler for a node's type — the one step every renderer shares. A
 * node type with no handler is an error, never silently dropped: for accessible
 * output, losing text is the worst failure.
 */
export function dispatch<State, Out>(format: string, handlers: Table<State, Out>, state: State, node: Nodes): Out[] {
  const handle = handlers[node.type]
  if (!handle) {
    throw new AltformatError('unknown-node', `No ${format} handler for “${String((node as {type: unknown}).type)}”: add one to the handlers`)
  }
  return handle(state, node as never)
}

/** The handlers' output for each child, in order, as one list. */
export function dispatchAll<State, Out>(format: string, handlers: Table<State, Out>, state: State, parent: {children: readonly Nodes[]}): Out[] {
  const out: Out[] = []
  for (const child of parent.children) for (const item of dispatch(format, handlers, state, child)) out.push(item)
  return out
}
