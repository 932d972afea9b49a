import type {Element, Root} from 'hast'
import {elementsNamed} from './elements.js'
import {toString as hastToString} from 'hast-util-to-string'
import {toText} from 'hast-util-to-text'
import {fromParse5} from 'hast-util-from-parse5'
import {parseFragment} from 'parse5'

const parsed = new WeakMap<Root, Array<{record: Record<string, unknown>; script: Element}>>()

/**
 * What a page declares about its article in JSON-LD (schema.org): the records of
 * its `application/ld+json` scripts — a record, a list of them, or a `@graph` —
 * in document order, each with the script that holds it. A script whose JSON is
 * broken is the page's own business and is passed over: the other sources remain.
 */
export function jsonLdRecords(tree: Root): Array<{record: Record<string, unknown>; script: Element}> {
  // Parsed once per page: the headline and the body are both looked for in them.
  const known = parsed.get(tree)
  if (known) return known
  const out: Array<{record: Record<string, unknown>; script: Element}> = []
  parsed.set(tree, out)
  const visit = (data: unknown, script: Element, depth: number): void => {
    // Deeper than this, a value is some nested thing's, not the article's.
    if (depth > 4 || data === null || typeof data !== 'object') return
    if (Array.isArray(data)) {
      for (const item of data) visit(item, script, depth + 1)
      return
    }
    const record = data as Record<string, unknown>
    out.push({record, script})
    visit(record['@graph'], script, depth + 1)
  }
  for (const script of elementsNamed(tree, 'script')) {
    if (script.properties.type !== 'application/ld+json') continue
    let data: unknown
    try {
      data = JSON.parse(hastToString(script))
    } catch {
      continue
    }
    visit(data, script, 0)
  }
  return out
}

/** The first non-empty string the page's JSON-LD gives for `field`, trimmed, with its script. */
export function jsonLdString(tree: Root, field: string): {value: string; script: Element} | undefined {
  for (const {record, script} of jsonLdRecords(tree)) {
    const value = record[field]
    if (typeof value === 'string' && value.trim()) return {value: value.trim(), script}
  }
  return undefined
}

/**
 * The article's text as the publisher declares it (`articleBody`; the longest
 * when several records give one), with its script. Some publishers write it
 * as markup: that is read as text, a block's end a line's end, so that its
 * paragraphs stay apart.
 */
export function jsonLdArticleBody(tree: Root): {value: string; script: Element} | undefined {
  let best: {value: string; script: Element} | undefined
  for (const {record, script} of jsonLdRecords(tree)) {
    const value = record.articleBody
    if (typeof value === 'string' && value.trim().length > (best?.value.length ?? 0)) best = {value: value.trim(), script}
  }
  if (!best || !/<[a-z][^>]*>/i.test(best.value)) return best
  return {value: toText(fromParse5(parseFragment(best.value)) as Root).trim(), script: best.script}
}
