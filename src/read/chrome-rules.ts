/**
 * What page furniture of news sites (Pangea: RFE/RL, VOA and their sister sites,
 * and the like) looks like once it is text. Both readers use these rules: the
 * text reader on lines, the HTML reader on the text of blocks.
 *
 * Each rule is a small predicate over one trimmed line, named for what it finds.
 */
import type {ChromeKind} from '../model/types.js'
import {bylinePattern, hasCreditWords} from './language/byline-words.js'
import {browserNoticeWords, shareNetworks} from './language/chrome-labels.js'
import {alternation, escapeRegExp} from '../model/regexp.js'
import {findDates} from './enrich/dates.js'
import {leadingWeekday} from './language/months.js'
import {dateOfDateLine, isNumericDate, isRelativeTime} from './language/date-lines.js'
import {stopwordsFor} from './language/stopwords.js'
import {endsLikeSentence, hasAtMostWords, titleStart, wordCount} from './language/words.js'
import {isOpinionDisclaimer} from './language/pitches.js'

// Every rule normalises the line it is given, and the rules are asked of one line after another:
// the last line's answer is kept. Most lines are already normal (single spaces, none at the
// ends) and are not copied.
let lastLine = ''
let lastNormal = ''
const normal = (line: string): string => {
  if (line !== lastLine) {
    lastLine = line
    lastNormal = /[^\S ]| {2}|^ | $/.test(line) ? line.trim().replace(/\s+/g, ' ') : line
  }
  return lastNormal
}

/** The screen-reader header: "Accessibility links" and its skip links. */
export function isAccessibilityLinks(line: string): boolean {
  return /^(?:\[?accessibility links\]?|skip to (?:main )?(?:content|navigation|search)\b.*)$/i.test(normal(line))
}

export function isBreakingNews(line: string): boolean {
  return /^breaking news$/i.test(normal(line))
}

/** "Updated", "Updated December 22, 2017 10:42 GMT". */
export function isUpdated(line: string): boolean {
  return /^(?:last )?updated\b(?:[: ].{0,60})?$/i.test(normal(line)) && !/[.!?]$/.test(normal(line))
}

/** A leading metadata line: " date 2022-03-27 News". */
export function parseMetadataLine(line: string): {published: string; section?: string} | undefined {
  const match = /^date:? (\d{4}-\d{2}-\d{2})(?:[T ][\d:]+(?:Z|[+-]\d\d:?\d\d)?)?(?: (.+))?$/i.exec(normal(line))
  if (!match) return undefined
  return {published: match[1] as string, ...(match[2] ? {section: match[2]} : {})}
}

/**
 * A published line printed under the headline: "December 22, 2017 10:42 GMT",
 * or a whole date in the page's language with its year ("22 декабря 2017",
 * "۱ دی ۱۳۹۶", "22. decembar 2017.") or in numbers ("03.04.2020"), a label
 * before it ("Publiziert:") and a clock time after it ("um 12:35 Uhr") or not.
 */
export function isTimestamp(line: string, lang?: string | undefined): boolean {
  const l = normal(line)
  if (
    /^(?:published:? )?(?:\w+day, )?(?:[A-Z][a-z]+\.? \d{1,2}, \d{4}|\d{1,2} [A-Z][a-z]+ \d{4})(?:,? \d{1,2}:\d{2}(?: ?[ap]\.?m\.?)?(?: [A-Z]{2,4})?)?$/.test(l) ||
    /^\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2})?)?$/.test(l)
  ) {
    return true
  }
  if (l.length > 80) return false
  // "vor 4 Monaten", "3 hours ago": when, counted back from the page's own day.
  if (isRelativeTime(l, lang)) return true
  // A label may open the line ("Veröffentlicht am", "Publicado el"), then a weekday's name ("Donnerstag, 31. Mai
  // 2012"); a clock time may close it ("um 16:14 Uhr", "12:35"). What is left is the date: in numbers, or in words.
  const undated = dateOfDateLine(l, lang)
  const date = (lang === undefined ? undated : undated.replace(leadingWeekday(lang) ?? /^$/, '')).replace(/[,\s]+\p{Lu}{2,4}$/u, '').replace(/\.$/, '')
  if (isNumericDate(date)) return true
  if (lang === undefined) return false
  const [found] = findDates(date, lang)
  return found !== undefined && found.start === 0 && found.end === date.length && found.node.type === 'date' && /^\d{4}-\d{2}/.test(found.node.iso ?? '')
}

