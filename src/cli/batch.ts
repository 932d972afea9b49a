import {Worker} from 'node:worker_threads'
import {SingleBar} from 'cli-progress'
import type {Input} from './inputs.js'
import {renderPage} from './render-page.js'
import type {Io, Settings} from './settings.js'
import type {PageDone} from './worker.js'

/**
 * Render every page: in this thread for one job (or one page), else on
 * `settings.jobs` worker threads, each loading altformat once and taking the
 * next page as it finishes one. A page that fails is reported and the batch
 * goes on. A progress bar on a terminal; nothing else until the summary.
 * Resolves to the number of pages that failed.
 */
export async function runBatch(inputs: Input[], settings: Settings, io: Io): Promise<number> {
  const bar =
    io.isTTY && !settings.quiet && inputs.length > 1
      ? new SingleBar({
          format: 'altformat [{bar}] {value}/{total} pages | {eta_formatted} left | {failed} failed',
          stream: {write: (text: string) => io.stderr(text), isTTY: true} as unknown as NodeJS.WritableStream,
          hideCursor: false,
          clearOnComplete: true
        })
      : undefined
  let failed = 0
  bar?.start(inputs.length, 0, {failed})
  const done = (ok: boolean, stderr: string) => {
    if (!ok) failed++
    // Clear the bar's line before a message, so that the two do not mix.
    if (stderr) io.stderr((bar ? '\r\u001B[K' : '') + stderr)
    bar?.increment({failed})
  }

  const jobs = Math.min(settings.jobs, inputs.filter((input) => input.path !== '-').length)
  if (jobs <= 1) {
    for (const input of inputs) {
      let stderr = ''
      const ok = await renderPage(input, settings, {...io, stderr: (text) => (stderr += text)})
      done(ok, stderr)
    }
  } else {
    // Standard input is read here; files go to the workers.
    for (const input of inputs.filter((item) => item.path === '-')) {
      let stderr = ''
      done(await renderPage(input, settings, {...io, stderr: (text) => (stderr += text)}), stderr)
    }
    await pool(
      inputs.filter((input) => input.path !== '-'),
      settings,
      jobs,
      (page) => done(page.ok, page.stderr)
    )
  }
  bar?.stop()
  return failed
}

async function pool(inputs: Input[], settings: Settings, jobs: number, done: (page: PageDone) => void): Promise<void> {
  const queue = [...inputs]
  const url = new URL('./worker.js', import.meta.url)
  const workers = Array.from({length: jobs}, () => new Worker(url, {workerData: settings}))
  try {
    await Promise.all(
      workers.map(
        (worker) =>
          new Promise<void>((resolve, reject) => {
            const next = () => {
              const input = queue.shift()
              if (input) worker.postMessage(input)
              else resolve()
            }
            worker.on('message', (page: PageDone) => {
              done(page)
              next()
            })
            worker.on('error', reject)
            next()
          })
      )
    )
  } finally {
    await Promise.all(workers.map((worker) => worker.terminate()))
  }
}
