import {blockTexts, isBodyBlock, linkedLength} from './draft.js'
import type {Draft} from './draft.js'
import type {Reporter} from './text/read-text.js'

/** Characters of article text (below the headline) under which a page is read as having none of its own. */
const noBody = 150

/**
 * A page whose article is not in its markup — rendered by a script, a stub,
 * a paywall's teaser — would give a reader a headline and nothing: the
 * publisher's own summary of it is read under the headline instead, as its
 * deck, when it says more than the page does. Decided once the furniture is
 * pruned: a paywall's pitch or a box of the most read is the page's text, not
 * the article's.
 */
export function summaryForBody(draft: Draft, report: Reporter): void {
  const deck = draft.summary
  if (!deck) return
  // The article's own text: paragraphs (a deck already read among them), subheads, lists and quotes.
  const texts = draft.blocks.filter(isBodyBlock).flatMap(blockTexts)
  const own = texts.map((text) => text.text.value).join(' ')
  // Linked text is other pages' titles (a list of the most read kept as a list), not the article's.
  const unlinked = texts.reduce((sum, text) => sum + text.text.value.length - linkedLength(text), 0)
  const summary = deck.content.text.value
  if (unlinked >= noBody || summary.length <= unlinked || own.includes(summary)) return
  const at = draft.blocks.findIndex((block) => block.type === 'heading' && block.depth === 1) + 1
  draft.blocks.splice(at, 0, {type: 'paragraph', content: deck.content, deck: true})
  const start = deck.content.text.starts[0] ?? 0
  const end = deck.content.text.ends.at(-1) ?? start
  report('summary-as-body', `The page holds almost no article text of its own (${unlinked} characters out of links); read its summary (${deck.from}) under the headline`, start, end)
}
