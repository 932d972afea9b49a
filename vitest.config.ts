import {defineConfig} from 'vitest/config'

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // The CLI tests spawn the built command; give a cold machine room.
    testTimeout: 30_000
  }
})
