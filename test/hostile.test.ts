import type {Element as HastElement, Root as HastRoot} from 'hast'
import {fromHtml} from 'hast-util-from-html'
import {selectAll} from 'hast-util-select'
import {toText} from 'hast-util-to-text'
import fc from 'fast-check'
import {fromXml} from 'xast-util-from-xml'
import {describe, expect, it} from 'vitest'
import {AltformatError, dialectNames, readArticle, toBraille, toHtml, toSsml, toString} from '../src/index.js'
import type {Article} from '../src/index.js'

/** Every output of a tree, checked as its consumers would read it. */
function checkOutputs(tree: Article): void {
  for (const dialect of dialectNames) {
    let ssml: string
    try {
      ssml = toSsml(tree, {dialect})
    } catch (error) {
      // A cloud engine without a voice for the page's language (a guess, on a page this short) refuses it, by name.
      expect(error).toBeInstanceOf(AltformatError)
      expect((error as AltformatError).code, dialect).toBe('no-voice')
      expect((error as AltformatError).message).toContain(`(${tree.lang})`)
      expect(['azure', 'polly', 'polly-neural', 'google', 'alexa']).toContain(dialect)
      continue
    }
    const root = fromXml(ssml)
    expect(root.children.filter((node) => node.type === 'element').map((node) => (node as {name: string}).name)).toEqual(['speak'])
  }
  let braille
  try {
    braille = toBraille(tree)
  } catch (error) {
    // Random scripts UEB has no braille for: refused, and only when they are most of the text.
    expect(error).toBeInstanceOf(AltformatError)
    expect((error as AltformatError).code).toBe('untranslatable')
    expect(Number(/no braille for (\d+)%/.exec((error as AltformatError).message)?.[1])).toBeGreaterThan(49)
    checkHtml(toHtml(tree))
    return
  }
  fromXml(braille.pef())
  const brf = braille.brf()
  expect(brf).toMatch(/^[\x20-\x5F\r\n\f]*$/)
  for (const sheet of brf.split('\f').slice(0, -1)) {
    const lines = sheet.split('\r\n')
    expect(lines).toHaveLength(26)
    for (const line of lines) expect(line.length).toBeLessThanOrEqual(40)
  }
  checkHtml(toHtml(tree))
}

