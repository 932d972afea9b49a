/**
 * Characters XML 1.0 forbids (C0 controls but tab and line ends, U+FFFE and
 * U+FFFF, lone surrogates), which would make every XML output ill-formed and
 * can drive a terminal (ESC). Each becomes a space, or U+FFFD for a surrogate:
 * one code unit for one, so offsets stay true. Used on the raw page and again
 * on HTML text after its character references are decoded (`&#x1b;`).
 */
export function replaceForbidden(text: string): {text: string; replaced: number} {
  // Most text has none: two quick tests (isWellFormed: Node 20) before two replacements over all of it.
  if (!control.test(text) && text.isWellFormed()) return {text, replaced: 0}
  let replaced = 0
  const clean = text
    .replace(controls, () => (replaced++, ' '))
    .replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, () => (replaced++, '\uFFFD'))
  return {text: clean, replaced}
}

// The C0 controls XML forbids, and the two non-characters: one to test for, the same all to replace.
const control = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/
const controls = new RegExp(control.source, 'g')
