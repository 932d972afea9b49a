import {x} from 'xastscript'
import type {Abbr, DateNode, Dash, Ellipsis, Emphasis, Link, NumberNode, Quote, Strong, Text} from '../../model/types.js'
import type {SpeechHandler, SpeechOut} from '../state.js'

export const text: SpeechHandler<Text> = (_, node) => [{type: 'text', value: node.value}]

/**
 * A quotation is read naturally: its words, not its marks. With
 * `announceQuotes`, "quote … end quote" around it (on the pieces that hold the
 * opening and closing marks).
 */
export const quote: SpeechHandler<Quote> = (state, node) => {
  if (!state.settings.announceQuotes) return state.all(node)
  const [open, close] = state.settings.quoteWords
  return [
    ...(node.open ? [{type: 'text' as const, value: `${open}, `}] : []),
    ...state.all(node),
    ...(node.close ? [{type: 'text' as const, value: `, ${close}`}] : [])
  ]
}

/**
 * Letters are spelled where the engine has `say-as characters`; words and other
 * engines read the text. espeak-ng spells plain capitals itself but reads
 * "RFE/RL" as "R F E slash R L": letters with other marks get a `sub` alias.
 */
export const abbr: SpeechHandler<Abbr> = (state, node) => {
  const {dialect} = state.settings
  if (node.spoken !== 'letters') return [{type: 'text', value: node.value}]
  if (dialect.characters) return [x('say-as', {'interpret-as': 'characters'}, node.value)]
  if (dialect.spellOut && /[^\p{L}.]/u.test(node.value)) {
    return [x('sub', {alias: [...node.value.replace(/[^\p{L}\p{N}]/gu, '')].join(' ')}, node.value)]
  }
  return [{type: 'text', value: node.value}]
}

/**
 * Dates are read from their printed words ("December 22"), which every engine
 * tested reads as a date; a numeric say-as form would replace the words.
 */
export const date: SpeechHandler<DateNode> = (_, node) => [{type: 'text', value: node.value}]

const currencies: Record<string, string> = {'US$': 'US dollars', $: 'dollars', '€': 'euros', '£': 'pounds', '¥': 'yen', '₽': 'rubles'}

/**
 * Years as years and cardinals as numbers where the engine has say-as for them;
 * for an engine without, the forms it reads badly are rewritten with `sub`.
 */
export const number: SpeechHandler<NumberNode> = (state, node) => {
  const {dialect} = state.settings
  if (node.kind === 'year' && dialect.yearAsDate && /^\d{4}$/.test(node.value)) {
    return [x('say-as', {'interpret-as': 'date', format: 'y'}, node.value)]
  }
  if (node.kind === 'cardinal' && dialect.cardinal && /^[\d,]+$/.test(node.amount ?? node.value)) {
    return [x('say-as', {'interpret-as': 'cardinal'}, node.amount ?? node.value)]
  }
  // "12 500" or "۱۲٬۵۰۰" in another language's print: engines read a space or a
  // mark of another script as two numbers, so they are given the value
  // ("12500"). A decimal in Latin digits keeps its language's mark ("3,5"),
  // which that language's voice reads as a decimal and would not read in "3.5".
  if (node.amount !== undefined && node.kind !== 'money' && node.kind !== 'percent') {
    const spoken = node.kind === 'decimal' && /^[\d.,\s\u00a0\u202f]+$/.test(node.value) ? node.value.replace(/[\s\u00a0\u202f]/g, '') : node.amount
    return spoken === node.value ? [{type: 'text', value: node.value}] : [x('sub', {alias: spoken}, node.value)]
  }
  // English readings: another language's voice says its own years and currencies from the digits.
  if (dialect.spellOut && state.settings.english) {
    // "1999" → "19 99": read as a year, not "one thousand nine hundred…".
    const year = /^(1[1-9]|20)(\d\d)$/.exec(node.value)
    if (node.kind === 'year' && year && !/^20(0\d)$|00$/.test(node.value)) {
      return [x('sub', {alias: `${year[1]} ${year[2]}`}, node.value)]
    }
    const money = /^(US\$|[$€£¥₽])\s?(.+)$/.exec(node.value)
    if (node.kind === 'money' && money) {
      return [x('sub', {alias: `${money[2]} ${currencies[money[1] as string]}`}, node.value)]
    }
  }
  return [{type: 'text', value: node.value}]
}

// A pause in place of the mark, with spaces so that glued words ("in...Ukraine",
// "ties--there") stay two words.
export const dash: SpeechHandler<Dash> = (state) => pause(state.settings.pauses.dash)

export const ellipsis: SpeechHandler<Ellipsis> = (state) => pause(state.settings.pauses.ellipsis)

function pause(time: string): SpeechOut {
  return [{type: 'text', value: ' '}, x('break', {time}), {type: 'text', value: ' '}]
}

export const emphasis: SpeechHandler<Emphasis> = (state, node) =>
  state.settings.dialect.emphasis ? [x('emphasis', {level: 'moderate'}, state.all(node))] : state.all(node)

export const strong: SpeechHandler<Strong> = (state, node) =>
  state.settings.dialect.emphasis ? [x('emphasis', {level: 'strong'}, state.all(node))] : state.all(node)

export const link: SpeechHandler<Link> = (state, node) => state.all(node)
