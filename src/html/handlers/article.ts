import {directionOf} from '../../model/lang.js'
import {h} from 'hastscript'
import type {InterfaceWords} from '../../model/interface-words.js'
import type {Article, ArticleMeta} from '../../model/types.js'
import type {Handler, HtmlOut} from '../state.js'
import {writtenDate} from '../../model/calendar.js'

/**
 * The `<article>`: a header with the headline, byline, publication time and
 * dateline; the body in order; a footer with the credit. Chrome is left out.
 */
export const article: Handler<Article> = (state, node) => {
  const header: HtmlOut = []
  const body: HtmlOut = []
  const footer: HtmlOut = []
  let headline = false
  for (const child of node.children) {
    const out = state.one(child)
    if (child.type === 'heading' && child.depth === 1 && !headline) {
      headline = true
      header.push(...out)
      header.push(...times(node.meta, node.lang, state.settings.words))
    } else if (child.type === 'byline' || child.type === 'dateline') {
      header.push(...out)
    } else if (child.type === 'credit') {
      footer.push(...out)
    } else {
      body.push(...out)
    }
  }
  // Every page needs its one h1: a page with no headline says so, from the
  // metadata's title when there is one.
  if (!headline) {
    header.unshift(h('h1', {id: state.id('headline')}, node.meta.title || state.settings.untitled), ...times(node.meta, node.lang, state.settings.words))
  }
  return [
    // Alone (document: false), the article goes into another page: it says its own language and direction.
    h('article', {ariaLabelledBy: state.id('headline'), ...(state.settings.document ? {} : {lang: node.lang, ...(directionOf(node.lang) === 'rtl' ? {dir: 'rtl'} : {})})}, [
      ...(header.length > 0 ? [h('header', header)] : []),
      ...body,
      ...(footer.length > 0 ? [h('footer', footer)] : [])
    ])
  ]
}

/** "Published <time>…</time>." and "Updated …" from the metadata, when they are ISO dates. */
function times(meta: ArticleMeta, lang: string, words: InterfaceWords): HtmlOut {
  const parts: HtmlOut = []
  for (const [label, value] of [
    [words.published, meta.published],
    [words.updated, meta.updated]
  ] as const) {
    const shown = value ? writtenDate(value, lang) : undefined
    if (!value || !shown) continue
    if (parts.length > 0) parts.push({type: 'text', value: ' '})
    parts.push({type: 'text', value: `${label} `}, h('time', {dateTime: value}, shown), {type: 'text', value: '.'})
  }
  return parts.length > 0 ? [h('p', {className: ['published']}, parts)] : []
}
