import type {ArticleMeta, ChromeKind} from '../../model/types.js'
import {commentedTitle, countsComments, isCommentFormNotice, isCommentPolicy, isPostMeta, labelKind} from '../language/chrome-labels.js'
import {wordCount} from '../language/words.js'
import {nameListPattern} from '../language/byline-words.js'
import {primaryLanguage} from '../../model/lang.js'
import {
  chromeKindOf,
  isHeadingLike,
  isAuthorBoxStart,
  isBrowserNotice,
  isCredit,
  isCutMarker,
  isFormField,
  isPromoBlurb,
  isPromoStart,
  isTimestamp,
  isTitleLike,
  isUpdated,
  metaRow,
  parseByline,
  parseDateline,
  parseMetadataLine,
  rowByline,
  sourceUrl,
  splitFusedByline
} from '../chrome-rules.js'
import type {Draft, DraftBlock} from '../draft.js'
import {chromeOf, plain} from '../draft.js'
import {classifyBlocks, isProse, isSentence} from '../boilerplate.js'
import type {BlockClass} from '../boilerplate.js'
import {endsLikeSentence} from '../language/words.js'
import {findDates} from '../enrich/dates.js'
import {isPictureCredit} from '../language/picture-credits.js'
import {clockTime, hasNumericDate, isReadingTime} from '../language/date-lines.js'
import {ownWordsKind} from '../language/pitches.js'
import {collapseWhitespace, join, sourceSlice} from '../source-text.js'
import type {SourceText} from '../source-text.js'
import type {Line} from './lines.js'
import {joinDropCaps, splitLines} from './lines.js'
import type {Cell} from './table-rows.js'
import {cellsOf, rowCells, tableRowsAt} from './table-rows.js'

/** Report a reader decision: rule, reason, and the source range it concerns. */
export type Reporter = (ruleId: string, reason: string, start: number, end: number) => void

/**
 * Section names that sit alone above a headline on news sites. A one-word label
 * is recognised without the list; the list lets two- and three-word ones through
 * ("Middle East", "Central Asia") when there is no caption to tell by.
 */
const sectionNames = new Set(
  [
    'news', 'world', 'europe', 'asia', 'africa', 'americas', 'middle east', 'central asia',
    'south asia', 'east asia', 'north caucasus', 'the caucasus', 'caucasus', 'russia', 'ukraine',
    'iran', 'afghanistan', 'pakistan', 'belarus', 'moldova', 'balkans', 'features', 'analysis',
    'commentary', 'opinion', 'interview', 'explainer', 'politics', 'economy', 'business',
    'science', 'health', 'culture', 'sports', 'technology', 'latest news', 'war in ukraine',
    'russia-ukraine war', 'u.s. news', 'usa', 'press freedom', 'human rights', 'podcasts'
  ]
)

/**
 * Read a page as scraped text into a draft: a line classifier decides, for each
 * line, whether it is chrome, the headline, a caption, a byline, a dateline,
 * body, a subhead, a credit, or the start of unrelated content to cut.
 */
