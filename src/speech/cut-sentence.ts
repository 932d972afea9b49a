import type {Element, ElementContent} from 'xast'
import type {Size} from './dialects.js'
import {add, serialize, shellOf, sizeOf, textLength} from './xml-size.js'

/** The size of a node's XML, text billed. */
function sizeOfNode(node: ElementContent): Size {
  return sizeOf(serialize(node), textLength(node))
}

/**
 * A sentence longer than one request allows — a table's row, a list read
 * without a full stop — cut between words into copies of it that each fit
 * (`fits`, with `around`: the tags and document it is sent in), so that all of
 * it is said: its mark goes with the first piece, where the sentence starts;
 * an element inside it (an emphasis, a language) too long for one piece is
 * cut the same way, each piece in a copy of it. The engine pauses briefly
 * between the pieces. Undefined when one word alone is too long.
 * Sizes add up as the pieces grow: each child, and each word of a text cut, is serialised once.
 */
export function cutBetweenWords(element: Element, around: Size, fits: (size: Size) => boolean): Element[] | undefined {
  const shell = add(around, shellOf((children) => ({...element, children})).size)
  const pieces: Element[] = []
  let children: ElementContent[] = []
  let size = shell
  const flush = () => {
    if (children.length === 0) return
    pieces.push({...element, children})
    children = []
    size = shell
  }
  // Add a node to the piece under way, or to a new one; false when it does not fit even alone.
  const take = (node: ElementContent, nodeSize: Size): boolean => {
    if (!fits(add(size, nodeSize))) flush()
    if (!fits(add(size, nodeSize))) return false
    children.push(node)
    size = add(size, nodeSize)
    return true
  }
  for (const child of element.children) {
    const whole = sizeOfNode(child)
    if (fits(add(size, whole))) {
      children.push(child)
      size = add(size, whole)
    } else if (child.type === 'text') {
      // Each word with the white space after it: the text comes back whole when the pieces are read in turn.
      for (const word of child.value.match(/\S+\s*|\s+/g) ?? []) {
        const text: ElementContent = {type: 'text', value: word}
        if (!take(text, sizeOfNode(text))) return undefined
      }
    } else if (child.type === 'element' && !fits(add(shell, whole))) {
      const inner = cutBetweenWords(child, shell, fits)
      if (!inner) return undefined
      for (const piece of inner) if (!take(piece, sizeOfNode(piece))) return undefined
    } else if (!take(child, whole)) {
      return undefined
    }
  }
  flush()
  // Adjacent words are one text again.
  return pieces.map((piece) => ({...piece, children: mergeTexts(piece.children)}))
}

function mergeTexts(children: ElementContent[]): ElementContent[] {
  const out: ElementContent[] = []
  for (const child of children) {
    const last = out.at(-1)
    if (child.type === 'text' && last?.type === 'text') out[out.length - 1] = {type: 'text', value: last.value + child.value}
    else out.push(child)
  }
  return out
}
