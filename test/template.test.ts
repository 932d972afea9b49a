// Site templates: blocks a site prints on all its pages, learned from a batch.
// The fixture site (test/fixtures/batch/correo-del-valle) is three Spanish
// pages, read by eye: each its own story and byline, and the same slogan
// paragraph and "support us" paragraph inside the article — the site's own
// words, which no rule of the reader knows (a newsletter's pitch would be one:
// the reader leaves those out on every page by itself).
import {mkdtempSync, readFileSync, readdirSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {describe, expect, it} from 'vitest'
import {run} from '../src/cli/run.js'
import {isAltformatError, learnTemplate, readArticle, toString, validateArticle} from '../src/index.js'
import type {Article, Template} from '../src/index.js'
import {fingerprint} from '../src/read/template.js'

const site = fileURLToPath(new URL('fixtures/batch/correo-del-valle/', import.meta.url))
const pages = readdirSync(site)
  .sort()
  .map((name) => ({value: readFileSync(path.join(site, name)), path: path.join(site, name)}))
const promo = 'Las noticias del valle, contadas cada día por quienes viven en él y conocen cada uno de sus caminos.'
const support = 'El Correo del Valle es un periódico independiente que se sostiene gracias a sus lectores. Si te parece útil lo que hacemos, apóyanos desde dos euros al mes.'

const article = (tree: Article) => tree.children.filter((node) => node.type !== 'chrome').map(toString)
const repeated = (tree: Article) => tree.children.flatMap((node) => (node.type === 'chrome' && node.kind === 'repeated' ? [node.label] : []))

describe('site templates', () => {
  it('learns what every page of a site repeats, and nothing of any one article', () => {
    const template = learnTemplate(pages)
    expect(template).toEqual({
      format: 'altformat-template',
      version: 1,
      pages: 3,
      skipped: 0,
      minPages: 2,
      blocks: [
        {text: fingerprint(support), pages: 3},
        {text: fingerprint(promo), pages: 3}
      ]
    })
  })

  it('leaves the site’s blocks out of each page, as chrome, with a message; the byline stays', () => {
    const template = learnTemplate(pages)
    const page = pages.find((item) => item.path.endsWith('puente.html'))
    const without = readArticle(page?.value ?? '', {path: page?.path})
    expect(article(without.tree)).toContain(promo)
    const {tree, file} = readArticle(page?.value ?? '', {path: page?.path, template})
    expect(repeated(tree)).toEqual([promo, support])
    expect(article(tree)).toEqual([
      'El puente de Arroyo Seco reabre tras seis meses de obras',
      'Por Ana Ruiz',
      'El puente de Arroyo Seco volvió a abrirse al tráfico el lunes por la mañana, seis meses después de que una crecida dañara dos de sus pilares.',
      'Los vecinos de la orilla norte, que durante las obras debían dar un rodeo de veinte kilómetros para llegar al hospital comarcal, celebraron la reapertura con una comida popular.',
      'La diputación calcula que la reparación ha costado 1,2 millones de euros, algo menos de lo previsto en el presupuesto inicial.',
      'El alcalde anunció que el puente se revisará cada año a partir de ahora, y que se instalarán sensores para medir el nivel del río.'
    ])
    expect(tree.children.find((node) => node.type === 'byline')).toBeDefined()
    expect(file.messages.filter((message) => message.ruleId === 'template-chrome').map((message) => message.place && 'start' in message.place && message.place.start.line)).toEqual([15, 18])
    validateArticle(tree)
  })

  it('reads a page that is mostly the template without it: another version of a story, not furniture', () => {
    const story = (n: number) => `Headline ${n}\n\nThe river rose by two metres overnight and the bridge was closed to traffic until further notice.\n\nThe council will meet on Friday to decide whether to reopen it.\n`
    const template = learnTemplate([story(1), story(2), story(3)].map((value, index) => ({value, path: `s${index}.txt`})))
    expect(template.blocks.length).toBe(2)
    const {tree, file} = readArticle(story(4), {from: 'text', template})
    expect(repeated(tree)).toEqual([])
    expect(file.messages.map((message) => message.ruleId)).toContain('template-skipped')
  })

  it('changes nothing with an empty template', () => {
    const template = learnTemplate([])
    expect(template).toMatchObject({pages: 0, blocks: []})
    for (const page of pages) {
      expect(readArticle(page.value, {path: page.path, template}).tree).toEqual(readArticle(page.value, {path: page.path}).tree)
    }
  })

  it('skips sample pages it cannot read, and refuses what is not a template', () => {
    const template = learnTemplate([...pages, '', {value: new Uint8Array([0, 0, 0, 1, 2, 3]), path: 'image.png'}])
    expect(template).toMatchObject({pages: 3, skipped: 2})
    const refused = (fn: () => unknown) => {
      try {
        fn()
      } catch (error) {
        return isAltformatError(error) ? `${error.code}: ${error.message}` : String(error)
      }
      return 'no error'
    }
    expect(refused(() => readArticle('Headline\n\nText.', {template: {blocks: []} as unknown as Template}))).toBe(
      'invalid-option: readArticle: template is not an altformat template (version 1): make one with learnTemplate'
    )
    expect(refused(() => readArticle('Headline\n\nText.', {template: 'site.json' as unknown as Template}))).toMatch(/^invalid-option: readArticle: option template must be a object/)
    expect(refused(() => learnTemplate(pages, {minPages: 1}))).toBe('invalid-option: learnTemplate: minPages must be a whole number, 2 or more, not 1')
  })

  it('compares blocks without regard to case, spacing or the digits of counts and dates', () => {
    expect(fingerprint('Comments  (12)')).toBe(fingerprint('comments (3)'))
    expect(fingerprint('© 2024 El Correo')).toBe(fingerprint('© 2025 el correo'))
    expect(fingerprint('Share')).not.toBe(fingerprint('Shares'))
  })
})

describe('site templates on the command line', () => {
  const capture = () => {
    const err: string[] = []
    const io = {
      stdout: () => undefined,
      stderr: (text: string) => void err.push(text),
      readStdin: async () => Buffer.alloc(0),
      // A batch's workers run the compiled CLI (npm test builds it first).
      worker: new URL('../dist/cli/worker.js', import.meta.url)
    }
    return {io, err: () => err.join('')}
  }
  const tmp = () => mkdtempSync(path.join(tmpdir(), 'altformat-template-'))
  const outline = (dir: string) => readFileSync(path.join(dir, 'puente.outline.txt'), 'utf8')

  it('learns one for a folder, says so, and leaves the site’s blocks out of every page', async () => {
    const out = tmp()
    const c = capture()
    expect(await run([site, '-o', out, '--to', 'outline', '-j', '1', '--save-template', path.join(out, 'site.json')], c.io, '0.0.0')).toBe(0)
    expect(c.err()).toBe(
      'altformat: site template: 2 blocks found on 2 or more of 3 sample pages are left out as chrome (--no-template keeps them)\n' +
        `altformat: rendered 3 of 3 pages to ${out}\n`
    )
    expect(outline(out)).toContain(`chrome repeated: ${promo}`)
    expect(JSON.parse(readFileSync(path.join(out, 'site.json'), 'utf8'))).toEqual(learnTemplate(pages))
    // A saved template reads one page of the site.
    const one = tmp()
    expect(await run([path.join(site, 'puente.html'), '-o', one, '--to', 'outline', '--template', path.join(out, 'site.json')], capture().io, '0.0.0')).toBe(0)
    expect(outline(one)).toBe(outline(out))
  })

  it('reads every page on its own with --no-template', async () => {
    const out = tmp()
    const c = capture()
    expect(await run([site, '-o', out, '--to', 'outline', '-j', '1', '--no-template'], c.io, '0.0.0')).toBe(0)
    expect(c.err()).toBe(`altformat: rendered 3 of 3 pages to ${out}\n`)
    expect(outline(out)).not.toContain('chrome repeated')
    expect(outline(out)).toContain(promo)
  })

  it('refuses a file that is not a template, before writing anything', async () => {
    const out = tmp()
    const bad = path.join(out, 'bad.json')
    writeFileSync(bad, '{"blocks": []}')
    const c = capture()
    expect(await run([site, '-o', path.join(out, 'out'), '--to', 'outline', '--template', bad], c.io, '0.0.0')).toBe(2)
    expect(c.err()).toBe(`altformat: --template ${bad} is not an altformat template (version 1): give a file written by --save-template or learnTemplate\n`)
    expect(readdirSync(out)).toEqual(['bad.json'])
  })
})
