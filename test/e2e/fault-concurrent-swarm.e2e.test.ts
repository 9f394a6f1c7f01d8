import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { afterAll, describe, expect, inject, it } from 'vitest';
import type { BundleRun } from '../helpers/run-action-bundle.ts';
import { writeFaultRecord } from './helpers/fault-record.ts';
import {
  AUTO_ROLLBACK,
  deploySwarmBundle,
  faultPort,
  faultStack,
  lockExists,
  serviceState,
} from './helpers/fault-swarm.ts';
import { removeReleasedStack, sandboxVar } from './helpers/sandbox-docker.ts';

// Two writers of one stack at once. Two deploy-swarm runs, as two runners would start them: the
// second waits for the first's lock, then deploys on top of what the first left. The hard case is a
// first deploy that Swarm rolls back by itself (update_config.failure_action: rollback): its verdict
// must wait for Swarm's rollback to complete, and the second must not meet that rollback half-written
// (`update out of sequence`). And a writer that is not Gantry (another client updating the service
// while the stack is deployed): Swarm refuses the stale write with `update out of sequence`, which
// the deploy runs again.

const unavailable = inject('gantrySandboxUnavailable');
const stacks: string[] = [];
afterAll(() => {
  for (const stack of stacks) removeReleasedStack(stack);
});

/** Starts `second` once `first` holds the lock (it says it waits for convergence); both runs. */
async function oneThenAnother(
  first: (onOut: (out: string) => void) => Promise<BundleRun>,
  second: () => Promise<BundleRun>,
  holdsLock: string,
): Promise<[BundleRun, BundleRun]> {
  let holding = (): void => {};
  const held = new Promise<void>((resolve) => {
    holding = resolve;
  });
  const firstRun = first((out) => (out.includes(holdsLock) ? holding() : undefined));
  const early = await Promise.race([held.then(() => undefined), firstRun]);
  if (early !== undefined)
    throw new Error(`the first deploy ended before it held the lock:\n${early.stdout}`);
  const secondRun = second();
  return [await firstRun, await secondRun];
}

/** What Swarm says of the service the moment the first run's rollback group ends (it still holds the lock). */
function stateWhenRolledBack(service: string) {
  const seen: { update?: string } = {};
  const onOut = (out: string) => {
    const rolling = out.indexOf('::group::Rolling back');
    if (seen.update === undefined && rolling >= 0 && out.indexOf('::endgroup::', rolling) > 0)
      seen.update = serviceState(service).update;
  };
  return { seen, onOut };
}

