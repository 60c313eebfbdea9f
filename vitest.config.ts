import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts', 'web/src/**/*.test.ts'],
    // Several suites build the gazetteer cache (10–20 s on an idle machine); a loaded CI machine can take far longer.
    testTimeout: 240_000,
    hookTimeout: 240_000,
  },
});
