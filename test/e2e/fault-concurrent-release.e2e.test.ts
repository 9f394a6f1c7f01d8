import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { writeFaultRecord } from './helpers/fault-record.ts';
import { releaseUntil, writeConfig } from './helpers/fault-release.ts';
import { faultPort, faultStack, lockExists } from './helpers/fault-swarm.ts';
import { sandboxAppDigest } from './helpers/registry-digest.ts';
import { localDocker, removeReleasedStack } from './helpers/sandbox-docker.ts';

// Two `gantry release` processes to the same target at once: the second is started once the first
// holds the lock (it waits for convergence); it must wait for the lock, then deploy on top of the
// first's result; both verdicts deployed, the service ends on the second's image.

const unavailable = inject('gantrySandboxUnavailable');
const stacks: string[] = [];
afterAll(() => {
  for (const stack of stacks) removeReleasedStack(stack);
});

describe.skipIf(unavailable !== '')('two gantry release processes at once', () => {
  it('run one after the other: the second waits for the lock and deploys on top', async () => {
    const stack = faultStack('two-releases');
    stacks.push(stack);
    const dir = mkdtempSync(path.join(tmpdir(), 'gantry-fault1-'));
    const config = writeConfig(dir, stack, faultPort(), 'ok');
    const started = Date.now();
    let second: ReturnType<typeof releaseUntil> | undefined;
    const first = releaseUntil(
      config,
      mkdtempSync(path.join(tmpdir(), 'gantry-fault1-tmp-')),
      new RegExp(`Waiting for stack ${stack} to converge`),
      () => {
        second = releaseUntil(
          config,
          mkdtempSync(path.join(tmpdir(), 'gantry-fault1-tmp-')),
          /$^/,
          'SIGTERM',
          'v2',
        );
      },
      'v1',
    );
    const one = await first;
    expect(second, one.out.slice(-3000)).toBeDefined();
    const two = await (second as ReturnType<typeof releaseUntil>);
    expect(one.code, one.out.slice(-3000)).toBe(0);
    expect(two.code, two.out.slice(-3000)).toBe(0);
    expect(two.out).toContain(`Waiting for the deploy lock of stack ${stack}, held by `);
    // The second deployed on top of the first: its plan starts from v1's digest.
    const v1 = await sandboxAppDigest('v1');
    const v2 = await sandboxAppDigest('v2');
    expect(two.out).toMatch(new RegExp(`update ${stack}_web: \\S+@${v1} -> \\S+@${v2}`));
    expect(
      localDocker(
        'service',
        'inspect',
        `${stack}_web`,
        '--format',
        '{{.Spec.TaskTemplate.ContainerSpec.Image}}',
      ),
    ).toContain(v2);
    expect(lockExists(stack)).toBe(false);
    writeFaultRecord({
      id: 'fault1-two-releases',
      fault: 'Two gantry release processes to the same target at once',
      injected: 'a second gantry release started once the first held the lock',
      verdict: 'both exit 0 deployed; the second waited for the lock and deployed v2 on top of v1',
      timeToVerdictMs: Date.now() - started,
      leftBehind: lockExists(stack) ? [`lock gantry-lock-${stack}`] : [],
    });
  });
});
