import {alternation} from '../../model/regexp.js'
import {perLanguage, primaryLanguage} from '../../model/lang.js'

/**
 * The words of a date line under a headline, by language, beside the date
 * itself: the label before it ("Veröffentlicht am", "Publicado el"), and the
 * words around its clock time ("um 16:14 Uhr", "à 14 h"). English applies on
 * every page, as themes print it untranslated.
 */
export interface DateLineWords {
  labels: string[]
  beforeTime: string[]
  afterTime: string[]
}

export const dateLineWords: Record<string, DateLineWords> = {
  en: {labels: ['published', 'published on', 'first published', 'posted', 'posted on', 'updated', 'last updated', 'date'], beforeTime: ['at'], afterTime: ['am', 'pm', 'a.m.', 'p.m.', 'gmt', 'utc', 'et', 'cet', 'cest']},
  de: {labels: ['veröffentlicht', 'veröffentlicht am', 'veröffentlichung', 'publiziert', 'publiziert am', 'aktualisiert', 'aktualisiert am', 'zuletzt aktualisiert', 'erstellt', 'erstellt am', 'stand', 'datum'], beforeTime: ['um'], afterTime: ['uhr']},
  fr: {labels: ['publié', 'publié le', 'mis à jour', 'mis à jour le'], beforeTime: ['à'], afterTime: ['h']},
  es: {labels: ['publicado', 'publicado el', 'actualizado', 'actualizado el', 'fecha'], beforeTime: ['a las'], afterTime: ['h', 'hs', 'horas']},
  it: {labels: ['pubblicato', 'pubblicato il', 'aggiornato', 'aggiornato il'], beforeTime: ['alle', 'ore'], afterTime: []},
  pt: {labels: ['publicado', 'publicado em', 'atualizado', 'atualizado em'], beforeTime: ['às'], afterTime: ['h']},
  nl: {labels: ['gepubliceerd', 'gepubliceerd op', 'bijgewerkt', 'bijgewerkt op'], beforeTime: ['om'], afterTime: ['uur']},
  pl: {labels: ['opublikowano', 'aktualizacja', 'data publikacji'], beforeTime: ['o'], afterTime: []},
  ru: {labels: ['опубликовано', 'обновлено', 'дата публикации'], beforeTime: ['в'], afterTime: []},
  uk: {labels: ['опубліковано', 'оновлено', 'дата публікації'], beforeTime: ['о'], afterTime: []}
}

const patterns = new Map<string, {label: RegExp; time: RegExp}>()

/** What is left of a line once a date line's label before it and its clock time after it are taken off. */
export function dateOfDateLine(line: string, lang: string | undefined): string {
  const {label, time} = perLanguage(patterns, primaryLanguage(lang, 'en'), build)
  return line.replace(label, '').replace(time, '').trim()
}

function build(lang: string): {label: RegExp; time: RegExp} {
  const words = [dateLineWords[lang], lang === 'en' ? undefined : dateLineWords.en].filter((entry) => entry !== undefined)
  const labels = alternation(words.flatMap((entry) => entry.labels))
  const before = alternation(words.flatMap((entry) => entry.beforeTime))
  const after = alternation(words.flatMap((entry) => entry.afterTime))
  return {
    label: new RegExp(`^(?:${labels})(?![\\p{L}])\\s*:?\\s*`, 'iu'),
    // "…, 12:35", "… um 16:14 Uhr", "… 14.30 Uhr", "… à 14h30": a clock time closing the line.
    time: new RegExp(`(?:[\\s,|•·–-]+(?:${before})?\\s*)\\p{N}{1,2}[:.h]\\p{N}{2}(?::\\p{N}{2})?(?:\\s?(?:${after})(?![\\p{L}]))?\\.?$`, 'iu')
  }
}

/** A date written in numbers alone, day and month either way round: "03.04.2020", "4/3/2020", "2020/04/03". */
export function isNumericDate(text: string): boolean {
  const match = /^(\d{1,2})([./])(\d{1,2})\2(\d{4}|\d{2})\.?$/.exec(text) ?? /^(\d{4})([./-])(\d{1,2})\2(\d{1,2})$/.exec(text)
  if (!match) return false
  const parts = [match[1], match[3], match[4]].map(Number) as [number, number, number]
  const [a, b] = match[1]?.length === 4 ? [parts[2], parts[1]] : [parts[0], parts[1]]
  return a >= 1 && b >= 1 && a <= 31 && b <= 31 && (a <= 12 || b <= 12)
}

/**
 * How a post says how long it takes to read, by language: the words after the
 * minutes ("5 min read", "2 Min. Lesezeit", "11 minut czytania") and the label
 * before them ("Lesezeit: 3 Min."). English applies on every page.
 */
export const readingTimeWords: Record<string, {after: string[]; label: string[]}> = {
  en: {after: ['min read', 'mins read', 'min. read', 'minute read', 'minutes read', 'minute reading', 'minutes to read'], label: ['reading time', 'read time']},
  de: {after: ['min. lesezeit', 'min lesezeit', 'minuten lesezeit', 'min. lesedauer', 'min lesedauer', 'minuten lesedauer'], label: ['lesezeit', 'lesedauer']},
  fr: {after: ['min de lecture', 'minutes de lecture', 'min. de lecture'], label: ['temps de lecture']},
  es: {after: ['min de lectura', 'minutos de lectura', 'min. de lectura'], label: ['tiempo de lectura']},
  it: {after: ['min di lettura', 'minuti di lettura'], label: ['tempo di lettura']},
  pt: {after: ['min de leitura', 'minutos de leitura'], label: ['tempo de leitura']},
  nl: {after: ['min leestijd', 'minuten leestijd'], label: ['leestijd']},
  pl: {after: ['min czytania', 'minut czytania', 'minuty czytania', 'min. czytania'], label: ['czas czytania']},
  ru: {after: ['мин чтения', 'минут чтения', 'минуты чтения', 'мин. чтения'], label: ['время чтения']},
  uk: {after: ['хв читання', 'хвилин читання', 'хв. читання'], label: ['час читання']}
}

const readingPatterns = new Map<string, RegExp>()

/** A line that says how long the post takes to read: "5 min read", "Lesezeit: 3 Min.", "11 minut czytania". */
export function isReadingTime(line: string, lang: string | undefined): boolean {
  const text = line.trim()
  if (text.length > 40 || !/\p{N}/u.test(text)) return false
  const pattern = perLanguage(readingPatterns, primaryLanguage(lang, 'en'), (language) => {
    const words = [readingTimeWords[language], language === 'en' ? undefined : readingTimeWords.en].filter((entry) => entry !== undefined)
    const after = alternation(words.flatMap((entry) => entry.after), '\\s*')
    const label = alternation(words.flatMap((entry) => entry.label), '\\s*')
    return new RegExp(`^(?:\\p{N}+\\s*(?:${after})|(?:${label})\\s*:?\\s*\\p{N}+\\s*\\p{L}*\\.?)$`, 'iu')
  })
  return pattern.test(text)
}
