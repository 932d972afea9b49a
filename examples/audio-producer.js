// An audio producer: turn a folder of pages into SSML for one engine, in
// request-sized parts, with a narrator script beside each for review, and a
// narration made offline (MP3 with a time for every sentence) to hear first.
// Usage: node examples/audio-producer.js <folder> [dialect] [out-folder]
//   node examples/audio-producer.js examples polly examples/out/audio
import {mkdirSync, readdirSync, readFileSync, writeFileSync} from 'node:fs'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {readArticle, toAudio, toScript, toSsmlParts} from '../dist/index.js'

// By default, this folder: it holds the sample article as text and as HTML.
const [folder = fileURLToPath(new URL('.', import.meta.url)), dialect = 'polly', out = 'examples/out/audio'] = process.argv.slice(2)
mkdirSync(out, {recursive: true})

for (const name of readdirSync(folder).filter((file) => /\.(txt|html?)$/.test(file))) {
  const stem = name.replace(/\.[^.]+$/, '') + (name.endsWith('.txt') ? '' : '.html')
  try {
    const {tree} = readArticle(readFileSync(path.join(folder, name)), {path: name})
    const parts = toSsmlParts(tree, {dialect})
    parts.forEach((ssml, index) => {
      const part = parts.length > 1 ? `.${String(index + 1).padStart(3, '0')}` : ''
      writeFileSync(path.join(out, `${stem}${part}.ssml`), ssml)
    })
    writeFileSync(path.join(out, `${stem}.script.txt`), toScript(tree))
    // Heard offline with eSpeak NG before any request is paid for.
    const narration = await toAudio(tree)
    writeFileSync(path.join(out, `${stem}.mp3`), await narration.mp3())
    writeFileSync(path.join(out, `${stem}.marks.json`), narration.marks())
    const minutes = (narration.duration / 60_000).toFixed(1)
    console.log(`${name}: ${parts.length} ${dialect} request${parts.length > 1 ? 's' : ''}; narrated offline: ${minutes} min, ${narration.sentences.length} sentences`)
  } catch (error) {
    // A bad page is reported and the rest of the folder still renders.
    console.error(`${name}: ${error.message}`)
  }
}
