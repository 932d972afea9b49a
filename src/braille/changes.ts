import type {Article} from '../model/types.js'
import {codePoints} from './normalize.js'
import type {BrailleDocument} from './to-braille.js'

/**
 * What the braille changed from print, for the transcriber to check: the page
 * furniture left out (by kind, as the reader typed it), the characters the
 * table has no braille for and what each became, and the transcriber's notes
 * added. Plain text, one item a line, from what altformat already knows.
 */
export function listChanges(tree: Article, braille: BrailleDocument): string {
  const out: string[] = [`Changes from print${tree.meta.title ? `: ${tree.meta.title}` : ''}`, '']
  const chrome = tree.children.flatMap((node) => (node.type === 'chrome' && node.kind !== 'copyright' ? [`  ${node.kind}: ${node.label}`] : []))
  out.push(`Left out as page furniture (${chrome.length}):`, ...(chrome.length > 0 ? chrome : ['  none']), '')
  const replaced = Object.entries(braille.substitutes).map(([char, as]) => `  ${char} (${codePoints(char)}): ${as ? `written ${as}` : 'left out'}`)
  out.push(`Characters without braille in ${braille.table} (${replaced.length}):`, ...(replaced.length > 0 ? replaced : ['  none']), '')
  out.push(`Transcriber's notes added (${braille.notes.length}):`, ...(braille.notes.length > 0 ? braille.notes.map((note) => `  ${note}`) : ['  none']))
  return out.join('\n') + '\n'
}
