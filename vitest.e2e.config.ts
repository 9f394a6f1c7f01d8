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
  // Races on purpose: each injects its fault at a moment a log line or a timer picks, and under the
  // load of other files that moment moves (seen at load 60-75: a first release ending before the
  // second reached the lock, a Lease wait used up by the API call itself, a drop between reads).
  'test/e2e/fault-concurrent-release.e2e.test.ts': 'two releases racing for one lock, timed',
  'test/e2e/fault-concurrent-swarm.e2e.test.ts': "a deploy timed to meet Swarm's own rollback",
  'test/e2e/fault-ssh-drop.e2e.test.ts': 'drops SSH between reads of the watch, timed',
  'test/e2e/fault-killed-swarm.e2e.test.ts': 'kills the runner mid-update and waits out a lock TTL',
  'test/e2e/fault-killed-k8s.e2e.test.ts': 'kills the runner mid-rollout and waits out a Lease TTL',
  'test/e2e/fault-cancel-release.e2e.test.ts': 'signals each stage when its log line appears',
  'test/e2e/k8s-deploy-lock.e2e.test.ts': 'Lease waits and takeovers of a few seconds',
  'test/e2e/lock-cli.e2e.test.ts': 'eleven gantry processes contend for one lock',
};

for (const file of Object.keys(ALONE)) {
  if (!existsSync(path.resolve(import.meta.dirname, file))) {
    throw new Error(`vitest.e2e.config.ts: ${file} is listed to run alone but does not exist`);
  }
}

/**
 * Files of the first group at a time: 2 on the 2-core CI machine (3 was tried only under heavy
 * load from other work, docs/development.md);
 * GANTRY_E2E_WORKERS=1 runs the whole suite one file at a time (`npm run faults` does, for its timings).
 */
const E2E_WORKERS = Number(process.env.GANTRY_E2E_WORKERS || 2);
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
