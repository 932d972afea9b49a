import {AltformatError} from '../model/error.js'
import type {BrailleEngine} from './engine.js'
import {wasmTableFaults} from './wasm-faults.js'

/**
 * The six-dot literary braille tables for each language, best first, by BCP 47
 * tag or language subtag: liblouis' file names (they differ between releases:
 * `de-g1.ctb` in 3.24, `de-de-g1.ctb` in 3.2.0). The first one the engine has
 * is used unless a table is given. Only tables that give six-dot braille for
 * the language's own news text, and give its words back when that braille is
 * back-translated with the same table, are listed (test/languages.test.ts); a
 * language missing here is an error rather than English braille over its
 * letters.
 */
export const languageTables: Record<string, string[]> = {
  en: ['en-ueb-g2.ctb'],
  // Russian literary braille; liblouis 3.2.0 (wasm) hangs on it, and has no other to check.
  ru: ['ru-litbrl.ctb'],
  // Ukrainian and Kazakh mark their own letters with a virtual dot 9, which paper
  // does not have: back-translation cannot tell і from y (test/languages.test.ts).
  uk: ['uk.utb'],
  kk: ['kk.utb'],
  fa: ['fa-ir-g1.utb'],
  prs: ['fa-ir-g1.utb'],
  // Serbian braille is one for both scripts: Cyrillic and Latin give the same cells.
  sr: ['sr-g1.ctb'],
  // Uncontracted where liblouis' contracted table does not give the words back
  // (German grade 2 returned 9% of them); contracted by --table.
  de: ['de-g1.ctb', 'de-de-g1.ctb'],
  fr: ['fr-bfu-g2.ctb'],
  es: ['es-g1.ctb'],
  hu: ['hu-hu-g1.ctb'],
  cs: ['cs-g1.ctb'],
  // Greek braille, uncontracted: its accented vowels take their own cells and come back as written.
  el: ['el.ctb']
}

/**
 * The table for an article's language: the first of `languageTables` for its
 * tag, then for its language, that the engine has and can use; undefined when
 * there is none.
 */
export function languageTable(lang: string, engine: BrailleEngine): string | undefined {
  return candidatesFor(lang).find((table) => engine.hasTable(table) && !(engine.kind === 'wasm' && table in wasmTableFaults))
}

function candidatesFor(lang: string): string[] {
  const tag = lang.toLowerCase()
  const language = tag.split('-')[0] ?? tag
  return [...new Set([...(languageTables[tag] ?? []), ...(languageTables[language] ?? [])])]
}

/**
 * `languageTable`, for callers who want the strict answer.
 *
 * @throws {AltformatError} `untranslatable` when liblouis has no table for the
 *   language, naming it and saying how to give one.
 */
export function tableForLanguage(lang: string, engine: BrailleEngine): string {
  const usable = languageTable(lang, engine)
  if (usable) return usable
  const candidates = candidatesFor(lang)
  const native = engine.kind === 'wasm' && candidates.length > 0 ? ` (liblouis 3.20 or later has ${candidates.join(', ')}: use --engine native)` : ''
  throw new AltformatError(
    'untranslatable',
    `No braille table for the article's language (${lang}) in liblouis ${engine.version}${native}: English braille over its letters would not be a transcription. Give a six-dot literary table for the language with --table (the table option)`
  )
}
