import {readdirSync, readFileSync} from 'node:fs'
import {fileURLToPath} from 'node:url'
import {readArticle} from '../../src/index.js'
import type {Article} from '../../src/index.js'
import {readSample, samplePaths} from './corpus.js'

/** A page every renderer is checked on. */
export interface TestPage {
  name: string
  tree: Article
  /** The fixture's folder (for its golden outputs); none for the sample. */
  dir?: string
  /** The sample's stem in test/golden/, with its reader: `rferl-johnson-lavrov.txt`. */
  golden?: string
}

const fixtures = fileURLToPath(new URL('../fixtures/', import.meta.url))

/** The sample read both ways, then every fixture of both readers, in a stable order. */
export const testPages: TestPage[] = [
  {name: 'sample (text)', tree: readArticle(readSample('text'), {path: samplePaths.text}).tree, golden: 'rferl-johnson-lavrov.txt'},
  {name: 'sample (html)', tree: readArticle(readSample('html'), {path: samplePaths.html}).tree, golden: 'rferl-johnson-lavrov.html'},
  ...(['text', 'html'] as const).flatMap((reader) =>
    readdirSync(`${fixtures}${reader}`)
      .sort()
      .map((name) => {
        const dir = `${fixtures}${reader}/${name}`
        const input = `${dir}/input.${reader === 'text' ? 'txt' : 'html'}`
        return {name: `${reader}/${name}`, tree: readArticle(readFileSync(input), {path: input}).tree, dir}
      })
  )
]
