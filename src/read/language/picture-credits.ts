import {alternation, letterOrDigit} from '../../model/regexp.js'
import {entryOfLanguage, perLanguage, primaryLanguage, withEnglish} from '../../model/lang.js'
import {bylineWords, lowerCaseAgencies, nameParticles} from './byline-words.js'

/**
 * The words that credit a picture, by language: "Foto: dpa", "Bild: Keystone",
 * "Photo by Jane Doe on Unsplash", "Фото: ТАСС". Once a page is scraped to
 * text its pictures are gone and their captions stand alone between the
 * paragraphs, each with such a credit in it or at its end. English applies on
 * every page (stock-photo credits are printed in English everywhere).
 */
export const pictureMarks: Record<string, string[]> = {
  en: ['photo:', 'photos:', 'photo by', 'photograph:', 'photograph by', 'photo credit:', 'image:', 'image source:', 'image credit:', 'image by', 'picture:', 'credit:', 'pictured:'],
  de: ['foto:', 'fotos:', 'foto von', 'bild:', 'bilder:', 'bildquelle:', 'fotoquelle:', 'symbolbild:', 'titelbild:', 'beitragsbild:', 'abbildung:', 'grafik:'],
  fr: ['photo :', 'photo:', 'photos :', 'crédit photo', 'crédits photo', 'illustration :', 'image :'],
  es: ['foto:', 'fotos:', 'imagen:', 'fotografía:', 'ilustración:', 'crédito:', 'créditos:'],
  it: ['foto:', 'immagine:', 'credit:'],
  pt: ['foto:', 'fotos:', 'imagem:', 'crédito:', 'créditos:'],
  nl: ['foto:', 'beeld:', 'afbeelding:'],
  pl: ['fot.', 'foto:', 'zdjęcie:', 'źródło zdjęcia:'],
  cs: ['foto:', 'snímek:'],
  ru: ['фото:', 'иллюстрация:'],
  uk: ['фото:'],
  ro: ['foto:', 'fotografie:', 'sursa foto:'],
  sr: ['foto:', 'фото:'],
  hu: ['fotó:', 'kép:'],
  tr: ['fotoğraf:', 'foto:']
}

/**
 * Picture agencies and stock libraries, named in a credit after a slash or a
 * copyright sign ("TebNad/Shutterstock.com", "© AFP / Marco Bertorello").
 */
export const pictureSources = [
  'getty images', 'getty', 'shutterstock', 'unsplash', 'istock', 'istockphoto', 'pixabay', 'pexels', 'adobe stock', 'stock.adobe.com',
  'imago', 'picture alliance', 'picture-alliance', 'keystone', 'alamy', 'flickr', 'wikimedia commons', 'wenn.com', 'ap photo', 'afp', 'reuters', 'epa', 'dpa'
]

const patterns = new Map<string, RegExp>()

/**
 * Whether a line is a picture's caption or credit standing alone: a credit
 * word opens it, or ends it ("… (Foto: Getty)", "… Foto: Timur | flickr"),
 * or its last words name a picture's source after a slash or a © ("Judy
 * Eddy/WENN.com"). At most forty words: a paragraph that mentions a photo is
 * not one.
 */
export function isPictureCredit(line: string, lang: string | undefined): boolean {
  const text = line.trim()
  if (text.length === 0 || text.length > 320 || text.split(/\s+/).length > 40) return false
  const pattern = perLanguage(patterns, primaryLanguage(lang, 'en'), build)
  return pattern.test(text)
}

/** The language's credit words, and English's. */
function marksFor(lang: string): string[] {
  return [...(entryOfLanguage((language) => pictureMarks[language], lang) ?? []), ...(lang === 'en' ? [] : (pictureMarks.en ?? []))]
}

