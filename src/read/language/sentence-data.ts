/**
 * Marks that end a sentence in scripts other than the Latin, Greek and
 * Cyrillic full stop, question and exclamation marks that parse-english knows:
 * Arabic and Persian ؟, Urdu ۔, Devanagari । ॥, Armenian ։, Ethiopic ። ፧ ፨,
 * CJK 。！？, Myanmar ။, Tibetan ། (Unicode's Sentence_Terminal property).
 */
export const sentenceTerminals = '؟۔।॥։።፧፨。！？။།'

/** Of those, the ones of scripts written without spaces between sentences (CJK): a sentence ends at them even with no space after. */
export const unspacedTerminals = '。！？'

/**
 * Abbreviations with a full stop that stand before a name or a word that goes
 * on, in news of each language: a capital after them does not start a new
 * sentence ("в г. Москве", "вул. Хрещатик", "dl. Popescu", "Dr. Schmidt").
 * `unlessAfterNumber` ones mean a year after a number ("в 2017 г."), which can
 * end a sentence. By the language's primary subtag.
 */
export const abbreviationsBeforeNames: Record<string, {always: string[]; unlessAfterNumber?: string[]}> = {
  ru: {always: ['ул.', 'пр.', 'пл.', 'им.', 'св.', 'проф.', 'акад.', 'ген.', 'доц.', 'гр.', 'тов.', 'пос.', 'обл.', 'р.', 'оз.'], unlessAfterNumber: ['г.', 'гг.']},
  uk: {always: ['вул.', 'просп.', 'пл.', 'ім.', 'св.', 'проф.', 'акад.', 'ген.', 'м.', 'с.', 'смт.', 'обл.', 'р.'], unlessAfterNumber: ['р.', 'рр.']},
  be: {always: ['вул.', 'пр.', 'пл.', 'імя', 'св.', 'праф.', 'акад.', 'ген.', 'г.', 'в.', 'вобл.']},
  bg: {always: ['ул.', 'бул.', 'пл.', 'проф.', 'акад.', 'ген.', 'св.', 'с.', 'обл.'], unlessAfterNumber: ['г.']},
  kk: {always: ['көш.', 'даң.', 'проф.', 'акад.', 'ген.', 'обл.'], unlessAfterNumber: ['ж.']},
  ro: {always: ['dl.', 'dna.', 'dra.', 'str.', 'bd.', 'nr.', 'prof.', 'gen.', 'dr.', 'sf.', 'jud.']},
  sr: {always: ['g.', 'gđa.', 'gđica.', 'dr.', 'prof.', 'ul.', 'gen.', 'sv.', 'br.', 'г.', 'гђа.', 'др.', 'проф.', 'ул.', 'ген.', 'св.', 'бр.']},
  hr: {always: ['g.', 'gđa.', 'dr.', 'prof.', 'ul.', 'gen.', 'sv.', 'br.']},
  bs: {always: ['g.', 'gđa.', 'dr.', 'prof.', 'ul.', 'gen.', 'sv.', 'br.']},
  mk: {always: ['г.', 'г-ѓа.', 'д-р.', 'проф.', 'ул.', 'ген.', 'св.', 'бр.']},
  az: {always: ['prof.', 'dr.', 'gen.', 'küç.', 'pr.']},
  de: {always: ['Dr.', 'Prof.', 'Nr.', 'St.', 'Hr.', 'Fr.', 'Gen.', 'Str.']},
  fr: {always: ['M.', 'Mme.', 'Dr.', 'Pr.', 'St.', 'Ste.', 'Gal.', 'av.', 'bd.']},
  es: {always: ['Sr.', 'Sra.', 'Srta.', 'Dr.', 'Dra.', 'Av.', 'Gral.', 'Sto.', 'Sta.']},
  pl: {always: ['dr.', 'prof.', 'gen.', 'ul.', 'al.', 'pl.', 'św.', 'im.', 'ks.']},
  cs: {always: ['dr.', 'prof.', 'gen.', 'ul.', 'sv.', 'nám.']},
  hu: {always: ['dr.', 'prof.', 'id.', 'ifj.', 'u.', 'krt.']}
}
