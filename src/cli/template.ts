import {readFile} from 'node:fs/promises'
import {defaultMaxBytes} from '../read/read.js'
import {readPage} from './render-page.js'
import {AltformatError} from '../model/error.js'
import {learnTemplate} from '../read/learn-template.js'
import {loadHtmlReader} from '../read/html-reader.js'
import type {SamplePage, Template} from '../index.js'
import {checkTemplate} from '../read/template.js'
import type {Input} from './inputs.js'
import type {Io, Settings} from './settings.js'
import {printable} from './printable.js'

/** Pages read to learn a batch's template: enough to see what a site repeats, few enough to cost a few seconds. */
export const samplePages = 50

/**
 * The template a batch is read with: the one saved in `--template FILE`, else,
 * for two pages or more (unless `--no-template`), one learned from up to
 * `samplePages` of them, spread over the batch so that every site of a mixed
 * folder has its say. Says in one line what it found, unless `--quiet`.
 *
 * @throws {AltformatError} `invalid-option` for a template file that cannot be read.
 */
export async function batchTemplate(inputs: Input[], settings: Settings, io: Io): Promise<Template | undefined> {
  if (settings.templateFile !== undefined) return loadTemplate(settings.templateFile)
  const files = inputs.filter((input) => input.path !== '-')
  if (!settings.useTemplate || files.length < 2) return undefined
  const step = Math.max(1, files.length / samplePages)
  const chosen = Array.from({length: Math.min(samplePages, files.length)}, (_, index) => files[Math.floor(index * step)] as Input)
  const samples: SamplePage[] = []
  for (const input of chosen) {
    // An unreadable page is skipped here; it is reported when its turn comes.
    const value = await readPage(input.path, settings.maxBytes ?? defaultMaxBytes).catch(() => undefined)
    if (value) samples.push({value, path: input.path})
  }
  // Learning reads every sample: a folder of HTML pages needs the HTML reader.
  await loadHtmlReader()
  const template = learnTemplate(samples, {from: settings.from, lang: settings.lang, maxBytes: settings.maxBytes})
  if (!settings.quiet && (template.blocks.length > 0 || settings.verbose)) {
    io.stderr(
      `altformat: site template: ${template.blocks.length} ${template.blocks.length === 1 ? 'block' : 'blocks'} found on ${template.minPages} or more of ${template.pages} sample pages ` +
        `are left out as chrome (--no-template keeps them)\n`
    )
  }
  if (settings.verbose) for (const block of template.blocks) io.stderr(printable(`  ${block.pages} pages: ${block.text.slice(0, 100)}\n`))
  return template
}

async function loadTemplate(file: string): Promise<Template> {
  let text: string
  try {
    text = await readFile(file, 'utf8')
  } catch (error) {
    throw new AltformatError('invalid-option', `--template ${file}: cannot read it (${(error as NodeJS.ErrnoException).code ?? 'error'})`)
  }
  let value: unknown
  try {
    value = JSON.parse(text)
  } catch {
    throw new AltformatError('invalid-option', `--template ${file} is not JSON: give a file written by --save-template or learnTemplate`)
  }
  try {
    checkTemplate(value as Template)
  } catch {
    throw new AltformatError('invalid-option', `--template ${file} is not an altformat template (version 1): give a file written by --save-template or learnTemplate`)
  }
  return value as Template
}
