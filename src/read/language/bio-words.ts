import {perLanguage, primaryLanguage, withEnglish} from '../../model/lang.js'
import {alternation, wholeWords} from '../../model/regexp.js'
import type {WordTest} from '../../model/regexp.js'
import {wordCount} from './words.js'
import {nameParticles} from './byline-words.js'

/**
 * An author's biography, by language: how it opens — the author's name, or
 * "The author" — the verb that says what the author is or does ("is", "ist",
 * "writes", "arbeitet"), and the roles a biography names ("a senior writer",
 * "Redakteurin", "professor", "co-founder"). "Leah C. Stokes is an assistant
 * professor of political science …", "Inga Buller ist Head of Social &
 * Community bei CHIP.", "Der Autor ist Professor an der …": a site prints it
 * after the article, in a box the markup does not always name. English
 * applies on every page, as themes print it untranslated.
 */
export interface BioWords {
  /** Openings that stand for the author's name ("the author", "die Autorin"). */
  authors: string[]
  verbs: string[]
  roles: string[]
  /**
   * A blog's greeting and the author introducing themself ("Hi, ich bin Tine",
   * "Hi! My name is Florina"): the box about the blogger, whatever follows.
   */
  greetings: string[]
  introductions: string[]
  /** The language's "and", which joins the name a writer introduces themself by to what they say next ("I'm Amy and I'm so glad …"). */
  and: string[]
}

