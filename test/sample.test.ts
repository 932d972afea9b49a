import {describe, expect, it} from 'vitest'
import {selectAll} from './helpers/select.js'
import {readArticle, toString, validateArticle} from '../src/index.js'
import type {Article, Chrome, DateNode, Nodes, NumberNode, Quote, Sentence} from '../src/index.js'
import {readSample, samplePaths} from './helpers/corpus.js'

const fromText = readArticle(readSample('text'), {path: samplePaths.text})
const fromHtml = readArticle(readSample('html'), {path: samplePaths.html})

const body = (tree: Article) => tree.children.filter((node) => node.type !== 'chrome')
const paragraphs = (tree: Article) => tree.children.filter((node) => node.type === 'paragraph')
const sentenceText = (tree: Article, start: string) =>
  selectAll<Sentence>(tree, 'sentence').map((s) => toString(s)).filter((s) => s.startsWith(start))

for (const [reader, result] of [
  ['text', fromText],
  ['html', fromHtml]
] as const) {
  describe(`the sample article, read as ${reader}`, () => {
    const {tree} = result

    it('is a valid tree that survives a JSON round trip', () => {
      expect(validateArticle(JSON.parse(JSON.stringify(tree)))).toEqual(JSON.parse(JSON.stringify(tree)))
    })

    it('keeps the page chrome as typed chrome nodes, before the headline', () => {
      const chrome = tree.children.filter((node): node is Chrome => node.type === 'chrome')
      expect(chrome[0]).toMatchObject({kind: 'accessibility-links', label: 'Accessibility links'})
      expect(chrome[1]).toMatchObject({kind: 'breaking-news', label: 'Breaking News'})
      const headline = tree.children.findIndex((node) => node.type === 'heading')
      expect(tree.children.indexOf(chrome[1] as Chrome)).toBeLessThan(headline)
    })

    it('has one depth-1 heading, the headline', () => {
      const headings = tree.children.filter((node) => node.type === 'heading')
      expect(headings).toHaveLength(1)
      expect(headings[0]).toMatchObject({depth: 1})
      expect(toString(headings[0] as Nodes)).toBe(
        'In Moscow, Johnson Says Britain, Russia Should Cooperate On Security'
      )
    })

    it('has the caption once, as a figure with a caption', () => {
      const figures = tree.children.filter((node) => node.type === 'figure')
      expect(figures).toHaveLength(1)
      expect(toString(figures[0] as Nodes)).toBe(
        'Russian Foreign Minister Sergei Lavrov (right) and British Foreign Secretary Boris Johnson in Moscow on December 22'
      )
    })

    it('has 14 body paragraphs and the credit last', () => {
      expect(paragraphs(tree)).toHaveLength(14)
      const last = body(tree).at(-1)
      expect(last?.type).toBe('credit')
      expect(toString(last as Nodes)).toBe('With reporting by AFP and Reuters')
    })

    it('splits “accusations.The” into two sentences, with a diagnostic', () => {
      expect(sentenceText(tree, 'Russia denies')).toEqual(['Russia denies the accusations.'])
      expect(sentenceText(tree, 'The 2006 radiation-poisoning')).toHaveLength(1)
      expect(result.file.messages.map((m) => m.ruleId)).toContain('sentence-missing-space')
    })

    it('keeps “activity in...Ukraine, also” in one sentence', () => {
      const [sentence] = sentenceText(tree, '"We are aware')
      expect(sentence).toContain('continued activity in...Ukraine, also the action')
      expect(sentence).toMatch(/elsewhere," she said in an interview on December 22 with Sky News at an air base in Cyprus\.$/)
    })

    it('pairs quotes across mixed styles and nests ‘business as usual’ at level 2', () => {
      const quotes = selectAll<Quote>(tree, 'quote')
      const statement = quotes.find((q) => toString(q).startsWith('“our relations'))
      expect(statement).toMatchObject({level: 1, open: '“', close: '"'})
      const inner = statement?.children.find((child): child is Quote => child.type === 'quote')
      expect(inner).toMatchObject({level: 2, open: '‘', close: '’'})
      expect(toString(inner as Quote)).toBe('‘business as usual’')
      const however = quotes.find((q) => toString(q).startsWith('“However'))
      expect(however).toMatchObject({open: '“', close: '"'})
      // Every quote in the sample is closed within its paragraph.
      expect(quotes.every((q) => q.open !== '' && q.close !== '')).toBe(true)
      expect(quotes).toHaveLength(12)
    })

    it('marks dashes and the ellipsis', () => {
      expect(selectAll(tree, 'dash').map((d) => (d as {value: string}).value)).toEqual(['--', '--', '–'])
      expect(selectAll(tree, 'ellipsis').map((d) => (d as {value: string}).value)).toEqual(['...'])
    })

    it('marks dates without inventing a year, and years', () => {
      const dates = selectAll<DateNode>(tree, 'date').map((d) => [d.value, d.iso])
      expect(dates).toEqual([
        ['December 22', '--12-22'],
        ['December 22', '--12-22'],
        ['December 22', '--12-22'],
        ['December 17', '--12-17'],
        ['December 21', '--12-21']
      ])
      const numbers = selectAll<NumberNode>(tree, 'number').map((n) => [n.value, n.kind])
      expect(numbers).toEqual([
        ['2006', 'year'],
        ['2015', 'year'],
        ['2018', 'year']
      ])
    })

    it('marks AFP as an abbreviation spoken as letters', () => {
      expect(selectAll(tree, 'abbr')).toMatchObject([
        {type: 'abbr', value: 'AFP', spoken: 'letters', expansion: 'Agence France-Presse'}
      ])
    })

    it('gives every node a position in the source', () => {
      const missing: string[] = []
      const walk = (node: Nodes, path: string) => {
        if (!node.position) missing.push(`${path} (${node.type})`)
        if ('children' in node) (node.children as Nodes[]).forEach((child, i) => walk(child, `${path}.${i}`))
      }
      walk(tree, '$')
      expect(missing).toEqual([])
    })

    it('numbers sentences s1…sN in document order', () => {
      const ids = selectAll<Sentence>(tree, 'sentence').map((s) => s.id)
      expect(ids).toEqual(ids.map((_, index) => `s${index + 1}`))
      expect(ids).toHaveLength(20)
    })
  })
}

describe('the sample article, text and HTML', () => {
  it('say the same thing: the same body, block by block', () => {
    const text = body(fromText.tree).map((node) => [node.type, toString(node)])
    const html = body(fromHtml.tree).map((node) => [node.type, toString(node)])
    expect(html).toEqual(text)
  })

  it('HTML: the Accessibility links block carries its three skip links', () => {
    expect(fromHtml.tree.children[0]).toMatchObject({
      type: 'chrome',
      kind: 'accessibility-links',
      links: [
        {label: 'Skip to main content', url: '#content'},
        {label: 'Skip to main Navigation', url: '#navigation'},
        {label: 'Skip to Search', url: '#txtHeaderSearch'}
      ]
    })
  })

  it('HTML: metadata comes from the page', () => {
    expect(fromHtml.tree.meta).toMatchObject({
      published: '2017-12-22T10:42:00+01:00',
      site: 'RadioFreeEurope/RadioLiberty',
      title: 'In Moscow, Johnson Says Britain, Russia Should Cooperate On Security',
      section: 'Russia'
    })
    expect(fromHtml.tree.lang).toBe('en')
  })

  it('positions point at the source text of each text node', () => {
    for (const [result, source] of [
      [fromText, readSample('text').toString('utf8')],
      [fromHtml, readSample('html').toString('utf8')]
    ] as const) {
      const headline = selectAll<Sentence>(result.tree, 'sentence')[0] as Sentence
      const {start, end} = headline.position ?? {}
      expect(source.slice(start?.offset, end?.offset)).toBe(
        'In Moscow, Johnson Says Britain, Russia Should Cooperate On Security'
      )
    }
  })
})
