import {maxTreeDepth, tooDeep} from './depth.js'
import {AltformatError} from './error.js'
import {chromeKinds, numberKinds} from './types.js'
import type {Article, NodeType} from './types.js'

/**
 * Runtime check of a tree that came from outside the type system — typically
 * `JSON.parse` of the `json` output format. It checks every node's type, its
 * fields and which children it may hold, and that sentence ids are `s1…sN` in
 * document order. The first problem found is thrown as an `invalid-tree` error
 * naming the path to the node.
 */
export function validateArticle(value: unknown, file?: string): Article {
  const problems: string[] = []
  const state = {sentence: 0}
  const deep = tooDeep(value)
  if (deep) problems.push(`${deep} nests deeper than ${maxTreeDepth} levels, which no reader makes`)
  else check(value, '$', 'root', state, problems)
  if (problems.length > 0) {
    throw new AltformatError(
      'invalid-tree',
      `Not an altformat article${file ? ` (${file})` : ''}: ${problems[0]}` +
        (problems.length > 1 ? ` (and ${problems.length - 1} more problems)` : '') +
        '. Produce it with `altformat --to json` or `readArticle`, or fix the node named.',
      {file}
    )
  }
  return value as Article
}

type Category = 'root' | 'block' | 'inline' | 'caption' | 'sentence' | 'paragraph' | 'listItem'
type FieldCheck = (value: unknown) => boolean

interface Spec {
  /** Which content category the node belongs to. */
  is: Category[]
  fields: Record<string, FieldCheck>
  optional?: Record<string, FieldCheck>
  /** What its children must be; absent for leaves. */
  children?: Category
  /** At least one child: an empty heading, paragraph or list is an error in every output (an empty `<h3>`, a braille line of nothing). */
  filled?: true
}

const string: FieldCheck = (v) => typeof v === 'string'
const boolean: FieldCheck = (v) => typeof v === 'boolean'
const object: FieldCheck = (v) => typeof v === 'object' && v !== null && !Array.isArray(v)
const level: FieldCheck = (v) => Number.isInteger(v) && (v as number) >= 1
const depth: FieldCheck = (v) => Number.isInteger(v) && (v as number) >= 1 && (v as number) <= 6
const links: FieldCheck = (v) =>
  Array.isArray(v) &&
  v.every((link) => object(link) && string((link as {label: unknown}).label) && string((link as {url: unknown}).url))
const oneOf =
  (values: readonly string[]): FieldCheck =>
  (v) =>
    typeof v === 'string' && values.includes(v)

const specs: Record<NodeType, Spec> = {
  article: {is: ['root'], fields: {lang: string, meta: object}, children: 'block'},
  chrome: {is: ['block'], fields: {kind: oneOf(chromeKinds), label: string}, optional: {links}},
  heading: {is: ['block'], fields: {depth}, children: 'sentence', filled: true},
  figure: {is: ['block'], fields: {}, optional: {src: string, alt: string, credit: string}, children: 'caption'},
  caption: {is: ['caption'], fields: {}, children: 'sentence', filled: true},
  byline: {is: ['block'], fields: {}, children: 'inline', filled: true},
  dateline: {is: ['block'], fields: {place: string}, optional: {date: string, iso: string, source: string}},
  paragraph: {is: ['block', 'paragraph'], fields: {}, children: 'sentence', filled: true},
  blockquote: {is: ['block'], fields: {}, children: 'paragraph', filled: true},
  list: {is: ['block'], fields: {ordered: boolean}, optional: {table: boolean}, children: 'listItem', filled: true},
  listItem: {is: ['listItem'], fields: {}, children: 'paragraph', filled: true},
  credit: {is: ['block'], fields: {}, children: 'sentence', filled: true},
  sentence: {is: ['sentence'], fields: {id: string}, children: 'inline'},
  text: {is: ['inline'], fields: {value: string}},
  quote: {is: ['inline'], fields: {level, open: string, close: string}, children: 'inline'},
  abbr: {is: ['inline'], fields: {value: string, spoken: oneOf(['letters', 'word'])}, optional: {expansion: string}},
  date: {is: ['inline'], fields: {value: string}, optional: {iso: string}},
  number: {is: ['inline'], fields: {value: string, kind: oneOf(numberKinds)}, optional: {amount: string}},
  dash: {is: ['inline'], fields: {value: string}},
  ellipsis: {is: ['inline'], fields: {value: string}},
  emphasis: {is: ['inline'], fields: {}, children: 'inline'},
  strong: {is: ['inline'], fields: {}, children: 'inline'},
  link: {is: ['inline'], fields: {url: string}, children: 'inline'}
}

function check(
  value: unknown,
  path: string,
  expected: Category,
  state: {sentence: number},
  problems: string[]
): void {
  if (!object(value)) {
    problems.push(`${path} is not a node object`)
    return
  }
  const node = value as Record<string, unknown>
  const type = node.type
  if (typeof type !== 'string' || !Object.hasOwn(specs, type)) {
    problems.push(`${path} has unknown node type ${JSON.stringify(type)}`)
    return
  }
  const spec = specs[type as NodeType]
  const here = `${path} (${type})`
  if (!spec.is.includes(expected)) {
    problems.push(`${here} may not stand where ${expected} content is expected`)
    return
  }
  for (const [name, ok] of Object.entries(spec.fields)) {
    if (!ok(node[name])) problems.push(`${here} has a missing or invalid \`${name}\``)
  }
  for (const [name, ok] of Object.entries(spec.optional ?? {})) {
    if (node[name] !== undefined && !ok(node[name])) problems.push(`${here} has an invalid \`${name}\``)
  }
  if (node.position !== undefined && !isPosition(node.position)) {
    problems.push(`${here} has an invalid \`position\``)
  }
  if (type === 'sentence') {
    state.sentence++
    if (node.id !== `s${state.sentence}`) {
      problems.push(`${here} has id ${JSON.stringify(node.id)} where s${state.sentence} was expected`)
    }
  }
  if (spec.children === undefined) {
    if (node.children !== undefined) problems.push(`${here} is a leaf but has children`)
    return
  }
  if (!Array.isArray(node.children)) {
    problems.push(`${here} has no \`children\` array`)
    return
  }
  if (spec.filled && node.children.length === 0) problems.push(`${here} is empty: give it text or leave it out`)
  node.children.forEach((child, index) => {
    check(child, `${path}.children[${index}]`, spec.children as Category, state, problems)
  })
}

function isPosition(value: unknown): boolean {
  if (!object(value)) return false
  const {start, end} = value as {start: unknown; end: unknown}
  return isPoint(start) && isPoint(end)
}

function isPoint(value: unknown): boolean {
  if (!object(value)) return false
  const {line, column} = value as {line: unknown; column: unknown}
  return Number.isInteger(line) && Number.isInteger(column)
}
