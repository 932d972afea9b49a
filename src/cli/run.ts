import {statSync} from 'node:fs'
import {availableParallelism} from 'node:os'
import {Command, CommanderError, Option} from 'commander'
// The command line loads what every run needs; the braille, HTML and audio renderers are loaded
// when a format asks for them (cold start: an SSML run does not load liblouis).
import {AltformatError, isAltformatError} from '../model/error.js'
import {brfProfiles, resolveBrf} from '../braille/embossers.js'
import {dialectNames} from '../speech/dialects.js'
import {findNativeEngine} from '../braille/native.js'
import type {DialectName, EngineKind, TranslatedArticle} from '../index.js'
import {runBatch} from './batch.js'
import {defaultFormats, editionFormats, formatNames, outputFormats} from './formats.js'
import type {FormatName, OutputFormat} from './formats.js'
import {expandInputs} from './inputs.js'
import {canonicalLang} from '../model/lang.js'
import {resolveSpeechOptions} from '../speech/options.js'
import {checkOutputs, editionPath} from './plan.js'
import {printable} from './printable.js'
import {report, writeOutput} from './render-page.js'
import {batchTemplate} from './template.js'
import {exitCodes} from './settings.js'
import type {Io, Settings} from './settings.js'

export {exitCodes} from './settings.js'
export type {Io, Settings} from './settings.js'

/** Run the command line; resolves to the exit status. */
export async function run(argv: string[], io: Io, version: string): Promise<number> {
  // Messages carry file names and options: never a control character to the terminal.
  const say = (text: string) => io.stderr(printable(text))
  let settings: Settings
  try {
    settings = parseArgs(argv, io, version)
    await checkBraille(settings)
  } catch (error) {
    if (error instanceof CommanderError) {
      // --help and --version exit 0; anything else is a usage error.
      return error.exitCode === 0 ? exitCodes.ok : exitCodes.usage
    }
    if (isAltformatError(error)) {
      say(`altformat: ${error.message}\n`)
      return exitCodes.usage
    }
    throw error
  }

  const {inputs, missing} = await expandInputs(settings.inputs, settings.pattern)
  const pages = inputs.length + missing.length
  for (const item of missing) say(`altformat: ${item.path}: ${item.reason}\n`)
  if (pages === 0) {
    say(`altformat: no pages found (looked for ${settings.pattern ?? '.txt, .text, .html, .htm, .xhtml files'})\n`)
    return exitCodes.someFailed
  }
  try {
    settings = placeOutput(settings, pages, inputs.some((input) => input.path === '-'))
    // Nothing is written before every output is known not to replace an input or another page's output.
    settings.inputPaths = await checkOutputs(inputs, settings)
    settings.siteTemplate = await batchTemplate(inputs, settings, io)
    if (settings.saveTemplate !== undefined) {
      if (!settings.siteTemplate) throw new AltformatError('invalid-option', `--save-template ${settings.saveTemplate}: there is no template to save (it is learned from two pages or more, without --no-template)`)
      await writeOutput(settings.saveTemplate, JSON.stringify(settings.siteTemplate, null, 1) + '\n', settings.inputPaths)
    }
  } catch (error) {
    if (!isAltformatError(error)) throw error
    say(`altformat: ${error.message}\n`)
    return exitCodes.usage
  }

  const {failed, partial, done, translated, workers} = await runBatch(inputs, settings, io)
  const written = done - failed
  if (io.signal?.aborted) {
    say(`altformat: interrupted: rendered ${written} of ${pages} pages${settings.out === undefined ? '' : ` to ${settings.out}`}; the others were not started, and no file was left half-written\n`)
    return exitCodes.interrupted
  }
  const editionFailed = settings.bundle ? !(await writeEdition(inputs.map((input) => translated.get(input.path)), settings, say)) : false
  const failures = missing.length + failed
  if ((settings.out !== undefined || settings.outFile !== undefined) && !settings.quiet) {
    const threads = settings.verbose && workers > 0 ? ` on ${workers} worker thread${workers === 1 ? '' : 's'} (of --jobs ${settings.jobs})` : ''
    say(`altformat: rendered ${pages - failures} of ${pages} pages to ${settings.outFile ?? settings.out}${threads}${failures ? `; ${failures} failed` : ''}${partial ? ` (${partial} in part: ${partial === 1 ? 'its' : 'their'} other formats written)` : ''}\n`)
  }
  return failures > 0 || editionFailed ? exitCodes.someFailed : exitCodes.ok
}

