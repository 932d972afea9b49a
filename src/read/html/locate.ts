import type {Element, Root, RootContent} from 'hast'
import {select} from 'hast-util-select'
import {toString as hastToString} from 'hast-util-to-string'
import type {Reporter} from '../text/read-text.js'
import {namedAs} from './class-names.js'
import {ancestorsOf, contains, elementAround} from './tree.js'

/**
 * Names of the containers that hold the article on most news sites; which of
 * them on a page is the article is decided by their text (`knownContainer`).
 * Pangea (RFE/RL, VOA) uses `#content` around the headline, figure and `.wsw` body.
 */
const containers = [
  'article',
  'main',
  '[role="main"]',
  '#content',
  '#article',
  '.article',
  '.article-body',
  '.story',
  '.story-body',
  '.post',
  '.entry-content',
  '.content'
]

const containerTags = new Set(containers.filter((name) => /^[a-z]+$/.test(name)))
const containerIds = new Set(containers.filter((name) => name.startsWith('#')).map((name) => name.slice(1)))
const containerClasses = new Set(containers.filter((name) => name.startsWith('.')).map((name) => name.slice(1)))

/** Whether an element is one of `containers`, tested by hand: a selector match per element would dominate reading time. */
function isNamedContainer(element: Element): boolean {
  const {id, className, role} = element.properties
  return (
    containerTags.has(element.tagName) ||
    role === 'main' ||
    (typeof id === 'string' && containerIds.has(id)) ||
    (Array.isArray(className) && className.some((name) => containerClasses.has(String(name))))
  )
}

/**
 * The element that holds the article: the named container with the most
 * paragraph text, unless the element scored as Readability scores (paragraph
 * text given to parents, link text discounted) holds more than twice as much;
 * then joined with the siblings that carry on its text.
 */
export function locateArticle(tree: Root, report: Reporter): Element | Root {
  const known = knownContainer(tree)
  const best = bestScored(tree)
  // A named container wins unless the scored one holds far more text: the only
  // <article> on a page may be a teaser, the article itself in an unnamed <div>.
  if (known && !(best && paragraphText(best) > 2 * paragraphText(known))) return withSiblings(tree, known)
  const body = select('body', tree)
  const chosen = best ?? body ?? tree
  if (chosen !== tree) {
    const start = chosen.position?.start.offset ?? 0
    report(
      'article-scored',
      `No named article container holds the page's text; took the <${(chosen as Element).tagName}> with the most paragraph text`,
      start,
      start
    )
  }
  return chosen === best ? withSiblings(tree, best) : chosen
}

/**
 * The container and the blocks around it that carry on its text. Beside it,
 * as Readability joins them: a sibling with a fifth of the container's
 * paragraph text or a paragraph of prose, in both cases with few links (many
 * layouts split an article between a lead block and a body block, or put its
 * last paragraphs after an embedded widget); before it, a block of prose,
 * its lead; a subhead with the block it heads. Higher up, blocks of the same
 * kind as the one around it. Without such blocks, the container itself.
 */
function withSiblings(tree: Root, container: Element): Element {
  // The page's root and the container's ancestors, outermost first, from one
  // walk of the page: each one's parent is the one before it.
  const ancestors = ancestorsOf(tree, container)
  if (!ancestors) return container
  const chain: Array<Element | Root> = [tree, ...ancestors]
  const at = outermostWrapper(chain, container)
  const parent = chain[at] as Element | Root
  const inner = (chain[at + 1] as Element | undefined) ?? container
  return sameKindAbove(chain, at, besideIt(parent, inner, container))
}

/**
 * Where in `chain` the parent of the outermost element that holds nothing but
 * the container is: siblings are looked for there — a body in a <div> of its
 * own has none, its lead and headline sit beside the wrapper.
 */
function outermostWrapper(chain: Array<Element | Root>, container: Element): number {
  let at = chain.length - 1
  let inner: Element = container
  for (let parent = chain[at]; parent?.type === 'element' && parent.tagName !== 'body' && onlyChild(parent, inner); parent = chain[at]) {
    inner = parent
    at--
  }
  return at
}

/** The container, in the place of its wrapper `inner`, with the siblings that carry on its text. */
function besideIt(parent: Element | Root, inner: Element, container: Element): Element {
  const own = paragraphText(container)
  const children: RootContent[] = parent.children
  // Before the body a block of prose is its lead, whatever the body's length;
  // after it, what is not a fifth of the body is mostly a note, a teaser or a bio.
  const at = children.indexOf(inner)
  const carries = children.map(
    (child, index) =>
      child === inner ||
      (child.type === 'element' && !isSkipped(child) && namedAs(child) === undefined && continues(child, index < at ? 0 : own))
  )
  const kept = children.filter((child, index): child is Element => carries[index] === true || (isSubhead(child) && headsKept(children, carries, index)))
  return kept.length === 1 ? container : elementAround('div', kept.map((child) => (child === inner ? container : child)))
}

