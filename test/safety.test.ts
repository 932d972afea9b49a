// The command line never loses a user's file: no output replaces an input or
// another page's output, writes are atomic, and an interrupted batch leaves only
// complete files. Each case is one that happened to a user (issue 11).
import {spawn, spawnSync} from 'node:child_process'
import {chmodSync, closeSync, copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, openSync, readFileSync, statSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {describe, expect, it} from 'vitest'
import {AltformatError, readArticle, toBraille, toHtml, toScript, toSsml} from '../src/index.js'
import {samplePaths} from './helpers/corpus.js'

const bin = fileURLToPath(new URL('../dist/cli/main.js', import.meta.url))
const cli = (cwd: string, args: string[], input?: string) => spawnSync(process.execPath, [bin, ...args], {cwd, encoding: 'utf8', input})

/** A folder holding the sample as story.html and page.txt; what each file held, to compare after. */
function workspace(): {dir: string; snapshot: () => Map<string, string>} {
  const dir = mkdtempSync(path.join(tmpdir(), 'altformat-safety-'))
  copyFileSync(samplePaths.html, path.join(dir, 'story.html'))
  copyFileSync(samplePaths.text, path.join(dir, 'page.txt'))
  return {dir, snapshot: () => contents(dir)}
}

/**
 * Run the command in `dir` and check that it refused, as a usage error (exit 2)
 * with this message (or one containing this text), and left every file as it was.
 */
function expectRefused(dir: string, args: string[], message: string, options: {exact?: boolean; input?: string} = {}): void {
  const before = contents(dir)
  const result = cli(dir, args, options.input)
  expect(result.status, result.stderr).toBe(2)
  if (options.exact === false) expect(result.stderr).toContain(message)
  else expect(result.stderr).toBe(message)
  expect(contents(dir)).toEqual(before)
}

/** Every file below `dir` (relative path → content). */
function contents(dir: string): Map<string, string> {
  const out = new Map<string, string>()
  const walk = (folder: string) => {
    for (const entry of readdirSync(folder, {withFileTypes: true})) {
      const full = path.join(folder, entry.name)
      if (entry.isDirectory()) walk(full)
      else out.set(path.relative(dir, full), readFileSync(full, 'utf8'))
    }
  }
  walk(dir)
  return out
}

describe('no output replaces an input', () => {
  it('altformat story.html (no -o, every format) is refused: its HTML output would be the input', () => {
    const {dir} = workspace()
    expectRefused(dir, ['story.html'], 'altformat: the html output story.html would overwrite the input story.html: nothing was written; name another output folder with -o\n')
  })

  it('altformat site -o site --to html is refused: it would write over site/world/a.html', () => {
    const {dir} = workspace()
    mkdirSync(path.join(dir, 'site/world'), {recursive: true})
    copyFileSync(samplePaths.html, path.join(dir, 'site/world/a.html'))
    copyFileSync(samplePaths.text, path.join(dir, 'site/world/b.txt'))
    // Nothing at all is written, not even b's output, which was harmless.
    expectRefused(dir, ['site', '-o', 'site', '--to', 'html'], 'would overwrite the input site/world/a.html', {exact: false})
  })

  it('a link to an input is the input', () => {
    const {dir} = workspace()
    mkdirSync(path.join(dir, 'out'))
    spawnSync('ln', ['-s', '../page.txt', path.join(dir, 'out/page.script.txt')])
    expectRefused(dir, ['page.txt', '-o', 'out', '--to', 'script'], 'would overwrite the input page.txt', {exact: false})
  })

  it('an HTML page altformat did not write is never replaced; one it wrote is', () => {
    const {dir} = workspace()
    writeFileSync(path.join(dir, 'page.html'), '<p>my own page</p>\n')
    expectRefused(
      dir,
      ['page.txt', '--to', 'ssml,html'],
      'altformat: page.html exists and is not a page altformat wrote: nothing was written; name another output folder with -o, or move that file\n'
    )
    // Its own output from an earlier run is replaced without fuss.
    const out = path.join(dir, 'out')
    expect(cli(dir, ['page.txt', '--to', 'html', '-o', 'out']).status).toBe(0)
    expect(cli(dir, ['page.txt', '--to', 'html', '-o', 'out']).status).toBe(0)
    expect(readFileSync(path.join(out, 'page.html'), 'utf8')).toContain('<meta name="generator" content="altformat">')
  })

  it('a numbered SSML part that would be an input is refused', () => {
    const {dir} = workspace()
    copyFileSync(samplePaths.text, path.join(dir, 'page.001.ssml'))
    expectRefused(dir, ['page.txt', 'page.001.ssml', '--from', 'text', '--to', 'ssml', '--dialect', 'polly', '-o', '.'], 'one would overwrite the input page.001.ssml', {exact: false})
  })
})

describe('pages of a batch never write over each other', () => {
  it('a/x.txt and b/x.txt mirror their folders under -o', () => {
    const {dir} = workspace()
    for (const folder of ['a', 'b']) {
      mkdirSync(path.join(dir, folder))
      writeFileSync(path.join(dir, folder, 'x.txt'), `Headline From ${folder.toUpperCase()}\n\nThe body of page ${folder} is one sentence long.\n`)
    }
    const result = cli(dir, ['a/x.txt', 'b/x.txt', '-o', 'out', '--to', 'json', '-q'])
    expect(result.status).toBe(0)
    expect(JSON.parse(readFileSync(path.join(dir, 'out/a/x.json'), 'utf8')).meta.title).toBe('Headline From A')
    expect(JSON.parse(readFileSync(path.join(dir, 'out/b/x.json'), 'utf8')).meta.title).toBe('Headline From B')
    // The same with the folders given, and a page named twice is read once.
    const folders = cli(dir, ['a', 'b', 'a/x.txt', '-o', 'out2', '--to', 'json'])
    expect(folders.stderr).toBe(`altformat: rendered 2 of 2 pages to out2\n`)
    expect(existsSync(path.join(dir, 'out2/a/x.json')) && existsSync(path.join(dir, 'out2/b/x.json'))).toBe(true)
  })

  it('x.txt and x.html in one folder keep their extensions', () => {
    const {dir} = workspace()
    copyFileSync(samplePaths.text, path.join(dir, 'x.txt'))
    copyFileSync(samplePaths.html, path.join(dir, 'x.html'))
    expect(cli(dir, ['x.txt', 'x.html', '-o', 'out', '--to', 'json']).status).toBe(0)
    expect(readdirSync(path.join(dir, 'out')).sort()).toEqual(['x.html.json', 'x.txt.json'])
  })
})

describe('where the output goes', () => {
  it('-o page.ssml writes that one file, in the format its extension names', () => {
    const {dir} = workspace()
    const result = cli(dir, ['page.txt', '-o', 'page.ssml'])
    expect(result.status).toBe(0)
    expect(readdirSync(dir).sort()).toEqual(['page.ssml', 'page.txt', 'story.html'])
    expect(readFileSync(path.join(dir, 'page.ssml'), 'utf8')).toMatch(/^<speak version="1.1"/)
    // The longest extension wins: .braille.txt is the preview, not a folder or a text page.
    expect(cli(dir, ['page.txt', '-o', 'proof.braille.txt']).status).toBe(0)
    expect(readFileSync(path.join(dir, 'proof.braille.txt'), 'utf8')).toMatch(/^[\u2800-\u28ff]/u)
  })

  it('-o FILE with another --to, or with several pages, is a usage error that writes nothing', () => {
    const {dir} = workspace()
    expectRefused(dir, ['page.txt', '-o', 'page.ssml', '-t', 'html'], 'altformat: -o page.ssml names a ssml file, but --to asks for html: give -o a folder, or --to ssml\n')
    expectRefused(dir, ['page.txt', 'story.html', '-o', 'both.json'], 'altformat: -o both.json names one json file, but there are 2 pages: give -o a folder\n')
  })

  it('-t and -f are short for --to and --from; stdin in one format goes to stdout', () => {
    const {dir, snapshot} = workspace()
    const html = readFileSync(samplePaths.html, 'utf8')
    const before = snapshot()
    const result = cli(dir, ['-', '-f', 'html', '-t', 'outline'], html)
    expect(result.status).toBe(0)
    expect(result.stdout).toMatch(/^article \(en\)\n {2}title: In Moscow, Johnson Says/)
    expect(snapshot()).toEqual(before)
  })

  it('stdin in several formats without -o is a usage error, not seven stdin.* files', () => {
    const {dir} = workspace()
    expectRefused(
      dir,
      ['-', '--from', 'html'],
      'altformat: standard input in 7 formats needs an output folder: add -o DIR, or choose one format with --to (it then goes to standard output)\n',
      {input: readFileSync(samplePaths.html, 'utf8')}
    )
  })
})

describe('writes are atomic; an interrupted batch leaves only complete files', () => {
  it('Ctrl-C stops the batch cleanly: exit 130, a count, every file written whole, no temporary left', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'altformat-sigint-'))
    const pages = path.join(dir, 'pages')
    mkdirSync(pages)
    for (let i = 0; i < 150; i++) copyFileSync(samplePaths.text, path.join(pages, `page-${String(i).padStart(3, '0')}.txt`))
    const out = path.join(dir, 'out')
    const child = spawn(process.execPath, [bin, pages, '-o', out, '--to', 'json,pef,html', '-j', '2'], {stdio: ['ignore', 'pipe', 'pipe']})
    let stderr = ''
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()))
    // Interrupt once the batch is well under way: some pages written, most not.
    await new Promise<void>((resolve) => {
      const poll = setInterval(() => {
        if (existsSync(out) && readdirSync(out).length >= 12) {
          clearInterval(poll)
          resolve()
        }
      }, 5)
    })
    child.kill('SIGINT')
    const status = await new Promise<number | null>((resolve) => child.on('close', resolve))
    expect(status).toBe(130)
    const summary = /altformat: interrupted: rendered (\d+) of 150 pages to .*; the others were not started, and no file was left half-written\n$/.exec(stderr)
    expect(summary, stderr).not.toBeNull()
    const rendered = Number(summary?.[1])
    expect(rendered).toBeGreaterThan(0)
    expect(rendered).toBeLessThan(150)
    const files = readdirSync(out)
    expect(files.filter((name) => name.endsWith('.tmp'))).toEqual([])
    // Every file there is whole: JSON parses, PEF and HTML are closed.
    for (const name of files) {
      const text = readFileSync(path.join(out, name), 'utf8')
      if (name.endsWith('.json')) expect(() => JSON.parse(text), name).not.toThrow()
      if (name.endsWith('.pef')) expect(text.trimEnd().endsWith('</pef>'), name).toBe(true)
      if (name.endsWith('.html')) expect(text.trimEnd().endsWith('</html>'), name).toBe(true)
    }
    // A page counted as rendered has all three files; none was started after the interrupt.
    const stems = new Set(files.map((name) => name.replace(/\.(json|pef|html)$/, '')))
    expect(stems.size).toBeGreaterThanOrEqual(rendered)
    expect(stems.size).toBeLessThan(150)
  })

  it('a file is replaced by renaming a finished temporary over it, never written into', () => {
    const {dir} = workspace()
    mkdirSync(path.join(dir, 'out'))
    // An earlier output that is a link elsewhere: writing into it would change the other file;
    // renaming a finished temporary over it replaces the link and leaves that file alone.
    writeFileSync(path.join(dir, 'elsewhere.json'), 'keep me\n')
    spawnSync('ln', ['-s', '../elsewhere.json', path.join(dir, 'out/page.json')])
    expect(cli(dir, ['page.txt', '-o', 'out', '--to', 'json']).status).toBe(0)
    expect(readFileSync(path.join(dir, 'elsewhere.json'), 'utf8')).toBe('keep me\n')
    expect(JSON.parse(readFileSync(path.join(dir, 'out/page.json'), 'utf8')).type).toBe('article')
    expect(readdirSync(path.join(dir, 'out'))).toEqual(['page.json'])
  })

  it('a write that fails leaves neither a partial file nor a temporary', () => {
    const {dir} = workspace()
    mkdirSync(path.join(dir, 'out'))
    // A folder where the file should go: the rename fails after the temporary was written.
    mkdirSync(path.join(dir, 'out', 'page.json'))
    const result = cli(dir, ['page.txt', '-o', 'out', '--to', 'json'])
    expect(result.status).toBe(1)
    expect(result.stderr).toContain('cannot write out/page.json (')
    expect(readdirSync(path.join(dir, 'out'))).toEqual(['page.json'])
    expect(statSync(path.join(dir, 'out', 'page.json')).isDirectory()).toBe(true)
  })
})

