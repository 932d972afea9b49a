import {mkdir, readFile, writeFile} from 'node:fs/promises'
import path from 'node:path'
import {Command, CommanderError, Option} from 'commander'
import {reporter} from 'vfile-reporter'
import {AltformatError, dialectNames, isAltformatError, readArticle, resolveBrailleTable} from '../index.js'
import type {DialectName, ReadResult} from '../index.js'
import {defaultFormats, formatNames, outputFormats} from './formats.js'
import type {FormatName, OutputFormat} from './formats.js'
import {expandInputs} from './inputs.js'
import type {Input} from './inputs.js'

/** Exit statuses, documented in docs/cli.md. */
export const exitCodes = {ok: 0, someFailed: 1, usage: 2} as const

export interface Io {
  stdout: (text: string) => void
  stderr: (text: string) => void
  readStdin: () => Promise<Buffer>
}

interface Settings {
  inputs: string[]
  out: string | undefined
  to: FormatName[]
  from: 'text' | 'html' | 'auto'
  lang: string | undefined
  dialect: DialectName
  voice: string | undefined
  table: string | undefined
  cells: number | undefined
  lines: number | undefined
  verbose: boolean
  debug: boolean
}

/** Run the command line; resolves to the exit status. */
export async function run(argv: string[], io: Io, version: string): Promise<number> {
  let settings: Settings
  try {
    settings = parseArgs(argv, io, version)
  } catch (error) {
    if (error instanceof CommanderError) {
      // --help and --version exit 0; anything else is a usage error.
      return error.exitCode === 0 ? exitCodes.ok : exitCodes.usage
    }
    if (isAltformatError(error)) {
      io.stderr(`altformat: ${error.message}\n`)
      return exitCodes.usage
    }
    throw error
  }

  const {inputs, missing} = await expandInputs(settings.inputs)
  const pages = inputs.length + missing.length
  const toStdout = settings.out === undefined
  if (toStdout && (pages > 1 || settings.to.length > 1)) {
    io.stderr(
      `altformat: ${pages > 1 ? `${pages} pages` : `${settings.to.length} formats`} make several files: ` +
        'name an output folder with -o DIR\n'
    )
    return exitCodes.usage
  }
  for (const item of missing) io.stderr(`altformat: ${item.path}: ${item.reason}\n`)
  if (pages === 0) {
    io.stderr('altformat: no pages found (looked for .txt, .text, .html, .htm, .xhtml files)\n')
    return exitCodes.someFailed
  }

  let failed = missing.length
  for (const input of inputs) {
    const ok = await renderOne(input, settings, io)
    if (!ok) failed++
  }
  if (!toStdout) {
    io.stderr(`altformat: rendered ${pages - failed} of ${pages} pages to ${settings.out}${failed ? `; ${failed} failed` : ''}\n`)
  }
  return failed > 0 ? exitCodes.someFailed : exitCodes.ok
}

async function renderOne(input: Input, settings: Settings, io: Io): Promise<boolean> {
  const name = input.path === '-' ? 'stdin' : input.path
  let result: ReadResult
  try {
    const value = input.path === '-' ? await io.readStdin() : await readFile(input.path)
    result = readArticle(value, {
      from: settings.from,
      lang: settings.lang,
      path: input.path === '-' ? undefined : input.path
    })
  } catch (error) {
    report(io, name, error, settings.debug)
    return false
  }
  if (settings.verbose && result.file.messages.length > 0) {
    if (input.path === '-') result.file.path = 'stdin'
    io.stderr(reporter(result.file, {verbose: true}) + '\n')
  }
  try {
    for (const format of settings.to) {
      const {extension, render} = outputFormats[format] as OutputFormat
      const rendered = render(result, {
        dialect: settings.dialect,
        voice: settings.voice,
        table: settings.table,
        cells: settings.cells,
        lines: settings.lines
      })
      const texts = typeof rendered === 'string' ? [rendered] : rendered
      if (settings.out === undefined) {
        if (texts.length > 1) {
          throw new AltformatError(
            'invalid-option',
            `the ${format} output needs ${texts.length} parts for ${settings.dialect}'s request limit: ` +
              'name an output folder with -o DIR to get them as numbered files'
          )
        }
        io.stdout(texts[0] ?? '')
      } else {
        // One file, or numbered parts: <stem>.001.ssml, <stem>.002.ssml, …
        for (const [index, text] of texts.entries()) {
          const part = texts.length > 1 ? '.' + String(index + 1).padStart(3, '0') : ''
          await writeOutput(path.join(settings.out, input.stem + part + extension), text)
        }
      }
    }
  } catch (error) {
    report(io, name, error, settings.debug)
    return false
  }
  return true
}

async function writeOutput(target: string, text: string): Promise<void> {
  try {
    await mkdir(path.dirname(target), {recursive: true})
    await writeFile(target, text)
  } catch (error) {
    throw new AltformatError(
      'write-failed',
      `cannot write ${target} (${(error as NodeJS.ErrnoException).code ?? 'error'}): check that the output folder is writable`,
      {cause: error}
    )
  }
}

