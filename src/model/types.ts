/**
 * The altformat document model: one typed unist tree per article, read once and
 * rendered to every format. Node names and fields follow DESIGN.md.
 *
 * Content is declared as maps (as `@types/mdast` does) so that a plugin can add a
 * node type by module augmentation:
 *
 * ```ts
 * declare module 'altformat' {
 *   interface BlockContentMap { sidebar: Sidebar }
 * }
 * ```
 */
import type {Data, Node, Position} from 'unist'

export type {Position, Point} from 'unist'

/** Every node of the model keeps its place in the source. */
export interface AltNode extends Node {
  position?: Position | undefined
  data?: Data | undefined
}

export interface AltParent extends AltNode {
  children: AltNode[]
}

/** Kinds of page furniture that readers recognise and keep, typed, in the tree. */
export type ChromeKind =
  | 'accessibility-links'
  | 'breaking-news'
  | 'section-label'
  | 'updated'
  | 'promo'
  | 'author-box'
  | 'related'
  | 'share'
  | 'navigation'
  | 'comments'
  | 'newsletter'
  | 'cookie-notice'
  | 'repeated'
  | 'layout-noise'
  | 'copyright'
  | 'other'

export const chromeKinds: readonly ChromeKind[] = [
  'accessibility-links',
  'breaking-news',
  'section-label',
  'updated',
  'promo',
  'author-box',
  'related',
  'share',
  'navigation',
  'comments',
  'newsletter',
  'cookie-notice',
  'repeated',
  'layout-noise',
  'copyright',
  'other'
]

export interface ChromeLink {
  label: string
  url: string
}

/** Metadata of the article; dates are ISO 8601 when known. */
export interface ArticleMeta {
  title?: string | undefined
  site?: string | undefined
  url?: string | undefined
  section?: string | undefined
  byline?: string | undefined
  published?: string | undefined
  updated?: string | undefined
}

// ---------------------------------------------------------------------------
// Content maps

/** Nodes allowed at the top level of an article. */
export interface BlockContentMap {
  chrome: Chrome
  heading: Heading
  figure: Figure
  byline: Byline
  dateline: Dateline
  paragraph: Paragraph
  blockquote: Blockquote
  list: List
  credit: Credit
}

/** Nodes allowed inside a sentence, a quote, emphasis, strong, a link or a byline. */
export interface InlineContentMap {
  text: Text
  quote: Quote
  abbr: Abbr
  date: DateNode
  number: NumberNode
  dash: Dash
  ellipsis: Ellipsis
  emphasis: Emphasis
  strong: Strong
  link: Link
}

export type BlockContent = BlockContentMap[keyof BlockContentMap]
export type InlineContent = InlineContentMap[keyof InlineContentMap]

// ---------------------------------------------------------------------------
// Root and blocks

export interface Article extends AltParent {
  type: 'article'
  /** BCP 47 language tag of the article. */
  lang: string
  meta: ArticleMeta
  children: BlockContent[]
}

export interface Chrome extends AltNode {
  type: 'chrome'
  kind: ChromeKind
  /** The furniture's text as it appeared, for the record. */
  label: string
  /** For `accessibility-links`: the page's skip links. */
  links?: ChromeLink[] | undefined
}

export type HeadingDepth = 1 | 2 | 3 | 4 | 5 | 6

export interface Heading extends AltParent {
  type: 'heading'
  /** 1 is the headline; subheads are 2 and deeper. */
  depth: HeadingDepth
  children: Sentence[]
}

export interface Figure extends AltParent {
  type: 'figure'
  src?: string | undefined
  alt?: string | undefined
  /**
   * The picture's credit, when that is all its caption said ("Foto: dpa",
   * "Photo by Jane Doe on Unsplash"): printed with the picture in HTML, never
   * read out as its caption — speech and braille show no picture to credit.
   */
  credit?: string | undefined
  children: Caption[]
}

export interface Caption extends AltParent {
  type: 'caption'
  children: Sentence[]
}

export interface Byline extends AltParent {
  type: 'byline'
  children: InlineContent[]
}

export interface Dateline extends AltNode {
  type: 'dateline'
  /** The place as printed: `VIENNA`, `Prague`. */
  place: string
  /** The date as printed, when the dateline has one: `May 31, 2006`. */
  date?: string | undefined
  /** ISO 8601 form of `date` (`2006-05-31`, or `--05-31` without a year). */
  iso?: string | undefined
  /** A source in brackets after the place: `RFE/RL`. */
  source?: string | undefined
}

export interface Paragraph extends AltParent {
  type: 'paragraph'
  children: Sentence[]
}

export interface Blockquote extends AltParent {
  type: 'blockquote'
  children: Paragraph[]
}

export interface List extends AltParent {
  type: 'list'
  ordered: boolean
  /** The rows of a data table, read as a list: one item a row, one paragraph a cell. */
  table?: boolean | undefined
  children: ListItem[]
}

export interface ListItem extends AltParent {
  type: 'listItem'
  children: Paragraph[]
}

export interface Credit extends AltParent {
  type: 'credit'
  children: Sentence[]
}

export interface Sentence extends AltParent {
  type: 'sentence'
  /** `s1`, `s2`, … in document order. */
  id: string
  children: InlineContent[]
}

// ---------------------------------------------------------------------------
// Inline

export interface Text extends AltNode {
  type: 'text'
  value: string
}

export interface Quote extends AltParent {
  type: 'quote'
  /** 1 is the outermost quote. */
  level: number
  /** The opening mark as printed (paired repaired); empty on a continuation piece. */
  open: string
  /** The closing mark as printed; empty when the quote goes on past this piece. */
  close: string
  children: InlineContent[]
}

export type AbbrSpoken = 'letters' | 'word'

export interface Abbr extends AltNode {
  type: 'abbr'
  value: string
  expansion?: string | undefined
  spoken: AbbrSpoken
}

export interface DateNode extends AltNode {
  type: 'date'
  value: string
  /** ISO 8601: `2006-05-31`, `2017-12`, or `--12-22` when the text gives no year. */
  iso?: string | undefined
}

export type NumberKind = 'year' | 'cardinal' | 'ordinal' | 'decimal' | 'percent' | 'money'

export const numberKinds: readonly NumberKind[] = [
  'year',
  'cardinal',
  'ordinal',
  'decimal',
  'percent',
  'money'
]

export interface NumberNode extends AltNode {
  type: 'number'
  /** As printed: "12 500", "3,5 %", "۱۲٬۵۰۰". */
  value: string
  kind: NumberKind
  /**
   * The number in ASCII digits with a full stop for the decimal mark ("12500",
   * "3.5"), when the print writes it otherwise (another language's group or
   * decimal mark, or its own digits): what a speech engine is given to read.
   */
  amount?: string
}

export interface Dash extends AltNode {
  type: 'dash'
  value: string
}

export interface Ellipsis extends AltNode {
  type: 'ellipsis'
  value: string
}

export interface Emphasis extends AltParent {
  type: 'emphasis'
  children: InlineContent[]
}

export interface Strong extends AltParent {
  type: 'strong'
  children: InlineContent[]
}

export interface Link extends AltParent {
  type: 'link'
  url: string
  children: InlineContent[]
}

// ---------------------------------------------------------------------------
// Unions

/** Every node type of the model. */
export type Nodes =
  | Article
  | BlockContent
  | Caption
  | ListItem
  | Sentence
  | InlineContent

export type NodeType = Nodes['type']

/** Nodes with children. */
export type Parents = Extract<Nodes, {children: unknown}>
