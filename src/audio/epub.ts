import {wordsFor} from '../model/interface-words.js'
import {createHash} from 'node:crypto'
import {zipSync, strToU8} from 'fflate'
import type {Element as HastElement, Root as HastRoot} from 'hast'
import {selectAll} from 'hast-util-select'
import {toXast} from 'hast-util-to-xast'
import type {Element, Root} from 'xast'
import {toXml} from 'xast-util-to-xml'
import {x} from 'xastscript'
import {articleStyle, toHast} from '../html/to-html.js'
import {calendarDate} from '../model/calendar.js'
import {directionOf} from '../model/lang.js'
import {toString} from '../model/to-string.js'
import type {Article} from '../model/types.js'

/** What the talking book is made of: the article, its MP3, and each sentence's time in the MP3. */
export interface TalkingBook {
  tree: Article
  mp3: Uint8Array
  /** Each sentence's id and where its speech starts in the MP3, in ms. */
  marks: Array<{id: string; time: number}>
  /** Length of the MP3, in ms. */
  duration: number
  /** Who narrated it: the engine and voice. */
  narrator: string
}

// EPUB's Media Overlays: the class a reading system sets on the element being read.
const activeClass = '-epub-media-overlay-active'

const style = [
  articleStyle,
  `.${activeClass} { background-color: #ffef8a; color: #000 }`
].join('\n')

const xhtmlNamespace = 'http://www.w3.org/1999/xhtml'
const epubNamespace = 'http://www.idpf.org/2007/ops'

/**
 * An EPUB 3 talking book with Media Overlays: the article as XHTML from the
 * screen-reader HTML renderer, its narration as MP3, and a SMIL overlay that
 * pairs every sentence (`text src="article.xhtml#s3"`) with its clip of the
 * audio (`clipBegin`, `clipEnd`: the sentence's mark to the next one), so that
 * a reading system highlights each sentence as it is read. The navigation
 * document lists the headline and subheads; the package gives the overlay's
 * and the book's `media:duration`, the narrator and `media:active-class`.
 * MP3, because EPUB's core media types have no Opus.
 */
export function writeEpub(book: TalkingBook): Uint8Array {
  const {tree} = book
  const headline = tree.children.find((node) => node.type === 'heading' && node.depth === 1)
  const title = (headline ? toString(headline) : tree.meta.title) || wordsFor(tree.lang).article
  const article = bookArticle(tree)
  const identifier = 'urn:sha256:' + createHash('sha256').update(book.mp3).update(JSON.stringify(book.marks)).digest('hex').slice(0, 32)
  const files: Record<string, Uint8Array | [Uint8Array, {level: 0}]> = {
    // The first entry, stored and not compressed, as EPUB's container requires.
    mimetype: [strToU8('application/epub+zip'), {level: 0}],
    'META-INF/container.xml': xml(
      x('container', {version: '1.0', xmlns: 'urn:oasis:names:tc:opendocument:xmlns:container'}, [
        x('rootfiles', [x('rootfile', {'full-path': 'EPUB/package.opf', 'media-type': 'application/oebps-package+xml'})])
      ])
    ),
    'EPUB/package.opf': xml(packageDocument(book, title, identifier)),
    'EPUB/nav.xhtml': xml(navigation(tree, title)),
    'EPUB/article.xhtml': xml(xhtml(tree.lang, title, toXast({type: 'root', children: article.children}) as Root)),
    'EPUB/article.smil': xml(overlay(book, article)),
    'EPUB/style.css': strToU8(style + '\n'),
    // Already compressed: stored.
    'EPUB/audio.mp3': [book.mp3, {level: 0}]
  }
  return zipSync(files, {level: 6})
}

/**
 * The article for the book: the screen-reader HTML's `<article>`, with an id
 * for the overlay to name, and pictures as their alt text (an EPUB may hold no
 * remote image, and the book does not fetch the page's).
 */
function bookArticle(tree: Article): HastRoot {
  const article = toHast(tree, {document: false, images: false})
  const element = article.children.find((child): child is HastElement => child.type === 'element' && child.tagName === 'article')
  if (element) element.properties.id = 'article'
  return article
}

function xml(root: Element): Uint8Array {
  return strToU8('<?xml version="1.0" encoding="UTF-8"?>\n' + toXml(root, {closeEmptyElements: true}) + '\n')
}

/** A clock value for SMIL and media:duration: h:mm:ss.fff. */
function clock(ms: number): string {
  const total = Math.max(0, Math.round(ms))
  const hours = Math.floor(total / 3_600_000)
  const minutes = Math.floor(total / 60_000) % 60
  const seconds = ((total % 60_000) / 1000).toFixed(3).padStart(6, '0')
  return `${hours}:${String(minutes).padStart(2, '0')}:${seconds}`
}

