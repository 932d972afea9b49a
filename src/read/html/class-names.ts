import type {Element} from 'hast'
import {select} from 'hast-util-select'
import type {ChromeKind} from '../../model/types.js'

/**
 * What the words in an element's class and id say about it, on any site. The
 * lists are data: a word is matched anywhere in the class or id
 * (`recipe-comments`, `registrationModal`), case-insensitively.
 */

/** Words of page furniture, with the kind of chrome each names: such an element never holds the article. */
export const furnitureWords: Record<string, ChromeKind> = {
  comment: 'comments', disqus: 'comments', replies: 'comments', remark: 'comments', community: 'comments', shoutbox: 'comments',
  newsletter: 'newsletter', subscribe: 'newsletter', signup: 'newsletter',
  cookie: 'cookie-notice', consent: 'cookie-notice', gdpr: 'cookie-notice',
  menu: 'navigation', breadcrumb: 'navigation', pager: 'navigation', pagination: 'navigation',
  related: 'related', social: 'share',
  banner: 'promo', sponsor: 'promo', skyscraper: 'promo',
  sidebar: 'other', aside: 'other', footer: 'other', flyout: 'other', modal: 'other', popup: 'other', login: 'other', combx: 'other'
}

/** Words of an article's own containers: they outweigh a furniture word beside them (`post-sidebar-content`). */
export const articleWords = ['article', 'body', 'content', 'entry', 'main', 'post', 'story', 'text']

/** Furniture words that win even beside an article word: a comment's body is still a comment. */
export const decisiveWords = ['comment', 'disqus', 'replies', 'modal', 'popup', 'cookie', 'consent', 'login', 'newsletter']

/**
 * Words that hold a furniture word but name the article or its writer: an
 * opinion piece's `commentary` class is not comments. Taken out of the class
 * and id before the furniture words are looked for.
 */
export const articleGenreWords = ['commentary', 'commentaries', 'commentator']

const genre = new RegExp(articleGenreWords.join('|'), 'gi')
const pattern = (words: string[]) => new RegExp(words.join('|'), 'i')
const furniture = pattern(Object.keys(furnitureWords))
const article = pattern(articleWords)
const decisive = pattern(decisiveWords)

/** An element's class and id, as one string. */
function names(element: Element): string {
  const className = element.properties.className
  const classes = Array.isArray(className) ? className.join(' ') : typeof className === 'string' ? className : ''
  const id = typeof element.properties.id === 'string' ? element.properties.id : ''
  return `${classes} ${id}`.replace(genre, ' ')
}

/**
 * What an element's class or id names it: `furniture` (a sidebar, a menu: not
 * itself the article, though a layout may wrap the article in it) or
 * `enclosure` (comments, a modal, a cookie notice: nothing inside is the
 * article), with the kind of chrome it is; or nothing.
 */
export function namedAs(element: Element): NamedAs | undefined {
  // Asked of each element by the container search, the paragraph counts and the walk: answered once.
  if (named.has(element)) return named.get(element)
  const answer = nameOf(element)
  named.set(element, answer)
  return answer
}

type NamedAs = {as: 'furniture' | 'enclosure'; kind: ChromeKind}
const named = new WeakMap<Element, NamedAs | undefined>()

function nameOf(element: Element): NamedAs | undefined {
  if (element.tagName === 'body' || element.tagName === 'html') return undefined
  const words = names(element)
  const found = furniture.exec(words)
  if (!found) return undefined
  // Comments and sidebars never hold the page's headline: an element that does is
  // the article, whatever its classes say (WordPress marks posts `comments-open`).
  if (select('h1', element)) return undefined
  const kind = furnitureWords[found[0].toLowerCase()] ?? 'other'
  if (decisive.test(words)) return {as: 'enclosure', kind}
  return article.test(words) ? undefined : {as: 'furniture', kind}
}

/**
 * Classes that hide text from the eye and leave it to screen readers — the
 * names of the CSS frameworks' and CMS themes' helpers (Bootstrap, WordPress,
 * Drupal, the BBC's GEL, the Guardian's Source).
 */
export const screenReaderOnlyClasses = new Set([
  'visually-hidden', 'visuallyhidden', 'sr-only', 'screen-reader-text', 'screen-reader-only', 'element-invisible',
  'u-visually-hidden', 'is-visually-hidden', 'a11y-hidden', 'offscreen', 'hidden-visually', 'vh'
])

/** Whether an element carries one of the screen-reader-only classes. */
export function isScreenReaderOnly(node: Element): boolean {
  const classes = node.properties.className
  return Array.isArray(classes) && classes.some((name) => screenReaderOnlyClasses.has(String(name).toLowerCase()))
}
