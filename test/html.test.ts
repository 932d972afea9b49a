import {readFileSync} from 'node:fs'
import {fileURLToPath} from 'node:url'
import type {Element, Root} from 'hast'
import {fromHtml} from 'hast-util-from-html'
import {select, selectAll} from 'hast-util-select'
import {toText} from 'hast-util-to-text'
import {describe, expect, it} from 'vitest'
import {AltformatError, readArticle, toHast, toHtml, toString} from '../src/index.js'
import type {Article, Nodes} from '../src/index.js'
import {chromiumPath, runAxe, sharedPage} from './helpers/browser.js'
import {readSample, samplePaths} from './helpers/corpus.js'
import {expectGolden} from './helpers/golden.js'
import {testPages} from './helpers/pages.js'
import {selectAll as selectNodes} from './helpers/select.js'
import {requireTool} from './helpers/tools.js'
import {htmlValidate} from './helpers/validate-html.js'

const fixtures = fileURLToPath(new URL('fixtures/', import.meta.url))
const golden = fileURLToPath(new URL('golden/', import.meta.url))

/** Every page the HTML renderer is checked on: the sample both ways, and every fixture. */
const pages = testPages.map((page) => ({
  ...page,
  goldenPath: page.dir ? `${page.dir}/output.html` : `${golden}${page.golden}.html`
}))

const parse = (html: string): Root => fromHtml(html)
const textOf = (node: Element | undefined) => (node ? toText(node).replace(/\s+/g, ' ').trim() : '')

describe('screen-reader HTML: golden files, read by eye', () => {
  for (const page of pages) {
    it(page.name, () => {
      expectGolden(toHtml(page.tree), page.goldenPath)
    })
  }
})

describe('screen-reader HTML: html-validate (recommended, a11y, document) finds no error', () => {
  for (const page of pages) {
    it(page.name, async () => {
      expect(await htmlValidate(toHtml(page.tree), page.name)).toEqual([])
    })
  }
  it('in a fragment too', async () => {
    const html = toHtml((pages[0] as (typeof pages)[0]).tree, {document: false})
    const messages = await htmlValidate(`<!DOCTYPE html><html lang="en"><head><title>Host page</title></head><body><main>${html}</main></body></html>`)
    expect(messages).toEqual([])
  })
})

describe('screen-reader HTML: axe-core in Chromium finds no violation', () => {
  const available = requireTool('Chromium', chromiumPath, 'apt-get install chromium')
  const page = sharedPage(available)
  for (const item of pages) {
    it.skipIf(!available)(item.name, async () => {
      const result = await runAxe(page(), toHtml(item.tree))
      expect(result.violations.map((v) => `${v.id}: ${v.help} — ${v.nodes.map((n) => n.html).join(' | ')}`)).toEqual([])
      expect(result.passes.map((p) => p.id)).toEqual(
        expect.arrayContaining(['bypass', 'landmark-one-main', 'page-has-heading-one', 'html-has-lang', 'document-title'])
      )
    })
  }
  it.skipIf(!available)('a list of links (an article’s sources) has its targets far enough apart (WCAG 2.5.8)', async () => {
    const sample = (pages[0] as (typeof pages)[0]).tree
    const count = selectNodes(sample, 'sentence').length
    const item = (n: number, label: string) => ({
      type: 'listItem',
      children: [{type: 'paragraph', children: [{type: 'sentence', id: `s${count + n}`, children: [{type: 'link', url: `https://example.org/${n}`, children: [{type: 'text', value: label}]}]}]}]
    })
    const sources = {type: 'list', ordered: false, children: [item(1, 'Minutes'), item(2, 'Report'), item(3, 'Map'), item(4, 'Budget')]}
    const tree = {...sample, children: [...sample.children, sources]} as Article
    const result = await runAxe(page(), toHtml(tree))
    expect(result.violations.map((v) => v.id)).toEqual([])
    expect(result.passes.map((p) => p.id)).toContain('target-size')
  })
})

