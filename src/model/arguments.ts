import {maxTreeDepth, tooDeep} from './depth.js'
import {AltformatError} from './error.js'
import type {Article} from './types.js'

/** What an option may hold, as `typeof` names it; `undefined` is always allowed. */
export type OptionKind = 'string' | 'number' | 'boolean' | 'object' | 'function'

/**
 * Check a public function's options before use, so that a wrong type from plain
 * JavaScript is a typed error naming the function and the option, not a
 * TypeError from deep inside (`toBraille(tree, {table: 42})`).
 *
 * @throws {AltformatError} `invalid-option`.
 */
export function checkOptionTypes(fn: string, options: unknown, kinds: Record<string, OptionKind>): void {
  if (options === undefined) return
  if (options === null || typeof options !== 'object' || Array.isArray(options)) {
    throw new AltformatError('invalid-option', `${fn}: options must be an object, not ${describe(options)}`)
  }
  for (const [key, kind] of Object.entries(kinds)) {
    const value = (options as Record<string, unknown>)[key]
    if (value === undefined || value === null) continue
    const ok = kind === 'number' ? typeof value === 'number' && !Number.isNaN(value) : typeof value === kind && value !== null
    if (!ok) throw new AltformatError('invalid-option', `${fn}: option ${key} must be a ${kind}, not ${describe(value)}`)
  }
}

/**
 * Check that a renderer was given an article tree (the root of `readArticle`'s
 * result, or a parsed `json` output), not the result object or something else,
 * and one no deeper than renderers can walk.
 *
 * @throws {AltformatError} `invalid-tree`.
 */
export function checkArticle(fn: string, tree: unknown): asserts tree is Article {
  if (tree === null || typeof tree !== 'object' || (tree as {type?: unknown}).type !== 'article') {
    const hint = tree !== null && typeof tree === 'object' && 'tree' in tree ? ' (pass result.tree, not the result of readArticle)' : ''
    throw new AltformatError('invalid-tree', `${fn}: expected an article tree (type "article"), not ${describe(tree)}${hint}`)
  }
  const deep = tooDeep(tree)
  if (deep) throw new AltformatError('invalid-tree', `${fn}: the tree nests deeper than ${maxTreeDepth} levels at ${deep}: no reader makes such a tree; check the code that built it`)
}

function describe(value: unknown): string {
  if (value === null) return 'null'
  if (Array.isArray(value)) return 'an array'
  if (typeof value === 'string') return `the string ${JSON.stringify(value.length > 40 ? value.slice(0, 40) + '…' : value)}`
  if (typeof value === 'number' || typeof value === 'boolean') return `${typeof value} ${String(value)}`
  if (typeof value === 'object') return `an object${'type' in value ? ` of type ${JSON.stringify((value as {type: unknown}).type)}` : ''}`
  return typeof value
}
