/**
 * What a reader hands to enrichment: blocks of source text, already classified
 * (chrome, headline, caption, paragraph, …) but not yet split into sentences or
 * inline nodes. Both readers produce this, so everything after the first step is
 * shared.
 */
import type {Abbr, ArticleMeta, ChromeKind, ChromeLink, DateNode, Dash, Ellipsis, HeadingDepth, NumberNode} from '../model/types.js'
import {join} from './source-text.js'
import type {SourceText} from './source-text.js'

/** Emphasis, strong and links from HTML: containers over a range of the text. */
export interface FormatSpan {
  start: number
  end: number
  type: 'emphasis' | 'strong' | 'link'
  url?: string | undefined
}

export type AtomNode = Abbr | DateNode | NumberNode | Dash | Ellipsis

/** A leaf inline node over a range of the text (`AFP`, `December 22`, `--`). */
export interface AtomSpan {
  start: number
  end: number
  node: AtomNode
}

export interface DraftText {
  text: SourceText
  formats: FormatSpan[]
  /** Atoms the reader already knows (HTML `abbr`, `time`); enrichment adds the rest. */
  atoms: AtomSpan[]
}

export interface SourceSpan {
  start: number
  end: number
}

export type DraftBlock =
  | ({type: 'chrome'; kind: ChromeKind; label: string; links?: ChromeLink[]} & SourceSpan)
  | {type: 'heading'; depth: HeadingDepth; content: DraftText}
  | ({type: 'figure'; src?: string | undefined; alt?: string | undefined; caption?: DraftText | undefined; credit?: string | undefined} & SourceSpan)
  | {type: 'byline'; content: DraftText}
  | ({type: 'dateline'; place: string; date?: string | undefined; source?: string | undefined} & SourceSpan)
  | {
      type: 'paragraph'
      content: DraftText
      /** The deck under the headline, a reader's own decision: not judged as furniture. */
      deck?: true
      /** An embedded post's attribution ("— Name (@handle) date"): not judged as furniture; it goes with the block above it (attributionsFollowPosts). */
      attribution?: true
    }
  | {type: 'credit'; content: DraftText}
  | ({type: 'blockquote'; paragraphs: DraftText[]} & SourceSpan)
  | ({type: 'list'; ordered: boolean; table?: boolean; items: Array<{paragraphs: DraftText[]} & SourceSpan>} & SourceSpan)

export interface Draft {
  /** The page's declared language, if it declares one. */
  lang: string | undefined
  meta: ArticleMeta
  blocks: DraftBlock[]
  /**
   * The page's own summary of the article (an HTML page's `og:description` or
   * `description`), when it gives one: its deck, often. Its text is positioned
   * at the meta element; `from` is the meta's name.
   */
  summary?: {content: DraftText; from: string} | undefined
  /**
   * The article's text as the page declares it in JSON-LD (`articleBody`),
   * positioned at its script: what a page that renders its article by script,
   * or hides it behind a paywall, still says it is.
   */
  articleBody?: DraftText | undefined
}

/** Every text a block holds: its content, a quotation's or a list's paragraphs, a figure's caption. */
export function blockTexts(block: DraftBlock): DraftText[] {
  switch (block.type) {
    case 'heading':
    case 'byline':
    case 'paragraph':
    case 'credit':
      return [block.content]
    case 'blockquote':
      return block.paragraphs
    case 'list':
      return block.items.flatMap((item) => item.paragraphs)
    case 'figure':
      return block.caption ? [block.caption] : []
    default:
      return []
  }
}

/** A block of the article's body: a paragraph (a deck among them), a subhead, a list or a quotation. */
export function isBodyBlock(block: DraftBlock): boolean {
  return block.type === 'paragraph' || block.type === 'list' || block.type === 'blockquote' || (block.type === 'heading' && block.depth > 1)
}

/** How many of a text's characters are inside its links (links do not nest: HTML parsing closes one before the next). */
export function linkedLength(text: DraftText): number {
  return text.formats.reduce((total, span) => total + (span.type === 'link' ? span.end - span.start : 0), 0)
}

/**
 * Texts a reader drafted as article, turned into page furniture of `kind`: the
 * whole text stays in the label (furniture is kept in the tree, and nothing of
 * the page is lost), the span from the first text's start to the last's end.
 */
export function chromeOf(texts: DraftText[], kind: ChromeKind): Extract<DraftBlock, {type: 'chrome'}> {
  const start = texts[0]?.text.starts[0] ?? 0
  const end = texts.at(-1)?.text.ends.at(-1) ?? start
  const label = texts.map((text) => text.text.value).join(' ').replace(/\s+/g, ' ').trim()
  return {type: 'chrome', kind, label, start, end}
}