/**
 * `--bundle`: the braille edition of the pages that were translated, in the
 * order they were given, written once they are all done. Pages that failed are
 * already reported and are left out; the edition is made of the rest.
 * Resolves to whether it was written.
 */
async function writeEdition(pages: Array<TranslatedArticle | undefined>, settings: Settings, say: (text: string) => void): Promise<boolean> {
  const bundle = settings.bundle as NonNullable<Settings['bundle']>
  const articles = pages.filter((page): page is TranslatedArticle => page !== undefined)
  if (articles.length === 0) {
    say(`altformat: the braille edition ${bundle.name} was not written: no page was translated [no-article]\n`)
    return false
  }
  const written: string[] = []
  try {
    const {toBrailleEdition} = await import('../braille/edition.js')
    const edition = toBrailleEdition(articles, {
      title: bundle.title,
      transcriber: settings.transcriber,
      volumePages: bundle.volumePages,
      engine: settings.engine,
      table: settings.table,
      cells: settings.cells,
      lines: settings.lines,
      interpoint: settings.interpoint
    })
    for (const format of settings.to.filter((name) => editionFormats.includes(name))) {
      const {extension, edition: write} = outputFormats[format] as OutputFormat
      const texts = write?.(edition, {dialect: settings.dialect, brf: settings.brf}) ?? []
      const files = typeof texts === 'string' ? [texts] : texts
      for (const [index, text] of files.entries()) {
        const target = editionPath(settings, extension, files.length > 1 ? index + 1 : undefined)
        await writeOutput(target, text, settings.inputPaths)
        written.push(target)
      }
    }
    const pagesOf = edition.volumes.reduce((sum, volume) => sum + volume.pages.length, 0)
    if (!settings.quiet) {
      say(
        `altformat: braille edition “${bundle.title}”: ${articles.length} article${articles.length === 1 ? '' : 's'} in ${edition.volumes.length} volume${edition.volumes.length === 1 ? '' : 's'}, ${pagesOf} braille pages: ${written.join(', ')}\n`
      )
    }
    return true
  } catch (error) {
    report({stderr: say}, bundle.name, error, settings.debug)
    return false
  }
}

/**
 * Where the output goes. One page in one format: standard output. `-o` naming a
 * file of a format (`-o page.ssml`, as pandoc takes it): that file, for one page.
 * Otherwise a folder: `-o DIR`, or the current folder for files. Standard input
 * in several formats has no name to give the files: say so rather than write
 * `stdin.*` into the current folder.
 */
function placeOutput(settings: Settings, pages: number, stdin: boolean): Settings {
  const {out} = settings
  if (settings.bundle) {
    if (out === '-' || (out !== undefined && formatOfFile(out) !== undefined)) {
      throw new AltformatError('invalid-option', `--bundle writes its edition into a folder: give -o a folder, not ${out}`)
    }
    return {...settings, out: out ?? '.'}
  }
  // `-o -` is standard output, as in most tools; it was once a folder named "-".
  if (out === '-') {
    if (pages === 1 && settings.to.length === 1) return {...settings, out: undefined}
    throw new AltformatError(
      'invalid-option',
      `-o - is standard output, which holds one page in one format, not ${pages} page${pages === 1 ? '' : 's'} in ${settings.to.join(',')}: give -o a folder`
    )
  }
  if (out === undefined) {
    if (pages === 1 && settings.to.length === 1) return settings
    if (stdin) {
      throw new AltformatError(
        'invalid-option',
        `standard input in ${settings.to.length} formats needs an output folder: add -o DIR, or choose one format with --to (it then goes to standard output)`
      )
    }
    return {...settings, out: '.'}
  }
  const format = formatOfFile(out)
  if (format === undefined) return settings
  if (pages > 1) {
    throw new AltformatError('invalid-option', `-o ${out} names one ${format} file, but there are ${pages} pages: give -o a folder`)
  }
  if (settings.toGiven && (settings.to.length !== 1 || settings.to[0] !== format)) {
    throw new AltformatError('invalid-option', `-o ${out} names a ${format} file, but --to asks for ${settings.to.join(',')}: give -o a folder, or --to ${format}`)
  }
  return {...settings, out: undefined, outFile: out, to: [format]}
}

