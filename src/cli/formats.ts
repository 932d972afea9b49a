import {inspect, toHtml} from '../index.js'
import type {ReadResult} from '../index.js'

/**
 * The output formats of the command line. Each renders one read article to the
 * text of one file. Later formats (ssml, script, brf, pef, braille, html) are
 * added here, with their options.
 */
export interface OutputFormat {
  /** What the format is, for `--help`. */
  description: string
  /** Appended to the page's stem: `<stem>.json`. */
  extension: string
  render: (result: ReadResult) => string
}

export const outputFormats = {
  json: {
    description: 'the document model, as JSON.stringify of the tree',
    extension: '.json',
    render: (result) => JSON.stringify(result.tree, null, 2) + '\n'
  },
  html: {
    description: 'screen-reader HTML: a complete, accessible HTML5 page of the article',
    extension: '.html',
    render: (result) => toHtml(result.tree)
  },
  outline: {
    description: 'a readable outline of the model, one line per block and sentence',
    extension: '.outline.txt',
    render: (result) => inspect(result.tree)
  }
} satisfies Record<string, OutputFormat>

export type FormatName = keyof typeof outputFormats

export const formatNames = Object.keys(outputFormats) as FormatName[]

export const defaultFormats: FormatName[] = ['json']
