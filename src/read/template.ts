/**
 * Site templates: what a site prints on every page. Pages of one site share
 * their furniture — the menu, the newsletter box, the "follow us" line, the
 * author's standing bio — and an article's own text is its own: a block found
 * word for word on several pages of a batch is the site's, not the article's.
 * This holds on any site and in any language, and catches the furniture that
 * looks like prose to every other rule.
 *
 * A template is plain data (JSON), so that one learned from sample pages can be
 * saved and used again, and sent to worker threads as it is.
 */
import {AltformatError} from '../model/error.js'
import {judged} from './boilerplate.js'
import type {Draft, DraftBlock} from './draft.js'
import {chromeOf} from './draft.js'
import type {Reporter} from './text/read-text.js'

export interface TemplateBlock {
  /** The block's text, normalised (see `fingerprint`). */
  text: string
  /** On how many of the sample pages it was found. */
  pages: number
}

export interface Template {
  format: 'altformat-template'
  version: 1
  /** How many sample pages were read to learn it. */
  pages: number
  /** Sample pages that could not be read (empty, binary, too large): not counted in `pages`. */
  skipped: number
  /** How many pages a block had to be on to be taken as the site's. */
  minPages: number
  /** The site's blocks, most repeated first. */
  blocks: TemplateBlock[]
}

/**
 * A block's text as it is compared across pages: case, spacing and the digits
 * of counts and dates ("Comments (12)", "© 2024") do not make it another block.
 */
export function fingerprint(text: string): string {
  return text.normalize('NFKC').toLowerCase().replace(/\d+/g, '0').replace(/\s+/g, ' ').trim()
}

/** The texts of a block that a template may hold: paragraphs, subheads, list items. */
export function units(block: DraftBlock): string[] {
  if (block.type === 'paragraph') return [block.content.text.value]
  if (block.type === 'heading' && block.depth > 1) return [block.content.text.value]
  if (block.type === 'list') return block.items.map((item) => item.paragraphs.map((paragraph) => paragraph.text.value).join(' '))
  return []
}

const known = new WeakMap<Template, Set<string>>()

/**
 * Check a template given to `readArticle` (it may come from a file) and index
 * its blocks once.
 *
 * @throws {AltformatError} `invalid-option`.
 */
export function checkTemplate(template: Template): Set<string> {
  const cached = known.get(template)
  if (cached) return cached
  const value = (template ?? {}) as Partial<Template>
  if (value.format !== 'altformat-template' || value.version !== 1 || !Array.isArray(value.blocks)) {
    throw new AltformatError('invalid-option', 'readArticle: template is not an altformat template (version 1): make one with learnTemplate')
  }
  const texts = new Set<string>()
  for (const block of value.blocks) {
    if (typeof block?.text !== 'string') {
      throw new AltformatError('invalid-option', 'readArticle: template has a block without text: make it again with learnTemplate')
    }
    texts.add(block.text)
  }
  known.set(template, texts)
  return texts
}

/**
 * Leave out, as chrome of kind `repeated`, the draft's paragraphs, subheads and
 * lists that the template holds (a list when two thirds of its items are).
 * Headline, byline, dateline, captions, quotes and credit are never touched:
 * an author's byline is on all their pages and is still theirs. A page that
 * would lose half its text is left whole (`template-skipped`): that is another
 * version of the same story, not furniture.
 */
export function applyTemplate(draft: Draft, texts: Set<string>, report: Reporter): void {
  if (texts.size === 0) return
  const hits: number[] = []
  let total = 0
  let matched = 0
  for (const [index, block] of draft.blocks.entries()) {
    const parts = units(block)
    if (parts.length === 0) continue
    const length = parts.reduce((sum, part) => sum + part.length, 0)
    total += length
    const found = parts.filter((part) => texts.has(fingerprint(part))).length
    if (found > 0 && found * 3 >= parts.length * 2) {
      hits.push(index)
      matched += length
    }
  }
  if (hits.length === 0) return
  if (matched * 2 > total) {
    report('template-skipped', `The site template matches ${Math.round((matched / total) * 100)}% of this page's text: read it without the template (another version of a story in the batch?)`, 0, 0)
    return
  }
  for (const index of hits) {
    const block = draft.blocks[index] as DraftBlock
    const chrome = chromeOf(judged(block) ?? [], 'repeated')
    draft.blocks[index] = chrome
    report('template-chrome', `Left out a ${block.type} the site prints on its other pages too (site template): “${chrome.label.slice(0, 60)}”`, chrome.start, chrome.end)
  }
}
