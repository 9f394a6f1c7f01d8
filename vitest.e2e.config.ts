import { existsSync } from 'node:fs';
import path from 'node:path';
import { configDefaults, defineConfig } from 'vitest/config';

// `npm run e2e`: tests against the real sandbox (Docker engine, Swarm, registry, sshd, and the
// Kubernetes cluster). The global set-up brings the sandbox up once per run.
//
// Two groups, one after the other (docs/development.md, "How the e2e suite runs"):
// - `e2e`: every file not listed below, E2E_WORKERS files at a time. Most of a file's time is spent
//   waiting on Swarm and Kubernetes, and every file names its stacks, namespaces, secrets, images
//   and ports by a random suffix of its own, so files run side by side.
// - `e2e-alone`: the files listed here, one at a time, after all the others: each disturbs what
//   every other file relies on. A new file runs in the first group unless it is added here.
const ALONE: Record<string, string> = {
  'test/e2e/fault-apiserver-restart.e2e.test.ts':
    "restarts the sandbox cluster's kube-apiserver: every Kubernetes file would fail meanwhile",
  'test/e2e/fault-engine-restart.e2e.test.ts':
    'restarts a dockerd (its own) mid-deploy and times the verdict: kept away from the load of other files',
};

for (const file of Object.keys(ALONE)) {
  if (!existsSync(path.resolve(import.meta.dirname, file))) {
    throw new Error(`vitest.e2e.config.ts: ${file} is listed to run alone but does not exist`);
  }
}

/**
 * Files of the first group at a time: 3 measured best on 2 cores (docs/development.md);
 * GANTRY_E2E_WORKERS=1 runs the whole suite one file at a time (`npm run faults` does, for its timings).
 */
const E2E_WORKERS = Number(process.env.GANTRY_E2E_WORKERS || 3);
if (!Number.isInteger(E2E_WORKERS) || E2E_WORKERS < 1) {
  throw new Error(
    `GANTRY_E2E_WORKERS must be a whole number of at least 1, not ${process.env.GANTRY_E2E_WORKERS}`,
  );
}

const timeouts = { testTimeout: 900_000, hookTimeout: 900_000 };

export default defineConfig({
  test: {
    // Runs once for the whole run (the root project's), whichever files are chosen.
    globalSetup: ['test/e2e/global-setup.ts'],
    projects: [
      {
        test: {
          name: 'e2e',
          include: ['test/e2e/**/*.e2e.test.ts'],
          exclude: [...configDefaults.exclude, ...Object.keys(ALONE)],
          ...timeouts,
          maxWorkers: E2E_WORKERS,
          fileParallelism: E2E_WORKERS > 1,
          // Not 0: vitest runs a project of one worker and order 0 after every other group.
          sequence: { groupOrder: 1 },
        },
      },
      {
        test: {
          name: 'e2e-alone',
          include: Object.keys(ALONE),
          ...timeouts,
          maxWorkers: 1,
          fileParallelism: false,
          sequence: { groupOrder: 2 },
        },
      },
    ],
  },
});
