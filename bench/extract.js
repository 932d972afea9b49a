// npm run bench:extract -- <dataset folder> [--write docs/benchmarks.md] [--limit N] [--no-readability] [--template]
//
// Scores the reader on an article-extraction development set laid out as
// trafilatura's evaluation data is (evaldata.json: {url: {file, with, without}},
// pages in eval/ or cache/, their scraped text in text/<name>.txt), and runs
// @mozilla/readability over jsdom on the same HTML in the same run.
//
// Scoring as trafilatura's evaluation does: white space collapsed; each `with`
// snippet found in the extracted text is a true positive (missing: a false
// negative); each `without` snippet found is a false positive. Precision, recall
// and F1 over all pages, and by the page's language. The set says nothing of
// headlines: besides how often one is found, it counts how often the text
// reader's is the HTML reader's on the same page.
//
// --template reads the set as the CLI reads a folder: a site template is first
// learned from all its pages (HTML and text apart), then every page is read with it.
import {existsSync, readFileSync, writeFileSync} from 'node:fs'
import path from 'node:path'
import {JSDOM, VirtualConsole} from 'jsdom'
import {Readability} from '@mozilla/readability'
import {learnTemplate, readArticle, toString} from '../dist/index.js'

const args = process.argv.slice(2)
const option = (name) => {
  const index = args.indexOf(name)
  return index === -1 ? undefined : args[index + 1]
}
const folder = args.find((arg, index) => !arg.startsWith('--') && !(index > 0 && args[index - 1]?.startsWith('--')))
if (!folder || !existsSync(path.join(folder, 'evaldata.json'))) {
  console.error('usage: npm run bench:extract -- <dataset folder with evaldata.json> [--write docs/benchmarks.md] [--limit N] [--no-readability] [--template]')
  process.exit(2)
}
const limit = Number(option('--limit') ?? Infinity)
const withReadability = !args.includes('--no-readability')
const entries = Object.entries(JSON.parse(readFileSync(path.join(folder, 'evaldata.json'), 'utf8'))).slice(0, limit)
const htmlPathOf = (entry) => ['eval', 'cache'].map((dir) => path.join(folder, dir, entry.file)).find((file) => existsSync(file))
const textPathOf = (entry) => path.join(folder, 'text', entry.file.replace(/\.html?$/, '') + '.txt')

const collapse = (text) => text.replace(/\s+/g, ' ').trim()

/** The article's text as altformat gives it to a reader: every block but page chrome. */
function articleText(tree) {
  return collapse(tree.children.filter((node) => node.type !== 'chrome').map(toString).join('\n'))
}

function score(counts, text, entry) {
  for (const snippet of entry.with ?? []) {
    if (text.includes(collapse(snippet))) counts.tp++
    else counts.fn++
  }
  for (const snippet of entry.without ?? []) {
    if (text.includes(collapse(snippet))) counts.fp++
    else counts.tn++
  }
}

const fresh = () => ({tp: 0, fp: 0, fn: 0, tn: 0, pages: 0, ms: [], headlines: 0, failed: 0})
const results = {html: new Map(), text: new Map(), readability: new Map()}
const tally = (kind, lang) => {
  const map = results[kind]
  for (const key of ['all', lang]) if (!map.has(key)) map.set(key, fresh())
  return [map.get('all'), map.get(lang)]
}

const templates = {}
if (args.includes('--template')) {
  const samples = (pathOf) => entries.map(([, entry]) => pathOf(entry)).filter((file) => file && existsSync(file)).map((file) => ({value: readFileSync(file), path: file}))
  templates.html = learnTemplate(samples(htmlPathOf), {from: 'html'})
  templates.text = learnTemplate(samples(textPathOf), {from: 'text'})
  for (const [from, template] of Object.entries(templates)) {
    process.stderr.write(`${from} template: ${template.blocks.length} blocks on ${template.minPages} or more of ${template.pages} pages\n`)
  }
}

/** altformat's reader on one page: the article's text, whether it found a headline, the language. */
function altformat(page, from, name) {
  const {tree} = readArticle(page, {from, path: name, template: templates[from]})
  const headline = tree.children.find((node) => node.type === 'heading' && node.depth === 1)
  return {
    text: articleText(tree),
    headline: headline !== undefined,
    title: headline ? collapse(toString(headline)).toLowerCase() : undefined,
    lang: (tree.lang || 'und').split('-')[0].toLowerCase()
  }
}

/** Run one extractor on one page: time it and score what it gives (nothing, if it throws). */
function measure(kind, lang, entry, extract) {
  const start = performance.now()
  let result = {text: ''}
  let failed = false
  try {
    result = extract()
  } catch {
    failed = true
  }
  const ms = performance.now() - start
  for (const counts of tally(kind, result.lang ?? lang)) {
    score(counts, result.text, entry)
    counts.pages++
    counts.ms.push(ms)
    if (result.headline) counts.headlines++
    if (failed) counts.failed++
  }
  return result
}

