import type {Element, ElementContent, Root} from 'hast'
import {wordsFor} from '../model/interface-words.js'
import {select, selectAll} from 'hast-util-select'
import {h} from 'hastscript'
import {articleStyle, serializeHtml, toHast} from '../html/to-html.js'
import type {Article} from '../model/types.js'
import {playerScript} from './readalong-player.js'

export interface ReadAlongOptions {
  /**
   * Where the page finds its audio: `embed` (the MP3 inside the page, one
   * self-contained file: the default) or the address of the MP3 beside it
   * (`page.mp3`).
   */
  audio?: 'embed' | {src: string} | undefined
}

/** The times the page highlights by: each sentence's id and its time in the MP3, in ms. */
export interface ReadAlongMark {
  id: string
  time: number
}

const style = [
  articleStyle,
  '.altformat-player { position: sticky; top: 0; background: #fff; border-bottom: 1px solid #767676; padding: 0.5em 0; display: flex; flex-wrap: wrap; gap: 0.5em 1.5em; align-items: center }',
  '.altformat-player audio { width: min(100%, 32em) }',
  '[data-altformat-time] { cursor: pointer }',
  '.altformat-current { background: #ffef8a; color: #000; outline: 2px solid #000 }',
  '[data-altformat-time]:focus-visible { outline: 3px solid #1a4e8a }'
].join('\n')

/**
 * The read-along page: the screen-reader HTML of the article, with an audio
 * player above it that highlights the sentence being read (and marks it
 * `aria-current="true"`), plays from a sentence when it is clicked or when
 * Enter or Space is pressed on it (each sentence is in the tab order), sets
 * the speed from 0.5× to 3×, and turns the highlight off on request. The
 * speed and highlight controls are made by the page's script, since only it
 * can make them work; without it the page is the article and its audio.
 */
export function readAlongPage(tree: Article, marks: ReadAlongMark[], mp3: Uint8Array | undefined, options: ReadAlongOptions = {}): string {
  const root: Root = toHast(tree)
  const times = new Map(marks.map((mark) => [mark.id, Math.round(mark.time)]))
  for (const span of selectAll('main span[id]', root)) {
    const time = times.get(String(span.properties.id))
    if (time === undefined) continue
    span.properties.tabIndex = 0
    span.properties.dataAltformatTime = String(time)
  }
  const audio = options.audio ?? 'embed'
  const src = audio === 'embed' ? `data:audio/mpeg;base64,${Buffer.from(mp3 ?? new Uint8Array()).toString('base64')}` : audio.src
  const words = wordsFor(tree.lang)
  const player: ElementContent = h('section', {className: ['altformat-player'], ariaLabel: words.audio, dataSpeed: words.speed, dataHighlight: words.highlight}, [
    // What a browser that cannot play audio shows instead: the file, when it is one.
    h('audio', {id: 'altformat-audio', controls: true, preload: 'auto', src}, audio === 'embed' ? words.cannotPlay : [h('a', {href: audio.src}, words.downloadAudio)]),
  ])
  const main = select('main', root) as Element
  main.children.unshift(player)
  const head = select('head', root) as Element
  const sheet = select('style', head)
  if (sheet) sheet.children = [{type: 'text', value: style}]
  const body = select('body', root) as Element
  body.children.push(
    h('script', {type: 'application/json', id: 'altformat-marks'}, JSON.stringify(marks.map(({id, time}) => ({id, time: Math.round(time)})))),
    h('script', playerScript)
  )
  return serializeHtml(root)
}
