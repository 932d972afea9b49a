import {expect, it} from 'vitest'
import * as altformat from '../src/index.js'

it('exports exactly the documented public API', () => {
  expect(Object.keys(altformat).sort()).toEqual([
    'AltformatError',
    'altformatParse',
    'builtinLexicon',
    'chromeKinds',
    'htmlHandlers',
    'inspect',
    'isAltformatError',
    'numberKinds',
    'readArticle',
    'toHast',
    'toHtml',
    'toString',
    'validateArticle'
  ])
})
