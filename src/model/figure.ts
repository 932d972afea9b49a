import {toString} from './to-string.js'
import type {Figure} from './types.js'

const fold = (value: string): string => value.toLowerCase().replace(/\s+/g, ' ').trim()

/**
 * A picture's alt text when the reader needs it beside the caption — it
 * says what the caption does not — or undefined when there is none or the
 * caption already says it. Braille gives it as a transcriber's note, HTML as
 * an image when there is no image to load.
 */
export function altBesideCaption(node: Figure): string | undefined {
  const alt = node.alt?.trim()
  if (!alt) return undefined
  const said = node.children.map((caption) => fold(toString(caption))).join(' ')
  return said.includes(fold(alt)) ? undefined : alt
}