/** Nothing in the HTML can run: only the renderer's own elements and attributes. */
function checkHtml(html: string): HastRoot {
  const doc = fromHtml(html)
  const allowed = new Set([
    'html', 'head', 'meta', 'title', 'style', 'body', 'a', 'header', 'main', 'article', 'footer', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6',
    'p', 'span', 'figure', 'img', 'figcaption', 'em', 'strong', 'q', 'abbr', 'time', 'blockquote', 'ul', 'ol', 'li'
  ])
  for (const element of selectAll('*', doc) as HastElement[]) {
    expect(allowed.has(element.tagName), element.tagName).toBe(true)
    for (const [name, value] of Object.entries(element.properties)) {
      expect(name.startsWith('on'), `${element.tagName}[${name}]`).toBe(false)
      if (name === 'href' || name === 'src') expect(String(value)).toMatch(/^(?:https?:\/\/|mailto:|#)/i)
    }
  }
  expect(selectAll('style', doc).map((style) => toText(style))).toEqual(['q { quotes: none } body { line-height: 1.5 }'])
  return doc
}

const words = (text: string): string[] => text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []

describe('hostile and broken input: typed errors', () => {
  it.each([
    ['empty', '', 'empty-input', 'page.txt is empty: there is no article to read.'],
    ['only white space', ' \n\t\n ', 'empty-input', 'page.txt is empty: there is no article to read.'],
    ['only chrome', 'Accessibility links\n\nBreaking News\n\nShare\n', 'no-article', 'No article found in page.txt: the page holds only page furniture (3 chrome blocks). Check that it is an article page, or pass --from to choose the reader.'],
    ['binary', Buffer.from([0x25, 0x50, 0x44, 0x46, 0, 0, 0, 1, 2, 3, 0, 9]), 'binary-input', 'page.txt looks like a binary file, not text or HTML. Give altformat a page saved as text (.txt) or HTML (.html).']
  ])('%s', (_, input, code, message) => {
    expect(() => readArticle(input, {path: 'page.txt'})).toThrowError(expect.objectContaining({code, message}))
  })

  it('over the size limit', () => {
    expect(() => readArticle('Headline\n\n' + 'word '.repeat(300), {path: 'big.txt', maxBytes: 1000})).toThrowError(
      expect.objectContaining({
        code: 'too-large',
        message: 'big.txt is 1,510 bytes, over the limit of 1,000: if it really is one article, raise the limit (maxBytes, or --max-size in MB)'
      })
    )
  })

  it('an unknown table or dialect', () => {
    const {tree} = readArticle('Headline\n\nText.\n')
    expect(() => toBraille(tree, {table: 'nope.ctb'})).toThrowError(AltformatError)
    expect(() => toSsml(tree, {dialect: 'nope' as never})).toThrowError(expect.objectContaining({code: 'invalid-option'}))
  })
})

describe('hostile and broken input: any text gives valid output', () => {
  const page = (body: string) => `Headline Here\n\n${body}\n`

  it.each([
    ['XML metacharacters', 'Tom & Jerry say 1 < 2 > 0 and "quote" \'apostrophe\'.'],
    ['CDATA end and speak end in text', 'The text holds ]]> and </speak> and <audio src="x.mp3"/> as words.'],
    ['a script tag in text', 'It says <script>alert(1)</script> in the text.'],
    ['control characters', 'Bell\u0007 and escape\u001B and form\u000C feed.'],
    ['a stray NUL byte', 'A stray\u0000 NUL.'],
    ['soft hyphens and zero-width spaces', 'Co\u00ADoper\u00ADate and zero\u200Bwidth here.'],
    ['no-break spaces', '10\u00A0km from\u00A0here.'],
    ['right-to-left text', 'He said \u202Eright-to-left\u202C and שלום עולם and مرحبا.'],
    ['combining characters', 'Cafe\u0301 and Zalgo Z\u0351\u0352\u0357a\u0346\u034Al\u0350g\u0350o.'],
    ['emoji', 'A party 🎉 with 👩🏽‍🚀 astronauts.'],
    ['a word longer than a braille line', 'Word ' + 'x'.repeat(130) + ' ends.'],
    ['unpaired surrogates', 'Broken \uD800 surrogate \uDC00 here.']
  ])('%s', (_, body) => {
    const {tree} = readArticle(page(body))
    checkOutputs(tree)
  })

  it('reports the control characters it replaced', () => {
    const {file} = readArticle(page('Bell\u0007 here.'))
    expect(file.messages.map((m) => m.ruleId)).toContain('control-characters')
  })

  it('reads invalid UTF-8 with a message', () => {
    const {tree, file} = readArticle(Buffer.concat([Buffer.from('Headline Here\n\nBad '), Buffer.from([0xc3, 0x28]), Buffer.from(' bytes.\n')]))
    expect(file.messages.map((m) => m.ruleId)).toContain('invalid-utf8')
    expect(toString(tree.children[1] as never)).toBe('Bad \uFFFD( bytes.')
  })

  it('a 1 MB paragraph with no line breaks', () => {
    const {tree} = readArticle(page('Word and more words. '.repeat(50_000)))
    expect(toBraille(tree).pages.length).toBeGreaterThan(100)
    fromXml(toSsml(tree))
  })
})

describe('pages in other encodings', () => {
  const latin1 = (text: string) => Buffer.from(text, 'latin1')
  const article = '<h1>Grüße aus Köln</h1><p>Die Straße war voller Menschen, die über den Platz gingen und Lieder sangen.</p>'
  const words = (tree: Article) => tree.children.map((node) => toString(node))
  const rules = (messages: Array<{ruleId?: string | null | undefined}>) => messages.map((m) => m.ruleId)

  it('an HTML page in ISO-8859-1 is read as it declares, with a message', () => {
    const {tree, file} = readArticle(latin1(`<html><head><meta charset="iso-8859-1"><title>x</title></head><body><article>${article}</article></body></html>`))
    expect(words(tree)).toEqual(['Grüße aus Köln', 'Die Straße war voller Menschen, die über den Platz gingen und Lieder sangen.'])
    expect(file.messages.find((m) => m.ruleId === 'encoding')?.reason).toBe('The page is not UTF-8: read as windows-1252, as the page declares')
    expect(rules(file.messages)).not.toContain('invalid-utf8')
  })

  it('a declaration after the first 1024 bytes (a head full of scripts) is honoured too', () => {
    const head = `<script>${'var a = 1;\n'.repeat(200)}</script>`
    // Windows-1250 bytes for the Polish letters, written by hand: ż=0xBF ó=0xF3 ł=0xB3 ć=0xE6 Ł=0xA3 ź=0x9F ś=0x9C.
    const bytes = Buffer.from(
      `<html><head>${head}<meta http-equiv="Content-Type" content="text/html; charset=windows-1250"></head><body><article><h1>Za\xbf\xf3\xb3\xe6</h1><p>\xa3\xf3d\x9f le\xbfy w \x9crodku kraju i ma wiele ulic, plac\xf3w oraz park\xf3w.</p></article></body></html>`,
      'latin1'
    )
    expect(bytes.indexOf('<meta')).toBeGreaterThan(1024)
    const {tree, file} = readArticle(bytes)
    expect(words(tree)).toEqual(['Zażółć', 'Łódź leży w środku kraju i ma wiele ulic, placów oraz parków.'])
    expect(file.messages.find((m) => m.ruleId === 'encoding')?.reason).toContain('windows-1250, as the page declares')
  })

  it('an HTML page that declares nothing and is not UTF-8 is read as windows-1252, the HTML Standard’s default', () => {
    const {tree, file} = readArticle(latin1(`<html><body><article>${article}</article></body></html>`))
    expect(words(tree)[0]).toBe('Grüße aus Köln')
    expect(file.messages.find((m) => m.ruleId === 'encoding')?.reason).toContain('default')
  })

  it('a page saved again as UTF-8 that still declares ISO-8859-1 is read as UTF-8 (its bytes say so)', () => {
    const {tree, file} = readArticle(Buffer.from(`<html><head><meta charset="iso-8859-1"></head><body><article>${article}</article></body></html>`, 'utf8'))
    expect(words(tree)[0]).toBe('Grüße aus Köln')
    expect(rules(file.messages)).not.toContain('encoding')
  })

  it('an HTML page in GBK', () => {
    const gbk = Buffer.from('d6d0b9fab5c4bfc6d1a7bcd2', 'hex') // 中国的科学家
    const page = Buffer.concat([latin1('<html><head><meta charset="gb2312"></head><body><article><h1>'), gbk, latin1('</h1><p>'), gbk, latin1('</p></article></body></html>')])
    const {tree} = readArticle(page)
    expect(words(tree)[0]).toBe('中国的科学家')
  })

  it('a text page in UTF-16 with its byte-order mark (Windows’ “Unicode”)', () => {
    const text = 'Grüße aus Köln\n\nDie Straße war voller Menschen.\n'
    const {tree, file} = readArticle(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]))
    // Its every other byte is NUL: read as UTF-8 it would be refused as binary.
    expect(words(tree)).toEqual(['Grüße aus Köln', 'Die Straße war voller Menschen.'])
    expect(rules(file.messages)).not.toContain('invalid-utf8')
  })

  it('a text page that is not UTF-8 declares nothing: its bad bytes are U+FFFD, and the message says what to do', () => {
    const {tree, file} = readArticle(latin1('Grüße aus Köln\n\nDie Straße war voller Menschen.\n'))
    expect(words(tree)[0]).toBe('Gr\uFFFD\uFFFDe aus K\uFFFDln')
    expect(file.messages.find((m) => m.ruleId === 'invalid-utf8')?.reason).toContain('iconv -f windows-1252 -t utf-8')
  })
})