/**
 * Up to three levels above the container's wrapper, the blocks of the same
 * kind as the one around it (tag and first class) that hold prose: a CMS's
 * content elements, a glossary's entries, a page's modules carry the body on.
 */
function sameKindAbove(chain: Array<Element | Root>, parentAt: number, joined: Element): Element {
  for (let at = parentAt, level = 0; level < 3 && at > 0; at--, level++) {
    const branch = chain[at] as Element | Root
    const up = chain[at - 1] as Element | Root
    if (branch.type !== 'element' || branch.tagName === 'body') break
    const kind = signature(branch)
    const siblings: RootContent[] = up.children
    const same = kind
      ? siblings.filter(
          (child): child is Element =>
            child !== branch && child.type === 'element' && signature(child) === kind && namedAs(child) === undefined && continues(child, 0)
        )
      : []
    if (same.length > 0) {
      const order = siblings.filter((child): child is Element => child === branch || (child.type === 'element' && same.includes(child)))
      joined = elementAround('div', order.map((child) => (child === branch ? joined : child)))
    }
  }
  return joined
}

function isSubhead(node: RootContent): node is Element {
  return node.type === 'element' && /^h[2-6]$/.test(node.tagName)
}

/** Whether the next element after `index` is one that is kept. */
function headsKept(children: RootContent[], carries: boolean[], index: number): boolean {
  for (let next = index + 1; next < children.length; next++) {
    if (children[next]?.type === 'element') return carries[next] === true
  }
  return false
}

/** An element's tag and first class: blocks of one kind share it. */
function signature(element: Element): string | undefined {
  const first = Array.isArray(element.properties.className) ? element.properties.className[0] : undefined
  return first === undefined ? undefined : `${element.tagName}.${String(first)}`
}

/** Whether `child` is the only element in `parent` that is not a script, a style or white space. */
function onlyChild(parent: Element, child: Element): boolean {
  return parent.children.every(
    (node) => node === child || node.type === 'comment' || (node.type === 'text' && node.value.trim() === '') || (node.type === 'element' && ignorable.has(node.tagName))
  )
}

const ignorable = new Set(['script', 'style', 'template', 'link', 'meta'])

/** Whether a sibling of the container carries on the article's text. */
function continues(sibling: Element, own: number): boolean {
  const all = hastToString(sibling).trim().length
  if (all === 0) return false
  const linked = linkText(sibling)
  if (linked >= 0.25 * all) return false
  if (sibling.tagName === 'p') return all >= 80
  // Text set in <div>s or between <br>s, not in paragraphs, counts whole when the sibling has no paragraph at all.
  const prose = paragraphText(sibling) || (select('p', sibling) ? 0 : all - linked)
  return prose >= Math.max(80, own / 5)
}


/**
 * Of the elements named like an article container, the one with the most
 * paragraph text — then, inside it, the smallest named container that still
 * holds nearly all of that text. The first `article` on a page is often a
 * teaser; the one with the text is the article, and a `main` around it adds
 * only furniture.
 */
function knownContainer(tree: Root): Element | undefined {
  const candidates: Array<{element: Element; text: number}> = []
  // Named containers outside furniture: an <article> inside a comments list is a comment.
  const walk = (parent: Element | Root) => {
    for (const child of parent.children) {
      if (child.type !== 'element' || isSkipped(child)) continue
      const named = namedAs(child)
      if (named?.as === 'enclosure') continue
      if (named === undefined && isNamedContainer(child)) {
        const text = paragraphText(child)
        if (text >= 80) candidates.push({element: child, text})
      }
      walk(child)
    }
  }
  walk(tree)
  const top = candidates.reduce<{element: Element; text: number} | undefined>(
    (best, candidate) => (!best || candidate.text > best.text ? candidate : best),
    undefined
  )
  if (!top) return undefined
  // Those holding nearly all of it are nested one in another: take the innermost.
  return candidates
    .filter((candidate) => candidate.text >= nearlyAll * top.text && (candidate === top || contains(top.element, candidate.element)))
    .reduce((inner, candidate) => (contains(inner.element, candidate.element) ? candidate : inner), top).element
}

/** The share of a container's paragraph text a container inside it must hold to be taken instead. */
const nearlyAll = 0.85

/**
 * Characters of text in an element's paragraphs. Kept per element: the
 * container search asks it of every candidate, its siblings and the body
 * elements inside, and nested candidates would otherwise count the same
 * paragraphs once per level. Each element is counted once per page, from its
 * children's counts.
 */
