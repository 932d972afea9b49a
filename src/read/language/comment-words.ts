import {perLanguage, primaryLanguage, withEnglish} from '../../model/lang.js'
import {alternation} from '../../model/regexp.js'
import {wordCount} from './words.js'

/**
 * How a comment under an article is marked, by language: the button to reply
 * to it ("Reply", "Antworten", "Responder"), alone on its line or closing the
 * comment's dated line ("Josef Lindner, Do 9 Apr 2020 / 08:34 Antworten",
 * "… [ antworten ]"), and the verb after the commenter's name ("Anna says:",
 * "Rafael sagt:", "rebelde dijo:"). English applies on every page, as
 * comment plugins print it untranslated. An article may quote someone who
 * "says:"; only several such marks among dated lines make a thread
 * (comment-thread.ts).
 */
export const commentWords: Record<string, {reply: string[]; said: string[]}> = {
  en: {reply: ['reply', 'reply to this comment', 'respond'], said: ['says', 'said', 'wrote', 'commented']},
  de: {reply: ['antworten', 'beantworten', 'auf diesen kommentar antworten'], said: ['sagt', 'sagte', 'schreibt', 'schrieb', 'meint', 'kommentierte']},
  fr: {reply: ['répondre', 'repondre'], said: ['dit', 'a dit', 'écrit', 'a écrit']},
  es: {reply: ['responder', 'responde', 'contestar'], said: ['dijo', 'dice', 'escribió', 'comentó']},
  it: {reply: ['rispondi'], said: ['dice', 'ha detto', 'scrive', 'ha scritto']},
  pt: {reply: ['responder'], said: ['disse', 'diz', 'escreveu', 'comentou']},
  nl: {reply: ['reageer', 'reageren', 'beantwoorden'], said: ['zegt', 'schreef', 'schrijft']},
  pl: {reply: ['odpowiedz', 'odpowiedź'], said: ['napisał', 'napisała', 'pisze', 'mówi']},
  cs: {reply: ['odpovědět', 'odpovědet'], said: ['napsal', 'napsala', 'píše']},
  sv: {reply: ['svara'], said: ['säger', 'skrev']},
  da: {reply: ['svar'], said: ['siger', 'skrev']},
  no: {reply: ['svar'], said: ['sier', 'skrev']},
  fi: {reply: ['vastaa'], said: ['sanoo', 'kirjoitti']},
  hu: {reply: ['válasz'], said: ['írta']},
  ro: {reply: ['răspunde', 'raspunde'], said: ['spune', 'a spus', 'a scris']},
  tr: {reply: ['yanıtla', 'cevapla'], said: ['dedi', 'diyor', 'yazdı']},
  ru: {reply: ['ответить'], said: ['пишет', 'написал', 'написала', 'говорит']},
  uk: {reply: ['відповісти'], said: ['пише', 'написав', 'написала', 'каже']}
}

// A commenter's name and its verb ("Maria Musterfrau sagt:"): a few words.
const saidLineWords = 6
// A comment's dated line with its button: the name, the date and time, the button.
const datedLineWords = 16

const patterns = new Map<string, {button: RegExp; closing: RegExp; said: RegExp}>()

function build(primary: string): {button: RegExp; closing: RegExp; said: RegExp} {
  const entries = withEnglish((lang) => commentWords[lang], primary)
  const reply = alternation(entries.flatMap((entry) => entry.reply), '\\s+')
  const said = alternation(entries.flatMap((entry) => entry.said), '\\s+')
  // Around the word, what themes print with it: brackets, an arrow, a count ("Antworten ↓", "[ antworten ]", "Reply (2)").
  const marks = '[\\s\\[\\](){}|↓→»›:.\\p{N}-]*'
  return {
    button: new RegExp(`^${marks}(?:${reply})${marks}$`, 'iu'),
    closing: new RegExp(`(?<![\\p{L}])(?:${reply})${marks}$`, 'iu'),
    said: new RegExp(`(?<![\\p{L}])(?:${said})\\s*:$`, 'iu')
  }
}

/**
 * Whether a line marks a comment: a reply button alone ("Antworten",
 * "Reply ↓", "[ répondre ]"), a name and the verb before the comment
 * ("Rafael sagt:", "John says:"), or — when the line is a comment's dated
 * line (`dated`: it holds a date and a clock time) — a short line closing on
 * the button ("Ben 19. Juni 2018 um 15:28 Uhr - Antworten"). Undated, a line
 * closing on the word is a heading: "Fragen und Antworten".
 */
export function marksComment(line: string, lang: string | undefined, dated: boolean): boolean {
  if (line.length > datedLineWords * 15) return false
  const {button, closing, said} = perLanguage(patterns, primaryLanguage(lang, 'en'), build)
  if (button.test(line)) return true
  const words = wordCount(line)
  return (dated && words <= datedLineWords && closing.test(line)) || (words <= saidLineWords && said.test(line))
}
