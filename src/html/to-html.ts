import type {Element, ElementContent, Root} from 'hast'
import {h} from 'hastscript'
import {toParse5} from 'hast-util-to-parse5'
import {serialize} from 'parse5'
import type {DefaultTreeAdapterMap} from 'parse5'
import {toString} from '../model/to-string.js'
import type {Article, Chrome} from '../model/types.js'
import {htmlHandlers} from './handlers/index.js'
import {resolveHtmlOptions} from './options.js'
import type {InterfaceWords} from '../model/interface-words.js'
import type {HtmlOptions, HtmlSettings} from './options.js'
import {createState} from './state.js'
import {checkArticle} from '../model/arguments.js'
import {directionOf} from '../model/lang.js'

/**
 * The article as a hast tree: a complete, accessible HTML5 document (or the
 * `<article>` alone, with `document: false`). Built from the model only — never
 * from the source page — so nothing executable can reach it.
 */
export function toHast(tree: Article, options: HtmlOptions = {}): Root {
  checkArticle('toHast', tree)
  const settings = resolveHtmlOptions(options, tree.lang)
  const state = createState(settings, {...htmlHandlers, ...options.handlers})
  const article = state.one(tree)
  if (!settings.document) return {type: 'root', children: article}

  const headline = tree.children.find((node) => node.type === 'heading' && node.depth === 1)
  const title = pageTitle(headline ? toString(headline) : tree.meta.title || settings.words.article, tree.meta.site)

  return htmlDocument(tree.lang, title, articleStyle, [
    ...skipLinks(tree, settings),
    ...(tree.meta.site ? [h('header', [h('p', tree.meta.site)])] : []),
    h('main', {id: settings.idPrefix + 'main', tabIndex: -1}, article),
    pageFooter(tree, settings.words)
  ])
}

/**
 * The style every page of altformat's has. The quote marks are in the text, as
 * printed: browsers must not add more. Lines a line and a half apart (WCAG
 * 1.4.12's spacing) also space the links of a list — "Sources", a row of links
 * an article keeps — far enough apart for a finger or a shaky hand (WCAG 2.5.8,
 * which axe-core checks).
 */
export const articleStyle = ['q { quotes: none }', 'body { line-height: 1.5 }'].join('\n')

/** A complete HTML5 document of altformat's: language, title, a style sheet, the body's content. */
export function htmlDocument(lang: string, title: string, style: string, body: ElementContent[]): Root {
  return {
    type: 'root',
    children: [
      {type: 'doctype'},
      // A right-to-left language's page says so, for browsers and screen readers alike.
      h('html', {lang, ...(directionOf(lang) === 'rtl' ? {dir: 'rtl'} : {})}, [
        h('head', [
          h('meta', {charSet: 'utf-8'}),
          h('meta', {name: 'viewport', content: 'width=device-width, initial-scale=1'}),
          // The command line replaces an HTML file only if it carries this mark: never a user's own page.
          h('meta', {name: 'generator', content: 'altformat'}),
          h('title', title),
          h('style', style)
        ]),
        h('body', body)
      ])
    ]
  }
}

/**
 * The article as an HTML string. Serialised by parse5 — the HTML standard's
 * serialisation — which escapes `<`, `>`, `&` and no-break spaces in text, so
 * that text such as "]]>" or "</speak>" can never read as markup.
 * (hast-util-to-html leaves `>` raw, which html-validate's `no-raw-characters`
 * reports.)
 */
export function toHtml(tree: Article, options: HtmlOptions = {}): string {
  return serializeHtml(toHast(tree, options))
}

/** A hast tree as HTML, serialised by parse5 (see `toHtml`). */
export function serializeHtml(root: Root): string {
  // A hast root becomes a parse5 document (or fragment): a parent node, whose
  // content is what `serialize` writes.
  const document = toParse5(root) as DefaultTreeAdapterMap['parentNode']
  return serialize(document) + '\n'
}

/**
 * The first focusable element: a skip link to `main`. The page's own skip links
 * lend their label when one leads to the main content; links to parts this page
 * does not have (navigation, search) are not written.
 */
function skipLinks(tree: Article, settings: HtmlSettings): Element[] {
  const links = tree.children
    .filter((node): node is Chrome => node.type === 'chrome' && node.kind === 'accessibility-links')
    .flatMap((node) => node.links ?? [])
  const toMain = links.find(
    (link) => /^#(?:content|main|main-content|maincontent)$/i.test(link.url) || /main content/i.test(link.label)
  )
  return [h('a', {className: ['skip-link'], href: `#${settings.idPrefix}main`}, toMain?.label ?? settings.skipLabel)]
}

/**
 * "Headline – Site" when it fits in 70 characters (what a tab, a window list or
 * a screen reader's title announcement shows well), else the headline alone,
 * shortened at a word if it must be; the full headline is the page's `h1`.
 */
function pageTitle(headline: string, site: string | undefined): string {
  const full = `${plainSpaces(headline)} – ${plainSpaces(site ?? '')}`
  if (site && written(full) <= titleLimit) return full
  return documentTitle(headline)
}

const titleLimit = 70

/** A title does not wrap: its no-break and other spaces are plain ones (the serialiser would write `&nbsp;`). */
const plainSpaces = (text: string) => text.replace(/\s+/gu, ' ').trim()

/**
 * Characters of the title as the file holds it, which is what validators count
 * (`&` is written `&amp;`): the text as this module's serialiser writes it.
 */
const written = (text: string) => serializeHtml({type: 'root', children: [{type: 'text', value: text}]}).length - 1

/** A document's `<title>`: the text, its spaces plain, shortened at a word to 70 characters as written if it must be. */
export function documentTitle(text: string): string {
  const title = plainSpaces(text)
  if (written(title) <= titleLimit) return title
  let cut = title.slice(0, titleLimit - 1)
  while (written(cut) > titleLimit - 1) cut = cut.slice(0, -1)
  // At a word, or half way when a word is longer; never half of a character written in two UTF-16 units (an emoji).
  const shortened = cut.slice(0, Math.max(cut.lastIndexOf(' '), titleLimit / 2)).replace(/[\uD800-\uDBFF]$/u, '')
  return shortened.trimEnd() + '…'
}

function pageFooter(tree: Article, words: InterfaceWords): Element {
  const {site, url} = tree.meta
  const source: ElementContent[] = url && /^https?:\/\//i.test(url) ? [h('a', {href: url}, site ?? url)] : site ? [{type: 'text', value: site}] : []
  return h('footer', [h('p', source.length > 0 ? [`${words.source} `, ...source, `. ${words.madeWith}`] : [words.madeWith])])
}
