import type {Element, Root} from 'hast'
import {select} from 'hast-util-select'
import {toString as hastToString} from 'hast-util-to-string'
import type {ArticleMeta} from '../../model/types.js'

/** Article metadata from the page's head: Open Graph, article:*, canonical link, `time`. */
export function readMeta(tree: Root): ArticleMeta {
  const content = (selector: string) => {
    const value = select(selector, tree)?.properties.content
    return typeof value === 'string' && value.trim() ? value.trim() : undefined
  }
  const time = select('time[pubdate][datetime], article time[datetime], .published time[datetime]', tree)
  const canonical = select('link[rel~="canonical"]', tree)?.properties.href
  const meta: ArticleMeta = {
    // The reader replaces this with the headline it finds; a page's first h1 may be its logo.
    title: content('meta[property="og:title"]') ?? text(select('title', tree)),
    site: content('meta[property="og:site_name"]') ?? content('meta[name="application-name"]'),
    url: (typeof canonical === 'string' ? canonical : undefined) ?? content('meta[property="og:url"]'),
    section: content('meta[property="article:section"]'),
    byline: content('meta[name="author"]') ?? content('meta[property="article:author"]'),
    published:
      content('meta[property="article:published_time"]') ??
      content('meta[name="parsely-pub-date"]') ??
      (typeof time?.properties.dateTime === 'string' ? time.properties.dateTime : undefined),
    updated: content('meta[property="article:modified_time"]')
  }
  for (const key of Object.keys(meta) as Array<keyof ArticleMeta>) if (meta[key] === undefined) delete meta[key]
  return meta
}

function clean(element: Element): string {
  return hastToString(element).replace(/\s+/g, ' ').trim()
}

function text(element: Element | undefined): string | undefined {
  return element ? clean(element) || undefined : undefined
}
