import {existsSync, readFileSync, writeFileSync} from 'node:fs'
import {expect} from 'vitest'

/**
 * Compare `actual` with the golden file at `path`. With UPDATE=1 the file is
 * rewritten instead — and the run says so, so that a person reads the diff
 * before committing it. A missing golden file is a failure, never created
 * silently.
 */
export function expectGolden(actual: string, path: string): void {
  if (process.env.UPDATE === '1') {
    const before = existsSync(path) ? readFileSync(path, 'utf8') : undefined
    if (before !== actual) {
      writeFileSync(path, actual)
      console.warn(`UPDATE=1: rewrote ${path} — review the diff before committing`)
    }
    return
  }
  if (!existsSync(path)) {
    throw new Error(`No golden file ${path}: run with UPDATE=1 to write it, then read it before committing`)
  }
  expect(actual).toBe(readFileSync(path, 'utf8'))
}
