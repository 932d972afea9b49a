import {AltformatError} from '../model/error.js'

/** How a BRF file is written for an embosser: the conventions embossers and their drivers differ on. */
export interface BrfSettings {
  /** After every line: CR LF (most embossers, liblouisutdml) or LF. */
  lineEnd: 'crlf' | 'lf'
  /** A form feed after every page, the last one too. */
  formFeed: boolean
  /** Blank lines to fill every page to its full length (the form feed alone ends a page otherwise). */
  pad: boolean
  /** Ctrl-Z (0x1A) at the end of the file, as some older embosser drivers want. */
  ctrlZ: boolean
  /** Braille ASCII in upper case (A–Z, @ [ \ ] ^) or lower case (a–z, ` { | } ~): readers treat the two alike. */
  case: 'upper' | 'lower'
}

/**
 * Named BRF profiles, each a convention a real tool or device writes. The
 * page size is not part of a profile: it is the braille's (`cells`, `lines`).
 */
export const brfProfiles = {
  standard: {
    description: 'CRLF, a form feed after every page, pages padded to their lines, upper case: what liblouisutdml writes',
    settings: {lineEnd: 'crlf', formFeed: true, pad: true, ctrlZ: false, case: 'upper'}
  },
  'ctrl-z': {
    description: 'the standard, ending in Ctrl-Z, as liblouisutdml writes with fileEnd ^z',
    settings: {lineEnd: 'crlf', formFeed: true, pad: true, ctrlZ: true, case: 'upper'}
  },
  unpadded: {
    description: 'the standard without blank lines to fill a page: the form feed ends it (DAISY Pipeline’s padding NONE)',
    settings: {lineEnd: 'crlf', formFeed: true, pad: false, ctrlZ: false, case: 'upper'}
  },
  lf: {
    description: 'LF line ends and a form feed after every page, as PreTeXt writes',
    settings: {lineEnd: 'lf', formFeed: true, pad: true, ctrlZ: false, case: 'upper'}
  },
  lower: {
    description: 'the standard in lower-case braille ASCII, as liblouis’ text_nabcc.dis writes it',
    settings: {lineEnd: 'crlf', formFeed: true, pad: true, ctrlZ: false, case: 'lower'}
  }
} as const satisfies Record<string, {description: string; settings: BrfSettings}>

export type BrfProfileName = keyof typeof brfProfiles

/**
 * A named profile with overrides, checked: `resolveBrf('lf', {ctrlZ: true})`.
 *
 * @throws {AltformatError} `invalid-option` for an unknown profile or a bad value.
 */
export function resolveBrf(profile: string = 'standard', overrides: Partial<BrfSettings> = {}): BrfSettings {
  const named = (brfProfiles as Record<string, {settings: BrfSettings}>)[profile]
  if (!named) {
    throw new AltformatError('invalid-option', `Unknown BRF profile “${profile}”: use ${Object.keys(brfProfiles).join(', ')}`)
  }
  const settings: BrfSettings = {...named.settings}
  for (const [key, value] of Object.entries(overrides)) {
    if (value === undefined) continue
    const valid =
      key === 'lineEnd' ? value === 'crlf' || value === 'lf' : key === 'case' ? value === 'upper' || value === 'lower' : key in settings ? typeof value === 'boolean' : false
    if (!valid) throw new AltformatError('invalid-option', `Invalid BRF setting ${key}: ${JSON.stringify(value)} (lineEnd crlf|lf, case upper|lower, formFeed, pad, ctrlZ true|false)`)
    ;(settings as unknown as Record<string, unknown>)[key] = value
  }
  return settings
}
