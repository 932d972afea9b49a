import type {InlineContent, Position} from '../../model/types.js'
import type {AtomSpan, FormatSpan} from '../draft.js'
import type {QuotePair} from './quotes.js'

/**
 * A container over part of a sentence: a quote piece (with its marks outside
 * the inner range) or emphasis, strong or a link (no marks).
 */
interface Container {
  outerStart: number
  innerStart: number
  innerEnd: number
  outerEnd: number
  make: (children: InlineContent[], position: Position | undefined) => InlineContent
}

export type Place = (start: number, end: number) => Position | undefined

/**
 * Build the inline children of the sentence `start…end` of `value`: quotes
 * (clipped to the sentence, keeping a mark only in the piece that holds it),
 * formatting spans and atoms, with text in between. Every character of the
 * range ends up in exactly one node.
 */
export function buildInline(
  value: string,
  start: number,
  end: number,
  quotes: readonly QuotePair[],
  formats: readonly FormatSpan[],
  atoms: readonly AtomSpan[],
  place: Place
): InlineContent[] {
  const pieces = quotes.flatMap((pair) => quotePiece(pair, start, end))
  const marks = pieces.flatMap((piece) => [
    [piece.outerStart, piece.innerStart],
    [piece.innerEnd, piece.outerEnd]
  ]).filter(([a, b]) => (b as number) > (a as number)) as Array<[number, number]>

  const formatContainers = formats
    .flatMap((span) => splitAt(span, start, end, pieces))
    .filter((span) => span.end > span.start && !marks.some(([a, b]) => span.start >= a && span.end <= b))
    .map(
      (span): Container => ({
        outerStart: span.start,
        innerStart: span.start,
        innerEnd: span.end,
        outerEnd: span.end,
        make: (children, position) =>
          span.type === 'link'
            ? {type: 'link', url: span.url ?? '', children, position}
            : {type: span.type, children, position}
      })
    )

  const containers = [...pieces, ...formatContainers].sort(
    (a, b) => a.outerStart - b.outerStart || b.outerEnd - a.outerEnd
  )
  const edges = containers.flatMap((c) => [c.outerStart, c.innerStart, c.innerEnd, c.outerEnd])
  const leaves = atoms
    .filter((atom) => atom.start >= start && atom.end <= end)
    .filter((atom) => !edges.some((edge) => atom.start < edge && edge < atom.end))
    .filter((atom) => !marks.some(([a, b]) => atom.start < b && a < atom.end))
    .sort((a, b) => a.start - b.start)

  return fill(value, start, end, containers, leaves, place)
}

function fill(
  value: string,
  start: number,
  end: number,
  containers: Container[],
  atoms: AtomSpan[],
  place: Place
): InlineContent[] {
  const out: InlineContent[] = []
  let pos = start
  let c = 0
  let a = 0
  const text = (to: number) => {
    if (to > pos) out.push({type: 'text', value: value.slice(pos, to), position: place(pos, to)})
    pos = Math.max(pos, to)
  }
  while (pos < end) {
    while (c < containers.length && (containers[c] as Container).outerStart < pos) c++
    while (a < atoms.length && (atoms[a] as AtomSpan).start < pos) a++
    const container = containers[c]
    const atom = atoms[a]
    const nextContainer = container && container.outerStart < end ? container.outerStart : end
    const nextAtom = atom && atom.start < end ? atom.start : end
    if (nextContainer === end && nextAtom === end) break
    if (nextContainer <= nextAtom && container) {
      text(container.outerStart)
      const inner: Container[] = []
      let k = c + 1
      while (k < containers.length && (containers[k] as Container).outerStart < container.outerEnd) {
        const candidate = containers[k] as Container
        if (candidate.outerStart >= container.innerStart && candidate.outerEnd <= container.innerEnd) {
          inner.push(candidate)
        }
        k++
      }
      const innerAtoms = atoms.filter((x) => x.start >= container.innerStart && x.end <= container.innerEnd)
      const children = fill(value, container.innerStart, container.innerEnd, inner, innerAtoms, place)
      out.push(container.make(children, place(container.outerStart, container.outerEnd)))
      pos = container.outerEnd
      c = k
    } else if (atom) {
      text(atom.start)
      out.push({...atom.node, position: place(atom.start, atom.end)} as InlineContent)
      pos = atom.end
      a++
    }
  }
  text(end)
  return out
}

/** The piece of a quote that falls inside the sentence `start…end`, if any. */
function quotePiece(pair: QuotePair, start: number, end: number): Container[] {
  const closeEnd = pair.closeMark ? pair.close + pair.closeMark.length : pair.close
  if (pair.open >= end || closeEnd <= start) return []
  const opensHere = pair.open >= start
  const closesHere = pair.closeMark !== '' && pair.close < end
  const open = opensHere ? pair.openMark : ''
  const close = closesHere ? pair.closeMark : ''
  const outerStart = opensHere ? pair.open : start
  const innerStart = opensHere ? pair.open + pair.openMark.length : start
  const innerEnd = closesHere ? pair.close : Math.min(end, closeEnd)
  const outerEnd = closesHere ? closeEnd : Math.min(end, closeEnd)
  return [
    {
      outerStart,
      innerStart,
      innerEnd,
      outerEnd,
      make: (children, position) => ({type: 'quote', level: pair.level, open, close, children, position})
    }
  ]
}

/** Clip a formatting span to the sentence and cut it where it crosses a quote's edge. */
function splitAt(span: FormatSpan, start: number, end: number, quotes: Container[]): FormatSpan[] {
  const from = Math.max(span.start, start)
  const to = Math.min(span.end, end)
  if (to <= from) return []
  const cuts = new Set<number>()
  for (const quote of quotes) {
    const inside = quote.outerStart <= from && to <= quote.outerEnd
    const around = from <= quote.outerStart && quote.outerEnd <= to
    if (inside || around) continue
    for (const edge of [quote.outerStart, quote.innerStart, quote.innerEnd, quote.outerEnd]) {
      if (edge > from && edge < to) cuts.add(edge)
    }
  }
  const points = [from, ...[...cuts].sort((a, b) => a - b), to]
  const out: FormatSpan[] = []
  for (let i = 0; i < points.length - 1; i++) {
    out.push({...span, start: points[i] as number, end: points[i + 1] as number})
  }
  return out
}
