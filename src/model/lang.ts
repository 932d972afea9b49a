/**
 * A language tag as BCP 47 spells it, or undefined when it is not one. Pages
 * write `en_US` (POSIX style) for `en-US`; that much is repaired. A tag that
 * goes into `xml:lang` and the PEF metadata must be valid, or those outputs
 * are not.
 */
export function canonicalLang(tag: string): string | undefined {
  const candidate = tag.trim().replace(/_/g, '-')
  // Intl accepts any well-formed tag; a language subtag is letters (not `123`).
  if (!/^[A-Za-z]{2,8}(?:-|$)/.test(candidate)) return undefined
  try {
    return Intl.getCanonicalLocales(candidate)[0]
  } catch {
    return undefined
  }
}
