import type {Element} from 'hast'
import {select} from 'hast-util-select'

/**
 * What the words in an element's class and id say about it, on any site. The
 * lists are data: a word is matched anywhere in the class or id
 * (`recipe-comments`, `registrationModal`), case-insensitively.
 */

/** Words of page furniture: such an element never holds the article. */
export const furnitureWords = [
  'banner', 'breadcrumb', 'combx', 'community', 'cookie', 'consent', 'disqus', 'flyout', 'footer',
  'gdpr', 'login', 'menu', 'modal', 'newsletter', 'pager', 'pagination', 'popup', 'related', 'remark',
  'replies', 'comment', 'shoutbox', 'sidebar', 'skyscraper', 'social', 'sponsor', 'subscribe', 'signup'
]

/** Words of an article's own containers: they outweigh a furniture word beside them (`post-sidebar-content`). */
export const articleWords = ['article', 'body', 'content', 'entry', 'main', 'post', 'story', 'text']

/** Furniture words that win even beside an article word: a comment's body is still a comment. */
export const decisiveWords = ['comment', 'disqus', 'replies', 'modal', 'popup', 'cookie', 'consent', 'login', 'newsletter']

const pattern = (words: string[]) => new RegExp(words.join('|'), 'i')
const furniture = pattern(furnitureWords)
const article = pattern(articleWords)
const decisive = pattern(decisiveWords)

/** An element's class and id, as one string. */
function names(element: Element): string {
  const className = element.properties.className
  const classes = Array.isArray(className) ? className.join(' ') : typeof className === 'string' ? className : ''
  const id = typeof element.properties.id === 'string' ? element.properties.id : ''
  return `${classes} ${id}`
}

/**
 * What an element's class or id names it: `furniture` (a sidebar, a menu: not
 * itself the article, though a layout may wrap the article in it), `enclosure`
 * (comments, a modal, a cookie notice: nothing inside is the article), or
 * nothing.
 */
export function namedAs(element: Element): 'furniture' | 'enclosure' | undefined {
  if (element.tagName === 'body' || element.tagName === 'html') return undefined
  const words = names(element)
  if (!furniture.test(words)) return undefined
  // Comments and sidebars never hold the page's headline: an element that does is
  // the article, whatever its classes say (WordPress marks posts `comments-open`).
  if (select('h1', element)) return undefined
  if (decisive.test(words)) return 'enclosure'
  return article.test(words) ? undefined : 'furniture'
}
