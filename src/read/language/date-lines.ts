import {alternation} from '../../model/regexp.js'
import {perLanguage, primaryLanguage, withEnglish} from '../../model/lang.js'
import {findDates} from '../enrich/dates.js'

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
  const words = withEnglish((language) => dateLineWords[language], lang)
  const labels = alternation(words.flatMap((entry) => entry.labels))
  const before = alternation(words.flatMap((entry) => entry.beforeTime))
  const after = alternation(words.flatMap((entry) => entry.afterTime))
  return {
    label: new RegExp(`^(?:${labels})(?![\\p{L}])\\s*:?\\s*`, 'iu'),
    // "…, 12:35", "… um 16:14 Uhr", "… 14.30 Uhr", "… à 14h30": a clock time closing the line.
    time: new RegExp(`(?:[\\s,|•·–-]+(?:${before})?\\s*)\\p{N}{1,2}[:.h]\\p{N}{2}(?::\\p{N}{2})?(?:\\s?(?:${after})(?![\\p{L}]))?\\.?$`, 'iu')
  }
}

/**
 * Whether a line holds a date written in numbers with a four-digit year
 * ("… veröffentlicht am 23.01.2020", "2019/04/03 von …"), day and month either
 * way round. A two-digit year is left out: "1.2.20" is as likely a version.
 */
export function hasNumericDate(text: string): boolean {
  for (const [token] of text.matchAll(/(?<![\p{N}./-])(?:\p{N}{1,2}([./])\p{N}{1,2}\1\p{N}{4}|\p{N}{4}([./-])\p{N}{1,2}\2\p{N}{1,2})(?![\p{N}]|[./-]\p{N})/gu)) {
    if (isNumericDate(token)) return true
  }
  return false
}

/** A date written in numbers alone, day and month either way round: "03.04.2020", "4/3/2020", "2020/04/03". */
export function isNumericDate(text: string): boolean {
  const match = /^(\d{1,2})([./])(\d{1,2})\2(\d{4}|\d{2})\.?$/.exec(text) ?? /^(\d{4})([./-])(\d{1,2})\2(\d{1,2})$/.exec(text)
  if (!match) return false
  const parts = [match[1], match[3], match[4]].map(Number) as [number, number, number]
  const [a, b] = match[1]?.length === 4 ? [parts[2], parts[1]] : [parts[0], parts[1]]
  return a >= 1 && b >= 1 && a <= 31 && b <= 31 && (a <= 12 || b <= 12)
}

// A dated line of a post or a comment is a few words beside its date and time: a name, a label, a button.
const timestampWords = 16
/**
 * A clock time, not inside a longer number: "16:14", "9:40", "11h13" (not
 * "14.30", which is as often a decimal or a date). The date lines' and the
 * head rules' one pattern.
 */
export const clockTime = /(?<![\p{N}:.])[0-2]?\p{N}[:h][0-5]\p{N}(?!\p{N})/u

/**
 * Whether a short line holds a date and a clock time — a post's or a
 * comment's stamp: "23. Juni 2016 um 17:21 Uhr", "Rebel Raime July 25, 2015
 * at 7:01 pm", "Josef Lindner, Do 9 Apr 2020 / 08:34 Antworten",
 * "2021-04-28 11:48:27". The date is a month's name in the page's language or
 * English (findDates) with its day, or numbers with a four-digit year
 * (hasNumericDate).
 */