export const bioWords: Record<string, BioWords> = {
  en: {
    greetings: ['hi', 'hello', 'hey'],
    introductions: ['i am', 'i’m', "i'm", 'my name is'],
    and: ['and'],
    authors: ['the author', 'the writer'],
    verbs: ['is', 'was', 'writes', 'works', 'covers'],
    roles: ['writer', 'author', 'editor', 'journalist', 'reporter', 'correspondent', 'columnist', 'contributor', 'professor', 'founder', 'co-founder', 'consultant', 'expert', 'researcher', 'head of']
  },
  de: {
    greetings: ['hallo', 'hi', 'hey', 'servus', 'moin'],
    introductions: ['ich bin', 'mein name ist', 'ich heiße'],
    and: ['und'],
    authors: ['der autor', 'die autorin', 'der verfasser', 'die verfasserin'],
    verbs: ['ist', 'war', 'schreibt', 'arbeitet', 'leitet'],
    roles: [
      'autor', 'autorin', 'redakteur', 'redakteurin', 'chefredakteur', 'chefredakteurin', 'journalist', 'journalistin', 'reporter', 'reporterin',
      'korrespondent', 'korrespondentin', 'kolumnist', 'kolumnistin', 'volontär', 'volontärin', 'professor', 'professorin', 'gründer', 'gründerin',
      'geschäftsführer', 'geschäftsführerin', 'berater', 'beraterin', 'experte', 'expertin', 'wissenschaftler', 'wissenschaftlerin', 'ressort', 'head of'
    ]
  },
  fr: {
    greetings: ['bonjour', 'salut', 'coucou'],
    introductions: ['je suis', 'je m’appelle', "je m'appelle", 'moi c’est', "moi c'est"],
    and: ['et'],
    authors: ['l’auteur', "l'auteur", 'l’autrice', "l'autrice", 'l’auteure', "l'auteure"],
    verbs: ['est', 'était', 'écrit', 'travaille'],
    roles: ['auteur', 'autrice', 'auteure', 'journaliste', 'rédacteur', 'rédactrice', 'correspondant', 'correspondante', 'chroniqueur', 'chroniqueuse', 'professeur', 'professeure', 'fondateur', 'fondatrice', 'chercheur', 'chercheuse', 'consultant', 'consultante']
  },
  es: {
    greetings: ['hola'],
    introductions: ['soy', 'me llamo', 'mi nombre es'],
    and: ['y'],
    authors: ['el autor', 'la autora'],
    verbs: ['es', 'fue', 'escribe', 'trabaja'],
    roles: ['autor', 'autora', 'periodista', 'redactor', 'redactora', 'editor', 'editora', 'escritor', 'escritora', 'corresponsal', 'columnista', 'profesor', 'profesora', 'fundador', 'fundadora', 'investigador', 'investigadora', 'consultor', 'consultora']
  },
  it: {
    greetings: ['ciao', 'salve'],
    introductions: ['sono', 'mi chiamo'],
    and: ['e'],
    authors: ['l’autore', "l'autore", 'l’autrice', "l'autrice"],
    verbs: ['è', 'era', 'scrive', 'lavora'],
    roles: ['autore', 'autrice', 'giornalista', 'redattore', 'redattrice', 'scrittore', 'scrittrice', 'corrispondente', 'editorialista', 'professore', 'professoressa', 'fondatore', 'fondatrice', 'ricercatore', 'ricercatrice']
  },
  pt: {
    greetings: ['olá', 'oi'],
    introductions: ['sou', 'eu sou', 'meu nome é', 'chamo-me'],
    and: ['e'],
    authors: ['o autor', 'a autora'],
    verbs: ['é', 'foi', 'escreve', 'trabalha'],
    roles: ['autor', 'autora', 'jornalista', 'redator', 'redatora', 'editor', 'editora', 'escritor', 'escritora', 'correspondente', 'colunista', 'professor', 'professora', 'fundador', 'fundadora', 'pesquisador', 'pesquisadora']
  },
  nl: {
    greetings: ['hoi', 'hallo', 'hey'],
    introductions: ['ik ben', 'mijn naam is'],
    and: ['en'],
    authors: ['de auteur', 'de schrijver'],
    verbs: ['is', 'was', 'schrijft', 'werkt'],
    roles: ['auteur', 'schrijver', 'journalist', 'redacteur', 'correspondent', 'columnist', 'hoogleraar', 'oprichter', 'onderzoeker', 'adviseur']
  },
  pl: {
    greetings: ['cześć', 'hej', 'witaj', 'witajcie'],
    introductions: ['jestem', 'mam na imię', 'nazywam się'],
    and: ['i'],
    authors: ['autor', 'autorka'],
    verbs: ['jest', 'był', 'była', 'pisze', 'pracuje'],
    // "jest dziennikarką": after the verb a role is in the instrumental case.
    roles: [
      'autor', 'autorka', 'autorem', 'autorką', 'dziennikarz', 'dziennikarka', 'dziennikarzem', 'dziennikarką', 'redaktor', 'redaktorka', 'redaktorem', 'redaktorką',
      'publicysta', 'publicystka', 'publicystą', 'publicystką', 'korespondent', 'korespondentem', 'korespondentką', 'felietonista', 'felietonistą', 'felietonistką',
      'profesor', 'profesorem', 'założyciel', 'założycielem', 'założycielką', 'ekspert', 'ekspertem', 'ekspertką', 'analityk', 'analitykiem', 'analityczką'
    ]
  }
}

// A biography says who the author is in its first words: the role stands within this many words of the verb.
const roleWithin = 8
// A biography is a paragraph or two; a longer block that opens so is the article's, about someone.
const bioWordsAtMost = 90

// A name's parts: capitalised words or initials ("Evan V. Symon"), with the particles names carry between them (the bylines' own).
const namePart = String.raw`(?:\p{Lu}[\p{L}’'-]*\.?)`
const name = `${namePart}(?:\\s+(?:(?:${nameParticles.join('|')})\\s+)?${namePart}){0,3}`

interface BioPatterns {
  /** A greeting, then the author introducing themself, case ignored. */
  greeting: RegExp
  /** The author introducing themself ("Ich bin", "I'm"), case ignored; */
  introduction: RegExp
  /** then the name, and a comma or "and" after it: the name's capitals matter. */
  introduced: RegExp
  /** "The author" and the verb, case ignored; the rest of the block in the last group. */
  author: RegExp
  /** A name and the verb: the name's capitals matter; the rest of the block in the last group. */
  name: RegExp
  roles: WordTest
}