/** One line per failed page, by name; a stack trace only with --debug. */
function report(io: Io, name: string, error: unknown, debug: boolean): void {
  if (isAltformatError(error)) {
    const message = error.message.startsWith(name) ? error.message : `${name}: ${error.message}`
    io.stderr(`altformat: ${message} [${error.code}]\n`)
  } else if ((error as NodeJS.ErrnoException | undefined)?.code) {
    const code = (error as NodeJS.ErrnoException).code
    io.stderr(`altformat: ${name}: cannot read it (${code}) [read-failed]\n`)
  } else {
    io.stderr(`altformat: ${name}: internal error: ${String((error as Error)?.message ?? error)} — please report it, with the page\n`)
  }
  if (debug && error instanceof Error && error.stack) io.stderr(error.stack + '\n')
}

function parseArgs(argv: string[], io: Io, version: string): Settings {
  const program = new Command()
    .name('altformat')
    .description(
      'Turn news articles into accessible alternate formats from one document model.\n' +
        'Reads pages as scraped text or HTML; writes one file per format and page.'
    )
    .argument('<input...>', 'pages to read: files, folders (read recursively) or - for standard input')
    .option('-o, --out <dir>', 'output folder; without it, one page in one format goes to standard output')
    .addOption(
      new Option('--to <formats>', `output formats, comma-separated (${formatNames.join(', ')})`).default(
        defaultFormats.join(',')
      )
    )
    .addOption(new Option('--from <reader>', 'input reader').choices(['text', 'html', 'auto']).default('auto'))
    .addOption(new Option('--dialect <engine>', 'SSML dialect of the ssml format').choices([...dialectNames]).default('w3c'))
    .option('--voice <name>', 'Azure voice of the azure dialect (default: en-US-JennyNeural)')
    .option('--table <name>', 'braille table: ueb-g2, ueb-g1, ebae-g2, ebae-g1, or a liblouis table file (default: ueb-g2)')
    .option('--cells <n>', 'braille cells per line (default: 40)', (value) => number('--cells', value))
    .option('--lines <n>', 'braille lines per page, the last holding the page number (default: 25)', (value) => number('--lines', value))
    .option('--lang <tag>', 'language of pages that do not declare one (BCP 47); text pages default to en')
    .option('--verbose', 'print every repair and decision the reader made, with positions', false)
    .option('--debug', 'print stack traces of errors', false)
    .version(version, '-V, --version')
    .addHelpText(
      'after',
      '\nFormats:\n' +
        formatNames.map((name) => `  ${name.padEnd(8)} <stem>${outputFormats[name].extension}  ${outputFormats[name].description}`).join('\n') +
        '\n\nExit status: 0 all pages rendered, 1 some pages failed, 2 usage error.\n' +
        '\nExamples:\n  altformat page.txt --to outline\n  altformat pages/ -o out\n  altformat pages/ -o audio --to ssml,script --dialect polly\n  curl -s URL | altformat - --from html > page.json\n'
    )
    .exitOverride()
    .configureOutput({writeOut: io.stdout, writeErr: io.stderr})
    .showHelpAfterError('(run altformat --help for usage)')

  program.parse(argv, {from: 'user'})
  const options = program.opts<{
    out?: string
    to: string
    from: Settings['from']
    lang?: string
    dialect: DialectName
    voice?: string
    table?: string
    cells?: number
    lines?: number
    verbose: boolean
    debug: boolean
  }>()
  // A bad table would fail every page of a batch: say so once, as a usage error.
  if (options.table !== undefined) resolveBrailleTable(options.table)
  if (options.lang !== undefined && !/^[A-Za-z]{2,8}(?:-[A-Za-z0-9]{1,8})*$/.test(options.lang)) {
    throw new AltformatError('invalid-option', `--lang “${options.lang}” is not a language tag: use one such as en, ru or en-GB`)
  }
  const to = options.to
    .split(',')
    .map((name) => name.trim())
    .filter(Boolean)
  for (const name of to) {
    if (!(formatNames as string[]).includes(name)) {
      throw new AltformatError('invalid-option', `unknown format “${name}” in --to: choose from ${formatNames.join(', ')}`)
    }
  }
  return {
    inputs: program.args,
    out: options.out,
    to: [...new Set(to)] as FormatName[],
    from: options.from,
    lang: options.lang,
    dialect: options.dialect,
    voice: options.voice,
    table: options.table,
    cells: options.cells,
    lines: options.lines,
    verbose: options.verbose,
    debug: options.debug
  }
}

function number(option: string, value: string): number {
  const parsed = Number(value)
  if (!/^\d+$/.test(value) || !Number.isSafeInteger(parsed)) {
    throw new AltformatError('invalid-option', `${option} takes a whole number, not “${value}”`)
  }
  return parsed
}
