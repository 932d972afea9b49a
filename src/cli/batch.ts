import {Worker} from 'node:worker_threads'
import {SingleBar} from 'cli-progress'
import type {TranslatedArticle} from '../index.js'
import type {Input} from './inputs.js'
import {printable} from './printable.js'
import {removeTemporaries, renderPage} from './render-page.js'
import type {Io, Settings} from './settings.js'
import type {PageDone} from './worker.js'

/**
 * Render every page: in this thread for one page, else in `settings.jobs`
 * worker threads (one for --jobs 1), each loading altformat once and taking the
 * next page as it finishes one. A page that fails is reported and the batch
 * goes on. A progress bar on a terminal; nothing else until the summary.
 * On `io.signal` (Ctrl-C) no new page starts; those under way finish.
 * Resolves to how many pages were done, how many of them failed and how many
 * of those failed in part (some formats written), and with `--bundle` each
 * page's braille for the edition, by input path.
 */
export async function runBatch(inputs: Input[], settings: Settings, io: Io): Promise<{done: number; failed: number; partial: number; translated: Map<string, TranslatedArticle>; workers: number}> {
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
  let partial = 0
  let finished = 0
  bar?.start(inputs.length, 0, {failed})
  // The next page to start, unless the batch was interrupted.
  const take = (queue: Input[]) => (io.signal?.aborted ? undefined : queue.shift())
  const translated = new Map<string, TranslatedArticle>()
  // The pages heard back about, by path.
  const reported = new Set<string>()
  const done = (page: PageDone) => {
    const {ok, stderr} = page
    reported.add(page.input.path)
    if (page.translated) translated.set(page.input.path, page.translated)
    finished++
    if (!ok) failed++
    if (page.partial) partial++
    // Clear the bar's line before a message, so that the two do not mix.
    if (stderr) io.stderr((bar ? '\r\u001B[K' : '') + stderr)
    bar?.increment({failed})
  }

  let workers = 0
  const files = inputs.filter((input) => input.path !== '-').length
  const jobs = Math.min(settings.jobs, files)
  // Only a single page renders in this thread: with two or more, even at
  // --jobs 1, a page that exhausts the heap must cost only itself, so they go
  // to a worker with a capped heap that can die and be replaced.
  if (files <= 1) {
    // Two pages at a time in this thread: one renders while the other's files are written.
    const queue = [...inputs]
    const loop = async () => {
      for (let input = take(queue); input; input = take(queue)) {
        let stderr = ''
        const outcome = await renderPage(input, settings, {...io, stderr: (text) => (stderr += text)})
        done({input, stderr, ...outcome})
      }
    }
    await Promise.all([loop(), loop()])
  } else {
    // Standard input is read here; files go to the workers.
    for (const input of inputs.filter((item) => item.path === '-')) {
      let stderr = ''
      const outcome = await renderPage(input, settings, {...io, stderr: (text) => (stderr += text)})
      done({input, stderr, ...outcome})
    }
    workers = await pool(
      inputs.filter((input) => input.path !== '-'),
      settings,
      io.worker ?? new URL('./worker.js', import.meta.url),
      jobs,
      take,
      done
    )
  }
  // Every page is accounted for: one the batch never heard back about (it cannot happen, short of
  // a fault in the pool) fails by name, rather than leaving its files half written without a word.
  if (!io.signal?.aborted) {
    for (const input of inputs.filter((item) => !reported.has(item.path))) {
      done({input, ok: false, stderr: printable(`altformat: ${input.path}: the batch ended before this page was finished; render it again [page-unfinished]\n`)})
    }
  }
  bar?.stop()
  return {done: finished, failed, partial, translated, workers}
}

/**
 * Whether one more worker pays for itself: its start (loading altformat and
 * liblouis, compiling the table) against the work it would take off the others.
 * Measured on the first worker: a page's time over its latest eight pages
 * (the first ones are slower, the JIT being cold), its start as the time its
 * first pair took beyond two pages'. A new worker
 * comes when the pages left, shared among those running, are five times its
 * start or more; so a small batch stays on one thread and is never slower
 * than --jobs 1, and a large one uses every core it is given.
 */
export function worthAnotherWorker(remaining: number, running: number, startMs: number, pageMs: number): boolean {
  return (remaining * pageMs) / running >= 5 * startMs
}

/**
 * Wait for every promise of a list that grows while it is waited for (the
 * pool's slots: a worker is added as the first ones' timings say it pays).
 * Those added during a wait are waited for in turn — counted from the length
 * the wait began with: counted after it, a slot added meanwhile was skipped,
 * and its worker was stopped with pages still under way, their last files
 * never written and no error said.
 */
