import {describe, expect, it} from 'vitest'
import {AltformatError, inspect, readArticle, toBraille, toHtml, toScript, toSsml, toString, validateArticle} from '../src/index.js'
import type {Article} from '../src/index.js'

const small = (): Article => ({
  type: 'article',
  lang: 'en',
  meta: {title: 'Talks Resume'},
  children: [
    {type: 'chrome', kind: 'breaking-news', label: 'Breaking News'},
    {type: 'heading', depth: 1, children: [{type: 'sentence', id: 's1', children: [{type: 'text', value: 'Talks Resume'}]}]},
    {
      type: 'paragraph',
      children: [
        {
          type: 'sentence',
          id: 's2',
          children: [
            {type: 'abbr', value: 'AFP', spoken: 'letters'},
            {type: 'text', value: ' said '},
            {type: 'quote', level: 1, open: '“', close: '”', children: [{type: 'text', value: 'yes'}]},
            {type: 'text', value: ' on '},
            {type: 'date', value: 'May 1', iso: '--05-01'},
            {type: 'text', value: '.'}
          ]
        }
      ]
    }
  ]
})

describe('validateArticle', () => {
  it('accepts a well-formed tree and returns it', () => {
    const tree = small()
    expect(validateArticle(tree)).toBe(tree)
  })

  it.each([
    ['an unknown node type', (t: Article) => ((t.children[1] as {type: string}).type = 'sidebar'), /\$\.children\[1\] has unknown node type "sidebar"/],
    ['a bad chrome kind', (t: Article) => ((t.children[0] as {kind: string}).kind = 'ad'), /\(chrome\) has a missing or invalid `kind`/],
    ['a block where inline content belongs', (t: Article) => {
      const sentence = (t.children[2] as {children: Array<{children: unknown[]}>}).children[0]
      sentence?.children.push({type: 'paragraph', children: []})
    }, /\(paragraph\) may not stand where inline content is expected/],
    ['sentence ids out of order', (t: Article) => {
      const sentence = (t.children[2] as {children: Array<{id: string}>}).children[0]
      if (sentence) sentence.id = 's7'
    }, /has id "s7" where s2 was expected/],
    ['a heading depth of 7', (t: Article) => ((t.children[1] as {depth: number}).depth = 7), /\(heading\) has a missing or invalid `depth`/],
    ['a leaf with children', (t: Article) => {
      const sentence = (t.children[2] as unknown as {children: Array<{children: Array<Record<string, unknown>>}>}).children[0]
      if (sentence?.children[0]) sentence.children[0].children = []
    }, /\(abbr\) is a leaf but has children/]
  ])('rejects %s, naming the node', (_, mutate, message) => {
    const tree = small()
    mutate(tree)
    expect(() => validateArticle(tree)).toThrow(message)
    try {
      validateArticle(tree, 'page.json')
    } catch (error) {
      expect(error).toBeInstanceOf(AltformatError)
      expect((error as AltformatError).code).toBe('invalid-tree')
      expect((error as AltformatError).message).toContain('(page.json)')
    }
  })

  it('refuses a tree 100,000 levels deep with a typed error, in every function that walks trees', () => {
    // Built in code, not by a reader: it overflowed the stack of validateArticle and of every renderer.
    let inline: Record<string, unknown> = {type: 'text', value: 'deep'}
    for (let i = 0; i < 100_000; i++) inline = {type: 'emphasis', children: [inline]}
    const tree = {...small(), children: [{type: 'paragraph', children: [{type: 'sentence', id: 's1', children: [inline]}]}]} as unknown as Article
    expect(() => validateArticle(tree)).toThrow(
      'Not an altformat article: $.children[0].children[0].children[0]… nests deeper than 256 levels, which no reader makes. Produce it with `altformat --to json` or `readArticle`, or fix the node named.'
    )
    const walkers: Array<[string, () => unknown]> = [
      ['toHast', () => toHtml(tree)],
      ['toSsmlTree', () => toSsml(tree)],
      ['toScript', () => toScript(tree)],
      ['toBraille', () => toBraille(tree)],
      ['inspect', () => inspect(tree)],
      ['toString', () => toString(tree)]
    ]
    for (const [name, walk] of walkers) {
      expect(walk, name).toThrow(new RegExp(`^${name}: the tree nests deeper than 256 levels`))
      expect(walk, name).toThrow(AltformatError)
    }
    // As deep as a reader goes (HTML is flattened past 128 levels) is fine.
    let shallow: Record<string, unknown> = {type: 'text', value: 'deep'}
    for (let i = 0; i < 200; i++) shallow = {type: 'emphasis', children: [shallow]}
    const fine = {...small(), children: [{type: 'paragraph', children: [{type: 'sentence', id: 's1', children: [shallow]}]}]} as unknown as Article
    expect(validateArticle(fine)).toBe(fine)
    expect(toHtml(fine)).toContain('<em><em>deep</em></em>')
  })

  it('rejects an empty heading, paragraph, list or caption, naming it: each would be empty in every output', () => {
    const sentence = {type: 'sentence', id: 's1', children: [{type: 'text', value: 'Text.'}]}
    const holding = (children: unknown[]) => ({...small(), children})
    expect(() => validateArticle(holding([{type: 'heading', depth: 3, children: []}]))).toThrow('$.children[0] (heading) is empty')
    expect(() => validateArticle(holding([{type: 'paragraph', children: [sentence]}, {type: 'list', ordered: false, children: [{type: 'listItem', children: []}]}]))).toThrow(
      '$.children[1].children[0] (listItem) is empty'
    )
    expect(() => validateArticle(holding([{type: 'figure', children: [{type: 'caption', children: []}]}]))).toThrow('(caption) is empty')
    // A picture without a caption is a picture: it has nothing to say, not an empty caption.
    const picture = holding([{type: 'figure', src: 'a.jpg', alt: 'A harbour', children: []}])
    expect(validateArticle(picture)).toBe(picture)
  })

  it('rejects what is not a tree at all', () => {
    expect(() => validateArticle(null)).toThrow(/\$ is not a node object/)
    expect(() => validateArticle({type: 'paragraph', children: []})).toThrow(/may not stand where root content/)
  })
})

