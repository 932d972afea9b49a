import {constants, copyFileSync, existsSync, mkdtempSync, realpathSync, rmSync} from 'node:fs'
import {createRequire} from 'node:module'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {isMainThread} from 'node:worker_threads'
import {AltformatError} from './error.js'

/** Folders a bare library name is looked for in, to find its file. */
const libraryFolders = ['/usr/lib/x86_64-linux-gnu', '/usr/lib/aarch64-linux-gnu', '/usr/lib64', '/usr/lib', '/usr/local/lib', '/opt/homebrew/lib', '/opt/local/lib']

/** The real file of a shared library, by absolute path or by a bare name in the usual folders. */
export function locate(name: string): string | undefined {
  const file = path.isAbsolute(name) ? name : libraryFolders.map((folder) => path.join(folder, name)).find((candidate) => existsSync(candidate))
  return file && existsSync(file) ? realpathSync(file) : undefined
}

/**
 * liblouis and eSpeak NG keep their state in process-wide statics: two threads
 * calling one library crash it (measured with liblouis: a segmentation fault
 * with two jobs). A worker thread loads a copy of its own — a different file is
 * a different library to the loader, with its own statics — and removes the
 * file once it is mapped. `variable` is the environment variable that names
 * the library, for the message when its file cannot be found.
 */
export function privateCopy(file: string | undefined, name: string, variable: string): string {
  if (!file) {
    throw new AltformatError('invalid-option', `Cannot find the file of ${name} to give each worker its own copy: set ${variable} to it, or use --jobs 1`)
  }
  // A folder only this process can know and write (mkdtemp: random name, mode
  // 0700), and a copy that never follows or replaces what is there: a fixed
  // name in /tmp once followed a planted symlink and overwrote its target.
  const folder = mkdtempSync(path.join(tmpdir(), 'altformat-lib-'))
  const copy = path.join(folder, path.basename(file))
  copyFileSync(file, copy, constants.COPYFILE_EXCL)
  setTimeout(() => rmSync(folder, {recursive: true, force: true}), 0)
  return copy
}

/** koffi, the optional FFI dependency both native engines load libraries with; undefined when it is not installed. */
export function requireKoffi<Koffi>(): Koffi | undefined {
  try {
    return createRequire(import.meta.url)('koffi') as Koffi
  } catch {
    return undefined
  }
}

/**
 * The path to load a library from in this thread: its file (or, in the main
 * thread, its bare name for the loader to find), and in a worker thread a
 * private copy (see `privateCopy`).
 */
export function loadPath(file: string | undefined, name: string, variable: string): string {
  return isMainThread ? (file ?? name) : privateCopy(file, name, variable)
}
