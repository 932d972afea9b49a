import {dispatch} from '../model/dispatch.js'
import type {Article, InlineContent, Nodes, Sentence} from '../model/types.js'
import {blank} from './cells.js'
import type {BrailleEngine, Mapped} from './engine.js'
import type {LayoutBlock, SentenceCells} from './layout.js'
import {normalizeForBraille} from './normalize.js'
import {writtenDate} from '../model/calendar.js'
import {altBesideCaption} from '../model/figure.js'

/** A run of print with one emphasis: liblouis typeform bits (italic 1, bold 4). */
export interface Segment {
  text: string
  form: number
  /** A number: two numbers with only spaces between are translated apart (see `translate`). */
  number?: boolean
  /** A quotation's closing mark. */
  closing?: boolean
  /** The id of the sentence the run belongs to (`s3`), when it is in one. */
  sentence?: string
}

export const italic = 1
export const bold = 4

type InlineTypes = InlineContent['type'] | 'sentence'

export interface BrailleState {
  engine: BrailleEngine
  table: string
  /** The article's language (`en`, `en-GB`). */
  lang: string
  /** Characters the table lacks, replaced before translation, and what each became ('' when left out). */
  replaced: Map<string, string>
  /** Letters and digits translated, and those left out for want of braille. */
  letters: number
  lost: number
  handlers: BrailleHandlers
  /** The print of a node's inline content, as segments. */
  inline: (node: Nodes) => Segment[]
  /** A block's layout. */
  block: (node: Nodes) => LayoutBlock[]
  /** Translate segments to cells: one liblouis call for the whole run. */
  translate: (segments: Segment[]) => {cells: string; print: string; sentences?: SentenceCells[] | undefined}
  /** A dateline waiting to open the next paragraph. */
  pendingDateline: Segment[] | undefined
  /** The number of the list item about to be brailled, in an ordered list ("3."). */
  itemNumber: string | undefined
  /**
   * Whether each block records where its sentences' cells are (`sentences`),
   * for the proofreading view: liblouis is then asked for input positions.
   */
  mapped: boolean
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

const curlyMarks = {'"': {open: '“', close: '”'}, "'": {open: '‘', close: '’'}} as const
const curly = (mark: string, side: 'open' | 'close'): string => (mark === '"' || mark === "'" ? curlyMarks[mark][side] : mark)

/** A block of the given BANA format. */
const format = (state: BrailleState, segments: Segment[], shape: Omit<LayoutBlock, 'cells'>): LayoutBlock[] => {
  const {cells, print, sentences} = state.translate(segments)
  return cells.replaceAll(blank, '') === '' ? [] : [{...shape, cells, print, ...(sentences ? {sentences} : {})}]
}

export const brailleHandlers: BrailleHandlers = {
  // The publication date, blocked at cell 5 as a byline is, after the headline
  // and its bylines, as print sets it (it was left out of the braille).
  article: (state, node) => {
    const date = node.meta.published ? writtenDate(node.meta.published, node.lang) : undefined
    const headline = node.children.findIndex((child) => child.type === 'heading' && child.depth === 1)
    let at = headline + 1
    while (node.children[at]?.type === 'byline') at++
    return node.children.flatMap((child, index) => {
      const blocks = state.block(child)
      return date && index === at - 1 ? [...blocks, ...format(state, text(date), {first: 4, runover: 4})] : blocks
    })
  },
  // Page furniture is not brailled; a copyright or reprint notice is, for the
  // transcription's record, blocked at cell 5 where print has it.
  chrome: (state, node) => (node.kind === 'copyright' ? format(state, text(node.label), {first: 4, runover: 4, blankBefore: true}) : []),
  // The headline centred, with blank lines around it; a subhead at cell 5 after
  // a blank line, one of the third level (and any below it) at cell 7, BANA's
  // third heading level. All keep two lines of their text with them.
  heading: (state, node) =>
    node.depth === 1
      ? format(state, sentences(state, node), {first: 0, runover: 0, centered: true, margin: 3, blankBefore: true, blankAfter: true, keepWithNext: 2})
      : node.depth === 2
        ? format(state, sentences(state, node), {first: 4, runover: 4, blankBefore: true, keepWithNext: 2})
        : format(state, sentences(state, node), {first: 6, runover: 6, blankBefore: true, keepWithNext: 2}),
  // What the reader cannot see: the picture's alt text as a transcriber's note
  // (BANA 2016 §6.2, TN indicators ⠈⠨⠣ … ⠈⠨⠜) in 7-5, unless the caption says the same.
  figure: (state, node) => {
    const alt = altBesideCaption(node)
    const note = alt ? transcribersNote(state, `${pictureLabel(state)}${alt}`) : []
    return [...note, ...node.children.flatMap((caption) => state.block(caption))]
  },
  // Captions in 7-5 after a blank line.
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
  // A quotation as displayed material, with a blank line before and after: one
  // paragraph blocked at cell 3; several in 5-3, so that each one's start shows.
  blockquote: (state, node) => {
    const first = node.children.length > 1 ? 4 : 2
    return around(node.children.flatMap((p) => format(state, sentences(state, p), {first, runover: 2})))
  },
  // A list in 1-3, with a blank line before and after; an ordered list's items
  // keep their numbers. A data table comes as a list of its rows: a
  // transcriber's note says so (its cells are then the item's paragraphs, 1-3
  // and 3-5, a listed table).
  list: (state, node) => [
    ...(node.table ? transcribersNote(state, tableNote(state, node.children.length)) : []),
    ...around(
      node.children.flatMap((item, index) => {
        state.itemNumber = node.ordered ? `${index + 1}. ` : undefined
        return state.block(item)
      })
    )
  ],
  // An item's first paragraph in 1-3; any further one (the items of a list
  // nested in it, as the model holds them) in 3-5, one level in.
  listItem: (state, node) => {
    const number = state.itemNumber === undefined ? [] : text(state.itemNumber)
    state.itemNumber = undefined
    return node.children.flatMap((p, index) =>
      index === 0 ? format(state, [...number, ...sentences(state, p)], {first: 0, runover: 2}) : format(state, sentences(state, p), {first: 2, runover: 4})
    )
  },

  // Each run knows its sentence, so that a proof can find the sentence's cells.
  sentence: (state, node) => children(state, node).map((segment) => ({...segment, sentence: segment.sentence ?? node.id})),
  text: (_, node) => text(node.value),
  // Quotes as the model knows them: a straight mark is given to liblouis as the
  // curly one of its side, which it brailles as a UEB opening or closing quote
  // ('Alarming' came out as apostrophes, a closing " as the nonspecific ⠠⠶).
  quote: (state, node) => [...text(curly(node.open, 'open')), ...children(state, node), {text: curly(node.close, 'close'), form: 0, closing: true}],
  abbr: (_, node) => text(node.value),
  date: (_, node) => text(node.value),
  number: (_, node) => [{text: node.value, form: 0, number: true}],
  // Every dash as "–", which liblouis 3.2 brailles as the UEB dash (dots 6-36).
  dash: () => text('–'),
  ellipsis: (_, node) => text(node.value),
  emphasis: (state, node) => withForm(children(state, node), italic),
  strong: (state, node) => withForm(children(state, node), bold),
  link: (state, node) => children(state, node)
}

/**
 * UEB 9.7.3: "ignore a change in typeform for closing punctuation when a
 * typeform word indicator is used". HTML ends `<em>` before the comma that
 * follows it, and liblouis then closed the emphasis before the comma
 * (`.1MILLION.'1`); the punctuation right after an emphasised run takes its
 * typeform.
 */
function extendOverClosingPunctuation(print: string, forms: number[]): void {
  for (let i = 1; i < print.length; i++) {
    if (forms[i] !== 0 || forms[i - 1] === 0 || /\s/.test(print[i - 1] as string)) continue
    // Closing punctuation ends the word: the run must reach a space or the end
    // (the apostrophe of "<em>dog</em>'s" does not, and keeps its own typeform).
    let end = i
    while (end < print.length && forms[end] === 0 && closingPunctuation.test(print[end] as string)) end++
    if (end > i && (end === print.length || /\s/.test(print[end] as string))) forms.fill(forms[i - 1] as number, i, end)
  }
}

const closingPunctuation = /[.,;:!?)\]}”’"'»›…]/

