import {writtenDate} from '../model/calendar.js'
import {toString} from '../model/to-string.js'
import type {Article} from '../model/types.js'
import {blank} from './cells.js'
import type {BrailleEngine} from './engine.js'
import {layout} from './layout.js'
import type {LayoutBlock, LayoutSettings, Page} from './layout.js'

export interface TitlePageOptions {
  /** Who transcribed it, for the "Transcribed by" line. */
  transcriber?: string | undefined
}

/** The letter t, which numbers a transcriber's pages (t1, t2…). */
const transcribersPage = '\u281E'

/**
 * The title page of a transcription (the lines BANA's formats give a title
 * page, 2011 §2.3, centred): title, byline, source, publication
 * date, the copyright or reprint notice, who transcribed it, and the braille
 * page range of the text. Numbered t1 (and t2… should it run over), so that the
 * text's own pages keep their numbers.
 */
export function titlePage(
  tree: Article,
  engine: BrailleEngine,
  table: string,
  textPages: number,
  settings: LayoutSettings,
  options: TitlePageOptions
): Page[] {
  const headline = tree.children.find((node) => node.type === 'heading' && node.depth === 1)
  const title = tree.meta.title ?? (headline ? toString(headline) : undefined)
  const published = tree.meta.published ? writtenDate(tree.meta.published, tree.lang) : undefined
  const notices = tree.children.flatMap((node) => (node.type === 'chrome' && node.kind === 'copyright' ? [node.label] : []))
  const source = tree.meta.site ?? (tree.meta.url ? new URL(tree.meta.url).host : undefined)
  const lines: Array<string | undefined> = [
    title,
    tree.meta.byline,
    source,
    published,
    ...notices,
    options.transcriber ? `Transcribed by ${options.transcriber}` : undefined,
    textPages > 1 ? `Braille pages 1 to ${textPages}` : 'Braille page 1'
  ]
  const blocks: LayoutBlock[] = []
  for (const line of lines) {
    if (!line?.trim()) continue
    const cells = engine.translate(table, line.trim())
    if (cells.replaceAll(blank, '') === '') continue
    blocks.push({cells, print: line.trim(), first: 0, runover: 0, centered: true, margin: 3, blankAfter: true})
  }
  return layout(blocks, {...settings, numberPrefix: transcribersPage})
}
