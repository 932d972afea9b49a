import {spawnSync} from 'node:child_process'
import {existsSync, mkdtempSync, mkdirSync, readFileSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {describe, expect, it} from 'vitest'
import {run} from '../src/cli/run.js'
import {report} from '../src/cli/render-page.js'
import {validateArticle} from '../src/index.js'
import {samplePaths} from './helpers/corpus.js'

function capture(stdin = '') {
  const out: string[] = []
  const err: string[] = []
  return {
    io: {
      isTTY: false as boolean | undefined,
      stdout: (text: string) => void out.push(text),
      stderr: (text: string) => void err.push(text),
      readStdin: async () => Buffer.from(stdin),
      // A batch's workers run the compiled CLI (npm test builds it first).
      worker: new URL('../dist/cli/worker.js', import.meta.url)
    },
    out: () => out.join(''),
    err: () => err.join('')
  }
}

const tmp = () => mkdtempSync(path.join(tmpdir(), 'altformat-'))

describe('altformat command line', () => {
  it('writes the model of one page to stdout as JSON', async () => {
    const c = capture()
    expect(await run([samplePaths.text, '--to', 'json'], c.io, '0.0.0')).toBe(0)
    const tree = validateArticle(JSON.parse(c.out()))
    expect(tree.meta.title).toBe('In Moscow, Johnson Says Britain, Russia Should Cooperate On Security')
    expect(c.err()).toBe('')
  })

  it('writes screen-reader HTML with --to html', async () => {
    const dir = tmp()
    const c = capture()
    expect(await run([samplePaths.text, '--to', 'html', '-o', dir], c.io, '0.0.0')).toBe(0)
    const html = readFileSync(path.join(dir, 'rferl-johnson-lavrov.html'), 'utf8')
    expect(html).toMatch(/^<!DOCTYPE html><html lang="en">/)
    expect(html).toContain('<h1 id="headline"><span id="s1">In Moscow, Johnson Says Britain, Russia Should Cooperate On Security</span></h1>')
  })

  it('writes SSML in numbered parts when a dialect needs them, and a narrator script', async () => {
    const dir = tmp()
    const c = capture()
    expect(await run([samplePaths.text, '--to', 'ssml,script', '--dialect', 'polly', '-o', dir], c.io, '0.0.0')).toBe(0)
    const parts = ['rferl-johnson-lavrov.001.ssml', 'rferl-johnson-lavrov.002.ssml'].map((name) => readFileSync(path.join(dir, name), 'utf8'))
    for (const part of parts) expect(part).toMatch(/^<speak><p>.*<\/speak>\n$/s)
    expect(readFileSync(path.join(dir, 'rferl-johnson-lavrov.script.txt'), 'utf8')).toMatch(/^HEADLINE\nIn Moscow/)
    // One document fits w3c, which has no limit; to stdout.
    const one = capture()
    expect(await run([samplePaths.text, '--to', 'ssml'], one.io, '0.0.0')).toBe(0)
    expect(one.out()).toMatch(/^<speak version="1.1" xmlns="http:\/\/www.w3.org\/2001\/10\/synthesis" xml:lang="en">/)
    // Parts cannot all go to stdout.
    const many = capture()
    expect(await run([samplePaths.text, '--to', 'ssml', '--dialect', 'polly'], many.io, '0.0.0')).toBe(1)
    expect(many.err()).toContain('needs 2 parts for polly')
  })

  it('writes BRF, PEF and a braille preview from one translation, with --table and page size', async () => {
    const dir = tmp()
    const c = capture()
    expect(await run([samplePaths.text, '--to', 'brf,pef,braille', '--table', 'ebae-g2', '--cells', '32', '--lines', '20', '-o', dir], c.io, '0.0.0')).toBe(0)
    const brf = readFileSync(path.join(dir, 'rferl-johnson-lavrov.brf'), 'latin1')
    expect(brf.split('\f')[0]?.split('\r\n')).toHaveLength(21)
    expect(readFileSync(path.join(dir, 'rferl-johnson-lavrov.pef'), 'utf8')).toContain('cols="32" rows="20"')
    expect(readFileSync(path.join(dir, 'rferl-johnson-lavrov.pef'), 'utf8')).toContain('table en-us-g2.ctb')
    expect(readFileSync(path.join(dir, 'rferl-johnson-lavrov.braille.txt'), 'utf8')).toMatch(/^[\u2800-\u283F\n\f]+$/)
    const bad = capture()
    expect(await run([samplePaths.text, '--to', 'brf', '--table', 'klingon'], bad.io, '0.0.0')).toBe(2)
    expect(bad.err()).toContain('Unknown braille table “klingon”')
  })

  it('reads stdin with -, choosing the reader by content', async () => {
    const c = capture('<article><h1>Headline Here</h1><p>The first paragraph.</p></article>')
    expect(await run(['-', '--to', 'outline'], c.io, '0.0.0')).toBe(0)
    expect(c.out()).toBe('article (en)\n  title: Headline Here\n  heading 1\n    s1  Headline Here\n  paragraph\n    s2  The first paragraph.\n')
  })

  it('renders a folder, keeps going past bad pages, and says which failed', async () => {
    const dir = tmp()
    mkdirSync(path.join(dir, 'in', 'sub'), {recursive: true})
    writeFileSync(path.join(dir, 'in', 'good.txt'), 'Headline Here\n\nThe first paragraph.\n')
    writeFileSync(path.join(dir, 'in', 'sub', 'page.html'), '<main><h1>Other Headline</h1><p>Text here.</p></main>')
    writeFileSync(path.join(dir, 'in', 'empty.txt'), '')
    writeFileSync(path.join(dir, 'in', 'binary.txt'), Buffer.from([0, 1, 2, 3, 0, 0]))
    writeFileSync(path.join(dir, 'in', 'notes.md'), 'ignored: not a page extension')
    const c = capture()
    const status = await run([path.join(dir, 'in'), '-o', path.join(dir, 'out'), '--jobs', '1'], c.io, '0.0.0')
    expect(status).toBe(1)
    // Every format, by default, for each good page.
    for (const name of ['good.json', 'good.ssml', 'good.script.txt', 'good.brf', 'good.pef', 'good.braille.txt', 'good.html', 'sub/page.json']) {
      expect(existsSync(path.join(dir, 'out', name)), name).toBe(true)
    }
    expect(existsSync(path.join(dir, 'out', 'empty.json'))).toBe(false)
    const lines = c.err().trim().split('\n')
    // Two pages are in flight at once, so the failures come in the order they finish; the summary is last.
    expect(lines.slice(0, -1).sort()).toEqual([
      `altformat: ${path.join(dir, 'in', 'binary.txt')} looks like a binary file, not text or HTML. Give altformat a page saved as text (.txt) or HTML (.html). [binary-input]`,
      `altformat: ${path.join(dir, 'in', 'empty.txt')} is empty: there is no article to read. [empty-input]`
    ])
    expect(lines.at(-1)).toBe(`altformat: rendered 2 of 4 pages to ${path.join(dir, 'out')}; 2 failed`)
  })

  it('a format that fails costs only itself: the page’s other formats are written, the lost ones named once', async () => {
    const dir = tmp()
    mkdirSync(path.join(dir, 'in'))
    // liblouis has no table the reader can trust for Chinese: its braille is refused, not guessed.
    const chinese = '<html lang="zh"><body><article><h1>北京的天气</h1><p>今天北京天气很好。明天会下雨。</p></article></body></html>'
    writeFileSync(path.join(dir, 'in', 'zh.html'), chinese)
    writeFileSync(path.join(dir, 'in', 'en.txt'), 'Headline Here\n\nThe first paragraph.\n')
    const refused = (file: string) =>
      `altformat: ${file}: brf, pef, braille: The braille table en-ueb-g2.ctb has no braille for 100% of the article's letters and digits (18 of 18: 北 京 的 天 气): ` +
      `choose a table for the article's language and script (--table, or the table option) [untranslatable]`
    // One page, in this thread.
    const one = capture()
    expect(await run([path.join(dir, 'in', 'zh.html'), '-o', path.join(dir, 'one')], one.io, '0.0.0')).toBe(1)
    for (const name of ['zh.json', 'zh.ssml', 'zh.script.txt', 'zh.html']) expect(existsSync(path.join(dir, 'one', name)), name).toBe(true)
    for (const name of ['zh.brf', 'zh.pef', 'zh.braille.txt']) expect(existsSync(path.join(dir, 'one', name)), name).toBe(false)
    expect(one.err().trim().split('\n')).toEqual([refused(path.join(dir, 'in', 'zh.html')), `altformat: rendered 0 of 1 pages to ${path.join(dir, 'one')}; 1 failed (1 in part: its other formats written)`])
    // A folder, on a worker thread: the same, and the other page whole.
    const batch = capture()
    expect(await run([path.join(dir, 'in'), '-o', path.join(dir, 'out'), '--jobs', '1'], batch.io, '0.0.0')).toBe(1)
    expect(existsSync(path.join(dir, 'out', 'zh.html'))).toBe(true)
    expect(existsSync(path.join(dir, 'out', 'en.brf'))).toBe(true)
    expect(batch.err().trim().split('\n')).toEqual([refused(path.join(dir, 'in', 'zh.html')), `altformat: rendered 1 of 2 pages to ${path.join(dir, 'out')}; 1 failed (1 in part: its other formats written)`])
    // In a braille edition (--bundle), the page is left out of the edition, and its HTML written.
    const bundle = capture()
    expect(await run([path.join(dir, 'in'), '--bundle', 'news', '--to', 'brf,html', '-o', path.join(dir, 'edition'), '--jobs', '1'], bundle.io, '0.0.0')).toBe(1)
    for (const name of ['zh.html', 'en.html', 'news.brf']) expect(existsSync(path.join(dir, 'edition', name)), name).toBe(true)
    expect(bundle.err()).toContain(refused(path.join(dir, 'in', 'zh.html')).replace(': brf, pef, braille:', ': braille edition:'))
    expect(bundle.err()).toContain('; 1 failed (1 in part: its other formats written)')
    // Asked for braille alone, the page fails whole, and the line is the error as it always was.
    const brailleOnly = capture()
    expect(await run([path.join(dir, 'in', 'zh.html'), '-o', path.join(dir, 'zh.brf')], brailleOnly.io, '0.0.0')).toBe(1)
    expect(brailleOnly.err().trim().split('\n')).toEqual([refused(path.join(dir, 'in', 'zh.html')).replace(': brf, pef, braille:', ':'), `altformat: rendered 0 of 1 pages to ${path.join(dir, 'zh.brf')}; 1 failed`])
  })

  it('shows a progress bar on a terminal, and only the summary elsewhere', async () => {
    const dir = tmp()
    for (let i = 0; i < 3; i++) writeFileSync(path.join(dir, `p${i}.txt`), `Headline ${i}\n\nText number ${['one', 'two', 'three'][i]} here.\n`)
    const terminal = capture()
    terminal.io.isTTY = true
    expect(await run([dir, '-o', path.join(dir, 'out'), '--to', 'json', '-j', '1'], terminal.io, '0.0.0')).toBe(0)
    expect(terminal.err()).toMatch(/altformat \[[^\]]+\] \d\/3 pages/)
    expect(terminal.err()).toMatch(/rendered 3 of 3 pages to /)
    const pipe = capture()
    expect(await run([dir, '-o', path.join(dir, 'out2'), '--to', 'json', '-j', '1'], pipe.io, '0.0.0')).toBe(0)
    expect(pipe.err()).toBe(`altformat: rendered 3 of 3 pages to ${path.join(dir, 'out2')}\n`)
  })

  it('warns, by page, of each character the braille table has no braille for, and what it became', async () => {
    const dir = tmp()
    writeFileSync(path.join(dir, 'page.txt'), 'Headline Here\n\nŠefčovič met Wałęsa 😀 today.\n')
    const c = capture()
    expect(await run([path.join(dir, 'page.txt'), '-o', path.join(dir, 'page.brf')], c.io, '0.0.0')).toBe(0)
    expect(c.err()).toBe(
      `altformat: ${path.join(dir, 'page.txt')}: warning: the braille table en-ueb-g2.ctb has no braille for Š (written S), ł (written l), ę (written e), 😀 (left out) [braille-replaced]\n` +
        `altformat: rendered 1 of 1 pages to ${path.join(dir, 'page.brf')}\n`
    )
    const quiet = capture()
    expect(await run([path.join(dir, 'page.txt'), '-o', path.join(dir, 'quiet.brf'), '--quiet'], quiet.io, '0.0.0')).toBe(0)
    expect(quiet.err()).toBe('')
  })

  it('warns of a page that holds almost no article beside a notice about the browser (a page its scripts render), and renders it', async () => {
    const dir = tmp()
    writeFileSync(path.join(dir, 'page.txt'), 'Warum sehe ich die Seite nicht?\nSie haben Javascript für Ihren Browser deaktiviert.\nAGB Datenschutz Impressum\n')
    const c = capture()
    expect(await run([path.join(dir, 'page.txt'), '-o', path.join(dir, 'page.ssml'), '--lang', 'de'], c.io, '0.0.0')).toBe(0)
    expect(c.err()).toBe(
      `altformat: ${path.join(dir, 'page.txt')}: warning: The page holds almost no article (6 words) beside a notice about the browser (“Sie haben Javascript für Ihren Browser deaktiviert.”): a page whose article a script renders, or one whose article the reader did not find; check the page, or read it as a browser renders it [thin-article]\n` +
        `altformat: rendered 1 of 1 pages to ${path.join(dir, 'page.ssml')}\n`
    )
    expect(existsSync(path.join(dir, 'page.ssml'))).toBe(true)
  })

  it('opens the braille with a title page with --title-page or --transcriber', async () => {
    const dir = tmp()
    const c = capture()
    expect(await run([samplePaths.text, '-o', path.join(dir, 'page.brf'), '--transcriber', 'A. Transcriber'], c.io, '0.0.0')).toBe(0)
    const brf = readFileSync(path.join(dir, 'page.brf'), 'latin1')
    const first = brf.split('\f')[0] as string
    expect(first).toContain(',TRANSCRIB$ BY ,A4 ,TRANSCRIB]')
    expect(first.trimEnd().endsWith('T#A')).toBe(true)
    expect(await run([samplePaths.text, '-o', path.join(dir, 'plain.brf')], capture().io, '0.0.0')).toBe(0)
    expect(readFileSync(path.join(dir, 'plain.brf'), 'latin1')).toBe(brf.slice(first.length + 1))
  })

  it('writes the BRF for the --embosser profile, with overrides; an unknown profile is a usage error', async () => {
    const dir = tmp()
    expect(await run([samplePaths.text, '-o', path.join(dir, 'a.brf'), '--embosser', 'lf', '--ctrl-z'], capture().io, '0.0.0')).toBe(0)
    expect(await run([samplePaths.text, '-o', path.join(dir, 'b.brf')], capture().io, '0.0.0')).toBe(0)
    const standard = readFileSync(path.join(dir, 'b.brf'), 'latin1')
    expect(readFileSync(path.join(dir, 'a.brf'), 'latin1')).toBe(standard.replaceAll('\r\n', '\n') + '\u001A')
    expect(await run([samplePaths.text, '-o', path.join(dir, 'c.brf'), '--lower-case', '--no-padding', '--line-end', 'lf'], capture().io, '0.0.0')).toBe(0)
    const lower = readFileSync(path.join(dir, 'c.brf'), 'latin1')
    expect(lower).not.toMatch(/[A-Z]|\r/)
    expect(lower).not.toMatch(/\n\n\n/)
    // --interpoint reaches the PEF (duplex, the text a section of its own after the title page).
    expect(await run([samplePaths.text, '-o', path.join(dir, 'e.pef'), '--interpoint', '--title-page'], capture().io, '0.0.0')).toBe(0)
    const pef = readFileSync(path.join(dir, 'e.pef'), 'utf8')
    expect(pef).toContain('duplex="true"')
    expect(pef.match(/<section>/g)).toHaveLength(2)
    // --running-head (the headline) or --running-head-words reaches line 1 of the second page.
    expect(await run([samplePaths.text, '-o', path.join(dir, 'f.brf'), '--running-head-words', 'World news'], capture().io, '0.0.0')).toBe(0)
    expect(readFileSync(path.join(dir, 'f.brf'), 'latin1').split('\f')[1]?.split('\r\n')[0]).toBe(' '.repeat(16) + ',_W NEWS')
    // A file after --running-head is an input, not the head's words.
    expect(await run(['--running-head', samplePaths.text, '-o', path.join(dir, 'g.brf')], capture().io, '0.0.0')).toBe(0)
    expect(readFileSync(path.join(dir, 'g.brf'), 'latin1').split('\f')[1]?.split('\r\n')[0]).toMatch(/^ {3,},9 ,MOSC\[1 /)
    const bad = capture()
    expect(await run([samplePaths.text, '-o', path.join(dir, 'd.brf'), '--embosser', 'perkins'], bad.io, '0.0.0')).toBe(2)
    expect(bad.err()).toBe('altformat: Unknown BRF profile “perkins”: use standard, ctrl-z, unpadded, lf, lower\n')
  })

  it('names two pages with the same stem apart', async () => {
    const dir = tmp()
    const c = capture()
    expect(await run([samplePaths.text, samplePaths.html, '-o', dir, '--to', 'json,outline', '-j', '1'], c.io, '0.0.0')).toBe(0)
    for (const name of ['rferl-johnson-lavrov.txt.json', 'rferl-johnson-lavrov.html.json', 'rferl-johnson-lavrov.txt.outline.txt']) {
      expect(existsSync(path.join(dir, name))).toBe(true)
    }
  })

  it.each([
    [['--to', 'pdf', 'x.txt'], /unknown format “pdf” in --to: choose from json, ssml, script, brf, pef, braille, html, audio, opus, marks, readalong, epub, proof, changes, outline/],
    [['--from', 'pdf', 'x.txt'], /argument 'pdf' is invalid/],
    [['--dialect', 'watson', 'x.txt'], /argument 'watson' is invalid. Allowed choices are w3c, polly, polly-neural, google, azure, alexa, espeak/],
    [[], /missing required argument 'input'/],
    [['--jobs', '0', 'a.txt'], /--jobs takes 1 to \d+ \(four per core here\), not 0/],
    [['--lang', 'not a tag', 'a.txt'], /--lang “not a tag” is not a language tag/]
  ])('%j is a usage error (exit 2)', async (args, message) => {
    const c = capture()
    expect(await run(args, c.io, '0.0.0')).toBe(2)
    expect(c.err()).toMatch(message)
  })

  it('reports an output folder it cannot write, by name, and exits 1', async () => {
    const dir = tmp()
    writeFileSync(path.join(dir, 'blocked'), 'a file where the folder should be')
    const c = capture()
    expect(await run([samplePaths.text, '--to', 'json', '-o', path.join(dir, 'blocked')], c.io, '0.0.0')).toBe(1)
    expect(c.err()).toContain(`cannot write ${path.join(dir, 'blocked', 'rferl-johnson-lavrov.json')} (EEXIST): check that the output folder is writable and has room [write-failed]`)
  })

  it('refuses a page over --max-size', async () => {
    const c = capture()
    expect(await run([samplePaths.text, '--to', 'json', '--max-size', '0'], c.io, '0.0.0')).toBe(1)
    expect(c.err()).toMatch(/is 3,\d{3} bytes, over the limit of 0: .*\[too-large\]/)
  })

  it('reports a missing file and exits 1', async () => {
    const c = capture()
    expect(await run(['does-not-exist.txt', '--to', 'json'], c.io, '0.0.0')).toBe(1)
    expect(c.err()).toBe('altformat: does-not-exist.txt: no such file or folder\n')
  })

  it('prints the reader’s decisions with --verbose', async () => {
    const c = capture()
    await run([samplePaths.text, '--verbose', '--to', 'json'], c.io, '0.0.0')
    expect(c.err()).toMatch(/19:227\s+info Split a sentence at a full stop with no space after it\s+sentence-missing-space/)
  })

  it('as a process: --version, and no stack trace for bad input', () => {
    const bin = fileURLToPath(new URL('../dist/cli/main.js', import.meta.url))
    const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as {version: string}
    const version = spawnSync(process.execPath, [bin, '--version'], {encoding: 'utf8'})
    expect(version.stdout.split('\n')[0]).toBe(`altformat ${pkg.version}`)
    expect(version.stdout).toMatch(/braille engines: wasm: liblouis 3\.2\.0 \(npm liblouis-build\); native: /)
    const bad = spawnSync(process.execPath, [bin, '-', '--to', 'json'], {input: '\u0000\u0001binary', encoding: 'utf8'})
    expect(bad.status).toBe(1)
    expect(bad.stderr).toBe('altformat: stdin: the input looks like a binary file, not text or HTML. Give altformat a page saved as text (.txt) or HTML (.html). [binary-input]\n')
    expect(bad.stderr).not.toMatch(/\n\s+at /)
  })
})

describe('batches on worker threads (the built command)', () => {
  const bin = fileURLToPath(new URL('../dist/cli/main.js', import.meta.url))

  it('renders a folder on two workers, keeps going past a bad page, and matches one job’s output', () => {
    const dir = tmp()
    mkdirSync(path.join(dir, 'in'))
    for (let i = 0; i < 6; i++) writeFileSync(path.join(dir, 'in', `page-${i}.txt`), `Headline Number ${i}\n\nThe council met on December ${i + 1}. It said ${i} things.\n`)
    writeFileSync(path.join(dir, 'in', 'broken.html'), '<html><body><nav>Only navigation</nav></body></html>')
    const two = spawnSync(process.execPath, [bin, path.join(dir, 'in'), '-o', path.join(dir, 'two'), '--jobs', '2', '--to', 'json,brf,ssml'], {encoding: 'utf8'})
    const one = spawnSync(process.execPath, [bin, path.join(dir, 'in'), '-o', path.join(dir, 'one'), '--jobs', '1', '--to', 'json,brf,ssml'], {encoding: 'utf8'})
    for (const result of [two, one]) {
      expect(result.status).toBe(1)
      expect(result.stderr).toMatch(/altformat: \S+broken\.html: No article found in \S+broken\.html: the page holds only page furniture.*\[no-article\]\n/)
      expect(result.stderr).toMatch(/rendered 6 of 7 pages to /)
    }
    for (let i = 0; i < 6; i++) {
      for (const ext of ['.json', '.brf', '.ssml']) {
        expect(readFileSync(path.join(dir, 'two', `page-${i}${ext}`), 'utf8')).toBe(readFileSync(path.join(dir, 'one', `page-${i}${ext}`), 'utf8'))
      }
    }
  })

  it('takes files from folders by --pattern', () => {
    const dir = tmp()
    writeFileSync(path.join(dir, 'a.txt'), 'Headline Here\n\nText here.\n')
    writeFileSync(path.join(dir, 'b.html'), '<main><h1>Other</h1><p>Text here.</p></main>')
    const result = spawnSync(process.execPath, [bin, dir, '--pattern', '*.html', '-o', path.join(dir, 'out'), '--to', 'json', '--quiet'], {encoding: 'utf8'})
    expect(result.status).toBe(0)
    expect(result.stderr).toBe('')
    expect(existsSync(path.join(dir, 'out', 'b.json'))).toBe(true)
    expect(existsSync(path.join(dir, 'out', 'a.json'))).toBe(false)
  })

  it('writes every format into the current folder when no -o is given for several files', () => {
    const dir = tmp()
    writeFileSync(path.join(dir, 'story.txt'), 'Headline Here\n\nText here.\n')
    const result = spawnSync(process.execPath, [bin, 'story.txt'], {encoding: 'utf8', cwd: dir})
    expect(result.status).toBe(0)
    expect(result.stderr).toBe('altformat: rendered 1 of 1 pages to .\n')
    for (const ext of ['.json', '.ssml', '.script.txt', '.brf', '.pef', '.braille.txt', '.html']) {
      expect(existsSync(path.join(dir, `story${ext}`)), ext).toBe(true)
    }
  })

  it('--help lists every option with its default', () => {
    const help = spawnSync(process.execPath, [bin, '--help'], {encoding: 'utf8'}).stdout
    for (const option of ['--out', '--to', '--from', '--dialect', '--voice', '--table', '--cells', '--lines', '--lang', '--pattern', '--jobs', '--quiet', '--verbose', '--debug', '--version']) {
      expect(help).toContain(option)
    }
    expect(help.replace(/\s+/g, ' ')).toContain('(default: "json,ssml,script,brf,pef,braille,html")')
  })
})

describe('how a failed page is reported', () => {
  const said = (error: unknown) => {
    let text = ''
    report({stderr: (line) => (text += line)}, 'page.txt', error, false)
    return text
  }
  const thrown = (fn: () => unknown) => {
    try {
      fn()
    } catch (error) {
      return error
    }
    throw new Error('it did not throw')
  }

  it('a system call that failed is a page that could not be read; Node’s own coded errors are internal, not “cannot read”', () => {
    expect(said(thrown(() => readFileSync('/no/such/page.txt')))).toBe('altformat: page.txt: cannot read it (ENOENT) [read-failed]\n')
    // A TypeError with a code (ERR_INVALID_ARG_TYPE) was once reported as a read failure.
    const internal = said(thrown(() => Buffer.concat([new Int8Array(2) as unknown as Uint8Array, {} as Uint8Array])))
    expect(internal).toMatch(/^altformat: page\.txt: internal error: .* — please report it, with the page\n$/)
  })
})

describe('cold start: a run loads what its formats need', () => {
  const bin = fileURLToPath(new URL('../dist/cli/main.js', import.meta.url))
  // Every module the run loads, from Node's module loader.
  const hook = `data:text/javascript,${encodeURIComponent("import {register} from 'node:module'; register('data:text/javascript,' + encodeURIComponent('export async function load(url, context, next) { if (url.startsWith(\"file:\")) process._rawDebug(\"LOAD \" + url); return next(url, context) }'))")}`
  const loaded = (args: string[]) => {
    // NODE_DEBUG=module names what require() loads (CommonJS packages, which the ESM hook does not see).
    const result = spawnSync(process.execPath, ['--import', hook, bin, ...args], {encoding: 'utf8', env: {...process.env, NODE_DEBUG: 'module'}})
    expect(result.status, result.stderr).toBe(0)
    const required = [...result.stderr.matchAll(/^MODULE \d+: load "([^"]+)"/gm)].map((match) => `file://${match[1]}`)
    return [...result.stderr.split('\n').filter((line) => line.startsWith('LOAD ')).map((line) => line.slice(5)), ...required]
  }

  it('SSML of a text page loads neither the HTML reader, the braille engine, the HTML or audio renderers, nor the message reporter', () => {
    const modules = loaded([samplePaths.text, '--to', 'ssml'])
    expect(modules.some((url) => url.endsWith('/dist/read/read.js'))).toBe(true)
    for (const heavy of ['/dist/read/html/read-html.js', '/liblouis', '/dist/braille/to-braille.js', '/dist/html/to-html.js', '/dist/audio/', 'koffi', 'parse5', 'vfile-reporter', 'html-encoding-sniffer', 'iconv-lite']) {
      expect(modules.filter((url) => url.includes(heavy)), heavy).toEqual([])
    }
  })

  it('an HTML page, by name or by its first bytes on standard input, loads the HTML reader and is read as HTML', () => {
    expect(loaded([samplePaths.html, '--to', 'ssml']).some((url) => url.endsWith('/dist/read/html/read-html.js'))).toBe(true)
    const html = readFileSync(samplePaths.html, 'utf8')
    const result = spawnSync(process.execPath, [bin, '-', '--to', 'outline'], {input: html, encoding: 'utf8'})
    expect(result.status, result.stderr).toBe(0)
    expect(result.stdout).toMatch(/^article \(en\)\n {2}title: In Moscow, Johnson Says Britain, Russia Should Cooperate On Security\n {2}site: RadioFreeEurope\/RadioLiberty/)
  })

  it('mayBeHtml: the option, the extension, then the first character that is not white space', async () => {
    const {mayBeHtml} = await import('../src/read/html-reader.js')
    expect(mayBeHtml('text', 'page.html', '<p>')).toBe(false)
    expect(mayBeHtml('html', 'page.txt', 'words')).toBe(true)
    expect(mayBeHtml('auto', 'page.xhtml', 'words')).toBe(true)
    expect(mayBeHtml('auto', 'page.txt', '<p>')).toBe(false)
    expect(mayBeHtml('auto', undefined, Buffer.from('\uFEFF  \n<!doctype html>'))).toBe(true)
    expect(mayBeHtml('auto', undefined, Buffer.from('Headline\n\nText.'))).toBe(false)
    // The reader's own rule: what readArticle reads as HTML, and only that, loads the HTML reader.
    const {readArticle} = await import('../src/index.js')
    for (const page of ['<b>Bold</b> words begin this page.\n\nAnd more words follow it here.', '<div><h1>Headline</h1><p>Text of the page here.</p></div>', '  <!DOCTYPE html><title>T</title><p>Words of the page.</p>']) {
      expect(mayBeHtml('auto', undefined, Buffer.from(page)), page).toBe(readArticle(page).from === 'html')
    }
  })
})

describe('the pool: a worker only when it pays for itself', () => {
  it('worthAnotherWorker: the pages left, shared among the workers running, against five times a start', async () => {
    const {worthAnotherWorker} = await import('../src/cli/batch.js')
    // 180 pages of 30 ms left for one worker: 5.4 s against a 0.45 s start (2.25 s): yes.
    expect(worthAnotherWorker(180, 1, 450, 30)).toBe(true)
    // 40 pages: 1.2 s of work, less than five starts: no, it would cost more than it saves.
    expect(worthAnotherWorker(40, 1, 450, 30)).toBe(false)
    // A third worker shares the work with two: 180 pages are then 2.7 s each, still worth it; 120 are not.
    expect(worthAnotherWorker(180, 2, 450, 30)).toBe(true)
    expect(worthAnotherWorker(120, 2, 450, 30)).toBe(false)
  })

  it('allOf waits for a slot added while the first is waited for, though the first ends before it (a worker added mid-batch was stopped with its pages under way)', async () => {
    const {allOf} = await import('../src/cli/batch.js')
    const order: string[] = []
    let endFirst = () => {}
    let endSecond = () => {}
    const slots: Array<Promise<unknown>> = [new Promise<void>((resolve) => (endFirst = resolve)).then(() => void order.push('first'))]
    const all = allOf(slots).then(() => void order.push('all'))
    // The pool adds a slot while the first is running; the first ends, then the second.
    slots.push(new Promise<void>((resolve) => (endSecond = resolve)).then(() => void order.push('second')))
    endFirst()
    await new Promise((resolve) => setTimeout(resolve, 10))
    expect(order).toEqual(['first'])
    endSecond()
    await all
    expect(order).toEqual(['first', 'second', 'all'])
  })

  it('a small batch stays on one worker thread whatever --jobs says, and says so with --verbose', async () => {
    const dir = tmp()
    const input = path.join(dir, 'in')
    mkdirSync(input)
    for (const name of ['a', 'b', 'c']) writeFileSync(path.join(input, `${name}.txt`), readFileSync(samplePaths.text))
    const c = capture()
    expect(await run([input, '--to', 'ssml', '-o', path.join(dir, 'out'), '--jobs', '4', '--verbose'], c.io, '0.0.0')).toBe(0)
    expect(c.err()).toContain('rendered 3 of 3 pages to')
    expect(c.err()).toContain('on 1 worker thread (of --jobs 4)')
    for (const name of ['a', 'b', 'c']) expect(existsSync(path.join(dir, 'out', `${name}.ssml`))).toBe(true)
  })
})
