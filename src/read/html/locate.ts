import type {Element, Root} from 'hast'
import {select, selectAll} from 'hast-util-select'
import {toString as hastToString} from 'hast-util-to-string'
import type {Reporter} from '../text/read-text.js'

/**
 * Containers that hold the article on most news sites, best first. Pangea (RFE/RL,
 * VOA) uses `#content` around the headline, figure and `.wsw` body.
 */
const containers = [
  'article',
  'main',
  '[role="main"]',
  '#content',
  '#article',
  '.article',
  '.article-body',
  '.story',
  '.story-body',
  '.post',
  '.entry-content',
  '.content'
]

/**
 * The element that holds the article. A known container that has paragraphs
 * of text wins; otherwise the element whose own paragraphs hold the most text
 * (link text discounted) — the core of Readability's scoring, over hast.
 */
export function locateArticle(tree: Root, report: Reporter): Element | Root {
  for (const selector of containers) {
    for (const candidate of selectAll(selector, tree)) {
      if (paragraphText(candidate) >= 80) return candidate
    }
  }
  let best: Element | undefined
  let bestScore = 0
  for (const element of selectAll('body *', tree)) {
    // A heading holding paragraphs is an unclosed tag, not the article.
    if (/^h[1-6]$/.test(element.tagName)) continue
    const score = ownParagraphScore(element)
    if (score > bestScore) {
      best = element
      bestScore = score
    }
  }
  const body = select('body', tree)
  const chosen = best ?? body ?? tree
  if (chosen !== tree) {
    const start = chosen.position?.start.offset ?? 0
    report(
      'article-scored',
      `No article container found; took the <${(chosen as Element).tagName}> with the most paragraph text`,
      start,
      start
    )
  }
  return chosen
}

function paragraphText(element: Element): number {
  return selectAll('p', element).reduce((total, p) => total + hastToString(p).trim().length, 0)
}

/** Text in an element's direct paragraphs, less the text of their links. */
function ownParagraphScore(element: Element): number {
  let score = 0
  for (const child of element.children) {
    if (child.type !== 'element' || (child.tagName !== 'p' && child.tagName !== 'pre')) continue
    const text = hastToString(child).trim().length
    const links = selectAll('a', child).reduce((total, a) => total + hastToString(a).length, 0)
    const own = text - links
    if (own > 0) score += own + (own > 80 ? 25 : 0) + (hastToString(child).split(',').length - 1)
  }
  return score
}
