import {francAll} from 'franc'
import {data} from 'franc/data.js'
import {newsLanguages} from './news-languages.js'

// franc tells 187 languages apart; on a short page it confuses close ones (English
// read as Scots). Detection chooses among the languages news is published in.
// franc names individual languages (pes: Iranian Persian, prs: Dari, pbu:
// Pashto, uzn: Uzbek), which ICU's canonical tags put under their
// macrolanguage (fa, fa-AF, ps, uz): a list by ISO 639-1 alone left Persian
// out, and Persian pages were read as Urdu.
const canonical = new Map<string, string | undefined>()
let only: string[] | undefined

function newsTag(code: string): string | undefined {
  if (!canonical.has(code)) {
    let tag: string | undefined
    try {
      tag = Intl.getCanonicalLocales(code)[0]
    } catch {
      tag = undefined
    }
    canonical.set(code, tag !== undefined && newsLanguages.has(tag.split('-')[0] as string) ? tag : undefined)
  }
  return canonical.get(code)
}

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
  // franc's languages that are news languages, found once: fewer to compare is faster.
  only ??= Object.values(data).flatMap((languages) => Object.keys(languages).filter((code) => newsTag(code) !== undefined))
  let tag: string | undefined
  for (const [code] of francAll(read, {minLength: minimumLength, only})) {
    if (code === 'und') return undefined
    tag = newsTag(code)
    if (tag !== undefined) break
  }
  if (tag === undefined) return undefined
  const script = scriptOf(read, tag.split('-')[0] as string)
  return script === undefined ? undefined : tagWithScript(tag, script)
}

/**
 * A language written in more than one script, tagged with the one the text
 * uses when it is not the language's usual one ("sr" on a Latin page →
 * "sr-Latn"): month names, braille and voices differ between them. Any other
 * tag, or one that names its script, as it is.
 */
export function withScript(tag: string, text: () => string): string {
  const language = tag.split('-')[0]?.toLowerCase() ?? ''
  if (!scriptsOf[language] || tag.toLowerCase() !== language) return tag
  const script = scriptOf(text().slice(0, sample), language)
  return script === undefined ? tag : tagWithScript(tag, script)
}

function tagWithScript(tag: string, script: string): string {
  const language = tag.split('-')[0] as string
  if (!scriptsOf[language] || tag !== language) return tag
  let usual: string | undefined
  try {
    usual = new Intl.Locale(language).maximize().script
  } catch {
    usual = undefined
  }
  return script === usual ? tag : `${language}-${script}`
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
 * The script most of a text's letters are in, if it is one its detected
 * language is written in (ICU's likely script for the language), else
 * undefined: franc's trigrams name a language even for a page of symbols, and
 * "Then 𐀀 Moscow 𐀀𐀀𐀀" was Turkish. `Zyyy` when the script cannot be checked.
 */
function scriptOf(text: string, tag: string): string | undefined {
  const letters = text.match(/\p{L}/gu) ?? []
  if (letters.length === 0) return undefined
  let scripts = scriptsOf[tag]
  if (!scripts) {
    try {
      const likely = new Intl.Locale(tag).maximize().script
      scripts = likely ? [likely] : []
    } catch {
      scripts = []
    }
  }
  const patterns = scripts.flatMap((script): Array<[string, RegExp]> => {
    try {
      return [[script, new RegExp(`\\p{Script=${script}}`, 'u')]]
    } catch {
      return [] // A script code that is no Unicode script (Jpan, Kore): not checked.
    }
  })
  if (patterns.length === 0) return 'Zyyy'
  const counts = patterns.map(([script, pattern]) => [script, letters.filter((letter) => pattern.test(letter)).length] as const)
  const [best] = counts.reduce((a, b) => (b[1] > a[1] ? b : a))
  return counts.reduce((sum, [, n]) => sum + n, 0) * 2 >= letters.length ? best : undefined
}