/** The format whose extension ends `file` (the longest that fits), unless `file` is a folder. */
function formatOfFile(file: string): FormatName | undefined {
  try {
    if (statSync(file).isDirectory()) return undefined
  } catch {
    // Not there yet: its name decides.
  }
  const lower = file.toLowerCase()
  let best: FormatName | undefined
  for (const name of formatNames) {
    const {extension} = outputFormats[name] as OutputFormat
    if (lower.endsWith(extension) && (best === undefined || extension.length > (outputFormats[best] as OutputFormat).extension.length)) best = name
  }
  return best
}

function parseArgs(argv: string[], io: Io, version: string): Settings {
  const program = new Command()
    .name('altformat')
    .description(
      'Turn news articles into accessible alternate formats from one document model.\n' +
        'Reads pages as scraped text or HTML; writes one file per format and page.'
    )
    .argument('<input...>', 'pages to read: files, folders (read recursively) or - for standard input')
    .option('-o, --out <path>', 'output folder, or for one page a file whose extension names its format (default: standard output for one page in one format, else the current folder)')
    .addOption(
      new Option('-t, --to <formats>', `output formats, comma-separated (${formatNames.join(', ')})`).default(
        defaultFormats.join(',')
      )
    )
    .option('--pattern <glob>', 'which files to take from folders, by name (default: *.txt, *.text, *.html, *.htm, *.xhtml)')
    .option('-j, --jobs <n>', `pages rendered at once, on worker threads; for a single long page, the threads that translate its braille (default: ${availableParallelism()}, the cores here)`, (value) => number('--jobs', value))
    .option('-q, --quiet', 'no progress bar and no summary; errors only', false)
    .option('--max-size <MB>', 'largest page to read, in megabytes (default: 10)', (value) => number('--max-size', value))
    .option('--max-memory <MB>', `heap of each worker thread of a batch, in megabytes: a page that needs more fails alone (default: ${defaultWorkerMemory})`, (value) =>
      number('--max-memory', value)
    )
    .addOption(new Option('-f, --from <reader>', 'input reader').choices(['text', 'html', 'auto']).default('auto'))
    .addOption(new Option('--dialect <engine>', 'SSML dialect of the ssml format').choices([...dialectNames]).default('w3c'))
    .option('--voice <name>', 'Azure voice of the azure dialect (default: the page\'s language\'s voice, en-US-JennyNeural for English)')
    .addOption(
      new Option('--engine <engine>', 'braille engine: wasm (liblouis 3.2.0 from npm, the same everywhere), native (the system\'s liblouis), auto (native if 3.20 or later)')
        .choices(['wasm', 'native', 'auto'])
        .default('wasm')
    )
    .option('--table <name>', 'braille table: ueb-g2, ueb-g1, ebae-g2, ebae-g1, or a liblouis table file (default: the table for the page\'s language, ueb-g2 for English)')
    .option('--cells <n>', 'braille cells per line (default: 40)', (value) => number('--cells', value))
    .option('--lines <n>', 'braille lines per page, the last holding the page number (default: 25)', (value) => number('--lines', value))
    .option('--title-page', 'open the braille with a title page (t1): title, byline, source, date, copyright notice, page range', false)
    .option('--transcriber <name>', 'the name on the title page\'s "Transcribed by" line (implies --title-page)')
    .option('--embosser <profile>', `how the BRF is written: ${Object.keys(brfProfiles).join(', ')} (default: standard)`, 'standard')
    .addOption(new Option('--line-end <end>', 'BRF line ends, over the profile\'s').choices(['crlf', 'lf']))
    .option('--ctrl-z', 'end the BRF with Ctrl-Z, over the profile')
    .option('--lower-case', 'BRF in lower-case braille ASCII, over the profile')
    .option('--no-padding', 'no blank lines to fill a BRF page, over the profile')
    .option('--interpoint', 'PEF for both sides of the sheet (duplex); the text starts on a right-hand page; the BRF is the same', false)
    .option('--running-head', 'braille: a running head of the headline, centred on line 1 of every page but the first', false)
    // Words of their own option: an optional value (`--running-head [words]`) took the next input file as the head's words.
    .option('--running-head-words <words>', 'the running head\'s words, instead of the headline (implies --running-head)')
    .addOption(new Option('--speech-engine <engine>', 'narration (--to audio,marks): eSpeak NG native (the system\'s library), wasm (from npm) or auto (native if installed)').choices(['native', 'wasm', 'auto']).default('auto'))
    .option('--speech-voice <name>', 'narration: the eSpeak NG voice (en-gb, ru…); default: the voice for the page\'s language')
    .option('--speech-rate <wpm>', 'narration: words per minute, 80 to 450 (default: 175)', (value) => number('--speech-rate', value))
    .addOption(new Option('--encoder <encoder>', 'MP3 encoder: lame (Debian\'s, fast), lamejs (npm), auto (lame if installed)').choices(['lame', 'lamejs', 'auto']).default('auto'))
    .addOption(new Option('--readalong-audio <where>', 'the read-along page\'s audio: embed (inside the page) or link (the page\'s .mp3 beside it: add audio to --to)').choices(['embed', 'link']).default('embed'))
    .option('--bundle <name>', 'one braille edition of all the pages: <name>.brf, <name>.pef (volumes, title and contents pages, each article on a new page)')
    .option('--bundle-title <words>', "the edition's title on its title pages (default: the --bundle name)")
    .option('--volume-pages <n>', 'braille pages of text per volume of an edition before a new volume starts, at an article (default: 70)', (value) => number('--volume-pages', value))
    .option('--lang <tag>', 'language of pages that do not declare one (BCP 47); text pages default to en')
    .option('--no-template', 'read each page of a batch on its own, without the site template learned from the batch (blocks repeated on a tenth of the pages)')
    .option('--template <file>', 'read every page with this saved site template (from --save-template or learnTemplate) instead of learning one')
    .option('--save-template <file>', "save the batch's site template as JSON, to read later pages of the site with --template")
    .option('--verbose', 'print every repair and decision the reader made, with positions', false)
    .option('--debug', 'print stack traces of errors', false)
    // The version names the system's liblouis, which is looked for only when the version is asked.
    .version(argv.some((arg) => arg === '--version' || arg === '-V') ? versionText(version) : version, '-V, --version')
    .addHelpText(
      'after',
      '\nFormats:\n' +
        formatNames.map((name) => `  ${name.padEnd(8)} <stem>${outputFormats[name].extension}  ${outputFormats[name].description}`).join('\n') +
        '\n\nExit status: 0 all pages rendered, 1 some pages failed, 2 usage error (nothing written), 130 interrupted.\n' +
        '\nExamples:\n  altformat page.txt --to outline\n  altformat page.html -o page.ssml --dialect polly\n  altformat pages/ -o out\n  altformat pages/ -o audio --to ssml,script --dialect polly\n  curl -s URL | altformat - --from html --to json > page.json\n'
    )
    .exitOverride()
    .configureOutput({writeOut: io.stdout, writeErr: (text) => io.stderr(printable(text))})
    .showHelpAfterError('(run altformat --help for usage)')

  program.parse(argv, {from: 'user'})
  const options = program.opts<{
    out?: string
    to: string
    from: Settings['from']
    lang?: string
    dialect: DialectName
    voice?: string
    engine: EngineKind
    table?: string
    cells?: number
    lines?: number
    titlePage: boolean
    transcriber?: string
    interpoint: boolean
    runningHead: boolean
    runningHeadWords?: string
    speechEngine: 'native' | 'wasm' | 'auto'
    speechVoice?: string
    speechRate?: number
    encoder: 'lame' | 'lamejs' | 'auto'
    readalongAudio: 'embed' | 'link'
    bundle?: string
    bundleTitle?: string
    volumePages?: number
    embosser: string
    lineEnd?: 'crlf' | 'lf'
    ctrlZ?: boolean
    lowerCase?: boolean
    padding: boolean
    pattern?: string
    maxSize?: number
    maxMemory?: number
    jobs?: number
    template: boolean | string
    saveTemplate?: string
    quiet: boolean
    verbose: boolean
    debug: boolean
  }>()
  if (options.lang !== undefined && canonicalLang(options.lang) === undefined) {
    throw new AltformatError('invalid-option', `--lang “${options.lang}” is not a language tag: use one such as en, ru or en-GB`)
  }
  const toGiven = program.getOptionValueSource('to') === 'cli'
  // An edition is braille: without --to, its BRF and PEF.
  const to = (options.bundle !== undefined && !toGiven ? 'brf,pef' : options.to)
    .split(',')
    .map((name) => name.trim())
    .filter(Boolean)
  if (to.length === 0) throw new AltformatError('invalid-option', `--to needs at least one format: choose from ${formatNames.join(', ')}`)
  for (const name of to) {
    if (!(formatNames as string[]).includes(name)) {
      throw new AltformatError('invalid-option', `unknown format “${name}” in --to: choose from ${formatNames.join(', ')}`)
    }
  }
  if (options.pattern !== undefined) checkPattern(options.pattern)
  const bundle = bundleSettings(options, to)
  if (options.speechRate !== undefined && (options.speechRate < 80 || options.speechRate > 450)) {
    throw new AltformatError('invalid-option', `--speech-rate takes words per minute from 80 to 450 (175 is usual), not ${options.speechRate}`)
  }
  // A bad voice would fail every page of the batch, as bad braille options would.
  if (options.voice !== undefined) resolveSpeechOptions({dialect: options.dialect, voice: options.voice})
  // More workers than cores only costs memory (each loads altformat and liblouis).
  if (options.jobs !== undefined && (options.jobs < 1 || options.jobs > maxJobs)) {
    throw new AltformatError('invalid-option', `--jobs takes 1 to ${maxJobs} (four per core here), not ${options.jobs}`)
  }
  if (options.maxMemory !== undefined && (!Number.isInteger(options.maxMemory) || options.maxMemory < 64 || options.maxMemory > 65_536)) {
    throw new AltformatError('invalid-option', `--max-memory takes a whole number of megabytes from 64 to 65536, not ${options.maxMemory}`)
  }
  return {
    inputs: program.args,
    out: options.out,
    to: [...new Set(to)] as FormatName[],
    toGiven,
    from: options.from,
    lang: options.lang,
    dialect: options.dialect,
    voice: options.voice,
    engine: options.engine,
    table: options.table,
    cells: options.cells,
    lines: options.lines,
    titlePage: options.titlePage || options.transcriber !== undefined,
    transcriber: options.transcriber,
    interpoint: options.interpoint,
    runningHead: options.runningHeadWords ?? options.runningHead,
    bundle,
    speechEngine: options.speechEngine,
    speechVoice: options.speechVoice,
    speechRate: options.speechRate,
    encoder: options.encoder,
    readAlongAudio: options.readalongAudio,
    brf: resolveBrf(options.embosser, {
      lineEnd: options.lineEnd,
      ctrlZ: options.ctrlZ,
      case: options.lowerCase ? 'lower' : undefined,
      pad: program.getOptionValueSource('padding') === 'cli' ? options.padding : undefined
    }),
    pattern: options.pattern,
    maxBytes: options.maxSize === undefined ? undefined : options.maxSize * 1024 * 1024,
    jobs: options.jobs ?? availableParallelism(),
    workerMemory: options.maxMemory ?? defaultWorkerMemory,
    useTemplate: options.template !== false,
    templateFile: typeof options.template === 'string' ? options.template : undefined,
    saveTemplate: options.saveTemplate,
    verbose: options.verbose,
    quiet: options.quiet,
    debug: options.debug
  }
}

