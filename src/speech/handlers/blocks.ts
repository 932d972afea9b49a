import type {Element, ElementContent} from 'xast'
import {x} from 'xastscript'
import type {
  Article,
  Blockquote,
  Byline,
  Caption,
  Chrome,
  Credit,
  Dateline,
  Figure,
  Heading,
  List,
  ListItem,
  Paragraph,
  Sentence
} from '../../model/types.js'
import type {SpeechHandler, SpeechOut, SpeechState} from '../state.js'

/**
 * A sentence: `<s>` opened by the sentence's mark, so a player can highlight
 * the same sentence in the HTML and braille.
 */
export const sentence: SpeechHandler<Sentence> = (state, node) => {
  const {dialect} = state.settings
  const mark: ElementContent[] =
    dialect.mark === 'mark' ? [x('mark', {name: node.id})] : dialect.mark === 'bookmark' ? [x('bookmark', {mark: node.id})] : []
  const content = tidySpaces(state.all(node))
  if (dialect.guardFinalStop) guardFinalStop(content)
  return [x('s', [...mark, ...content])]
}

/**
 * Pauses come with spaces on both sides (so "in...Ukraine" stays two words):
 * drop the second of two spaces around a pause, and spaces at the sentence's ends.
 */
function tidySpaces(content: ElementContent[]): ElementContent[] {
  const out: ElementContent[] = []
  for (const node of content) {
    const previous = out.at(-1)
    if (node.type === 'text' && previous?.type === 'text') {
      previous.value = (previous.value + node.value).replace(/ {2,}/g, ' ')
      continue
    }
    out.push(node.type === 'text' ? {...node} : node)
  }
  out.forEach((node, index) => {
    if (node.type !== 'text') return
    const before = out[index - 2]
    // "ties <break/> there": the space after the pause goes when one came before it.
    const pause = out[index - 1]
    if (pause?.type === 'element' && pause.name === 'break' && before?.type === 'text' && before.value.endsWith(' ')) {
      node.value = node.value.replace(/^ /, '')
    }
  })
  const first = out[0]
  const last = out.at(-1)
  if (first?.type === 'text') first.value = first.value.trimStart()
  if (last?.type === 'text') last.value = last.value.trimEnd()
  return out.filter((node) => node.type !== 'text' || node.value !== '')
}

/** espeak-ng reads "dot" for a "." right after a closing tag at the end of a sentence. */
function guardFinalStop(content: ElementContent[]): void {
  const last = content.at(-1)
  const before = content.at(-2)
  if (last?.type === 'text' && /^[.]\W*$/.test(last.value) && before?.type === 'element') {
    content.splice(content.length - 1, 0, x('break', {time: '1ms'}))
  }
}

/** A block's sentences as one `<p>`. */
function paragraphOf(state: SpeechState, node: {children: readonly Sentence[]}, lead: ElementContent[] = []): SpeechOut {
  const sentences = state.all(node)
  return sentences.length > 0 || lead.length > 0 ? [x('p', [...lead, ...sentences])] : []
}

/** A line of our own words (a label, a byline), as an unmarked sentence. */
function said(text: string): Element {
  return x('s', text)
}

export const heading: SpeechHandler<Heading> = (state, node) =>
  node.depth === 1 ? paragraphOf(state, node) : [x('break', {time: state.settings.pauses.subhead}), ...paragraphOf(state, node)]

export const paragraph: SpeechHandler<Paragraph> = (state, node) => paragraphOf(state, node)

export const credit: SpeechHandler<Credit> = (state, node) => paragraphOf(state, node)

/** The caption, announced as one, then a pause. A photo with no caption is described by its alt text. */
export const figure: SpeechHandler<Figure> = (state, node) => {
  const captions = state.all(node)
  if (captions.length === 0 && !node.alt) return []
  const content = captions.length > 0 ? captions : [x('p', [said(state.settings.captionLabel), said(node.alt ?? '')])]
  return [...content, x('break', {time: state.settings.pauses.caption})]
}

export const caption: SpeechHandler<Caption> = (state, node) => paragraphOf(state, node, [said(state.settings.captionLabel)])

export const byline: SpeechHandler<Byline> = (state, node) => [x('p', [x('s', state.all(node))])]

/**
 * "VIENNA --" is said as a place name, "Vienna", not spelled as capitals; a
 * source such as "(RFE/RL)" as the abbreviation it is.
 */
export const dateline: SpeechHandler<Dateline> = (state, node) => {
  const place = node.place.replace(/\p{Lu}+/gu, (word) => (word.length > 1 ? word[0] + word.slice(1).toLowerCase() : word))
  const content: ElementContent[] = [{type: 'text', value: [place, node.date].filter(Boolean).join(', ')}]
  if (node.source) {
    content.push({type: 'text', value: ', '})
    const letters = /^[\p{Lu}/&.]+$/u.test(node.source)
    content.push(...(letters ? state.one({type: 'abbr', value: node.source, spoken: 'letters'}) : [{type: 'text' as const, value: node.source}]))
  }
  return [x('p', [x('s', content)])]
}

export const blockquote: SpeechHandler<Blockquote> = (state, node) => state.all(node)

export const list: SpeechHandler<List> = (state, node) => state.all(node)

export const listItem: SpeechHandler<ListItem> = (state, node) => state.all(node)

/** Page furniture is never spoken. */
export const chrome: SpeechHandler<Chrome> = () => []

/**
 * The spoken order: headline (and byline), a pause, the caption, the body in
 * order, the credit last.
 */
export const article: SpeechHandler<Article> = (state, node) => {
  const head: SpeechOut = []
  const body: SpeechOut = []
  const credits: SpeechOut = []
  for (const child of node.children) {
    const out = state.one(child)
    if ((child.type === 'heading' && child.depth === 1) || child.type === 'byline') head.push(...out)
    else if (child.type === 'credit') credits.push(...out)
    else body.push(...out)
  }
  if (head.length > 0) head.push(x('break', {time: state.settings.pauses.headline}))
  return [...head, ...body, ...credits]
}