function build(lang: string): RegExp {
  const mark = `(?:${alternation(marksFor(lang), '\\s*')})`
  const source = `(?:${alternation(pictureSources)})`
  // A mark at the start; a mark in brackets, or after the caption's last full stop or a comma, with a few words
  // after it; after a space only, a mark with one or two words after it ("… in der Mitte Foto: CHIP") or a
  // source or a slash among them ("Demut hinter Masken Foto: Adobe Stock"); a © or (C) with a few words after
  // it; a source after a slash or ©, or before one in brackets, at the end. Each repeat needs a space and a
  // word, so that a line that fails is not tried in every way of cutting its words.
  return new RegExp(
    [
      `^[(\\[]?${mark}(?![\\p{L}])`,
      `[(\\[]${mark}(?![\\p{L}])[^()\\[\\]]{0,80}[)\\]]\\.?$`,
      `(?:^|[.!?,]\\s+|\\s[|/–-]\\s)${mark}(?![\\p{L}])\\s*\\S+(?:\\s+\\S+){0,7}$`,
      `\\s${mark}(?![\\p{L}])\\s*[^\\s.!?]+(?:\\s+[^\\s.!?]+)?$`,
      `\\s${mark}(?![\\p{L}])[^.!?]{0,60}(?:${source}(?![\\p{L}])|/)[^.!?/]{0,30}$`,
      `(?:©|\\([cC]\\))\\s*\\S+(?:\\s+\\S+){0,7}$`,
      `[/©]\\s*${source}(?![\\p{L}])[^/]{0,40}$`,
      `\\(\\s*${source}\\s*/[^()]{1,40}\\)$`
    ].join('|'),
    'iu'
  )
}

/**
 * The words of a credit in lower case that describe nothing: how it joins a
 * photographer to an agency or a library ("Photo by Jane Doe on Unsplash",
 * "via Pixabay"), and whose the picture is when no one is named ("Credit:
 * courtesy", "Foto: privat").
 */
export const creditWords = ['via', 'on', 'by', 'for', 'courtesy', 'photo', 'photos', 'privat', 'private']

// A credit names a photographer and an agency or two: a longer text after its mark says what the picture shows.
const bareCreditWords = 10

const bareOpenings = new Map<string, RegExp>()
const namingWords = new Map<string, Set<string>>()

/**
 * Whether a picture's caption is its credit and nothing else: a credit word
 * or a © opens it ("Foto: dpa", "(Image credit: Getty)", "© Reuters",
 * "Photo by Jane Doe on Unsplash", "Foto:"), and what follows names people and
 * agencies — capitalised words, web addresses, the particles of names, the
 * language's "and", lower-case agencies and libraries, a user's handle first
 * (in a script without case nothing tells a name, and none is bare).
 * "Abbildung: Farblich codierte Schneehöhendarstellung für das Mattertal",
 * "© Principle Power Schwimmender Windpark für Portugal" say what the picture
 * shows: not bare.
 */
export function isBareCredit(caption: string, lang: string | undefined): boolean {
  const text = caption.trim()
  if (text.length > 200) return false
  const primary = primaryLanguage(lang, 'en')
  // A credit word ("Foto:", "(Image credit:", "Photo by"), a © after it or alone, or "(c)".
  const opening = perLanguage(bareOpenings, primary, (language) =>
    new RegExp(`^[(\\[]?\\s*(?:(?:${alternation(marksFor(language), '\\s*')})(?![\\p{L}])\\s*(?:©\\s*)?|©\\s*|\\([cC]\\)\\s*)`, 'iu')
  )
  const mark = opening.exec(text)
  if (!mark) return false
  // What square brackets hold is the licence ("[CC BY-SA 3.0]", "[Public domain]").
  const words = text.slice(mark[0].length).replace(/\[[^\]]*\]/g, ' ').split(/\s+/).filter((word) => letterOrDigit.test(word))
  if (words.length > bareCreditWords) return false
  const naming = perLanguage(namingWords, primary, (language) => {
    const and = withEnglish((entry) => bylineWords[entry]?.and, language).flat()
    return new Set([...nameParticles, ...lowerCaseAgencies, ...pictureSources, ...creditWords, ...and])
  })
  // Only a capital tells a name from a word — so in a script without case nothing does, and the caption stays —
  // and an address names someone too ("unsplash/Bill Mead"); so may a user's handle, which opens the credit
  // ("cubicroot via Unsplash").
  return words.every((word, index) => {
    const bare = word.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '')
    return index === 0 || /^\p{Lu}/u.test(bare) || /[/.@\p{N}]/u.test(bare) || naming.has(bare.toLowerCase())
  })
}
