import type {readHtmlDraft} from './html/read-html.js'

/**
 * The HTML reader, registered rather than imported by the reader's core: it
 * brings rehype, parse5 and CSS selectors (some 70 modules), which a command
 * line run on text pages need not load. The package's entry point registers
 * it (`read/html/register.ts`), so `readArticle` reads HTML for every user of
 * the library; the command line loads it when a page may be HTML.
 */
type HtmlReader = typeof readHtmlDraft

let reader: HtmlReader | undefined

export function registerHtmlReader(fn: HtmlReader): void {
  reader = fn
}

export function htmlReader(): HtmlReader {
  // Only internal code can reach the core without the entry point: a missing registration is a bug here.
  if (!reader) throw new Error('altformat: the HTML reader is not loaded (import altformat, or await loadHtmlReader() first)')
  return reader
}

/** Load and register the HTML reader, once. */
export async function loadHtmlReader(): Promise<void> {
  if (!reader) await import('./html/register.js')
}

/**
 * The reader `auto` chooses: by the file's extension, else by how the text
 * starts (a doctype or a common element). The one rule for `readArticle` and
 * for the command line, which loads the HTML reader only when it will be used.
 */
export function autoReader(path: string | undefined, text: string): 'html' | 'text' {
  if (path && /\.x?html?$/i.test(path)) return 'html'
  if (path && /\.(?:txt|text)$/i.test(path)) return 'text'
  return /^\s*(?:<!doctype html|<html[\s>]|<(?:head|body|article|main|div|p|section)[\s>])/i.test(text) ? 'html' : 'text'
}

/** Whether a page will be read as HTML (`from`, else {@link autoReader} on its first bytes). */
export function mayBeHtml(from: string | undefined, path: string | undefined, start: Uint8Array | string): boolean {
  if (from === 'html' || from === 'text') return from === 'html'
  const head = typeof start === 'string' ? start.slice(0, 1024) : Buffer.from(start.subarray(0, 1024)).toString('utf8')
  return autoReader(path, head.replace(/^\uFEFF/, '')) === 'html'
}
