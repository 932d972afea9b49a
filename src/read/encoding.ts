/**
 * The characters of a page given as bytes. UTF-8 when the bytes are valid
 * UTF-8 (whatever the page declares: a page saved again as UTF-8 often keeps
 * its old `<meta charset=iso-8859-1>`, and a real ISO-8859-1 page with any
 * accented letter is almost never valid UTF-8). Otherwise an HTML page is
 * decoded as it declares — the HTML Standard's sniffing (byte-order mark,
 * `<meta charset>` in the first 1024 bytes), done by html-encoding-sniffer,
 * then its `<meta>` elements further into the head, which browsers also honour
 * — or, declaring nothing, as windows-1252, the Standard's default. A text
 * page declares nothing: its bad bytes become U+FFFD. A UTF-16 byte-order
 * mark (a text saved as "Unicode" on Windows) is honoured for any page.
 */
import {createRequire} from 'node:module'
import type sniffer from 'html-encoding-sniffer'

// Loaded on the first page that is not UTF-8 (it brings iconv-lite: 8 ms of every start otherwise).
let loaded: typeof sniffer | undefined
const sniffHtmlEncoding: typeof sniffer = (bytes, options) => {
  loaded ??= createRequire(import.meta.url)('html-encoding-sniffer') as typeof sniffer
  return loaded(bytes, options)
}

export interface Decoded {
  text: string
  /** The WHATWG name of the encoding used. */
  encoding: string
  /** How the encoding was chosen, when it was not plain UTF-8. */
  how?: 'byte-order mark' | 'declared' | 'default' | 'replaced'
}

// How far into the page a late <meta charset> is looked for: the head of a heavy page, not its body.
const headBytes = 64 * 1024
const meta = Buffer.from('<meta', 'latin1')

/** The encoding an HTML page declares, or undefined. */
function declaredEncoding(bytes: Uint8Array): string | undefined {
  const none = 'none'
  const first = sniffHtmlEncoding(bytes, {defaultEncoding: none})
  if (first !== none) return first
  // The Standard's prescan stops at 1024 bytes; a long head of scripts puts the declaration later.
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.byteLength, headBytes))
  for (let at = buffer.indexOf(meta, 1024); at !== -1; at = buffer.indexOf(meta, at + meta.length)) {
    const found = sniffHtmlEncoding(buffer.subarray(at), {defaultEncoding: none})
    if (found !== none) return found
  }
  return undefined
}

/**
 * Decode a page's bytes. `isHtml` is asked, with the text read as UTF-8 with
 * its bad bytes replaced, only when the bytes are not UTF-8: whether the page
 * is HTML, whose declaration may then be read.
 */
export function decodeBytes(bytes: Uint8Array, isHtml: (lossy: string) => boolean): Decoded {
  const utf16 = bytes[0] === 0xff && bytes[1] === 0xfe ? 'UTF-16LE' : bytes[0] === 0xfe && bytes[1] === 0xff ? 'UTF-16BE' : undefined
  if (utf16) return {text: new TextDecoder(utf16).decode(bytes), encoding: utf16, how: 'byte-order mark'}
  try {
    return {text: new TextDecoder('utf-8', {fatal: true}).decode(bytes), encoding: 'UTF-8'}
  } catch {
    // Not UTF-8: the page's own declaration, or the Standard's default for HTML.
  }
  const lossy = new TextDecoder('utf-8').decode(bytes)
  if (isHtml(lossy)) {
    const declared = declaredEncoding(bytes)
    const encoding = declared ?? 'windows-1252'
    // A declaration of UTF-8 on bytes that are not, or of UTF-16 in a <meta> (which the Standard reads as UTF-8): U+FFFD below.
    if (encoding !== 'UTF-8' && encoding !== 'UTF-16LE' && encoding !== 'UTF-16BE' && isSupported(encoding)) {
      return {text: new TextDecoder(encoding).decode(bytes), encoding, how: declared ? 'declared' : 'default'}
    }
  }
  return {text: lossy, encoding: 'UTF-8', how: 'replaced'}
}

function isSupported(encoding: string): boolean {
  try {
    new TextDecoder(encoding)
    return true
  } catch {
    return false
  }
}
