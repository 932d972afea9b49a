import type {Element, Root} from 'hast'
import {select} from 'hast-util-select'
import {elementsNamed} from './elements.js'
import {toString as hastToString} from 'hast-util-to-string'
import type {ArticleMeta} from '../../model/types.js'
import {safeUrl} from '../../model/url.js'

/** The page's own summary of the article: `og:description`, else the `description` meta; with the element that gives it. */
export function readSummary(tree: Root): {value: string; element: Element} | undefined {
  const {named} = headElements(tree)
  for (const key of ['og:description', 'description']) {
    const element = named.get(key)
    const value = element?.properties.content
    if (element && typeof value === 'string' && value.trim()) return {value: value.replace(/\s+/g, ' ').trim(), element}
  }
  return undefined
}

/** Article metadata from the page's head: Open Graph, article:*, canonical link, `time`. */
export function readMeta(tree: Root): ArticleMeta {
  const {named, canonical, title} = headElements(tree)
  const content = (key: string) => {
    const value = named.get(key)?.properties.content
    return typeof value === 'string' && value.trim() ? value.trim() : undefined
  }
  // Most pages have no <time> at all: the selector's walk of the whole page only for one that has.
  const time = elementsNamed(tree, 'time').length > 0 ? select('time[pubdate][datetime], article time[datetime], .published time[datetime]', tree) : undefined
  const meta: ArticleMeta = {
    // The reader replaces this with the headline it finds; a page's first h1 may be its logo.
    title: content('og:title') ?? text(title),
    site: content('og:site_name') ?? content('application-name'),
    // The page's own address is an absolute http(s) URL or none: it goes into the PEF's dc:source and resolves links.
    url: pageUrl(canonical) ?? pageUrl(content('og:url')),
    section: content('article:section'),
    byline: content('author') ?? content('article:author'),
    published:
      content('article:published_time') ??
      content('parsely-pub-date') ??
      (typeof time?.properties.dateTime === 'string' ? time.properties.dateTime : undefined),
    updated: content('article:modified_time')
  }
  for (const key of Object.keys(meta) as Array<keyof ArticleMeta>) if (meta[key] === undefined) delete meta[key]
  return meta
}

/**
 * The first `<meta>` of each `property` or `name`, the first canonical link and
 * the first `<title>`, from the page's elements by tag (elements.ts, walked once
 * per page): a selector per field walked a large page a dozen times.
 */
function headElements(tree: Root): {named: Map<string, Element>; canonical: string | undefined; title: Element | undefined} {
  const named = new Map<string, Element>()
  for (const meta of elementsNamed(tree, 'meta')) {
    for (const key of [meta.properties.property, meta.properties.name]) {
      if (typeof key === 'string' && !named.has(key)) named.set(key, meta)
    }
  }
  const canonicalLink = elementsNamed(tree, 'link').find(({properties: {rel, href}}) => Array.isArray(rel) && rel.includes('canonical') && typeof href === 'string')
  const canonical = canonicalLink?.properties.href as string | undefined
  return {named, canonical, title: elementsNamed(tree, 'title')[0]}
}

function clean(element: Element): string {
  return hastToString(element).replace(/\s+/g, ' ').trim()
}

function text(element: Element | undefined): string | undefined {
  return element ? clean(element) || undefined : undefined
}

function pageUrl(value: string | undefined): string | undefined {
  const url = safeUrl(value)
  return url !== undefined && /^https?:\/\//i.test(url) && URL.canParse(url) ? url : undefined
}
