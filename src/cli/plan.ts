import {open, realpath} from 'node:fs/promises'
import path from 'node:path'
import {AltformatError} from '../model/error.js'
import {editionFormats, outputFormats, pageFormats} from './formats.js'
import type {OutputFormat} from './formats.js'
import type {Input} from './inputs.js'
import type {Settings} from './settings.js'

/**
 * Where a page's format goes: `<out>/<stem><extension>`, or the one file `-o`
 * named. `part` numbers the files of a format split into several (`.001`).
 */
export function outputPath(settings: Settings, input: Input, extension: string, part = ''): string {
  if (settings.outFile !== undefined) {
    if (!part) return settings.outFile
    const base = settings.outFile.endsWith(extension) ? settings.outFile.slice(0, -extension.length) : settings.outFile
    return base + part + extension
  }
  return path.join(settings.out ?? '.', input.stem + part + extension)
}

/** Where a braille edition's file goes: `<out>/<name><extension>`, or `<name>.vol2<extension>` for a volume of several. */
export function editionPath(settings: Settings, extension: string, volume?: number): string {
  return path.join(settings.out ?? '.', `${settings.bundle?.name ?? 'edition'}${volume === undefined ? '' : `.vol${volume}`}${extension}`)
}

/** A file's path with its links resolved, or the absolute path of one that does not exist yet. */
export async function canonical(file: string): Promise<string> {
  try {
    return await realpath(file)
  } catch {
    // Not there yet: its folder may still be a link.
    try {
      return path.join(await realpath(path.dirname(file)), path.basename(file))
    } catch {
      return path.resolve(file)
    }
  }
}

// HTML that altformat wrote says so; any other HTML file is somebody's page.
const generatorMark = '<meta name="generator" content="altformat'

/**
 * Check, before anything is written, that the batch loses no file: no output is
 * one of the batch's inputs (or a numbered part of one), no two pages write the
 * same file, and no HTML page that altformat did not write is replaced.
 * Resolves to the canonical paths of the inputs, which the writers refuse too
 * (a format split into parts has names known only once it is rendered).
 *
 * @throws {AltformatError} `would-overwrite`, naming both paths.
 */
export async function checkOutputs(inputs: Input[], settings: Settings): Promise<Set<string>> {
  const files = inputs.filter((input) => input.path !== '-')
  const protectedPaths = new Map<string, string>()
  for (const input of files) protectedPaths.set(await canonical(input.path), input.path)
  if (settings.out === undefined && settings.outFile === undefined) return new Set(protectedPaths.keys())

  // Inputs named like a numbered part (`x.001.ssml`), by the name of the output they would be a part of (`x.ssml`).
  const partBases = new Map<string, string>()
  for (const [key, inputPath] of protectedPaths) {
    const base = key.replace(/\.\d{3}(\.[^./\\]+)$/, '$1')
    if (base !== key) partBases.set(base, inputPath)
  }
  const writers = new Map<string, string>()
  // The edition's files (one volume's names; the numbered volumes' are checked as they are written).
  for (const format of settings.bundle ? settings.to.filter((name) => editionFormats.includes(name)) : []) {
    const target = editionPath(settings, (outputFormats[format] as OutputFormat).extension)
    const clobbered = protectedPaths.get(await canonical(target))
    if (clobbered !== undefined) {
      throw new AltformatError('would-overwrite', `the ${format} edition ${target} would overwrite the input ${clobbered}: nothing was written; choose another --bundle name or -o folder`)
    }
    writers.set((await canonical(target)).toLowerCase(), `the --bundle edition`)
  }
  for (const input of inputs) {
    for (const format of pageFormats(settings.to, settings.bundle)) {
      const {extension, parts} = outputFormats[format] as OutputFormat
      const target = outputPath(settings, input, extension)
      const key = await canonical(target)
      const clobbered = protectedPaths.get(key)
      if (clobbered !== undefined) {
        throw new AltformatError(
          'would-overwrite',
          `the ${format} output ${target} would overwrite the input ${clobbered}: nothing was written; name another output folder with -o`
        )
      }
      const part = parts ? partBases.get(key) : undefined
      if (part !== undefined) {
        throw new AltformatError(
          'would-overwrite',
          `the ${format} output of ${input.path} is written in numbered parts, and one would overwrite the input ${part}: nothing was written; name another output folder with -o`
        )
      }
      const other = writers.get(key.toLowerCase())
      if (other !== undefined) {
        throw new AltformatError(
          'would-overwrite',
          `${other} and ${input.path} would both write ${target}: nothing was written; give them in separate runs with different -o folders`
        )
      }
      writers.set(key.toLowerCase(), input.path)
      if (extension.endsWith('.html') && !(await writtenByAltformat(key))) {
        throw new AltformatError(
          'would-overwrite',
          `${target} exists and is not a page altformat wrote: nothing was written; name another output folder with -o, or move that file`
        )
      }
    }
  }
  return new Set(protectedPaths.keys())
}

/** Whether a file is absent, or an HTML page with altformat's generator mark in its head. */
async function writtenByAltformat(file: string): Promise<boolean> {
  let handle
  try {
    handle = await open(file, 'r')
  } catch {
    return true
  }
  try {
    const head = Buffer.alloc(2048)
    const {bytesRead} = await handle.read(head, 0, head.length, 0)
    return head.subarray(0, bytesRead).toString('utf8').includes(generatorMark)
  } finally {
    await handle.close()
  }
}
