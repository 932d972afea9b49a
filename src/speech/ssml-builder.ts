import type {Article} from '../model/types.js'
import {toSsml} from './to-ssml.js'
import type {SsmlOptions} from './to-ssml.js'

/** What altformat needs of an ssml-builder `Speech` (or `AmazonSpeech`). */
export interface SpeechBuilder {
  sayWithSSML(ssml: string): unknown
}

/**
 * Add the article to an ssml-builder `Speech`, so that Alexa skill code can keep
 * chaining `.pause()` and `.say()` after it. The article is rendered here, as a
 * tree with escaping done by the XML serialiser, in the `alexa` dialect (or the
 * one given), and handed over with `sayWithSSML` — ssml-builder's own `p`, `s`
 * and `sayAs` take flat strings, and `sayAs` does not escape its text.
 *
 * ```js
 * import Speech from 'ssml-builder'
 * const speech = addToSpeech(new Speech(), tree).pause('1s').say('That was the news.')
 * speech.ssml()
 * ```
 */
export function addToSpeech<T extends SpeechBuilder>(speech: T, tree: Article, options: SsmlOptions = {}): T {
  const document = toSsml(tree, {dialect: 'alexa', ...options}).trim()
  const inner = document.replace(/^<speak[^>]*>/, '').replace(/<\/speak>$/, '')
  speech.sayWithSSML(inner)
  return speech
}
