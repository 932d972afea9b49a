import {franc} from 'franc'
import {iso6393To1} from 'iso-639-3/iso6393-to-1.js'
import {newsLanguages} from './news-languages.js'

// franc tells 187 languages apart; on a short page it confuses close ones (English
// read as Scots). Detection chooses among the languages news is published in.
const only = Object.entries(iso6393To1)
  .filter(([, code]) => newsLanguages.has(code))
  .map(([code3]) => code3)

// Fewer letters than this and trigram statistics say little: franc guesses.
const minimumLength = 60
// What is read to decide: the start of the text is enough, and keeps it fast.
const sample = 4000

/**
 * The language of a text, as a BCP 47 tag (ISO 639-1 where there is one, else
 * ISO 639-3), from trigram statistics (franc); undefined when the text is too
 * short to tell. Menus and other short lines are left out of the sample, since
 * they are often in another language than the article (English UI words).
 */
export function detectLanguage(text: string): string | undefined {
  // Read lines only until the sample is full: a 10 MB article costs no more than a short one.
  let prose = ''
  for (let start = 0; start < text.length && prose.length < sample; ) {
    const end = text.indexOf('\n', start)
    const line = text.slice(start, end === -1 ? text.length : end)
    if (line.trim().split(/\s+/).length >= 6) prose += line + '\n'
    start = end === -1 ? text.length : end + 1
  }
  prose = prose.slice(0, sample)
  const read = prose.length >= minimumLength ? prose : text.slice(0, sample)
  const code = franc(read, {minLength: minimumLength, only})
  if (code === 'und') return undefined
  const tag = iso6393To1[code] ?? code
  return writtenIn(read, tag) ? tag : undefined
}

/** Languages news writes in more than one script: Serbian and Bosnian in Latin and Cyrillic, Uzbek, Azerbaijani, Kazakh, Turkmen, Kurdish in Latin, Cyrillic or Arabic. */
const scriptsOf: Record<string, string[]> = {
  sr: ['Cyrl', 'Latn'],
  bs: ['Latn', 'Cyrl'],
  uz: ['Latn', 'Cyrl', 'Arab'],
  az: ['Latn', 'Cyrl', 'Arab'],
  kk: ['Cyrl', 'Latn', 'Arab'],
  tk: ['Latn', 'Cyrl'],
  ku: ['Latn', 'Arab', 'Cyrl']
}

/**
 * Whether most of a text's letters are in a script its detected language is
 * written in (ICU's likely script for the language): franc's trigrams name a
 * language even for a page of symbols, and "Then 𐀀 Moscow 𐀀𐀀𐀀" was Turkish.
 */
function writtenIn(text: string, tag: string): boolean {
  const letters = text.match(/\p{L}/gu) ?? []
  if (letters.length === 0) return false
  let scripts = scriptsOf[tag]
  if (!scripts) {
    try {
      const likely = new Intl.Locale(tag).maximize().script
      scripts = likely ? [likely] : []
    } catch {
      scripts = []
    }
  }
  const patterns = scripts.flatMap((script) => {
    try {
      return [new RegExp(`\\p{Script=${script}}`, 'u')]
    } catch {
      return [] // A script code that is no Unicode script (Jpan, Kore): not checked.
    }
  })
  if (patterns.length === 0) return true
  const inScript = letters.filter((letter) => patterns.some((pattern) => pattern.test(letter))).length
  return inScript * 2 >= letters.length
}