/**
 * A single quotation that closes after an s ("‘Every 10 Minutes’") is
 * brailled by liblouis as the apostrophe of a plural possessive (⠄): the table
 * cannot tell, the model can. Where the last cell liblouis made from the
 * characters up to a closing quotation mark is ⠄, it becomes the closing
 * single quote ⠠⠴ (UEB 7.6).
 */
function closeQuotes({cells, from}: Mapped, closers: number[]): Mapped {
  const out = [...cells]
  for (const q of [...closers].reverse()) {
    let last = -1
    for (let i = 0; i < from.length && (from[i] as number) <= q; i++) last = i
    if (last >= 0 && out[last] === '\u2804') out[last] = '\u2820\u2834'
  }
  // The mended quote is two cells from one character: each cell keeps its position.
  return {cells: out.join(''), from: out.flatMap((cell, i) => Array.from({length: cell.length}, () => from[i] as number))}
}

/** Each sentence's range of cells, from the print position each cell came from, and its range of print. */
function sentenceCells(from: number[], owner: Array<string | undefined>): SentenceCells[] {
  const ranges = new Map<string, SentenceCells>()
  owner.forEach((id, at) => {
    if (id === undefined) return
    const range = ranges.get(id)
    if (range) range.printEnd = at + 1
    else ranges.set(id, {id, start: -1, end: -1, printStart: at, printEnd: at + 1})
  })
  from.forEach((at, cell) => {
    const range = ranges.get(owner[at] as string)
    if (!range) return
    if (range.start < 0) range.start = cell
    range.end = cell + 1
  })
  return [...ranges.values()].filter((range) => range.start >= 0)
}