describe('hostile HTML', () => {
  it('deeply nested markup (20,000 levels) reads without a stack overflow, text kept', () => {
    const depth = 20_000
    const html = '<article><h1>Deep</h1>' + '<div>'.repeat(depth) + '<p>Deep text.</p><p>Second one.</p>' + '</div>'.repeat(depth) + '</article>'
    const {tree, file} = readArticle(html, {from: 'html'})
    expect(tree.children.map((node) => toString(node))).toEqual(['Deep', 'Deep text. Second one.'])
    expect(file.messages.map((m) => m.ruleId)).toContain('html-flattened')
    checkOutputs(tree)
  })

  it('deeply nested inline markup', () => {
    const html = '<article><h1>Deep</h1><p>' + '<em>'.repeat(20_000) + 'x' + '</em>'.repeat(20_000) + ' y.</p></article>'
    const {tree} = readArticle(html, {from: 'html'})
    checkOutputs(tree)
  })

  it('character references to forbidden characters (&#x1; &#xFFFE; an ESC sequence) reach no output', () => {
    const html =
      '<article><h1>Head &#xFFFE; line &#x1b;]0;pwned&#x07;</h1><p title="&#x1;">Text &#x1; with a control, ' +
      'and a sentence long enough to be the body.</p><img src="a.jpg" alt="Alt &#x1b; text"></article>'
    const {tree, file} = readArticle(html, {from: 'html'})
    expect(JSON.stringify(tree)).not.toMatch(/\\u00(?:0[0-8]|0[bcef]|1[0-9a-f])|\uFFFE/i)
    expect(file.messages.map((m) => m.ruleId)).toContain('control-characters')
    checkOutputs(tree)
    // In decimal too, alone on a page of harmless references ("&#8217;", "&#10;").
    const decimal = readArticle('<article><h1>Head&#8217;s line</h1><p>Text &#27;]0;pwned&#7; and &#65534; here,&#10;a sentence long enough to be the body.</p></article>', {from: 'html'})
    expect(JSON.stringify(decimal.tree)).not.toMatch(/\\u00(?:0[0-8]|0[bcef]|1[0-9a-f])|\uFFFE/i)
    expect(decimal.file.messages.map((m) => m.ruleId)).toContain('control-characters')
    // References to harmless characters only: nothing replaced, nothing reported.
    const harmless = readArticle('<article><h1>Head&#8217;s line</h1><p>Text &#x2014; and &#169; and a sentence long enough to be the body.</p></article>', {from: 'html'})
    expect(harmless.file.messages.map((m) => m.ruleId)).not.toContain('control-characters')
  })

  it('a page language that is not BCP 47 is repaired (en_US) or left out (123), never written into xml:lang', () => {
    const body = '<body><article><h1>Headline here</h1><p>A paragraph of the article, long enough to be read as its body.</p></article></body>'
    const posix = readArticle(`<html lang="en_US">${body}</html>`, {from: 'html'})
    expect(posix.tree.lang).toBe('en-US')
    expect(toSsml(posix.tree)).toContain('xml:lang="en-US"')
    const numeric = readArticle(`<html lang="123">${body}</html>`, {from: 'html'})
    expect(numeric.tree.lang).toBe('en')
    expect(numeric.file.messages.map((m) => m.ruleId)).toEqual(expect.arrayContaining(['lang-invalid', 'language-detected']))
    expect(() => readArticle(body, {from: 'html', lang: 'en_US!'})).toThrow(/readArticle: lang “en_US!” is not a BCP 47 language tag/)
    // The option is used as BCP 47 spells it, not as given.
    const option = readArticle('Headline here\n\nA paragraph of the article, long enough to be its body.', {from: 'text', lang: 'en_US'})
    expect(option.tree.lang).toBe('en-US')
    expect(toSsml(option.tree)).toContain('xml:lang="en-US"')
    // Case is not an error: BCP 47 tags compare without it.
    const cased = readArticle(`<html lang="EN-us">${body}</html>`, {from: 'html'})
    expect(cased.tree.lang).toBe('en-US')
    expect(cased.file.messages.map((m) => m.ruleId)).not.toContain('lang-invalid')
    checkOutputs(numeric.tree)
  })

  it('a javascript: or relative canonical link is not the page address (PEF dc:source, link base)', () => {
    const body = '<body><article><h1>Headline here</h1><p>A paragraph of the article, long enough to be read as its body.</p></article></body>'
    for (const href of ['javascript:alert(1)', 'java\tscript:alert(1)', '/relative/path', 'data:text/html,x']) {
      const {tree} = readArticle(`<html><head><link rel="canonical" href="${href}"></head>${body}</html>`, {from: 'html'})
      expect(tree.meta.url, href).toBeUndefined()
      expect(toBraille(tree).pef()).not.toContain('script:')
    }
    const {tree} = readArticle(`<html><head><meta property="og:url" content="https://example.org/a"></head>${body}</html>`, {from: 'html'})
    expect(tree.meta.url).toBe('https://example.org/a')
  })

  it('dates are never invented: 2017-13-45 and 0099-01-01 are left out, 2024-02-29 kept', () => {
    const page = (date: string) =>
      `<html lang="en"><head><meta property="article:published_time" content="${date}"></head>` +
      '<body><article><h1>Headline here</h1><p>A paragraph of the article, long enough to be read as its body.</p></article></body></html>'
    for (const bad of ['2017-13-45', '2023-02-29', '2017-04-31T10:00:00Z']) {
      const {tree, file} = readArticle(page(bad), {from: 'html'})
      expect(tree.meta.published, bad).toBeUndefined()
      expect(file.messages.map((m) => m.ruleId)).toContain('date-invalid')
      expect(toHtml(tree)).not.toMatch(/Published/)
    }
    const ancient = readArticle(page('0099-01-01'), {from: 'html'}).tree
    expect(toHtml(ancient)).not.toContain('1999')
    const leap = readArticle(page('2024-02-29'), {from: 'html'}).tree
    expect(toHtml(leap)).toContain('February 29, 2024')
    expect(toBraille(leap).pef()).toContain('<dc:date>2024-02-29</dc:date>')
  })

  it('unclosed tags', () => {
    const {tree} = readArticle('<article><h1>Headline<p>First <b>bold <i>both</p><p>Second', {from: 'html'})
    expect(tree.children.map((node) => toString(node))).toEqual(['Headline', 'First bold both', 'Second'])
    checkOutputs(tree)
  })
})

