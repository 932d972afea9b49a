/**
 * A link target that is safe to keep: http(s), mailto, or a relative URL.
 * `javascript:`, `data:`, `vbscript:` and every other scheme are dropped (the
 * link text stays). Browsers ignore tabs, newlines and leading control
 * characters in a scheme ("java\tscript:"), so those are removed before looking.
 */
export function safeUrl(href: unknown): string | undefined {
  if (typeof href !== 'string') return undefined
  const url = href.replace(/[\u0000-\u0020\u007F]+/g, (run, offset: number) =>
    offset === 0 || /^[\t\n\r]+$/.test(run) ? '' : encodeURI(run)
  ).trim()
  if (url === '') return undefined
  const scheme = /^([a-z][a-z\d+.-]*):/i.exec(url)
  if (!scheme) return url
  return /^(?:https?|mailto)$/i.test(scheme[1] as string) ? url : undefined
}

/**
 * A safe URL made absolute against the page's own address (`base`), so that it
 * still works from a file written somewhere else. Without a usable base a
 * relative URL is returned as it is.
 */
export function resolveUrl(href: unknown, base?: string): string | undefined {
  const url = safeUrl(href)
  if (url === undefined || !base || !/^https?:\/\//i.test(base) || !URL.canParse(url, base)) return url
  return safeUrl(new URL(url, base).href)
}

/** Whether a URL works on its own, from any page: http, https or mailto. */
export function isAbsoluteUrl(url: string): boolean {
  return /^(?:https?:\/\/|mailto:)/i.test(url)
}
