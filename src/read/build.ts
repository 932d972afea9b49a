import type {VFile} from 'vfile'
import {positionsIn} from './positions.js'
import type {ToPosition} from './positions.js'
import {AltformatError} from '../model/error.js'
import type {Article, BlockContent, Paragraph, Position} from '../model/types.js'
import type {Draft, DraftBlock, DraftText} from './draft.js'
import {findDefinitions} from './enrich/abbreviations.js'
import type {EnrichContext} from './enrich/index.js'
import {enrichInline, enrichSentences} from './enrich/index.js'
import {builtinLexicon} from './enrich/lexicon.js'
import type {Lexicon} from './enrich/lexicon.js'
import {parseDateText} from './enrich/dates.js'

export interface BuildOptions {
  /** Abbreviations to add to, or override in, the built-in lexicon. */
  lexicon?: Lexicon | undefined
  /** The file's offsets → positions, when the caller has built it already. */
  toPosition?: ToPosition | undefined
}

/**
 * Enrich a reader's draft into the article tree: sentences with ids, quotes,
 * dates, numbers, abbreviations, dashes, ellipses, every node positioned.
 */
export function buildArticle(draft: Draft, file: VFile, options: BuildOptions = {}): Article {
  const toPosition = options.toPosition ?? positionsIn(file)

  // Expansions the text gives itself apply everywhere in it, before and after.
  const definitions: Lexicon = {}
  for (const text of draftTexts(draft.blocks)) Object.assign(definitions, findDefinitions(text.text.value))
  // A user's entry overrides field by field: {NATO: {spoken: 'letters'}} keeps the expansion.
  const lexicon: Lexicon = {...builtinLexicon, ...definitions}
  for (const [key, entry] of Object.entries(options.lexicon ?? {})) lexicon[key] = {...lexicon[key], ...entry}
  const ctx: EnrichContext = {file, lexicon, toPosition, sentences: 0, lang: draft.lang}

  const children = draft.blocks.map((block) => buildBlock(block, ctx))
  const hasBody = children.some((node) => node.type !== 'chrome' && node.type !== 'dateline')
  if (!hasBody) {
    throw new AltformatError(
      'no-article',
      `No article found${file.path ? ` in ${file.path}` : ''}: the page holds only page furniture (${
        children.length
      } chrome blocks). Check that it is an article page, or pass --from to choose the reader.`,
      {file: file.path}
    )
  }
  const first = children[0]
  const last = children.at(-1)
  return {
    type: 'article',
    lang: draft.lang ?? 'en',
    meta: draft.meta,
    children,
    position: first?.position && last?.position ? {start: first.position.start, end: last.position.end} : undefined
  }
}

function buildBlock(block: DraftBlock, ctx: EnrichContext): BlockContent {
  switch (block.type) {
    case 'chrome': {
      return {
        type: 'chrome',
        kind: block.kind,
        label: block.label,
        ...(block.links ? {links: block.links} : {}),
        position: ctx.toPosition(block.start, block.end)
      }
    }
    case 'heading': {
      const children = enrichSentences(block.content, ctx)
      return {type: 'heading', depth: block.depth, children, position: span(children)}
    }
    case 'figure': {
      const caption = block.caption ? enrichSentences(block.caption, ctx) : []
      return {
        type: 'figure',
        ...(block.src ? {src: block.src} : {}),
        ...(block.alt ? {alt: block.alt} : {}),
        ...(block.credit ? {credit: block.credit} : {}),
        children: caption.length > 0 ? [{type: 'caption', children: caption, position: span(caption)}] : [],
        position: ctx.toPosition(block.start, block.end)
      }
    }
    case 'byline': {
      const children = enrichInline(block.content, ctx)
      return {type: 'byline', children, position: span(children)}
    }
    case 'dateline': {
      const iso = block.date ? parseDateText(block.date) : undefined
      return {
        type: 'dateline',
        place: block.place,
        ...(block.date ? {date: block.date} : {}),
        ...(iso ? {iso} : {}),
        ...(block.source ? {source: block.source} : {}),
        position: ctx.toPosition(block.start, block.end)
      }
    }
    case 'paragraph':
    case 'credit': {
      const children = enrichSentences(block.content, ctx)
      return {type: block.type, children, position: span(children)}
    }
    case 'blockquote': {
      return {
        type: 'blockquote',
        children: block.paragraphs.map((p) => paragraph(p, ctx)),
        position: ctx.toPosition(block.start, block.end)
      }
    }
    case 'list': {
      return {
        type: 'list',
        ordered: block.ordered,
        ...(block.table ? {table: true} : {}),
        children: block.items.map((item) => ({
          type: 'listItem',
          children: item.paragraphs.map((p) => paragraph(p, ctx)),
          position: ctx.toPosition(item.start, item.end)
        })),
        position: ctx.toPosition(block.start, block.end)
      }
    }
    default: {
      const unknown: never = block
      throw new AltformatError('unknown-node', `No builder for draft block ${JSON.stringify(unknown)}`)
    }
  }
}

function paragraph(text: DraftText, ctx: EnrichContext): Paragraph {
  const children = enrichSentences(text, ctx)
  return {type: 'paragraph', children, position: span(children)}
}

function span(nodes: Array<{position?: Position | undefined}>): Position | undefined {
  const first = nodes[0]?.position
  const last = nodes.at(-1)?.position
  return first && last ? {start: first.start, end: last.end} : undefined
}

/** The texts of the draft's article blocks in order (headings, paragraphs, captions, quotations, lists…); chrome has none. */
export function* draftTexts(blocks: DraftBlock[]): Generator<DraftText> {
  for (const block of blocks) {
    switch (block.type) {
      case 'heading':
      case 'byline':
      case 'paragraph':
      case 'credit': {
        yield block.content
        break
      }
      case 'figure': {
        if (block.caption) yield block.caption
        break
      }
      case 'blockquote': {
        yield* block.paragraphs
        break
      }
      case 'list': {
        for (const item of block.items) yield* item.paragraphs
        break
      }
      default:
    }
  }
}
