import {alternation, escapeRegExp} from '../../model/regexp.js'
import {entryOfLanguage, primaryLanguage, withEnglish} from '../../model/lang.js'

/**
 * How a byline reads, by language: the word before the names ("By", "Von",
 * "Par", "Por", "Door", "Автор:") and the words that join two names ("and",
 * "und", "et", "y"). A byline is one of these words, then capitalised names
 * joined by commas or these words; the particles inside names ("de la", "van
 * der", "von") are data too. English applies on every page: wire copy and
 * themes keep it.
 */
export interface BylineWords {
  by: string[]
  and: string[]
  /**
   * Words of a closing credit, anywhere in a short line: "по материалам" (AFP и
   * Reuters), "cu informații de la", "хабарлары бойынша" (Kazakh puts them after
   * the agencies). English has its own rules (chrome-rules.ts).
   */
  credit?: string[]
  /**
   * Words that follow the names, where the language writes its byline so:
   * Korean's "홍길동 기자" (reporter), "김철수 특파원" (correspondent).
   */
  after?: string[]
}

export const bylineWords: Record<string, BylineWords> = {
  en: {by: ['by', 'by:', 'author:', 'authors:', 'written by', 'words by', 'reported by', 'posted by', 'published by'], and: ['and', '&']},
  de: {by: ['von', 'text:', 'autor:', 'autorin:', 'ein beitrag von', 'veröffentlicht von', 'geschrieben von', 'erstellt von'], and: ['und', '&'], credit: ['mit material von', 'mit agenturmaterial', 'quelle:']},
  fr: {by: ['par', 'texte :', 'auteur :', 'publié par', 'écrit par'], and: ['et', '&'], credit: ['avec afp', 'avec agences', 'avec reuters']},
  es: {by: ['por', 'texto:', 'autor:', 'autora:', 'publicado por', 'escrito por'], and: ['y', 'e', '&'], credit: ['con información de', 'con información de agencias']},
  it: {by: ['di', 'a cura di', 'autore:', 'pubblicato da', 'scritto da'], and: ['e', 'ed', '&']},
  pt: {by: ['por', 'texto:', 'autor:', 'autora:', 'publicado por', 'escrito por'], and: ['e', '&']},
  nl: {by: ['door', 'tekst:', 'auteur:', 'geplaatst door', 'geschreven door'], and: ['en', '&']},
  pl: {by: ['autor:', 'autorka:', 'tekst:'], and: ['i', 'oraz', '&']},
  ru: {by: ['автор:', 'текст:'], and: ['и', '&'], credit: ['по материалам', 'с использованием материалов', 'по сообщениям', 'по данным агентств']},
  uk: {by: ['автор:', 'авторка:', 'текст:'], and: ['і', 'та', '&'], credit: ['за матеріалами', 'з використанням матеріалів', 'за повідомленнями']},
  ro: {by: ['de', 'autor:', 'text:'], and: ['și', 'si', '&'], credit: ['cu informații de la', 'cu informații preluate de la', 'pe baza relatărilor', 'surse:']},
  sr: {by: ['autor:', 'аутор:', 'piše:', 'пише:'], and: ['i', 'и', '&'], credit: ['prema izveštajima', 'према извештајима', 'prema pisanju', 'према писању', 'uz izveštaje', 'уз извештаје']},
  az: {by: ['müəllif:'], and: ['və', '&'], credit: ['əsasında hazırlanıb', 'məlumatlarına əsasən']},
  kk: {by: ['автор:', 'авторы:'], and: ['және', 'мен', '&'], credit: ['хабарлары бойынша', 'материалдары бойынша', 'ақпараты бойынша']},
  fa: {by: ['نویسنده:', 'نوشته'], and: ['و'], credit: ['بر اساس گزارش', 'به نقل از خبرگزاری']},
  tr: {by: ['yazar:', 'haber:', 'muhabir:'], and: ['ve', '&']},
  cs: {by: ['autor:', 'autorka:', 'text:', 'napsal', 'napsala'], and: ['a', '&'], credit: ['podle agentur', 's využitím zpráv agentur', 'zdroj:']},
  // Not the genitive article alone ("Του Γιάννη Παπαδόπουλου" is a byline, but "Της Ελλάδας" is not).
  el: {by: ['γράφει:', 'γράφει ο', 'γράφει η', 'συντάκτης:', 'συντάκτρια:'], and: ['και', '&']},
  sv: {by: ['av', 'text:', 'skribent:', 'författare:'], and: ['och', '&']},
  id: {by: ['oleh', 'oleh:', 'penulis:', 'reporter:', 'pewarta:'], and: ['dan', '&']},
  // Not "كتب" without its colon: "كتب الرئيس رسالة" (the president wrote a letter) is a headline.
  ar: {by: ['بقلم', 'بقلم:', 'كتب:', 'كتبت:', 'الكاتب:', 'الكاتبة:', 'إعداد:'], and: ['و', '&']},
  da: {by: ['af', 'tekst:', 'skrevet af'], and: ['og', '&']},
  // Norwegian (`no`), for Bokmål and Nynorsk pages too (entryOfLanguage).
  no: {by: ['av', 'tekst:', 'skrevet av'], and: ['og', '&']},
  fi: {by: ['teksti:', 'kirjoittaja:', 'toimittaja:'], and: ['ja', '&']},
  hu: {by: ['szerző:', 'írta:', 'szöveg:'], and: ['és', '&']},
  vi: {by: ['tác giả:', 'bài:', 'bài và ảnh:', 'phóng viên:'], and: ['và', '&']},
  // Hebrew joins names with a prefixed ו, not a word of its own.
  he: {by: ['מאת', 'מאת:', 'כתב:', 'כתבה:'], and: ['&']},
  // Not द्वारा, which follows the name it credits ("राम शर्मा द्वारा").
  hi: {by: ['लेखक:', 'रिपोर्ट:', 'संवाददाता:'], and: ['और', '&']},
  // A by-word ending in a colon or slash may be glued to the name ("作者：张三", "文／田中太郎"); names part
  // with 、 or ・ as well as spaces. Not a by-word glued to the name without one: "记者会" is a press conference.
  zh: {by: ['作者：', '作者:', '作者', '记者', '記者', '记者：', '記者：', '文：', '文／', '文/', '撰文：', '撰稿：'], and: ['和', '与', '與']},
  ja: {by: ['文：', '文／', '文・', '取材・文：', '取材・文／', '執筆：', '著者：', '記者：', '筆者：'], and: ['と']},
  ko: {by: ['글', '글:', '글·사진', '취재:'], and: ['&'], after: ['기자', '특파원', '선임기자', '전문기자', '객원기자', '인턴기자', '논설위원']}
}