describe('a batch survives any page', () => {
  it('a page that exhausts its worker fails alone, by name; the others are written, at --jobs 1 too', {timeout: 120_000}, () => {
    const {dir} = workspace()
    for (const name of ['a', 'b', 'c']) copyFileSync(samplePaths.text, path.join(dir, `${name}.txt`))
    // 4 MB of prose: far more than a 64 MB heap holds once read (it renders in ~6 s with enough memory).
    const sentence = 'The court said that a new law would be passed by the end of the year and that the government was ready to act. '
    writeFileSync(path.join(dir, 'huge.txt'), 'A huge headline\n\n' + (sentence.repeat(6) + '\n\n').repeat(6000))
    for (const jobs of ['1', '2']) {
      const out = `out${jobs}`
      const result = cli(dir, ['a.txt', 'b.txt', 'huge.txt', 'c.txt', '-o', out, '--to', 'html', '--max-memory', '64', '--jobs', jobs, '--no-template'])
      expect(result.stderr).toBe(
        `altformat: huge.txt: the worker rendering it stopped, alone: it ran out of its 64 MB of memory: split the page, or raise --max-memory; the other pages go on [worker-died]\naltformat: rendered 3 of 4 pages to ${out}; 1 failed\n`
      )
      expect(result.status).toBe(1)
      expect(readdirSync(path.join(dir, out)).sort()).toEqual(['a.html', 'b.html', 'c.html'])
    }
  })

  it('--max-memory outside 64 to 65536 MB is a usage error', () => {
    const {dir} = workspace()
    expectRefused(dir, ['page.txt', '-o', 'out', '--max-memory', '8'], 'altformat: --max-memory takes a whole number of megabytes from 64 to 65536, not 8\n')
  })
})

