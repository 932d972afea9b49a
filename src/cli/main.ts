#!/usr/bin/env node
import {readFileSync} from 'node:fs'
import {text} from 'node:stream/consumers'
import {run} from './run.js'

const {version} = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as {version: string}

const status = await run(
  process.argv.slice(2),
  {
    stdout: (chunk) => process.stdout.write(chunk),
    stderr: (chunk) => process.stderr.write(chunk),
    readStdin: async () => Buffer.from(await text(process.stdin))
  },
  version
)
process.exitCode = status
