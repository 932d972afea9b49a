import {maxTreeDepth, tooDeep} from './depth.js'
import {AltformatError} from './error.js'
import type {InlineContent, Nodes} from './types.js'

/**
 * A compact, readable outline of a tree — one line per block and sentence,
 * inline nodes in brackets — for reviews, fixtures and `--to outline`:
 *
 * ```
 * heading 1
 *   s1  In Moscow, Johnson Says …
 * paragraph
 *   s3  … should [quote 1 “work together for peace and security.”]
 * ```
 */
export function inspect(node: Nodes): string {
  const deep = tooDeep(node)
  if (deep) throw new AltformatError('invalid-tree', `inspect: the tree nests deeper than ${maxTreeDepth} levels at ${deep}: no reader makes such a tree; check the code that built it`)
  return lines(node, '').join('\n') + '\n'
}

function lines(node: Nodes, indent: string): string[] {
  switch (node.type) {
    case 'article': {
      const meta = Object.entries(node.meta)
        .filter(([, value]) => value !== undefined)
        .map(([key, value]) => `${indent}  ${key}: ${String(value)}`)
      return [`${indent}article (${node.lang})`, ...meta, ...node.children.flatMap((child) => lines(child, indent + '  '))]
    }
    case 'chrome': {
      const links = (node.links ?? []).map((link) => `${indent}  link ${link.label} → ${link.url}`)
      return [`${indent}chrome ${node.kind}: ${node.label}`, ...links]
    }
    case 'dateline': {
      const parts = [node.place, node.date && `date=${node.date}`, node.iso && `iso=${node.iso}`, node.source && `source=${node.source}`]
      return [`${indent}dateline ${parts.filter(Boolean).join(' ')}`]
    }
    case 'heading': {
      return [`${indent}heading ${node.depth}`, ...node.children.flatMap((child) => lines(child, indent + '  '))]
    }
    case 'figure': {
      const attrs = [node.src && `src=${node.src}`, node.alt && `alt=${node.alt}`, node.credit && `credit=${node.credit}`].filter(Boolean).join(' ')
      return [`${indent}figure${attrs ? ' ' + attrs : ''}`, ...node.children.flatMap((child) => lines(child, indent + '  '))]
    }
    case 'byline': {
      return [`${indent}byline  ${node.children.map(inline).join('')}`]
    }
    case 'list': {
      return [`${indent}list${node.ordered ? ' ordered' : ''}`, ...node.children.flatMap((child) => lines(child, indent + '  '))]
    }
    case 'sentence': {
      return [`${indent}${node.id}  ${node.children.map(inline).join('')}`]
    }
    case 'caption':
    case 'paragraph':
    case 'blockquote':
    case 'listItem':
    case 'credit': {
      return [`${indent}${node.type}`, ...(node.children as Nodes[]).flatMap((child) => lines(child, indent + '  '))]
    }
    default: {
      return [`${indent}${inline(node)}`]
    }
  }
}

function inline(node: InlineContent): string {
  switch (node.type) {
    case 'text': {
      return node.value
    }
    case 'quote': {
      return `[quote ${node.level} ${node.open || '∅'}${node.children.map(inline).join('')}${node.close || '∅'}]`
    }
    case 'abbr': {
      return `[abbr ${node.value} ${node.spoken}${node.expansion ? ' = ' + node.expansion : ''}]`
    }
    case 'date': {
      return `[date ${node.value}${node.iso ? ' ' + node.iso : ''}]`
    }
    case 'number': {
      return `[${node.kind} ${node.value}${node.amount !== undefined ? ' = ' + node.amount : ''}]`
    }
    case 'dash': {
      return `[dash ${node.value}]`
    }
    case 'ellipsis': {
      return `[ellipsis ${node.value}]`
    }
    case 'link': {
      return `[link ${node.url} ${node.children.map(inline).join('')}]`
    }
    default: {
      return `[${node.type} ${node.children.map(inline).join('')}]`
    }
  }
}