const maxJobs = 4 * availableParallelism()

/** `--bundle`, checked: a plain file name, a braille format to write, a volume size that holds a page. */
function bundleSettings(options: {bundle?: string; bundleTitle?: string; volumePages?: number; runningHead: boolean; runningHeadWords?: string}, to: string[]): Settings['bundle'] {
  if (options.bundle === undefined) {
    for (const [given, flag] of [[options.bundleTitle, '--bundle-title'], [options.volumePages, '--volume-pages']] as const) {
      if (given !== undefined) throw new AltformatError('invalid-option', `${flag} is for a braille edition: add --bundle NAME`)
    }
    return undefined
  }
  const name = options.bundle.trim()
  if (name === '' || name === '.' || name === '..' || /[/\\\u0000-\u001F]/.test(name)) {
    throw new AltformatError('invalid-option', `--bundle “${options.bundle}” is not a file name: give a name such as digest (the edition is written as digest.brf, digest.pef in the -o folder)`)
  }
  if (!to.some((format) => editionFormats.includes(format as FormatName))) {
    throw new AltformatError('invalid-option', `--bundle makes a braille edition, but --to asks for no braille: add ${editionFormats.join(', ')} to --to`)
  }
  if (options.volumePages !== undefined && options.volumePages < 1) {
    throw new AltformatError('invalid-option', '--volume-pages takes a whole number of pages from 1')
  }
  // Each article of an edition carries its own headline as a running head.
  if (options.runningHeadWords !== undefined) {
    throw new AltformatError('invalid-option', "--running-head-words is one head for one article; an edition's articles each have their own headline as a running head")
  }
  return {name, title: options.bundleTitle?.trim() || name, volumePages: options.volumePages}
}

