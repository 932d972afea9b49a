import {readFileSync} from 'node:fs'
import {createRequire} from 'node:module'
import type {Browser, Page} from 'playwright-core'
import {chromium} from 'playwright-core'
import {afterAll, beforeAll} from 'vitest'

const require = createRequire(import.meta.url)
const axeSource = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8')

export const chromiumPath = '/usr/bin/chromium'

/** The rule tags the issue asks for. */
export const axeTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice']

export interface AxeViolation {
  id: string
  impact: string | null
  help: string
  nodes: Array<{html: string; target: string[]}>
}

export interface AxeResult {
  violations: AxeViolation[]
  passes: Array<{id: string}>
}

/**
 * Debian's Chromium, driven by playwright-core (Playwright's own browser
 * download cannot work here), with the flags this closed network needs.
 */
export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: chromiumPath,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run'
    ]
  })
}

/** Load a page's HTML, inject axe-core and run it. */
export async function runAxe(page: Page, html: string): Promise<AxeResult> {
  // Images point at hosts this machine cannot reach: answer them empty at once.
  await page.route('**/*', (route) => (route.request().resourceType() === 'document' ? route.continue() : route.abort()))
  await page.setContent(html, {waitUntil: 'domcontentloaded'})
  await page.addScriptTag({content: axeSource})
  // Runs in the page: `axe` and `document` are the page's globals.
  return page.evaluate((tags) => {
    const page = globalThis as unknown as {
      axe: {run: (context: unknown, options: unknown) => Promise<AxeResult>}
      document: unknown
    }
    return page.axe.run(page.document, {runOnly: {type: 'tag', values: tags}})
  }, axeTags)
}

/**
 * One Chromium page for the tests of the describe block that calls this:
 * launched before them (when Chromium is available), closed after them.
 */
export function sharedPage(available: boolean): () => Page {
  let browser: Browser | undefined
  let page: Page | undefined
  beforeAll(async () => {
    if (!available) return
    browser = await launchBrowser()
    page = await browser.newPage()
  }, 60_000)
  afterAll(async () => {
    await browser?.close()
  })
  return () => {
    if (!page) throw new Error('Chromium was not launched')
    return page
  }
}
