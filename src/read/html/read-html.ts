import type {Element, ElementContent, Root, RootContent} from 'hast'
import {matches, select, selectAll} from 'hast-util-select'
import {toString as hastToString} from 'hast-util-to-string'
import {toText} from 'hast-util-to-text'
import type {ArticleMeta, ChromeKind, ChromeLink, HeadingDepth} from '../../model/types.js'
import {
  isBreakingNews,
  isCredit,
  isCutMarker,
  isCopyrightNotice,
  isFooterLine,
  isServerError,
  isPromoStart,
  isBreadcrumb,
  isTimestamp,
  metaRow,
  namesBrowserNotice,
  parseByline,
  parseDateline,
  rowByline
} from '../chrome-rules.js'
import {blockTexts, joinSentences, plain} from '../draft.js'
import type {Draft, DraftBlock, DraftText} from '../draft.js'
import type {Reporter} from '../text/read-text.js'
import {ignoredElements, inlineText, isHidden} from './inline.js'
import {isPictureCredit} from '../language/picture-credits.js'
import {isReadingTime} from '../language/date-lines.js'
import {ownWordsKind} from '../language/pitches.js'
import {isPostMeta, labelKind, leadingLabelKind} from '../language/chrome-labels.js'
import {elementsIn, elementsNamed} from './elements.js'
import {contradicts, detectLanguage, withScript} from '../language/detect.js'
import {isScreenReaderOnly, namedAs} from './class-names.js'
import {findHeadline, jsonLdHeadline, titleExtent} from './headline.js'
import {jsonLdArticleBody} from './json-ld.js'
import {linkText, locateArticle, paragraphText, readAsContainer} from './locate.js'
import {ancestorsOf, contains, elementAround} from './tree.js'
import {maxDepth, parseHtml} from './parse.js'
import type {PageName} from './parse.js'
import {readSummary, readMeta} from './meta.js'
import {resolveUrl} from '../../model/url.js'
import {fromElement} from '../source-text.js'
import {isProse} from '../boilerplate.js'
import {beginsWithDropCap} from '../language/words.js'
import {stopwordsFor} from '../language/stopwords.js'
import {canonicalLang} from '../../model/lang.js'
import {calendarDate, looksLikeIsoDate} from '../../model/calendar.js'

/**
 * Widgets inside an article container that are furniture, by what they are
 * called. Each selector names a class or an id: they are tried only on elements
 * that have one (`isNamed`), so a selector by tag or other attribute added here
 * must widen that test.
 */
const widgets: Array<[ChromeKind, string]> = [
  ['section-label', '.category, .kicker, .section-label, .eyebrow'],
  ['breaking-news', '.breaking-news, [class*="breaking"]'],
  ['share', '.share, .sharing, .social, .social-share, [class*="share-"], [class*="-share"], .print, .tools'],
  [
    'related',
    '.related, [class*="related"], .more-news, .read-more, .recommended, .outbrain, .media-block, [class*="__embed"], .teaser, .embed-teaser'
  ],
  ['comments', '#comments, .comments, [class*="comment"]'],
  ['newsletter', '.newsletter, .subscribe'],
  ['other', '.tags'],
  ['promo', '.promo, [class*="promo"], .ad, .ads, .advert, [class*="advert"], .banner, .sponsored'],
  ['author-box', '.author-box, .author-bio, .about-author']
]

const fold = (text: string) => text.replace(/\s+/g, ' ').trim().toLowerCase()

/** Paragraphs an article has read before a byline can only be another article's. */
const minimumStory = 3

/** Two texts in the order they have in the page. */
function sourceOrder(a: DraftText, b: DraftText): [DraftText, DraftText] {
  return (a.text.starts[0] ?? 0) <= (b.text.starts[0] ?? 0) ? [a, b] : [b, a]
}

/** Elements that are never part of an article's text. */
const structural = new Set(['nav', 'aside', 'footer', 'menu', 'header'])

// Tried only on elements with a class, an id or one of the attributes it names (`isByline`).
const bylineSelector =
  '.byline, .author, .authors, .autor, .autores, .auteur, .auteurs, .autore, .autori, [rel="author"], [itemprop="author"], ' +
  '[data-component*="byline"], [data-testid*="byline"], .links__item-author'

/**
 * Whether an element has a class or an id, which every widget selector asks
 * for: most elements of a page have neither, and a selector is matched (and
 * parsed) anew on each call, once per widget kind for every element read.
 */
function isNamed(node: Element): boolean {
  return node.properties.className !== undefined || node.properties.id !== undefined
}

/** Whether an element is named or marked as a byline (`bylineSelector`); the selector only for one with an attribute it asks about. */
function isByline(node: Element): boolean {
  const {properties} = node
  const marked = isNamed(node) || properties.rel !== undefined || properties.itemProp !== undefined || properties.dataComponent !== undefined || properties.dataTestid !== undefined
  return marked && matches(bylineSelector, node)
}

/**
 * Read an HTML page (or fragment) into a draft: the page's skip links and
 * breaking-news bar become chrome, the article is located (`article`, `main`,
 * known containers, then a content score), and its headings, paragraphs,
 * figures, quotes and lists are taken in order; navigation, widgets, forms,
 * scripts and frames are left out.
 */
