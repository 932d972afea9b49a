import {AltformatError} from '../model/error.js'
import type {BrailleEngine} from './engine.js'
import {wasmEngine} from './engine.js'

/** Short names for the tables most transcribers want. */
export const tableNames = {
  'ueb-g2': 'en-ueb-g2.ctb',
  'ueb-g1': 'en-ueb-g1.ctb',
  'ebae-g2': 'en-us-g2.ctb',
  'ebae-g1': 'en-us-g1.ctb'
} as const

export type TableName = keyof typeof tableNames

/**
 * The liblouis table file for a short name (`ueb-g2`) or a file name
 * (`en-ueb-g2.ctb`, any table the engine has).
 *
 * @throws {AltformatError} `invalid-option` for a table the engine does not have
 *   or cannot use, `translation-failed` when loading it fails.
 */
export function resolveTable(name: string, engine: BrailleEngine = wasmEngine()): string {
  const file = (tableNames as Record<string, string>)[name] ?? name
  // A folder is never a table ('..' named liblouis' table folder itself and failed on every page).
  const folder = /(?:^|[/\\])\.{1,2}$|[/\\]$/.test(file) || file.trim() === ''
  if (folder || !engine.hasTable(file)) {
    throw new AltformatError(
      'invalid-option',
      `Unknown braille table “${name}”: use ${Object.keys(tableNames).join(', ')}, or the file name of a liblouis ${engine.version} table such as en-ueb-g2.ctb` +
        (engine.kind === 'native'
          ? '; a table of your own is looked for in the folders of LOUIS_TABLEPATH (add liblouis\' own table folder if it includes its tables), never in the current folder'
          : '')
    )
  }
  engine.prepare?.(file)
  return file
}
