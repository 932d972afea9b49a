/**
 * What each text-to-speech engine accepts, as a small profile over the one
 * renderer. Sources (checked 2026): Amazon Polly "Supported SSML tags" and
 * "Quotas" (6,000 characters per request, 3,000 of them billed text); Google
 * Cloud TTS "Quotas" (5,000 bytes per request); Azure AI Speech "SSML document
 * structure" (a `voice` element, `bookmark`, 64 KB per turn); Alexa Skills Kit
 * "SSML reference" (no `version`, no `mark`, outputSpeech under 8,000
 * characters); espeak-ng docs/markup.md, and espeak-ng 1.51 run on this machine.
 */
export type DialectName = 'w3c' | 'polly' | 'polly-neural' | 'google' | 'azure' | 'alexa' | 'espeak'

export const dialectNames: readonly DialectName[] = ['w3c', 'polly', 'polly-neural', 'google', 'azure', 'alexa', 'espeak']

export interface Dialect {
  name: DialectName
  /** `speak` attributes: SSML 1.1's version, namespace and language, where the engine takes them. */
  speak: 'w3c' | 'azure' | 'bare'
  /** How a sentence is marked for synchronisation: `<mark name>`, Azure's `<bookmark mark>`, or not at all. */
  mark: 'mark' | 'bookmark' | 'none'
  /** `say-as interpret-as="characters"` for abbreviations said as letters. */
  characters: boolean
  /** `say-as interpret-as="cardinal"` for cardinal numbers. */
  cardinal: boolean
  /** `say-as interpret-as="date" format="y"` for years. */
  yearAsDate: boolean
  /** `emphasis` (Polly's neural voices reject it). */
  emphasis: boolean
  /**
   * Rewrite what the engine reads badly, with `sub alias`: money symbols
   * ("$4.2 million" → "4.2 million dollars") and years ("1999" → "19 99").
   * For engines without say-as support for them (espeak-ng).
   */
  spellOut: boolean
  /**
   * espeak-ng says "dot" for a full stop right after a closing inline tag at the
   * end of a sentence; a 1 ms break between them stops it (measured, 1.51).
   */
  guardFinalStop: boolean
  /** Longest `break`, in milliseconds. */
  maxBreak: number
  /** Whether one request may hold a document of this size; undefined for no limit. */
  fits?: ((size: Size) => boolean) | undefined
  /** The limit in words, for messages. */
  limit?: string | undefined
}

/** A document's size in each vendor's unit: characters, UTF-8 bytes, and Polly's billed (text) characters. */
export interface Size {
  characters: number
  bytes: number
  billed: number
}

export const dialects: Record<DialectName, Dialect> = {
  w3c: {
    name: 'w3c', speak: 'w3c', mark: 'mark', characters: true, cardinal: false, yearAsDate: false,
    emphasis: true, spellOut: false, guardFinalStop: false, maxBreak: 10_000
  },
  polly: {
    name: 'polly', speak: 'bare', mark: 'mark', characters: true, cardinal: true, yearAsDate: true,
    emphasis: true, spellOut: false, guardFinalStop: false, maxBreak: 10_000,
    fits: (size) => size.characters <= 6000 && size.billed <= 3000,
    limit: '6,000 characters, 3,000 of them billed, per request'
  },
  'polly-neural': {
    // `characters` would switch the sentence to the standard voice: letters are left to the voice.
    name: 'polly-neural', speak: 'bare', mark: 'mark', characters: false, cardinal: true, yearAsDate: true,
    emphasis: false, spellOut: false, guardFinalStop: false, maxBreak: 10_000,
    fits: (size) => size.characters <= 6000 && size.billed <= 3000,
    limit: '6,000 characters, 3,000 of them billed, per request'
  },
  google: {
    name: 'google', speak: 'bare', mark: 'mark', characters: true, cardinal: true, yearAsDate: false,
    emphasis: true, spellOut: false, guardFinalStop: false, maxBreak: 10_000,
    fits: (size) => size.bytes <= 5000,
    limit: '5,000 bytes per request'
  },
  azure: {
    name: 'azure', speak: 'azure', mark: 'bookmark', characters: true, cardinal: true, yearAsDate: true,
    emphasis: false, spellOut: false, guardFinalStop: false, maxBreak: 20_000,
    fits: (size) => size.bytes <= 65_536,
    limit: '64 KB per request'
  },
  alexa: {
    name: 'alexa', speak: 'bare', mark: 'none', characters: true, cardinal: true, yearAsDate: true,
    emphasis: true, spellOut: false, guardFinalStop: false, maxBreak: 10_000,
    fits: (size) => size.characters < 8000,
    limit: 'fewer than 8,000 characters per response'
  },
  espeak: {
    name: 'espeak', speak: 'bare', mark: 'mark', characters: false, cardinal: false, yearAsDate: false,
    emphasis: true, spellOut: true, guardFinalStop: true, maxBreak: 10_000
  }
}