/**
 * Nothing to read: white space of any kind — a no-break space, which HTML
 * authors put in an empty `<p>&nbsp;</p>` to space a page, the zero-width ones —
 * or soft hyphens. Collapsing keeps no-break spaces (they bind "10 km"), so a
 * block of them alone survives the readers and would become an empty paragraph
 * or heading: an empty `<h3>` is an error for validators and screen readers.
 */
const blank = /^[\s\u200B-\u200D\u2060\u00AD]*$/u

function isBlank(text: DraftText): boolean {
  return blank.test(text.text.value)
}

/**
 * The draft without blocks that hold nothing to read (see {@link isBlank}): blank
 * paragraphs, headings, bylines and credits go, blank items leave their list and
 * blank paragraphs their quote (an emptied list or quote goes), a blank caption
 * leaves its picture. Blocks are judged by their neighbours afterwards, and an
 * empty line between two paragraphs is not a neighbour.
 */
export function withoutBlanks(blocks: DraftBlock[]): DraftBlock[] {
  const kept: DraftBlock[] = []
  for (const block of blocks) {
    switch (block.type) {
      case 'heading':
      case 'byline':
      case 'paragraph':
      case 'credit':
        if (!isBlank(block.content)) kept.push(block)
        break
      case 'blockquote': {
        const paragraphs = block.paragraphs.filter((paragraph) => !isBlank(paragraph))
        if (paragraphs.length > 0) kept.push({...block, paragraphs})
        break
      }
      case 'list': {
        const items = block.items.map((item) => ({...item, paragraphs: item.paragraphs.filter((paragraph) => !isBlank(paragraph))})).filter((item) => item.paragraphs.length > 0)
        if (items.length > 0) kept.push({...block, items})
        break
      }
      case 'figure': {
        kept.push(block.caption !== undefined && isBlank(block.caption) ? {...block, caption: undefined} : block)
        break
      }
      default:
        kept.push(block)
    }
  }
  return kept
}

/**
 * Give the article's headings an outline without gaps: a page's subheads are
 * often `<h4>` or `<h5>` under its `<h1>`, chosen for their look, and a
 * screen reader's list of headings, an EPUB's table of contents and a braille
 * edition's contents would show levels that are not there (html-validate and
 * axe-core report the skip). Each heading is one level below the nearest
 * heading before it of a higher level on the page, so their order on the page is
 * kept: h1, h5, h5, h6, h3 reads as 1, 2, 2, 3, 2. Furniture is no heading.
 */
export function nestHeadings(blocks: DraftBlock[]): void {
  // The headings above the current one, as the page set them and as the outline has them; at the
  // bottom the headline, the only depth 1 (with or without one, a subhead is of depth 2 at least).
  const headline = {page: 1, outline: 1}
  const open = [headline]
  for (const block of blocks) {
    if (block.type !== 'heading') continue
    if (block.depth === 1) {
      open.length = 1
      continue
    }
    while (open.length > 1 && (open.at(-1) as typeof headline).page >= block.depth) open.pop()
    const page = block.depth
    block.depth = Math.min(6, (open.at(-1) as typeof headline).outline + 1) as HeadingDepth
    open.push({page, outline: block.depth})
  }
}

/** A draft text with no formatting, from a source text. */
export function plain(text: SourceText): DraftText {
  return {text, formats: [], atoms: []}
}

/**
 * Draft texts one after another, as sentences: a full stop and a space between
 * two unless the first already ends as a sentence does. Formats and atoms move
 * with their text.
 */
export function joinSentences(pieces: DraftText[]): DraftText {
  const parts = pieces.filter((piece) => piece.text.value.length > 0)
  const texts: SourceText[] = []
  const formats: FormatSpan[] = []
  const atoms: AtomSpan[] = []
  let at = 0
  parts.forEach((piece, index) => {
    if (index > 0) {
      const previous = texts[texts.length - 1] as SourceText
      const separator = /[.!?…]["”’»)]*$/u.test(previous.value) ? ' ' : '. '
      const gap = previous.ends[previous.ends.length - 1] as number
      texts.push({value: separator, starts: Int32Array.from(separator, () => gap), ends: Int32Array.from(separator, () => gap)})
      at += separator.length
    }
    texts.push(piece.text)
    for (const span of piece.formats) formats.push({...span, start: span.start + at, end: span.end + at})
    for (const atom of piece.atoms) atoms.push({...atom, start: atom.start + at, end: atom.end + at})
    at += piece.text.value.length
  })
  return {text: join(texts, ''), formats, atoms}
}
