import {existsSync} from 'node:fs'
import {availableParallelism} from 'node:os'
import {fileURLToPath} from 'node:url'
import {MessageChannel, Worker, isMainThread, receiveMessageOnPort} from 'node:worker_threads'
import type {MessagePort} from 'node:worker_threads'
import {AltformatError} from '../model/error.js'
import type {BrailleEngine, Mapped} from './engine.js'
import {nativeEngine} from './native.js'

/**
 * Braille translation of one large article on more than one core. liblouis
 * translates each paragraph on its own, so the article's calls are known
 * before any is made: the renderer is walked once with an engine that only
 * writes the calls down, helper threads take chunks of them from the front
 * and this thread from the back until they meet, and the renderer is walked again with
 * the answers to hand. This thread never waits for a helper: when it has no
 * chunk left to take, a chunk a helper has not finished is translated here
 * too, so a helper that is slow to start, or fails, or dies, costs nothing
 * but its own core — and any error is raised here, by the same engine call
 * that raises it with one thread.
 */

/** One liblouis call the renderer will make. */
export interface TranslationCall {
  table: string
  text: string
  typeform?: Uint16Array | undefined
  /** Whether the renderer wants each cell's print position (`translateMapped`). */
  mapped: boolean
}

/** A job as a helper receives it. */
export interface HelperJob {
  job: number
  calls: TranslationCall[]
  /** Chunk c is calls[bounds[c]] up to calls[bounds[c + 1]]. */
  bounds: number[]
  /** [0]: the next chunk for a helper to try; [1 + c]: chunk c is free (0), taken (1), answered on a port (2). */
  state: Int32Array
}

/** A helper's answers for one chunk. */
export interface HelperAnswer {
  job: number
  chunk: number
  results: Mapped[]
}

/** A chunk's mark in a job's state. */
export const free = 0
export const taken = 1
export const answered = 2

/** A helper's word, on its thread's own channel, that it is done with a job. */
export interface HelperIdle {
  idle: number
}

/** What a helper is started with. */
export interface HelperSetup {
  kind: BrailleEngine['kind']
  port: MessagePort
}

/** Print characters per chunk: small enough that the last chunk, done twice at worst, is a few milliseconds. */
const chunkSize = 4000

/**
 * When helpers pay for themselves, in characters of print (measured on this
 * project's 2-core machine, one process per run, reading and BRF; see
 * docs/braille.md). A helper that has to start first — a thread, the
 * engine's modules, its own liblouis (55 ms native, 120–145 ms wasm), then the
 * table on its first chunk — slows this thread while it starts, and the process
 * waits for it to finish the chunk it took: it only pays on a long article. It
 * stopped costing at about 300,000 characters with the native engine and
 * 200,000 with the wasm one (1.2× faster at 300,000). Once started, helpers
 * paid already on an article of 10,000 characters (1.5× wasm, 1.0–1.3× native).
 */
const startFrom: Record<BrailleEngine['kind'], number> = {native: 400_000, wasm: 250_000}
const helpFrom = 10_000

/** Helpers at most, whatever the machine: each holds its own liblouis and compiled table. */
const maxHelpers = 3

/**
 * How many threads translate an article when the caller does not say: on the
 * main thread, the machine's cores up to four; one on a worker thread, which
 * is already one of several (a batch's pages).
 */
export function defaultThreads(): number {
  return isMainThread ? Math.min(availableParallelism(), maxHelpers + 1) : 1
}

/** Whether an article of `printLength` characters is worth helper threads with this engine. */
export function worthHelpers(kind: BrailleEngine['kind'], printLength: number): boolean {
  return printLength >= ((helpers.get(kind)?.length ?? 0) > 0 ? helpFrom : startFrom[kind])
}

interface Helper {
  worker: Worker
  port: MessagePort
  /** The last job sent (0: starting): the helper is held (keeps the process alive) until it says it is done with it. */
  job: number
  /** Settles when the helper is done with its last job, or has ended. */
  idle: Promise<void>
  settle: () => void
}

/** A helper's job is now `job`: held, with a fresh promise of its end. */
function busy(helper: Helper, job: number): void {
  helper.job = job
  helper.idle = new Promise((resolve) => {
    helper.settle = resolve
  })
  helper.worker.ref()
}

/** Helpers by engine kind, started on first need and kept: their liblouis and tables stay loaded. */
const helpers = new Map<BrailleEngine['kind'], Helper[]>()
let jobs = 0

const helperScript = new URL('./translate-worker.js', import.meta.url)

