import type {VFile} from 'vfile'
import {location} from 'vfile-location'
import type {Position} from '../model/types.js'

/** Source offsets → a unist position, with the file's line index built once. */
export type ToPosition = (start: number, end: number) => Position | undefined

export function positionsIn(file: VFile): ToPosition {
  const place = location(file)
  return (start, end) => {
    const from = place.toPoint(start)
    const to = place.toPoint(end)
    return from && to ? {start: from, end: to} : undefined
  }
}
