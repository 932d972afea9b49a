/**
 * Learning a site's template from sample pages (see template.ts for what a
 * template is and how a page is read with one).
 */
import {VFile} from 'vfile'
import {AltformatError} from '../model/error.js'
import type {Draft} from './draft.js'
import type {ReadOptions} from './read.js'
import {readDraft} from './read.js'
import {fingerprint, units} from './template.js'
import type {Template} from './template.js'

export interface LearnOptions extends Omit<ReadOptions, 'template' | 'path'> {
  /** How many pages a block must be on to be the site's: default a tenth of the pages, and at least 2. */
  minPages?: number | undefined
}

/** A sample page: what `readArticle` takes, or a file's contents with its path (for choosing the reader). */
export type SamplePage = string | Uint8Array | VFile | {value: string | Uint8Array; path: string}

/**
 * Learn a site's template from sample pages of the site (or of a batch): every
 * paragraph, subhead and list item that the reader keeps, counted once per
 * page; those on `minPages` pages or more are the site's. A page that cannot be
 * read is skipped and counted in `skipped`, never thrown: one bad sample does
 * not cost the template.
 */
export function learnTemplate(pages: Iterable<SamplePage>, options: LearnOptions = {}): Template {
  const {minPages: asked, ...readOptions} = options
  if (asked !== undefined && !(Number.isInteger(asked) && asked >= 2)) {
    throw new AltformatError('invalid-option', `learnTemplate: minPages must be a whole number, 2 or more, not ${String(asked)}`)
  }
  const counts = new Map<string, number>()
  let read = 0
  let skipped = 0
  for (const page of pages) {
    let draft: Draft
    try {
      draft =
        typeof page === 'string' || page instanceof Uint8Array || page instanceof VFile
          ? readDraft(page, readOptions, 'learnTemplate').draft
          : readDraft(page.value, {...readOptions, path: page.path}, 'learnTemplate').draft
    } catch (error) {
      if (error instanceof AltformatError && error.code === 'invalid-option') throw error
      skipped++
      continue
    }
    read++
    const seen = new Set<string>()
    for (const block of draft.blocks) {
      for (const unit of units(block)) seen.add(fingerprint(unit))
    }
    seen.delete('')
    for (const text of seen) counts.set(text, (counts.get(text) ?? 0) + 1)
  }
  const minPages = asked ?? Math.max(2, Math.ceil(read / 10))
  const blocks = [...counts]
    .filter(([, count]) => count >= minPages)
    .map(([text, count]) => ({text, pages: count}))
    .sort((a, b) => b.pages - a.pages || a.text.localeCompare(b.text))
  return {format: 'altformat-template', version: 1, pages: read, skipped, minPages, blocks}
}