export function paragraphText(element: Element | Root): number {
  const known = paragraphCounts.get(element)
  if (known !== undefined) return known
  let count = 0
  if (element.type === 'element' && element.tagName === 'p') count = hastToString(element).trim().length
  // Text in a comments list, a sidebar or a footer is not the article's, and does not make the container around it one.
  else for (const child of element.children) if (child.type === 'element' && !isSkipped(child) && namedAs(child)?.as !== 'enclosure') count += paragraphText(child)
  paragraphCounts.set(element, count)
  return count
}

const paragraphCounts = new WeakMap<Element | Root, number>()

/**
 * Characters of text inside an element's links (a link inside a link counted
 * in each). Kept per element and counted from the children's counts, as
 * paragraphText is: the container search, the walk and the header test ask it
 * of nested elements, each of which would walk its subtree again.
 */
export function linkText(element: Element): number {
  const known = linkCounts.get(element)
  if (known !== undefined) return known
  let count = element.tagName === 'a' ? hastToString(element).length : 0
  for (const child of element.children) if (child.type === 'element') count += linkText(child)
  linkCounts.set(element, count)
  return count
}

const linkCounts = new WeakMap<Element, number>()

// Where an article's text never is: their text does not count towards a container.
const skipped = new Set(['script', 'style', 'template', 'nav', 'aside', 'footer', 'header', 'form', 'menu', 'select', 'button'])

function isSkipped(element: Element): boolean {
  return skipped.has(element.tagName) && !readAsContainer(element)
}

/**
 * A <form> or <header> around the article rather than furniture: ASP.NET
 * WebForms and some CMSs wrap the whole body in a form, article included; a
 * comment or search form holds fields and labels, not a headline nor
 * paragraphs, so a form with an <h1>, or with more paragraph text than a
 * form's help lines, is read as other containers are. A <header> without
 * navigation that holds more paragraph text than a deck is a component's
 * block of text (some libraries call every text beside a picture its header).
 */
export function readAsContainer(element: Element): boolean {
  if (element.tagName !== 'form' && element.tagName !== 'header') return false
  let known = wrappers.get(element)
  if (known === undefined) {
    known =
      element.tagName === 'form'
        ? paragraphText(element) >= formTextLimit || select('h1', element) !== undefined
        : paragraphText(element) >= headerTextLimit && !select('nav', element)
    wrappers.set(element, known)
  }
  return known
}

// Characters of paragraph text beyond which a <header> holds the article, not a page's or an article's head
// (component libraries name a block of text and picture its "header"): a deck is one paragraph.
const headerTextLimit = 600

const wrappers = new WeakMap<Element, boolean>()

// Characters of paragraph text beyond which a form holds content: more than a comment form's help text.
const formTextLimit = 500
// Blocks whose whole text is a paragraph; other containers count only their own text (text between <br>s).
const paragraphTags = new Set(['p', 'pre', 'td', 'blockquote', 'dd'])

/**
 * The element that holds the most paragraph-like text, scored as Readability
 * does: each block of 25 characters or more scores 1, one per comma and one per
 * 100 characters (at most 3), given whole to its parent, half to its
 * grandparent and a third to the one above; the best few are then discounted by
 * their share of link text.
 */
function bestScored(tree: Root): Element | undefined {
  const scores = new Map<Element, number>()
  const ancestors: Element[] = []
  const add = (element: Element | undefined, score: number) => {
    if (element && !/^h[1-6]$/.test(element.tagName)) scores.set(element, (scores.get(element) ?? 0) + score)
  }
  const walk = (parent: Element | Root) => {
    for (const child of parent.children) {
      if (child.type !== 'element' || isSkipped(child) || namedAs(child) !== undefined) continue
      const text = paragraphTags.has(child.tagName)
        ? hastToString(child)
        : child.children.map((node) => (node.type === 'text' ? node.value : '')).join('')
      // White space counts as the browser shows it: once.
      const length = text.replace(/\s+/g, ' ').trim().length
      if (length >= 25) {
        const score = 1 + (text.split(/[,،、，]/).length - 1) + Math.min(3, Math.floor(length / 100))
        // A paragraph scores its container; a container with text of its own scores itself too.
        if (!paragraphTags.has(child.tagName)) add(child, score)
        add(ancestors.at(-1) ?? (parent.type === 'element' ? parent : undefined), score)
        add(ancestors.at(-2), score / 2)
        add(ancestors.at(-3), score / 3)
      }
      if (!paragraphTags.has(child.tagName)) {
        ancestors.push(child)
        walk(child)
        ancestors.pop()
      }
    }
  }
  const body = select('body', tree)
  walk(body ?? tree)
  const top = [...scores.entries()].sort((a, b) => b[1] - a[1]).slice(0, 5)
  let best: Element | undefined
  let bestScore = 0
  for (const [element, score] of top) {
    const all = hastToString(element).length || 1
    const links = linkText(element)
    const final = score * (1 - Math.min(1, links / all))
    if (final > bestScore) {
      best = element
      bestScore = final
    }
  }
  return best
}