describe('fuzz: properties for any input (time-bounded)', () => {
  const hostile = fc.constantFrom(
    '<', '>', '&', ']]>', '</speak>', '<audio src=x>', '<script>', '"', "'", '\u0000', '\u0007', '\u202E', '\u0301', '\u00AD',
    '\u200B', '\u00A0', '🎉', '👩🏽‍🚀', 'שלום', '--', '—', '...', 'U.S.', 'AFP', '2006', '$4.2 million', 'December 22', 'x'.repeat(60)
  )
  const word = fc.oneof(fc.string({minLength: 1, maxLength: 12, unit: 'grapheme'}), hostile, fc.constantFrom('the', 'talks', 'said', 'Moscow'))
  const paragraph = fc.array(word, {minLength: 1, maxLength: 30}).map((parts) => 'Then ' + parts.join(' ') + '.')
  const time = Number(process.env.FUZZ_MS ?? 8000)

  /** Read a page; only a typed error (empty, binary-looking, only chrome) may stop it. */
  const readOrTypedError = (source: string, from?: 'html'): Article | undefined => {
    try {
      return readArticle(source, {from}).tree
    } catch (error) {
      expect(error).toBeInstanceOf(AltformatError)
      return undefined
    }
  }
  /** As many runs as fit in `ms`; running out of time is not a failure. */
  const fuzz = <T>(arbitrary: fc.Arbitrary<T>, check: (value: T) => void, ms = time) =>
    fc.assert(fc.property(arbitrary, check), {numRuns: 1_000_000, interruptAfterTimeLimit: ms, markInterruptAsFailure: false})
  const textPage = fc.array(paragraph, {minLength: 1, maxLength: 5}).map((paragraphs) => 'Headline Here\n\n' + paragraphs.join('\n\n'))

  it('text pages: every output is valid and nothing becomes markup', () => {
    fuzz(textPage, (source) => {
      const tree = readOrTypedError(source)
      if (tree) checkOutputs(tree)
    })
  }, 60_000)

  it('text pages: the model keeps the input’s words', () => {
    fuzz(
      textPage,
      (source) => {
        const tree = readOrTypedError(source)
        if (!tree) return
        const kept = new Set(words(tree.children.map((node) => toString(node)).join(' ')))
        for (const word of words(source.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/g, ' '))) expect(kept.has(word), word).toBe(true)
      },
      time / 2
    )
  }, 60_000)

  const tag = fc.constantFrom('p', 'div', 'span', 'em', 'strong', 'a', 'script', 'style', 'iframe', 'svg', 'math', 'table', 'ul', 'li', 'blockquote', 'h2', 'form', 'object', 'template', 'q', 'abbr', 'time')
  const attribute = fc.constantFrom('', ' onclick="alert(1)"', ' href="javascript:alert(1)"', ' href="https://example.invalid/"', ' src="data:text/html,<script>"', ' style="x"', ' title="t"', ' datetime="2020-01-02"')
  const html: fc.Arbitrary<string> = fc.letrec((tie) => ({
    node: fc.oneof(
      {depthSize: 'small'},
      paragraph.map((text) => text.replace(/[<&]/g, (c) => (c === '<' ? '&lt;' : '&amp;'))),
      fc.tuple(tag, attribute, fc.array(tie('node'), {maxLength: 4})).map(([name, attrs, children]) => `<${name}${attrs}>${(children as string[]).join('')}</${name}>`)
    )
  })).node as fc.Arbitrary<string>

  it('HTML pages: every output is valid and nothing executable gets through', () => {
    fuzz(fc.array(html, {minLength: 1, maxLength: 6}), (parts) => {
      const tree = readOrTypedError(`<article><h1>Headline</h1>${parts.join('')}</article>`, 'html')
      if (tree) checkOutputs(tree)
    })
  }, 60_000)
})