function helpersFor(kind: BrailleEngine['kind'], count: number): Helper[] {
  let list = helpers.get(kind)
  if (!list) helpers.set(kind, (list = []))
  // Run from TypeScript sources (a test runner), the compiled helper is not beside this file.
  if (!existsSync(fileURLToPath(helperScript))) return list
  while (list.length < count) {
    const {port1, port2} = new MessageChannel()
    // None of the host's Node options: a helper runs altformat's own compiled code, and some
    // (--input-type, given to run a script from the command line) make a worker fail to start.
    const worker = new Worker(helperScript, {workerData: {kind, port: port2} satisfies HelperSetup, transferList: [port2], execArgv: []})
    const helper: Helper = {worker, port: port1, job: 0, idle: Promise.resolve(), settle: () => undefined}
    busy(helper, 0)
    const forget = () => {
      const at = list.indexOf(helper)
      if (at >= 0) list.splice(at, 1)
      port1.close()
      helper.settle()
    }
    // A helper that fails is dropped; this thread covers its chunks and raises any real error itself.
    worker.on('error', forget)
    worker.on('exit', forget)
    // An idle helper never keeps the process alive; a busy one does, until it
    // is idle: a thread ended inside its FFI call (koffi loading liblouis) took
    // the whole process down with it.
    worker.on('message', (message: HelperIdle) => {
      if (message.idle !== helper.job) return
      worker.unref()
      helper.settle()
    })
    port1.unref()
    list.push(helper)
  }
  return list
}

/**
 * Start the helper threads for an engine now (`threads` in all, this one
 * included), for a long-lived process: from then on every article of 10,000
 * characters or more is translated on them too, where without them only an
 * article long enough to repay their start is. (Started at the beginning of a
 * one-page run instead, while the page is read, they did not pay: on two
 * cores their start slowed the reading as much as they saved.)
 */
export function startBrailleThreads(kind: BrailleEngine['kind'], threads = defaultThreads()): void {
  if (kind !== 'wasm' && kind !== 'native') {
    throw new AltformatError('invalid-option', `startBrailleThreads: unknown engine “${String(kind)}”: use wasm or native`)
  }
  if (!Number.isInteger(threads) || threads < 1) {
    throw new AltformatError('invalid-option', `startBrailleThreads: invalid threads: ${String(threads)}: use a whole number from 1 (this thread included)`)
  }
  // No system liblouis, no helpers: say so here, as toBraille would, rather than start helpers that cannot load it.
  if (kind === 'native') nativeEngine()
  helpersFor(kind, Math.min(threads - 1, maxHelpers))
}

/**
 * Stop every helper thread (their liblouis copies go with them). They hold no
 * work between calls and, once started and idle, never keep a process alive,
 * so this is for a long-lived host that wants the memory back.
 */
export async function stopBrailleThreads(): Promise<void> {
  const all = [...helpers.values()].flat()
  helpers.clear()
  // Each is let finish what it is doing first (a thread ended inside the FFI
  // call that loads the native library took the process down), and held while
  // it ends: the promise of an unreferenced worker's end alone would not keep
  // the process running (a top-level await was left unsettled).
  await Promise.all(
    all.map(async (helper) => {
      await helper.idle
      helper.worker.ref()
      await helper.worker.terminate()
    })
  )
}

/** Cut the calls into chunks of about `chunkSize` characters; the bounds, first 0 and last calls.length. */
function chunked(calls: TranslationCall[]): number[] {
  const bounds = [0]
  let size = 0
  calls.forEach((call, index) => {
    size += call.text.length
    if (size >= chunkSize && index + 1 < calls.length) {
      bounds.push(index + 1)
      size = 0
    }
  })
  bounds.push(calls.length)
  return bounds
}

/** One call, as the renderer would make it. */
export function translateCall(engine: BrailleEngine, {table, text, typeform, mapped}: TranslationCall): Mapped {
  if (mapped && engine.translateMapped) return engine.translateMapped(table, text, typeform)
  return {cells: engine.translate(table, text, typeform), from: []}
}

/** The answers to a list of calls, and how many of its chunks helpers translated. */
export interface Translated {
  results: Mapped[]
  chunks: number
  helped: number
}

/**
 * The answers to `calls`, in order, translated by this thread and up to
 * `threads - 1` helpers with an engine of the same kind: a window of about
 * a million characters at a time, so that what helpers are sent and send back
 * in one go stays small beside the article (the 10 MB article's peak memory).
 */
export function translateAll(engine: BrailleEngine, calls: TranslationCall[], threads: number): Translated {
  const results: Mapped[] = new Array<Mapped>(calls.length)
  const bounds = chunked(calls)
  const total = bounds.length - 1
  const translateChunk = (chunk: number) => {
    for (let i = bounds[chunk] as number; i < (bounds[chunk + 1] as number); i++) results[i] = translateCall(engine, calls[i] as TranslationCall)
  }
  const team = total > 1 ? helpersFor(engine.kind, Math.min(threads - 1, maxHelpers, total - 1)) : []
  let helped = 0
  for (let first = 0; first < total; first += windowChunks) {
    const last = Math.min(first + windowChunks, total)
    if (team.length > 0) helped += shareWindow(team, calls, bounds, first, last, translateChunk, results)
    else for (let chunk = first; chunk < last; chunk++) translateChunk(chunk)
  }
  return {results, chunks: total, helped}
}