export function isTimestamp(line: string, lang: string | undefined): boolean {
  if (line.length > timestampWords * 15 || !clockTime.test(line) || line.split(' ').length > timestampWords) return false
  // A day's date, with its year or without ("Jun 20th at 2:41 am"); not a month ("December 2017").
  return hasNumericDate(line) || findDates(line, lang).some((span) => span.node.type === 'date' && /^(?:\d{4}|-)-\d{2}-\d{2}$/.test(span.node.iso ?? ''))
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

/** A line that says how long the post takes to read: "5 min read", "Lesezeit: 3 Min.", "Lesezeit von 4 Minuten", "11 minut czytania". */
export function isReadingTime(line: string, lang: string | undefined): boolean {
  const text = line.trim()
  if (text.length > 40 || !/\p{N}/u.test(text)) return false
  const pattern = perLanguage(readingPatterns, primaryLanguage(lang, 'en'), (language) => {
    const words = withEnglish((entry) => readingTimeWords[entry], language)
    const after = alternation(words.flatMap((entry) => entry.after), '\\s*')
    const label = alternation(words.flatMap((entry) => entry.label), '\\s*')
    // A short word may join the label to the minutes, abbreviated or not: "Lesezeit von 4 Minuten", "Temps de
    // lecture de 4 min", "Lesedauer ca. 7 Minuten".
    return new RegExp(`^(?:\\p{N}+\\s*(?:${after})|(?:${label})\\s*:?\\s*(?:\\p{L}{1,4}\\.?\\s+)?\\p{N}+\\s*\\p{L}*\\.?)$`, 'iu')
  })
  return pattern.test(text)
}

/**
 * How a page says how long ago it posted, by language: the words before the
 * count or after the unit ("vor 4 Monaten", "3 hours ago", "hace 5 horas",
 * "il y a 2 jours", "2 godziny temu"), the units, and the words that count one
 * ("an hour ago", "vor einer Stunde", "hace un mes"). A line that says only
 * this is a timestamp, as a date is — under a headline or a teaser's title.
 */
export interface RelativeTimeWords {
  before: string[]
  after: string[]
  units: string[]
  one: string[]
}

export const relativeTimeWords: Record<string, RelativeTimeWords> = {
  en: {
    before: [],
    after: ['ago'],
    units: ['second', 'seconds', 'sec', 'secs', 'minute', 'minutes', 'min', 'mins', 'hour', 'hours', 'hr', 'hrs', 'day', 'days', 'week', 'weeks', 'month', 'months', 'year', 'years'],
    one: ['a', 'an', 'one']
  },
  de: {
    before: ['vor'],
    after: [],
    units: ['sekunde', 'sekunden', 'minute', 'minuten', 'min.', 'stunde', 'stunden', 'std.', 'tag', 'tagen', 'woche', 'wochen', 'monat', 'monaten', 'jahr', 'jahren'],
    one: ['einer', 'einem']
  },
  fr: {before: ['il y a'], after: [], units: ['seconde', 'secondes', 'minute', 'minutes', 'min', 'heure', 'heures', 'h', 'jour', 'jours', 'semaine', 'semaines', 'mois', 'an', 'ans', 'année', 'années'], one: ['un', 'une']},
  es: {before: ['hace'], after: [], units: ['segundo', 'segundos', 'minuto', 'minutos', 'min', 'hora', 'horas', 'h', 'día', 'días', 'semana', 'semanas', 'mes', 'meses', 'año', 'años'], one: ['un', 'una']},
  pt: {before: ['há'], after: ['atrás'], units: ['segundo', 'segundos', 'minuto', 'minutos', 'min', 'hora', 'horas', 'h', 'dia', 'dias', 'semana', 'semanas', 'mês', 'meses', 'ano', 'anos'], one: ['um', 'uma']},
  it: {before: [], after: ['fa'], units: ['secondo', 'secondi', 'minuto', 'minuti', 'ora', 'ore', 'giorno', 'giorni', 'settimana', 'settimane', 'mese', 'mesi', 'anno', 'anni'], one: ['un', 'una']},
  nl: {before: [], after: ['geleden'], units: ['seconde', 'seconden', 'minuut', 'minuten', 'uur', 'dag', 'dagen', 'week', 'weken', 'maand', 'maanden', 'jaar'], one: ['een']},
  pl: {
    before: [],
    after: ['temu'],
    units: ['sekundę', 'sekundy', 'sekund', 'minutę', 'minuty', 'minut', 'min.', 'godzinę', 'godziny', 'godzin', 'dzień', 'dni', 'tydzień', 'tygodnie', 'tygodni', 'miesiąc', 'miesiące', 'miesięcy', 'rok', 'lata', 'lat'],
    one: []
  },
  ru: {
    before: [],
    after: ['назад'],
    units: ['секунду', 'секунды', 'секунд', 'минуту', 'минуты', 'минут', 'мин.', 'час', 'часа', 'часов', 'день', 'дня', 'дней', 'неделю', 'недели', 'недель', 'месяц', 'месяца', 'месяцев', 'год', 'года', 'лет'],
    one: []
  },
  uk: {
    before: [],
    after: ['тому'],
    units: ['секунду', 'секунди', 'секунд', 'хвилину', 'хвилини', 'хвилин', 'хв.', 'годину', 'години', 'годин', 'день', 'дні', 'днів', 'тиждень', 'тижні', 'тижнів', 'місяць', 'місяці', 'місяців', 'рік', 'роки', 'років'],
    one: []
  }
}

const relativePatterns = new Map<string, RegExp>()

/** A line that says only how long ago: "vor 4 Monaten", "3 hours ago", "hace 5 horas", "Posted 2 days ago". */
export function isRelativeTime(line: string, lang: string | undefined): boolean {
  const text = line.trim()
  if (text.length > 40) return false
  const pattern = perLanguage(relativePatterns, primaryLanguage(lang, 'en'), (language) => {
    const alternatives = withEnglish((entry) => relativeTimeWords[entry], language).map((words) => {
        const count = `(?:\\p{N}{1,3}${words.one.length > 0 ? `|${alternation(words.one)}` : ''})`
        const units = alternation(words.units, '\\s+')
        const before = words.before.length > 0 ? `(?:${alternation(words.before, '\\s+')})\\s+` : ''
        const after = words.after.length > 0 ? `\\s+(?:${alternation(words.after, '\\s+')})` : ''
        // A unit alone may stand for one ("час назад"); the count is otherwise a number or the language's "one".
        return `${before}(?:${count}\\s+)?(?:${units})(?![\\p{L}])${after}`
      })
    const labels = alternation([dateLineWords[language], dateLineWords.en].flatMap((entry) => entry?.labels ?? []))
    return new RegExp(`^(?:(?:${labels})\\s*:?\\s+)?(?:${alternatives.join('|')})\\.?$`, 'iu')
  })
  return pattern.test(text)
}