const patterns = new Map<string, BioPatterns | null>()

function build(primary: string): BioPatterns | null {
  const tables = withEnglish((language) => bioWords[language], primary)
  if (tables.length === 0) return null
  const verbs = alternation(tables.flatMap((words) => words.verbs))
  const greetings = alternation(tables.flatMap((words) => words.greetings))
  const introductions = alternation(tables.flatMap((words) => words.introductions), '\\s+')
  const and = alternation(tables.flatMap((words) => words.and))
  return {
    greeting: new RegExp(`^(?:${greetings})\\s*[,!.]*\\s+(?:${introductions})\\s`, 'iu'),
    introduction: new RegExp(`^(?:${introductions})\\s+`, 'iu'),
    introduced: new RegExp(`^${name}(?:\\s*,|\\s+(?:${and})\\s)`, 'u'),
    author: new RegExp(`^(?:${alternation(tables.flatMap((words) => words.authors), '\\s+')})\\s+(?:${verbs})\\s+(.*)$`, 'isu'),
    name: new RegExp(`^(${name})\\s+(?:${verbs})\\s+(.*)$`, 'su'),
    roles: wholeWords(tables.flatMap((words) => words.roles))
  }
}

/** The block trimmed and the language's patterns, when the block is short enough to be a biography (`bioWordsAtMost`). */
function shortBlock(text: string, lang: string | undefined): {trimmed: string; bio: BioPatterns} | undefined {
  const trimmed = text.trim()
  if (trimmed.length > bioWordsAtMost * 12 || wordCount(trimmed) > bioWordsAtMost) return undefined
  const bio = perLanguage(patterns, primaryLanguage(lang, 'en'), build)
  return bio ? {trimmed, bio} : undefined
}

/**
 * Whether `text` is an author's biography: at most `bioWordsAtMost` words,
 * opening with a greeting and the author introducing themself ("Hi, ich bin
 * Tine und gebürtige Berlinerin."), or with "the author" or a name (its first word not one of the
 * language's stop words: "Das ist …", "Es war …" are prose), then a verb of
 * the table, then a role of the table within `roleWithin` words.
 */
export function isAuthorBio(text: string, lang: string | undefined, stopwords: Set<string> | undefined): boolean {
  const short = shortBlock(text, lang)
  if (!short) return false
  const {trimmed, bio} = short
  if (bio.greeting.test(trimmed)) return true
  let rest = bio.author.exec(trimmed)?.[1]
  if (rest === undefined) {
    const named = bio.name.exec(trimmed)
    const first = named?.[1]?.split(/\s+/)[0]?.toLowerCase() ?? ''
    if (!named || stopwords?.has(first)) return false
    rest = named[2] ?? ''
  }
  return bio.roles.test(rest.split(/\s+/).slice(0, roleWithin).join(' '))
}

/**
 * Whether `text` is the author introducing themself by name, without a
 * greeting: "Ich bin Eleonore, Betreiberin von …", "I'm Amy and I'm so glad
 * you've stopped by!" — at most `bioWordsAtMost` words, the introduction, a
 * name (its first word not a stop word: "Ich bin Ihr Ansprechpartner" names
 * no one), then a comma or the language's "and". On an about page the same
 * words are the page's own text, so the caller asks it only of a block that
 * follows an article's body (author-bio.ts).
 */
export function isSelfIntroduction(text: string, lang: string | undefined, stopwords: Set<string> | undefined): boolean {
  const short = shortBlock(text, lang)
  const opening = short?.bio.introduction.exec(short.trimmed)
  if (!short || !opening) return false
  const {trimmed, bio} = short
  const rest = trimmed.slice(opening[0].length)
  const first = rest.split(/[\s,]+/)[0]?.toLowerCase() ?? ''
  return !stopwords?.has(first) && bio.introduced.test(rest)
}
