import {writtenDate} from '../model/calendar.js'
import {fill, wordsFor} from '../model/interface-words.js'
import type {InterfaceWords} from '../model/interface-words.js'
import {toString} from '../model/to-string.js'
import type {Article} from '../model/types.js'
import {blank} from './cells.js'
import type {BrailleEngine} from './engine.js'
import {layout} from './layout.js'
import {codePoints, normalizeForBraille} from './normalize.js'
import {noteClose, noteOpen} from './render.js'
import type {LayoutBlock, LayoutSettings, Page} from './layout.js'

export interface TitlePageOptions {
  /** Who transcribed it, for the "Transcribed by" line. */
  transcriber?: string | undefined
}

/** The letter t, which numbers a transcriber's pages (t1, t2…). */
export const transcribersPage = '\u281E'

/**
 * The title page of a transcription (the lines BANA's formats give a title
 * page, 2011 §2.3, centred): title, byline, source, publication
 * date, the copyright or reprint notice, who transcribed it, and the braille
 * page range of the text. Numbered t1 (and t2… should it run over), so that the
 * text's own pages keep their numbers. A transcriber's notes page (t2)
 * follows when `notes` has something to say.
 */
export function titlePage(
  tree: Article,
  engine: BrailleEngine,
  table: string,
  textPages: number,
  settings: LayoutSettings,
  options: TitlePageOptions,
  notes: NotesContent
): Page[] {
  const headline = tree.children.find((node) => node.type === 'heading' && node.depth === 1)
  const title = tree.meta.title ?? (headline ? toString(headline) : undefined)
  const published = tree.meta.published ? writtenDate(tree.meta.published, tree.lang) : undefined
  const notices = tree.children.flatMap((node) => (node.type === 'chrome' && node.kind === 'copyright' ? [node.label] : []))
  const source = tree.meta.site ?? hostOf(tree.meta.url)
  const words = wordsFor(tree.lang)
  const lines: Array<string | undefined> = [
    title,
    tree.meta.byline,
    source,
    published,
    ...notices,
    options.transcriber ? fill(words.transcribedBy, {name: options.transcriber}) : undefined,
    textPages > 1 ? fill(words.braillePages, {first: 1, last: textPages}) : fill(words.braillePage, {n: 1})
  ]
  const first = layout(centredLines(engine, table, lines), {...settings, numberPrefix: transcribersPage})
  const listed = notesPage(engine, table, notes, words)
  return listed.length === 0 ? first : [...first, ...layout(listed, {...settings, numberPrefix: transcribersPage, firstNumber: first.length + 1})]
}

/** Lines of a title page: each centred, a blank line after it; an empty or unbrailled one left out. */
export function centredLines(engine: BrailleEngine, table: string, lines: ReadonlyArray<string | undefined>): LayoutBlock[] {
  const blocks: LayoutBlock[] = []
  for (const line of lines) {
    if (!line?.trim()) continue
    const cells = brailled(engine, table, line.trim())
    if (cells.replaceAll(blank, '') === '') continue
    blocks.push({cells, print: line.trim(), first: 0, runover: 0, centered: true, margin: 3, blankAfter: true})
  }
  return blocks
}

/** A line of print in braille, normalised for the table as the text is (a title's Š is written S, not an escape). */
export function brailled(engine: BrailleEngine, table: string, print: string): string {
  return engine.translate(table, normalizeForBraille(print, (char) => engine.defines(table, char)).text)
}

/** The host of the page's address, when it has one that parses (a tree from JSON may hold any string). */
export function hostOf(url: string | undefined): string | undefined {
  if (!url) return undefined
  try {
    return new URL(url).host || undefined
  } catch {
    return undefined
  }
}

/** What the transcriber's notes page lists. */
export interface NotesContent {
  /** Characters the table has no braille for, and what each became ('' when left out). */
  substitutes: Record<string, string>
  /** Whether the text holds transcriber's notes (their indicators are then listed). */
  notes: boolean
}

/**
 * The transcriber's notes page (t2), when there is something to say: the
 * special symbols the text uses (the TN indicators), and the characters the
 * table has no braille for, with what each became — so that nothing is
 * changed from print without the reader being told.
 */
export function notesPage(engine: BrailleEngine, table: string, content: NotesContent, words: InterfaceWords): LayoutBlock[] {
  const replaced = Object.entries(content.substitutes)
  if (replaced.length === 0 && !content.notes) return []
  const say = (print: string) => brailled(engine, table, print)
  const blocks: LayoutBlock[] = [{cells: say(words.transcribersNotes), print: words.transcribersNotes, first: 0, runover: 0, centered: true, margin: 3, blankAfter: true}]
  if (content.notes) {
    // The symbol itself, then what it is, in 1-3 as BANA lists special symbols.
    blocks.push({cells: `${noteOpen}${blank}${noteClose}${blank}${say(words.transcriberNote)}`, print: words.noteIndicators, first: 0, runover: 2})
  }
  if (replaced.length > 0) {
    // Named by code point: the table has no braille for the character itself.
    const list = replaced.map(([char, as]) => fill(as ? words.writtenAs : words.leftOut, {char: codePoints(char), as})).join('; ')
    const print = fill(words.missingBraille, {list})
    blocks.push({cells: say(print), print, first: 2, runover: 0, blankBefore: true})
  }
  return blocks
}
