import {entryOfLanguage} from '../../model/lang.js'
import {abbreviationsBeforeNames} from './sentence-data.js'
import {bylineWords} from './byline-words.js'
import {chromeLabels} from './chrome-labels.js'
import {monthsOf} from './months.js'
import {stopwordsFor} from './stopwords.js'

/**
 * What the reader knows of a language beyond its script: the data it reads
 * with. A language missing some is read with its script's rules (sentence
 * marks, quotation marks) and with the features that hold anywhere (length,
 * links, shape), and the reader says so.
 */
export interface LanguageCoverage {
  /** Stop words (stopwords-iso): how much a block reads as prose. */
  stopwords: boolean
  /** Furniture labels ("Поделиться", "Читайте также"). */
  labels: boolean
  /** Byline and credit words ("Автор:", "По материалам"). */
  bylines: boolean
  /** Abbreviations that stand before names ("г.", "ул."). */
  abbreviations: boolean
  /** Month names and date forms (ICU). */
  dates: boolean
}

const names: Record<keyof LanguageCoverage, string> = {
  stopwords: 'stop words',
  labels: 'furniture labels',
  bylines: 'byline words',
  abbreviations: 'abbreviations',
  dates: 'month names'
}

export function languageCoverage(lang: string): LanguageCoverage {
  const primary = lang.toLowerCase().split('-')[0] ?? ''
  const english = primary === 'en'
  return {
    stopwords: stopwordsFor(lang) !== undefined,
    labels: entryOfLanguage((language) => chromeLabels[language], primary) !== undefined,
    bylines: entryOfLanguage((language) => bylineWords[language], primary) !== undefined,
    abbreviations: english || entryOfLanguage((language) => abbreviationsBeforeNames[language], primary) !== undefined,
    // English dates have their own rules; another language's come from ICU.
    dates: english || monthsOf(lang) !== undefined
  }
}

/** What a language lacks, in words ("stop words, furniture labels"), or undefined when it lacks nothing. */
export function missingRules(lang: string): string | undefined {
  const coverage = languageCoverage(lang)
  const missing = (Object.keys(names) as Array<keyof LanguageCoverage>).filter((key) => !coverage[key]).map((key) => names[key])
  return missing.length > 0 ? missing.join(', ') : undefined
}
