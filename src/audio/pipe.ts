import {spawn} from 'node:child_process'
import {AltformatError} from '../model/error.js'

/**
 * Run an encoder (`lame`, `opusenc`) on 16-bit PCM through its standard input,
 * and resolve to what it writes to standard output. Undefined when the program
 * is not installed, so the caller can fall back or say what to install.
 */
export function pipeThrough(program: string, args: string[], samples: Int16Array): Promise<Uint8Array | undefined> {
  return new Promise((resolve, reject) => {
    const child = spawn(program, args, {stdio: ['pipe', 'pipe', 'pipe']})
    const out: Buffer[] = []
    let errors = ''
    child.stdout.on('data', (chunk: Buffer) => out.push(chunk))
    child.stderr.on('data', (chunk: Buffer) => (errors += chunk.toString()))
    child.on('error', (error: NodeJS.ErrnoException) => {
      if (error.code === 'ENOENT') resolve(undefined)
      else reject(new AltformatError('synthesis-failed', `${program} failed to start (${error.code ?? error.message})`))
    })
    child.on('close', (code) => {
      if (code === 0) resolve(Buffer.concat(out))
      // A program that never started has reported through 'error' already.
      else if (code !== null && code >= 0) reject(new AltformatError('synthesis-failed', `${program} could not encode the audio (exit ${code}): ${errors.trim().slice(0, 200)}`))
    })
    // A pipe closed early (the program gone) is reported by 'close' or 'error'.
    child.stdin.on('error', () => undefined)
    child.stdin.end(Buffer.from(samples.buffer, samples.byteOffset, samples.byteLength))
  })
}
