import { defineConfig } from 'vitest/config';

// `npm test`: unit (pure core, argv tables, parsers), static (the action/workflow gate) and
// bundle (dist/<name>/index.js run as GitHub's runner runs it). e2e has its own config.
export default defineConfig({
  test: {
    projects: [
      { test: { name: 'unit', include: ['test/unit/**/*.test.ts'] } },
      { test: { name: 'static', include: ['test/static/**/*.test.ts'] } },
      { test: { name: 'bundle', include: ['test/bundle/**/*.test.ts'], testTimeout: 60_000 } },
    ],
  },
});