export function readTextDraft(source: string, report: Reporter, stopwords?: Set<string> | undefined, lang?: string | undefined): Draft {
  const lines = joinDropCaps(splitLines(source).filter((line) => !line.blank))
  // On a whole page's text the headline sits just above the first block of running prose:
  // the menus, teasers and banners before it are furniture.
  const {at: headFrom, anyShape: headAnyShape, titled: headTitled = false} = headlineIndex(lines, stopwords, lang)
  // How many times the page prints each line (lines are trimmed).
  const printed = new Map<string, number>()
  for (const {text} of lines) printed.set(text, (printed.get(text) ?? 0) + 1)
  // Longer lines printed three times or more are furniture only while they are a small part of the page:
  // a text made mostly of repeated paragraphs (copies put together to make a long document) is its own text.
  const repeatedLong = (text: string) => (printed.get(text) ?? 0) >= repeatedLongTimes && wordCount(text) >= repeatedWords
  // The page's words are counted only when it has such a line at all: most pages have none.
  let dropRepeatedLong = false
  if (lines.some(({text}) => repeatedLong(text))) {
    let allWords = 0
    let repeatedLongWords = 0
    for (const {text} of lines) {
      const words = wordCount(text)
      allWords += words
      if (repeatedLong(text)) repeatedLongWords += words
    }
    dropRepeatedLong = repeatedLongWords <= allWords * repeatedLongShare
  }
  const blocks: DraftBlock[] = []
  const meta: ArticleMeta = {}
  let phase: 'head' | 'after-head' | 'body' = 'head'
  let captionSeen = false
  let bylineTaken = false
  let bodyParagraphs = 0
  // Words of the body's running prose so far: a label of what follows an article ends it only once it has said something.
  let bodyProse = 0
  // The first block of the body, once the head is read.
  let bodyFrom = 0

  // How many lines head the text after them with a date alone (a timeline's, a diary's): counted once, when asked.
  let datedSectionCount: number | undefined
  const datedSections = () =>
    (datedSectionCount ??= lines.filter((line, k) => /\d/.test(line.text) && isSubhead(lines, k) && isTimestamp(line.text, lang)).length)

  /** Report a piece of furniture left out. */
  const leftOut = ({kind, label, start, end}: Extract<DraftBlock, {type: 'chrome'}>) =>
    report(`chrome-${kind}`, `Left out ${kind} furniture: “${label.slice(0, 60)}”`, start, end)
  /** Page furniture: kept in the tree, typed, out of the article — and reported. */
  const chrome = (kind: ChromeKind, from: Line, to: Line = from, label = from.text) => {
    const block = {type: 'chrome', kind, label, start: from.start, end: to.end} as const
    blocks.push(block)
    leftOut(block)
  }
  /** Report the lines after line `at`, which the walk leaves out by stopping there. */
  const cutAfter = (at: number, ruleId: string, what: string) => {
    const [first, last] = [lines[at + 1], lines.at(-1)]
    if (first && last) report(ruleId, `Cut ${lines.length - at - 1} lines after “${(lines[at] as Line).text}”: ${what}`, first.start, last.end)
  }
  /** The author's box headed by line `at`, as chrome labelled with the author's name; the line after it. */
  const authorBox = (at: number): number => {
    const {end, name} = authorBoxOf(lines, at)
    const head = lines[at] as Line
    chrome('author-box', head, lines[end], (name ?? head).text)
    return end + 1
  }
  /** Where the byline `byline` (from splitFusedByline) begins at the end of `line`. */
  const fusedAt = (line: Line, byline: string) => Math.max(0, line.text.lastIndexOf(byline))
  /** A line that is the byline `byline` (from where it starts on the line): the page's byline. */
  const takeByline = (line: Line, byline: string, reason: string) => {
    blocks.push({type: 'byline', content: plain(text(line, Math.max(0, line.text.indexOf(byline))))})
    meta.byline ??= byline
    bylineTaken = true
    report('byline', reason, line.start, line.end)
  }
  /** The byline at the end of a line that is something else (`what`): from `at` on, the byline; the page's byline. */
  const takeFusedByline = (line: Line, at: number, byline: string, what: string) => {
    blocks.push({type: 'byline', content: plain(text(line, at))})
    meta.byline ??= byline
    bylineTaken = true
    report('byline-fused', `Split a byline off the end of ${what}`, line.start + at, line.end)
  }
  /** The line's text from `from` to `to`, white space collapsed, offsets kept. */
  const text = (line: Line, from = 0, to = line.text.length): SourceText => {
    if (!line.gap) return collapseWhitespace(sourceSlice(source, line.start + from, line.start + to))
    // A drop cap joined to its line: the text's characters before the gap, then those after it.
    const before = line.gap.from - line.start
    const head = sourceSlice(source, line.start + Math.min(from, before), line.start + Math.min(to, before))
    const tail = sourceSlice(source, line.gap.to + Math.max(0, from - before), line.gap.to + Math.max(0, to - before))
    return collapseWhitespace({value: head.value + tail.value, starts: Int32Array.from([...head.starts, ...tail.starts]), ends: Int32Array.from([...head.ends, ...tail.ends])})
  }

  let i = 0
  while (i < lines.length) {
    const line = lines[i] as Line
    // The line the comments' heading names as the post's title is the headline, whatever label it reads as ("Über uns").
    const titleLine = phase === 'head' && i === headFrom && headTitled
    const label = titleLine ? undefined : labelKind(line.text, lang)
    const kind = titleLine
      ? undefined
      : chromeKindOf(line.text) ??
      (label === 'tail' ? undefined : label) ??
      ownWordsKind(line.text, lang) ??
      (isReadingTime(line.text, lang) ? 'other' : undefined) ??
      // Above the headline, a line about the browser's cookies or scripts is a notice, not the article's first prose.
      (phase === 'head' && isBrowserNotice(line.text) ? 'cookie-notice' : undefined)

    // A count of comments after the body, followed within a few lines by a dated line (a
    // comment's author and time), heads the comments: the article has ended. (Under the
    // headline the count links to them; in a share row mid-article no dated line follows.)
    if (bodyParagraphs >= 2 && kind === 'navigation' && countsComments(line.text, lang) && commentFollows(lines, i, lang)) {
      chrome('comments', line)
      cutAfter(i, 'cut-comments', 'the comments, not the article')
      break
    }
    // A row of the post's metadata ("Von Thilo / 6. November 2023 / Keine Kommentare"): its date is the
    // article's, its byline part the byline under a headline; the row is furniture, not a subhead or a paragraph.
    const row = kind === undefined ? metaRow(line.text, lang) : undefined
    if (row) {
      meta.published ??= isoDateIn(row.date.text, lang)
      const named = phase === 'after-head' && !bylineTaken ? rowByline(row, lang) : undefined
      if (named) {
        blocks.push({type: 'byline', content: plain(text(line, named.part.start, named.part.end))})
        meta.byline ??= named.byline
        bylineTaken = true
        report('byline', 'Took the byline from a row of the post’s metadata', line.start + named.part.start, line.start + named.part.end)
      } else {
        chrome('other', line)
      }
      i++
      continue
    }
    if (phase !== 'body' || kind !== undefined) {
      if (kind) {
        const url = sourceUrl(line.text)
        if (url) meta.url ??= url
        // After the body, "About the author" heads the author's name and biography: all three are the box.
        if (kind === 'author-box' && bodyParagraphs > 0) {
          i = authorBox(i)
          continue
        }
        chrome(kind, line)
        i++
        continue
      }
      const metadata = parseMetadataLine(line.text)
      if (metadata) {
        meta.published ??= metadata.published
        if (metadata.section) meta.section ??= metadata.section
        chrome('other', line)
        i++
        continue
      }
      if (isUpdated(line.text)) {
        meta.updated ??= isoDateIn(line.text, lang)
        chrome('updated', line)
        i++
        continue
      }
      if (isTimestamp(line.text, lang)) {
        meta.published ??= isoDateIn(line.text, lang)
        chrome('other', line)
        i++
        continue
      }
    }

    // Only a line just above the headline (furniture aside) can be its section label.
    if (phase === 'head' && i < headFrom && !(onlyFurnitureBetween(lines, i, headFrom, lang) && isSectionLabel(lines, i, lang))) {
      chrome('layout-noise', line)
      i++
      continue
    }

    if (phase === 'head') {
      // The line the head window chose is the headline, unless it is a known section name: a three-word
      // headline followed by a deck and a caption has the shape of a section label above a headline.
      if (!titleLine && isSectionLabel(lines, i, lang) && (i !== headFrom || sectionNames.has(line.text.toLowerCase()))) {
        chrome('section-label', line)
        meta.section ??= line.text
        i++
        continue
      }
      // A table's row is no headline (isHeadMetadata): the table opens the body.
      if ((!isHeadingLike(line.text, 30) || rowCells(line.text) !== undefined) && !(i === headFrom && headAnyShape)) {
        report('no-headline', 'No headline before the first paragraph; reading the text as body', line.start, line.end)
        phase = 'body'
        bodyFrom = blocks.length
        continue
      }
      blocks.push({type: 'heading', depth: 1, content: plain(text(line))})
      meta.title = line.text
      phase = 'after-head'
      i++
      continue
    }

    // Rows of a table, a tab between their cells: one list of its rows, as the HTML reader reads a <table>,
    // which the classifier judges as a whole (rows of short cells one by one read as furniture). Under the
    // headline "key: value" lines are the post's metadata ("Autor: …", "Datum: …"), which the head rules read.
    const rows = tableRowsAt(lines, i, phase === 'body')
    if (rows > 0) {
      // Under the headline a table (a recipe's ingredients, a race's results) begins the body.
      if (phase === 'after-head') {
        phase = 'body'
        bodyFrom = blocks.length
      }
      const items = lines.slice(i, i + rows).map((row) => ({
        paragraphs: (cellsOf(row.text) as Cell[]).map((cell) => plain(text(row, cell.from, cell.to))),
        start: row.start,
        end: row.end
      }))
      const last = lines[i + rows - 1] as Line
      blocks.push({type: 'list', ordered: false, table: true, items, start: line.start, end: last.end})
      report('text-table', `Read ${rows} lines as the rows of a table`, line.start, last.end)
      bodyParagraphs++
      i += rows
      continue
    }
    if (phase === 'after-head') {
      // Under the headline a label of what follows an article is a link to it ("Comments" beside "Share").
      if (label === 'tail' || isCutMarker(line.text)) {
        chrome('navigation', line)
        i++
        continue
      }
      const byline = parseByline(line.text, lang) ?? (bylineTaken ? undefined : nameLine(lines, i, stopwords, lang))
      if (byline) {
        takeByline(line, byline, 'Took this line for the byline')
        i++
        continue
      }
      // The post's dated line under the headline ("Veröffentlicht am 3. März 2024 von Anna Weber", "19.6.2007
      // 9:40 Uhr Christoph Becker 71 Kommentare"): its date is the article's, a byline at its end the byline,
      // the rest furniture — not a caption, whose shape it has.
      if (isPostDateLine(line.text, lang)) {
        meta.published ??= isoDateIn(line.text, lang)
        const fused = bylineTaken ? undefined : splitFusedByline(line.text, lang)
        const at = fused ? fusedAt(line, fused.byline) : line.text.length
        const block = {type: 'chrome', kind: 'other', label: line.text.slice(0, at).trim(), start: line.start, end: line.start + at} as const
        blocks.push(block)
        leftOut(block)
        if (fused) takeFusedByline(line, at, fused.byline, 'the post’s dated line')
        i++
        continue
      }
      // Two caption-shaped lines under the headline: the first is its deck (standfirst), kept as the
      // article's first paragraph; the second, next to the text, the photo's caption — unless the first is a
      // picture's credit ("Bild: Stefan Müller"): then it is the picture, which has no caption, and the second
      // the deck, or the text's first paragraph that the scrape cut before its full stop.
      if (!captionSeen && isCaption(lines, i, lang) && lines[i + 1]?.text !== line.text && isCaption(lines, i + 1, lang) && !parseByline((lines[i + 1] as Line).text, lang)) {
        if (isPictureCredit(line.text, lang)) {
          captionSeen = true
          blocks.push({type: 'figure', caption: plain(text(line)), start: line.start, end: line.end})
          report('caption', 'Took this line for a picture’s credit, the picture without a caption', line.start, line.end)
          i++
          // A dated line after it is the post's date, which the rules above read.
          if (isDated((lines[i] as Line).text, lang)) continue
        }
        const deck = lines[i] as Line
        blocks.push({type: 'paragraph', content: plain(text(deck)), deck: true})
        report('deck', 'Took this line for the deck under the headline', deck.start, deck.end)
        i++
        continue
      }
      if (!captionSeen && isCaption(lines, i, lang)) {
        captionSeen = true
        const fused = splitFusedByline(line.text, lang)
        const captionText = fused ? text(line, 0, fused.caption.length) : text(line)
        blocks.push({
          type: 'figure',
          caption: plain(captionText),
          start: line.start,
          end: line.end
        })
        report('caption', 'Took this line for the photo caption', line.start, line.end)
        if (fused) takeFusedByline(line, fusedAt(line, fused.byline), fused.byline, 'the caption')
        i++
        const next = lines[i]
        if (next && next.text === line.text) {
          blocks.push({type: 'chrome', kind: 'other', label: next.text, start: next.start, end: next.end})
          report('caption-repeated', 'Dropped the caption printed a second time', next.start, next.end)
          i++
        }
        continue
      }
      phase = 'body'
      bodyFrom = blocks.length
    }

    // The fields of a form (a comment form's "Name *", "E-Mail *"; a newsletter's or a contact form's):
    // forms follow an article, they are not inside it. Two fields close together are a form, one a footnote's mark.
    if (bodyParagraphs >= 2 && isFormField(line.text) && lines.slice(i + 1, i + formLines).some((next) => isFormField(next.text))) {
      chrome('other', line)
      cutAfter(i, 'cut-form', 'a form to fill, which follows the article')
      break
    }
    // A notice of a blog's comment form ("Your email address will not be published.", "This site uses
    // Akismet to reduce spam."), a comment section's rules ("Please log in here to leave a comment."):
    // the comments begin there, whatever their heading says.
    if (bodyParagraphs >= 1 && (isCommentFormNotice(line.text, lang) || isCommentPolicy(line.text, lang))) {
      chrome('comments', line)
      cutAfter(i, 'cut-comment-form', 'the comment form and the comments, not the article')
      break
    }
    // A blog theme's line under the post ("This entry was posted in News. Bookmark the
    // permalink.", "Abgelegt unter …"): furniture wherever it stands; after two paragraphs
    // of the body the post ends there, unless the body goes on after it.
    if (bodyParagraphs >= 1 && isPostMeta(line.text, lang)) {
      chrome('other', line)
      if (bodyParagraphs >= 2 && bodyResumesAfter(lines, i, stopwords, lang) === undefined) {
        cutAfter(i, 'cut-post-meta', 'what a blog prints after the post')
        break
      }
      i++
      continue
    }

    // Body.
    if (isCutMarker(line.text) || label === 'tail') {
      // Before the body, a label of what follows an article is a link to it ("Comments" beside "Share").
      if (bodyParagraphs === 0) {
        chrome('navigation', line)
        i++
        continue
      }
      // Before the body has said a sentence, with an article's worth of prose close after it, it heads
      // a box of other articles' titles above the article (a sidebar, a "read more" list): furniture to skip.
      const article = bodyProse < sentenceWords ? articleAhead(lines, i, stopwords) : undefined
      if (article !== undefined) {
        // The short lines of the box read so far (a title above its "Read more") go with it.
        for (let k = bodyFrom; k < blocks.length; k++) {
          const block = blocks[k] as DraftBlock
          if (block.type !== 'paragraph' && block.type !== 'heading') continue
          const box = chromeOf([block.content], 'related')
          blocks[k] = box
          leftOut(box)
        }
        chrome('related', line, lines[article - 1], line.text)
        i = article
        continue
      }
      // In mid-body, with the body going on after it, it introduces one other article's title: a promo.
      const resumes = bodyResumesAfter(lines, i, stopwords, lang)
      if (resumes !== undefined) {
        if (resumes > i + promoLines) {
          chrome('related', line, lines[resumes - 1], line.text)
          i = resumes
          continue
        }
        const title = lines[i + 1]
        const withTitle = title !== undefined && i + 1 < resumes && isTitleLike(title.text, 25)
        chrome('promo', line, withTitle ? title : line, withTitle ? `${line.text} ${title.text}` : line.text)
        i += withTitle ? 2 : 1
        continue
      }
      chrome('related', line)
      cutAfter(i, 'cut-unrelated', 'other articles, not this one')
      break
    }
    if (isAuthorBoxStart(line.text)) {
      i = authorBox(i)
      continue
    }
    if (isPromoStart(line.text)) {
      const blurb = lines[i + 1]
      const withBlurb = blurb !== undefined && isPromoBlurb(blurb.text) && !isCredit(blurb.text, lang) && !isCutMarker(blurb.text) && !isAuthorBoxStart(blurb.text)
      chrome('promo', line, withBlurb ? blurb : line)
      i += withBlurb ? 2 : 1
      continue
    }
    // The attribution an embedded post prints under its text ("— Anja (@AnjaAmaranth) 10. September 2018"):
    // the quoted post's source, which a reader needs with it — not furniture.
    if (bodyParagraphs > 0 && isPostAttribution(line.text)) {
      blocks.push({type: 'paragraph', content: plain(text(line)), attribution: true})
      report('post-attribution', 'Took this line for the attribution of an embedded post', line.start, line.end)
      i++
      continue
    }
    // A line that is only a date or a time ("opublikowano: 7 kwietnia 2021", "05:28 Uhr") in the body is the
    // page's furniture (a teaser's or the post's date, which the head rules did not see), not a paragraph —
    // unless it heads the text after it as a timeline's or a diary's dates do, one of several such dates:
    // one date alone over the text is the post's, under its byline or a deck the head rules read as the body.
    if (bodyParagraphs > 0 && /\d/.test(line.text) && isTimestamp(line.text, lang) && !(isSubhead(lines, i) && datedSections() > 1)) {
      chrome('other', line)
      i++
      continue
    }
    if (isCredit(line.text, lang)) {
      blocks.push({type: 'credit', content: plain(text(line))})
      report('credit', 'Took this line for the closing credit', line.start, line.end)
      i++
      continue
    }

    if (bodyParagraphs === 0) {
      const dateline = parseDateline(line.text)
      if (dateline) {
        blocks.push({
          type: 'dateline',
          place: dateline.place,
          date: dateline.date,
          source: dateline.source,
          start: line.start,
          end: line.start + dateline.length
        })
        report('dateline', `Took “${line.text.slice(0, dateline.length).trim()}” for the dateline`, line.start, line.start + dateline.length)
        const rest = text(line, dateline.length)
        bodyParagraphs++
        i++
        if (rest.value) blocks.push({type: 'paragraph', content: plain(rest)})
        continue
      }
    }

    // The byline under the article's first paragraph, when that was its deck the head rules read as the body's
    // opening ("Follow these expert tips …" / "By Sarah Yang"): a byline by its by-word, not a name alone.
    if (!bylineTaken && bodyParagraphs <= 1) {
      const byline = parseByline(line.text, lang)
      if (byline) {
        takeByline(line, byline, 'Took this line under the opening paragraph for the byline')
        i++
        continue
      }
    }

    // A picture's caption or credit, standing alone once the picture is gone ("Foto: dpa",
    // "… (Image credit: Getty)"): a figure's caption, not a subhead or a paragraph of the body.
    if (isPictureCredit(line.text, lang)) {
      blocks.push({type: 'figure', caption: plain(text(line)), start: line.start, end: line.end})
      report('caption', 'Took this line for a picture’s caption or credit', line.start, line.end)
      i++
      continue
    }

    // A short line the page prints more than once (a menu at its top and its foot, "weiterlesen" under
    // each teaser, a table of contents' entry) is the page's furniture — unless here it heads the text after it.
    // So is a longer one printed three times or more: an article says nothing three times over, a site its
    // teasers, its pitches and its notices about embedded content do.
    const subhead = bodyParagraphs > 0 && isSubhead(lines, i)
    const times = printed.get(line.text) ?? 0
    if (!subhead && ((times > 1 && wordCount(line.text) < repeatedWords) || (dropRepeatedLong && repeatedLong(line.text)))) {
      chrome('repeated', line)
      i++
      continue
    }
    if (subhead) {
      blocks.push({type: 'heading', depth: 2, content: plain(text(line))})
      report('subhead', 'Took this line for a subhead', line.start, line.end)
      i++
      continue
    }

    // A paragraph, with any hard-wrapped lines that continue it.
    const pieces = [text(line)]
    let last = line
    while (i + 1 < lines.length) {
      const next = lines[i + 1] as Line
      if (next.index !== last.index + 1 || /[.!?]["”’)]*$/.test(last.text) || !/^\p{Ll}/u.test(next.text)) break
      pieces.push(text(next))
      report('hard-wrap', 'Joined a line that continues the one before it', next.start, next.end)
      last = next
      i++
    }
    const paragraph = join(pieces)
    blocks.push({type: 'paragraph', content: plain(paragraph)})
    bodyParagraphs++
    // Counted only until the body has said a sentence: that is all it is asked (and isParagraph reads every word).
    if (bodyProse < sentenceWords && isParagraph(paragraph.value, stopwords)) bodyProse += wordCount(paragraph.value)
    i++
  }

  for (const key of Object.keys(meta) as Array<keyof ArticleMeta>) if (meta[key] === undefined) delete meta[key]
  return {lang: undefined, meta, blocks}
}

/**
 * Where the headline is likely to be: a headline-shaped line (three words or
 * more, no sentence punctuation at its end, not furniture, no date in it) —
 * the first line of running prose itself when it has that shape and no list of
 * teasers follows it, else one of the few just above it: not a menu's item, the
 * first the page prints again, else the first — unless that line is unsigned
 * and a signed headline stands below it, before the body (signedHeadlineBelow:
 * `anyShape`: the walker takes it for the headline whatever its shape);
 * else, when the line so chosen (or the page's first line, when none is) names
 * nothing of the article, a line near the prose that does, whatever its shape
 * (namedHeadline: `anyShape` too). 0 when there is no prose to go by or no such
 * line, which leaves the reader's usual head rules to decide. Over all
 * these, the page's own word: the line that prints the title a comments
 * heading names (commentedHeadline; `titled`: the walker takes it for the
 * headline whatever label it reads as).
 */
function headlineIndex(lines: Line[], stopwords: Set<string> | undefined, lang: string | undefined): {at: number; anyShape: boolean; titled?: boolean} {
  const found = headlineByRules(lines, stopwords, lang)
  const commented = commentedHeadline(lines, stopwords, lang)
  if (commented === undefined || (lines[commented] as Line).text.toLowerCase() === lines[found.at]?.text.toLowerCase()) return found
  return {at: commented, anyShape: true, titled: true}
}

/** The headline by its place, its signature or the words it shares with the prose (see headlineIndex). */
function headlineByRules(lines: Line[], stopwords: Set<string> | undefined, lang: string | undefined): {at: number; anyShape: boolean} {
  const {at: chosen, body, anyShape = false} = headlineByPlace(lines, stopwords, lang)
  const signed = signedHeadlineBelow(lines, chosen, stopwords, lang)
  if (signed !== undefined) return {at: signed, anyShape: true}
  const named = body > 0 ? namedHeadline(lines, chosen, body, stopwords, lang) : undefined
  return named === undefined ? {at: chosen, anyShape} : {at: named, anyShape: true}
}

/**
 * The line that prints the title a comments section's heading names ("5
 * thoughts on “…”", commentedTitle), as a blog theme prints it verbatim in
 * both places whatever stands around the post: an author's box or a network's
 * banner above the post reads as prose, and passes for the article's opening
 * by its place. A theme may print the title again — in a menu (a page's "About
 * us"), a title bar, the links to the next post — so of the lines above the
 * heading that print it, the first with prose within `headWindow` lines under
 * it, else the last. Undefined when no heading names a title the page prints
 * on a line of its own.
 */
function commentedHeadline(lines: Line[], stopwords: Set<string> | undefined, lang: string | undefined): number | undefined {
  // Where each text is printed, made once and only when a heading names a title: a page of many posts has one
  // such heading for each, and looking each title up must not walk the page again.
  let printedAt: Map<string, number[]> | undefined
  for (const [at, line] of lines.entries()) {
    const title = commentedTitle(line.text, lang)?.toLowerCase()
    if (title === undefined) continue
    if (!printedAt) {
      printedAt = new Map()
      for (const [k, {text}] of lines.entries()) {
        const key = text.toLowerCase()
        const found = printedAt.get(key)
        if (found) found.push(k)
        else printedAt.set(key, [k])
      }
    }
    const printed = (printedAt.get(title) ?? []).filter((k) => k < at)
    if (printed.length === 0) continue
    const proseUnder = (k: number) => lines.slice(k + 1, k + 1 + headWindow).some((below) => isParagraph(below.text, stopwords))
    return printed.find(proseUnder) ?? printed.at(-1)
  }
  return undefined
}

/** Where the headline is by its place above the first prose (see headlineIndex), where that prose starts (-1: nowhere), and whether the line may have any shape. */
function headlineByPlace(lines: Line[], stopwords: Set<string> | undefined, lang: string | undefined): {at: number; body: number; anyShape?: boolean} {
  // The headline is near the top: the lines of the head are classified, the whole page only when
  // no prose starts among them (a 1 MB page has thousands of lines, its head a few dozen).
  // A notice about the browser (cookies, scripts) reads as prose but is none: it is judged as a line of links.
  const classify = (count: number) =>
    classifyBlocks(lines.slice(0, count).map((line) => ({text: line.text, ...(isBrowserNotice(line.text) ? {linkDensity: 1} : {})})), stopwords)
  let classes = classify(headLines)
  if (!classes.includes('good') && lines.length > headLines) classes = classify(lines.length)
  const firstGood = articleStart(lines, classes)
  const headlineAt = (k: number) => isHeadlineShaped((lines[k] as Line).text, lang)
  // A long headline dense in stop words reads as prose: then the first prose is the headline — unless
  // the next two lines of prose have its shape too, as a list of teasers' titles has, or a headline of
  // five words or more stands above it (furniture aside), whose deck or caption it is then.
  if (firstGood >= 0 && headlineAt(firstGood)) {
    const next: number[] = []
    for (let k = firstGood + 1; k < classes.length && next.length < 2; k++) if (classes[k] === 'good') next.push(k)
    let above = firstGood - 1
    while (above >= 0 && isHeadFurniture((lines[above] as Line).text, lang)) above--
    const headlineAbove = above >= 0 && headlineAt(above) && wordCount((lines[above] as Line).text) >= 5
    if (!headlineAbove && (next.length < 2 || !next.every((k) => isHeadingLike((lines[k] as Line).text, 30)))) return {at: firstGood, body: firstGood}
  }
  // Among the headline-shaped lines above the first prose (a caption or deck may stand between the headline
  // and the text, and so may furniture — a date, share buttons — which is not counted), those the page prints
  // again — in a breadcrumb, a title bar, the comments' heading ("5 thoughts on “…”"), a share row's text —
  // else all of them; of those, the one headlineAmong picks (signed or dated under it, else four words or
  // more). A line with two short lines after it is a menu's item, not a headline, where another candidate is not.
  if (firstGood > 0) {
    const shaped: number[] = []
    // A line that asks or exclaims, or trails off ("Was bringen alternative Therapien bei Krebs?"), is one of
    // them when it is signed or dated right under it, as a headline is.
    const signedLoose = (k: number) => isLooseHeadline((lines[k] as Line).text, lang) && isSignature(lines, k + 1, lang)
    for (let k = windowStart(lines, firstGood, lang); k < firstGood; k++) if (headlineAt(k) || signedLoose(k)) shaped.push(k)
    const menuItem = (k: number) => isMenuLine(lines, k + 1, firstGood, lang) && isMenuLine(lines, k + 2, firstGood, lang)
    const candidates = shaped.some((k) => !menuItem(k)) ? shaped.filter((k) => !menuItem(k)) : shaped
    if (candidates.length > 1) {
      // The page's lines as compared, made once and only when there is a choice to make.
      const texts = lines.map((line) => line.text.toLowerCase())
      const printed = candidates.filter((k) => printedAgain(texts, k))
      const at = headlineAmong(lines, printed.length > 0 ? printed : candidates, stopwords, lang, firstGood, candidates)
      return {at, body: firstGood, anyShape: !headlineAt(at)}
    }
    if (candidates[0] !== undefined) return {at: candidates[0], body: firstGood, anyShape: !headlineAt(candidates[0])}
  }
  if (firstGood <= 0 && lines.length > 0 && headlineAt(0)) return {at: 0, body: firstGood}
  // None there: the neighbours' smoothing can make a notice or a menu above the article read as its
  // first prose (a cookie banner, a tagline). Then the headline is the nearest one above the first
  // line that is prose on its own.
  const prose = lines.findIndex((line) => isProse({text: line.text}, stopwords))
  for (let k = prose - 1; k >= windowStart(lines, prose, lang); k--) if (headlineAt(k)) return {at: k, body: prose}
  // Nor there: the first prose was a box (a site's tagline, a notice) far above the article. The
  // headline is then the one standing over the article's own prose, whatever its last mark.
  const article = articleRun(lines, stopwords)
  if (article > 0) {
    let k = article - 1
    while (k > 0 && (isSignature(lines, k, lang) || isHeadFurniture((lines[k] as Line).text, lang) || isPictureCredit((lines[k] as Line).text, lang))) k--
    if (isLooseHeadline((lines[k] as Line).text, lang)) return {at: k, body: article, anyShape: true}
  }
  return {at: 0, body: firstGood}
}

/**
 * The first line of the page's first run of paragraphs that holds an article's
 * worth of words (`articleWords`); runs are parted by `headWindow` lines or more
 * that are no paragraph. -1 when there is none.
 */
function articleRun(lines: Line[], stopwords: Set<string> | undefined): number {
  let first = -1
  let words = 0
  let gap = Infinity
  for (const [k, line] of lines.entries()) {
    if (!isParagraph(line.text, stopwords)) {
      gap++
      continue
    }
    if (gap >= headWindow) [first, words] = [k, 0]
    words += wordCount(line.text)
    gap = 0
    if (words >= articleWords) return first
  }
  return -1
}

/**
 * Whether `text` has a headline's shape: three words or more, no sentence
 * punctuation at its end, not the head's furniture, a byline or a picture's
 * credit ("Foto: Anita Drenckhahn", which a page prints again under the
 * picture) — and no date or clock time in it, which make it the post's
 * metadata ("11.09.2011, 16:20 von jovelstefan").
 */
function isHeadlineShaped(text: string, lang: string | undefined): boolean {
  return wordCount(text) >= 3 && isHeadingLike(text, 30) && !isHeadMetadata(text, lang)
}

/**
 * The head's furniture, a byline, a line with a clock time or a date in words in it, a short dated line, a picture's
 * credit, a web address, a table's row (cells a tab parts: "3.⇥Staudenmayer, Julia⇥1993⇥…"): never the headline.
 */
function isHeadMetadata(text: string, lang: string | undefined): boolean {
  return (
    rowCells(text) !== undefined ||
    isHeadFurniture(text, lang) ||
    parseByline(text, lang) !== undefined ||
    isDatedInWords(text, lang) ||
    (hasNumericDate(text) && isPostDateLine(text, lang)) ||
    isPictureCredit(text, lang) ||
    isNameList(text, lang) ||
    webAddress.test(text)
  )
}

// A web address: a printed page's footer ("Dieser Artikel wurde ausgedruckt unter der Adresse: www.…"), a
// source line, a link pasted whole. A headline names a site ("Amazon.com"), never a page's address.
const webAddress = /(?:^|[\s(<"“„«])(?:https?:\/\/|www\.)[\p{L}\p{N}-]+\.\p{L}/iu

/**
 * A list of two to four people's names, a byline without a by-word ("Mateusz
 * Seroka, Piotr Żochowski", "Isabel Caro, Rocío Latorre y José Miguel Wilson"):
 * never the headline, and the byline under it. Not in a language that
 * capitalises more than names (`capitalisingLanguages`): "Harbour Reopens,
 * Ferries Return", "Gender Mainstreaming und Gender Budgeting" have the shape.
 */
function isNameList(text: string, lang: string | undefined): boolean {
  return text.length <= 120 && !capitalisingLanguages.has(primaryLanguage(lang, 'en')) && nameListPattern(lang).test(text.trim())
}

// English sets its headlines in title case; German and Luxembourgish capitalise their nouns.
const capitalisingLanguages = new Set(['en', 'de', 'lb'])

/** Whether line `k` signs or dates what is next to it: a byline, a date or time, a row of the post's metadata. */
function isSignature(lines: Line[], k: number, lang: string | undefined): boolean {
  const line = lines[k]
  if (!line || line.text.length > signatureLength) return false
  return parseByline(line.text, lang) !== undefined || isNameList(line.text, lang) || isTimestamp(line.text, lang) || metaRow(line.text, lang) !== undefined || isDated(line.text, lang)
}

// A byline, a date line or a row of metadata is no longer than this.
const signatureLength = 160

// The body has begun at a paragraph of prose this long.
const bodyWords = 25

/**
 * A headline signed below the one chosen by its place: when no byline, date
 * or row of metadata stands next to the chosen line (on the next two lines or
 * the one before), the first line before the body's first long paragraph that
 * has a headline's shape, four words or more, and such a line right under or
 * above it, or two lines under it past a section's label — as an article's
 * headline has, and a site's name, tagline or menu above it has not; or a
 * question or an exclamation with such a line right under or above it. Not a
 * name or a credit, which stand next to dates too. When the line above it has
 * a headline's shape as well, the signed line is the deck and that one the
 * headline. Undefined when the chosen line is signed or none is found.
 */
function signedHeadlineBelow(lines: Line[], chosen: number, stopwords: Set<string> | undefined, lang: string | undefined): number | undefined {
  const signs = (k: number) => isSignature(lines, k, lang)
  // A chosen line that reads as a sentence or asks (a site's tagline over the post's date, "Kennst Du meine
  // Videos auf ?") is no headline, signed or not: the walker takes it for one only when this search finds it.
  if (isHeadingLike(lines[chosen]?.text ?? '', 30) && (signs(chosen + 1) || signs(chosen + 2) || signs(chosen - 1))) return undefined
  const headline = (k: number) => {
    const text = (lines[k] as Line).text
    return isHeadlineShaped(text, lang) && wordCount(text) >= headlineWords
  }
  for (let j = chosen + 1; j < Math.min(lines.length, chosen + signedReach); j++) {
    const text = (lines[j] as Line).text
    if (wordCount(text) >= bodyWords && isParagraph(text, stopwords)) return undefined
    // The shape first, the signature (a date parsed) only for a line that has one. A question or an
    // exclamation in sentence case ("What is Rust and why is it so popular?") reads as prose to the shape
    // rules; with a byline or a date right under or above it, it is a headline.
    const shaped = headline(j)
    if (!shaped && !asksAsHeadline(text, lang)) continue
    const signed = signs(j + 1) || signs(j - 1) || (shaped && isShortLine(lines, j + 1) && signs(j + 2))
    // A headline, its deck (a sentence or two), then the byline or the date: signed two lines down.
    const decked = !signed && shaped && isDeck(lines, j + 1, stopwords) && (signs(j + 2) || (j + 2 < lines.length && nameLine(lines, j + 2, stopwords, lang) !== undefined))
    if (!signed && !decked) continue
    if (nameLine(lines, j, stopwords, lang) || isCredit(text, lang)) continue
    // Right under a chosen line of a headline's shape, that line is the headline and this one its picture's caption
    // (decked) — or its deck, signed below it: a standfirst is a sentence longer than the headline it stands under.
    // Not under a kicker or a section's name ("Le droit en débats", "BREXIT I CO DALEJ?"), a few words.
    if (j - 1 === chosen && (decked || isLongerDeck(text, (lines[chosen] as Line).text)) && headline(chosen)) return undefined
    return j - 1 > chosen && headline(j - 1) ? j - 1 : j
  }
  return undefined
}

// A headline with its deck signed under it has this many words at least (a kicker or a section's name has fewer),
// and the deck this many times its words.
const deckHeadlineWords = 5
const deckLength = 1.2

/** Whether `deck` is a standfirst under `headline`: the headline of `deckHeadlineWords` or more, the deck longer by `deckLength`. */
function isLongerDeck(deck: string, headline: string): boolean {
  const words = wordCount(headline)
  return words >= deckHeadlineWords && wordCount(deck) >= deckLength * words
}

/** Line `k` is a deck: one paragraph of a sentence or two, shorter than the body's paragraphs are. */
function isDeck(lines: Line[], k: number, stopwords: Set<string> | undefined): boolean {
  const line = lines[k]
  return line !== undefined && wordCount(line.text) <= deckWords && isParagraph(line.text, stopwords)
}

// A deck under a headline says what the article is about in this many words at most.
const deckWords = 40

/** Line `k` is a label of a few words at most (a section's name between a headline and its byline). */
function isShortLine(lines: Line[], k: number): boolean {
  const line = lines[k]
  return line !== undefined && wordCount(line.text) <= labelLineWords
}

// A section's label under a headline, above its byline, is this many words at most ("Album/Single Reviews Reviews").
const labelLineWords = 4

/**
 * A line that asks or exclaims as a headline may ("Einen Twitterfeed in das
 * Blog einbinden – so geht’s!"): four to twenty words, opening with a capital,
 * a digit, a letter without case or a quote, ending in `?` or `!`; not the
 * head's metadata (isHeadMetadata).
 */
function asksAsHeadline(text: string, lang: string | undefined): boolean {
  const words = wordCount(text)
  return (
    words >= headlineWords &&
    words <= questionWords &&
    /^[\p{Lu}\p{N}\p{Lo}"“„«»‘'(]/u.test(text) &&
    /[?!？！؟]["”’»«]?$/u.test(text) &&
    !isHeadMetadata(text, lang)
  )
}

// A question or an exclamation longer than this is a sentence of the text, not a headline.
const questionWords = 20

// How far below the chosen line a signed headline is looked for: past a site's header and menu.
const signedReach = 60

// Shorter lines ("News", "Home") are printed again as menus are, headline or not.
const minRepeatedLength = 12

/** Whether the page prints line `k`'s text again, as a line of its own or inside another: `texts` are its lines, lower-cased. */
function printedAgain(texts: string[], k: number): boolean {
  const text = texts[k] as string
  if (text.length < minRepeatedLength) return false
  // Not the line just before or after: a caption printed twice is printed so.
  return texts.some((other, j) => Math.abs(j - k) > 1 && other.length >= text.length && other.includes(text))
}

/**
 * Of the candidates for the headline `among` (one at least, in order): the
 * first signed or dated right under it — a byline, an author's name or a date
 * on the next line (a name, then a date) — as a headline is and a section's
 * name or a site's tagline above it is not; else the first of `headlineWords`
 * words or more, which those rarely have; else the first. Unless that line
 * shares no word with the article's prose from line `body` on: then the one of
 * all the candidates (`others`) that shares most.
 */
function headlineAmong(lines: Line[], among: number[], stopwords: Set<string> | undefined, lang: string | undefined, body: number, others: number[]): number {
  const dated = (k: number) => lines[k] !== undefined && (isTimestamp((lines[k] as Line).text, lang) || isDated((lines[k] as Line).text, lang))
  const named = (k: number) => lines[k] !== undefined && (parseByline((lines[k] as Line).text, lang) !== undefined || nameLine(lines, k, stopwords, lang) !== undefined)
  const pick =
    among.find((k) => dated(k + 1) || named(k + 1)) ?? among.find((k) => wordCount((lines[k] as Line).text) >= headlineWords) ?? (among[0] as number)
  // A headline names what its article is about: a line that shares no word with the article's opening
  // prose (a notice, a button, a section's or a site's name) is none, when another candidate does share
  // some — the one that shares most, first on the page at a tie.
  const opening = openingStems(lines, body, stopwords)
  const shared = (k: number) => contentStems((lines[k] as Line).text, stopwords).filter((stem) => opening.has(stem)).length
  if (shared(pick) > 0) return pick
  let best = pick
  let most = 0
  for (const k of others) {
    // A row of the post's metadata (its date, its author, its tags) shares the article's words too.
    if (isSignature(lines, k, lang)) continue
    const count = shared(k)
    if (count > most) [best, most] = [k, count]
  }
  return best
}

/**
 * A headline that names what the article is about, when the one chosen by its
 * place does not: the chosen line shares no word with the article's opening
 * prose (from line `body`), and a line of the head window or the first line of
 * that prose does — a headline that asks or exclaims ("Was ist Creative
 * Commons?", "Grundeinkommen ist ein Menschenrecht!"), which the shape rules
 * leave out, under a menu's item or a site's tagline ("Toggle navigation",
 * "Feed Twitter Facebook Youtube") that has a headline's shape. The one that
 * shares most words with the prose after the first line, `namedWords` at least;
 * undefined when none does, or the chosen line shares some.
 */
function namedHeadline(lines: Line[], chosen: number, body: number, stopwords: Set<string> | undefined, lang: string | undefined): number | undefined {
  // The prose after its first line, which may itself be the headline and shares all its own words: one walk,
  // and the first line's words added for the chosen line's test only.
  const after = openingStems(lines, body + 1, stopwords)
  const first = new Set(contentStems((lines[body] as Line).text, stopwords))
  if (contentStems((lines[chosen] as Line).text, stopwords).some((stem) => after.has(stem) || first.has(stem))) return undefined
  let best: number | undefined
  let most = namedWords - 1
  for (let k = windowStart(lines, body, lang); k <= body; k++) {
    const text = (lines[k] as Line).text
    if (k === chosen || !isLooseHeadline(text, lang)) continue
    const count = contentStems(text, stopwords).filter((stem) => after.has(stem)).length
    if (count > most) [best, most] = [k, count]
  }
  return best
}

// A headline that names its article shares this many words with its prose at least.
const namedWords = 2

/**
 * A line that may be a headline whatever its last mark: three to twenty words,
 * opening as a title does, not ending as a statement or a label does (a
 * question, an exclamation, a trailing ellipsis are a headline's), and not the
 * head's metadata.
 */
function isLooseHeadline(text: string, lang: string | undefined): boolean {
  const words = wordCount(text)
  return words >= 3 && words <= questionWords && /^[\p{Lu}\p{N}\p{Lo}"“„«»‘']/u.test(text) && !/[.:;,]["”’»)]*$/u.test(text.trim()) && !isHeadMetadata(text, lang) && !metaRow(text, lang)
}

// A word's first letters, as many as this: a crude stem that holds across inflection and compounding
// in the languages the reader meets ("Europa", "Europawahl"; "wypływa", "wypłynął").
const stemLength = 5

/** The stems of the words of `text` that say what it is about: not stop words, not numbers. */
function contentStems(text: string, stopwords: Set<string> | undefined): string[] {
  const words = text.toLowerCase().match(/\p{L}[\p{L}\p{N}]{2,}/gu) ?? []
  return [...new Set(words.filter((word) => !stopwords?.has(word)).map((word) => word.slice(0, stemLength)))]
}

// The article's opening prose, as far as this many words: what its headline is about.
const openingWords = 400

/** The stems of the prose from line `from` on (lines of fifteen words, or prose on their own), up to `openingWords` words. */
function openingStems(lines: Line[], from: number, stopwords: Set<string> | undefined): Set<string> {
  const stems = new Set<string>()
  let count = 0
  for (let k = from; k < lines.length && count < openingWords; k++) {
    const text = (lines[k] as Line).text
    if (wordCount(text) < sentenceWords && !isProse({text}, stopwords)) continue
    for (const stem of contentStems(text, stopwords)) stems.add(stem)
    count += wordCount(text)
  }
  return stems
}

// A headline has this many words or more, more often than a section's name or a site's tagline has.
const headlineWords = 4

// Less prose than this, in a run of its own before the article's, is a box (a newsletter's pitch, a site's
// tagline, one teaser's blurb), not the article's beginning.
const boxWords = 40

/**
 * The first line of the article's prose: the first good line, unless it starts
 * a short run of prose (under `boxWords` words; runs are parted by `headWindow`
 * lines or more that are not good) and a later run holds an article's worth
 * (`articleWords`): then that run's first line. -1 when no line is good.
 */
function articleStart(lines: Line[], classes: BlockClass[]): number {
  const runs: Array<{first: number; words: number}> = []
  let gap = Infinity
  for (const [k, value] of classes.entries()) {
    if (value !== 'good') {
      gap++
      continue
    }
    if (gap >= headWindow) runs.push({first: k, words: 0})
    ;(runs.at(-1) as {words: number}).words += wordCount((lines[k] as Line).text)
    gap = 0
  }
  const [first] = runs
  if (!first) return -1
  const article = first.words < boxWords ? runs.find((run) => run.words >= articleWords) : undefined
  return article?.first ?? first.first
}

/**
 * A byline without a by-word under the headline, as many sites print one: two
 * or three names — capitalised words that are not stop words ("Анна Петрова",
 * "Jane Doe"), or a list of such names (isNameList). In a script without case
 * ("مریم رضایی") the shape says less, so the line must also be followed by the
 * head's furniture (a date, share buttons), as a byline is.
 */
function nameLine(lines: Line[], i: number, stopwords: Set<string> | undefined, lang: string | undefined): string | undefined {
  const text = (lines[i] as Line).text.trim()
  if (isNameList(text, lang)) return text
  const words = text.split(/\s+/)
  if (words.length < 2 || words.length > 3 || text.length > 40) return undefined
  if (words.some((word) => stopwords?.has(word.toLowerCase()))) return undefined
  if (words.every((word) => /^\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?$/u.test(word))) return text
  const next = lines[i + 1]
  const caseless = words.every((word) => /^[\p{Lo}\p{M}\u200c]+$/u.test(word))
  return caseless && next !== undefined && isHeadFurniture(next.text, lang) ? text : undefined
}

/**
 * Where running prose resumes within a few lines after line `i`: the first of
 * two paragraphs of prose in a row (a list of teasers alternates titles and
 * blurbs; an article's body does not), or undefined. Further than `promoLines`
 * on, the lines between are a box of short titles ("Read also" and three
 * questions the site has answered) and the body must go on for a while after
 * it: at the article's end a box is followed by a pitch or a comment form's
 * line of prose, not by more of the article. A longer box — up to
 * `longBoxLines` lines of titles, their authors, a subhead ("Most read" in
 * mid-body) — is crossed only when an article's worth of prose follows it
 * (`longResumedWords`): other articles' blurbs or a pitch after a box are a
 * few paragraphs, the rest of an article is many. A comment section's heading
 * ("12 comments") or a blog's line under the post ends the article however
 * much prose follows: that prose is the comments.
 */
function bodyResumesAfter(lines: Line[], i: number, stopwords: Set<string> | undefined, lang: string | undefined): number | undefined {
  let short = true
  for (let k = i + 1; k <= i + longBoxLines + 1 && k + 1 < lines.length; k++) {
    const line = lines[k] as Line
    // What heads a comment section or closes a post ends the article, whatever follows.
    if (labelKind(line.text, undefined) === 'tail' || isCutMarker(line.text) || countsComments(line.text, lang) || isPostMeta(line.text, lang)) return undefined
    const next = (lines[k + 1] as Line).text
    if (isParagraph(line.text, stopwords) && (wordCount(line.text) >= 25 || isParagraph(next, stopwords) || endsLikeSentence(next))) {
      if (k <= i + promoLines) return k
      if (short && k <= i + boxLines + 1 && proseWords(lines, k, k + resumedLines, stopwords) >= resumedWords) return k
      return proseWords(lines, k, k + longResumedLines, stopwords) >= longResumedWords ? k : undefined
    }
    if (k >= i + promoLines && (isParagraph(line.text, stopwords) || wordCount(line.text) > boxTitleWords)) short = false
    // In a long box every line is a title, a name or a label: one ending as a statement does (a blurb) is not.
    // Titles end on a question, an exclamation or a quotation as often as on nothing.
    if (!short && (/[.…:;,]$/u.test(line.text.trim()) || wordCount(line.text) > longTitleWords)) return undefined
  }
  return undefined
}

/**
 * The last line of an author's box headed by line `i`, and the author's name ("About the author",
 * "16x9 Image"): the author's name (a title-like line of a few words), if
 * the box prints it, then their biography (a line of no more than a few sentences, which may end in the
 * author's address rather than as a sentence ends) — neither a label nor a
 * marker of what follows an article.
 */
function authorBoxOf(lines: Line[], i: number): {end: number; name?: Line} {
  const boxLine = (line: Line | undefined): line is Line =>
    line !== undefined && !isAuthorBoxStart(line.text) && !isCutMarker(line.text) && !chromeKindOf(line.text) && !labelKind(line.text, undefined)
  const next = lines[i + 1]
  const name = boxLine(next) && isTitleLike(next.text, nameWords) ? next : undefined
  const end = name ? i + 1 : i
  const bio = lines[end + 1]
  return {end: boxLine(bio) && wordCount(bio.text) <= bioWords ? end + 1 : end, ...(name ? {name} : {})}
}

// An author's name is no longer than this, and their biography in a box than this.
const nameWords = 6
const bioWords = 120

// A form's fields stand within this many lines of each other.
const formLines = 5

// A promo in mid-body is its label and up to this many lines before the body resumes (a title, a blurb).
const promoLines = 3

// A box inside an article: at most this many titles of at most this many words, then this much prose within this many lines.
const boxLines = 4
const boxTitleWords = 15
const resumedWords = 60
const resumedLines = 8
// A longer box: this many lines of titles (each at most this many words), then this much prose within this many lines.
const longBoxLines = 12
const longTitleWords = 25
const longResumedWords = 300
const longResumedLines = 15

/** The words of the paragraphs among lines `from` to `to` (not included). */
function proseWords(lines: Line[], from: number, to: number, stopwords: Set<string> | undefined): number {
  let words = 0
  for (const line of lines.slice(from, to)) if (isParagraph(line.text, stopwords)) words += wordCount(line.text)
  return words
}

// Under this many words, a line printed twice on the page is furniture; a longer one printed this many times.
const repeatedWords = 8
const repeatedLongTimes = 3
// … while such lines hold no more than this share of the page’s words: the page is mostly something else.
const repeatedLongShare = 0.5

// A sentence's worth of words, and how much prose within how many lines is an article still to come.
const sentenceWords = 15
const articleWords = 150
const articleWindow = 40

/**
 * Where an article's worth of running prose starts after line `i`: the first
 * paragraph of prose among the next `articleWindow` lines when those lines hold
 * `articleWords` words of prose; else undefined.
 */
function articleAhead(lines: Line[], i: number, stopwords: Set<string> | undefined): number | undefined {
  let first: number | undefined
  let words = 0
  for (let k = i + 1; k < Math.min(lines.length, i + 1 + articleWindow); k++) {
    const text = (lines[k] as Line).text
    if (!isParagraph(text, stopwords)) continue
    first ??= k
    words += wordCount(text)
    if (words >= articleWords) return first
  }
  return undefined
}

/** A paragraph of running text: prose by the classifier, or a sentence of six words or more. */
function isParagraph(text: string, stopwords: Set<string> | undefined): boolean {
  return isProse({text}, stopwords) || isSentence(text, 6)
}

/**
 * Whether every line strictly between `from` and `to` is furniture the head
 * rules know (a timestamp, "Updated", a widget). Not a menu's labels: a
 * section label stands above the headline, not above the rest of a menu.
 */
function onlyFurnitureBetween(lines: Line[], from: number, to: number, lang: string | undefined): boolean {
  for (let k = from + 1; k < to; k++) {
    const text = (lines[k] as Line).text
    if (!chromeKindOf(text) && !isUpdated(text) && !isTimestamp(text, lang)) return false
  }
  return true
}

/** A line of the head that is furniture wherever it stands: a widget, a label of the page's language, the site's own voice, a date, "Updated". */
function isHeadFurniture(text: string, lang: string | undefined): boolean {
  return (
    chromeKindOf(text) !== undefined ||
    labelKind(text, lang) !== undefined ||
    ownWordsKind(text, lang) !== undefined ||
    isUpdated(text) ||
    isTimestamp(text, lang) ||
    isReadingTime(text, lang) ||
    isBrowserNotice(text)
  )
}

// Lines classified to find the first prose of the page: far more than any head, menus included.
const headLines = 400

// How many lines above the first prose the headline may be: section label, headline, deck, byline, caption
// (and the furniture between them, which is not counted).
const headWindow = 6

/** The first line of the head window above line `to`: `headWindow` lines that are not furniture. */
function windowStart(lines: Line[], to: number, lang: string | undefined): number {
  let counted = 0
  let k = to
  while (k > 0 && counted < headWindow) {
    k--
    if (!isHeadFurniture((lines[k] as Line).text, lang)) counted++
  }
  return k
}

/** Whether one of the four lines after `i` is short and dated, as a comment's heading is (its author and time). */
function commentFollows(lines: Line[], i: number, lang: string | undefined): boolean {
  return lines.slice(i + 1, i + 5).some(({text}) => text.length <= 120 && isDated(text, lang))
}

/** Whether a line holds a full date or a clock time. */
function isDated(line: string, lang: string | undefined): boolean {
  return isDatedInWords(line, lang) || hasNumericDate(line)
}

/**
 * Whether a line holds a clock time or a date isoDateIn reads (its month
 * named, or ISO 8601 opening the line). A date in numbers alone may stand in a headline ("Bericht zur Coronalage vom
 * 22.04.2020 – …"); there it makes a line the post's metadata only in a short
 * dated line (isPostDateLine).
 */
function isDatedInWords(line: string, lang: string | undefined): boolean {
  return clockTime.test(line) || isoDateIn(line, lang) !== undefined
}


/** Line `k`, above line `before`, is a menu's entry: three words at most, neither furniture the head rules know nor a byline. */
function isMenuLine(lines: Line[], k: number, before: number, lang: string | undefined): boolean {
  const line = lines[k]
  return line !== undefined && k < before && line.text.length <= 30 && wordCount(line.text) <= 3 && !isHeadFurniture(line.text, lang) && !parseByline(line.text, lang)
}

/** The first full date in a line, as ISO 8601 (`2017-12-22`), if it has a year. */
function isoDateIn(line: string, lang: string | undefined): string | undefined {
  const iso = /^\d{4}-\d{2}-\d{2}/.exec(line.trim())?.[0]
  if (iso) return iso
  for (const date of findDates(line, lang)) {
    if (date.node.type === 'date' && date.node.iso && /^\d{4}-\d{2}-\d{2}$/.test(date.node.iso)) return date.node.iso
  }
  return undefined
}

/** Lines of the head that are neither furniture nor a byline. */
function headCandidates(lines: Line[], from: number, lang: string | undefined): Line[] {
  const out: Line[] = []
  for (let k = from; k < lines.length && out.length < 4; k++) {
    const line = lines[k] as Line
    if (isHeadFurniture(line.text, lang) || parseByline(line.text, lang)) continue
    if (out.at(-1)?.text === line.text) continue
    out.push(line)
  }
  return out
}

/**
 * A section label above the headline: a short line followed by the headline
 * (and, usually, a caption) before the first sentence of the body.
 */
function isSectionLabel(lines: Line[], i: number, lang: string | undefined): boolean {
  const line = lines[i] as Line
  const words = wordCount(line.text)
  if (words > 3 || line.text.length > 40 || !isTitleLike(line.text)) return false
  const after = headCandidates(lines, i + 1, lang)
  let titled = 0
  for (const candidate of after) {
    if (!isHeadingLike(candidate.text, 80) || splitFusedByline(candidate.text, lang)) break
    titled++
  }
  if (titled === 0) return false
  return words === 1 || sectionNames.has(line.text.toLowerCase()) || titled >= 2
}

/**
 * A photo caption under the headline: no sentence punctuation at its end, or
 * printed twice, or carrying a photo mark or a glued byline.
 */
function isCaption(lines: Line[], i: number, lang: string | undefined): boolean {
  const line = lines[i] as Line
  const next = lines[i + 1]
  if (!next) return false
  if (isCredit(line.text, lang) || parseDateline(line.text) || isPromoStart(line.text)) return false
  if (next.text === line.text) return true
  // A hard-wrapped lead paragraph: the next line goes on in lower case.
  if (next.index === line.index + 1 && /^\p{Ll}/u.test(next.text)) return false
  if (isPictureCredit(line.text, lang) || /\((?:file |illustrative |archive )?photo\)|\bpictured\b|\(file\)/i.test(line.text)) return true
  if (splitFusedByline(line.text, lang)) return true
  // A caption may end with the picture's date, whose abbreviation is no sentence's end ("… 22 декабря 2017 г.").
  const last = findDates(line.text, lang).at(-1)
  const shape = last && last.end === line.text.trimEnd().length ? line.text.slice(0, last.start) + '0' : line.text
  return isTitleLike(shape, 80) && wordCount(line.text) >= 3
}

/**
 * The line a social network's embedded post prints under the post's text once
 * its script is gone: a dash, the author's name, the account's handle in
 * brackets and the date, whatever its language ("— Elon Musk (@elonmusk) March
 * 16, 2020", "— Anja (@AnjaAmaranth) 10. September 2018"). The shape is the
 * embed's, not a language's.
 */
export function isPostAttribution(text: string): boolean {
  return text.length <= attributionLength && postAttribution.test(text.trim())
}

// A dash, a name of a few words, "(@handle)", then the date, closing on a year.
const postAttribution = /^[—–-]\s?[^()@\n]{1,80}\(@[\p{L}\p{N}_]{1,30}\)\s+\S.*\p{N}{4}$/u
const attributionLength = 160

/**
 * The post's dated line: a date or a clock time, with a few words beside it (a
 * label, the author, a count of comments) — at most `postDateWords` words
 * besides the date, and no sentence's end. A caption with a date in it
 * describes its picture at greater length.
 */
function isPostDateLine(text: string, lang: string | undefined): boolean {
  if (endsLikeSentence(text) || !isDated(text, lang)) return false
  const dates = findDates(text, lang)
  let rest = text
  for (const date of [...dates].reverse()) rest = rest.slice(0, date.start) + ' ' + rest.slice(date.end)
  rest = rest.replace(new RegExp(clockTime.source, 'gu'), ' ')
  // A dash or a bullet between the parts ("… von Mark Hosak — Hinterlasse eine Antwort") is no word.
  return wordCount(rest.replace(/(?<=^|\s)[^\p{L}\p{N}\s]+(?=\s|$)/gu, ' ')) <= postDateWords
}

// Besides its date, the post's dated line holds a label, a name or two, a count: no more words than this.
const postDateWords = 8

/** A one-line subhead between paragraphs. */
function isSubhead(lines: Line[], i: number): boolean {
  const line = lines[i] as Line
  const next = lines[i + 1]
  if (!next || isCutMarker(next.text) || isAuthorBoxStart(next.text)) return false
  if (!isHeadingLike(line.text, 12) || /[.:;,]["”’)]*$/.test(line.text)) return false
  if (/^["“‘']/.test(line.text)) return false
  return !isHeadingLike(next.text, 12)
}

/**
 * A scraped page read without a headline whose article, once its furniture is
 * left out, opens with a subhead: that line is the headline ("Ischgl", "Hope!"
 * — too short for the head rules, which want three words). A subhead never
 * stands before the body's first paragraph.
 */
export function promoteOpeningSubhead(draft: Draft, report: Reporter): void {
  if (draft.blocks.some((block) => block.type === 'heading' && block.depth === 1)) return
  const content = draft.blocks.filter((block) => block.type !== 'chrome')
  const [first, second] = content
  if (first?.type !== 'heading' || (second?.type !== 'paragraph' && second?.type !== 'list')) return
  first.depth = 1
  draft.meta.title ??= first.content.text.value
  const start = first.content.text.starts[0] ?? 0
  report('headline-promoted', `The article opens with this line once its furniture is left out: took it for the headline`, start, first.content.text.ends.at(-1) ?? start)
}

/**
 * An embedded post's attribution goes with the post above it: when the block
 * right before it was left out as furniture (a post in a sidebar, a post whose
 * text the classifier judged furniture), the attribution is left out with it —
 * a name and a handle alone would be read as the article's.
 */
export function attributionsFollowPosts(draft: Draft, report: Reporter): void {
  for (const [index, block] of draft.blocks.entries()) {
    if (block.type !== 'paragraph' || !block.attribution) continue
    const before = draft.blocks[index - 1]
    if (before?.type !== 'chrome') continue
    const chrome = chromeOf([block.content], before.kind)
    draft.blocks[index] = chrome
    report('post-attribution', `Left out an embedded post’s attribution with the post: “${chrome.label.slice(0, 60)}”`, chrome.start, chrome.end)
  }
}
