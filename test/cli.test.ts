import {spawnSync} from 'node:child_process'
import {existsSync, mkdtempSync, mkdirSync, readFileSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {describe, expect, it} from 'vitest'
import {run} from '../src/cli/run.js'
import {validateArticle} from '../src/index.js'
import {samplePaths} from './helpers/corpus.js'

function capture(stdin = '') {
  const out: string[] = []
  const err: string[] = []
  return {
    io: {
      stdout: (text: string) => void out.push(text),
      stderr: (text: string) => void err.push(text),
      readStdin: async () => Buffer.from(stdin)
    },
    out: () => out.join(''),
    err: () => err.join('')
  }
}

const tmp = () => mkdtempSync(path.join(tmpdir(), 'altformat-'))

describe('altformat command line', () => {
  it('writes the model of one page to stdout as JSON', async () => {
    const c = capture()
    expect(await run([samplePaths.text], c.io, '0.0.0')).toBe(0)
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
    const status = await run([path.join(dir, 'in'), '-o', path.join(dir, 'out')], c.io, '0.0.0')
    expect(status).toBe(1)
    expect(existsSync(path.join(dir, 'out', 'good.json'))).toBe(true)
    expect(existsSync(path.join(dir, 'out', 'sub', 'page.json'))).toBe(true)
    expect(existsSync(path.join(dir, 'out', 'empty.json'))).toBe(false)
    const lines = c.err().trim().split('\n')
    expect(lines).toEqual([
      `altformat: ${path.join(dir, 'in', 'binary.txt')} looks like a binary file, not text or HTML. Give altformat a page saved as text (.txt) or HTML (.html). [binary-input]`,
      `altformat: ${path.join(dir, 'in', 'empty.txt')} is empty: there is no article to read. [empty-input]`,
      `altformat: rendered 2 of 4 pages to ${path.join(dir, 'out')}; 2 failed`
    ])
  })

  it('names two pages with the same stem apart', async () => {
    const dir = tmp()
    const c = capture()
    expect(await run([samplePaths.text, samplePaths.html, '-o', dir, '--to', 'json,outline'], c.io, '0.0.0')).toBe(0)
    for (const name of ['rferl-johnson-lavrov.txt.json', 'rferl-johnson-lavrov.html.json', 'rferl-johnson-lavrov.txt.outline.txt']) {
      expect(existsSync(path.join(dir, name))).toBe(true)
    }
  })

  it.each([
    [['--to', 'pdf', 'x.txt'], /unknown format “pdf” in --to: choose from json, ssml, script, brf, pef, braille, html, outline/],
    [['--from', 'pdf', 'x.txt'], /argument 'pdf' is invalid/],
    [['--dialect', 'watson', 'x.txt'], /argument 'watson' is invalid. Allowed choices are w3c, polly, polly-neural, google, azure, alexa, espeak/],
    [[], /missing required argument 'input'/],
    [['a.txt', 'b.txt'], /2 pages make several files: name an output folder with -o DIR/],
    [['--lang', 'not a tag', 'a.txt'], /--lang “not a tag” is not a language tag/]
  ])('%j is a usage error (exit 2)', async (args, message) => {
    const c = capture()
    expect(await run(args, c.io, '0.0.0')).toBe(2)
    expect(c.err()).toMatch(message)
  })

  it('reports a missing file and exits 1', async () => {
    const c = capture()
    expect(await run(['does-not-exist.txt'], c.io, '0.0.0')).toBe(1)
    expect(c.err()).toBe('altformat: does-not-exist.txt: no such file or folder\n')
  })

  it('prints the reader’s decisions with --verbose', async () => {
    const c = capture()
    await run([samplePaths.text, '--verbose'], c.io, '0.0.0')
    expect(c.err()).toMatch(/19:227\s+info Split a sentence at a full stop with no space after it\s+sentence-missing-space/)
  })

  it('as a process: --version, and no stack trace for bad input', () => {
    const bin = fileURLToPath(new URL('../dist/cli/main.js', import.meta.url))
    const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as {version: string}
    const version = spawnSync(process.execPath, [bin, '--version'], {encoding: 'utf8'})
    expect(version.stdout.trim()).toBe(pkg.version)
    const bad = spawnSync(process.execPath, [bin, '-'], {input: '\u0000\u0001binary', encoding: 'utf8'})
    expect(bad.status).toBe(1)
    expect(bad.stderr).toBe('altformat: stdin: the input looks like a binary file, not text or HTML. Give altformat a page saved as text (.txt) or HTML (.html). [binary-input]\n')
    expect(bad.stderr).not.toMatch(/\n\s+at /)
  })
})
