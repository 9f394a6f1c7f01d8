import { mkdtempSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { LEASE_NAME, leaseManifest } from '../../src/core/kubernetes/lease-lock.ts';
import { runGantry } from '../helpers/gantry-cli.ts';
import { appManifestEnv } from './helpers/deploy-k8s-bundle.ts';
import { writeFaultRecord } from './helpers/fault-record.ts';
import { gantryUntil } from './helpers/fault-release.ts';
import { probeAvailability } from './helpers/fault2-probe.ts';
import { registryUnavailable, sandboxClusterFor } from './helpers/kubernetes-cluster.ts';
import { readyPodIps, useSandboxNamespace } from './helpers/kubernetes-fixture.ts';
import { sandboxAppRefs } from './helpers/registry-digest.ts';
import { sandboxEnv } from './helpers/sandbox-env.ts';

// The runner dies without its clean-up on Kubernetes: `gantry deploy kubernetes` SIGKILLed while it
// watches a rollout that cannot become ready. Its Lease stays, and the Deployment is left mid-rollout
// (the previous pod still serving). The next deploy must say whose stale Lease it met (holder, age,
// TTL), take it over only once it expired, find the incomplete rollout, report it, and handle it by
// the documented rule (docs/reliability.md): wait while it is in progress, roll it back once it failed
// its progress deadline, and then deploy on the last good revision.

const root = path.resolve(import.meta.dirname, '../..');
const manifests = path.join(root, 'test/fixtures/kubernetes-manifests/app');
const { kubeconfig: kubeconfigFile, skipReason } = sandboxClusterFor(
  'fault: killed runner on Kubernetes',
  'the killed-runner Kubernetes fault test',
  registryUnavailable(),
);

describe.skipIf(skipReason !== undefined)('gantry deploy kubernetes killed mid-rollout', () => {
  const namespace = `fault-k8s-${Math.random().toString(36).slice(2, 7)}`;
  const { k, work } = useSandboxNamespace({
    kubeconfig: kubeconfigFile,
    namespace,
    workPrefix: 'gantry-fk8s-',
  });
  const refs: Record<string, string> = {};
  const tmp = (name: string) => mkdtempSync(path.join(work, `${name}-`));
  const args = (tag: string, release: string, progressDeadline: number) => [
    'deploy',
    'kubernetes',
    '-f',
    manifests,
    '--kubeconfig',
    kubeconfigFile,
    '-n',
    namespace,
    '--image',
    `${sandboxEnv().appImage}=${refs[tag]}`,
    ...appManifestEnv(release, progressDeadline).flatMap((e) => ['--env', e]),
    '--timeout',
    '3m',
    '--lock-timeout',
    '120s',
  ];
  const lease = () => {
    const got = k.knTry(['get', 'lease', LEASE_NAME, '-o', 'json']);
    return got.status === 0
      ? (JSON.parse(got.output) as { spec: { holderIdentity: string; renewTime: string } }).spec
      : undefined;
  };
  const live = () =>
    JSON.parse(k.kn('get', 'deployment', 'web', '-o', 'json')) as {
      spec: {
        template: {
          spec: { containers: Array<{ image: string; env: Array<{ name: string; value?: string }> }> };
        };
      };
    };

  beforeAll(async () => {
    Object.assign(refs, await sandboxAppRefs(['v1', 'broken']));
    k.kn('create', 'secret', 'generic', 'web-token-v1', '--from-literal=token=fk8s-token');
  }, 180_000);

  it('the next deploy takes the stale Lease over after its TTL, rolls back the failed rollout, deploys', async () => {
    const r1 = await runGantry(args('v1', 'r1', 60), { TMPDIR: tmp('r1') });
    expect(r1.code, r1.stderr.slice(-3000)).toBe(0);
    const ip = readyPodIps(k)[0];
    expect(ip).toBeDefined();
    const probe = probeAvailability(`http://${ip}:8080/health`);

    // A broken release (its pods never turn ready; 15 s progress deadline), killed as it watches.
    const r2 = await gantryUntil(
      args('broken', 'r2', 15),
      { TMPDIR: tmp('r2') },
      /Waiting for 1 rollout/,
      (_o, child) => child.kill('SIGKILL'),
    );
    expect(r2.signalled, r2.out.slice(-2000)).toBe(true);
    expect(r2.code).toBeNull();
    const stale = lease();
    expect(stale?.holderIdentity).toMatch(/\(gantry deploy kubernetes\)$/);
    const started = Date.now();
    const r3tmp = tmp('r3');
    let availability: { answered: number; sent: number } | undefined;
    let stopping: Promise<void> | undefined;
    // Started while the stale Lease is still valid (its TTL is twice the deploy's timeout plus 5
    // minutes): once r3 says it waits, the Lease is made to run out 3 s later. The probe of the
    // previous pod stops when r3 starts its own rollout (the settling is done by then).
    const r3 = await gantryUntil(
      args('v1', 'r3', 60),
      { TMPDIR: r3tmp },
      /Waiting for the deploy lock/,
      () => {
        const age = Math.ceil((Date.now() - Date.parse(stale?.renewTime ?? '')) / 1000);
        k.kn(
          'patch',
          'lease',
          LEASE_NAME,
          '--type',
          'merge',
          '-p',
          JSON.stringify({ spec: { leaseDurationSeconds: age + 3 } }),
        );
      },
      (soFar) => {
        if (stopping === undefined && /Waiting for 1 rollout/.test(soFar))
          stopping = probe.stop().then((a) => {
            availability = a;
          });
      },
    );
    await stopping;
    const out = r3.out;
    expect(out).toMatch(
      new RegExp(
        `Waiting for the deploy lock of namespace ${namespace}, held by \\S+ \\(gantry deploy kubernetes\\) \\(taken \\d+s ago, TTL \\d+s, expires \\S+ \\(in \\d+s\\)\\)`,
      ),
    );
    expect(out).toMatch(new RegExp(`warning: Taking over the expired deploy lock of namespace ${namespace}`));
    // The incomplete rollout, reported, then rolled back before r3 is applied.
    expect(out).toMatch(
      new RegExp(
        `deployment/web in ${namespace} \\(failed: [^)]*progress[^)]*\\): an earlier rollout failed; rolling it back before deploying`,
      ),
    );
    expect(r3.code, out.slice(-4000)).toBe(0);
    const spec = live().spec.template.spec.containers[0];
    expect(spec?.image).toBe(refs.v1);
    expect(spec?.env.find((e) => e.name === 'APP_VERSION')?.value).toBe('r3');
    expect(lease()).toBeUndefined();
    expect(readdirSync(r3tmp)).toEqual([]);
    const health = await fetch(`http://${readyPodIps(k)[0]}:8080/health`).then((r) => r.json());
    expect(health).toEqual({ status: 'healthy', version: 'r3' });
    expect(availability?.sent).toBeGreaterThan(0);
    writeFaultRecord({
      id: 'fault1-runner-killed-k8s',
      fault: 'The runner dies without its clean-up (Kubernetes)',
      injected:
        'SIGKILL of gantry deploy kubernetes while it watched a broken rollout (15 s progress deadline); the Lease made to expire 3 s after the next deploy said it waits',
      verdict:
        'next run: took the stale Lease over after expiry, rolled back the failed rollout, exit 0 deployed',
      timeToVerdictMs: Date.now() - started,
      ...(availability === undefined ? {} : { availability }),
      leftBehind: [
        ...(lease() === undefined ? [] : [`Lease ${LEASE_NAME}`]),
        ...readdirSync(r3tmp).map((f) => `temp ${f}`),
      ],
    });
  });
  it('cancelled while it waits for a Lease someone else holds: exit 1, their Lease untouched, temp files gone', async () => {
    const other = `someone else (${namespace})`;
    k.kubectl(['create', '-f', '-'], JSON.stringify(leaseManifest(namespace, other, new Date(), 600_000)));
    const tmpDir = tmp('cancel');
    const r = await gantryUntil(
      args('v1', 'r4', 60),
      { TMPDIR: tmpDir },
      /Waiting for the deploy lock/,
      'SIGINT',
    );
    expect(r.signalled, r.out.slice(-2000)).toBe(true);
    expect(r.code, r.out.slice(-2000)).toBe(1);
    expect(lease()?.holderIdentity).toBe(other);
    expect(readdirSync(tmpDir)).toEqual([]);
    expect(live().spec.template.spec.containers[0]?.env.find((e) => e.name === 'APP_VERSION')?.value).toBe(
      'r3',
    );
    k.kn('delete', 'lease', LEASE_NAME);
  });
});
