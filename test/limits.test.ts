import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {AltformatError, readArticle, toBraille, toHtml, toSsml, toString} from '../src/index.js'
import type {Article} from '../src/index.js'
import {limitDepth} from '../src/read/html/depth-guard.js'

/**
 * Inputs that once took minutes, overflowed the stack or made outputs grow
 * with the square of the page (issue 18). Unit tests hold no timed assertions:
 * what is asserted is the shape that made them slow (a tree as deep as the
 * page, an output a hundred times the input), and the test's own timeout
 * (far above the seconds each takes now, far below the minutes each took) is
 * what fails if one turns quadratic again. Their measured times are in
 * docs/benchmarks.md (`npm run bench`).
 */
const generous = 60_000

function depthOf(node: {children?: unknown[]}): number {
  let deepest = 0
  const stack: Array<[{children?: unknown[]}, number]> = [[node, 1]]
  while (stack.length > 0) {
    const [next, depth] = stack.pop() as [{children?: unknown[]}, number]
    deepest = Math.max(deepest, depth)
    for (const child of next.children ?? []) stack.push([child as {children?: unknown[]}, depth + 1])
  }
  return deepest
}

function words(tree: Article): string {
  return tree.children.map((node) => toString(node)).join(' ').replace(/\s+/g, ' ').trim()
}

/** Whether the tree holds exactly these characters, white space aside (no 200 KB diff when it does not). */
function holds(tree: Article, value: string): boolean {
  return words(tree).replace(/\s/g, '') === value.replace(/\s/g, '')
}

