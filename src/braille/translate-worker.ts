import {parentPort, workerData} from 'node:worker_threads'
import type {BrailleEngine, Mapped} from './engine.js'
import {wasmEngine} from './engine.js'
import {nativeEngine} from './native.js'
import {answered, free, taken, translateCall} from './threads.js'
import type {HelperAnswer, HelperIdle, HelperJob, HelperSetup} from './threads.js'

/**
 * A helper thread of `translateAll`: loads its own liblouis (a private copy
 * of the native library, or its own wasm instance) as it starts, says it is
 * idle, then takes chunks of each job from the front until it meets the
 * calling thread. A chunk it cannot translate is left taken but unanswered:
 * the calling thread translates it and raises the error there, where the
 * caller can catch it. A helper whose liblouis does not load takes no chunk.
 */
const {kind, port} = workerData as HelperSetup
let engine: BrailleEngine | undefined
try {
  // The engines' own modules, not the renderer's: a helper starts sooner with fewer modules to load.
  engine = kind === 'native' ? nativeEngine() : wasmEngine()
} catch {
  engine = undefined
}
// Job 0: started. Until then the calling thread holds the process open for it.
parentPort?.postMessage({idle: 0} satisfies HelperIdle)
// Without liblouis a helper has nothing to give: it ends (the calling thread then forgets it).
if (!engine) port.close()

port.on('message', ({job, calls, bounds, state}: HelperJob) => {
  try {
    takeChunks(job, calls, bounds, state)
  } finally {
    parentPort?.postMessage({idle: job} satisfies HelperIdle)
  }
})

function takeChunks(job: number, calls: HelperJob['calls'], bounds: number[], state: Int32Array): void {
  if (!engine) return
  const chunks = bounds.length - 1
  // From the front, until a chunk is found taken: the calling thread, coming from the back, has the rest.
  for (let chunk = Atomics.add(state, 0, 1); chunk < chunks && Atomics.compareExchange(state, 1 + chunk, free, taken) === free; chunk = Atomics.add(state, 0, 1)) {
    let results: Mapped[]
    try {
      results = calls.slice(bounds[chunk], bounds[chunk + 1]).map((call) => translateCall(engine, call))
    } catch {
      continue
    }
    port.postMessage({job, chunk, results} satisfies HelperAnswer)
    // Marked after posting: a chunk marked answered has its answers waiting on the port.
    Atomics.store(state, 1 + chunk, answered)
  }
}
