import {expect, it} from 'vitest'
import * as altformat from '../src/index.js'

it('exports exactly the documented public API', () => {
  expect(Object.keys(altformat).sort()).toEqual([
    'AltformatError',
    'addToSpeech',
    'altformatBrf',
    'altformatHtml',
    'altformatParse',
    'altformatSsml',
    'brailleHandlers',
    'brfProfiles',
    'builtinLexicon',
    'checkBrailleOptions',
    'chromeKinds',
    'dialectNames',
    'findNativeEngine',
    'htmlHandlers',
    'inspect',
    'isAltformatError',
    'learnTemplate',
    'nativeEngine',
    'numberKinds',
    'readArticle',
    'resolveBrailleTable',
    'resolveBrf',
    'selectEngine',
    'speechHandlers',
    'tableNames',
    'toBraille',
    'toBrailleEdition',
    'toHast',
    'toHtml',
    'toScript',
    'toSsml',
    'toSsmlParts',
    'toSsmlTree',
    'toString',
    'translateArticle',
    'validateArticle',
    'wasmEngine'
  ])
})
