/**
 * A page may declare its article's text in JSON-LD (`articleBody`) while its
 * markup holds little of it: the article rendered by a script from data, or
 * behind a paywall's offers, or cut to a teaser. Then what the reader found
 * is the page's furniture, and the text the publisher declares is the article.
 */
import type {Draft, DraftBlock} from './draft.js'
import {blockTexts, chromeOf, isBodyBlock, plain} from './draft.js'
import {slice} from './source-text.js'
import {wordsOf} from './language/words.js'
import type {Reporter} from './text/read-text.js'

/** A declared body shorter than this is a summary, not the article. */
const minimumBody = 500

/** Under this share of the declared body's words found in what the reader kept, the page did not print its article. */
const printedShare = 0.5

/** Blocks of the article's body: what the declared body stands in for (a deck is the reader's own decision, and stays). */
function isBody(block: DraftBlock): boolean {
  return isBodyBlock(block) && !(block.type === 'paragraph' && block.deck)
}

/**
 * Read the publisher's declared body in place of the body the reader found,
 * when that holds under half of the declared body's words and less text: the
 * blocks found become chrome (each reported), the declared paragraphs (its
 * lines) take their place, positioned at the JSON-LD script. Decided once the
 * furniture is pruned.
 */
export function declaredBodyForBody(draft: Draft, report: Reporter): void {
  const declared = draft.articleBody
  if (!declared || declared.text.value.length < minimumBody) return
  const found = draft.blocks.filter(isBody)
  const foundText = found.flatMap(blockTexts).map((text) => text.text.value).join(' ')
  if (foundText.length >= declared.text.value.length) return
  const foundWords = new Set(wordsOf(foundText))
  const words = wordsOf(declared.text.value)
  const printed = words.filter((word) => foundWords.has(word)).length
  if (printed >= words.length * printedShare) return

  let at = -1
  for (const [index, block] of draft.blocks.entries()) {
    if (!isBody(block)) continue
    at = at === -1 ? index : at
    const chrome = chromeOf(blockTexts(block), 'other')
    draft.blocks[index] = chrome
    report('chrome-other', `Left out a ${block.type} the page prints in place of the article it declares: “${chrome.label.slice(0, 60)}”`, chrome.start, chrome.end)
  }
  // Where the body began; without one, under the headline, byline and deck.
  if (at === -1) at = lastHeadBlock(draft.blocks) + 1
  const paragraphs: DraftBlock[] = []
  const value = declared.text.value
  for (const match of value.matchAll(/[^\n]+/g)) {
    const line = match[0]
    const start = match.index + (line.length - line.trimStart().length)
    const end = match.index + line.trimEnd().length
    if (end > start) paragraphs.push({type: 'paragraph', content: plain(slice(declared.text, start, end))})
  }
  draft.blocks.splice(at, 0, ...paragraphs)
  const start = declared.text.starts[0] ?? 0
  report(
    'body-declared',
    `The page prints ${printed} of the ${words.length} words of the article it declares in JSON-LD (articleBody): read that as the body (${paragraphs.length} ${paragraphs.length === 1 ? 'paragraph' : 'paragraphs'})`,
    start,
    declared.text.ends.at(-1) ?? start
  )
}

/** The last of the blocks that open an article (headline, byline, dateline, deck, picture) before anything else, or -1. */
function lastHeadBlock(blocks: DraftBlock[]): number {
  let last = -1
  for (const [index, block] of blocks.entries()) {
    if (block.type === 'chrome') continue
    if ((block.type === 'heading' && block.depth === 1) || block.type === 'byline' || block.type === 'dateline' || block.type === 'figure' || (block.type === 'paragraph' && block.deck)) last = index
    else break
  }
  return last
}
