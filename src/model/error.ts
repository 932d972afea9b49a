/** Codes of every error altformat throws on purpose. Documented in docs/errors.md. */
export type AltformatErrorCode =
  | 'empty-input'
  | 'binary-input'
  | 'no-article'
  | 'unknown-format'
  | 'invalid-option'
  | 'invalid-tree'
  | 'unknown-node'
  | 'read-failed'
  | 'write-failed'
  | 'too-long'
  | 'translation-failed'
  | 'untranslatable'
  | 'too-large'
  | 'too-complex'
  | 'would-overwrite'
  | 'no-voice'
  | 'synthesis-failed'

/**
 * The one error type of the library: a stable `code` to branch on, and a message
 * that says what went wrong and what to do about it. `file` names the input when
 * there is one, so a batch can report it.
 */
export class AltformatError extends Error {
  readonly code: AltformatErrorCode
  readonly file: string | undefined

  constructor(
    code: AltformatErrorCode,
    message: string,
    options: {file?: string | undefined; cause?: unknown} = {}
  ) {
    super(message, options.cause === undefined ? undefined : {cause: options.cause})
    this.name = 'AltformatError'
    this.code = code
    this.file = options.file
  }
}

export function isAltformatError(value: unknown): value is AltformatError {
  return value instanceof AltformatError
}
