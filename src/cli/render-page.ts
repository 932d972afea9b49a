import {randomBytes} from 'node:crypto'
import {mkdir, open, readdir, rename, rm, stat, writeFile} from 'node:fs/promises'
import path from 'node:path'
import {isMainThread} from 'node:worker_threads'
import {defaultThreads} from '../braille/threads.js'
import {AltformatError, isAltformatError} from '../model/error.js'
import {readArticle} from '../read/read.js'
import {loadHtmlReader, mayBeHtml} from '../read/html-reader.js'
import {defaultMaxBytes} from '../read/read.js'
import type {ReadResult, TranslatedArticle} from '../index.js'
import {brailleOf, editionFormats, outputFormats, pageFormats} from './formats.js'
import {escapeRegExp} from '../model/regexp.js'
import {printable} from './printable.js'
import type {FormatName, OutputFormat} from './formats.js'
import type {Input} from './inputs.js'
import {canonical, outputPath} from './plan.js'
import type {Io, Settings} from './settings.js'

/** How a page went: whether it rendered, and with `--bundle` its braille for the edition. */
export interface PageOutcome {
  ok: boolean
  /** Failed in part: some of its formats were written, the others not (each named on stderr). */
  partial?: boolean | undefined
  translated?: TranslatedArticle | undefined
}

/**
 * Read one page and write every format asked for. Never throws: a page that
 * cannot be read or written is reported on `io.stderr`, by name, in one line
 * (with a stack trace only under --debug), and the outcome says it failed. A
 * format that fails costs only itself: the page's other formats are written,
 * the line names the formats lost, and the outcome says the page failed in part.
 * With `--bundle`, the page is translated for the edition instead of writing
 * braille of its own, and the translation comes back in the outcome.
 */
export async function renderPage(input: Input, settings: Settings, io: Io): Promise<PageOutcome> {
  const name = input.path === '-' ? 'stdin' : input.path
  let result: ReadResult
  try {
    const value = input.path === '-' ? await io.readStdin() : await readPage(input.path, settings.maxBytes ?? defaultMaxBytes)
    if (mayBeHtml(settings.from, input.path === '-' ? undefined : input.path, value)) await loadHtmlReader()
    result = readArticle(value, {
      from: settings.from,
      lang: settings.lang,
      maxBytes: settings.maxBytes,
      template: settings.siteTemplate,
      path: input.path === '-' ? undefined : input.path
    })
  } catch (error) {
    report(io, name, error, settings.debug)
    return {ok: false}
  }
  // A page that yields no article is rendered (its stray lines are all there is) but never in silence.
  const thin = result.file.messages.find((message) => message.ruleId === 'thin-article')
  if (thin && !settings.quiet) io.stderr(printable(`altformat: ${name}: warning: ${thin.reason} [thin-article]\n`))
  if (settings.verbose && result.file.messages.length > 0) {
    if (input.path === '-') result.file.path = 'stdin'
    // Loaded for --verbose only (it brings a dozen modules for terminal widths and colours).
    const {reporter} = await import('vfile-reporter')
    io.stderr(printable(reporter(result.file, {verbose: true})) + '\n')
  }
  // Each format on its own: one that fails (braille for a language liblouis has no table for, a file
  // that cannot be written) costs that format, not the page's others, and is reported once by name.
  const failures: Array<{formats: string[]; error: unknown}> = []
  const fail = (format: string, error: unknown) => {
    const same = failures.find((failure) => failure.error === error)
    if (same) same.formats.push(format)
    else failures.push({formats: [format], error})
  }
  const formats = pageFormats(settings.to, settings.bundle)
  for (const format of formats) {
    try {
      await writeFormat(format, result, input, settings, io)
    } catch (error) {
      fail(format, error)
    }
  }
  let translated: TranslatedArticle | undefined
  const edition = settings.bundle !== undefined && settings.to.some((format) => editionFormats.includes(format))
  if (edition) {
    try {
      const {translateArticle} = await import('../braille/to-braille.js')
      translated = translateArticle(result.tree, {engine: settings.engine, table: settings.table, threads: brailleThreads(settings)})
    } catch (error) {
      fail('braille edition', error)
    }
  }
  // Characters the table has no braille for are never lost in silence: a transcriber checks them.
  const braille = brailleOf(result) ?? translated
  if (braille?.languageFallback && !settings.quiet) {
    io.stderr(printable(`altformat: ${name}: warning: liblouis has no braille table for the page's language (${braille.languageFallback}): brailled with ${braille.table}; give one with --table [braille-language]\n`))
  }
  if (braille && braille.replaced.length > 0 && !settings.quiet) {
    const what = braille.replaced.map((char) => `${char} (${braille.substitutes[char] ? `written ${braille.substitutes[char]}` : 'left out'})`)
    io.stderr(printable(`altformat: ${name}: warning: the braille table ${braille.table} has no braille for ${what.join(', ')} [braille-replaced]\n`))
  }
  // When some of the page's formats were written, each failure names the formats it cost.
  const asked = formats.length + (edition ? 1 : 0)
  const partial = failures.length > 0 && failures.reduce((lost, failure) => lost + failure.formats.length, 0) < asked
  for (const {formats: lost, error} of failures) report(io, partial ? `${name}: ${lost.join(', ')}` : name, error, settings.debug)
  return {ok: failures.length === 0, ...(partial ? {partial} : {}), translated}
}

