/**
 * Where a scraped page's article ends. The body is one run of prose; after it
 * come the page's tail — tags, share rows, an author's box, comment forms,
 * teasers of other articles — whose labels the furniture rules may not know,
 * and among which stand sentence-shaped lines (a teaser's blurb, a comment, a
 * newsletter's pitch) that the classifier keeps. As body-text extraction does
 * with tags and words (Finn, Kushmerick and Smyth 2001), each block after the
 * headline is scored — a paragraph of prose by its words, a piece of furniture
 * or a short label against it — and the article ends where the best-scoring run
 * ends: it goes on past furniture only when more prose than that furniture
 * follows. What comes before that run is left to the head rules (headline,
 * deck, caption, byline and the article's first lines).
 */
import type {Draft, DraftBlock} from './draft.js'
import {chromeOf} from './draft.js'
import {isSentence, judged} from './boilerplate.js'
import {threadStart} from './comment-thread.js'
import {siteVoiceKind} from './language/pitches.js'
import {wordCount} from './language/words.js'
import type {Reporter} from './text/read-text.js'

/**
 * A piece of furniture weighs as much as a short paragraph of this many words:
 * one promo in mid-body is crossed by the paragraphs after it, a page's tail
 * of tags, share rows and labels is not crossed by a teaser's blurb.
 */
export const furnitureWeight = 15

/**
 * A piece of the site's own voice — a newsletter's pitch, a cookie banner, an
 * appeal for support, a paywall's notice, a disclosure (pitches.ts:
 * siteVoiceKind) — weighs as a paragraph of this many words, twice other
 * furniture: a page prints these after its articles more than inside them, and
 * the run crosses one in mid-body only with a paragraph or two after it.
 */
export const siteVoiceWeight = 30

/**
 * A short line that is neither a sentence nor a subhead — a tag, a name, a
 * link's title the smoothing kept — weighs against the run as a ten-word
 * sentence weighs for it: on a page's tail such lines are most of what is
 * left, in an article's body they are few and the prose around them outweighs them.
 */
export const labelWeight = 10

/**
 * A line of this many words or more that ends on a colon leads in to what
 * follows it — a list, a quotation, a link ("Here is what the crews will repair
 * first:") — and is weighed as the sentence it is: a flattened list's short
 * items after it weigh against the run, and the article's prose after them
 * carries it on only if the lead-in counts. Shorter ones are labels ("Read
 * more:", "Zum Thema:").
 */
export const leadInWords = 8

/**
 * A paragraph of this many words or fewer under a subhead, with a subhead or
 * furniture after it, is a blurb: a teaser's title and its line of text, a
 * pitch or a contact line under its heading. (An author's biography after
 * the article is author-bio.ts's, by its opening words and its place.)
 */
export const blurbWords = 40

/**
 * The blocks' weights for the run. A blurb weighs nothing: on a page's tail a
 * list of teasers is a row of titles each over a sentence or two, which by their
 * words would carry the run on through the list; inside the body the run crosses
 * it with the prose around it. At the text's very end nothing follows to be
 * mistaken for the article, and a last section is weighed as any paragraph.
 * (An article's last section of one short paragraph under its subhead, with the
 * share row after it, is left out with the tail: the cost, measured.)
 */
export function weights(blocks: DraftBlock[], lang?: string | undefined): number[] {
  return blocks.map((block, index) => {
    const own = weight(block, lang)
    if (block.type !== 'paragraph' || own <= 0 || own > blurbWords) return own
    const [before, after] = [blocks[index - 1], blocks[index + 1]]
    const underSubhead = before?.type === 'heading' && before.depth > 1
    const closed = after?.type === 'heading' || after?.type === 'chrome'
    return underSubhead && closed ? 0 : own
  })
}

/** The block's weight for the run: its words for a sentence or a long block; against it, furniture's and a label's. */
function weight(block: DraftBlock, lang: string | undefined): number {
  switch (block.type) {
    case 'chrome':
      // A short line the page prints twice weighs as the label it was before it was known for one:
      // inside a body such lines are a listing's or a slideshow's, and the prose around them outweighs them.
      if (block.kind === 'repeated') return -labelWeight
      return siteVoiceKind(block.label, lang) === undefined ? -furnitureWeight : -siteVoiceWeight
    case 'heading':
      // A subhead goes with the text after it: the run crosses it when that text is prose. Against it, it
      // weighs half a label: a teaser's title on the page's tail, with a line of blurb under it, is not crossed.
      return -labelWeight / 2
    case 'paragraph': {
      const text = block.content.text.value
      const words = wordCount(text)
      return isSentence(text, 3) || words >= 15 || (words >= leadInWords && leadInEnd.test(text)) ? words : -labelWeight
    }
    case 'list': {
      const words = block.items.reduce((total, item) => total + item.paragraphs.reduce((sum, paragraph) => sum + wordCount(paragraph.text.value), 0), 0)
      return words >= 15 ? words : -labelWeight
    }
    case 'blockquote':
      return block.paragraphs.reduce((total, paragraph) => total + wordCount(paragraph.text.value), 0)
    default:
      // Headline, byline, caption, dateline, credit: the reader's own decisions, neither prose nor furniture.
      return 0
  }
}

// A colon at the end, the Latin one or the full-width one of Chinese and Japanese.
const leadInEnd = /[:：]\s*$/u

/** The index of the last block of the best-scoring run (the maximum-sum subarray), or -1 when no block scores. */
export function runEnd(weights: number[]): number {
  let best = 0
  let end = -1
  let current = 0
  for (const [index, value] of weights.entries()) {
    current = Math.max(0, current) + value
    if (current > best) {
      best = current
      end = index
    }
  }
  return end
}

/**
 * Leave out, as chrome, the paragraphs, subheads and lists after the end of
 * the article's run of prose — the blocks the furniture classifier judges; a
 * credit there is kept, as it closes articles — each with an `after-article`
 * message; and from where a comment thread begins (comment-thread.ts), which
 * the run may cross, the same blocks as comments, each with a `comment-thread` message.
 */
export function cutAfterArticle(draft: Draft, report: Reporter): void {
  const weighed = weights(draft.blocks, draft.lang)
  const thread = threadStart(draft.blocks, weighed, draft.lang)
  // The comments' prose no longer carries the run: the article's ends where its own prose does.
  const end = runEnd(thread >= 0 ? weighed.slice(0, thread) : weighed)
  if (end < 0) return
  const cut = thread >= 0 ? Math.min(end + 1, thread) : end + 1
  for (let index = cut; index < draft.blocks.length; index++) {
    const block = draft.blocks[index] as DraftBlock
    // A picture's caption there is a teaser's or an advert's: what follows the article goes with its pictures.
    const texts = block.type === 'figure' ? (block.caption ? [block.caption] : undefined) : judged(block)
    if (!texts || texts.length === 0) continue
    const comments = thread >= 0 && index >= thread
    const chrome = chromeOf(texts, comments ? 'comments' : 'other')
    draft.blocks[index] = chrome
    if (comments) report('comment-thread', `Left out a ${block.type} of the comments after the article: “${chrome.label.slice(0, 60)}”`, chrome.start, chrome.end)
    else report('after-article', `Left out a ${block.type} after the end of the article's prose, past page furniture: “${chrome.label.slice(0, 60)}”`, chrome.start, chrome.end)
  }
}