describe('consistent errors', () => {
  it('bad --cells, --lines, --voice, --table and an empty --to are usage errors before any page is read', () => {
    const {dir} = workspace()
    for (const [args, message] of [
      [['--cells', '0'], 'altformat: Invalid cells per line: 0: use a whole number from 12 to 100 (40 is usual)\n'],
      [['--lines', '3'], 'altformat: Invalid lines per page: 3: use a whole number from 4 to 100 (25 is usual)\n'],
      [['--to', ''], 'altformat: --to needs at least one format: choose from json, ssml, script, brf, pef, braille, html, audio, opus, marks, readalong, epub, proof, changes, outline\n'],
      [['--voice', 'x'], 'altformat: Invalid voice “x”: use an Azure voice name such as en-US-JennyNeural\n'],
      [['--table', '..'], 'altformat: Unknown braille table “..”: use ueb-g2, ueb-g1, ebae-g2, ebae-g1, or the file name of a liblouis 3.2.0 table such as en-ueb-g2.ctb\n'],
      // It hung forever on any text: now refused by name.
      [
        ['--table', 'ru-litbrl.ctb', '--engine', 'wasm'],
        'altformat: liblouis 3.2.0, the wasm engine, cannot use the table ru-litbrl.ctb: it loops forever on any text. Use --engine native (a system liblouis 3.20 or later), or another table\n'
      ]
    ] as const) {
      expectRefused(dir, ['page.txt', '-o', 'out', ...args], message)
    }
  })

  it('an unreadable subfolder is named and skipped; the pages beside it render', () => {
    const {dir} = workspace()
    mkdirSync(path.join(dir, 'pages', 'locked'), {recursive: true})
    copyFileSync(samplePaths.text, path.join(dir, 'pages', 'open.txt'))
    copyFileSync(samplePaths.text, path.join(dir, 'pages', 'locked', 'hidden.txt'))
    chmodSync(path.join(dir, 'pages', 'locked'), 0o000)
    // Root reads any folder: then the command runs as nobody, for whom the mode holds.
    const root = process.getuid?.() === 0
    if (root) {
      chmodSync(dir, 0o777)
      chmodSync(path.join(dir, 'pages'), 0o777)
    }
    try {
      if (root) {
        const reach = spawnSync(process.execPath, ['-e', `require('fs').accessSync(${JSON.stringify(bin)})`], {uid: 65534, gid: 65534})
        expect(reach.status, `nobody (uid 65534) must be able to run ${bin}: open its folders to other users`).toBe(0)
      }
      const result = spawnSync(process.execPath, [bin, 'pages', '-o', 'out', '--to', 'json'], {cwd: dir, encoding: 'utf8', ...(root ? {uid: 65534, gid: 65534} : {})})
      expect(result.stderr).toBe(
        `altformat: ${path.join('pages', 'locked')}: cannot read this folder (EACCES): its pages were skipped\naltformat: rendered 1 of 2 pages to out; 1 failed\n`
      )
      expect(result.status).toBe(1)
      expect(readdirSync(path.join(dir, 'out'))).toEqual(['open.json'])
    } finally {
      chmodSync(path.join(dir, 'pages', 'locked'), 0o755)
    }
  })

  it('an unpaired --pattern and --jobs out of range are usage errors before any page is read', () => {
    const {dir} = workspace()
    expectRefused(dir, ['page.txt', '-o', 'out', '--pattern', '{a'], "altformat: --pattern “{a” is not a file-name glob: use *, ? and {a,b} with its braces paired, e.g. '*.{txt,html}'\n")
    const result = cli(dir, ['page.txt', '-o', 'out', '--jobs', '100000'])
    expect(result.status).toBe(2)
    expect(result.stderr).toMatch(/^altformat: --jobs takes 1 to \d+ \(four per core here\), not 100000\n$/)
  })

  it('a FIFO and /dev/zero are refused without being opened; a file over --max-size from its size; the rest renders', () => {
    const {dir} = workspace()
    copyFileSync(samplePaths.text, path.join(dir, 'good.txt'))
    writeFileSync(path.join(dir, 'big.txt'), 'word '.repeat(300_000))
    const fifo = spawnSync('mkfifo', [path.join(dir, 'pipe.txt')])
    const args = ['good.txt', 'big.txt', '/dev/zero', ...(fifo.status === 0 ? ['pipe.txt'] : []), '-o', 'out', '--to', 'json', '--max-size', '1', '-j', '1']
    const result = spawnSync(process.execPath, [bin, ...args], {cwd: dir, encoding: 'utf8', timeout: 60_000})
    expect(result.status).toBe(1)
    expect(result.stderr).toContain('altformat: big.txt is 1,500,000 bytes, over the limit of 1,048,576: if it really is one article, raise the limit (--max-size in MB) [too-large]\n')
    expect(result.stderr).toContain('altformat: /dev/zero is not a regular file (a device, a pipe or a socket): give a page saved as a file [read-failed]\n')
    if (fifo.status === 0) expect(result.stderr).toContain('altformat: pipe.txt is not a regular file')
    expect(existsSync(path.join(dir, 'out', 'good.json'))).toBe(true)
  })

  it('a standard output that cannot be written is one line and exit 1, not a stack trace', () => {
    const {dir} = workspace()
    if (!existsSync('/dev/full')) return void console.warn('skipped: this system has no /dev/full to stand for a full disk')
    const full = openSync('/dev/full', 'w')
    try {
      const result = spawnSync(process.execPath, [bin, 'page.txt', '--to', 'ssml'], {cwd: dir, encoding: 'utf8', stdio: ['ignore', full, 'pipe']})
      expect(result.stderr).toBe('altformat: could not write to standard output: no space is left on the device (ENOSPC); the output is incomplete\n')
      expect(result.status).toBe(1)
    } finally {
      closeSync(full)
    }
  })

  it('-o - is standard output, never a folder named "-"', () => {
    const {dir} = workspace()
    const result = cli(dir, ['page.txt', '--to', 'ssml', '-o', '-'])
    expect(result.status).toBe(0)
    expect(result.stdout).toMatch(/^<\?xml|^<speak/)
    expect(existsSync(path.join(dir, '-'))).toBe(false)
    expectRefused(dir, ['page.txt', '--to', 'ssml,html', '-o', '-'], 'altformat: -o - is standard output, which holds one page in one format, not 1 page in ssml,html: give -o a folder\n')
  })

  it('loading liblouis leaves the host process its own uncaught-error handling', () => {
    // The emscripten build installs a handler that exits 7; a host's uncaught error must end as Node ends it (1).
    const dist = new URL('../dist/index.js', import.meta.url).href
    const script =
      `const {readArticle, toBraille} = await import(${JSON.stringify(dist)});` +
      "toBraille(readArticle('A headline\\n\\nA first paragraph of the article.', {from: 'text'}).tree);" +
      "console.log(process.listenerCount('uncaughtException'));" +
      "setTimeout(() => { throw new Error('the host app failed') }, 0)"
    const result = spawnSync(process.execPath, ['--input-type=module', '-e', script], {encoding: 'utf8'})
    expect(result.stdout).toBe('0\n')
    expect(result.stderr).toContain('the host app failed')
    expect(result.status).toBe(1)
  })

  it('a file name or an option never puts a control character on the terminal', () => {
    const {dir} = workspace()
    // ESC ] 0 ; … BEL retitles a terminal; U+202E shows what follows reversed.
    const name = 'bad\u001B]0;pwned\u0007\u202Etxt.txt'
    writeFileSync(path.join(dir, name), '')
    const result = cli(dir, [name, 'missing\r.txt', '-o', 'out', '--to', 'json'])
    expect(result.status).toBe(1)
    expect(result.stderr.split('\n').sort()).toEqual([
      '',
      'altformat: bad\\x1B]0;pwned\\x07\\u202Etxt.txt is empty: there is no article to read. [empty-input]',
      'altformat: missing\\x0D.txt: no such file or folder',
      'altformat: rendered 0 of 2 pages to out; 2 failed'
    ])
    const usage = cli(dir, ['page.txt', '--to', 'json\u001B[2J'])
    expect(usage.status).toBe(2)
    expect(usage.stderr).toBe('altformat: unknown format “json\\x1B[2J” in --to: choose from json, ssml, script, brf, pef, braille, html, audio, opus, marks, readalong, epub, proof, changes, outline\n')
  })

  it('an error names the file once', () => {
    const {dir} = workspace()
    writeFileSync(path.join(dir, 'empty.txt'), '')
    const result = cli(dir, ['empty.txt', '-o', 'out', '--to', 'json'])
    expect(result.status).toBe(1)
    expect(result.stderr).toBe('altformat: empty.txt is empty: there is no article to read. [empty-input]\naltformat: rendered 0 of 1 pages to out; 1 failed\n')
  })

  it('a missing koffi is named as koffi, not as a missing liblouis', () => {
    const {dir} = workspace()
    // As if the optional dependency had not been installed: resolving it fails.
    const hide = path.join(dir, 'no-koffi.cjs')
    writeFileSync(
      hide,
      "const Module = require('node:module'); const resolve = Module._resolveFilename;\n" +
        "Module._resolveFilename = function (request, ...rest) { if (request === 'koffi') throw Object.assign(new Error('not found'), {code: 'MODULE_NOT_FOUND'}); return resolve.call(this, request, ...rest) }\n"
    )
    const result = spawnSync(process.execPath, ['--require', hide, bin, 'page.txt', '--to', 'brf', '--engine', 'native'], {cwd: dir, encoding: 'utf8'})
    expect(result.status).toBe(2)
    expect(result.stderr).toBe(
      "altformat: The native engine needs koffi, an optional dependency that was not installed: run npm install koffi (it loads the system's liblouis), or use --engine wasm\n"
    )
  })

  it('the library throws AltformatError, with a code, for arguments of the wrong type', () => {
    const tree = readArticle(readFileSync(samplePaths.text)).tree
    const cases: Array<[() => unknown, string, string]> = [
      [() => readArticle(123 as never), 'invalid-option', 'readArticle: the page must be a string, a Buffer or Uint8Array, or a VFile, not number'],
      [() => readArticle('text', {maxBytes: Number.NaN}), 'invalid-option', 'readArticle: option maxBytes must be a number, not number NaN'],
      [() => readArticle('text', 'en' as never), 'invalid-option', 'readArticle: options must be an object, not the string "en"'],
      [() => toBraille(tree, {table: 42 as never}), 'invalid-option', 'toBraille: option table must be a string, not number 42'],
      [() => toHtml({tree} as never), 'invalid-tree', 'toHast: expected an article tree (type "article"), not an object (pass result.tree, not the result of readArticle)'],
      [() => toSsml(null as never), 'invalid-tree', 'toSsmlTree: expected an article tree (type "article"), not null'],
      [() => toSsml(tree, {voice: 7 as never}), 'invalid-option', 'speech: option voice must be a string, not number 7'],
      [() => toScript('tree' as never), 'invalid-tree', 'toScript: expected an article tree (type "article"), not the string "tree"']
    ]
    for (const [call, code, message] of cases) {
      let error: unknown
      try {
        call()
      } catch (caught) {
        error = caught
      }
      expect(error, message).toBeInstanceOf(AltformatError)
      expect((error as AltformatError).code).toBe(code)
      expect((error as AltformatError).message).toBe(message)
    }
  })
})
