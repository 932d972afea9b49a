import {toString} from '../model/to-string.js'
import type {Abbr, Article, BlockContent, Nodes} from '../model/types.js'
import {checkArticle} from '../model/arguments.js'

export interface ScriptOptions {
  /** Reading speed for the time estimate (default 160 words a minute, a calm news read). */
  wordsPerMinute?: number | undefined
}

/**
 * A plain-text script for a human narrator or a reviewer: the headline, the
 * byline, the caption marked as such, the paragraphs and subheads, the credit,
 * how to say each abbreviation, and an estimated reading time. Page furniture
 * is left out, as in the SSML.
 */
export function toScript(tree: Article, options: ScriptOptions = {}): string {
  checkArticle('toScript', tree)
  const wpm = options.wordsPerMinute ?? 160
  const head: string[] = []
  const body: string[] = []
  const credits: string[] = []
  for (const node of tree.children) {
    const text = blockText(node)
    if (text === undefined) continue
    if ((node.type === 'heading' && node.depth === 1) || node.type === 'byline') head.push(text)
    else if (node.type === 'credit') credits.push(text)
    else body.push(text)
  }
  const spoken = [...head, ...body, ...credits].join(' ')
  const words = spoken.split(/\s+/).filter((word) => /[\p{L}\p{N}]/u.test(word)).length
  const seconds = Math.round((words / wpm) * 60)

  const sections = [
    ...(head.length > 0 ? [['HEADLINE', head.join('\n')].join('\n')] : []),
    ...body,
    ...(credits.length > 0 ? [['CREDIT', credits.join('\n')].join('\n')] : []),
    ...pronunciation(tree),
    `READING TIME\nAbout ${Math.floor(seconds / 60)} min ${String(seconds % 60).padStart(2, '0')} s: ${words} words at ${wpm} words a minute.`
  ]
  return sections.join('\n\n') + '\n'
}

function blockText(node: BlockContent): string | undefined {
  switch (node.type) {
    case 'chrome': {
      return undefined
    }
    case 'heading': {
      return node.depth === 1 ? toString(node) : `SUBHEAD: ${toString(node)}`
    }
    case 'figure': {
      const caption = toString(node)
      return caption ? `PHOTO CAPTION: ${caption}` : node.alt ? `PHOTO: ${node.alt}` : undefined
    }
    case 'dateline': {
      return `DATELINE: ${toString(node)}`
    }
    case 'blockquote': {
      return node.children.map((p) => `QUOTED: ${toString(p)}`).join('\n\n')
    }
    case 'list': {
      return node.children.map((item) => `- ${toString(item)}`).join('\n')
    }
    default: {
      return toString(node)
    }
  }
}

/** Each abbreviation once: how to say it, and what it stands for. */
function pronunciation(tree: Article): string[] {
  const seen = new Map<string, Abbr>()
  const visit = (node: Nodes) => {
    if (node.type === 'chrome') return
    if (node.type === 'abbr' && !seen.has(node.value)) seen.set(node.value, node)
    if ('children' in node) for (const child of node.children as Nodes[]) visit(child)
  }
  visit(tree)
  if (seen.size === 0) return []
  const lines = [...seen.values()].map((abbr) => {
    const how =
      abbr.spoken === 'letters'
        ? `say the letters: ${[...abbr.value.replace(/[^\p{L}\p{N}]/gu, '')].join('-')}`
        : 'say it as a word'
    return `${abbr.value}: ${how}${abbr.expansion ? ` (${abbr.expansion})` : ''}`
  })
  return [['PRONUNCIATION', ...lines].join('\n')]
}
