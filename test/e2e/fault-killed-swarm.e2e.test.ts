import { existsSync, readdirSync } from 'node:fs';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { writeFaultRecord } from './helpers/fault-record.ts';
import {
  deploySwarmBundle,
  expireLockIn,
  faultPort,
  faultStack,
  lockExists,
  serviceState,
} from './helpers/fault-swarm.ts';
import { removeReleasedStack } from './helpers/sandbox-docker.ts';

// The runner dies without its post step (SIGKILL of the deploy mid-update, as when a runner machine
// goes away): the lock stays, and Swarm goes on with the update alone (here it pauses it: the new
// tasks never turn healthy). The next release must say whose stale lock it met (holder, age, TTL),
// take it over only once it expired, find the update left paused and roll it back before it deploys
// (the documented rule: docs/reliability.md), and then deploy on the last good version.

const unavailable = inject('gantrySandboxUnavailable');
const stacks: string[] = [];
afterAll(() => {
  for (const stack of stacks) removeReleasedStack(stack);
});

describe.skipIf(unavailable !== '')('a deploy-swarm run killed mid-update, without post', () => {
  it('the next release waits for the stale lock, takes it over after its TTL, rolls back the paused update, deploys', async () => {
    const stack = faultStack('killed');
    stacks.push(stack);
    const port = faultPort();
    const r1 = await deploySwarmBundle({ stack, release: 'r1', port });
    expect(r1.exitCode, r1.stdout.slice(-3000)).toBe(0);

    let killed = false;
    const r2 = await deploySwarmBundle({
      stack,
      release: 'r2',
      port,
      tag: 'broken',
      noPost: true,
      onStdout: (out, child) => {
        if (!killed && out.includes(`Waiting for stack ${stack} to converge`)) {
          killed = true;
          child.kill('SIGKILL');
        }
      },
    });
    expect(r2.signal, r2.stdout.slice(-2000)).toBe('SIGKILL');
    expect(r2.post).toBeUndefined();
    expect(lockExists(stack)).toBe(true);
    // What a killed runner leaves in its RUNNER_TEMP (the runner's own clean-up removes it, not Gantry).
    const left = readdirSync(r2.runnerTemp).filter((f) => f.startsWith('gantry-'));
    expect(left.length).toBeGreaterThan(0);

    await expireLockIn(stack, 15_000);
    const started = Date.now();
    const r3 = await deploySwarmBundle({ stack, release: 'r3', port, inputs: { 'lock-timeout': '120s' } });
    expect(r3.stdout).toMatch(
      new RegExp(
        `Waiting for the deploy lock of stack ${stack}, held by https://github.com/acme/shop/actions/runs/4242\\S* \\(taken \\d+s ago, TTL \\d+s, expires \\S+ \\(in \\d+s\\)\\)`,
      ),
    );
    expect(r3.stdout).toMatch(
      new RegExp(`::warning::Taking over the expired deploy lock of stack ${stack}, held by .*expired`),
    );
    // Swarm paused the update when its new tasks failed; the run that started it is gone.
    expect(r3.stdout).toContain(`${stack}_api (paused`);
    expect(r3.stdout).toContain('an earlier update was left paused; rolling it back before deploying');
    expect(r3.exitCode, r3.stdout.slice(-4000)).toBe(0);
    expect(r3.outputs.status).toBe('deployed');
    expect(serviceState(`${stack}_api`)).toEqual({ update: 'completed', version: 'r3' });
    expect(serviceState(`${stack}_web`).version).toBe('r3');
    expect(lockExists(stack)).toBe(false);
    expect(existsSync(r3.state['ssh-dir'] ?? '/nonexistent')).toBe(false);
    writeFaultRecord({
      id: 'fault1-runner-killed',
      fault: 'The runner dies without its post step (Swarm)',
      injected:
        'SIGKILL of deploy-swarm while it watched a broken update, no post; lock expiry moved to 15 s ahead',
      verdict:
        'next run: took the stale lock over after expiry, rolled back the paused update, exit 0 deployed',
      timeToVerdictMs: Date.now() - started,
      leftBehind: [
        ...(lockExists(stack) ? [`lock gantry-lock-${stack}`] : []),
        ...(existsSync(r3.state['ssh-dir'] ?? '/nonexistent') ? ["the second run's SSH key"] : []),
      ],
    });
  });
});