/** UEB's transcriber's note indicators: dots 4-46-126 to open, 4-46-345 to close. */
export const noteOpen = '\u2808\u2828\u2823'
export const noteClose = '\u2808\u2828\u281C'

/** A transcriber's note of its own, in 7-5 after a blank line. */
function transcribersNote(state: BrailleState, note: string): LayoutBlock[] {
  const {cells, print} = state.translate(text(note))
  if (cells.replaceAll(blank, '') === '') return []
  return [{first: 6, runover: 4, blankBefore: true, cells: noteOpen + cells + noteClose, print}]
}

// Words a note opens with, per language of the article; none where unknown.
const pictureLabels: Record<string, string> = {en: 'Picture: '}
const pictureLabel = (state: BrailleState): string => pictureLabels[state.lang.split('-')[0] ?? ''] ?? ''
const tableNotes: Record<string, (rows: number) => string> = {en: (rows) => `Table of ${rows} rows, listed: each row an item, its first cell first`}
const tableNote = (state: BrailleState, rows: number): string => (tableNotes[state.lang.split('-')[0] ?? ''] ?? tableNotes.en ?? String)(rows)

function around(blocks: LayoutBlock[]): LayoutBlock[] {
  const first = blocks[0]
  const last = blocks.at(-1)
  if (first) first.blankBefore = true
  if (last) last.blankAfter = true
  return blocks
}

/**
 * The article's layout blocks, translated. With `mapped`, each block also says
 * where its sentences' cells are (`sentences`), for a proof.
 */
