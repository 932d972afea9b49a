// Print a short summary of a model written by `altformat --to json`: what a
// reader would get, and what was left out as page furniture.
// Usage: node examples/show-model.js examples/out/rferl-johnson-lavrov.json
import {readFileSync} from 'node:fs'
import {inspect, toString, validateArticle} from '../dist/index.js'

const file = process.argv[2]
if (!file) {
  console.error('usage: node examples/show-model.js <model.json>')
  process.exit(2)
}
const tree = validateArticle(JSON.parse(readFileSync(file, 'utf8')), file)
const chrome = tree.children.filter((node) => node.type === 'chrome')
const body = tree.children.filter((node) => node.type !== 'chrome')
const count = (type) => body.filter((node) => node.type === type).length

console.log(inspect(tree))
console.log(`${file}:`)
console.log(`  headline   ${tree.meta.title ?? '(none)'}`)
console.log(`  body       ${count('paragraph')} paragraphs, ${count('heading')} headings, ${count('figure')} figures, ${count('credit')} credits`)
console.log(`  words      ${body.map((node) => toString(node)).join(' ').split(/\s+/).filter(Boolean).length}`)
console.log(`  left out   ${chrome.map((node) => `${node.kind} “${node.label}”`).join(', ') || 'nothing'}`)