export function readHtmlDraft(source: string, report: Reporter, fallbackLang?: string | undefined, where?: PageName): Draft {
  const {tree, flattened, replaced} = parseHtml(source, where)
  if (replaced > 0) {
    report('control-characters', `Replaced ${replaced} characters from character references that no output format may hold`, 0, 0)
  }
  if (flattened > 0) {
    report('html-flattened', `Flattened ${flattened} elements nested deeper than ${maxDepth} levels to their text`, 0, 0)
  }
  const meta: ArticleMeta = readMeta(tree)
  for (const key of ['published', 'updated'] as const) {
    const value = meta[key]
    if (value !== undefined && looksLikeIsoDate(value) && !calendarDate(value)) {
      delete meta[key]
      report('date-invalid', `The page's ${key} date “${value}” is not a calendar date; it was left out`, 0, 0)
    }
  }
  const declared = (select('html', tree)?.properties.lang as string | undefined)?.trim() || undefined
  const canonical = declared === undefined ? undefined : canonicalLang(declared)
  // Tags compare without case (`EN-us` is `en-US`): only a tag that had to be repaired or dropped is reported.
  if (declared !== undefined && canonical?.toLowerCase() !== declared.toLowerCase()) {
    report(
      'lang-invalid',
      canonical ? `The page's language “${declared}” is written “${canonical}” in BCP 47` : `The page's language “${declared}” is not a BCP 47 tag; it was left out`,
      0,
      0
    )
  }
  const container = locateArticle(tree, report)
  // The container's text, for the language's checks: walked once, and only when one needs it.
  let text: string | undefined
  const containerText = () => (text ??= toText(container))
  // "sr" on a page in Latin letters is Serbian in Latin: its months, braille and voices are those.
  let lang = canonical === undefined ? undefined : withScript(canonical, containerText)
  // A theme's language on a page written in another (lang="en-US" on a German blog) would give it the
  // wrong stop words, braille table and voice: what the article plainly reads as wins.
  const read = lang === undefined ? undefined : contradicts(lang, containerText())
  if (lang !== undefined && read !== undefined) {
    report('lang-contradicted', `The page declares “${lang}”, but its text reads as “${read}”: read as “${read}”`, 0, 0)
    lang = read
  }
  const blocks: DraftBlock[] = []

  pageChrome(tree, container, blocks)
  for (const block of blocks) {
    if (block.type === 'chrome') report(`chrome-${block.kind}`, `Left out ${block.kind} furniture: “${block.label}”`, block.start, block.end)
  }

  // With a known body element (Pangea's `.wsw`), only the header material before
  // it and a credit after it are taken from the rest of the container, which on
  // real pages holds teasers, "most popular" lists and the like.
  const body = bodyElement(container)
  const walker = new Walker(source, blocks, meta, report, body, new Set(body ? (ancestorsOf(container, body) ?? []) : []))
  // A headline outside the container (some layouts put it above the body).
  const titleElement = select('title', tree)
  const titles = [jsonLdHeadline(tree), meta.title, titleElement ? hastToString(titleElement) : undefined].filter(
    (title): title is string => title !== undefined
  )
  const headline = findHeadline(tree, container, titles)
  walker.headline = headline
  // The furniture labels need the language before the walk: declared, given, or read from the container's text.
  const detected = lang ?? fallbackLang ? undefined : detectLanguage(containerText())
  if (detected) report('language-detected', `The page declares no language; its text reads as “${detected}”`, 0, 0)
  walker.lang = lang ?? fallbackLang ?? detected
  if (headline && !contains(container, headline)) walker.block(articleHeaderOf(tree, headline, container) ?? headline)
  walker.contents(container)
  // The headline left out where it stood (in a page header, a widget) or never
  // found: it is read at the top of the article, from its element or the <title>.
  if (!blocks.some((block) => block.type === 'heading' && block.depth === 1)) walker.topHeadline(headline, titleElement)
  headlineFirst(blocks, report)

  const first = blocks.find((block) => block.type === 'heading' && block.depth === 1)
  if (first && first.type === 'heading') meta.title = first.content.text.value
  const draft: Draft = {lang: lang ?? detected, meta, blocks}
  const articleBody = jsonLdArticleBody(tree)
  if (articleBody) {
    const {start, end} = span(articleBody.script)
    draft.articleBody = plain(fromElement(articleBody.value, start, end))
  }
  const summary = readSummary(tree)
  if (!summary) return draft
  printedDeck(source, tree, container, summary.value, blocks, walker.lang, report)
  const {start, end} = span(summary.element)
  const from = String(summary.element.properties.property ?? summary.element.properties.name)
  draft.summary = {content: plain(fromElement(summary.value, start, end)), from}
  return draft
}

/**
 * The article begins with its headline: a picture and its caption, a byline or
 * a section's deck printed above it on the page come after it, in their order,
 * as a listener and a braille reader expect (and as every renderer numbers the
 * sentences).
 */
function headlineFirst(blocks: DraftBlock[], report: Reporter): void {
  const at = blocks.findIndex((block) => block.type === 'heading' && block.depth === 1)
  const firstContent = blocks.findIndex((block) => block.type !== 'chrome')
  if (at === -1 || firstContent === -1 || at <= firstContent) return
  const [headline] = blocks.splice(at, 1) as [DraftBlock]
  blocks.splice(firstContent, 0, headline)
  const moved = blocks.slice(firstContent + 1, at + 1).filter((block) => block.type !== 'chrome').map((block) => block.type)
  const start = headline.type === 'heading' ? (headline.content.text.starts[0] ?? 0) : 0
  const end = headline.type === 'heading' ? (headline.content.text.ends.at(-1) ?? start) : start
  report('headline-first', `The headline is read first, before the ${moved.join(', ')} printed above it`, start, end)
}

