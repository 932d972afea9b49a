/**
 * A picture's credit with no picture: a caption that is only the credit
 * ("Foto: dpa", "(Image credit: Getty)", "Photo by Jane Doe on Unsplash"), of
 * a figure with no image and no alt text. A scrape keeps such a line where the
 * picture was; a page prints one where its picture did not load. Nothing in
 * the article then shows or describes a picture, so the credit credits
 * nothing: a listener hears it as a stray line between two paragraphs, a
 * braille reader reads it as one. It is left out as furniture (`other`) — not
 * as `copyright`, the article's own notice, which braille keeps in place and on
 * its title page. A caption that says what the picture shows keeps its
 * credit, and so does a picture the page shows: its credit printed under it
 * ("<img …><p>Foto: dpa</p>") stays with it.
 */
import type {Draft, DraftBlock} from './draft.js'
import {chromeOf} from './draft.js'
import {isBareCredit} from './language/picture-credits.js'
import type {Reporter} from './text/read-text.js'

/** Turn each credit that stands for no picture into chrome `other`, with a `picture-credit` message. */
export function leaveOutBareCredits(draft: Draft, report: Reporter): void {
  draft.blocks = draft.blocks.map((block, index): DraftBlock => {
    if (block.type !== 'figure' || block.src || block.alt || !block.caption || !isBareCredit(block.caption.text.value, draft.lang)) return block
    const above = draft.blocks[index - 1]
    if (above?.type === 'figure' && above.src) return block
    const chrome = {...chromeOf([block.caption], 'other'), start: block.start, end: block.end}
    report('picture-credit', `Left out a picture's credit with no picture to go with: “${chrome.label.slice(0, 60)}”`, chrome.start, chrome.end)
    return chrome
  })
}
