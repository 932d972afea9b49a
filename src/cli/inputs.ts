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
      for (const file of await walk(arg, take)) {
        const relative = path.relative(arg, file)
        inputs.push({path: file, stem: stripExtension(relative)})
      }
    } else {
      inputs.push({path: arg, stem: stripExtension(path.basename(arg))})
    }
  }
  // Two pages with the same stem ("a.txt", "a.html") keep their extension in the name.
  const counts = new Map<string, number>()
  for (const input of inputs) counts.set(input.stem, (counts.get(input.stem) ?? 0) + 1)
  for (const input of inputs) {
    if ((counts.get(input.stem) ?? 0) > 1 && input.path !== '-') {
      input.stem = input.stem + path.extname(input.path)
    }
  }
  return {inputs, missing}
}

async function walk(folder: string, take: RegExp | undefined): Promise<string[]> {
  const out: string[] = []
  const entries = await readdir(folder, {withFileTypes: true})
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
  for (const entry of entries) {
    if (entry.name.startsWith('.')) continue
    const full = path.join(folder, entry.name)
    if (entry.isDirectory()) for (const file of await walk(full, take)) out.push(file)
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