/** Skip links and the breaking-news bar, which sit outside the article. */
function pageChrome(tree: Root, container: Element | Root, blocks: DraftBlock[]): void {
  const skips = elementsNamed(tree, 'a').filter(
    (a) => typeof a.properties.href === 'string' && a.properties.href.startsWith('#') && /^\s*\[?skip to\b/i.test(hastToString(a)) && !contains(container, a)
  )
  if (skips.length > 0) {
    const first = skips[0] as Element
    const links: ChromeLink[] = skips.map((a) => ({
      label: hastToString(a).trim().replace(/^\[|\]$/g, ''),
      url: String(a.properties.href)
    }))
    const group = selectAll('h2, h3, .sr-only > p, [class*="skip"] > p', tree).find((heading) =>
      /accessibility|skip/i.test(hastToString(heading))
    )
    blocks.push({
      type: 'chrome',
      kind: 'accessibility-links',
      label: group ? hastToString(group).trim().replace(/^\[|\]$/g, '') : 'Skip links',
      links,
      start: (group ?? first).position?.start.offset ?? 0,
      end: (skips.at(-1) as Element).position?.end.offset ?? 0
    })
  }
  // Any subhead of the page (the bar's own, `.breaking-news h2`, is one of them), in the page's order.
  const breaking = elementsNamed(tree, 'h2').find(
    (heading) => isBreakingNews(hastToString(heading)) && !contains(container, heading)
  )
  if (breaking) {
    blocks.push({
      type: 'chrome',
      kind: 'breaking-news',
      label: hastToString(breaking).trim(),
      start: breaking.position?.start.offset ?? 0,
      end: breaking.position?.end.offset ?? 0
    })
  }
}

/** Elements that hold an article's body text on common CMSs. */
const articleBodySelector =
  '.wsw, [itemprop="articleBody"], .article-body, .article__body, .story-body, .entry-content, .post-content, .body-text'

/**
 * The container's body element: of the elements named like one, the one with
 * the most paragraph text, and only when it holds most of the container's —
 * a class such as `.entry-content` also marks teasers and summaries, and
 * trusting the first match would drop the article around it.
 */
function bodyElement(container: Element | Root): Element | undefined {
  let best: Element | undefined
  let bestText = 0
  // Each selector of the list asks for a class or an itemprop: the selector only for an element with one.
  const named = elementsIn(container).filter((element) => (isNamed(element) || element.properties.itemProp !== undefined) && matches(articleBodySelector, element))
  for (const candidate of named) {
    const text = paragraphText(candidate)
    if (text > bestText) {
      best = candidate
      bestText = text
    }
  }
  return best && bestText >= bodyShare * paragraphText(container) ? best : undefined
}

/** The share of a container's paragraph text its body element must hold to be trusted. */
const bodyShare = 0.5

/** A standfirst before the body: taken as body text. */
const introSelector = '.intro, .perex, .standfirst, .lead, .summary, .article-intro, .teaser-text'

/** Where the walker is relative to the body element, when there is one. */
type Zone = 'head' | 'body' | 'tail'

class Walker {
  private paragraphs = 0
  private bodyParagraphs = 0
  private stopped = false
  private zone: Zone
  private intro = false
  /** The elements being read, outermost first; and those that held the last paragraph. */
  private readonly open: Element[] = []
  private lastParagraphIn = new Set<Element>()
  // What is known of elements already met: their text, and the widget kinds of the wrappers among them.
  private readonly texts = new WeakMap<Element, string>()
  private readonly wrapped = new WeakMap<Element, Set<ChromeKind>>()
  /** The page's own address, to make its relative links absolute. */
  private readonly base: string | undefined
  /** The element chosen as the headline, read as one whatever its level. */
  headline: Element | undefined
  /** The language whose furniture labels apply (with English): the page's, or the caller's. */
  lang: string | undefined

  constructor(
    private readonly source: string,
    private readonly blocks: DraftBlock[],
    private readonly meta: ArticleMeta,
    private readonly report: Reporter,
    private readonly body: Element | undefined,
    private readonly aroundBody: Set<Element>
  ) {
    this.zone = body ? 'head' : 'body'
    this.base = meta.url
  }

  /**
   * The container's children in order. Text standing loose in it, as on pages
   * that separate paragraphs with `<br>`s, is read in paragraphs between its
   * blocks rather than passed over.
   */
  contents(container: Element | Root): void {
    if (container.type === 'element' && container.children.some((child) => child.type === 'text' && child.value.trim() !== '')) {
      this.mixed(container.children)
    }
    else for (const child of container.children) this.node(child)
  }

  /** Any node of the container. */
  node(node: RootContent): void {
    if (this.stopped || node.type !== 'element') return
    this.block(node)
  }

  block(node: Element): void {
    if (this.stopped) return
    this.open.push(node)
    try {
      this.element(node)
    } finally {
      this.open.pop()
    }
  }

  private element(node: Element): void {
    if (node === this.body) {
      this.zone = 'body'
      for (const child of node.children) this.node(child)
      this.zone = 'tail'
      return
    }
    if (this.aroundBody.has(node)) {
      for (const child of node.children) this.node(child)
      return
    }
    // A standfirst before the body is read as body text: its paragraphs pass the head's filter.
    if (this.zone === 'head' && !this.intro && matches(introSelector, node)) {
      this.intro = true
      try {
        this.block(node)
      } finally {
        this.intro = false
      }
      return
    }
    const name = node.tagName
    if (ignoredElements.has(name) && name !== 'img' && name !== 'picture' && !readAsContainer(node)) {
      // Said without its content: a script's or style's text is not worth repeating.
      const where = span(node)
      this.report('html-dropped', `Left out <${name}>`, where.start, where.end)
      return
    }
    if (isHidden(node) || isScreenReaderOnly(node)) return
    if (structural.has(name) && !this.isArticleHeader(node)) {
      this.drop(node, `<${name}>`)
      return
    }
    const kind = this.widgetKind(node)
    if (kind) {
      this.chrome(kind, node)
      return
    }
    // Named as furniture (`comments-area`, `newsletter-signup`, `cookie-notice`): left out whole
    // when its name is decisive, or when it is as short or link-heavy as widgets are.
    const named = namedAs(node)
    if (named && (named.as === 'enclosure' || looksLikeWidget(node, this.textOf(node)))) {
      this.chrome(named.kind, node)
      return
    }
    if (isByline(node) && !select('p p, h1, h2', node)) {
      const text = inlineText(this.source, node, this.base, {apart: ', ', dropHiddenLabels: true})
      if (text.text.value && this.anotherArticle(node)) return
      if (text.text.value) {
        this.blocks.push({type: 'byline', content: text})
        this.meta.byline ??= text.text.value
      }
      return
    }
    // What a page shows a reader that runs no scripts — altformat runs none — is read (a blog whose
    // posts a script renders holds them there), except its notice to turn scripts on.
    if (name === 'noscript' && namesBrowserNotice(textOf(node))) {
      this.chrome('cookie-notice', node)
      return
    }
    if (this.zone === 'tail' && /^(?:h[1-6]|figure|img|picture|blockquote|ul|ol|table)$/.test(name)) {
      this.drop(node, `<${name}> after the article body`)
      return
    }
    switch (name) {
      case 'h1':
      case 'h2':
      case 'h3':
      case 'h4':
      case 'h5':
      case 'h6': {
        this.heading(node)
        return
      }
      case 'p': {
        this.paragraph(inlineText(this.source, node, this.base), node)
        return
      }
      case 'figure': {
        this.figure(node)
        return
      }
      case 'img':
      case 'picture': {
        const img = name === 'img' ? node : select('img', node)
        if (img && typeof img.properties.alt === 'string' && img.properties.alt.trim()) this.figure(node)
        return
      }
      case 'blockquote': {
        const paragraphs = this.paragraphsOf(node)
        // A quote box of one paragraph that is the page's own words ("PUEDES VER: ¿Qué es …?") is that furniture.
        const own = paragraphs.length === 1 ? ownWordsKind((paragraphs[0] as DraftText).text.value, this.lang) : undefined
        if (own) {
          this.chrome(own, node)
          return
        }
        if (paragraphs.length > 0) this.blocks.push({type: 'blockquote', paragraphs, ...span(node)})
        return
      }
      case 'ul':
      case 'ol': {
        const items = node.children
          .filter((child): child is Element => child.type === 'element' && child.tagName === 'li')
          .map((li) => ({paragraphs: this.paragraphsOf(li), ...span(li)}))
          .filter((item) => item.paragraphs.length > 0)
        // A list headed by its own first item, "Related articles" or "Das könnte Sie auch interessieren", is that list of links.
        const head = items[0]?.paragraphs[0]?.text.value
        if (head !== undefined && (isCutMarker(head) || labelKind(head, this.lang) === 'tail')) {
          this.chrome('related', node)
          return
        }
        if (items.length > 0) this.blocks.push({type: 'list', ordered: name === 'ol', items, ...span(node)})
        return
      }
      case 'table': {
        this.table(node)
        return
      }
      default:
    }
    // A generic container: its blocks (with any loose text between them as
    // paragraphs of their own), or its own inline text as a paragraph.
    if (hasBlockChildren(node)) {
      this.mixed(node.children)
      return
    }
    const text = inlineText(this.source, node, this.base)
    if (!text.text.value) return
    this.paragraph(text, node)
  }

  /**
   * The kind of furniture an element is, by its class: the element itself, or a
   * short wrapper around nothing but one widget
   * (`<div class="media-block"><a class="category">Russia</a></div>` is a label).
   */
  private widgetKind(node: Element): ChromeKind | undefined {
    if (isByline(node)) return undefined
    const text = this.textOf(node)
    const short = text.length > 0 && text.length <= 120
    if (short) {
      const wrapped = this.wrappedKinds(node, text)
      const kind = widgets.find(([name]) => wrapped.has(name))
      if (kind) return kind[0]
    }
    if (!isNamed(node)) return undefined
    for (const [kind, selector] of widgets) {
      if (matches(selector, node) && (kind === 'comments' || looksLikeWidget(node, text))) return kind
    }
    return undefined
  }

  /**
   * The widget kinds of the element and of the elements inside it that carry
   * all its text. Down a chain of wrappers (one element inside another, with
   * nothing else but white space) it is each wrapper's own kinds and those of
   * the one inside, remembered: a page of short texts nested a hundred deep is
   * walked once, not once per wrapper (which took seconds on such a page).
   */
  private wrappedKinds(node: Element, text: string): Set<ChromeKind> {
    const known = this.wrapped.get(node)
    if (known) return known
    const only = onlyChild(node)
    const kinds = new Set<ChromeKind>()
    // The widgets inside that carry all the text: of the named elements (every widget selector asks for a
    // class or an id), walked once for all the kinds.
    const inside = only ? [] : elementsIn(node).filter((element) => isNamed(element) && this.textOf(element) === text)
    for (const [kind, selector] of widgets) {
      if (only ? isNamed(node) && matches(selector, node) : inside.some((widget) => matches(selector, widget))) kinds.add(kind)
    }
    if (only) for (const kind of this.wrappedKinds(only, text)) kinds.add(kind)
    this.wrapped.set(node, kinds)
    return kinds
  }

  /** An element's text as a browser renders it, white space collapsed; a wrapper's is the one inside it's. */
  private textOf(node: Element): string {
    const known = this.texts.get(node)
    if (known !== undefined) return known
    const only = onlyChild(node)
    const text = only ? this.textOf(only) : textOf(node)
    this.texts.set(node, text)
    return text
  }

  /** Blocks in order, each run of loose inline content between them read as a paragraph. */
  private mixed(children: ElementContent[]): void {
    let run: ElementContent[] = []
    const flush = () => {
      if (run.some((child) => child.type === 'element' || (child.type === 'text' && child.value.trim() !== ''))) {
        this.block(elementAround('p', run))
      }
      run = []
    }
    for (const child of children) {
      if (child.type === 'element' && isBlockElement(child)) {
        // A drop cap set apart from its paragraph (<span class="initial">T</span><p>urkey, …</p>) is the paragraph's first letter.
        if (child.tagName === 'p' && isDropCap(run, child)) {
          this.block(elementAround('p', [...run, ...child.children]))
          run = []
          continue
        }
        flush()
        this.block(child)
      } else if (child.type === 'element' || child.type === 'text') {
        run.push(child)
      }
    }
    flush()
  }

  private heading(node: Element, chosen = node === this.headline): void {
    // A heading holding blocks (an unclosed tag: "<h1>Title<p>Text"): its first
    // run of text is the heading, the rest is read as blocks after it.
    if (hasBlockChildren(node)) {
      const first = node.children.findIndex(isBlockElement)
      this.heading({...node, children: node.children.slice(0, first)}, chosen)
      this.mixed(node.children.slice(first))
      return
    }
    const text = inlineText(this.source, node, this.base)
    if (!text.text.value) return
    // The chosen headline is level 1 whatever its tag; any other h1 is a subhead.
    const tagLevel = Number(node.tagName.slice(1))
    const level = chosen ? 1 : tagLevel === 1 && this.headline ? 2 : tagLevel
    const label = chosen ? undefined : labelKind(text.text.value, this.lang)
    if (level > 1 && (isCutMarker(text.text.value) || label === 'tail')) {
      this.chrome('related', node)
      return
    }
    if (label && label !== 'tail') {
      this.chrome(label, node)
      return
    }
    // A subhead that is the page's own words: a label and another article's title ("MIRA: Madre se acerca …"),
    // a newsletter's box ("PC Gamer Newsletter"), an appeal ("Unterstützen Sie unabhängigen Journalismus!").
    const own = level > 1 ? ownWordsKind(text.text.value, this.lang) : undefined
    if (own) {
      this.chrome(own, node)
      return
    }
    // A picture's caption set as a subhead ("<h2>… (Symbolbild: Alex T./AdobeStock)</h2>"): a figure's caption.
    if (level > 1 && isPictureCredit(text.text.value, this.lang)) {
      this.blocks.push({type: 'figure', caption: text, ...span(node)})
      return
    }
    const hasHeadline = this.blocks.some((block) => block.type === 'heading' && block.depth === 1)
    const depth = (level === 1 && hasHeadline ? 2 : Math.max(level, hasHeadline ? 2 : 1)) as HeadingDepth
    if (level > 1 && !hasHeadline && this.paragraphs === 0) {
      // A heading above the headline is a label ("Related", "Breaking News").
      this.chrome('other', node)
      return
    }
    this.blocks.push({type: 'heading', depth: level === 1 && !hasHeadline ? 1 : depth, content: text})
  }

  /**
   * A headline for an article that has none after the walk: the chosen element's
   * text, else the `<title>` without the site's name. It goes before the first
   * block that is not furniture.
   */
  topHeadline(headline: Element | undefined, title: Element | undefined): void {
    const source = headline ?? title
    if (!source) return
    const text = inlineText(this.source, source, this.base)
    const content = headline ? text : cut(clip(text, titleExtent(text.text.value).end), titleExtent(text.text.value).start)
    if (!content.text.value) return
    const at = this.blocks.findIndex((block) => block.type !== 'chrome')
    this.blocks.splice(at === -1 ? this.blocks.length : at, 0, {type: 'heading', depth: 1, content})
    const where = span(source)
    const what = headline ? `its <${headline.tagName}>` : 'its <title>, without the site’s name'
    this.report('headline-placed', `Read the headline from ${what}: “${content.text.value.slice(0, 60)}”`, where.start, where.end)
  }

  private paragraph(text: DraftText, node: Element): void {
    const value = text.text.value
    if (!value) return
    const label = labelKind(value, this.lang)
    if (isCutMarker(value) || label === 'tail') {
      this.chrome('related', node)
      return
    }
    if (label) {
      this.chrome(label, node)
      return
    }
    if (isPromoStart(value)) {
      this.chrome('promo', node)
      return
    }
    // The page's own words, sentences the classifier would keep: a label and another article's title
    // ("Читайте также: …"), a newsletter's pitch, a disclosure, a call to follow, an appeal (language/pitches.ts).
    const own = ownWordsKind(value, this.lang)
    if (own) {
      this.chrome(own, node)
      return
    }
    // A breadcrumb set as a paragraph ("wmn » Health » Body & Fitness » Ständig müde: …"): the site's navigation.
    if (isBreadcrumb(value)) {
      this.chrome('navigation', node)
      return
    }
    // A blog theme's line under the post ("This entry was posted in News. Bookmark the permalink."): one
    // line of furniture — not the post's end, which a blog's front page has after each of its posts.
    if (isPostMeta(value, this.lang)) {
      this.chrome('other', node)
      return
    }
    if (isFooterLine(value) || isServerError(value)) {
      this.chrome(isCopyrightNotice(value) ? 'copyright' : 'other', node)
      return
    }
    if (isCredit(value, this.lang)) {
      this.blocks.push({type: 'credit', content: unwrapWhole(text)})
      return
    }
    if (this.zone === 'tail') {
      this.drop(node, 'text after the article body')
      return
    }
    if (isTimestamp(value, this.lang) || isReadingTime(value, this.lang)) {
      this.chrome('other', node)
      return
    }
    // A row of the post's metadata ("Von Jan Kupitz | 24.10.2023 | 3 Kommentare"): furniture, but for its byline above the text.
    const row = metaRow(value, this.lang)
    if (row) {
      const named = this.paragraphs === 0 && !this.blocks.some((block) => block.type === 'byline') ? rowByline(row, this.lang) : undefined
      if (named) {
        this.blocks.push({type: 'byline', content: cut(clip(text, named.part.end), named.part.start)})
        this.meta.byline ??= named.byline
      } else {
        this.chrome('other', node)
      }
      return
    }
    if (this.paragraphs >= minimumStory && parseByline(value, this.lang) && this.anotherArticle(node)) return
    if (this.paragraphs === 0 && parseByline(value, this.lang)) {
      this.blocks.push({type: 'byline', content: text})
      this.meta.byline ??= value
      return
    }
    if (this.paragraphs === 0 || (this.zone === 'body' && this.bodyParagraphs === 0)) {
      const dateline = parseDateline(value)
      if (dateline) {
        const start = text.text.starts[0] ?? 0
        const end = text.text.ends[dateline.length - 1] ?? start
        this.blocks.push({type: 'dateline', place: dateline.place, date: dateline.date, source: dateline.source, start, end})
        this.paragraphs++
        this.bodyParagraphs++
        const rest = cut(text, dateline.length)
        if (rest.text.value) this.blocks.push({type: 'paragraph', content: rest})
        return
      }
    }
    // A picture's caption set as a paragraph ("<p>Die Fähre im Hafen. Foto: dpa</p>"): a figure's caption.
    if (isPictureCredit(value, this.lang)) {
      this.blocks.push({type: 'figure', caption: text, ...span(node)})
      return
    }
    this.paragraphs++
    if (this.zone === 'body') this.bodyParagraphs++
    this.lastParagraphIn = new Set(this.open)
    this.blocks.push({type: 'paragraph', content: text})
  }

  /**
   * A layout table (a cell holds blocks or a paragraph's worth of text) is read
   * cell by cell, as the containers they are; a data table as a list of its
   * rows, each cell a paragraph of its item — the model has no tables, and the
   * text of a table of results or prices is part of the article.
   */
  private table(node: Element): void {
    const rows = ownRows(node)
    const cells = rows.flatMap(cellsOf)
    if (cells.length === 0) return
    // A cell of a data table holds a short text, in <div>s or <span>s as it may; a layout table's cells hold paragraphs, lists, tables.
    // A header cell's heading ("For the pastry:" over its ingredients) titles the rows under it, as a <caption> would.
    const layout = (cell: Element) => (cell.tagName === 'th' ? headerLayoutContent : layoutContent)
    if (cells.some((cell) => (hasBlockChildren(cell) && select(layout(cell), cell) !== undefined) || textOf(cell).length > layoutCellLength)) {
      // Nested tables are blocks of their cells, read in turn.
      for (const cell of cells) this.mixed(cell.children)
      return
    }
    const items = rows
      .map((row) => ({
        paragraphs: cellsOf(row)
          // Text in blocks of a cell ("125 g" and "Mehl" in two <div>s) is words apart.
          .map((cell) => inlineText(this.source, cell, this.base, hasBlockChildren(cell) ? {apart: ' '} : {}))
          .filter((text) => text.text.value !== ''),
        ...span(row)
      }))
      .filter((item) => item.paragraphs.length > 0)
    if (items.length === 0) return
    this.blocks.push({type: 'list', ordered: false, table: true, items, ...span(node)})
    const where = span(node)
    this.report('html-table', `Read a table of ${items.length} rows as a list, one item per row`, where.start, where.end)
  }

  private figure(node: Element): void {
    const img = node.tagName === 'img' ? node : select('img', node)
    const figcaption = select('figcaption', node)
    const alt = typeof img?.properties.alt === 'string' ? img.properties.alt.trim() : undefined
    const src = resolveUrl(img?.properties.src, this.base)
    const own = figcaption ? inlineText(this.source, figcaption, this.base, {dropHiddenLabels: true}) : undefined
    // The picture's credit, printed beside the caption rather than in it ("Image source, PA Media"): the caption's last words.
    const credit = node.tagName === 'figure' ? this.figureCredit(node, figcaption) : undefined
    const caption = own && credit ? joinSentences(sourceOrder(own, credit)) : (own ?? credit)
    // A picture whose caption is a label ("Reklama", "Anzeige") or the site's own voice (its disclosure of paid
    // links) is an advertisement or a notice set as a figure, not the article's picture.
    const said = caption?.text.value
    const label = said ? labelKind(said, this.lang) : undefined
    const kind = said ? ((label !== 'tail' ? label : undefined) ?? ownWordsKind(said, this.lang)) : undefined
    if (kind) {
      this.chrome(kind, node)
      return
    }
    this.blocks.push({
      type: 'figure',
      ...(src ? {src} : {}),
      ...(alt ? {alt} : {}),
      ...(caption && caption.text.value ? {caption} : {}),
      ...span(node)
    })
  }

  /** Short texts in a figure beside its caption and picture (≤ 80 characters each): the credit. */
  private figureCredit(node: Element, figcaption: Element | undefined): DraftText | undefined {
    const pieces = node.children.filter((child): child is Element => child.type === 'element' && child !== figcaption && child.tagName !== 'img' && child.tagName !== 'picture')
    const texts = pieces.map((piece) => inlineText(this.source, piece, this.base)).filter((text) => text.text.value !== '' && text.text.value.length <= 80)
    return texts.length > 0 ? joinSentences(texts) : undefined
  }

  /**
   * The paragraphs of a list item or a quotation: its `p` and block children,
   * and the loose text between them — "Second item" before a nested list was
   * lost when only the children that were blocks were read.
   */
  private paragraphsOf(node: Element): DraftText[] {
    const isBlock = (child: ElementContent): child is Element =>
      child.type === 'element' && (child.tagName === 'p' || blockNames.has(child.tagName) || hasBlockChildren(child))
    if (!node.children.some(isBlock)) return [inlineText(this.source, node, this.base)].filter((text) => text.text.value !== '')
    const texts: DraftText[] = []
    let run: ElementContent[] = []
    const flush = () => {
      const first = run[0]
      const last = run.at(-1)
      if (first && last && run.some((child) => (child.type === 'text' ? child.value : child.type === 'element' ? textOf(child) : '').trim() !== '')) {
        const position = first.position && last.position ? {start: first.position.start, end: last.position.end} : undefined
        texts.push(inlineText(this.source, {type: 'element', tagName: 'span', properties: {}, children: run, ...(position ? {position} : {})}, this.base))
      }
      run = []
    }
    for (const child of node.children) {
      if (isBlock(child)) {
        flush()
        texts.push(inlineText(this.source, child, this.base))
      } else {
        run.push(child)
      }
    }
    flush()
    return texts.filter((text) => text.text.value !== '')
  }

  private chrome(kind: ChromeKind, node: Element): void {
    const label = textOf(node).slice(0, 120)
    if (!label) return
    this.blocks.push({type: 'chrome', kind, label, ...span(node)})
    if (kind === 'section-label') this.meta.section ??= label
    const where = span(node)
    this.report(`chrome-${kind}`, `Left out ${kind} furniture: “${label.slice(0, 60)}”`, where.start, where.end)
  }

  /**
   * A headline and a byline after the article's paragraphs, in an element of
   * their own, start another article (the next post of a blog page, the next
   * story of a section page):
   * that article, its headline with it, is left out, and so is the rest of the
   * container.
   */
  private anotherArticle(node: Element): boolean {
    if (this.paragraphs < minimumStory) return false
    // Its headline: the subheads just above the byline, or the link to the next post with that post's title
    // ("Next story: Road closed for bridge repairs"), which is furniture when no article follows it.
    const titled = (block: DraftBlock) =>
      (block.type === 'heading' && block.depth > 1) || (block.type === 'chrome' && block.kind === 'navigation' && leadingLabelKind(block.label, this.lang) === 'navigation')
    let from = this.blocks.length
    while (from > 0 && titled(this.blocks[from - 1] as DraftBlock)) from--
    // Without a headline of its own just above it, a late byline is an author box or a credit, not an article;
    // in the element that holds the article's paragraphs, it is a section's (a report from another city).
    if (from === this.blocks.length) return false
    // (No parent on the stack: the byline is a child of the container itself, as the paragraphs are.)
    const parent = this.open.at(-2)
    if (!parent || this.lastParagraphIn.has(parent)) return false
    const title = this.blocks
      .slice(from)
      .map((block) => (block.type === 'heading' ? block.content.text.value : block.type === 'chrome' ? block.label : ''))
      .join(' ')
    // The article's own headline again (a print version, a repeat after a teaser) is not another article.
    const own = this.blocks.find((block) => block.type === 'heading' && block.depth === 1)
    if (own?.type === 'heading' && fold(own.content.text.value) === fold(title)) return false
    this.blocks.splice(from)
    this.stopped = true
    const where = span(node)
    this.report(
      'second-article',
      `A headline and byline after ${this.paragraphs} paragraphs: another article begins here (“${title.slice(0, 60)}”); it and the rest of the page are left out`,
      where.start,
      where.end
    )
    return true
  }

  private drop(node: Element, what: string): void {
    const text = textOf(node)
    if (!text) return
    const where = span(node)
    this.report('html-dropped', `Left out ${what} with text “${text.slice(0, 60)}”`, where.start, where.end)
  }

  /** An article's own `header` holds its headline and byline: read it. */
  private isArticleHeader(node: Element): boolean {
    return node.tagName === 'header' && ((select('h1', node) !== undefined && !select('nav', node)) || readAsContainer(node))
  }
}

const blockNames = new Set([
  'p', 'div', 'section', 'article', 'main', 'figure', 'blockquote', 'ul', 'ol', 'h1', 'h2', 'h3',
  'h4', 'h5', 'h6', 'table', 'header', 'footer', 'aside', 'nav', 'form', 'pre', 'dl', 'hr',
  'address', 'details', 'fieldset', 'picture', 'img', 'li'
])

/** A table's own rows, in its sections or directly in it (not those of tables inside it). */
function ownRows(table: Element): Element[] {
  return table.children.flatMap((child) => {
    if (child.type !== 'element') return []
    if (child.tagName === 'tr') return [child]
    if (child.tagName === 'thead' || child.tagName === 'tbody' || child.tagName === 'tfoot') {
      return child.children.filter((row): row is Element => row.type === 'element' && row.tagName === 'tr')
    }
    return []
  })
}

function cellsOf(row: Element): Element[] {
  return row.children.filter((cell): cell is Element => cell.type === 'element' && (cell.tagName === 'td' || cell.tagName === 'th'))
}

/** Characters of text in one cell that make a table a layout rather than data. */
const layoutCellLength = 150
const layoutContent = 'table, ul, ol, p, h1, h2, h3, h4, h5, h6, blockquote, figure'
const headerLayoutContent = 'table, ul, ol, p, blockquote, figure'

/**
 * Whether an element named like a widget is one: short, or mostly links. A
 * class such as `share-content` or `promo-text` also wraps long prose on some
 * sites; comments are long by nature and are not asked.
 */
function looksLikeWidget(node: Element, text: string): boolean {
  if (text.length <= widgetLength) return true
  return linkText(node) / text.length >= 0.5
}

/** The most text a share, promo or related widget has that is not mostly links. */
const widgetLength = 300

/** The one element inside a wrapper that holds nothing else but white space and comments, if it is one. */
function onlyChild(node: Element): Element | undefined {
  let only: Element | undefined
  for (const child of node.children) {
    if (child.type === 'element') {
      if (only || ignoredElements.has(child.tagName)) return undefined
      only = child
    } else if (child.type === 'text' && child.value.trim() !== '') {
      return undefined
    }
  }
  return only
}

/** Text as a browser would render it, white space collapsed. */
function textOf(node: Element): string {
  return toText(node).replace(/\s+/g, ' ').trim()
}

function hasBlockChildren(node: Element): boolean {
  return node.children.some(isBlockElement)
}

/**
 * The publisher's summary (og:description) printed as the deck above the body
 * but not read with it — beside the container chosen for the body (a "teaser
 * text" in the headline's block), or in an article's <header> left out for the
 * section links it also holds — is read under the headline: its words are the
 * page's own, and say what the article is about.
 */
function printedDeck(source: string, tree: Root, container: Element | Root, summary: string, blocks: DraftBlock[], lang: string | undefined, report: Reporter): void {
  const wanted = summary.replace(/\s+/g, ' ').trim()
  if (wanted.length < minimumDeck) return
  const kept = blocks.filter((block) => block.type !== 'chrome')
  const keptTexts = kept.flatMap(blockTexts)
  if (keptTexts.some((text) => text.text.value.includes(wanted.slice(0, minimumDeck)))) return
  // Above the body: before the container or before the body's first prose, whichever is further on — not
  // before the first paragraph read, which may be a newsletter's line or an advert's, left out later as
  // furniture. Without prose (a paywall's offers in place of the body), before the last block read.
  const stopwords = stopwordsFor(lang)
  const prose = kept.find((block) => block.type === 'paragraph' && isProse({text: block.content.text.value}, stopwords))
  const lastRead = keptTexts.at(-1)?.text.ends.at(-1)
  const edges = [prose?.type === 'paragraph' ? prose.content.text.starts[0] : lastRead, container.type === 'element' ? container.position?.start.offset : undefined]
  const before = Math.max(...edges.filter((edge): edge is number => edge !== undefined))
  if (!Number.isFinite(before)) return
  let found: Element | undefined
  const visit = (node: Element | Root): void => {
    for (const child of node.children) {
      if (found || child.type !== 'element') continue
      if ((child.position?.start.offset ?? Infinity) >= before) return
      // A site's header holds no deck, but an article's <header> does.
      if ((structural.has(child.tagName) && child.tagName !== 'header') || ignoredElements.has(child.tagName) || child.tagName === 'head') continue
      // Its text is read only where its markup is a deck's size: the page's text is not read once per wrapper.
      const size = (child.position?.end.offset ?? Infinity) - (child.position?.start.offset ?? 0)
      if (deckTags.has(child.tagName) && size >= wanted.length && size <= wanted.length * 4 + 2000 && textOf(child) === wanted) {
        found = child
        return
      }
      visit(child)
    }
  }
  visit(tree)
  if (!found) return
  const at = blocks.findIndex((block) => block.type === 'heading' && block.depth === 1) + 1
  blocks.splice(at, 0, {type: 'paragraph', content: inlineText(source, found), deck: true})
  const where = span(found)
  report('deck-printed', 'Read the summary the page prints above the body, where the article was not read from, as the deck', where.start, where.end)
}

// A deck is a sentence's worth of characters, printed in one of these.
const minimumDeck = 40
const deckTags = new Set(['p', 'div', 'span', 'h2', 'h3', 'blockquote', 'section', 'strong'])

/** Inline content that is one capital letter, before a paragraph that opens on a small letter: the letter begins it. */
function isDropCap(run: ElementContent[], paragraph: Element): boolean {
  const letter = run.map((node) => (node.type === 'text' ? node.value : node.type === 'element' ? textOf(node) : '')).join('')
  return beginsWithDropCap(letter, textOf(paragraph))
}

/** A block: an element of `blockNames`, or a `<noscript>` that holds blocks (read as what it holds). */
function isBlockElement(node: ElementContent): boolean {
  return node.type === 'element' && (blockNames.has(node.tagName) || (node.tagName === 'noscript' && hasBlockChildren(node)))
}

/**
 * The article's own header around a headline that stands outside the article
 * container: many layouts print the deck and byline beside the headline, in a
 * block of their own above the body. The outermost of the headline's nearest
 * ancestors that is not around the container and holds a header's text — no
 * navigation, few links, not much more than a deck — is read whole in place of
 * the headline alone; a <header> is taken as such.
 */
function articleHeaderOf(tree: Root, headline: Element, container: Element | Root): Element | undefined {
  if (headline.tagName !== 'h1') return undefined
  const path = (ancestorsOf(tree, headline) ?? []).reverse().slice(0, 4)
  let header: Element | undefined
  for (const element of path) {
    if (holdsAnyOf(element, container) || select('nav', element)) break
    if (element.tagName === 'header') return element
    if (headerShaped(element)) header = element
  }
  return header
}

/**
 * Whether `element` holds the container or part of it: a container joined
 * with its siblings is a new element around them, in no page's tree.
 */
function holdsAnyOf(element: Element, container: Element | Root): boolean {
  if (container.type === 'root') return true
  return contains(element, container) || container.children.some((child) => child.type === 'element' && contains(element, child))
}

/** Characters of text beyond which a block is more than a headline, a deck and a byline. */
const headerText = 1200

function headerShaped(element: Element): boolean {
  const all = hastToString(element).replace(/\s+/g, ' ').trim().length
  return all <= headerText && linkText(element) < 0.3 * all
}

function span(node: Element): {start: number; end: number} {
  return {start: node.position?.start.offset ?? 0, end: node.position?.end.offset ?? 0}
}

/** Characters from `from` on, with spans and atoms shifted. */
function cut(text: DraftText, from: number): DraftText {
  const value = text.text.value
  let start = from
  while (start < value.length && /\s/.test(value[start] as string)) start++
  const shift = <T extends {start: number; end: number}>(items: T[]) =>
    items
      .filter((item) => item.end > start)
      .map((item) => ({...item, start: Math.max(0, item.start - start), end: item.end - start}))
  return {
    text: {value: value.slice(start), starts: text.text.starts.slice(start), ends: text.text.ends.slice(start)},
    formats: shift(text.formats),
    atoms: shift(text.atoms).filter((atom) => atom.start >= 0)
  }
}

/** The characters before `to`, with spans and atoms cut to them. */
function clip(text: DraftText, to: number): DraftText {
  const value = text.text.value.slice(0, to).trimEnd()
  const end = value.length
  const keep = <T extends {start: number; end: number}>(items: T[]) =>
    items.filter((item) => item.start < end).map((item) => ({...item, end: Math.min(item.end, end)}))
  return {
    text: {value, starts: text.text.starts.slice(0, end), ends: text.text.ends.slice(0, end)},
    formats: keep(text.formats),
    atoms: keep(text.atoms).filter((atom) => atom.end <= end)
  }
}

/** A credit set in italics as a whole is a credit, not emphasis. */
function unwrapWhole(text: DraftText): DraftText {
  const length = text.text.value.length
  return {
    ...text,
    formats: text.formats.filter((span) => !(span.type === 'emphasis' && span.start === 0 && span.end === length))
  }
}