/** Megabytes of heap per worker: a 10 MB article renders in every format within it. */
const defaultWorkerMemory = 1024

/** A glob whose braces do not pair (`{a`, `a}`) is a usage error, not a regular expression that throws. */
function checkPattern(pattern: string): void {
  let open = 0
  for (const char of pattern) {
    if (char === '{') open++
    else if (char === '}' && --open < 0) break
  }
  if (open !== 0 || pattern.includes('{{') || pattern.trim() === '') {
    throw new AltformatError('invalid-option', `--pattern “${pattern}” is not a file-name glob: use *, ? and {a,b} with its braces paired, e.g. '*.{txt,html}'`)
  }
}

function number(option: string, value: string): number {
  const parsed = Number(value)
  if (!/^\d+$/.test(value) || !Number.isSafeInteger(parsed)) {
    throw new AltformatError('invalid-option', `${option} takes a whole number, not “${value}”`)
  }
  return parsed
}

/**
 * Bad braille geometry, a missing engine or a bad table would fail every page
 * of a batch: said once, before it starts, as a usage error. The braille
 * modules are loaded for that only when braille is asked for or configured.
 */
async function checkBraille(settings: Settings): Promise<void> {
  const braille = settings.to.some((name) => (outputFormats[name] as OutputFormat).braille) || settings.bundle !== undefined
  if (!braille && settings.table === undefined && settings.cells === undefined && settings.lines === undefined) return
  const {checkBrailleOptions, selectEngine} = await import('../braille/to-braille.js')
  const {resolveTable} = await import('../braille/tables.js')
  checkBrailleOptions({cells: settings.cells, lines: settings.lines})
  // The wasm build is always there: it is loaded (≈ 0.3 s) only to check a table,
  // since in a batch it is the workers, not this thread, that translate.
  if ((braille && settings.engine !== 'wasm') || settings.table !== undefined) {
    const engine = selectEngine(settings.engine)
    if (settings.table !== undefined) resolveTable(settings.table, engine)
  }
}

/** `--version`: altformat's, and the braille engines': the one in the package and the system's, if any. */
function versionText(version: string): string {
  const native = findNativeEngine()
  return (
    `altformat ${version}\n` +
    'braille engines: wasm: liblouis 3.2.0 (npm liblouis-build); ' +
    (native ? `native: liblouis ${native.version} (--engine native or auto)` : 'native: none found (apt-get install liblouis20, brew install liblouis)')
  )
}
