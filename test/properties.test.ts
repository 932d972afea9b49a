import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {readArticle, toString, validateArticle} from '../src/index.js'
import type {Article, Nodes} from '../src/index.js'
import {selectAll} from './helpers/select.js'
import {collapseWhitespace, collapseWithMap, sourceSlice} from '../src/read/source-text.js'

/** Words and marks news text is made of, including the ones the enrichment reacts to. */
const token = fc.constantFrom(
  'the', 'talks', 'said', 'Moscow', 'Lavrov', 'officials', 'on', 'December', '22', '2006', 'AFP', 'U.S.',
  'NATO', '$4.2', 'million', '2.5%', '11th', '--', '–', '—', '...', '…', 'in...Ukraine', 'world’s',
  "Korea's", '“quoted', 'words”', '"straight', 'marks"', '‘inner’', 'p.m.', 'Dec.', '1,200', 'accusations.The',
  'May', '31,', '(right)', 'and', 'a', 'visit', 'which', 'were'
)
const sentence = fc
  .array(token, {minLength: 3, maxLength: 14})
  // Running prose, as an article is: the reader keeps prose and leaves out furniture.
  .map((words) => `Then the officials said that ${words.join(' ')} and it was over.`)
const paragraph = fc.array(sentence, {minLength: 1, maxLength: 4}).map((s) => s.join(' '))
const article = fc.array(paragraph, {minLength: 1, maxLength: 6})

/** FC_RUNS=5000 npm test runs a longer search. */
const runs = (n: number) => Number(process.env.FC_RUNS ?? n)

const body = (tree: Article) => tree.children.filter((node) => node.type === 'paragraph')
/** The one change the reader makes to body text: a space where a full stop was glued to the next sentence. */
const repaired = (text: string) => text.replace(/(?<=\p{Ll}{2}[.!?])(?=\p{Lu}\p{Ll})/gu, ' ')

describe('properties of the text reader, for any article', () => {
  it('keeps every paragraph’s text, in order, in a valid tree', () => {
    fc.assert(
      fc.property(article, (paragraphs) => {
        const source = 'Officials Hold Talks In Moscow\n\n' + paragraphs.join('\n\n') + '\n'
        const {tree} = readArticle(source)
        validateArticle(JSON.parse(JSON.stringify(tree)))
        expect(body(tree).map((node) => toString(node))).toEqual(paragraphs.map(repaired))
      }),
      {numRuns: runs(150)}
    )
  })

  it('positions every leaf exactly at its text in the source', () => {
    fc.assert(
      fc.property(article, (paragraphs) => {
        const source = 'Officials Hold Talks In Moscow\n\n' + paragraphs.join('\n\n') + '\n'
        const {tree} = readArticle(source)
        for (const type of ['text', 'abbr', 'date', 'number', 'dash', 'ellipsis'] as const) {
          for (const node of selectAll<Extract<Nodes, {value: string}>>(tree, type)) {
            const {start, end} = node.position ?? {}
            expect(source.slice(start?.offset, end?.offset)).toBe(node.value)
          }
        }
      }),
      {numRuns: runs(100)}
    )
  })

  it('numbers sentences s1…sN and never nests a quote in itself at the same level', () => {
    fc.assert(
      fc.property(article, (paragraphs) => {
        const {tree} = readArticle('Officials Hold Talks In Moscow\n\n' + paragraphs.join('\n\n'))
        const ids = selectAll<Extract<Nodes, {type: 'sentence'}>>(tree, 'sentence').map((s) => s.id)
        expect(ids).toEqual(ids.map((_, i) => `s${i + 1}`))
        for (const quote of selectAll<Extract<Nodes, {type: 'quote'}>>(tree, 'quote')) {
          for (const child of quote.children) if (child.type === 'quote') expect(child.level).toBeGreaterThan(quote.level)
        }
      }),
      {numRuns: runs(100)}
    )
  })
})

describe('properties of the HTML reader, for any paragraph text', () => {
  const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;')

  it('reads back the decoded text of each paragraph, whatever its markup and entities', () => {
    fc.assert(
      fc.property(fc.array(paragraph, {minLength: 1, maxLength: 4}), fc.boolean(), (paragraphs, wrap) => {
        const html =
          '<article><h1>Officials Hold Talks</h1>' +
          paragraphs.map((p) => `<p>${wrap ? escape(p).replace(/^Then /, '<em>Then</em> ') : escape(p)}</p>`).join('\n') +
          '</article>'
        const {tree} = readArticle(html, {from: 'html'})
        validateArticle(JSON.parse(JSON.stringify(tree)))
        expect(body(tree).map((node) => toString(node))).toEqual(paragraphs.map(repaired))
      }),
      {numRuns: runs(100)}
    )
  })
})

describe('properties of source text, for any characters', () => {
  // Letters, breaking and no-break spaces, line breaks and soft hyphens, in any order.
  const piece = fc.constantFrom('a', 'b', 'Ü', ' ', '  ', '\t', '\n', '\u00A0', '\u00AD', '-', '.')
  const raw = fc.array(piece, {maxLength: 40}).map((pieces) => pieces.join(''))

  it('collapsing drops soft hyphens, collapses breaking white space and keeps every other character where the source has it', () => {
    fc.assert(
      fc.property(raw, (value) => {
        const {text, map} = collapseWithMap(sourceSlice(value, 0, value.length))
        expect(text.value).toBe(value.replace(/\u00AD/g, '').replace(/[ \t\n]+/g, ' ').replace(/^ | $/g, ''))
        for (let i = 0; i < text.value.length; i++) {
          if (text.value[i] !== ' ') expect(value[text.starts[i] as number]).toBe(text.value[i])
        }
        // Every old index maps to a new one in order, the soft hyphens' to the character after them.
        for (let i = 0; i < value.length; i++) expect(map[i]).toBeLessThanOrEqual(map[i + 1] as number)
        expect(collapseWhitespace(sourceSlice(value, 0, value.length)).value).toBe(text.value)
      }),
      {numRuns: runs(300)}
    )
  })
})
