import { defineConfig } from 'vitest/config';

// `npm run e2e`: tests against the real sandbox (Docker engine, Swarm, registry, sshd, and the
// Kubernetes cluster). The global set-up brings the sandbox up once per run.
export default defineConfig({
  test: {
    name: 'e2e',
    include: ['test/e2e/**/*.e2e.test.ts'],
    globalSetup: ['test/e2e/global-setup.ts'],
    testTimeout: 900_000,
    hookTimeout: 900_000,
    fileParallelism: false,
  },
});
