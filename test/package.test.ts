// What `npm pack` ships is what an npm user needs: the build, the docs, the
// examples and the sample article they run on — no sources, tests or source maps.
import {execFileSync, spawnSync} from 'node:child_process'
import {mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {afterAll, describe, expect, it} from 'vitest'

const root = fileURLToPath(new URL('..', import.meta.url))
const manifest = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as {
  engines: {node: string}
  scripts: Record<string, string>
  files: string[]
}

// --ignore-scripts: the tests have just built dist/; prepack would build it again.
const packed = JSON.parse(
  execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], {cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore']})
) as Array<{size: number; files: Array<{path: string}>}>
const tarball = packed[0]
const files = (tarball?.files ?? []).map((file) => file.path).sort()

describe('the npm package', () => {
  it('ships the build, the docs and the examples, and nothing else', () => {
    expect(files.filter((file) => !file.startsWith('dist/'))).toEqual([
      'LICENSE',
      'README.md',
      'docs/audio.md',
      'docs/benchmarks.md',
      'docs/braille.md',
      'docs/cli.md',
      'docs/errors.md',
      'docs/getting-started.md',
      'docs/html.md',
      'docs/languages.md',
      'docs/model.md',
      'docs/reading.md',
      'docs/speech.md',
      'examples/audio-producer.js',
      'examples/read-article.js',
      'examples/rferl-johnson-lavrov.html',
      'examples/rferl-johnson-lavrov.txt',
      'examples/show-model.js',
      'examples/transcriber.js',
      'package.json'
    ])
    for (const file of ['dist/index.js', 'dist/index.d.ts', 'dist/cli/main.js', 'dist/cli/worker.js', 'dist/braille/translate-worker.js']) expect(files).toContain(file)
    // Every module has its types beside it; no source map points at a src/ that is not shipped.
    const modules = files.filter((file) => file.endsWith('.js') && file.startsWith('dist/'))
    for (const module of modules) expect(files, module).toContain(module.replace(/\.js$/, '.d.ts'))
    expect(files.filter((file) => file.endsWith('.map'))).toEqual([])
    expect(tarball?.size).toBeLessThan(8 * 1024 * 1024)
  })

  it('builds before it is packed, so a stale dist/ is never published', () => {
    expect(manifest.scripts.prepack).toBe('npm run build')
  })

  it('every link from the README to a file of the project is a file the package ships', () => {
    const readme = readFileSync(path.join(root, 'README.md'), 'utf8')
    const links = [...readme.matchAll(/\]\(((?:docs|examples)\/[^)#\s]*)/g)].map((match) => match[1] ?? '')
    expect(links.length).toBeGreaterThan(3)
    for (const link of links) {
      expect(files.some((file) => file === link || file.startsWith(link)), link).toBe(true)
    }
  })

  it('loads from CommonJS with require, as the README says (Node ≥ 20.19)', () => {
    expect(manifest.engines.node).toBe('>=20.19')
    const readme = readFileSync(path.join(root, 'README.md'), 'utf8')
    expect(readme).toContain("const {readArticle, toHtml} = require('altformat')")
    // Inside the package, so that the name resolves to it.
    const folder = mkdtempSync(path.join(root, '.doc-samples-'))
    afterAll(() => rmSync(folder, {recursive: true, force: true}))
    const script = path.join(folder, 'require.cjs')
    writeFileSync(
      script,
      "const {readArticle, toHtml} = require('altformat')\n" +
        "const {tree} = readArticle('Harbour Reopens After Storm\\n\\nThe harbour reopened on Tuesday, three days after the storm.\\n')\n" +
        'console.log(tree.meta.title, toHtml(tree).startsWith("<!DOCTYPE html>"))\n'
    )
    const result = spawnSync(process.execPath, [script], {encoding: 'utf8'})
    expect(result.stderr).toBe('')
    expect(result.stdout).toBe('Harbour Reopens After Storm true\n')
  })
})
