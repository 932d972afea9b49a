// html-encoding-sniffer 4 ships no types: its one function, as its README documents it.
declare module 'html-encoding-sniffer' {
  /** The HTML Standard's encoding sniffing: a WHATWG encoding name, or `defaultEncoding` when nothing is found. */
  export default function sniffHtmlEncoding(
    bytes: Uint8Array,
    options?: {transportLayerEncodingLabel?: string; defaultEncoding?: string}
  ): string
}
