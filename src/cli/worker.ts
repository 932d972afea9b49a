import {parentPort, workerData} from 'node:worker_threads'
import type {TranslatedArticle} from '../index.js'
import type {Input} from './inputs.js'
import {renderPage} from './render-page.js'
import type {Settings} from './settings.js'

/**
 * A batch worker: loads altformat (and liblouis) once, then renders the pages
 * it is sent, writing their files itself. It answers each page with whether it
 * rendered and what it had to say on standard error.
 */
export interface PageDone {
  input: Input
  ok: boolean
  /** Failed in part: some of its formats written. */
  partial?: boolean | undefined
  stderr: string
  /** With `--bundle`: the page's braille, translated, for the edition. */
  translated?: TranslatedArticle | undefined
}

const settings = workerData as Settings
parentPort?.on('message', async (input: Input) => {
  let stderr = ''
  const {ok, partial, translated} = await renderPage(input, settings, {
    stdout: () => undefined,
    stderr: (text) => {
      stderr += text
    },
    readStdin: async () => Buffer.alloc(0)
  })
  parentPort?.postMessage({input, ok, partial, stderr, translated} satisfies PageDone)
})
