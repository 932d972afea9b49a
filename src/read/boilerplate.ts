/**
 * Page furniture told from article text by features that hold on any site and
 * in any language — the idea of jusText (Pomikálek 2011): a block of running
 * prose is long and dense in the language's stop words; menus, share rows,
 * "more videos" lists, comment forms and footers are short, link-heavy or
 * poor in stop words. Short blocks take their class from their neighbours.
 */
import type {Draft, DraftBlock, DraftText} from './draft.js'
import {chromeOf, linkedLength} from './draft.js'
import type {Reporter} from './text/read-text.js'
import {sentenceTerminals} from './language/sentence-data.js'
import {wordCount} from './language/words.js'

export type BlockClass = 'good' | 'bad'
type Initial = 'good' | 'neargood' | 'short' | 'bad'

/** What the classifier needs to know of a block. */
export interface BlockFeatures {
  text: string
  /** Share of the text inside links (HTML), 0 to 1. */
  linkDensity?: number | undefined
}

/**
 * The thresholds, jusText's defaults: a block under `lengthLow` characters is
 * short; over `lengthHigh` with stop words at `stopwordsHigh` or more it is
 * good; a link density over `maxLinkDensity` makes it bad. Without a stop-word
 * list for the language, length and links decide alone.
 */
export const thresholds = {lengthLow: 70, lengthHigh: 200, stopwordsLow: 0.3, stopwordsHigh: 0.32, maxLinkDensity: 0.5}

// Characters of judged text below which a draft is not pruned.
const minimumText = 600