/** Render one format of a read page and write it: to its file (or numbered parts), or to stdout without -o. */
async function writeFormat(format: FormatName, result: ReadResult, input: Input, settings: Settings, io: Io): Promise<void> {
  const {extension, render} = outputFormats[format] as OutputFormat
  const rendered = await render(result, {
    dialect: settings.dialect,
    voice: settings.voice,
    engine: settings.engine,
    table: settings.table,
    cells: settings.cells,
    lines: settings.lines,
    titlePage: settings.titlePage,
    transcriber: settings.transcriber,
    interpoint: settings.interpoint,
    runningHead: settings.runningHead,
    threads: brailleThreads(settings),
    brf: settings.brf,
    speechEngine: settings.speechEngine,
    speechVoice: settings.speechVoice,
    speechRate: settings.speechRate,
    encoder: settings.encoder,
    readAlongAudio: settings.readAlongAudio,
    marksFor: settings.to.includes('opus') && !settings.to.includes('audio') ? 'opus' : 'mp3',
    stem: path.basename(input.stem)
  })
  const texts = typeof rendered === 'string' || rendered instanceof Uint8Array ? [rendered] : rendered
  if (settings.out === undefined && settings.outFile === undefined) {
    if (texts.length > 1) {
      throw new AltformatError(
        'invalid-option',
        `the ${format} output needs ${texts.length} parts for ${settings.dialect}'s request limit: ` +
          'name an output folder with -o DIR to get them as numbered files'
      )
    }
    const only = texts[0] ?? ''
    if (only instanceof Uint8Array) {
      throw new AltformatError('invalid-option', `the ${format} output is binary: write it to a file with -o (-o page${extension}, or a folder)`)
    }
    io.stdout(only)
    return
  }
  // One file, or numbered parts: <stem>.001.ssml, <stem>.002.ssml, …
  for (const [index, text] of texts.entries()) {
    const part = texts.length > 1 ? '.' + String(index + 1).padStart(3, '0') : ''
    await writeOutput(outputPath(settings, input, extension, part), text, settings.inputPaths)
  }
}

/**
 * Threads for a page's braille: a page rendered alone (on this, the main
 * thread) may use --jobs of them, up to the cores (four at most); a batch's
 * pages, on worker threads, already share the cores.
 */
function brailleThreads(settings: Settings): number {
  return isMainThread ? Math.min(settings.jobs, defaultThreads()) : 1
}

/**
 * A page's bytes, its size checked before it is read: a file over the limit is
 * refused from its size alone (a 1.9 GB file took 21 s and 2 GB to refuse),
 * and what is not a regular file (a FIFO, which would wait for a writer
 * forever; /dev/zero, which never ends) is not opened at all. The read stops
 * one byte past the limit in case the file grew meanwhile.
 */
