/**
 * Where a scraped page's comments begin. Readers' comments are prose, often
 * long: weighed by their words they carry the article's run (article-end.ts)
 * on through a whole thread, and a listener would hear every comment as the
 * article's. But a thread has a shape no article body has: one dated line per
 * comment ("23. Juni 2016 um 17:21 Uhr", "Rebel Raime July 25, 2015 at 7:01
 * pm"), and the marks of the comment plugin beside them — the reply button,
 * the name with its verb ("Rafael sagt:"). Where, after the article's first
 * prose, dated lines follow one another with such marks among them, the
 * comments begin.
 */
import type {DraftBlock, DraftText} from './draft.js'
import {blockTexts} from './draft.js'
import {isTimestamp} from './language/date-lines.js'
import {marksComment} from './language/comment-words.js'
import {wordCount} from './language/words.js'

/**
 * A thread is this many dated lines at least: one or two are a post's own
 * (published, updated); teasers of other posts have them too, but not a
 * comment plugin's marks.
 */
export const threadStamps = 3

/** And this many of the plugin's marks (reply buttons, "… says:" lines) among them. */
export const threadMarks = 2

/**
 * The article has this many words of prose before its comments: a dated line
 * above them is the post's own (under its headline), a live blog's entries
 * open its body.
 */
export const articleWords = 100

// A comment's header above its dated line — the commenter's name or the comment's title, "Rafael sagt:" — is a line or two of a few words.
const headerWords = 3
const headerBlocks = 2

/** A block's text when it is one line of text: a piece of furniture's label, a paragraph's, a heading's, a caption's (blockTexts). */
function lineOf(block: DraftBlock): string {
  if (block.type === 'chrome') return block.label
  const texts = blockTexts(block)
  return texts.length === 1 ? (texts[0] as DraftText).text.value : ''
}

/**
 * The index of the first block of the page's comment thread — the header
 * of its first comment, or its dated line — or -1 when the page has none:
 * `weights` are the blocks' weights for the article's run (prose positive).
 * The first comment is the first dated line with a mark of its own (in its
 * header or before the next dated line): the post's own dated line at its
 * foot and the teasers' before the thread have none.
 */
export function threadStart(blocks: DraftBlock[], weights: number[], lang: string | undefined): number {
  const lines = blocks.map(lineOf)
  const dated = lines.map((line) => line !== '' && isTimestamp(line, lang))
  const stamps = dated.flatMap((stamp, index) => (stamp ? [index] : []))
  if (stamps.length < threadStamps) return -1
  const marked = lines.map((line, index) => line !== '' && marksComment(line, lang, dated[index] === true))
  const marks = marked.flatMap((mark, index) => (mark ? [index] : []))
  if (marks.length < threadMarks) return -1
  // The article's prose before each block.
  const prose: number[] = []
  let words = 0
  for (const weight of weights) {
    prose.push(words)
    if (weight > 0) words += weight
  }
  // Both lists are in the page's order: one pointer into the marks, moved on as the stamps are, keeps this linear.
  let first = 0
  for (const [order, stamp] of stamps.entries()) {
    if (stamps.length - order < threadStamps) break
    if ((prose[stamp] as number) < articleWords) continue
    const from = Math.max(0, stamp - headerBlocks)
    while (first < marks.length && (marks[first] as number) < from) first++
    const next = stamps[order + 1] ?? blocks.length
    const own = first < marks.length && (marks[first] as number) < next
    if (own && marks.length - first >= threadMarks) return headerOf(blocks, lines, marked, weights, stamp)
  }
  return -1
}

/**
 * Back from a comment's dated line over its header: a mark ("Rafael sagt:"),
 * or a short line that is not prose and labels nothing (a name, a title:
 * "Robert Cline SR", "Ein Missverständnis"; not "Nachhaltigkeit : Nachwachsender Rohstoff").
 */
function headerOf(blocks: DraftBlock[], lines: string[], marked: boolean[], weights: number[], stamp: number): number {
  let start = stamp
  while (start > 0 && stamp - start < headerBlocks) {
    const before = blocks[start - 1] as DraftBlock
    const line = lines[start - 1] as string
    const named = line !== '' && (weights[start - 1] as number) <= 0 && wordCount(line) <= headerWords && !line.includes(':') && !(before.type === 'paragraph' && before.deck)
    if (!marked[start - 1] && !named) break
    start--
  }
  return start
}
