// Every code sample in README.md and docs/*.md runs as written: the samples are
// cut out, type-checked against the built package, and run with Node in a
// folder that holds the sample article as page.txt and page.html.
import {spawnSync} from 'node:child_process'
import {copyFileSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import ts from 'typescript'
import {afterAll, describe, expect, it} from 'vitest'
import {samplePaths} from './helpers/corpus.js'

const root = fileURLToPath(new URL('..', import.meta.url))
const documents = ['README.md', ...readdirSync(path.join(root, 'docs')).map((name) => `docs/${name}`)].filter((name) => name.endsWith('.md'))

interface Sample {
  name: string
  language: 'js' | 'ts'
  code: string
}

/** The ```js and ```ts blocks of a Markdown file, named by file and line. */
function samples(document: string): Sample[] {
  const out: Sample[] = []
  const lines = readFileSync(path.join(root, document), 'utf8').split('\n')
  for (let i = 0; i < lines.length; i++) {
    const open = /^```(js|javascript|ts|typescript)\s*$/.exec(lines[i] ?? '')
    if (!open) continue
    const start = i + 1
    let end = start
    while (end < lines.length && !(lines[end] ?? '').startsWith('```')) end++
    out.push({name: `${document}:${start}`, language: open[1]?.startsWith('t') ? 'ts' : 'js', code: lines.slice(start, end).join('\n') + '\n'})
    i = end
  }
  return out
}

const all = documents.flatMap(samples)
// Inside the package, so that `import … from 'altformat'` resolves to it (a package may import itself by name).
const folder = mkdtempSync(path.join(root, '.doc-samples-'))
afterAll(() => rmSync(folder, {recursive: true, force: true}))
// JavaScript samples are checked as JavaScript (checkJs), TypeScript ones as TypeScript.
const fileOf = (sample: Sample) => path.join(folder, sample.name.replace(/[/:.]/g, '_') + (sample.language === 'ts' ? '.mts' : '.mjs'))
for (const sample of all) writeFileSync(fileOf(sample), sample.code)

describe('code samples in the README and docs', () => {
  it('there are samples to check, in the README and in the docs', () => {
    expect(all.filter((sample) => sample.name.startsWith('README.md')).length).toBeGreaterThanOrEqual(5)
    expect(all.filter((sample) => sample.name.startsWith('docs/')).length).toBeGreaterThanOrEqual(3)
  })

  it('every sample type-checks against the built package, nothing undefined', () => {
    const program = ts.createProgram(all.map(fileOf), {
      module: ts.ModuleKind.NodeNext,
      moduleResolution: ts.ModuleResolutionKind.NodeNext,
      target: ts.ScriptTarget.ES2022,
      strict: true,
      allowJs: true,
      checkJs: true,
      noEmit: true,
      skipLibCheck: true,
      types: ['node']
    })
    // 7016: a third-party package without types (ssml-builder) — its business, not the sample's.
    const problems = ts.getPreEmitDiagnostics(program).filter((diagnostic) => diagnostic.code !== 7016).map((diagnostic) => {
      const where = diagnostic.file ? `${path.basename(diagnostic.file.fileName)}:${diagnostic.file.getLineAndCharacterOfPosition(diagnostic.start ?? 0).line + 1}` : ''
      return `${where} ${ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n')}`
    })
    expect(problems).toEqual([])
  }, 60_000)

  for (const sample of all) {
    it(`${sample.name} runs`, () => {
      const cwd = mkdtempSync(path.join(tmpdir(), 'altformat-sample-'))
      copyFileSync(samplePaths.html, path.join(cwd, 'page.html'))
      copyFileSync(samplePaths.text, path.join(cwd, 'page.txt'))
      let script = fileOf(sample)
      if (sample.language === 'ts') {
        script = script.replace(/\.mts$/, '.run.mjs')
        writeFileSync(script, ts.transpileModule(sample.code, {compilerOptions: {module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022}}).outputText)
      }
      const result = spawnSync(process.execPath, [script], {cwd, encoding: 'utf8'})
      expect(result.stderr).toBe('')
      expect(result.status).toBe(0)
    })
  }
})
