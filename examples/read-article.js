// A developer reading one article in code: the model, its sentences, and the
// decisions the reader made along the way.
// Usage: node examples/read-article.js [page.txt|page.html]
import {readFileSync} from 'node:fs'
import {readArticle, toString} from '../dist/index.js'

const path = process.argv[2] ?? '../shared/corpus/rferl-johnson-lavrov.txt'
const {tree, file, from} = readArticle(readFileSync(path), {path})

console.log(`Read ${path} as ${from}: “${tree.meta.title}”`)
for (const block of tree.children) {
  if (block.type !== 'paragraph') continue
  for (const sentence of block.children) console.log(`${sentence.id.padStart(4)}  ${toString(sentence)}`)
}
for (const message of file.messages) console.log(`note ${message.line}:${message.column} ${message.ruleId}: ${message.reason}`)