/** Lower-case words inside names: "Ana de la Fuente", "Jan van der Berg", "Ursula von der Leyen", "Karl-Theodor zu Guttenberg". */
export const nameParticles = ['de', 'del', 'della', 'der', 'den', 'di', 'da', 'das', 'dos', 'du', 'la', 'le', 'van', 'von', 'zu', 'ten', 'ter', 'al', 'el', 'bin', 'ibn']

/**
 * News agencies that write their names in lower case ("Von Anna Berg, dpa"),
 * as a byline's last part after a comma.
 */
export const lowerCaseAgencies = ['dpa', 'epd', 'kna', 'apa', 'sda', 'ddp', 'sid', 'dts', 'afp', 'ap']

const patterns = new Map<string, RegExp>()

/**
 * The byline pattern for a language (and English): the by-word, then one to
 * thirteen capitalised words, joined by spaces, commas, and-words or particles. A byline
 * has no sentence in it, so a line that is a sentence does not match.
 */
export function bylinePattern(lang: string | undefined, anchored: 'whole' | 'end'): RegExp {
  const primary = primaryLanguage(lang, 'en')
  const key = `${primary}:${anchored}`
  const cached = patterns.get(key)
  if (cached) return cached
  const words = withEnglish((language) => bylineWords[language], primary)
  const by = alternation(words.flatMap((entry) => entry.by))
  const and = [...new Set(words.flatMap((entry) => entry.and))].map(escapeRegExp).join('|')
  // A name opens with a capital, or with a letter of a script without case (Arabic, Persian, Hebrew, Chinese,
  // Korean); a middle dot may join two ("홍길동·김철수 기자").
  const word = "[\\p{Lu}\\p{Lo}][\\p{L}\\p{M}.'’/·-]*"
  const names = `${word}(?:(?:(?:,| (?:${and}))? (?:(?:${nameParticles.join('|')}) )*|[、・])${word}){0,12}`
  // After a comma, the outlet the authors write for: a station's number ("7 News WSVN") or an agency in lower case.
  const outlet = `(?:, (?:\\p{N}[\\p{L}\\p{N}]*(?: [\\p{Lu}\\p{N}][\\p{L}\\p{N}.'’/-]*){0,3}|${lowerCaseAgencies.join('|')}))?`
  // The by-word is matched without regard to case ("BY", "Von"); the names must be capitalised.
  const byWord = `(?:${by.replace(/\p{L}/gu, (letter) => `[${letter}${letter.toUpperCase()}]`)})`
  // After a colon or a slash, the name may follow without a space ("作者：张三", "Autor:Jana Nováková").
  const byline = `${byWord}(?: |(?<=[:：/／]))${names}${outlet}`
  // Or the names, then the word that follows them ("홍길동 기자"), and the writer's address.
  const after = alternation(words.flatMap((entry) => entry.after ?? []))
  const body = after && anchored === 'whole' ? `(${byline}|${names} (?:${after})(?: [\\w.+-]+@[\\w.-]+)?)` : `(${byline})`
  const pattern = anchored === 'whole' ? new RegExp(`^[-–—]?\\s*${body}$`, 'u') : new RegExp(`^(.*\\S)\\s+${body}$`, 'u')
  patterns.set(key, pattern)
  return pattern
}

