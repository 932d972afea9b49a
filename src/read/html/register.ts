// Registers the HTML reader with the reader's core (see read/html-reader.ts).
import {registerHtmlReader} from '../html-reader.js'
import {readHtmlDraft} from './read-html.js'

registerHtmlReader(readHtmlDraft)