describe('time and size grow linearly with the page', () => {
  it('200,000 digits in one word: read whole, one number', {timeout: generous}, () => {
    const value = '1'.repeat(200_000)
    const {tree} = readArticle(value, {from: 'text'})
    expect(holds(tree, value)).toBe(true)
  })

  it('"(AB) " 50,000 times: every bracket is not an expansion to look for over the whole text', {timeout: generous}, () => {
    const value = '(AB) '.repeat(50_000).trim()
    const {tree} = readArticle(value, {from: 'text'})
    expect(holds(tree, value)).toBe(true)
  })

  it('"U.S. " 50,000 times and "A-" 100,000 times: no stack overflow in the sentence splitter', {timeout: generous}, () => {
    for (const value of ['U.S. '.repeat(50_000).trim(), 'A-'.repeat(100_000)]) {
      const {tree} = readArticle(value, {from: 'text'})
      expect(holds(tree, value)).toBe(true)
      // Sentences are cut into pieces parse-english can merge in linear time.
      const sentences = JSON.stringify(tree).match(/"type":"sentence"/g)?.length ?? 0
      expect(sentences).toBeGreaterThan(1)
    }
  })

  it('\'"a \' 1,500 times: straight quotes do not nest in straight quotes', {timeout: generous}, () => {
    const value = '"a '.repeat(1_500)
    const {tree, file} = readArticle(value, {from: 'text'})
    // Read as nesting, this was a tree 1,500 deep and a 163 MB JSON.
    expect(depthOf(tree)).toBeLessThan(10)
    expect(JSON.stringify(tree).length).toBeLessThan(value.length * 400)
    expect(file.messages.some((message) => message.ruleId === 'quote-unclosed')).toBe(true)
  })

  it('opening marks 3,000 deep are text past six levels', {timeout: generous}, () => {
    const {tree, file} = readArticle('„'.repeat(3_000) + 'a', {from: 'text'})
    expect(depthOf(tree)).toBeLessThan(16)
    expect(file.messages.some((message) => message.ruleId === 'quote-too-deep')).toBe(true)
  })

  it('200,000 nested <div>s: the text, flattened, with a message', {timeout: generous}, () => {
    const html = '<article><h1>Deep</h1>' + '<div>'.repeat(200_000) + '<p>Deep text.</p><p>Second one.</p>' + '</div>'.repeat(200_000) + '</article>'
    const {tree, file} = readArticle(html, {from: 'html'})
    expect(words(tree)).toBe('Deep Deep text. Second one.')
    expect(file.messages.map((message) => message.ruleId)).toContain('html-flattened')
  })

  it('the depth guard blanks only tags past 256 open elements, keeping every offset and line', () => {
    const shallow = '<div>'.repeat(200) + 'x' + '</div>'.repeat(200)
    expect(limitDepth(shallow)).toEqual({source: shallow, blanked: 0})
    const deep = '<div>'.repeat(300) + '<p\nclass="a">x</p>' + '</div>'.repeat(300)
    const {source, blanked} = limitDepth(deep)
    // html, head and body are not in the source: 256 of its own divs stay open.
    expect(blanked).toBe(300 - 256 + 1)
    expect(source).toHaveLength(deep.length)
    expect(source.split('\n')).toHaveLength(2)
    expect(source.match(/<div>/g)).toHaveLength(256)
    expect(source.match(/<\/div>/g)).toHaveLength(256)
    expect(source).not.toContain('<p')
    // An unclosed <li> (or <p>) is closed by the next, with what is open inside it,
    // as in the parser: 400 unclosed <b> each inside its own item are not 400 deep.
    const items = '<ul>' + '<li><b>a'.repeat(400)
    expect(limitDepth(items)).toEqual({source: items, blanked: 0})
    // The same <b>s with nothing to close them are.
    expect(limitDepth('<b>a'.repeat(400)).blanked).toBe(400 - 256)
  })

  it('markup deeper than the flattening but shallower than the guard reads its text', () => {
    // 200 levels: the depth guard (256) leaves the page alone; flattening at 128 reads the text.
    const html = '<article><h1>Deep</h1>' + '<div>'.repeat(200) + '<p>Deep text, long enough to be the article.</p>' + '</div>'.repeat(200) + '</article>'
    expect(words(readArticle(html, {from: 'html'}).tree)).toBe('Deep Deep text, long enough to be the article.')
  })

  it('360 KB of unclosed <p><b><i><u>: refused as too complex, naming the page', {timeout: generous}, () => {
    const html = '<p><b><i><u>'.repeat(30_000)
    let error: unknown
    try {
      readArticle(html, {from: 'html', path: 'pages/unclosed.html'})
    } catch (caught) {
      error = caught
    }
    expect(error).toBeInstanceOf(AltformatError)
    expect((error as AltformatError).code).toBe('too-complex')
    expect((error as AltformatError).file).toBe('pages/unclosed.html')
    expect((error as AltformatError).message).toMatch(/^pages\/unclosed\.html holds more than 200,000 HTML elements/)
  })

  it('a page over maxBytes is refused with too-large', () => {
    expect(() => readArticle('word '.repeat(1000), {maxBytes: 100})).toThrow(/over the limit of 100/)
  })

  it('any repetition of a short piece of text reads in time linear in its length', {timeout: generous}, () => {
    // The shapes above, found by hand, generalised: a short unit of digits,
    // capitals, brackets, quotes and dots repeated a few thousand times. The
    // output's size, not a clock, is what is bounded.
    fc.assert(
      fc.property(
        fc.string({unit: fc.constantFrom('1', 'A', 'b', '.', ',', '-', '(', ')', '"', '“', '”', "'", ' ', '$', '%', '\n'), minLength: 1, maxLength: 6}),
        fc.integer({min: 500, max: 3_000}),
        (unit, times) => {
          const value = unit.repeat(times)
          if (value.trim() === '' || !/[\p{L}\p{N}]/u.test(value)) return
          let result
          try {
            result = readArticle(value, {from: 'text'})
          } catch (error) {
            if (error instanceof AltformatError && error.code === 'no-article') return
            throw error
          }
          expect(depthOf(result.tree)).toBeLessThan(16)
          expect(JSON.stringify(result.tree).length).toBeLessThan(value.length * 600 + 10_000)
        }
      ),
      {numRuns: 15}
    )
  })

  it('every renderer takes a 100 KB paragraph of one unit repeated', {timeout: generous}, () => {
    const {tree} = readArticle('Headline Of The Page\n\n' + 'U.S. officials (AB) said "a 1,000 '.repeat(3_000), {from: 'text'})
    expect(toSsml(tree).length).toBeGreaterThan(100_000)
    expect(toBraille(tree).brf().length).toBeGreaterThan(50_000)
    expect(toHtml(tree).length).toBeGreaterThan(100_000)
  })
})
