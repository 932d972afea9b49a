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
  const code = franc(prose.length >= minimumLength ? prose : text.slice(0, sample), {minLength: minimumLength, only})
  if (code === 'und') return undefined
  return iso6393To1[code] ?? code
}
