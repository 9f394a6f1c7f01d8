import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { writeFaultRecord } from './helpers/fault-record.ts';
import { releaseUntil, writeConfig } from './helpers/fault-release.ts';
import { faultPort, faultStack, lockExists } from './helpers/fault-swarm.ts';
import { localDocker, removeReleasedStack } from './helpers/sandbox-docker.ts';

// `gantry release` cancelled (SIGINT as Ctrl-C sends it, SIGTERM as a CI runner does) while Swarm
// converges, and while the smoke check waits: the lock is released, the private temp folder (SSH
// key, known_hosts, docker config) is gone, the state reached is printed, and the secret the release
// created (the running service uses it) is still there.

const unavailable = inject('gantrySandboxUnavailable');
const stacks: string[] = [];
afterAll(() => {
  for (const stack of stacks) removeReleasedStack(stack);
});

const secretsOf = (stack: string): string[] =>
  localDocker('secret', 'ls', '--filter', `label=gantry.stack=${stack}`, '--format', '{{.Name}}')
    .split('\n')
    .filter(Boolean);

describe.skipIf(unavailable !== '')('gantry release cancelled mid-release', () => {
  it.each([
    ['SIGINT', 'watch', /Waiting for stack \S+ to converge/],
    ['SIGTERM', 'smoke', /Smoke check|smoke/i],
  ] as const)(
    '%s while it waits (%s): lock released, temp files gone, state printed, secret kept',
    async (signal, stage, when) => {
      const stack = faultStack(`cancel-${stage}`);
      stacks.push(stack);
      const dir = mkdtempSync(path.join(tmpdir(), 'gantry-fault1-'));
      const tmp = mkdtempSync(path.join(tmpdir(), 'gantry-fault1-tmp-'));
      const config = writeConfig(dir, stack, faultPort(), stage);
      const started = Date.now();
      const run = await releaseUntil(
        config,
        tmp,
        stage === 'smoke' ? /GET http|smoke check|Smoke/ : when,
        signal,
      );
      expect(run.signalled, run.out.slice(-3000)).toBe(true);
      expect(run.code, run.out.slice(-3000)).not.toBe(0);
      // The state reached, stage by stage: the secrets were created, the deploy was cancelled, nothing pruned.
      expect(run.out).toMatch(/Release summary[^\n]*\n(.*\n)*\s+✔ secrets\s.*1 created/);
      expect(run.out).toMatch(/\s+✘ deploy\s.*cancelled/);
      expect(run.out).not.toMatch(/✔ prune/);
      expect(lockExists(stack)).toBe(false);
      expect(readdirSync(tmp)).toEqual([]);
      // The secret the release created is in use by the service: a cancel never removes it.
      const secrets = secretsOf(stack);
      expect(secrets).toHaveLength(1);
      expect(
        localDocker(
          'service',
          'inspect',
          `${stack}_web`,
          '--format',
          '{{json .Spec.TaskTemplate.ContainerSpec.Secrets}}',
        ),
      ).toContain(secrets[0] ?? 'none');
      writeFaultRecord({
        id: `fault1-cancel-${stage}`,
        fault: `gantry release cancelled during ${stage === 'watch' ? 'the convergence wait' : 'the smoke check'}`,
        injected: `${signal} to the gantry process once it printed that it waits`,
        verdict: `exit ${run.code}: cancelled, state printed`,
        timeToVerdictMs: Date.now() - started,
        leftBehind: [
          ...(lockExists(stack) ? [`lock gantry-lock-${stack}`] : []),
          ...readdirSync(tmp).map((f) => `temp ${f}`),
        ],
      });
    },
  );
});