const virtualConsole = new VirtualConsole()
const sameHeadline = {pages: 0, same: 0}
let done = 0
for (const [url, entry] of entries) {
  const htmlPath = htmlPathOf(entry)
  if (!htmlPath) continue
  const html = readFileSync(htmlPath)
  // The page's language as altformat reads it (declared, else detected); "und" if it cannot say.
  const {lang = 'und', title} = measure('html', 'und', entry, () => altformat(html, 'html', entry.file))
  const textPath = textPathOf(entry)
  if (existsSync(textPath)) {
    const read = measure('text', lang, entry, () => altformat(readFileSync(textPath), 'text', textPath))
    // Whether the text reader took the same headline as the HTML reader on the same page (one holding the other).
    if (title) {
      sameHeadline.pages++
      if (read.title && (read.title.includes(title) || title.includes(read.title))) sameHeadline.same++
    }
  }
  if (withReadability) {
    measure('readability', lang, entry, () => {
      const dom = new JSDOM(html, {url, virtualConsole})
      const article = new Readability(dom.window.document).parse()
      dom.window.close()
      return {text: collapse(`${article?.title ?? ''}\n${article?.textContent ?? ''}`)}
    })
  }
  if (++done % 100 === 0) process.stderr.write(`${done} of ${entries.length} pages\n`)
}

const measures = (c) => {
  const precision = c.tp / (c.tp + c.fp || 1)
  const recall = c.tp / (c.tp + c.fn || 1)
  const f1 = (2 * precision * recall) / (precision + recall || 1)
  const sorted = [...c.ms].sort((a, b) => a - b)
  return {precision, recall, f1, median: sorted[Math.floor(sorted.length / 2)] ?? 0, headlines: c.headlines / (c.pages || 1)}
}
const f = (n) => n.toFixed(3)

const lines = []
lines.push('| reader | pages | precision | recall | F1 | median ms/page | headline found |', '|---|---:|---:|---:|---:|---:|---:|')
for (const [kind, name] of [
  ['html', `altformat, HTML${templates.html ? ' (batch template)' : ''}`],
  ['text', `altformat, scraped text${templates.text ? ' (batch template)' : ''}`],
  ['readability', '@mozilla/readability 0.6 (jsdom), HTML']
]) {
  const all = results[kind].get('all')
  if (!all) continue
  const m = measures(all)
  lines.push(`| ${name} | ${all.pages} | ${f(m.precision)} | ${f(m.recall)} | ${f(m.f1)} | ${m.median.toFixed(1)} | ${kind === 'readability' ? '–' : `${(m.headlines * 100).toFixed(1)}%`} |`)
}
lines.push(
  '',
  `Scraped text's headline the same as the HTML reader's for the same page (one holding the other): ${sameHeadline.same} of ${sameHeadline.pages} pages (${((sameHeadline.same / (sameHeadline.pages || 1)) * 100).toFixed(1)}%).`
)
lines.push('', 'By language (the page\'s as altformat reads it; groups of 10 pages or more):', '')
lines.push('| language | pages | HTML F1 | text F1 | Readability F1 |', '|---|---:|---:|---:|---:|')
const languages = [...results.html.keys()].filter((key) => key !== 'all' && results.html.get(key).pages >= 10)
languages.sort((a, b) => results.html.get(b).pages - results.html.get(a).pages)
for (const lang of languages) {
  const cell = (kind) => (results[kind].get(lang) ? f(measures(results[kind].get(lang)).f1) : '–')
  lines.push(`| ${lang} | ${results.html.get(lang).pages} | ${cell('html')} | ${cell('text')} | ${cell('readability')} |`)
}
const report = lines.join('\n')
console.log(report)

const target = option('--write')
if (target) {
  const heading = '## Article extraction: the development set'
  const section = `${heading}\n\n\`npm run bench:extract -- <dataset>\` on ${path.basename(path.resolve(folder))} (${entries.length} pages), scored as trafilatura's evaluation does; Readability in the same run.\n\n${report}\n`
  const previous = existsSync(target) ? readFileSync(target, 'utf8') : ''
  const start = previous.indexOf(heading)
  const end = start === -1 ? -1 : previous.indexOf('\n## ', start + heading.length)
  const next = start === -1 ? `${previous.trimEnd()}\n\n${section}` : previous.slice(0, start) + section + (end === -1 ? '' : '\n' + previous.slice(end + 1))
  writeFileSync(target, next)
}
