import type {Element, ElementContent, Root} from 'xast'
import {x} from 'xastscript'
import {AltformatError} from '../model/error.js'
import type {Article} from '../model/types.js'
import {speechHandlers} from './handlers/index.js'
import {resolveSpeechOptions} from './options.js'
import type {SpeechOptions, SpeechSettings} from './options.js'
import type {Size} from './dialects.js'
import type {SpeechHandlers} from './state.js'
import {createSpeechState} from './state.js'
import {checkArticle} from '../model/arguments.js'
import {add, serialize, shellOf, sizeOf, textLength} from './xml-size.js'
import {cutBetweenWords} from './cut-sentence.js'

export interface SsmlOptions extends SpeechOptions {
  /** Handlers to use instead of the built-in ones, by node type. */
  handlers?: Partial<SpeechHandlers> | undefined
}

/**
 * The article as one SSML document for the chosen dialect, as an xast tree.
 * Ignores the engine's request limit: see {@link toSsmlParts}.
 */
export function toSsmlTree(tree: Article, options: SsmlOptions = {}): Root {
  checkArticle('toSsmlTree', tree)
  const settings = resolveSpeechOptions(options, tree.lang)
  return {type: 'root', children: [wrap(settings, tree.lang, units(tree, settings, options))]}
}

/** The article as one SSML document (whatever its length). */
export function toSsml(tree: Article, options: SsmlOptions = {}): string {
  return serialize(toSsmlTree(tree, options)) + '\n'
}

/**
 * The article as SSML documents that each fit one request of the dialect's
 * engine (Polly 6,000 characters with 3,000 billed, Google 5,000 bytes, Azure
 * 64 KB, Alexa under 8,000 characters), split between paragraphs — or between
 * sentences when one paragraph is too long. Each part is a complete document;
 * together they say the whole article. Dialects without a limit give one part.
 *
 * A sentence alone over the limit is cut between its words (see cutBetweenWords).
 *
 * @throws {AltformatError} `too-long` when one word alone is over the limit.
 */
export function toSsmlParts(tree: Article, options: SsmlOptions = {}): string[] {
  checkArticle('toSsmlParts', tree)
  const settings = resolveSpeechOptions(options, tree.lang)
  const all = units(tree, settings, options)
  const {fits} = settings.dialect
  if (!fits) return [serialize(wrap(settings, tree.lang, all)) + '\n']

  // A document is its wrapper's opening, its units one after another, and the
  // wrapper's closing: serialise each unit once, and add up sizes.
  const {open, close, size: tags} = shellOf((children) => wrap(settings, tree.lang, children))
  // Each part is written with a line end after it, which a request sends too.
  const wrapper = add(tags, sizeOf('\n', 0))
  const fitsAlone = (piece: Piece) => fits(add(wrapper, piece.size))

  const parts: string[][] = []
  let current: string[] = []
  let size = wrapper
  for (const unit of all) {
    const whole = pieceOf(unit)
    const pieces = fitsAlone(whole) ? [whole] : splitParagraph(unit, (candidate) => fitsAlone(pieceOf(candidate))).map(pieceOf)
    for (const piece of pieces.flatMap((piece) => (fitsAlone(piece) ? [piece] : cutSentence(piece, wrapper, fits)))) {
      if (!fitsAlone(piece)) tooLong(settings, [piece.unit])
      if (!fits(add(size, piece.size)) && current.length > 0) {
        parts.push(current)
        current = []
        size = wrapper
      }
      current.push(piece.xml)
      size = add(size, piece.size)
    }
  }
  if (current.length > 0) parts.push(current)
  return parts.map((xmls) => open + xmls.join('') + close + '\n')
}

/**
 * A paragraph of one sentence too long for a request alone (a table's row, a
 * list without a full stop), as paragraphs of the pieces it is cut into
 * between words, each fitting one request; as it was when one word is too long.
 */
function cutSentence(piece: Piece, wrapper: Size, fits: (size: Size) => boolean): Piece[] {
  const paragraph = piece.unit
  const [sentence] = paragraph.type === 'element' ? paragraph.children : []
  if (paragraph.type !== 'element' || paragraph.children.length !== 1 || sentence?.type !== 'element') return [piece]
  const around = add(wrapper, shellOf((children) => ({...paragraph, children})).size)
  const cut = cutBetweenWords(sentence, around, fits)
  return cut ? cut.map((part) => pieceOf({...paragraph, children: [part]})) : [piece]
}

/** A unit with its XML and its size, worked out once. */
interface Piece {
  unit: ElementContent
  xml: string
  size: Size
}

function pieceOf(unit: ElementContent): Piece {
  const xml = serialize(unit)
  return {unit, xml, size: sizeOf(xml, textLength(unit))}
}

/** A paragraph too long for one request, as paragraphs of as many of its sentences as fit. */
function splitParagraph(unit: ElementContent, fitsAlone: (unit: ElementContent) => boolean): ElementContent[] {
  if (unit.type !== 'element' || unit.name !== 'p') return [unit]
  const pieces: ElementContent[] = []
  let sentences: ElementContent[] = []
  for (const sentence of unit.children) {
    if (sentences.length > 0 && !fitsAlone(x('p', [...sentences, sentence]))) {
      pieces.push(x('p', sentences))
      sentences = []
    }
    sentences.push(sentence)
  }
  if (sentences.length > 0) pieces.push(x('p', sentences))
  return pieces
}

/** The article's units: `p` and `break` elements, in spoken order. */
function units(tree: Article, settings: SpeechSettings, options: SsmlOptions): ElementContent[] {
  const state = createSpeechState(settings, {...speechHandlers, ...options.handlers})
  return state.one(tree)
}

/** `speak` with the attributes the dialect takes (and Azure's `voice`). */
function wrap(settings: SpeechSettings, lang: string, children: ElementContent[]): Element {
  switch (settings.dialect.speak) {
    case 'w3c': {
      return x('speak', {version: '1.1', xmlns: 'http://www.w3.org/2001/10/synthesis', 'xml:lang': lang}, children)
    }
    case 'azure': {
      const locale = settings.voice.split('-').slice(0, 2).join('-')
      return x('speak', {version: '1.0', xmlns: 'http://www.w3.org/2001/10/synthesis', 'xml:lang': locale}, [
        x('voice', {name: settings.voice}, children)
      ])
    }
    default: {
      return x('speak', children)
    }
  }
}

function tooLong(settings: SpeechSettings, content: ElementContent[]): never {
  const mark = findMark(content)
  throw new AltformatError(
    'too-long',
    `A sentence${mark ? ` (${mark})` : ''} holds a word longer than one ${settings.dialect.name} request allows ` +
      `(${settings.dialect.limit ?? 'no limit'}): use a dialect without a limit, such as w3c, or shorten it`
  )
}

function findMark(content: ElementContent[]): string | undefined {
  for (const node of content) {
    if (node.type !== 'element') continue
    if (node.name === 'mark') return String(node.attributes.name)
    if (node.name === 'bookmark') return String(node.attributes.mark)
    const inner = findMark(node.children)
    if (inner) return inner
  }
  return undefined
}
