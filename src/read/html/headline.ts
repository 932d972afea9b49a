import type {Element, Root} from 'hast'
import {select, selectAll} from 'hast-util-select'
import {toString as hastToString} from 'hast-util-to-string'
import {jsonLdString} from './json-ld.js'
import {elementsNamed} from './elements.js'

/**
 * The page's headline element, chosen among candidates as a reader would: the
 * title the publisher gave the article (JSON-LD `headline`, `og:title`,
 * `<title>`) said again by a heading is the headline, wherever that heading is
 * and whatever its level; otherwise the article container's `h1`, then the
 * page's. `undefined` when no heading will do; then the `<title>` element is
 * the headline (see `titleHeadline`).
 */
export function findHeadline(tree: Root, container: Element | Root, titles: string[]): Element | undefined {
  const wanted = titles.map(normal).filter((title) => title.length >= minimumLength)
  if (wanted.length > 0) {
    for (const scope of container === tree ? [tree] : [container, tree]) {
      const headings = scope.type === 'root' ? elementsNamed(scope, 'h1', 'h2', 'h3') : selectAll('h1, h2, h3', scope)
      const match = headings.find((heading) => {
        const text = normal(hastToString(heading))
        return text.length >= minimumLength && wanted.some((title) => title === text || title.startsWith(text) || text.startsWith(title))
      })
      if (match) return match
    }
  }
  return select('h1', container) ?? select('h1', tree)
}

/** The shortest heading text that can be matched against a title: shorter ones (“News”) say nothing. */
const minimumLength = 12

function normal(text: string): string {
  return text.replace(/\s+/g, ' ').trim().toLowerCase()
}

/**
 * Where the article's own title ends in a `<title>`: sites add their name after
 * a separator (“Harbour reopens | Coast Weekly”). The characters to keep, or
 * the whole title when no part is clearly the headline.
 */
export function titleExtent(title: string): {start: number; end: number} {
  const parts: Array<{start: number; end: number}> = []
  let start = 0
  for (const match of title.matchAll(separators)) {
    parts.push({start, end: match.index})
    start = match.index + match[0].length
  }
  parts.push({start, end: title.length})
  // The longest part is the headline: a site's name is shorter than its articles' titles.
  return parts.reduce((best, part) => (part.end - part.start > best.end - best.start ? part : best))
}

/** Separators between a headline and a site's name in `<title>`, with spaces around them. */
const separators = /\s+[|–—:·•»-]\s+|\s+::\s+/gu

/** The headline the publisher declared in JSON-LD (`headline` of an article, also in `@graph`). */
export function jsonLdHeadline(tree: Root): string | undefined {
  return jsonLdString(tree, 'headline')?.value
}
