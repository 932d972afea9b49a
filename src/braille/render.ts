import {dispatch} from '../model/dispatch.js'
import type {Article, InlineContent, Nodes, Sentence} from '../model/types.js'
import {blank} from './cells.js'
import type {BrailleEngine} from './engine.js'
import type {LayoutBlock} from './layout.js'
import {normalizeForBraille} from './normalize.js'

/** A run of print with one emphasis: liblouis typeform bits (italic 1, bold 4). */
export interface Segment {
  text: string
  form: number
}

export const italic = 1
export const bold = 4

type InlineTypes = InlineContent['type'] | 'sentence'

export interface BrailleState {
  engine: BrailleEngine
  table: string
  /** Characters the table lacks, replaced before translation (for the caller's notes). */
  replaced: Set<string>
  /** Letters and digits translated, and those left out for want of braille. */
  letters: number
  lost: number
  handlers: BrailleHandlers
  /** The print of a node's inline content, as segments. */
  inline: (node: Nodes) => Segment[]
  /** A block's layout. */
  block: (node: Nodes) => LayoutBlock[]
  /** Translate segments to cells: one liblouis call for the whole run. */
  translate: (segments: Segment[]) => {cells: string; print: string}
  /** A dateline waiting to open the next paragraph. */
  pendingDateline: Segment[] | undefined
}

/** One handler per node type: blocks give layout blocks, inline nodes give print segments. */
export type BrailleHandlers = {
  [K in Nodes['type']]: K extends InlineTypes
    ? (state: BrailleState, node: Extract<Nodes, {type: K}>) => Segment[]
    : (state: BrailleState, node: Extract<Nodes, {type: K}>) => LayoutBlock[]
}

const sentences = (state: BrailleState, node: {children: readonly Sentence[]}): Segment[] =>
  node.children.flatMap((sentence, index) => [...(index > 0 ? [{text: ' ', form: 0}] : []), ...state.inline(sentence)])

const children = (state: BrailleState, node: {children: readonly Nodes[]}): Segment[] =>
  node.children.flatMap((child) => state.inline(child))

const withForm = (segments: Segment[], form: number): Segment[] =>
  segments.map((segment) => ({text: segment.text, form: segment.form | form}))

const text = (value: string): Segment[] => [{text: value, form: 0}]

/** A block of the given BANA format. */
const format = (state: BrailleState, segments: Segment[], shape: Omit<LayoutBlock, 'cells'>): LayoutBlock[] => {
  const {cells, print} = state.translate(segments)
  return cells.replaceAll(blank, '') === '' ? [] : [{...shape, cells, print}]
}

export const brailleHandlers: BrailleHandlers = {
  article: (state, node) => node.children.flatMap((child) => state.block(child)),
  chrome: () => [],
  // The headline centred, with blank lines around it; a subhead at cell 5 after
  // a blank line. Both keep two lines of their text with them.
  heading: (state, node) =>
    node.depth === 1
      ? format(state, sentences(state, node), {first: 0, runover: 0, centered: true, margin: 3, blankBefore: true, blankAfter: true, keepWithNext: 2})
      : format(state, sentences(state, node), {first: 4, runover: 4, blankBefore: true, keepWithNext: 2}),
  // Captions in 7-5 after a blank line.
  figure: (state, node) => node.children.flatMap((caption) => state.block(caption)),
  caption: (state, node) => format(state, sentences(state, node), {first: 6, runover: 4, blankBefore: true, blankAfter: true}),
  // Byline and credit blocked at cell 5.
  byline: (state, node) => format(state, children(state, node), {first: 4, runover: 4}),
  credit: (state, node) => format(state, sentences(state, node), {first: 4, runover: 4, blankBefore: true}),
  // A dateline opens the paragraph after it, as in print.
  dateline: (state, node) => {
    const place = [node.place, node.date].filter(Boolean).join(', ') + (node.source ? ` (${node.source})` : '')
    state.pendingDateline = text(`${place} – `)
    return []
  },
  // Paragraphs in 3-1.
  paragraph: (state, node) => {
    const lead = state.pendingDateline ?? []
    state.pendingDateline = undefined
    return format(state, [...lead, ...sentences(state, node)], {first: 2, runover: 0})
  },
  // A quotation blocked at cell 3, and a list in 1-3, with a blank line before and after.
  blockquote: (state, node) => around(node.children.flatMap((p) => format(state, sentences(state, p), {first: 2, runover: 2}))),
  list: (state, node) => around(node.children.flatMap((item) => state.block(item))),
  listItem: (state, node) =>
    format(
      state,
      node.children.flatMap((p, index) => [...(index > 0 ? text(' ') : []), ...sentences(state, p)]),
      {first: 0, runover: 2}
    ),

  sentence: (state, node) => children(state, node),
  text: (_, node) => text(node.value),
  // Quotes keep their marks: liblouis brailles them as UEB quotation marks.
  quote: (state, node) => [...text(node.open), ...children(state, node), ...text(node.close)],
  abbr: (_, node) => text(node.value),
  date: (_, node) => text(node.value),
  number: (_, node) => text(node.value),
  // Every dash as "–", which liblouis 3.2 brailles as the UEB dash (dots 6-36).
  dash: () => text('–'),
  ellipsis: (_, node) => text(node.value),
  emphasis: (state, node) => withForm(children(state, node), italic),
  strong: (state, node) => withForm(children(state, node), bold),
  link: (state, node) => children(state, node)
}

function around(blocks: LayoutBlock[]): LayoutBlock[] {
  const first = blocks[0]
  const last = blocks.at(-1)
  if (first) first.blankBefore = true
  if (last) last.blankAfter = true
  return blocks
}

/** The article's layout blocks, translated. */
export function brailleBlocks(tree: Article, engine: BrailleEngine, table: string, handlers: Partial<BrailleHandlers> = {}): {
  blocks: LayoutBlock[]
  replaced: string[]
  /** Letters and digits of the article's text, and how many of them the table had no braille for. */
  letters: number
  lost: number
} {
  // One function for the whole article, so that what it learns about the table is kept.
  const defined = (char: string) => engine.defines(table, char)
  const state: BrailleState = {
    engine,
    table,
    replaced: new Set(),
    letters: 0,
    lost: 0,
    handlers: {...brailleHandlers, ...handlers} as BrailleHandlers,
    pendingDateline: undefined,
    // One table holds both kinds of handler: a block's children are blocks or
    // sentences, a sentence's are inline, so each call meets the kind it expects.
    inline: (node) => dispatch<BrailleState, Segment>('braille', state.handlers as never, state, node),
    block: (node) => dispatch<BrailleState, LayoutBlock>('braille', state.handlers as never, state, node),
    translate(segments) {
      // Normalise each run on its own, so that its emphasis stays aligned.
      let print = ''
      const forms: number[] = []
      for (const segment of segments) {
        const {text: normal, replaced, letters, lost} = normalizeForBraille(segment.text, defined)
        for (const char of replaced) state.replaced.add(char)
        state.letters += letters
        state.lost += lost
        print += normal
        for (let i = 0; i < normal.length; i++) forms.push(segment.form)
      }
      const typeform = forms.some((form) => form !== 0) ? Uint16Array.from(forms) : undefined
      return {cells: engine.translate(table, print, typeform), print}
    }
  }
  const blocks = state.block(tree)
  return {blocks, replaced: [...state.replaced], letters: state.letters, lost: state.lost}
}
