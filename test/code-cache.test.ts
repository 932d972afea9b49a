import {spawnSync} from 'node:child_process'
import {mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync} from 'node:fs'
import {homedir, tmpdir} from 'node:os'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {describe, expect, it} from 'vitest'
import {cacheDir} from '../src/braille/code-cache.js'

// A process of its own per run, as a command would be: the cache is read when
// liblouis loads, once per process. It runs the build (npm test builds it first).
const index = fileURLToPath(new URL('../dist/index.js', import.meta.url))
const script = `import {readArticle, toBraille} from ${JSON.stringify(index)}
const {tree} = readArticle('Talks Resume In Geneva\\n\\nThe talks resumed on Monday, officials said, after a pause of 12 days.\\n')
process.stdout.write(toBraille(tree).brf())`

function brf(env: Record<string, string>): string {
  const result = spawnSync(process.execPath, ['--input-type=module', '-e', script], {env: {...process.env, ...env}, encoding: 'utf8'})
  expect(result.stderr).toBe('')
  expect(result.status).toBe(0)
  return result.stdout
}

const cacheFiles = (dir: string) => readdirSync(dir).filter((name) => name.endsWith('.cache'))

describe('V8 code cache for the liblouis build', () => {
  it('is written by the first run, taken as it is by the next, and changes no braille', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'altformat-cache-'))
    const first = brf({ALTFORMAT_CACHE_DIR: dir})
    expect(first).toMatch(/,TALKS ,RESUME/)
    const [file] = cacheFiles(dir)
    expect(cacheFiles(dir)).toHaveLength(1)
    expect(readdirSync(dir).filter((name) => name.endsWith('.tmp'))).toEqual([])
    const written = statSync(path.join(dir, file as string))
    expect(written.size).toBeGreaterThan(100_000)
    // Taken, not made again: the file is the same one (a rewrite renames a new file over it).
    expect(brf({ALTFORMAT_CACHE_DIR: dir})).toBe(first)
    expect(statSync(path.join(dir, file as string)).ino).toBe(written.ino)
  })

  it('a damaged cache is turned down by V8 and made again; the braille is the same', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'altformat-cache-'))
    const first = brf({ALTFORMAT_CACHE_DIR: dir})
    const file = path.join(dir, cacheFiles(dir)[0] as string)
    const garbage = Buffer.alloc(statSync(file).size, 0x5a)
    writeFileSync(file, garbage)
    expect(brf({ALTFORMAT_CACHE_DIR: dir})).toBe(first)
    expect(readFileSync(file).equals(garbage)).toBe(false)
  })

  it('a folder that cannot be written costs nothing but the speed; "off" writes nothing', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'altformat-cache-'))
    const notAFolder = path.join(dir, 'file')
    writeFileSync(notAFolder, 'a file where the folder would be')
    const reference = brf({ALTFORMAT_CACHE_DIR: 'off', XDG_CACHE_HOME: dir})
    expect(readdirSync(dir)).toEqual(['file'])
    expect(brf({ALTFORMAT_CACHE_DIR: notAFolder})).toBe(reference)
    expect(readFileSync(notAFolder, 'utf8')).toBe('a file where the folder would be')
  })

  it('lives in ALTFORMAT_CACHE_DIR, else under XDG_CACHE_HOME, else ~/.cache', () => {
    expect(cacheDir({ALTFORMAT_CACHE_DIR: '/srv/cache', XDG_CACHE_HOME: '/x'})).toBe(path.resolve('/srv/cache'))
    expect(cacheDir({ALTFORMAT_CACHE_DIR: 'off'})).toBeUndefined()
    expect(cacheDir({XDG_CACHE_HOME: '/x'})).toBe(path.join(path.resolve('/x'), 'altformat'))
    expect(cacheDir({})).toBe(path.join(homedir(), '.cache', 'altformat'))
  })
})
