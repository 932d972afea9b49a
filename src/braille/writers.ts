import {createHash} from 'node:crypto'
import type {Element} from 'xast'
import {toXml} from 'xast-util-to-xml'
import {x} from 'xastscript'
import type {ArticleMeta} from '../model/types.js'
import {blank, cellsToAscii, lowerAscii} from './cells.js'
import type {Page} from './layout.js'
import {calendarDate} from '../model/calendar.js'
import {resolveBrf} from './embossers.js'
import type {BrfSettings} from './embossers.js'

/**
 * BRF: North American Braille ASCII, no trailing spaces. By default (the
 * `standard` profile) in upper case (0x20–0x5F), CRLF after every line, every
 * page its full number of lines and a form feed after it — the last page too —
 * as liblouisutdml and embossers expect; other profiles change the line end,
 * padding, form feeds, case and a final Ctrl-Z.
 */
export function writeBrf(pages: Page[], settings: BrfSettings = resolveBrf()): string {
  const end = settings.lineEnd === 'crlf' ? '\r\n' : '\n'
  const body = pages
    .map((page) => {
      const lines = page.map((line) => cellsToAscii(line).trimEnd())
      if (!settings.pad) {
        // Keep the page number's line: drop only the blank lines before it.
        const number = lines.pop() ?? ''
        while (lines.at(-1) === '') lines.pop()
        lines.push(number)
      }
      const text = lines.map((line) => (settings.case === 'lower' ? lowerAscii(line) : line) + end).join('')
      return text + (settings.formFeed ? '\f' : '')
    })
    .join('')
  return body + (settings.ctrlZ ? '\u001A' : '')
}


/** The same pages as Unicode braille, for a preview: blank cells as U+2800, a form feed between pages. */
export function writePreview(pages: Page[]): string {
  return pages.map((page) => page.map((line) => trimBlank(line) + '\n').join('')).join('\f\n')
}

export interface PefInfo {
  meta: ArticleMeta
  lang: string
  cells: number
  lines: number
  /** What made it: "altformat, liblouis 3.2.0, en-ueb-g2.ctb". */
  description: string
  /** Interpoint: `duplex="true"`, both sides of each sheet. */
  duplex?: boolean | undefined
  /** The volumes, in order: one for an article, one or more for an edition. */
  volumes: PefVolume[]
}

export interface PefVolume {
  pages: Page[]
  /**
   * How many pages each section holds, in order (default: one section of all).
   * On a duplex volume each section starts on a recto, so a text after its
   * title pages starts on a right-hand page, as an embosser lays sheets out.
   */
  sections?: number[] | undefined
}

/**
 * PEF 2008-1: a volume of pages for each of `info.volumes`, rows of Unicode braille (U+2800 for a
 * blank cell, since the schema allows no ASCII space in a row), with the Dublin
 * Core metadata the schema requires (`dc:format`, `dc:identifier`) and what
 * the article says of itself. The identifier is a hash of the cells, so the
 * same braille always has the same identifier.
 */
export function writePef(info: PefInfo): string {
  const pages = info.volumes.flatMap((volume) => volume.pages)
  const identifier = 'urn:sha256:' + createHash('sha256').update(pages.map((page) => page.join('\n')).join('\f')).digest('hex').slice(0, 32)
  // Only a date that exists: a tree from outside (JSON) may hold any string.
  const published = info.meta.published ?? ''
  const date = calendarDate(published) ? published.slice(0, 10) : undefined
  const dc = (name: string, value: string | undefined): Element[] => (value ? [x(`dc:${name}`, value)] : [])
  const tree = x('pef', {version: '2008-1', xmlns: 'http://www.daisy.org/ns/2008/pef'}, [
    x('head', [
      x('meta', {'xmlns:dc': 'http://purl.org/dc/elements/1.1/'}, [
        ...dc('format', 'application/x-pef+xml'),
        ...dc('identifier', identifier),
        ...dc('title', info.meta.title),
        ...dc('creator', info.meta.byline),
        ...dc('publisher', info.meta.site),
        ...dc('language', info.lang),
        ...dc('date', date),
        ...dc('source', info.meta.url),
        ...dc('description', info.description)
      ])
    ]),
    x(
      'body',
      info.volumes.map((volume) =>
        x(
          'volume',
          {cols: String(info.cells), rows: String(info.lines), rowgap: '0', duplex: info.duplex ? 'true' : 'false'},
          sectionsOf(volume.pages, volume.sections).map((section) => x('section', section.map((page) => x('page', page.map((line) => x('row', trimBlank(line)))))))
        )
      )
    )
  ])
  return '<?xml version="1.0" encoding="UTF-8"?>\n' + toXml(tree, {closeEmptyElements: true, tightClose: true}).replaceAll(']]>', ']]&gt;') + '\n'
}

function sectionsOf(pages: Page[], sizes: number[] | undefined): Page[][] {
  if (!sizes) return [pages]
  const out: Page[][] = []
  let start = 0
  for (const size of sizes) {
    if (size > 0) out.push(pages.slice(start, start + size))
    start += size
  }
  if (start < pages.length) out.push(pages.slice(start))
  return out
}

function trimBlank(line: string): string {
  let end = line.length
  while (end > 0 && line[end - 1] === blank) end--
  return line.slice(0, end)
}
