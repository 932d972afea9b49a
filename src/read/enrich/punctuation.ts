import type {AtomSpan} from '../draft.js'

/**
 * Dashes used as dashes: "--", and a spaced en dash or hyphen, or an em dash
 * anywhere. An en dash between digits is a range ("2015–2018") and stays text.
 */
// Each alternative starts with the dash itself and looks behind it afterwards, so that the
// engine only stops at dashes (a lookbehind first was tried at every character).
const dashes = /(?:--|–|-)(?<=\s(?:--|–|-))(?=\s)|--(?<=[\p{L}\p{N},.!?"”’)]--)(?=[\p{L}\p{N}"“‘(])|—/gu

export function findDashes(value: string): AtomSpan[] {
  return [...value.matchAll(dashes)].map((match) => ({
    start: match.index,
    end: match.index + match[0].length,
    node: {type: 'dash', value: match[0]}
  }))
}

/** Ellipses: "...", "…" and ". . .". */
const ellipses = /\.\s\.\s\.|\.{3}|…/g

export function findEllipses(value: string): AtomSpan[] {
  return [...value.matchAll(ellipses)].map((match) => ({
    start: match.index,
    end: match.index + match[0].length,
    node: {type: 'ellipsis', value: match[0]}
  }))
}
