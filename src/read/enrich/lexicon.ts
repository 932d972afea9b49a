import type {AbbrSpoken} from '../../model/types.js'

export interface LexiconEntry {
  /** What the letters stand for, as a reader would want it explained. */
  expansion?: string | undefined
  /** How it is said: `letters` (F-S-B) or as a `word` (NATO). */
  spoken?: AbbrSpoken | undefined
}

/** Abbreviation → entry. Keys are matched exactly (case matters: `WHO` ≠ `who`). */
export type Lexicon = Record<string, LexiconEntry>

/**
 * A small built-in lexicon for the abbreviations news agencies use most. An
 * abbreviation not listed here is spelled as letters unless the user's lexicon
 * says otherwise; its expansion may still come from the text itself
 * ("International Atomic Energy Agency (IAEA)").
 */
export const builtinLexicon: Lexicon = {
  AFP: {expansion: 'Agence France-Presse'},
  AP: {expansion: 'Associated Press'},
  BBC: {expansion: 'British Broadcasting Corporation'},
  CIA: {expansion: 'Central Intelligence Agency'},
  EU: {expansion: 'European Union'},
  'E.U.': {expansion: 'European Union'},
  FBI: {expansion: 'Federal Bureau of Investigation'},
  FSB: {expansion: 'Federal Security Service'},
  GDP: {expansion: 'gross domestic product'},
  IAEA: {expansion: 'International Atomic Energy Agency'},
  IMF: {expansion: 'International Monetary Fund'},
  KGB: {expansion: 'Committee for State Security'},
  OSCE: {expansion: 'Organization for Security and Co-operation in Europe'},
  'RFE/RL': {expansion: 'Radio Free Europe/Radio Liberty'},
  UK: {expansion: 'United Kingdom'},
  'U.K.': {expansion: 'United Kingdom'},
  UN: {expansion: 'United Nations'},
  'U.N.': {expansion: 'United Nations'},
  US: {expansion: 'United States'},
  'U.S.': {expansion: 'United States'},
  USA: {expansion: 'United States of America'},
  VOA: {expansion: 'Voice of America'},
  WHO: {expansion: 'World Health Organization'},
  'a.m.': {expansion: 'ante meridiem'},
  'p.m.': {expansion: 'post meridiem'},
  ASEAN: {expansion: 'Association of Southeast Asian Nations', spoken: 'word'},
  COVID: {expansion: 'coronavirus disease', spoken: 'word'},
  FIFA: {expansion: 'International Federation of Association Football', spoken: 'word'},
  NASA: {expansion: 'National Aeronautics and Space Administration', spoken: 'word'},
  NATO: {expansion: 'North Atlantic Treaty Organization', spoken: 'word'},
  OPEC: {expansion: 'Organization of the Petroleum Exporting Countries', spoken: 'word'},
  SWIFT: {expansion: 'Society for Worldwide Interbank Financial Telecommunication', spoken: 'word'},
  UEFA: {expansion: 'Union of European Football Associations', spoken: 'word'},
  UNESCO: {expansion: 'United Nations Educational, Scientific and Cultural Organization', spoken: 'word'},
  UNICEF: {expansion: "United Nations Children's Fund", spoken: 'word'}
}
