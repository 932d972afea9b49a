import {AltformatError} from '../model/error.js'
import type {Chapter} from './mp3.js'
import {pipeThrough} from './pipe.js'

/** A chapter time as Ogg chapters write it: hh:mm:ss.fff. */
function chapterTime(ms: number): string {
  const total = Math.max(0, Math.round(ms))
  const hours = String(Math.floor(total / 3_600_000)).padStart(2, '0')
  const minutes = String(Math.floor(total / 60_000) % 60).padStart(2, '0')
  const seconds = ((total % 60_000) / 1000).toFixed(3).padStart(6, '0')
  return `${hours}:${minutes}:${seconds}`
}

/**
 * 16-bit mono PCM as Ogg Opus, by Debian's `opusenc` (opus-tools), with the
 * title and the chapters as Vorbis comments (CHAPTER001, CHAPTER001NAME…).
 * Ogg Opus states its own pre-skip, which decoders honour: measured with
 * ffmpeg, the decoded audio lines up with the samples to the sample, so no time
 * is shifted. Opus is not an EPUB core media type: the talking book keeps MP3.
 */
export async function encodeOpus(samples: Int16Array, sampleRate: number, options: {bitrate: number; title?: string | undefined; chapters: Chapter[]}): Promise<Uint8Array> {
  const comments = [
    ...(options.title ? ['--title', options.title] : []),
    ...options.chapters.flatMap((chapter, index) => {
      const key = `CHAPTER${String(index + 1).padStart(3, '0')}`
      return ['--comment', `${key}=${chapterTime(chapter.start)}`, '--comment', `${key}NAME=${chapter.title}`]
    })
  ]
  const args = ['--quiet', '--raw', '--raw-rate', String(sampleRate), '--raw-chan', '1', '--bitrate', String(options.bitrate), '--comp', '5', ...comments, '-', '-']
  const encoded = await pipeThrough(process.env.ALTFORMAT_OPUSENC ?? 'opusenc', args, samples)
  if (!encoded) throw new AltformatError('synthesis-failed', 'The Opus encoder opusenc is not installed: apt-get install opus-tools, or write MP3 (--to audio)')
  return encoded
}