describe('the sample article as screen-reader HTML', () => {
  const {tree} = readArticle(readSample('html'), {path: samplePaths.html})
  const html = toHtml(tree)
  const doc = parse(html)
  const main = select('main', doc)

  it('starts with a skip link to main, labelled as the page labelled it', () => {
    const first = select('body > *', doc)
    expect(first?.tagName).toBe('a')
    expect(first?.properties.href).toBe('#main')
    expect(textOf(first)).toBe('Skip to main content')
    expect(main?.properties.id).toBe('main')
    // The page's links to its navigation and search lead nowhere here: not written.
    expect(selectAll('a[href^="#"]', doc)).toHaveLength(1)
  })

  it('has lang, a title, the landmarks and one h1', () => {
    expect(select('html', doc)?.properties.lang).toBe('en')
    expect(textOf(select('title', doc))).toBe('In Moscow, Johnson Says Britain, Russia Should Cooperate On Security')
    for (const landmark of ['body > header', 'main', 'main > article', 'article > header', 'article > footer', 'body > footer']) {
      expect(select(landmark, doc), landmark).toBeDefined()
    }
    expect(selectAll('h1', doc).map(textOf)).toEqual(['In Moscow, Johnson Says Britain, Russia Should Cooperate On Security'])
    expect(select('article', doc)?.properties.ariaLabelledBy).toEqual(['headline'])
  })

  it('puts the photo in a figure with its caption, the credit in the article footer', () => {
    expect(select('figure > img', doc)?.properties.alt).toMatch(/^Russian Foreign Minister Sergei Lavrov/)
    expect(textOf(select('figure > figcaption', doc))).toBe(
      'Russian Foreign Minister Sergei Lavrov (right) and British Foreign Secretary Boris Johnson in Moscow on December 22'
    )
    expect(textOf(select('article > footer', doc))).toBe('With reporting by AFP and Reuters')
    expect(select('article > footer abbr', doc)?.properties.title).toBe('Agence France-Presse')
  })

  it('marks dates with time datetime, quotes with q, the publication time in the header', () => {
    expect(selectAll('main time', doc).map((t) => t.properties.dateTime)).toEqual([
      '2017-12-22T10:42:00+01:00',
      '--12-22',
      '--12-22',
      '--12-22',
      '--12-17',
      '--12-21'
    ])
    expect(selectAll('q', doc)).toHaveLength(12)
    expect(textOf(selectAll('q q', doc)[0])).toBe('‘business as usual’')
  })

  it('gives each sentence its model id, in order', () => {
    const ids = selectAll('span[id]', doc).map((span) => span.properties.id)
    expect(ids).toEqual(selectNodes<Extract<Nodes, {type: 'sentence'}>>(tree, 'sentence').map((s) => s.id))
  })

  it('holds in main the article’s text, in order, and no chrome', () => {
    const body = tree.children
      .filter((node) => node.type !== 'chrome')
      .map((node) => toString(node).replace(/\s+/g, ' '))
    const text = textOf(main)
    let at = 0
    for (const block of body) {
      const found = text.indexOf(block, at)
      expect(found, block.slice(0, 40)).toBeGreaterThanOrEqual(at)
      at = found + block.length
    }
    for (const chrome of ['Accessibility links', 'Breaking News', 'Related', 'Comments', 'Share', 'Skip to main Navigation']) {
      expect(html).not.toContain(chrome)
    }
  })
})

describe('the document title', () => {
  it('is the headline and the site when both fit in 70 characters as written, else the headline shortened at a word; its spaces plain', async () => {
    const {documentTitle} = await import('../src/html/to-html.js')
    expect(documentTitle('Harbour\u00A0reopens after the storm')).toBe('Harbour reopens after the storm')
    // “&” is written “&amp;”: five characters in the file, which is what validators count.
    const long = 'Council & harbour board & port & city & region agree on a plan for the sea wall'
    const title = documentTitle(long)
    expect(title.endsWith('…')).toBe(true)
    expect(title.length + 4 * (title.match(/&/g)?.length ?? 0)).toBeLessThanOrEqual(70)
    expect(long.startsWith(title.slice(0, -1))).toBe(true)
    // Never half of an emoji.
    expect(documentTitle('🌊'.repeat(40)).match(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])/u)).toBeNull()
  })
})

