import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { cancelConfig, plantLock, plantOldVersions } from './helpers/fault-cancel.ts';
import { writeFaultRecord } from './helpers/fault-record.ts';
import { gantryUntil, releaseUntil, writeConfig } from './helpers/fault-release.ts';
import { faultPort, faultStack, lockExists } from './helpers/fault-swarm.ts';
import { probeAvailability } from './helpers/fault2-probe.ts';
import { registryDigest, sandboxRegistryLogin } from './helpers/registry-digest.ts';
import { localDocker, removeReleasedStack, sandboxVar } from './helpers/sandbox-docker.ts';

// `gantry release` cancelled (SIGINT as Ctrl-C sends it, SIGTERM as a CI runner does) at every stage:
// build, secrets, deploy (waiting for the lock), watch (Swarm converging), smoke, prune. Each time:
// exit 1, the state reached printed, no lock of the run left, the private temp folder (SSH key,
// known_hosts, docker config) gone, and the secret the running service uses still there.

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
      expect(run.code, run.out.slice(-3000)).toBe(1);
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

// The other stages, one table on one stack (released once first, healthy): each case brings the
// release to its stage and holds it there (a build step that sleeps, many secrets, a deploy lock
// held by someone else, a prune of many versions), and signals it when the stage's line appears.
describe.skipIf(unavailable !== '')('gantry release cancelled at every other stage', () => {
  const run = Math.random().toString(36).slice(2, 7);
  const stack = `fcan-${run}`;
  const image = `${sandboxVar('GANTRY_REGISTRY')}/fcan/app-${run}`;
  const port = 18650 + Math.floor(Math.random() * 50);
  const dir = mkdtempSync(path.join(tmpdir(), 'gantry-fcan-'));
  const args = (config: string, build: boolean) => [
    'release',
    '-c',
    config,
    '--target',
    'sandbox',
    ...(build ? [] : ['--skip-build']),
    '--tag',
    build ? `fcan-${run}` : 'v1',
  ];
  /** The secret the running service mounts (its current spec). */
  const secretInUse = () =>
    (
      JSON.parse(
        localDocker(
          'service',
          'inspect',
          `${stack}_web`,
          '--format',
          '{{json .Spec.TaskTemplate.ContainerSpec.Secrets}}',
        ),
      ) as Array<{ SecretName: string }>
    )[0]?.SecretName ?? '';

  beforeAll(async () => {
    const first = await gantryUntil(
      args(cancelConfig(dir, stack, port), false),
      { TMPDIR: mkdtempSync(path.join(dir, 'tmp-')), E2E_TOKEN: `fcan-${run}` },
      /$^/,
      'SIGTERM',
    );
    expect(first.code, first.out.slice(-3000)).toBe(0);
  }, 300_000);
  afterAll(() => {
    removeReleasedStack(stack);
    rmSync(dir, { recursive: true, force: true });
    // The build case's local image layers (nothing of it reached the registry).
    const built = localDocker('images', '-q', image);
    if (built !== '') localDocker('image', 'rm', '-f', ...new Set(built.split('\n')));
  });

  it.each([
    // The build's last step sleeps 60 s: 3 s after the stage starts, it is building.
    {
      stage: 'build',
      signal: 'SIGTERM',
      when: /▸ build/,
      delayMs: 3000,
      ran: [],
      options: { build: { image } },
    },
    { stage: 'secrets', signal: 'SIGINT', when: /▸ secrets/, ran: ['build'], options: { manySecrets: true } },
    {
      stage: 'deploy',
      signal: 'SIGTERM',
      when: /Waiting for the deploy lock of stack/,
      ran: ['build', 'secrets'],
      options: {},
    },
    { stage: 'prune', signal: 'SIGINT', when: /▸ prune/, ran: ['secrets', 'deploy'], options: {} },
  ] as const)(
    '$signal during $stage: exit 1, state printed, lock released, temp files gone, secret kept',
    async ({ stage, signal, when, ran, options, ...rest }) => {
      const inUse = secretInUse();
      expect(inUse).not.toBe('');
      const other = `someone else (fcan-${run})`;
      if (stage === 'deploy') plantLock(stack, other);
      if (stage === 'prune') await plantOldVersions(stack, 80);
      const tmp = mkdtempSync(path.join(dir, `tmp-${stage}-`));
      const config = cancelConfig(mkdtempSync(path.join(dir, `${stage}-`)), stack, port, options);
      const probe = probeAvailability(`http://127.0.0.1:${port}/health`);
      const started = Date.now();
      const r = await gantryUntil(
        args(config, stage === 'build'),
        { TMPDIR: tmp, E2E_TOKEN: `fcan-${run}` },
        when,
        (_out, child) => setTimeout(() => child.kill(signal), 'delayMs' in rest ? rest.delayMs : 0),
      );
      const timeToVerdictMs = Date.now() - started;
      const availability = await probe.stop();
      const log = r.out.slice(-4000);
      expect(r.signalled, log).toBe(true);
      // The documented exit code of a cancelled release: 1 (it did not go out), whatever the stage.
      expect(r.code, log).toBe(1);
      // The state reached: the stages before it done (or skipped), this one cancelled, none after it.
      expect(r.out, log).toMatch(/Release summary/);
      for (const done of ran) expect(r.out, log).toMatch(new RegExp(`\\s+[✔–] ${done}\\s`));
      expect(r.out, log).toMatch(new RegExp(`\\s+✘ ${stage}\\s.*cancel`, 'i'));
      const after = ['build', 'secrets', 'deploy', 'prune'].slice(
        ['build', 'secrets', 'deploy', 'prune'].indexOf(stage) + 1,
      );
      for (const later of after) expect(r.out, log).not.toMatch(new RegExp(`\\s+✔ ${later}\\s`));
      // Nothing left behind: no lock of this run (the other holder's is untouched), no temp files.
      if (stage === 'deploy') {
        expect(
          localDocker(
            'config',
            'inspect',
            `gantry-lock-${stack}`,
            '--format',
            '{{index .Spec.Labels "gantry.lock.holder"}}',
          ),
        ).toBe(other);
        localDocker('config', 'rm', `gantry-lock-${stack}`);
      } else expect(lockExists(stack), log).toBe(false);
      expect(readdirSync(tmp)).toEqual([]);
      // A cancelled build pushed nothing.
      if (stage === 'build')
        await expect(
          registryDigest(
            sandboxVar('GANTRY_REGISTRY'),
            sandboxRegistryLogin(),
            `fcan/app-${run}`,
            `fcan-${run}`,
          ),
        ).rejects.toThrow(/answered 404/);
      // The secret in use is still there, still used.
      expect(secretInUse()).toBe(inUse);
      expect(localDocker('secret', 'inspect', inUse, '--format', '{{.Spec.Name}}')).toBe(inUse);
      writeFaultRecord({
        id: `fault1-cancel-${stage}`,
        fault: `gantry release cancelled during the ${stage} stage`,
        injected: `${signal} to the gantry process ${'delayMs' in rest ? `${rest.delayMs / 1000} s after` : 'once'} it printed ${when.source.replaceAll('\\', '')}`,
        verdict: `exit ${r.code}: cancelled, state printed`,
        timeToVerdictMs,
        availability,
        leftBehind: [
          ...(lockExists(stack) ? [`lock gantry-lock-${stack}`] : []),
          ...readdirSync(tmp).map((f) => `temp ${f}`),
        ],
      });
    },
  );
});
