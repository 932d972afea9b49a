// A developer rendering one article in code: the model, its sentences, the
// decisions the reader made along the way, and every format from the same tree.
// Usage: node examples/read-article.js [page.txt|page.html]
import {readFileSync} from 'node:fs'
import {fileURLToPath} from 'node:url'
import {unified} from 'unified'
import {VFile} from 'vfile'
import {altformatHtml, altformatParse, readArticle, toBraille, toHtml, toSsml, toString} from '../dist/index.js'

const path = process.argv[2] ?? fileURLToPath(new URL('rferl-johnson-lavrov.txt', import.meta.url))
const {tree, file, from} = readArticle(readFileSync(path), {path})

console.log(`Read ${path} as ${from}: “${tree.meta.title}”`)
for (const block of tree.children) {
  if (block.type !== 'paragraph') continue
  for (const sentence of block.children) console.log(`${sentence.id.padStart(4)}  ${toString(sentence)}`)
}
for (const message of file.messages) console.log(`note ${message.line}:${message.column} ${message.ruleId}: ${message.reason}`)

// Every format from the same tree: the sentence ids tie them together.
const html = toHtml(tree)
const ssml = toSsml(tree, {dialect: 'google'})
const braille = toBraille(tree)
console.log(`\nHTML ${html.length} characters, SSML ${ssml.length} characters, braille ${braille.pages.length} pages`)
console.log(`sentence s3 in HTML: ${/<span id="s3">/.test(html)}, in SSML: ${/<mark name="s3"\/>/.test(ssml)}`)

// The same as a unified pipeline.
const processed = await unified().use(altformatParse).use(altformatHtml).process(new VFile({value: readFileSync(path), path}))
console.log(`unified pipeline: ${String(processed).length} characters of HTML, ${processed.messages.length} messages`)
