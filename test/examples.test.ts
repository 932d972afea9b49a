import {spawnSync} from 'node:child_process'
import {existsSync, mkdtempSync, readFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {describe, expect, it} from 'vitest'
import {samplePaths} from './helpers/corpus.js'

/** The examples run as a newcomer would run them, from the project root, on the built package. */
const root = fileURLToPath(new URL('..', import.meta.url))
const corpus = path.dirname(samplePaths.text)
const node = (script: string, ...args: string[]) =>
  spawnSync(process.execPath, [path.join(root, 'examples', script), ...args], {cwd: root, encoding: 'utf8'})

describe('examples', () => {
  it('read-article.js: a developer renders one article in code', () => {
    const result = node('read-article.js', samplePaths.text)
    expect(result.status).toBe(0)
    expect(result.stdout).toContain('Read ')
    expect(result.stdout).toContain('  s9  Russia denies the accusations.')
    expect(result.stdout).toContain('sentence s3 in HTML: true, in SSML: true')
    expect(result.stdout).toMatch(/unified pipeline: \d+ characters of HTML/)
  })

  it('audio-producer.js: a folder into SSML parts for an engine, with scripts and an offline narration', () => {
    const out = mkdtempSync(path.join(tmpdir(), 'altformat-audio-'))
    const result = node('audio-producer.js', corpus, 'polly', out)
    expect(result.status).toBe(0)
    expect(result.stdout).toMatch(/rferl-johnson-lavrov\.txt: 2 polly requests; narrated offline: 3\.\d min, 20 sentences/)
    for (const name of ['rferl-johnson-lavrov.001.ssml', 'rferl-johnson-lavrov.002.ssml', 'rferl-johnson-lavrov.script.txt', 'rferl-johnson-lavrov.mp3', 'rferl-johnson-lavrov.marks.json']) {
      expect(existsSync(path.join(out, name)), name).toBe(true)
    }
  })

  it('transcriber.js: BRF, PEF and a preview from one translation', () => {
    const out = mkdtempSync(path.join(tmpdir(), 'altformat-braille-'))
    const result = node('transcriber.js', samplePaths.text, 'ueb-g2', out)
    expect(result.status).toBe(0)
    expect(result.stdout).toMatch(/^4 braille pages \(en-ueb-g2\.ctb\)/)
    expect(readFileSync(path.join(out, 'rferl-johnson-lavrov.brf'), 'latin1')).toMatch(/^ {3},9 ,MOSC\[1/)
    expect(existsSync(path.join(out, 'rferl-johnson-lavrov.pef'))).toBe(true)
  })

  it('show-model.js: a summary of a model written by the command line', () => {
    const out = mkdtempSync(path.join(tmpdir(), 'altformat-model-'))
    spawnSync(process.execPath, [path.join(root, 'dist/cli/main.js'), samplePaths.text, '--to', 'json', '-o', out])
    const result = node('show-model.js', path.join(out, 'rferl-johnson-lavrov.json'))
    expect(result.status).toBe(0)
    expect(result.stdout).toContain('body       14 paragraphs, 1 headings, 1 figures, 1 credits')
  })
})
