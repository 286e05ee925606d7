import { defineConfig } from 'vitest/config'

// Unit tests of the platform-free core (src/core): no uni() plugin, the global `uni` is mocked per test.
export default defineConfig({
  test: {
    include: ['src/**/*.spec.ts'],
    environment: 'node',
  },
})
