import {Worker} from 'node:worker_threads'
import {SingleBar} from 'cli-progress'
import type {Input} from './inputs.js'
import {renderPage} from './render-page.js'
import type {Io, Settings} from './settings.js'
import type {PageDone} from './worker.js'

/**
 * Render every page: in this thread for one job (or one page), else in this
 * thread and `settings.jobs - 1` worker threads, each loading altformat once and
 * taking the next page as it finishes one. A page that fails is reported and the batch
 * goes on. A progress bar on a terminal; nothing else until the summary.
 * On `io.signal` (Ctrl-C) no new page starts; those under way finish.
 * Resolves to how many pages were done and how many of them failed.
 */
export async function runBatch(inputs: Input[], settings: Settings, io: Io): Promise<{done: number; failed: number}> {
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
  let finished = 0
  bar?.start(inputs.length, 0, {failed})
  // The next page to start, unless the batch was interrupted.
  const take = (queue: Input[]) => (io.signal?.aborted ? undefined : queue.shift())
  const done = (ok: boolean, stderr: string) => {
    finished++
    if (!ok) failed++
    // Clear the bar's line before a message, so that the two do not mix.
    if (stderr) io.stderr((bar ? '\r\u001B[K' : '') + stderr)
    bar?.increment({failed})
  }

  const jobs = Math.min(settings.jobs, inputs.filter((input) => input.path !== '-').length)
  if (jobs <= 1) {
    // Two pages at a time in this thread: one renders while the other's files are written.
    const queue = [...inputs]
    const loop = async () => {
      for (let input = take(queue); input; input = take(queue)) {
        let stderr = ''
        const ok = await renderPage(input, settings, {...io, stderr: (text) => (stderr += text)})
        done(ok, stderr)
      }
    }
    await Promise.all([loop(), loop()])
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
      take,
      (page) => done(page.ok, page.stderr)
    )
  }
  bar?.stop()
  return {done: finished, failed}
}

/**
 * `jobs` renderers over one queue: this thread and `jobs - 1` workers. This
 * thread has loaded altformat already, so it costs no start-up; between its own
 * pages (at each file write) it hands the workers their next ones.
 */
async function pool(
  inputs: Input[],
  settings: Settings,
  jobs: number,
  take: (queue: Input[]) => Input | undefined,
  done: (page: PageDone) => void
): Promise<void> {
  const queue = [...inputs]
  const url = new URL('./worker.js', import.meta.url)
  // Each worker's heap is capped at 1 GB: a huge page fails on its own (and is
  // reported), it does not take the machine's memory.
  const workers = Array.from({length: jobs - 1}, () => new Worker(url, {workerData: settings, resourceLimits: {maxOldGenerationSizeMb: 1024}}))
  const here = async () => {
    for (let input = take(queue); input; input = take(queue)) {
      let stderr = ''
      const ok = await renderPage(input, settings, {stdout: () => undefined, stderr: (text) => (stderr += text), readStdin: async () => Buffer.alloc(0)})
      done({input, ok, stderr})
    }
  }
  try {
    await Promise.all([
      // This thread keeps two pages going too, so that its file writes do not leave it idle.
      here(),
      here(),
      ...workers.map(
        (worker) =>
          new Promise<void>((resolve, reject) => {
            let inFlight = 0
            const next = () => {
              const input = take(queue)
              if (input) {
                inFlight++
                worker.postMessage(input)
              } else if (inFlight === 0) {
                resolve()
              }
            }
            worker.on('message', (page: PageDone) => {
              inFlight--
              done(page)
              next()
            })
            worker.on('error', reject)
            // Two pages in flight per worker: while one waits on its file writes,
            // the worker renders the next, so its core is not left idle.
            next()
            next()
          })
      )
    ])
  } finally {
    await Promise.all(workers.map((worker) => worker.terminate()))
  }
}