describe.skipIf(unavailable !== '')('two writers of one Swarm stack at once', () => {
  it('a release Swarm rolls back by itself is rolled-back only once Swarm says so; the queued deploy goes on top', async () => {
    const stack = faultStack('auto');
    stacks.push(stack);
    const api = `${stack}_api`;
    const r1 = await deploySwarmBundle({ stack, release: 'r1', composeFile: AUTO_ROLLBACK });
    expect(r1.exitCode, r1.stdout.slice(-3000)).toBe(0);

    const watch = stateWhenRolledBack(api);
    const started = Date.now();
    const [broken, next] = await oneThenAnother(
      (onOut) =>
        deploySwarmBundle({
          stack,
          release: 'r2',
          tag: 'broken',
          composeFile: AUTO_ROLLBACK,
          onStdout: (out) => {
            onOut(out);
            watch.onOut(out);
          },
        }),
      () => deploySwarmBundle({ stack, release: 'r3', composeFile: AUTO_ROLLBACK }),
      `Waiting for stack ${stack} to converge`,
    );
    expect(broken.exitCode, broken.stdout.slice(-4000)).toBe(1);
    expect(broken.outputs.status).toBe('rolled-back');
    expect(broken.stdout).toMatch(/Swarm (is rolling|rolled) the update back/);
    // The verdict waited for Swarm's own rollback (monitored for 10 s after its task ran again).
    expect(watch.seen.update, broken.stdout.slice(-3000)).toBe('rollback_completed');

    expect(next.stdout).toContain(`Waiting for the deploy lock of stack ${stack}`);
    expect(next.stdout).not.toContain('update out of sequence');
    expect(next.exitCode, next.stdout.slice(-4000)).toBe(0);
    expect(next.outputs.status).toBe('deployed');
    expect(serviceState(api)).toEqual({ update: 'completed', version: 'r3' });
    expect(lockExists(stack)).toBe(false);
    writeFaultRecord({
      id: 'fault1-concurrent-after-swarm-rollback',
      fault: 'Two deploy-swarm runs at once; the first one Swarm rolls back by itself',
      injected:
        'a broken release with failure_action: rollback; a second run started once the first held the lock',
      verdict: 'first exit 1 rolled-back (after rollback_completed), second exit 0 deployed on top',
      timeToVerdictMs: Date.now() - started,
      leftBehind: lockExists(stack) ? [`lock gantry-lock-${stack}`] : [],
    });
  });

  it('a deploy started while Swarm rolls a service back waits for the rollback (saying so), then deploys', async () => {
    const stack = faultStack('busy');
    stacks.push(stack);
    const api = `${stack}_api`;
    const r1 = await deploySwarmBundle({ stack, release: 'r1', composeFile: AUTO_ROLLBACK });
    expect(r1.exitCode, r1.stdout.slice(-3000)).toBe(0);
    // Another client deploys a broken release and Swarm rolls it back by itself (60 s of monitor: the
    // deploy below must meet the rollback still under way after its own start-up, SSH connection and
    // login, which take far more than 20 s on a loaded machine).
    dockerStackDeploy(stack, 'broken', 'r2', { ROLLBACK_MONITOR: '60s' });
    await until(() => serviceState(api).update === 'rollback_started', 60_000);

    const started = Date.now();
    const run = await deploySwarmBundle({ stack, release: 'r3', composeFile: AUTO_ROLLBACK });
    expect(run.stdout).toContain(`Waiting for Swarm to finish before deploying: ${api} (rollback started`);
    expect(run.stdout).not.toContain('update out of sequence');
    expect(run.exitCode, run.stdout.slice(-4000)).toBe(0);
    expect(serviceState(api)).toEqual({ update: 'completed', version: 'r3' });
    writeFaultRecord({
      id: 'fault1-deploy-during-swarm-rollback',
      fault: 'A deploy starts while Swarm rolls the stack back by itself',
      injected:
        'docker stack deploy of a broken release by another client (failure_action: rollback, 60 s monitor)',
      verdict: 'exit 0 deployed, after waiting for rollback_completed (said so)',
      timeToVerdictMs: Date.now() - started,
      leftBehind: lockExists(stack) ? [`lock gantry-lock-${stack}`] : [],
    });
  });

  it('a service another client writes while the stack is deployed: update out of sequence is deployed again', async () => {
    const stack = faultStack('writer');
    stacks.push(stack);
    const port = faultPort();
    const r1 = await deploySwarmBundle({ stack, release: 'r1', port });
    expect(r1.exitCode, r1.stdout.slice(-3000)).toBe(0);
    // The writer relabels the service as fast as the engine lets it, from the moment the deploy
    // starts until Swarm has refused one of the deploy's writes (then the next try goes through).
    let writer: ChildProcess | undefined;
    const started = Date.now();
    const run = await deploySwarmBundle({
      stack,
      release: 'r2',
      port,
      onStdout: (out) => {
        if (writer === undefined && out.includes('$ docker stack deploy'))
          writer = relabelLoop(`${stack}_api`);
        if (out.includes('update out of sequence') || out.includes(`Waiting for stack ${stack} to converge`))
          writer?.kill();
      },
    }).finally(() => writer?.kill());
    expect(run.exitCode, run.stdout.slice(-4000)).toBe(0);
    expect(run.outputs.status).toBe('deployed');
    expect(serviceState(`${stack}_api`).version).toBe('r2');
    if (run.stdout.includes('update out of sequence'))
      expect(run.stdout).toContain(
        'Swarm changed a service meanwhile (update out of sequence): deploying again',
      );
    else console.log('the writer met no write of the deploy this time: the retry was not exercised');
    writeFaultRecord({
      id: 'fault1-concurrent-writer',
      fault: 'Another client writes a service while the stack is deployed',
      injected:
        'docker service update --label-add in a loop from the deploy start until Swarm refused a write',
      verdict: `exit 0 deployed${run.stdout.includes('update out of sequence') ? ' (update out of sequence, deployed again)' : ' (no write refused this time)'}`,
      timeToVerdictMs: Date.now() - started,
      leftBehind: lockExists(stack) ? [`lock gantry-lock-${stack}`] : [],
    });
  });
});

/** `docker stack deploy` of the one-service stack by another client (not Gantry), not waiting. */
function dockerStackDeploy(stack: string, tag: string, release: string, extra: Record<string, string>): void {
  execFileSync('docker', ['stack', 'deploy', '--detach=true', '-c', AUTO_ROLLBACK, stack], {
    env: {
      ...process.env,
      APP_IMAGE: `${sandboxVar('GANTRY_APP_IMAGE')}:${tag}`,
      RELEASE: release,
      ...extra,
      DOCKER_HOST: sandboxVar('GANTRY_DOCKER_HOST'),
    },
    stdio: 'ignore',
  });
}

/** `docker service update --label-add` in a loop (a shell loop of the docker CLI; killed by the test). */
function relabelLoop(service: string): ChildProcess {
  return spawn(
    'sh',
    [
      '-c',
      'i=0; while :; do i=$((i+1)); docker service update --detach --quiet --label-add "fault1.n=$i" "$1" >/dev/null 2>&1; done',
      'relabel',
      service,
    ],
    {
      env: { ...process.env, DOCKER_HOST: sandboxVar('GANTRY_DOCKER_HOST') },
      stdio: 'ignore',
      detached: false,
    },
  );
}

async function until(condition: () => boolean, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`not reached within ${timeoutMs / 1000}s`);
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
}
