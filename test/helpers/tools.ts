import {existsSync} from 'node:fs'

/**
 * Tests that drive a real tool (Chromium, espeak-ng, lou_translate, xmllint)
 * skip with a visible reason when it is missing on a developer's machine, and
 * fail in CI (CI=true), where .ci/run installs it: a skipped engine test in CI
 * would be a silent failure.
 */
export function requireTool(name: string, path: string, install: string): boolean {
  if (existsSync(path)) return true
  const reason = `${name} is not installed at ${path} (${install})`
  if (process.env.CI) throw new Error(`CI must run the ${name} tests, but ${reason}`)
  console.warn(`SKIPPED: ${reason}`)
  return false
}
