/**
 * A picture's caption that is only its credit ("Foto: dpa", "(Image credit:
 * Getty)", "Photo by Jane Doe on Unsplash"). Read as a caption, it was said
 * as one — "Photo caption: Foto: dpa" — and brailled as one, though it says
 * nothing of the picture; with an alt text beside it, it was said instead of
 * the alt text. So it becomes the figure's `credit`, which HTML prints with the
 * picture and speech and braille leave out: for a figure with an image or an
 * alt text, and for a picture the page shows right above a credit printed
 * under it ("<img …><p>Foto: dpa</p>"). With no picture at all — a scrape
 * keeps the line where the picture was, a page prints it where its picture
 * did not load — it credits nothing and is left out as furniture (`other`; not
 * `copyright`, the article's own notice, which braille keeps in place and on
 * its title page). A caption that says what the picture shows keeps its
 * credit in it.
 */
import type {Draft, DraftBlock} from './draft.js'
import {chromeOf} from './draft.js'
import {isBareCredit} from './language/picture-credits.js'
import type {Reporter} from './text/read-text.js'

type FigureBlock = Extract<DraftBlock, {type: 'figure'}>

/** Take each caption that is only a credit for its picture's credit, or leave it out where there is no picture. */
export function leaveOutBareCredits(draft: Draft, report: Reporter): void {
  const blocks: DraftBlock[] = []
  for (const block of draft.blocks) {
    if (block.type !== 'figure' || !block.caption || !isBareCredit(block.caption.text.value, draft.lang)) {
      blocks.push(block)
      continue
    }
    const credit = block.caption.text.value
    const above = blocks.at(-1)
    if (shows(block)) {
      blocks.push({...block, caption: undefined, credit})
      report('picture-credit', `Took the caption for the picture's credit, which says nothing of it: “${credit.slice(0, 60)}”`, block.start, block.end)
    } else if (above?.type === 'figure' && shows(above) && above.credit === undefined) {
      blocks[blocks.length - 1] = {...above, credit}
      report('picture-credit', `Took this line for the credit of the picture above it: “${credit.slice(0, 60)}”`, block.start, block.end)
    } else {
      const chrome = {...chromeOf([block.caption], 'other'), start: block.start, end: block.end}
      blocks.push(chrome)
      report('picture-credit', `Left out a picture's credit with no picture to go with: “${chrome.label.slice(0, 60)}”`, chrome.start, chrome.end)
    }
  }
  draft.blocks = blocks
}

/** Whether a figure holds a picture: an image, or an alt text that says what one shows. */
function shows(figure: FigureBlock): boolean {
  return Boolean(figure.src || figure.alt)
}
