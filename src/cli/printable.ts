/**
 * Text made safe for a terminal. A file name or an option can hold control
 * characters — ESC and BEL (`\x1b]0;pwned\x07` retitled the terminal), a
 * carriage return that overwrites the line — or bidirectional overrides that
 * show a name reversed; in a message they are written as `\x1B`, `\u202E`
 * instead of acting. Line breaks and tabs stay.
 */
export function printable(text: string): string {
  return text.replace(/[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/g, (char) => {
    const code = char.charCodeAt(0)
    return code < 0x100 ? `\\x${code.toString(16).toUpperCase().padStart(2, '0')}` : `\\u${code.toString(16).toUpperCase()}`
  })
}