function packageDocument(book: TalkingBook, title: string, identifier: string): Element {
  const {meta} = book.tree
  const date = [meta.updated, meta.published].find((value) => value !== undefined && calendarDate(value) !== undefined)
  // dcterms:modified must be a UTC date-time to the second: the page's own date, else now.
  const modified = (date ? `${date.slice(0, 10)}T00:00:00Z` : new Date().toISOString().replace(/\.\d{3}Z$/, 'Z'))
  const duration = clock(book.duration)
  return x('package', {xmlns: 'http://www.idpf.org/2007/opf', version: '3.0', 'unique-identifier': 'uid', 'xml:lang': book.tree.lang}, [
    x('metadata', {'xmlns:dc': 'http://purl.org/dc/elements/1.1/'}, [
      x('dc:identifier', {id: 'uid'}, identifier),
      x('dc:title', title),
      x('dc:language', book.tree.lang),
      ...(meta.byline ? [x('dc:creator', meta.byline)] : []),
      ...(meta.site ? [x('dc:publisher', meta.site)] : []),
      ...(meta.url ? [x('dc:source', meta.url)] : []),
      x('meta', {property: 'dcterms:modified'}, modified),
      x('meta', {property: 'media:duration', refines: '#article-overlay'}, duration),
      x('meta', {property: 'media:duration'}, duration),
      x('meta', {property: 'media:narrator'}, book.narrator),
      x('meta', {property: 'media:active-class'}, activeClass)
    ]),
    x('manifest', [
      x('item', {id: 'nav', href: 'nav.xhtml', 'media-type': 'application/xhtml+xml', properties: 'nav'}),
      x('item', {id: 'article', href: 'article.xhtml', 'media-type': 'application/xhtml+xml', 'media-overlay': 'article-overlay'}),
      x('item', {id: 'article-overlay', href: 'article.smil', 'media-type': 'application/smil+xml'}),
      x('item', {id: 'audio', href: 'audio.mp3', 'media-type': 'audio/mpeg'}),
      x('item', {id: 'style', href: 'style.css', 'media-type': 'text/css'})
    ]),
    // A right-to-left article's pages turn from right to left.
    x('spine', directionOf(book.tree.lang) === 'rtl' ? {'page-progression-direction': 'rtl'} : {}, [x('itemref', {idref: 'article'})])
  ])
}

/** An XHTML content document around `body`'s content, with the book's style sheet. */
function xhtml(lang: string, title: string, body: Root, epubType?: string): Element {
  return x('html', {xmlns: xhtmlNamespace, 'xmlns:epub': epubNamespace, lang, 'xml:lang': lang, ...(directionOf(lang) === 'rtl' ? {dir: 'rtl'} : {})}, [
    x('head', [x('meta', {charset: 'utf-8'}), x('title', title), x('link', {rel: 'stylesheet', href: 'style.css', type: 'text/css'})]),
    x('body', epubType ? {'epub:type': epubType} : {}, body.children as Element[])
  ])
}

/** The navigation document: the headline, then each subhead, by the id of its first sentence. */
function navigation(tree: Article, title: string): Element {
  const entries = tree.children.flatMap((node) => (node.type === 'heading' && node.children[0] ? [{id: node.children[0].id, label: toString(node), depth: node.depth}] : []))
  const items = entries.map((entry) => x('li', [x('a', {href: `article.xhtml#${entry.id}`}, entry.label)]))
  const body: Root = {
    type: 'root',
    children: [x('nav', {'epub:type': 'toc', id: 'toc'}, [x('h1', wordsFor(tree.lang).contents), x('ol', items.length > 0 ? items : [x('li', [x('a', {href: 'article.xhtml'}, title)])])])]
  }
  return xhtml(tree.lang, title, body)
}

/** The Media Overlay: a `par` per sentence, its text and its clip of the audio. */
function overlay(book: TalkingBook, article: HastRoot): Element {
  // Only sentences the page shows: a mark whose span is not in the XHTML would break the overlay.
  const shown = new Set(selectAll('span[id]', {type: 'root', children: article.children}).map((span: HastElement) => String(span.properties.id)))
  const marks = book.marks.filter((mark) => shown.has(mark.id))
  const seconds = (ms: number) => `${(Math.max(0, ms) / 1000).toFixed(3)}s`
  return x('smil', {xmlns: 'http://www.w3.org/ns/SMIL', 'xmlns:epub': epubNamespace, version: '3.0'}, [
    x('body', [
      x(
        'seq',
        {id: 'article-seq', 'epub:textref': 'article.xhtml#article', 'epub:type': 'bodymatter chapter'},
        marks.map((mark, index) =>
          x('par', {id: `par-${mark.id}`}, [
            x('text', {src: `article.xhtml#${mark.id}`}),
            x('audio', {src: 'audio.mp3', clipBegin: seconds(mark.time), clipEnd: seconds(marks[index + 1]?.time ?? book.duration)})
          ])
        )
      )
    ])
  ])
}