describe('a hostile page leaves no trace', () => {
  const input = `${fixtures}html/hostile-page/input.html`
  const html = toHtml(readArticle(readFileSync(input), {path: input}).tree)
  const doc = parse(html)

  it('has only the elements and attributes the renderer writes', () => {
    const allowed: Record<string, string[]> = {
      html: ['lang'], head: [], meta: ['charSet', 'name', 'content'], title: [], style: [], body: [],
      a: ['href', 'className'], header: [], main: ['id', 'tabIndex'], article: ['ariaLabelledBy'], footer: [],
      h1: ['id'], h2: [], h3: [], p: ['className'], span: ['id', 'role', 'ariaLabel'], figure: [], img: ['src', 'alt'],
      figcaption: [], em: [], strong: [], q: [], abbr: ['title'], time: ['dateTime'], blockquote: [], ul: [], ol: [], li: []
    }
    for (const element of selectAll('*', doc)) {
      expect(Object.keys(allowed), element.tagName).toContain(element.tagName)
      for (const name of Object.keys(element.properties)) expect(allowed[element.tagName], `${element.tagName}[${name}]`).toContain(name)
    }
  })

  it('runs nothing: no script, handler, frame or javascript: URL', () => {
    // parse5 escapes "<" in text, so every "<" in the output opens a tag the renderer wrote.
    expect(html).not.toMatch(/<script|<iframe|<object|<embed|<svg|<form|<base|<[^>]*\son\w+=|javascript:|data:text/i)
    expect(selectAll('style', doc).map((s) => toText(s))).toEqual(['q { quotes: none } body { line-height: 1.5 }'])
    expect(selectAll('a', doc).map((a) => a.properties.href)).toEqual(['#main', 'https://example.invalid/statement'])
  })

  it('keeps markup-looking text as text', () => {
    expect(textOf(select('main', doc))).toContain(
      'Text that looks like markup stays text: <script>alert(1)</script>, <audio src=x onerror=alert(1)>, </speak>, ]]> and &amp;.'
    )
    expect(html).not.toContain('Hidden text')
    expect(html).not.toContain('framed')
  })
})

describe('pictures', () => {
  const figure = (img: string, caption = '') =>
    toHtml(readArticle(`<article><h1>A headline here</h1><p>A first paragraph of the article.</p><figure>${img}${caption ? `<figcaption>${caption}</figcaption>` : ''}</figure></article>`).tree, {document: false})

  it('keep their alt text when there is no image to load, unless the caption says it', () => {
    // A relative source cannot load in the accessible page: the picture was lost, alt text and all.
    expect(figure('<img src="street.jpg" alt="Flooded street">')).toContain('<figure><span role="img" aria-label="Flooded street"></span></figure>')
    expect(figure('<img src="street.jpg" alt="Flooded street">', 'Flooded street')).not.toContain('role="img"')
    expect(figure('<img src="https://example.invalid/street.jpg" alt="Flooded street">')).toContain('<img src="https://example.invalid/street.jpg" alt="Flooded street">')
  })
})

describe('HTML options', () => {
  const {tree} = readArticle('Headline Here\n\nThe first sentence. The second one.\n')

  it('document: false gives the article element alone, with its own language (and direction, right to left)', () => {
    expect(toHtml({...tree, lang: 'fa'}, {document: false})).toMatch(/^<article aria-labelledby="headline" lang="fa" dir="rtl">/)
    expect(toHtml(tree, {document: false})).toBe(
      '<article aria-labelledby="headline" lang="en"><header><h1 id="headline"><span id="s1">Headline Here</span></h1></header>' +
        '<p><span id="s2">The first sentence.</span> <span id="s3">The second one.</span></p></article>\n'
    )
  })

  it('sentenceIds: false leaves the sentences unwrapped; idPrefix prefixes every id', () => {
    expect(toHtml(tree, {document: false, sentenceIds: false})).toContain('<p>The first sentence. The second one.</p>')
    const prefixed = toHtml(tree, {idPrefix: 'a1-'})
    expect(prefixed).toContain('<a class="skip-link" href="#a1-main">')
    expect(prefixed).toContain('<main id="a1-main" tabindex="-1">')
    expect(prefixed).toContain('<span id="a1-s2">')
    expect(prefixed).toContain('aria-labelledby="a1-headline"')
  })

  it('images: false leaves the photo out and keeps its caption', () => {
    const sample = readArticle(readSample('html'), {path: samplePaths.html}).tree
    const html = toHtml(sample, {images: false})
    expect(html).not.toContain('<img')
    expect(html).toContain('<figure><figcaption>')
  })

  it('handlers replace a node type’s rendering', () => {
    const html = toHtml(tree, {document: false, handlers: {paragraph: (state, node) => [{type: 'element', tagName: 'div', properties: {}, children: state.all(node)}]}})
    expect(html).toContain('<div><span id="s2">')
  })

  it('rejects a bad option with a clear error', () => {
    expect(() => toHtml(tree, {idPrefix: '1 bad'})).toThrow(/Invalid idPrefix “1 bad”/)
    expect(() => toHtml(tree, {skipLabel: '  '})).toThrow(/skipLabel: it may not be empty/)
  })

  it('throws on a node type it has no handler for, rather than dropping it', () => {
    const odd = {...tree, children: [...tree.children, {type: 'sidebar', children: []}]} as unknown as Article
    expect(() => toHast(odd)).toThrowError(AltformatError)
    expect(() => toHast(odd)).toThrow('No html handler for “sidebar”')
  })
})