export async function readPage(file: string, limit: number): Promise<Buffer> {
  const info = await stat(file)
  if (!info.isFile()) {
    throw new AltformatError('read-failed', `${file} is not a regular file (a device, a pipe or a socket): give a page saved as a file`, {file})
  }
  const tooLarge = (size: string) =>
    new AltformatError(
      'too-large',
      `${file} is ${size} bytes, over the limit of ${limit.toLocaleString('en')}: if it really is one article, raise the limit (--max-size in MB)`,
      {file}
    )
  if (info.size > limit) throw tooLarge(info.size.toLocaleString('en'))
  const handle = await open(file, 'r')
  try {
    const chunks: Buffer[] = []
    let length = 0
    for (;;) {
      const chunk = Buffer.alloc(Math.min(1 << 20, limit + 1 - length))
      const {bytesRead} = await handle.read(chunk, 0, chunk.length, null)
      if (bytesRead === 0) break
      chunks.push(chunk.subarray(0, bytesRead))
      length += bytesRead
      if (length > limit) throw tooLarge(`more than ${limit.toLocaleString('en')}`)
    }
    return Buffer.concat(chunks, length)
  } finally {
    await handle.close()
  }
}

/**
 * Remove the hidden temporaries of a page's outputs (and their numbered parts)
 * that a worker which died while writing them left behind. Never touches a
 * finished output: only names that writeOutput gives its temporaries.
 */
export async function removeTemporaries(input: Input, settings: Settings): Promise<void> {
  for (const format of settings.to) {
    const {extension} = outputFormats[format] as OutputFormat
    const target = outputPath(settings, input, extension)
    const folder = path.dirname(target)
    const base = path.basename(target, extension)
    const temporary = new RegExp(`^\\.${escapeRegExp(base)}(?:\\.\\d{3})?${escapeRegExp(extension)}\\.[0-9a-f]{12}\\.tmp$`)
    let names: string[]
    try {
      names = await readdir(folder)
    } catch {
      continue // No folder, no temporaries.
    }
    await Promise.all(names.filter((name) => temporary.test(name)).map((name) => rm(path.join(folder, name), {force: true})))
  }
}

/**
 * Write one output file atomically: into a hidden temporary file in the same
 * folder, then renamed over the target, so that an interrupted batch (Ctrl-C, a
 * crash, a full disk) never leaves a truncated file that looks complete. An
 * input of the batch is never the target (checked before the batch for every
 * name known then; here again for the numbered parts of a split format).
 */
export async function writeOutput(target: string, text: string | Uint8Array, inputPaths: Set<string> | undefined): Promise<void> {
  if (inputPaths?.has(await canonical(target))) {
    throw new AltformatError('would-overwrite', `${target} is one of the inputs: it was not written; name another output folder with -o`)
  }
  const temporary = path.join(path.dirname(target), `.${path.basename(target)}.${randomBytes(6).toString('hex')}.tmp`)
  try {
    await mkdir(path.dirname(target), {recursive: true})
    await writeFile(temporary, text, {flag: 'wx'})
    await rename(temporary, target)
  } catch (error) {
    // The temporary may not exist, or its folder may not (ENOTDIR): the write's own error is the one to report.
    await rm(temporary, {force: true}).catch(() => undefined)
    throw new AltformatError(
      'write-failed',
      `cannot write ${target} (${(error as NodeJS.ErrnoException).code ?? 'error'}): check that the output folder is writable and has room`,
      {cause: error}
    )
  }
}

/** One line per failed page, by name; a stack trace only with --debug. */
export function report(io: Pick<Io, 'stderr'>, name: string, error: unknown, debug: boolean): void {
  const say = (text: string) => io.stderr(printable(text))
  if (isAltformatError(error)) {
    const message = error.message.startsWith(name) ? error.message : `${name}: ${error.message}`
    say(`altformat: ${message} [${error.code}]\n`)
  } else if (typeof (error as NodeJS.ErrnoException | undefined)?.syscall === 'string') {
    // A system call's error (ENOENT, EACCES, EISDIR…): the page could not be read.
    // Node's own errors carry codes too (ERR_INVALID_ARG_TYPE): those are ours, reported as internal.
    const code = (error as NodeJS.ErrnoException).code
    say(`altformat: ${name}: cannot read it (${code}) [read-failed]\n`)
  } else {
    say(`altformat: ${name}: internal error: ${String((error as Error)?.message ?? error)} — please report it, with the page\n`)
  }
  if (debug && error instanceof Error && error.stack) say(error.stack + '\n')
}