const wordPattern = /[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu

function initialClass(block: BlockFeatures, stopwords: Set<string> | undefined, lenient = false): Initial {
  const text = block.text.trim()
  const links = block.linkDensity ?? 0
  // Inside an article container a sentence of ten words or more that is not all link is the article's,
  // however much of it links on (a clause linked to an earlier story): link rows and teaser titles do not end as sentences.
  if (links > thresholds.maxLinkDensity) return lenient && links < 0.95 && isSentence(text, 10) ? 'neargood' : 'bad'
  if (text.length < thresholds.lengthLow) return links > 0.5 ? 'bad' : 'short'
  // Words and stop words counted as the pattern steps through the text, no list of them made.
  const lower = text.toLowerCase()
  let wordTotal = 0
  let stops = 0
  wordPattern.lastIndex = 0
  for (let match = wordPattern.exec(lower); match !== null; match = wordPattern.exec(lower)) {
    wordTotal++
    if (stopwords?.has(match[0])) stops++
  }
  const density = stopwords && wordTotal > 0 ? stops / wordTotal : undefined
  const [low, high] = density === undefined ? [0, 0] : [thresholds.stopwordsLow, thresholds.stopwordsHigh]
  const value = density ?? 0
  if (value >= high) return text.length > thresholds.lengthHigh ? 'good' : 'neargood'
  // A sentence of ten words or more, without links, is written text whatever its stop words: an
  // inflected language (Russian, Kazakh, Finnish) writes a news sentence with none. Its neighbours decide.
  return value >= low || lenient || (links === 0 && wordTotal >= 10 && sentenceEnd.test(text)) ? 'neargood' : 'bad'
}

// The end of a sentence in any script (the Latin full stop, the Devanagari and Bengali danda, the Arabic
// question mark, the CJK full stop, …: sentence-data.ts), closing quotes after it.
const sentenceEnd = new RegExp(`[.!?…${sentenceTerminals}]["”’»)」』]*$`, 'u')

/** Whether a block is running prose on its own, before its neighbours have their say: long and dense in stop words. */
export function isProse(block: BlockFeatures, stopwords: Set<string> | undefined): boolean {
  // Only a block longer than lengthHigh is good: a shorter one is not, without its words counted.
  return block.text.trim().length > thresholds.lengthHigh && initialClass(block, stopwords) === 'good'
}

/** A sentence, not a label: `minWords` words or more (four by default), ending as sentences end. */
export function isSentence(text: string, minWords = 4): boolean {
  const trimmed = text.trim()
  // Words as the segmenter counts them in a script without spaces: a line of Chinese is many words, not one.
  return sentenceEnd.test(trimmed) && wordCount(trimmed) >= minWords
}

/**
 * How far to trust where the blocks come from. `lenient`: they are the inside of
 * an article container chosen for its paragraph text (HTML), where a long block
 * poor in stop words is a list of specifications, code or ingredients more often
 * than furniture — only links and the neighbours make it bad. Text pages come
 * whole, and stop words are what tell their prose from their menus.
 */
export interface ClassifyOptions {
  lenient?: boolean
  /**
   * The judged blocks start under a headline the reader found (a text page): the
   * edge before the first of them is the article's opening, not the page's top,
   * so a near-good block there (a post's first paragraph, ending on a colon before
   * a quotation) is not condemned by the edge and the furniture after it.
   */
  openingIsArticle?: boolean
}

/** Classify a sequence of blocks, in reading order. */
export function classifyBlocks(blocks: BlockFeatures[], stopwords: Set<string> | undefined, options: ClassifyOptions = {}): BlockClass[] {
  const first = blocks.map((block) => initialClass(block, stopwords, options.lenient))
  // A short article may have no block long enough to be good: its near-good prose is then the best it has.
  const initial = first.includes('good') ? first : first.map((value) => (value === 'neargood' ? 'good' : value))
  // For each block, its nearest neighbour on each side that is not short (nor near-good,
  // for the first pair), or the edge of the text: one pass each way, so a page of
  // thousands of short lines is classified in linear time.
  const notShort = (value: Initial) => value !== 'short'
  const decided = (value: Initial) => value === 'good' || value === 'bad'
  const [decidedBefore, decidedAfter] = [nearest(initial, -1, decided), nearest(initial, 1, decided)]
  const [anyBefore, anyAfter] = [nearest(initial, -1, notShort), nearest(initial, 1, notShort)]
  // Short blocks first, against the good and bad around them. At the edge of the
  // text a short sentence (the last line of an article) goes with its other
  // neighbour; anything else short at an edge (a footer's links) is bad.
  const afterShort = initial.map((value, i): Initial => {
    if (value !== 'short') return value
    const sentence = isSentence((blocks[i] as BlockFeatures).text)
    const side = (found: Initial | 'edge', other: Initial | 'edge'): Initial =>
      found !== 'edge' ? found : sentence && other !== 'edge' ? other : 'bad'
    const before = decidedBefore[i] as Initial | 'edge'
    const after = decidedAfter[i] as Initial | 'edge'
    const previous = side(before, after)
    const next = side(after, before)
    if (previous === 'good' && next === 'good') return 'good'
    if (previous === 'bad' && next === 'bad') return 'bad'
    // Between good and bad: a sentence goes with the prose; otherwise good only if the bad side is really near-good text.
    if (sentence) return 'good'
    const nearPrevious = anyBefore[i] === 'neargood'
    const nearNext = anyAfter[i] === 'neargood'
    return (previous === 'bad' && nearPrevious) || (next === 'bad' && nearNext) ? 'good' : 'bad'
  })
  // Near-good: good unless bad (or the edge) on both sides. Inside a container,
  // a sentence of ten words before the first good block is the article's lead,
  // whatever lies around it (a picture's credit, a row of links).
  const [resolvedBefore, resolvedAfter] = [nearest(afterShort, -1, decided), nearest(afterShort, 1, decided)]
  // Inside a container the blocks are read in order: a near-good block right after one judged good (the
  // lead the rule above took, a list of key points under it) goes with it, whatever lies further on.
  const firstGood = afterShort.indexOf('good')
  const classes: BlockClass[] = []
  for (const [i, value] of afterShort.entries()) {
    if (value === 'good' || value === 'bad') {
      classes.push(value)
    } else if (options.lenient && i < firstGood && isSentence((blocks[i] as BlockFeatures).text, 10)) {
      classes.push('good')
    } else {
      const before = (options.lenient && classes[i - 1] === 'good') || (options.openingIsArticle && resolvedBefore[i] === 'edge') ? 'good' : resolvedBefore[i]
      classes.push(before !== 'good' && resolvedAfter[i] !== 'good' ? 'bad' : 'good')
    }
  }
  // And back: near-good blocks right before one judged good (the opening of a post above the paragraph
  // the lead rule took) go with it too. On a whole text page, menus' and teasers' lines are near-good.
  if (options.lenient) {
    for (let i = classes.length - 2; i >= 0; i--) {
      if (afterShort[i] === 'neargood' && classes[i + 1] === 'good') classes[i] = 'good'
    }
  }
  return classes
}

/** Whether a block's text is the page's summary (og:description), or its start: "…" may end a shortened one. */
function isSummary(text: string, summary: string | undefined): boolean {
  if (!summary) return false
  const own = text.replace(/\s+/g, ' ').trim()
  const given = summary.replace(/[.…]+$/u, '')
  return own.length >= 20 && (own === summary || own.startsWith(given) || given.startsWith(own))
}

/** For each index, the nearest other value in direction `step` that `accept` takes, or `edge`. */
function nearest(values: Initial[], step: -1 | 1, accept: (value: Initial) => boolean): Array<Initial | 'edge'> {
  const out = new Array<Initial | 'edge'>(values.length)
  let last: Initial | 'edge' = 'edge'
  for (let n = 0; n < values.length; n++) {
    const i = step === 1 ? values.length - 1 - n : n
    out[i] = last
    const value = values[i] as Initial
    if (accept(value)) last = value
  }
  return out
}

function features(content: DraftText): BlockFeatures {
  const length = content.text.value.length || 1
  return {text: content.text.value, linkDensity: Math.min(1, linkedLength(content) / length)}
}


/** The block's text, as one for the classifier: a list is one block (a menu is a list of links). */
export function judged(block: DraftBlock): DraftText[] | undefined {
  if (block.type === 'paragraph') return block.deck || block.attribution ? undefined : [block.content]
  if (block.type === 'heading' && block.depth > 1) return [block.content]
  if (block.type === 'list') return block.items.flatMap((item) => item.paragraphs)
  return undefined
}

// A sentence of this many words or more is one a page's furniture rarely prints alone.
const fullSentenceWords = 10

/** A full sentence: opening with a capital, `fullSentenceWords` words or more, ending as a sentence ends. */
function isFullSentence(block: BlockFeatures): boolean {
  return /^\p{Lu}/u.test(block.text) && isSentence(block.text, fullSentenceWords)
}

/**
 * Turn the draft's paragraphs, subheads and lists that read as page furniture
 * into chrome (kept in the tree, out of the article), each with a message.
 * Headline, byline, dateline, caption, quotes and credit are the readers' own
 * decisions and are left as they are. A subhead goes with the text after it: it
 * is kept when that text is.
 */
export function pruneBoilerplate(draft: Draft, stopwords: Set<string> | undefined, report: Reporter, options: ClassifyOptions = {}): void {
  const indexes: number[] = []
  const blocks: BlockFeatures[] = []
  // A table in scraped text: its draft index, and how many judged blocks come before it.
  const tables: Array<[index: number, at: number]> = []
  for (const [index, block] of draft.blocks.entries()) {
    const texts = judged(block)
    if (!texts || texts.length === 0) continue
    // Scraped text has no links to tell a table of data by, and its cells, judged as one text, read as
    // furniture (short, few stop words). It is not judged: it goes with the blocks around it.
    if (!options.lenient && block.type === 'list' && block.table) {
      tables.push([index, blocks.length])
      continue
    }
    if (block.type === 'list') {
      const all = texts.map(features)
      const length = all.reduce((total, item) => total + item.text.length, 0) || 1
      const linkDensity = all.reduce((total, item) => total + (item.linkDensity ?? 0) * item.text.length, 0) / length
      blocks.push({text: all.map((item) => item.text).join(' '), linkDensity})
    } else {
      blocks.push(features(texts[0] as DraftText))
    }
    indexes.push(index)
  }
  // Too little text to tell furniture from prose (a short notice, a fragment), or no
  // prose at all: leave it to the readers' own rules.
  if (blocks.reduce((total, block) => total + block.text.length, 0) < minimumText) return
  if (!blocks.some((block) => ['good', 'neargood'].includes(initialClass(block, stopwords)))) return
  const classes = classifyBlocks(blocks, stopwords, options)
  // The last block judged good: the article's prose goes on up to it (found once, so the loop stays linear).
  const lastGood = classes.lastIndexOf('good')
  for (let k = 0; k < indexes.length; k++) {
    const index = indexes[k] as number
    const block = draft.blocks[index] as DraftBlock
    let bad = classes[k] === 'bad'
    // A subhead goes with the text it heads; a heading that is a sentence of ten words (a lead or
    // deck set as <h2>) is text of its own, judged as a paragraph would be.
    if (block.type === 'heading' && !isSentence((blocks[k] as BlockFeatures).text, 10)) bad = classes[k + 1] !== 'good' || indexes[k + 1] === undefined
    // Inside an article container a data table (ingredients, specifications, results) is the article's
    // data, short cells and few stop words as it has: only links make it furniture (a table of the most read).
    // So is a list with no link at all (a recipe's servings and nutrition, key points): menus and teasers link.
    const links = (blocks[k] as BlockFeatures).linkDensity ?? 0
    if (options.lenient && block.type === 'list' && (block.table ? links <= thresholds.maxLinkDensity : links === 0)) bad = false
    // A full sentence of ten words or more, not furniture on its own, is not made furniture by its
    // neighbours: a deck between the headline and the byline, a paragraph between a picture's credit and
    // a share row, a sentence between two rows of links. The smoothing is for the short lines around it.
    // In scraped text that holds anywhere; inside an HTML container only while prose follows it — after
    // the article's last good block such a sentence is a promotion's or an author's line.
    if (bad && (!options.lenient || k < lastGood) && block.type === 'paragraph' && isFullSentence(blocks[k] as BlockFeatures) && initialClass(blocks[k] as BlockFeatures, stopwords) !== 'bad') bad = false
    if (!bad) continue
    const texts = judged(block) as DraftText[]
    // The publisher's own summary of the article, printed under the headline, is its deck, however short.
    if (block.type === 'paragraph' && isSummary((blocks[k] as BlockFeatures).text, draft.summary?.content.text.value)) continue
    const chrome = chromeOf(texts, 'other')
    draft.blocks[index] = chrome
    report('chrome-boilerplate', `Left out a ${block.type} that reads as page furniture (short, link-heavy or poor in stop words): “${chrome.label.slice(0, 60)}”`, chrome.start, chrome.end)
  }
  for (const [index, at] of tables) {
    if (classes[at - 1] === 'good' || classes[at] === 'good') continue
    const chrome = chromeOf(judged(draft.blocks[index] as DraftBlock) as DraftText[], 'other')
    draft.blocks[index] = chrome
    report('chrome-boilerplate', `Left out a table between blocks that read as page furniture: “${chrome.label.slice(0, 60)}”`, chrome.start, chrome.end)
  }
}