const creditPatterns = new Map<string, RegExp | undefined>()

/** Whether a short line holds the language's words of a closing credit ("По материалам AFP и Reuters"). */
export function hasCreditWords(line: string, lang: string | undefined): boolean {
  const primary = primaryLanguage(lang, 'en')
  if (!creditPatterns.has(primary)) {
    const words = entryOfLanguage((language) => bylineWords[language]?.credit, primary) ?? []
    creditPatterns.set(primary, words.length > 0 ? new RegExp(`(?<![\\p{L}])(?:${words.map(escapeRegExp).join('|')})(?![\\p{L}])`, 'iu') : undefined)
  }
  return creditPatterns.get(primary)?.test(line) ?? false
}

const listPatterns = new Map<string, RegExp>()

/**
 * A line that is only a list of two to four people's names, joined by commas
 * or the language's and-words (English's too): "Mateusz Seroka, Piotr
 * Żochowski", "Anna Berg und Jan Holm" — a byline without a by-word, as many
 * sites print one of several authors. Each name is two or three capitalised
 * words, particles between them ("Ursula von der Leyen").
 */
export function nameListPattern(lang: string | undefined): RegExp {
  const primary = primaryLanguage(lang, 'en')
  const cached = listPatterns.get(primary)
  if (cached) return cached
  const words = withEnglish((language) => bylineWords[language], primary)
  const and = [...new Set(words.flatMap((entry) => entry.and))].map(escapeRegExp).join('|')
  const word = "\\p{Lu}[\\p{Ll}\\p{M}'’-]+"
  // Any white space between the words: a no-break space often binds a name.
  const name = `${word}(?:\\s+(?:(?:${nameParticles.join('|')})\\s+)*${word}){1,2}`
  const pattern = new RegExp(`^${name}(?:(?:,|\\s+(?:${and}))\\s+${name}){1,3}$`, 'u')
  listPatterns.set(primary, pattern)
  return pattern
}