describe('toString', () => {
  it('gives back the text as printed, with quote marks', () => {
    expect(toString(small().children[2] as never)).toBe('AFP said “yes” on May 1.')
  })
})

describe('inspect', () => {
  it('outlines blocks, sentences and inline nodes', () => {
    expect(inspect(small())).toBe(
      [
        'article (en)',
        '  title: Talks Resume',
        '  chrome breaking-news: Breaking News',
        '  heading 1',
        '    s1  Talks Resume',
        '  paragraph',
        '    s2  [abbr AFP letters] said [quote 1 “yes”] on [date May 1 --05-01].',
        ''
      ].join('\n')
    )
  })
})

describe('readArticle errors', () => {
  it.each([
    ['empty-input', '   \n\n  '],
    ['binary-input', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0x01, 0x02])],
    ['no-article', 'Accessibility links\n\nBreaking News\n\nXS\nSM\n']
  ])('%s', (code, input) => {
    expect(() => readArticle(input, {path: 'page.txt'})).toThrowError(
      expect.objectContaining({name: 'AltformatError', code, file: 'page.txt'})
    )
  })

  it('names the file and says what to do', () => {
    expect(() => readArticle('', {path: 'a/b.txt'})).toThrow('a/b.txt is empty: there is no article to read.')
  })

  it('rejects an unknown reader', () => {
    expect(() => readArticle('x', {from: 'pdf' as never})).toThrow(/Unknown input format “pdf”/)
  })

  it('reads invalid UTF-8 with replacement characters rather than failing', () => {
    const bytes = Buffer.concat([Buffer.from('Headline Here\n\nThe text goes on '), Buffer.from([0xff]), Buffer.from(' here.\n')])
    expect(toString(readArticle(bytes).tree.children[1] as never)).toBe('The text goes on \uFFFD here.')
  })
})

describe('altformatParse (unified)', () => {
  it('parses a page into the article tree, messages on the file', async () => {
    const {unified} = await import('unified')
    const {VFile} = await import('vfile')
    const {altformatParse} = await import('../src/index.js')
    const file = new VFile({value: 'Headline Here\n\nThe accusations.The end.', path: 'page.txt'})
    const tree = unified().use(altformatParse).parse(file)
    expect(inspect(tree)).toBe(
      'article (en)\n  title: Headline Here\n  heading 1\n    s1  Headline Here\n  paragraph\n    s2  The accusations.\n    s3  The end.\n'
    )
    expect(file.messages.map((m) => m.ruleId)).toEqual(['sentence-missing-space'])
  })
})

describe('long input', () => {
  it('reads a 1 MB paragraph on one line, keeping every character (no stack overflow)', () => {
    const sentence = 'Officials said on December 22 that the “talks -- long delayed -- would resume.” '
    const paragraph = sentence.repeat(Math.ceil(1_000_000 / sentence.length)).trim()
    const {tree} = readArticle(`Headline Here\n\n${paragraph}\n`)
    const body = tree.children[1]
    expect(body?.type).toBe('paragraph')
    expect(toString(body as never)).toBe(paragraph)
  })

  it('reads a 1 MB HTML paragraph with entities in it', () => {
    const sentence = 'Officials said &quot;yes&quot; &amp; left. '
    const html = `<article><h1>Headline</h1><p>${sentence.repeat(25_000)}</p></article>`
    const {tree} = readArticle(html, {from: 'html'})
    expect(toString(tree.children[1] as never)).toBe('Officials said "yes" & left. '.repeat(25_000).trim())
  })
})