/** Chunks of one job: a window's worth of the article. */
const windowChunks = 250

/**
 * Chunks `first` up to `last`, shared with the helpers; the chunks they
 * answered are put into `results`, and their count returned.
 */
function shareWindow(team: Helper[], calls: TranslationCall[], bounds: number[], first: number, last: number, translateChunk: (chunk: number) => void, results: Mapped[]): number {
  const chunks = last - first
  const offset = bounds[first] as number
  const job = ++jobs
  const state = new Int32Array(new SharedArrayBuffer(4 * (1 + chunks)))
  const message: HelperJob = {job, calls: calls.slice(offset, bounds[last]), bounds: bounds.slice(first, last + 1).map((bound) => bound - offset), state}
  for (const helper of team) {
    busy(helper, job)
    helper.port.postMessage(message)
  }
  // This thread takes chunks from the back, helpers from the front: a chunk
  // is taken by whoever marks it first, and where they meet, all are taken.
  let met = chunks
  while (met > 0 && Atomics.compareExchange(state, met, free, taken) === free) {
    met--
    translateChunk(first + met)
  }
  // What the helpers posted: a chunk marked answered has its answers on a port already.
  const posted = new Map<number, Mapped[]>()
  const drain = () => {
    for (const {port} of team) {
      for (let received = receiveMessageOnPort(port); received; received = receiveMessageOnPort(port)) {
        const answer = received.message as HelperAnswer
        // Answers to an earlier job (a chunk this thread had already done) are dropped.
        if (answer.job === job) posted.set(answer.chunk, answer.results)
      }
    }
  }
  let helped = 0
  for (let chunk = 0; chunk < met; chunk++) {
    if (Atomics.load(state, 1 + chunk) === answered && !posted.has(chunk)) drain()
    const answers = posted.get(chunk)
    if (!answers) {
      // Taken by a helper that has not finished it (or cannot): done here rather than waited for.
      translateChunk(first + chunk)
      continue
    }
    answers.forEach((answer, index) => {
      results[(bounds[first + chunk] as number) + index] = answer
    })
    helped++
  }
  return helped
}

/** Whether two typeforms are the same emphasis (both absent, or equal). */
function sameForms(a: Uint16Array | undefined, b: Uint16Array | undefined): boolean {
  if (a === b) return true
  if (!a || !b || a.length !== b.length) return false
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false
  return true
}

/**
 * An engine that writes down the calls made of it and answers them with no
 * cells: the renderer walked with it names every call it will make, because
 * what it asks liblouis depends on the print, never on the braille. The rest
 * (`defines`, which the renderer's normalisation needs answered) is the real engine's.
 */
export function recordingEngine(engine: BrailleEngine): {engine: BrailleEngine; calls: TranslationCall[]} {
  const calls: TranslationCall[] = []
  return {
    calls,
    engine: {
      ...engine,
      translate(table, text, typeform) {
        calls.push({table, text, typeform, mapped: false})
        return ''
      },
      // Only where the engine has it: whether it does decides how the renderer asks.
      ...(engine.translateMapped && {
        translateMapped(table: string, text: string, typeform?: Uint16Array): Mapped {
          calls.push({table, text, typeform, mapped: true})
          return {cells: '', from: []}
        }
      })
    }
  }
}

/**
 * An engine that answers the calls translated ahead, in the order they were
 * written down, and lets each answer go once given (a 10 MB article's
 * braille is not held twice). A call that is not the next one written down is
 * passed to the real engine.
 */
export function answeringEngine(engine: BrailleEngine, calls: Array<TranslationCall | undefined>, results: Array<Mapped | undefined>): BrailleEngine & {unanswered: () => number} {
  let next = 0
  let missed = 0
  const take = (table: string, text: string, typeform: Uint16Array | undefined, mapped: boolean): Mapped | undefined => {
    const call = calls[next]
    if (!call || call.mapped !== mapped || call.table !== table || call.text !== text || !sameForms(call.typeform, typeform)) {
      missed++
      return undefined
    }
    const answer = results[next]
    calls[next] = undefined
    results[next] = undefined
    next++
    return answer
  }
  return {
    ...engine,
    /** Calls made that were not translated ahead (the recording walk should leave none). */
    unanswered: () => missed,
    translate: (table, text, typeform) => take(table, text, typeform, false)?.cells ?? engine.translate(table, text, typeform),
    ...(engine.translateMapped && {
      translateMapped: (table: string, text: string, typeform?: Uint16Array) => take(table, text, typeform, true) ?? translateCall(engine, {table, text, typeform, mapped: true})
    })
  }
}
