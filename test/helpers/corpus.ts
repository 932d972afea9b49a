import {readFileSync} from 'node:fs'
import {fileURLToPath} from 'node:url'

/** The shared sample article, beside the project (see ../shared/corpus). */
export const samplePaths = {
  text: fileURLToPath(new URL('../../../shared/corpus/rferl-johnson-lavrov.txt', import.meta.url)),
  html: fileURLToPath(new URL('../../../shared/corpus/rferl-johnson-lavrov.html', import.meta.url))
}

export function readSample(kind: 'text' | 'html'): Buffer {
  return readFileSync(samplePaths[kind])
}