export function brailleBlocks(tree: Article, engine: BrailleEngine, table: string, handlers: Partial<BrailleHandlers> = {}, mapped = false): {
  blocks: LayoutBlock[]
  replaced: string[]
  substitutes: Record<string, string>
  /** Letters and digits of the article's text, and how many of them the table had no braille for. */
  letters: number
  lost: number
} {
  // One function for the whole article, so that what it learns about the table is kept.
  const defined = (char: string) => engine.defines(table, char)
  const state: BrailleState = {
    engine,
    table,
    lang: tree.lang,
    replaced: new Map(),
    letters: 0,
    lost: 0,
    handlers: {...brailleHandlers, ...handlers} as BrailleHandlers,
    pendingDateline: undefined,
    itemNumber: undefined,
    mapped,
    // One table holds both kinds of handler: a block's children are blocks or
    // sentences, a sentence's are inline, so each call meets the kind it expects.
    inline: (node) => dispatch<BrailleState, Segment>('braille', state.handlers as never, state, node),
    block: (node) => dispatch<BrailleState, LayoutBlock>('braille', state.handlers as never, state, node),
    translate(segments) {
      // Normalise each run on its own, so that its emphasis stays aligned.
      let print = ''
      const forms: number[] = []
      // Where a number follows another with only spaces between: liblouis joins
      // the two with the numeric space ("2024 06.00" read as one number), which
      // UEB 6.6.1 allows only inside one number. There the text is translated in
      // two calls, and the space between is a plain blank cell.
      const apart: number[] = []
      let afterNumber = false
      // Where a single quotation closes: see `closeQuotes`.
      const closers: number[] = []
      // The sentence of each character of the print, for a proof.
      const owner: Array<string | undefined> = []
      for (const segment of segments) {
        const {text: normal, substitutes, letters, lost} = normalizeForBraille(segment.text, defined)
        for (const [char, as] of substitutes) state.replaced.set(char, as)
        state.letters += letters
        state.lost += lost
        // A group of three digits after a number of one to three digits (or a
        // group) is the same number, grouped by spaces ("1 000 000"): there the
        // numeric space is right, and liblouis is left to write it.
        const grouped = segment.number && /^\d{3}(?:[.,]\d+)?$/.test(segment.text) && /(?:^|\D)\d{1,3}\s+$/.test(print)
        if (segment.number && afterNumber && !grouped) {
          const spaces = /\s+$/.exec(print)
          if (spaces) apart.push(print.length - spaces[0].length)
        }
        if (segment.number) afterNumber = true
        else if (normal.trim() !== '') afterNumber = false
        if (segment.closing && normal === '’') closers.push(print.length)
        print += normal
        for (let i = 0; i < normal.length; i++) {
          forms.push(segment.form)
          owner.push(segment.sentence)
        }
      }
      extendOverClosingPunctuation(print, forms)
      const typeform = forms.some((form) => form !== 0) ? Uint16Array.from(forms) : undefined
      const mapped = state.mapped && engine.translateMapped !== undefined
      const run = (at: number, piece: string): Mapped => {
        const forms = typeform?.subarray(at, at + piece.length)
        const own = closers.filter((q) => q >= at && q < at + piece.length).map((q) => q - at)
        if ((own.length === 0 && !mapped) || !engine.translateMapped) return {cells: engine.translate(table, piece, forms), from: []}
        const result = engine.translateMapped(table, piece, forms)
        const mended = own.length === 0 ? result : closeQuotes(result, own)
        return {cells: mended.cells, from: mended.from.map((position) => position + at)}
      }
      const done = ({cells, from}: Mapped) => ({cells, print, ...(mapped ? {sentences: sentenceCells(from, owner)} : {})})
      if (apart.length === 0) return done(run(0, print))
      let cells = ''
      const from: number[] = []
      let start = 0
      for (const end of [...apart, print.length]) {
        const piece = print.slice(start, end).trim()
        if (piece) {
          if (cells) {
            cells += blank
            from.push(start)
          }
          const part = run(start + print.slice(start, end).indexOf(piece), piece)
          cells += part.cells
          from.push(...part.from)
        }
        start = end
      }
      return done({cells, from})
    }
  }
  const blocks = state.block(tree)
  return {blocks, replaced: [...state.replaced.keys()], substitutes: Object.fromEntries(state.replaced), letters: state.letters, lost: state.lost}
}
