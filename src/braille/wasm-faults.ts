/**
 * Tables of liblouis-build (liblouis 3.2.0) that the wasm engine cannot use,
 * and what goes wrong: a call that never returns cannot be interrupted on the
 * thread it runs on, so such a table is refused by name before it is tried.
 * Measured with `node bench/wasm-tables.js`, which tries every table of the
 * build on one sentence in a child process of its own, with a time limit.
 * (A table too large for the build's 16 MB heap needs no entry: the engine
 * recovers from the abort and says so.)
 */
export const wasmTableFaults: Readonly<Record<string, string>> = {
  'ru-litbrl.ctb': 'loops forever on any text'
}