export async function allOf(promises: Array<Promise<unknown>>): Promise<void> {
  for (let waited = 0; waited < promises.length; ) {
    const upTo = promises.length
    await Promise.all(promises.slice(waited, upTo))
    waited = upTo
  }
}

/**
 * Up to `jobs` worker threads over one queue, this thread only handing out pages:
 * a page that exhausts a worker's heap (`--max-memory`, 1 GB by default) or crashes it takes
 * down that worker, never the batch. The worker is replaced; the pages it had
 * in flight go back to the queue to be rendered alone, one at a time, and a
 * page that kills a worker while alone is reported by name as failed.
 */
async function pool(
  inputs: Input[],
  settings: Settings,
  url: URL,
  jobs: number,
  take: (queue: Input[]) => Input | undefined,
  done: (page: PageDone) => void
): Promise<number> {
  const queue = [...inputs]
  // Pages whose worker died under them: each is tried again with nothing beside it.
  const suspects: Input[] = []
  const memory = settings.workerMemory % 1024 === 0 ? `${settings.workerMemory / 1024} GB` : `${settings.workerMemory} MB`
  const live = new Set<Worker>()
  let closing = false
  let grow = () => {}
  let noteDone = () => {}
  const start = () => {
    const worker = new Worker(url, {workerData: settings, resourceLimits: {maxOldGenerationSizeMb: settings.workerMemory}})
    live.add(worker)
    return worker
  }
  const slot = () =>
    new Promise<void>((resolve) => {
      const run = (worker: Worker) => {
        const inFlight = new Set<Input>()
        let alone = false
        let dead = false
        const next = () => {
          if (dead || alone) return
          if (suspects.length > 0) {
            if (inFlight.size > 0) return
            const input = suspects.shift() as Input
            alone = true
            inFlight.add(input)
            worker.postMessage(input)
            return
          }
          const input = take(queue)
          if (input) {
            inFlight.add(input)
            worker.postMessage(input)
          } else if (inFlight.size === 0 && suspects.length === 0) {
            dead = true
            resolve()
          }
        }
        worker.on('message', (page: PageDone) => {
          for (const input of inFlight) if (input.path === page.input.path) inFlight.delete(input)
          alone = false
          done(page)
          noteDone()
          next()
          next()
        })
        const died = (reason: string) => {
          if (dead || closing) return
          dead = true
          live.delete(worker)
          void worker.terminate()
          const lost = [...inFlight]
          inFlight.clear()
          // A worker that dies mid-write leaves its hidden temporaries: remove them
          // before any page is tried again (its new temporaries must not be taken for them).
          void Promise.all(lost.map((input) => removeTemporaries(input, settings))).then(() => {
            for (const input of lost) {
              if (alone) {
                done({input, ok: false, stderr: printable(`altformat: ${input.path}: the worker rendering it stopped, alone: ${reason}; the other pages go on [worker-died]\n`)})
              } else {
                suspects.push(input)
              }
            }
            run(start())
          })
        }
        worker.on('error', (error: NodeJS.ErrnoException) =>
          died(error.code === 'ERR_WORKER_OUT_OF_MEMORY' ? `it ran out of its ${memory} of memory: split the page, or raise --max-memory` : (error.code ?? error.message)))
        worker.on('exit', (code) => died(`exit ${code}`))
        // Two pages in flight per worker: while one waits on its file writes,
        // the worker renders the next, so its core is not left idle.
        next()
        next()
      }
      run(start())
    })
  // One worker at first; the others as the first one's timings say they pay for themselves.
  const slots: Array<Promise<void>> = []
  const created = performance.now()
  const doneAt: number[] = []
  grow = () => {
    if (slots.length >= jobs || queue.length === 0 || doneAt.length < 16) return
    // The first pages are slower (the JIT is cold, pages end in bursts): a page's time is read over
    // the last eight, the start as what the first pair took beyond two such pages.
    const pageMs = Math.max(1, ((doneAt.at(-1) as number) - (doneAt.at(-9) as number)) / 8)
    const startMs = Math.max(0, (doneAt[1] as number) - created - 2 * pageMs)
    if (worthAnotherWorker(queue.length, slots.length, startMs, pageMs)) slots.push(slot())
  }
  noteDone = () => {
    doneAt.push(performance.now())
    grow()
  }
  slots.push(slot())
  try {
    await allOf(slots)
  } finally {
    closing = true
    await Promise.all([...live].map((worker) => worker.terminate()))
  }
  return slots.length
}
