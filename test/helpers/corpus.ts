import {readFileSync} from 'node:fs'
import {fileURLToPath} from 'node:url'

/** The sample article, as the user gave it: scraped text and its HTML page (examples/). */
export const samplePaths = {
  text: fileURLToPath(new URL('../../examples/rferl-johnson-lavrov.txt', import.meta.url)),
  html: fileURLToPath(new URL('../../examples/rferl-johnson-lavrov.html', import.meta.url))
}

export function readSample(kind: 'text' | 'html'): Buffer {
  return readFileSync(samplePaths[kind])
}