describe('the lexicon option', () => {
  it('adds abbreviations and overrides them field by field', () => {
    const {tree} = readArticle('Headline Here\n\nThe WHO and the CSTO met. NATO spoke.', {
      lexicon: {CSTO: {expansion: 'Collective Security Treaty Organization'}, NATO: {spoken: 'letters'}}
    })
    expect(inspect(tree).split('\n').slice(5, 7)).toEqual([
      '    s2  The [abbr WHO letters = World Health Organization] and the [abbr CSTO letters = Collective Security Treaty Organization] met.',
      '    s3  [abbr NATO letters = North Atlantic Treaty Organization] spoke.'
    ])
  })
})

describe('the lang option', () => {
  it('sets the language of a text page, and of an HTML page that declares none', () => {
    expect(readArticle('Headline Here\n\nText here.', {lang: 'ru'}).tree.lang).toBe('ru')
    expect(readArticle('<main><h1>Headline</h1><p>Text here.</p></main>', {lang: 'ky'}).tree.lang).toBe('ky')
  })
  it('does not override the language an HTML page declares', () => {
    expect(readArticle('<html lang="uk"><body><main><h1>H</h1><p>Text here.</p></main></body></html>', {lang: 'ru'}).tree.lang).toBe('uk')
  })
  it('defaults to English', () => {
    expect(readArticle('Headline Here\n\nText here.').tree.lang).toBe('en')
  })
})

describe('directionOf', () => {
  it('is right to left for languages whose script is (by the tag, or as likely for the language), else left to right', async () => {
    const {directionOf} = await import('../src/model/lang.js')
    for (const lang of ['fa', 'prs', 'fa-AF', 'ps', 'ar', 'ur', 'ckb', 'he', 'yi', 'dv', 'az-Arab', 'ku-Arab', 'uz-Arab']) expect(directionOf(lang), lang).toBe('rtl')
    for (const lang of ['en', 'ru', 'az', 'ku', 'uz', 'sr-Cyrl', 'sr-Latn', 'kk', 'zh', 'not a tag']) expect(directionOf(lang), lang).toBe('ltr')
  })
})

describe('alternation', () => {
  it('escapes each word, keeps it once, tries the longest first, and lets a space match what it is told', async () => {
    const {alternation} = await import('../src/model/regexp.js')
    expect(alternation(['min', 'min. read', 'min'])).toBe('min\\. read|min')
    expect(new RegExp(`^(?:${alternation(['min', 'min. read'])})`).exec('min. read')?.[0]).toBe('min. read')
    expect(new RegExp(`^(?:${alternation(['min read'], '\\s*')})$`).test('minread')).toBe(true)
  })
})

describe('wholeWords', () => {
  it('finds one of the words with no letter or digit on either side, case ignored, in any script, however often it is asked', async () => {
    const {wholeWords} = await import('../src/model/regexp.js')
    const words = wholeWords(['inbox', 'sign up', 'рассылку'])
    const cases: Array<[string, boolean]> = [
      ['Straight to your INBOX.', true],
      ['inbox', true],
      ['Sign   up today', true],
      ['Подпишитесь на рассылку!', true],
      // Part of a longer word, before or after: none.
      ['Three inboxes', false],
      ['the xinbox folder', false],
      ['2inbox', false],
      ['рассылкую', false],
      // A first match inside a word, a whole one later on the line.
      ['outbox, xinbox and then the inbox', true],
      // After a letter outside the Basic Multilingual Plane (a surrogate pair): part of a word.
      ['\u{1D400}inbox', false],
      ['😀inbox', true]
    ]
    for (let round = 0; round < 2; round++) for (const [text, found] of cases) expect([text, words.test(text)]).toEqual([text, found])
  })
})

describe('primaryLanguage', () => {
  it('is the tag’s language subtag in lower case, the fallback for no tag — the same when asked again, and past the tags it keeps', async () => {
    const {primaryLanguage} = await import('../src/model/lang.js')
    const cases: Array<[string | undefined, string, string]> = [['de-CH', '', 'de'], ['EN-us', '', 'en'], [undefined, 'en', 'en'], [undefined, '', ''], ['sr-Latn-RS', 'en', 'sr']]
    for (let round = 0; round < 2; round++) for (const [tag, fallback, primary] of cases) expect([tag, primaryLanguage(tag, fallback)]).toEqual([tag, primary])
    // Three hundred tags from elsewhere, then the first again: still its language.
    for (let k = 0; k < 300; k++) expect(primaryLanguage(`x${k}-YY`)).toBe(`x${k}`)
    expect(primaryLanguage('de-CH')).toBe('de')
  })
})

describe('withEnglish', () => {
  it('gives a language’s entry, then English’s once, leaving absent ones out', async () => {
    const {withEnglish} = await import('../src/model/lang.js')
    const table: Record<string, string[]> = {en: ['share'], de: ['teilen']}
    const entry = (language: string) => table[language]
    expect(withEnglish(entry, 'de')).toEqual([['teilen'], ['share']])
    expect(withEnglish(entry, 'en')).toEqual([['share']])
    expect(withEnglish(entry, 'kk')).toEqual([['share']])
  })
})
