/**
 * An author's biography after the article ("Leah C. Stokes is an assistant
 * professor of political science …", "Inga Buller ist Head of Social &
 * Community bei CHIP."): a site's box about its writer, which the markup does
 * not always name and scraped text never does. It reads as prose, so the
 * classifier keeps it; what gives it away is its opening (a name or "the
 * author", a verb, a role: bio-words.ts) and its place — after the body's last
 * paragraph, with nothing but furniture and short lines after it.
 */
import type {Draft, DraftBlock} from './draft.js'
import {chromeOf} from './draft.js'
import {isAuthorBio} from './language/bio-words.js'
import {wordCount} from './language/words.js'
import type {Reporter} from './text/read-text.js'

// A paragraph this long, not a biography, is the body's: the search for biographies stops there.
const bodyParagraphWords = 15

/**
 * Turn the biographies that close the draft into chrome `author-box`, each with
 * an `author-bio` message: walking back from the end past furniture, pictures,
 * credits, subheads and short paragraphs, up to the first paragraph of the
 * body (or a list, a quotation).
 */
export function leaveOutAuthorBios(draft: Draft, stopwords: Set<string> | undefined, report: Reporter): void {
  for (let index = draft.blocks.length - 1; index >= 0; index--) {
    const block = draft.blocks[index] as DraftBlock
    if (block.type === 'list' || block.type === 'blockquote') return
    if (block.type !== 'paragraph' || block.deck) continue
    const text = block.content.text.value
    if (isAuthorBio(text, draft.lang, stopwords)) {
      const chrome = chromeOf([block.content], 'author-box')
      draft.blocks[index] = chrome
      report('author-bio', `Left out the author's biography after the article: “${chrome.label.slice(0, 60)}”`, chrome.start, chrome.end)
    } else if (wordCount(text) >= bodyParagraphWords) {
      return
    }
  }
}
