import {francAll} from 'franc'
import {data} from 'franc/data.js'
import {expressions} from 'franc/expressions.js'
import {newsLanguages} from './news-languages.js'
import {macrolanguages} from '../../model/macrolanguages.js'

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
  const prose = proseOf(text)
  const read = prose.length >= minimumLength ? prose : text.slice(0, sample)
  return bestOf(read, scoresOf(read))
}

/** The text's lines of six words or more, up to the sample's length: read only until it is full, so a 10 MB article costs no more than a short one. */
function proseOf(text: string): string {
  let prose = ''
  for (let start = 0; start < text.length && prose.length < sample; ) {
    const end = text.indexOf('\n', start)
    const line = text.slice(start, end === -1 ? text.length : end)
    if (line.trim().split(/\s+/).length >= 6) prose += line + '\n'
    start = end === -1 ? text.length : end + 1
  }
  return prose.slice(0, sample)
}

/** franc's scores for a text among the news languages (the best 1, the others relative to it), each with its tag. */
function scoresOf(read: string): Array<[string | undefined, number]> {
  // franc's languages that are news languages, found once: fewer to compare is faster. Those franc tells by
  // their script alone (Chinese, Japanese, Korean, Greek, Thai, Georgian, …) have no trigrams in its data:
  // left out of the list, a Chinese page was detected as no language at all, and read as English.
  only ??= [...Object.values(data).flatMap((languages) => Object.keys(languages)), ...Object.keys(expressions)].filter((code) => newsTag(code) !== undefined)
  return francAll(read, {minLength: minimumLength, only}).map(([code, score]) => [code === 'und' ? undefined : newsTag(code), score])
}

/** The best-scoring language, tagged with its script when the text is written in one of the language's scripts. */
function bestOf(read: string, scores: Array<[string | undefined, number]>): string | undefined {
  const tag = scores[0]?.[0]
  if (tag === undefined) return undefined
  const script = scriptOf(read, tag.split('-')[0] as string)
  return script === undefined ? undefined : tagWithScript(tag, script)
}

// Prose under this many characters is too little to overrule what a page says of itself.
const minimumToOverrule = 400
// franc scores every language relative to the best, within a few hundredths of it: another language
// scores .95 to .975 (English on a German text), a close kin over .985 (Danish on Norwegian, Galician on
// Spanish). A declared language that scores this close to the best is one the text may well be in.
const closeScore = 0.985

/**
 * The language a page's text is plainly written in when it is not the one the
 * page declares — a theme's `lang="en-US"` on a German blog, a template's
 * language on a Spanish article — or undefined: too little prose to tell, the
 * declared language among the best (close kin score so: Norwegian's written
 * forms, Danish), or halves of the prose that do not both read as the other
 * language (a long quotation in another language).
 */
export function contradicts(declared: string, text: string): string | undefined {
  const prose = proseOf(text)
  if (prose.length < minimumToOverrule) return undefined
  const reads = (part: string) => {
    const scores = scoresOf(part)
    const detected = bestOf(part, scores)
    if (detected === undefined || sameLanguage(detected, declared)) return undefined
    return scores.some(([tag, score]) => tag !== undefined && score >= closeScore && sameLanguage(tag, declared)) ? undefined : detected
  }
  const detected = reads(prose)
  if (detected === undefined) return undefined
  // An article in the declared language may quote another at length: each half of the prose must read
  // as the other language on its own (checked only when the whole does, which is rare).
  const middle = prose.lastIndexOf('\n', prose.length / 2) + 1
  const halves = middle > 0 ? [prose.slice(0, middle), prose.slice(middle)] : [prose]
  return halves.every((half) => {
    if (half.length < minimumLength) return true
    const language = reads(half)
    return language !== undefined && sameLanguage(language, detected)
  })
    ? detected
    : undefined
}

/** Two tags of one language, whatever their regions and scripts, a macrolanguage and a language within it included. */
export function sameLanguage(a: string, b: string): boolean {
  const [x, y] = [a, b].map((tag) => (tag.split('-')[0] as string).toLowerCase()) as [string, string]
  return x === y || macrolanguages[x]?.includes(y) === true || macrolanguages[y]?.includes(x) === true
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
