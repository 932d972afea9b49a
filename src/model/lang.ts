import {macrolanguageOf} from './macrolanguages.js'

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

/**
 * A tag's language subtag in lower case (`de-CH` → `de`), which the per-language
 * data is keyed by; `fallback` for no tag.
 */
export function primaryLanguage(lang: string | undefined, fallback = ''): string {
  const tag = lang ?? fallback
  let primary = primaries.get(tag)
  if (primary === undefined) {
    primary = tag.split('-')[0]?.toLowerCase() ?? fallback
    // A page or a batch has a few tags; a map grown past this was fed tags from elsewhere, and starts again.
    if (primaries.size >= primariesKept) primaries.clear()
    primaries.set(tag, primary)
  }
  return primary
}

// The per-language rules ask for a tag's language on every line they read: each tag's, worked out once.
const primaries = new Map<string, string>()
const primariesKept = 256

/**
 * A language's entry of a table and English's, which applies on every page
 * (themes and wire copy print it untranslated): the language's first, then
 * English's unless the language is English; absent entries left out.
 */
export function withEnglish<T>(entryOf: (language: string) => T | undefined, primary: string): T[] {
  const entries = [entryOfLanguage(entryOf, primary), primary === 'en' ? undefined : entryOf('en')]
  return entries.filter((entry): entry is T => entry !== undefined)
}

/**
 * A language's entry of a table, else its macrolanguage's: a page declares
 * Norwegian Bokmål (`nb`) where the tables, as stopwords-iso does, keep
 * Norwegian (`no`). So would Indonesian (`id`) take Malay's (`ms`) entry
 * where a table had Malay and not Indonesian — close languages; none has.
 */
export function entryOfLanguage<T>(entryOf: (language: string) => T | undefined, primary: string): T | undefined {
  const macro = macrolanguageOf(primary)
  return entryOf(primary) ?? (macro === undefined ? undefined : entryOf(macro))
}

/** The value kept for a language in `cache`, built the first time it is asked for. */
export function perLanguage<T>(cache: Map<string, T>, lang: string, build: (lang: string) => T): T {
  if (cache.has(lang)) return cache.get(lang) as T
  const value = build(lang)
  cache.set(lang, value)
  return value
}

/** Scripts written right to left (ISO 15924): Arabic, Hebrew, Thaana, Syriac, N'Ko, Adlam, Hanifi Rohingya, Mandaic, Samaritan. */
const rightToLeftScripts = new Set(['Arab', 'Hebr', 'Thaa', 'Syrc', 'Nkoo', 'Adlm', 'Rohg', 'Mand', 'Samr'])

/**
 * The direction a language is written in: by its script, as the tag gives it
 * (`az-Arab`) or as is likely for the language (ICU's likely subtags: `fa` →
 * Arabic script, `az` → Latin, `dv` → Thaana).
 */
export function directionOf(lang: string): 'ltr' | 'rtl' {
  try {
    const script = new Intl.Locale(lang).maximize().script
    return script !== undefined && rightToLeftScripts.has(script) ? 'rtl' : 'ltr'
  } catch {
    return 'ltr'
  }
}
