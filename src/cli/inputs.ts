import {readdir, stat} from 'node:fs/promises'
import path from 'node:path'

/** One page to render: a file, or standard input. */
export interface Input {
  /** The path as given or found; `-` for standard input. */
  path: string
  /** The output name without extension, relative to the output folder. */
  stem: string
}

/** Extensions of pages picked up when a folder is given. */
export const pageExtensions = ['.txt', '.text', '.html', '.htm', '.xhtml']

/**
 * Expand the command line's inputs: files as they are, folders recursively
 * (pages with a known extension, in sorted order), `-` for standard input.
 * A path that does not exist is returned as an error to report, not thrown, so
 * that the rest of the batch still renders.
 */
export async function expandInputs(
  args: string[],
  pattern?: string
): Promise<{inputs: Input[]; missing: Array<{path: string; reason: string}>}> {
  const take = pattern ? globToRegExp(pattern) : undefined
  const inputs: Input[] = []
  const missing: Array<{path: string; reason: string}> = []
  for (const arg of args) {
    if (arg === '-') {
      inputs.push({path: '-', stem: 'stdin'})
      continue
    }
    let info
    try {
      info = await stat(arg)
    } catch (error) {
      missing.push({path: arg, reason: (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file or folder' : String((error as Error).message)})
      continue
    }
    if (info.isDirectory()) {
      for (const file of await walk(arg, take, missing)) {
        const relative = path.relative(arg, file)
        inputs.push({path: file, stem: stripExtension(relative)})
      }
    } else {
      inputs.push({path: arg, stem: stripExtension(path.basename(arg))})
    }
  }
  return {inputs: distinctStems(dedupe(inputs)), missing}
}

/** The same file named twice (`a.txt ./a.txt`, or a file inside a folder also given) is one page. */
function dedupe(inputs: Input[]): Input[] {
  const seen = new Set<string>()
  return inputs.filter((input) => {
    if (input.path === '-') return true
    const key = path.resolve(input.path)
    if (seen.has(key)) return false
    seen.add(key)
    return true
  })
}

/**
 * Give every page its own output name. Pages whose stems collide (`a/x.txt` and
 * `b/x.txt` both want `x`) mirror their folders instead, relative to the folder
 * the colliding pages share (`a/x`, `b/x`); pages that still collide, being
 * in one folder (`x.txt`, `x.html`), keep their extension (`x.txt.json`).
 * Stems compare without case, as on the file systems of macOS and Windows.
 */
function distinctStems(inputs: Input[]): Input[] {
  const files = inputs.filter((input) => input.path !== '-')
  for (const group of collisions(files)) {
    const ancestor = commonFolder(group.map((input) => path.resolve(input.path)))
    for (const input of group) input.stem = stripExtension(path.relative(ancestor, path.resolve(input.path)))
  }
  for (const group of collisions(files)) {
    for (const input of group) input.stem += path.extname(input.path)
  }
  return inputs
}

function collisions(inputs: Input[]): Input[][] {
  const groups = new Map<string, Input[]>()
  for (const input of inputs) {
    const key = input.stem.toLowerCase()
    groups.set(key, [...(groups.get(key) ?? []), input])
  }
  return [...groups.values()].filter((group) => group.length > 1)
}

/** The deepest folder holding every one of these absolute file paths. */
function commonFolder(files: string[]): string {
  const [first = [], ...rest] = files.map((file) => path.dirname(file).split(path.sep))
  let length = first.length
  for (const parts of rest) {
    let i = 0
    while (i < length && i < parts.length && parts[i] === first[i]) i++
    length = i
  }
  return first.slice(0, length).join(path.sep) || path.sep
}

/** The pages under a folder; a subfolder that cannot be read is reported in `missing`, and the rest is still walked. */
async function walk(folder: string, take: RegExp | undefined, missing: Array<{path: string; reason: string}>): Promise<string[]> {
  const out: string[] = []
  let entries
  try {
    entries = await readdir(folder, {withFileTypes: true})
  } catch (error) {
    missing.push({path: folder, reason: `cannot read this folder (${(error as NodeJS.ErrnoException).code ?? 'error'}): its pages were skipped`})
    return out
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
  for (const entry of entries) {
    if (entry.name.startsWith('.')) continue
    const full = path.join(folder, entry.name)
    if (entry.isDirectory()) for (const file of await walk(full, take, missing)) out.push(file)
    else if (entry.isFile() && (take ? take.test(entry.name) : pageExtensions.includes(path.extname(entry.name).toLowerCase()))) out.push(full)
  }
  return out
}

function stripExtension(name: string): string {
  const ext = path.extname(name)
  return ext ? name.slice(0, -ext.length) : name
}

/** A file-name glob (`*.html`, `page-??.txt`, `*.{txt,html}`) as a regular expression. */
function globToRegExp(glob: string): RegExp {
  let source = ''
  for (const char of glob) {
    if (char === '*') source += '[^/]*'
    else if (char === '?') source += '[^/]'
    else if (char === '{') source += '(?:'
    else if (char === '}') source += ')'
    else if (char === ',') source += '|'
    else source += char.replace(/[.+^$()|[\]\\]/g, '\\$&')
  }
  return new RegExp(`^${source}$`, 'i')
}