/** One part of a row of metadata, with where it stands in the line. */
export interface MetaPart {
  text: string
  start: number
  end: number
}

/** A row of a post's metadata: its parts, and the one that is its date. */
export interface MetaRow {
  parts: MetaPart[]
  date: MetaPart
}

/**
 * A row of a post's metadata: short parts between bars, slashes, bullets or
 * spaced dashes, one of them a date line — "Von Thilo / 6. November 2023 /
 * Keine Kommentare", "06.11.2023, 15:20 Uhr • 2 Min. Lesezeit", "By Jane Doe |
 * 03/05/2022 20:36", "23.06.2016 um 16:14 Uhr - Anna Berg - 91 Ergänzungen".
 * Undefined for other lines (a sentence ends no part).
 */
export function metaRow(line: string, lang?: string | undefined): MetaRow | undefined {
  if (line.length > 200 || !/[|/•·]|\s[-–—]\s/.test(line)) return undefined
  const parts: MetaPart[] = []
  const separator = /\s+[/•·–—-]\s+|\s*\|\s*/g
  let from = 0
  for (const match of line.matchAll(separator)) {
    parts.push({text: line.slice(from, match.index), start: from, end: match.index as number})
    from = (match.index as number) + match[0].length
  }
  parts.push({text: line.slice(from), start: from, end: line.length})
  const kept = parts.filter((part) => part.text.trim() !== '')
  if (kept.length < 2 || wordCount(line) > 25) return undefined
  if (kept.some((part) => !hasAtMostWords(part.text, 8) || /[.!?]["”’)]*$/u.test(part.text.trim()))) return undefined
  const date = kept.find((part) => isTimestamp(part.text.trim(), lang))
  return date ? {parts: kept, date} : undefined
}

/** The part of a row of metadata that is a byline ("Von Thilo"), and the names it gives. */
export function rowByline(row: MetaRow, lang?: string | undefined): {part: MetaPart; byline: string} | undefined {
  for (const part of row.parts) {
    const byline = parseByline(part.text, lang)
    if (byline) return {part, byline}
  }
  return undefined
}

/** Where the article ends and the site's lists of other articles begin: cut from here. */
export function isCutMarker(line: string): boolean {
  return /^(?:all of the latest news|more news|latest news|more from [\w /-]+|most popular|most read|most viewed|related(?: (?:stories|articles|content|news))?|see also|also on [\w /-]+|recommended|you may also like|read more)$/i.test(
    normal(line)
  )
}

/**
 * A web form's field left as words: a label of one or two words with the mark
 * of a required field after it ("Name *", "E-Mail*", "Kommentar *"). Forms
 * mark the fields to fill so in any language; an article's lines do not end in
 * a bare asterisk (a footnote's mark follows a longer line).
 */
export function isFormField(line: string): boolean {
  return /^[\p{L}][\p{L}.-]{0,20}(?: [\p{L}.-]{1,20})?\s?\*$/u.test(line.trim())
}

/**
 * An error the site's server printed into the page — PHP's "Warning: … in
 * /www/…/functions.php on line 737", "Strict Standards: …", "Deprecated: …":
 * its own words and shape on any site, in any language of the page.
 */
export function isServerError(line: string): boolean {
  return /^(?:(?:PHP )?(?:Warning|Notice|Deprecated|Strict Standards|(?:Catchable )?Fatal error|Parse error)): .{1,600}? in \S+\.php(?::\d+| on line \d+)\.?$/.test(normal(line))
}

/** Share, print and comment widgets left as words: a network's name alone (`shareNetworks`), or one of these. */
export function isShareWidget(line: string): boolean {
  return shareWidget.test(normal(line))
}

const shareWidget = new RegExp(
  `^(?:${alternation([...shareNetworks.names, ...shareNetworks.words])}|print|share|share this|comments|see comments|\\d+ comments?|comment|tweet|social share|copy link|link has been copied to clipboard|the daily vertical|follow us|embed|download|direct link|pop-out player|the (?:code|url) has been copied to your clipboard\\.?)$`,
  'iu'
)

/** CSS breakpoint helpers and other words of layout: XS, SM, MD, LG. */
export function isLayoutNoise(line: string): boolean {
  const l = normal(line)
  return (
    (/^(?:XS|SM|MD|LG|XL|\d+x\d+ Image|Image|Video|Audio|Photo gallery|Loading\.\.\.|No media source currently available)$/.test(l) ||
      // A media player's clock: "0:00 0:04:35 0:00".
      /^\d{1,2}:\d{2}(?::\d{2})?(?: \d{1,2}:\d{2}(?::\d{2})?)+$/.test(l)) &&
    !isAuthorBoxStart(line)
  )
}

/** "16x9 Image" opens an author box: the author's name and a boilerplate bio follow. */
export function isAuthorBoxStart(line: string): boolean {
  return /^16x9 Image$/i.test(normal(line))
}

/**
 * A promo box in mid-body: "Live Briefing: …", "Live Map: …", "Live Blog: …",
 * "Watch: Putin's Press Conference In Two Minutes". What follows the label is a
 * title (in title case, or short); a sentence — in sentence case, more than
 * twelve words, or going on in lower case ("Watch: the defendants said they
 * would appeal…") — is the article's paragraph.
 */
export function isPromoStart(line: string): boolean {
  const l = normal(line)
  const label = /^(?:live (?:briefing|map|blog|updates|coverage)|watch|listen|podcast|explainer|read more|see also|related|also read|subscribe|newsletter|video|infographic|interactive)\s?:\s*/i.exec(l)
  if (label) {
    const rest = l.slice(label[0].length)
    const words = rest.split(' ')
    const titleCase = words.filter((word) => /^["“‘'(]?[\p{Lu}\p{N}]/u.test(word)).length / words.length >= 0.6
    const sentence = endsLikeSentence(rest) && !titleCase && (wordCount(rest) > 12 || (/^\p{Ll}/u.test(rest) && wordCount(rest) > 4))
    return !sentence
  }
  return (
    /^for (?:full|more|the latest|continuing|complete) coverage\b.*\bvisit\b/i.test(l) ||
    /^(?:sign up|subscribe) (?:for|to) (?:our|the)\b/i.test(l)
  )
}

/** The blurb that goes with a promo: one short line, usually ending "click here." */
export function isPromoBlurb(line: string): boolean {
  const l = normal(line)
  const words = l.split(' ').length
  return (
    words <= 40 &&
    (/\bclick here\b|\bupdated constantly\b|\bsubscribe\b|\bsign up\b|\bwatch (?:it|now|live)\b|\blisten\b/i.test(l) ||
      !/[.!?"”]$/.test(l))
  )
}

/**
 * Closing credits: "With reporting by AFP and Reuters", "compiled from agency
 * reports", and the language's own words for one ("По материалам AFP и
 * Reuters", in a line of at most sixteen words); and the site's disclaimer of
 * the opinions in the piece, in any language of the table (pitches.ts:
 * "Dieser Beitrag gibt die Meinung des Autors wieder, nicht notwendigerweise
 * die der Redaktion"), which may run to a few sentences.
 */
export function isCredit(line: string, lang?: string | undefined): boolean {
  const l = normal(line)
  if (isOpinionDisclaimer(l, lang)) return true
  return (
    l.length <= 200 &&
    ((wordCount(l) <= 16 && !/[?!]$/.test(l) && hasCreditWords(l, lang)) ||
      /^[-–—(]*\s*(?:with (?:additional )?reporting by|additional reporting by|reporting by|based on reporting by|written by|compiled by|edited by)\b/i.test(l) ||
      /^[-–—(]*\s*(?:\S+ )?compiled from (?:agency|wire|news agency)? ?reports\b/i.test(l) ||
      /^\(?(?:AFP|AP|Reuters|RFE\/RL|TASS|Interfax|dpa)(?:,? (?:and|with) [A-Z][\w/.]*)*\)?$/.test(l) ||
      /^this (?:story|article|report) (?:was|is) (?:based on|compiled from|reported by|written by)\b/i.test(l) ||
      /^the (?:views|opinions) expressed in this (?:commentary|blog|article|op-ed|column|piece)\b/i.test(l) ||
      /\bcontributed (?:to )?(?:this )?(?:report|reporting|story)\.?$/i.test(l))
  )
}

/** A byline on its own line: "By Jane Doe and John Roe", "- By RFE/RL". */
export function parseByline(line: string, lang?: string | undefined): string | undefined {
  const l = normal(line)
  // An agency or service credited under the headline, without "By".
  if (/^(?:VOA News|RFE\/RL|RFE\/RL's [\w -]+ Service|Current Time|Associated Press|Reuters|AFP|Radio Farda|Radio Azadi)$/.test(l)) return l
  return bylinePattern(lang, 'whole').exec(l)?.[1]
}

/**
 * A byline glued to the end of a caption: "… (file photo) By Jane Doe and John
 * Roe". Not names that end as a sentence ends ("… die S-Camper von
 * Sortimo.", "… um das Herz von Ana."): prose, which says "von" and "by" as
 * often as a byline does.
 */
export function splitFusedByline(line: string, lang?: string | undefined): {caption: string; byline: string} | undefined {
  const match = bylinePattern(lang, 'end').exec(normal(line))
  if (!match) return undefined
  const [caption, byline] = [match[1] as string, match[2] as string]
  if (/[.!?…]$/u.test(byline)) return undefined
  return {caption, byline}
}

export interface DatelineParts {
  place: string
  date?: string
  source?: string
  /** Characters of the line the dateline takes, with the dash and the space after it. */
  length: number
}

// Parts of a dateline: place (in capitals, or mixed case), region, date, source.
const capitals = "[\\p{Lu}][\\p{Lu}.'’-]*(?: [\\p{Lu}][\\p{Lu}.'’-]*){0,3}"
const mixed = "[\\p{Lu}][\\p{Ll}.'’-]+(?: [\\p{Lu}][\\p{Ll}.'’-]+){0,2}"
// "KYIV, Ukraine", "WASHINGTON, D.C.": a region after the place.
const region = "(?:, (?![A-Z][a-z]+\\.? \\d|\\d)[\\p{Lu}][\\p{L}.'’-]*(?: [\\p{Lu}][\\p{L}.'’-]*)?)?"
const date = '(?:, ((?:[A-Z][a-z]+\\.? \\d{1,2}|\\d{1,2} [A-Z][a-z]+),? \\d{4}))?'
const source = "(?: \\(([\\p{Lu}][\\p{L}/.&' -]{1,29})\\))?"
const datelinePattern = new RegExp(`^((?:${capitals}|${mixed})${region})${date}${source} ?(?:--|–|—|-(?= ))(?: |$)`, 'u')

/**
 * A dateline opening the first paragraph: "VIENNA --", "PRAGUE, May 31, 2006
 * (RFE/RL) --", "Prague, 25 June 2005 (RFE/RL) --".
 */
export function parseDateline(line: string): DatelineParts | undefined {
  const match = datelinePattern.exec(line)
  if (!match) return undefined
  const place = match[1] as string
  const head = place.split(',')[0] as string
  // A mixed-case place needs a date or a source to be a dateline: "Johnson -- who…" is not.
  if (/\p{Ll}/u.test(head) && !match[2] && !match[3]) return undefined
  // A single hyphen only after a place in capitals or a source: "MOSCOW (AP) - ".
  if (/-$/.test(match[0].trim()) && !/--$/.test(match[0].trim()) && /\p{Ll}/u.test(head) && !match[3]) return undefined
  return {
    place,
    ...(match[2] ? {date: match[2]} : {}),
    ...(match[3] ? {source: match[3]} : {}),
    length: match[0].length
  }
}

/** The chrome kind of a line that is furniture wherever it stands, if it is one. */
export function chromeKindOf(line: string): ChromeKind | undefined {
  if (isServerError(line)) return 'other'
  if (isAccessibilityLinks(line)) return 'accessibility-links'
  if (isBreakingNews(line)) return 'breaking-news'
  if (isShareWidget(line)) return 'share'
  if (isLayoutNoise(line)) return 'layout-noise'
  if (isCopyrightNotice(line)) return 'copyright'
  if (isFooterLine(line)) return 'other'
  if (isBreadcrumb(line)) return 'navigation'
  return undefined
}

// What a breadcrumb puts between the levels of a site: an arrow, a guillemet, a spaced slash.
const crumbSeparator = /\s*[»›>→|]\s*|\s+\/\s+/u

/**
 * A breadcrumb: the way from the site's home to the page — "Home » Politik »
 * Ausland", "Startseite > People > Real Life > Horror-Fund!", "Home / Horoskop /
 * Sternzeichen", "Start|Magazin|Coole Tipps" — three parts or more between such
 * separators, each but the last a section's name: four words at most, letters,
 * no punctuation, none a date (that is a row of the post's metadata). Scraped
 * text prints it above the headline, often with the headline as its last part.
 */
export function isBreadcrumb(line: string): boolean {
  const l = normal(line)
  if (l.length > 200) return false
  const parts = l.split(crumbSeparator)
  if (parts.length < 3 || parts.some((part) => part.length === 0)) return false
  if (!parts.slice(0, -1).every((part) => hasAtMostWords(part, 4) && /\p{L}/u.test(part) && !/[.:;,!?]/u.test(part))) return false
  // A part that is a date makes it a row of the post's metadata ("Von Jan | 3 Kommentare | 24.10.2023"), not a breadcrumb.
  // (Asked last: it parses dates, and chromeKindOf asks this of every line.)
  return !parts.some((part) => isTimestamp(part.trim()))
}

/**
 * The site's footer and a reprint's trailer: "Copyright (c) 2017 RFE/RL, Inc.
 * All Rights Reserved.", "Reprinted with the permission of …", a source URL.
 */
export function isFooterLine(line: string): boolean {
  return isCopyrightNotice(line) || sourceUrl(normal(line)) !== undefined
}

/** A copyright or reprint notice: "Copyright (c) 2017 RFE/RL, Inc.", "Reprinted with the permission of …". */
export function isCopyrightNotice(line: string): boolean {
  const l = normal(line)
  return (
    // With the sign or a year it is a notice, however long ("© 2020 Cornel van
    // Bebber Diese Seite ist …"); the bare word may open a sentence.
    /^(?:©|\(c\) ?\d{4}|copyright:? ?(?:©|\(c\)|\d{4}))/i.test(l) ||
    (/^copyright\b/i.test(l) && isNotice(l)) ||
    /^all rights reserved\.?$/i.test(l) ||
    (/^(?:reprinted|republished|used) (?:with|by) (?:the )?permission of\b/i.test(l) && isNotice(l))
  )
}

/**
 * A notice is a phrase and a name — an owner, an address, a year — not a
 * sentence about something: it has few words in lower case that are not stop
 * words. "Copyright holders won a major case…" and "Reprinted with permission
 * of the court, the ruling runs to 80 pages…" are paragraphs of the article.
 */
function isNotice(line: string): boolean {
  const stop = stopwordsFor('en')
  const words = line.split(' ').slice(1) // the notice's own first word
  const prose = words.filter((word) => {
    const bare = word.replace(/^\P{L}+|\P{L}+$/gu, '')
    return /^\p{Ll}/u.test(bare) && !stop?.has(bare)
  })
  return words.length <= 12 ? prose.length <= 3 : prose.length <= 2
}

/** The page's address, when a line is only that ("Source: https://…" or the bare URL). */
export function sourceUrl(line: string): string | undefined {
  return /^(?:(?:source|original|link|url|read more at)\s*:\s*)?(https?:\/\/\S+)$/i.exec(normal(line))?.[1]
}

/** A one-line heading or label: short, no sentence punctuation at the end. */
export function isTitleLike(line: string, maxWords = 25): boolean {
  const l = normal(line)
  return !endsLikeSentence(l) && titleStart.test(l) && hasAtMostWords(l, maxWords)
}

/**
 * A headline or subhead: title-like, or a question or exclamation set in title
 * case ("Is Russia Ready For Talks?"), which news headlines often are.
 */
export function isHeadingLike(line: string, maxWords = 25): boolean {
  if (isTitleLike(line, maxWords)) return true
  const l = normal(line)
  const words = l.split(' ')
  if (!/[?!？！؟]["”’]?$/u.test(l) || !titleStart.test(l) || !hasAtMostWords(l, maxWords)) return false
  // In a script without case, a question on one line is a headline's shape; in a cased one, it is set in title case.
  if (!/\p{Lu}/u.test(l)) return true
  const capitalised = words.filter((word) => /^["“‘'(]?[\p{Lu}\p{N}]/u.test(word)).length
  return capitalised / words.length >= 0.6
}

const browserNotice = new RegExp(`(?<![\\p{L}])(?:${browserNoticeWords.map(escapeRegExp).join('|')})(?![\\p{L}])`, 'iu')

/**
 * A notice about the reader's browser (its cookies, its scripts): a sentence —
 * a headline about cookies does not end as one — or a line of more than twelve
 * words, at most 600 characters, naming one of the notice words.
 */
export function isBrowserNotice(line: string): boolean {
  const l = normal(line)
  return (endsLikeSentence(l) || !hasAtMostWords(l, 12)) && namesBrowserNotice(l)
}

/** Whether a text of at most 600 characters names one of the notice words, whatever its shape ("Turn on your JavaScript to view content"). */
export function namesBrowserNotice(text: string): boolean {
  const l = normal(text)
  return l.length <= 600 && browserNotice.test(l)
}
