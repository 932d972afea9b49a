#!/usr/bin/env node
import {readFileSync} from 'node:fs'
import {buffer} from 'node:stream/consumers'
import {run} from './run.js'

const {version} = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as {version: string}

// A reader that stops early (`| head`) is not an error worth a stack trace; a
// standard output that cannot be written (a full disk: ENOSPC, /dev/full) is
// one line saying so and exit status 1, since the output is lost.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0)
  const reason = error.code === 'ENOSPC' ? 'no space is left on the device' : error.message
  process.stderr.write(`altformat: could not write to standard output: ${reason}${error.code ? ` (${error.code})` : ''}; the output is incomplete\n`)
  process.exit(1)
})

// Ctrl-C: start no new page, finish those under way (their files are written
// whole or not at all), say how far the batch got, exit 130. A second Ctrl-C
// stops at once; a file being written is then left only as a hidden temporary.
const interrupt = new AbortController()
process.on('SIGINT', () => {
  if (interrupt.signal.aborted) process.exit(130)
  interrupt.abort()
  process.stderr.write('\naltformat: stopping after the pages under way (Ctrl-C again to stop at once)\n')
})

const status = await run(
  process.argv.slice(2),
  {
    stdout: (chunk) => process.stdout.write(chunk),
    stderr: (chunk) => process.stderr.write(chunk),
    readStdin: () => buffer(process.stdin),
    isTTY: process.stderr.isTTY,
    signal: interrupt.signal
  },
  version
)
process.exitCode = status
