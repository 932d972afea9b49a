// The npm build of eSpeak NG ships no types: its module is typed where it is used (espeak-wasm.ts).
declare module '@echogarden/espeak-ng-emscripten' {
  const factory: () => Promise<unknown>
  export default factory
}
