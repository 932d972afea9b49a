// A transcriber: produce BRF and PEF for embossing, and a preview to proofread,
// from one translation.
// Usage: node examples/transcriber.js <page> [table] [out-folder]
//   node examples/transcriber.js examples/rferl-johnson-lavrov.txt ueb-g2 examples/out/braille
import {mkdirSync, readFileSync, writeFileSync} from 'node:fs'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {readArticle, toBraille} from '../dist/index.js'

const [page = fileURLToPath(new URL('rferl-johnson-lavrov.txt', import.meta.url)), table = 'ueb-g2', out = 'examples/out/braille'] = process.argv.slice(2)
mkdirSync(out, {recursive: true})

const {tree} = readArticle(readFileSync(page), {path: page})
const braille = toBraille(tree, {table, cells: 40, lines: 25})
const stem = path.join(out, path.basename(page).replace(/\.[^.]+$/, ''))
writeFileSync(`${stem}.brf`, braille.brf(), 'latin1')
writeFileSync(`${stem}.pef`, braille.pef())
writeFileSync(`${stem}.braille.txt`, braille.preview())

console.log(`${braille.pages.length} braille pages (${braille.table}) → ${stem}.brf, .pef, .braille.txt`)
if (braille.replaced.length > 0) console.log(`characters the table lacks, replaced: ${braille.replaced.join(' ')}`)
console.log('\nPage 1:\n' + (braille.pages[0] ?? []).join('\n'))
