/**
 * An author's biography after the article ("Leah C. Stokes is an assistant
 * professor of political science …", "Inga Buller ist Head of Social &
 * Community bei CHIP."): a site's box about its writer, which the markup does
 * not always name and scraped text never does. It reads as prose, so the
 * classifier keeps it; what gives it away is its opening (a name or "the
 * author", a verb, a role: bio-words.ts; or the name the byline gives, in any
 * language) and its place — after the body's last paragraph, with nothing but
 * furniture and short lines after it.
 */
import type {Draft, DraftBlock} from './draft.js'
import {chromeOf} from './draft.js'
import {isAuthorBio, isSelfIntroduction} from './language/bio-words.js'
import {nameParticles} from './language/byline-words.js'
import {wordCount} from './language/words.js'
import type {Reporter} from './text/read-text.js'

// A paragraph this long, not a biography, is the body's: the search for biographies stops there.
const bodyParagraphWords = 15

/**
 * Turn the biographies that close the draft into chrome `author-box`, each with
 * an `author-bio` message: walking back from the end past furniture, pictures,
 * credits, subheads and short paragraphs, up to the first paragraph of the
 * body (or a list, a quotation). A biography is a paragraph or two: the one
 * right after a biography is its second. After the body's first paragraph, a
 * writer introducing themself by name is one too (isSelfIntroduction).
 */
export function leaveOutAuthorBios(draft: Draft, stopwords: Set<string> | undefined, report: Reporter): void {
  const authors = authorNames(draft.meta.byline)
  const {blocks} = draft
  // The body's first paragraph: a writer introducing themself after it is the box about them, before it the page's own text.
  const bodyFrom = blocks.findIndex((block) => block.type === 'paragraph' && !block.deck && wordCount(block.content.text.value) >= bodyParagraphWords)
  const isBio = (index: number): boolean => {
    const block = blocks[index]
    if (block?.type !== 'paragraph' || block.deck) return false
    const text = block.content.text.value
    return isAuthorBio(text, draft.lang, stopwords) || opensWithAuthor(text, authors) || (bodyFrom >= 0 && index > bodyFrom && isSelfIntroduction(text, draft.lang, stopwords))
  }
  const leaveOut = (index: number, content: Extract<DraftBlock, {type: 'paragraph'}>['content']) => {
    const chrome = chromeOf([content], 'author-box')
    blocks[index] = chrome
    report('author-bio', `Left out the author's biography after the article: “${chrome.label.slice(0, 60)}”`, chrome.start, chrome.end)
  }
  for (let index = blocks.length - 1; index >= 0; index--) {
    const block = blocks[index] as DraftBlock
    if (block.type === 'list' || block.type === 'blockquote') return
    if (block.type !== 'paragraph' || block.deck) continue
    // A biography of two paragraphs: the second, whatever it says, goes with the first ("My blog is full of …").
    if (isBio(index) || isBio(index - 1)) leaveOut(index, block.content)
    else if (wordCount(block.content.text.value) >= bodyParagraphWords) return
  }
}

/**
 * The names a byline may hold ("By Tim Anderson", "Anna Weber und Jan Kowalski", "Von Ursula von der
 * Leyen"): every run of two capitalised words or more in it, with the particles names carry between
 * them (the bylines' own), and each of its tails from a capitalised word ("By Tim Anderson" holds "Tim Anderson").
 */
function authorNames(byline: string | undefined): string[] {
  const runs = byline?.match(authorRun) ?? []
  return runs.flatMap((run) => {
    const words = run.split(/\s+/)
    const names: string[] = []
    for (let from = 0; from < words.length - 1; from++) if (/^\p{Lu}/u.test(words[from] as string)) names.push(words.slice(from).join(' '))
    return names
  })
}

const capitalised = String.raw`\p{Lu}[\p{L}’'.-]*`
const authorRun = new RegExp(`${capitalised}(?:\\s+(?:(?:${nameParticles.join('|')})\\s+)*${capitalised})+`, 'gu')

/**
 * Whether a paragraph opens with the name the byline gives, in any case ("TIM ANDERSON has done many
 * amazing things …", "Sarah Moreno cubre temas de negocios …"), and goes on after it: the writer's
 * biography, in any language and whatever its verbs and roles. A credit ("Tim Anderson contributed
 * reporting.") is typed before this runs; a story about someone else opens with their name, not the writer's.
 */
function opensWithAuthor(text: string, authors: string[]): boolean {
  const opening = text.trimStart().toLowerCase()
  return authors.some((name) => opening.startsWith(name.toLowerCase() + ' '))
}
