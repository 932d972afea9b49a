#!/usr/bin/env node
import {readFileSync} from 'node:fs'
import {buffer} from 'node:stream/consumers'
import {run} from './run.js'

const {version} = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as {version: string}

// A reader that stops early (`| head`) is not an error worth a stack trace.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0)
  throw error
})

const status = await run(
  process.argv.slice(2),
  {
    stdout: (chunk) => process.stdout.write(chunk),
    stderr: (chunk) => process.stderr.write(chunk),
    readStdin: () => buffer(process.stdin),
    isTTY: process.stderr.isTTY
  },
  version
)
process.exitCode = status
