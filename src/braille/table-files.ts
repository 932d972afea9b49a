import {closeSync, openSync, readSync, statSync} from 'node:fs'
import path from 'node:path'
import {AltformatError} from '../model/error.js'

/**
 * The largest table file read: the largest liblouis ships (zh-tw.ctb) is
 * 1.4 MB; a table larger than this is not one a transcriber wrote.
 */
const maxTableBytes = 16 * 1024 * 1024

/** How deep includes may go: liblouis' own tables go four or five deep. */
const maxIncludeDepth = 32

/**
 * A native liblouis follows a table's `include` lines wherever they point: a
 * table that includes itself recursed until it crashed the process (a
 * segmentation fault), `include /dev/zero` or a FIFO read forever, and a bare
 * name was looked for in the current folder first. So before liblouis sees a
 * table list, each table and everything it includes is found here — a bare
 * name only in the table folders, an include beside its including table or in
 * the table folders — and checked to be a regular file of sane size, with no
 * cycle. What liblouis gets is the list of absolute paths, so it never looks
 * anywhere else for the tables named. Undefined when a table of the list is in
 * none of the folders.
 *
 * @throws {AltformatError} `invalid-option`, naming the table and the include chain.
 */
export function checkTableList(list: string, folders: readonly string[]): string | undefined {
  const checked = new Set<string>()
  const resolved: string[] = []
  for (const name of list.split(',')) {
    const file = findTable(name, undefined, folders)
    if (!file) return undefined
    checkFile([{name, file}], folders, checked)
    resolved.push(file)
  }
  return resolved.join(',')
}

function findTable(name: string, base: string | undefined, folders: readonly string[]): string | undefined {
  if (path.isAbsolute(name)) return exists(name) ? name : undefined
  const places = base ? [path.dirname(base), ...folders] : folders
  for (const folder of places) {
    const file = path.resolve(folder, name)
    if (exists(file)) return file
  }
  return undefined
}

function exists(file: string): boolean {
  try {
    statSync(file)
    return true
  } catch {
    return false
  }
}

/** One step of an include chain: the name as written, the file it found. */
interface Link {
  name: string
  file: string
}

function checkFile(chain: Link[], folders: readonly string[], checked: Set<string>): void {
  const {file} = chain[chain.length - 1] as Link
  if (checked.has(file)) return
  const named = chain.map((link) => link.name).join(' → ')
  if (chain.length > maxIncludeDepth) {
    throw new AltformatError('invalid-option', `The braille table ${chain[0]?.name} includes tables more than ${maxIncludeDepth} deep (${named}): liblouis would not finish loading it`)
  }
  const stat = statSync(file)
  if (!stat.isFile()) {
    throw new AltformatError('invalid-option', `The braille table ${named} is not a regular file (a device, a pipe or a folder): liblouis would read it forever`)
  }
  if (stat.size > maxTableBytes) {
    throw new AltformatError(
      'invalid-option',
      `The braille table ${named} is ${stat.size.toLocaleString('en')} bytes, more than a table can be (${maxTableBytes.toLocaleString('en')})`
    )
  }
  for (const include of includes(readBounded(file, stat.size))) {
    const target = findTable(include, file, folders)
    if (!target) {
      throw new AltformatError('invalid-option', `The braille table ${named} includes ${include}, which is neither beside it nor in the table folders`)
    }
    if (chain.some((link) => link.file === target)) {
      throw new AltformatError('invalid-option', `The braille table ${named} includes ${include}, which includes it again: liblouis would recurse until it crashed`)
    }
    checkFile([...chain, {name: include, file: target}], folders, checked)
  }
  checked.add(file)
}

function readBounded(file: string, size: number): string {
  const buffer = Buffer.alloc(size)
  const fd = openSync(file, 'r')
  try {
    let read = 0
    while (read < size) {
      const count = readSync(fd, buffer, read, size - read, read)
      if (count === 0) break
      read += count
    }
    return buffer.toString('utf8', 0, read)
  } finally {
    closeSync(fd)
  }
}

/** The file names a table's `include` lines name. */
function includes(text: string): string[] {
  const names: string[] = []
  for (const line of text.split('\n')) {
    const match = /^\s*include\s+(\S+)/.exec(line)
    if (match?.[1]) names.push(match[1])
  }
  return names
}
