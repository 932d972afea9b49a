import {Mp3Encoder} from '@breezystack/lamejs'
import NodeID3 from 'node-id3'
import {AltformatError} from '../model/error.js'
import {pipeThrough} from './pipe.js'

/** What encodes MP3: Debian's `lame` (fast), the pure-JavaScript LAME port from npm, or the first of them found. */
export type EncoderKind = 'lame' | 'lamejs' | 'auto'

/**
 * Samples an MP3 from LAME is late by when decoded: the encoder's delay (576)
 * and the decoder's (529). Measured here with ffmpeg on both encoders' output:
 * 1,105 samples, 50.1 ms at 22,050 Hz. Marks for an MP3 are shifted by it.
 */
export const mp3Delay = 576 + 529

/** A chapter of the audio, for ID3 CHAP/CTOC frames: its title and where it starts and ends. */
export interface Chapter {
  title: string
  start: number
  end: number
}

/**
 * 16-bit mono PCM as constant-bit-rate MP3, with ID3 chapters (CHAP, and a
 * CTOC that lists them) when there are any, and the title.
 */
export async function encodeMp3(samples: Int16Array, sampleRate: number, options: {bitrate: number; encoder: EncoderKind; title?: string | undefined; chapters?: Chapter[]}): Promise<Uint8Array> {
  const audio = options.encoder === 'lamejs' ? encodeInJs(samples, sampleRate, options.bitrate) : await encodeWithLame(samples, sampleRate, options.bitrate, options.encoder === 'auto')
  const chapters = options.chapters ?? []
  const tags: NodeID3.Tags = {
    ...(options.title ? {title: options.title} : {}),
    ...(chapters.length > 0
      ? {
          chapter: chapters.map((chapter, index) => ({elementID: `ch${index + 1}`, startTimeMs: Math.round(chapter.start), endTimeMs: Math.round(chapter.end), tags: {title: chapter.title}})),
          tableOfContents: [{elementID: 'toc', isOrdered: true, elements: chapters.map((_, index) => `ch${index + 1}`), tags: {title: options.title ?? 'Contents'}}]
        }
      : {})
  }
  return Object.keys(tags).length > 0 ? NodeID3.write(tags, Buffer.from(audio)) : audio
}

function encodeInJs(samples: Int16Array, sampleRate: number, bitrate: number): Uint8Array {
  const encoder = new Mp3Encoder(1, sampleRate, bitrate)
  const parts: Buffer[] = []
  // The port hands back signed bytes (Int8Array): the same memory, viewed as bytes.
  const bytes = (part: ArrayBufferView) => Buffer.from(part.buffer, part.byteOffset, part.byteLength)
  // Whole MP3 frames at a time (1,152 samples each).
  const step = 1152 * 64
  for (let at = 0; at < samples.length; at += step) parts.push(bytes(encoder.encodeBuffer(samples.subarray(at, at + step))))
  parts.push(bytes(encoder.flush()))
  return Buffer.concat(parts)
}

/** Debian's `lame`, on raw PCM through a pipe; with `fallback`, the npm encoder when there is no `lame`. */
async function encodeWithLame(samples: Int16Array, sampleRate: number, bitrate: number, fallback: boolean): Promise<Uint8Array> {
  const args = ['-r', '-s', String(sampleRate / 1000), '--bitwidth', '16', '--signed', '--little-endian', '-m', 'm', '-b', String(bitrate), '--cbr', '--quiet', '-', '-']
  const encoded = await pipeThrough(process.env.ALTFORMAT_LAME ?? 'lame', args, samples)
  if (encoded) return encoded
  if (fallback) return encodeInJs(samples, sampleRate, bitrate)
  throw new AltformatError('synthesis-failed', 'The MP3 encoder lame is not installed: apt-get install lame, or choose --encoder lamejs (slower)')
}
