import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { DockerClient } from '../../src/adapters/docker.ts';
import { Kubectl as KubectlAdapter } from '../../src/adapters/kubectl.ts';
import { LEASE_NAME } from '../../src/core/kubernetes/lease-lock.ts';
import { forcedReleaseName, lockName } from '../../src/core/swarm/lock.ts';
import { acquireLease } from '../../src/pipeline/kubernetes/lease-lock.ts';
import { collectingReporter } from '../../src/pipeline/reporter.ts';
import { acquireLock } from '../../src/pipeline/swarm/lock.ts';
import { runGantry } from '../helpers/gantry-cli.ts';
import { kubectlFor } from './helpers/kubectl.ts';
import { sandboxClusterFor } from './helpers/kubernetes-cluster.ts';
import { createNamespace, deleteNamespace } from './helpers/kubernetes-namespace.ts';

// `gantry lock status` and `gantry lock release` on the sandbox's real Swarm (over SSH, from a
// gantry.yml as `gantry release` reaches it) and its real Kubernetes 1.20 cluster: a lock taken
// the way a deploy takes it (the pipeline's own functions, a 4 s TTL) and never released, as a
// crashed deploy leaves it; shown held, then stale; not released without --force; force-released
// with a reason that is recorded on the target and shown by the next status.
// The refusals before anything is contacted are in test/unit/cli/lock.test.ts.

const TTL_MS = 4000;
const run = Math.random().toString(36).slice(2, 7);
const holder = `crashed deploy ${run} (e2e)`;
const reason = `e2e ${run}: the runner died mid-deploy`;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

interface StatusJson {
  target: string;
  kind: string;
  held: boolean;
  holder: string | null;
  since: string | null;
  expires: string | null;
  stale: boolean;
  lastForcedRelease: { by: string; at: string; reason: string; holder: string } | null;
}

/** The status / release checks, the same on both targets. */
function lockScenario(
  kind: 'swarm' | 'kubernetes',
  config: () => string,
  take: () => Promise<void>,
  lockExists: () => boolean,
) {
  const gantry = async (...args: string[]) => {
    const r = await runGantry(['lock', ...args, '-c', config(), '--target', 'sandbox']);
    process.stderr.write(`[e2e] gantry lock ${args.join(' ')}: exit ${r.code}\n${r.stdout}`);
    return r;
  };
  const status = async (): Promise<StatusJson> => {
    const r = await gantry('status', '--json');
    expect(r.code, r.stderr).toBe(0);
    return JSON.parse(r.stdout) as StatusJson;
  };

  it('a stale lock shown, not released without --force, then force-released with the reason recorded', async () => {
    const started = Date.now();
    await take();
    const asked = Date.now();
    const live = await status();
    const answered = Date.now();
    expect(live).toMatchObject({ target: 'sandbox', kind, held: true, holder });
    const expires = Date.parse(live.expires ?? '');
    expect(expires).toBeGreaterThan(Date.parse(live.since ?? ''));
    // Live while the lock's TTL runs (a slow machine may read it only after it ran out).
    if (answered < expires) expect(live.stale).toBe(false);
    if (asked > expires) expect(live.stale).toBe(true);

    await sleep(Math.max(0, started + TTL_MS + 500 - Date.now()));
    const text = await gantry('status');
    expect(text.code).toBe(0);
    expect(text.stdout).toContain(`held (stale) by ${holder}`);
    expect(text.stdout).toContain('expired, stale');
    expect(await status()).toMatchObject({ held: true, holder, stale: true });

    for (const args of [['release'], ['release', '--reason', reason], ['release', '--force']]) {
      const refused = await gantry(...args);
      expect(refused.code).toBe(2);
      expect(refused.stderr).toContain(args.includes('--force') ? "Option '--reason'" : "Option '--force'");
    }
    expect(lockExists()).toBe(true);

    const released = await gantry('release', '--force', '--reason', reason);
    expect(released.code, released.stderr).toBe(0);
    expect(released.stdout).toContain(`removed the lock held by ${holder} (stale)`);
    expect(released.stdout).toContain(`reason: ${reason}`);
    expect(lockExists()).toBe(false);

    const after = await status();
    expect(after).toMatchObject({ held: false, holder: null, stale: false });
    expect(after.lastForcedRelease).toMatchObject({ reason, holder });
    expect(after.lastForcedRelease?.by).toContain('(gantry lock release)');
    const shown = await gantry('status');
    expect(shown.stdout).toContain(': free');
    expect(shown.stdout).toContain(`last forced release: `);
    expect(shown.stdout).toContain(`lock of ${holder} removed; reason: ${reason}`);

    const again = await gantry('release', '--force', '--reason', reason, '--json');
    expect(again.code).toBe(0);
    expect(JSON.parse(again.stdout)).toMatchObject({ released: false, removed: null, record: null });
    // Eleven gantry processes: a minute is not enough on a loaded machine (files run side by side).
  }, 300_000);
}

const unavailable = inject('gantrySandboxUnavailable');

describe.skipIf(unavailable)('gantry lock on the sandbox Swarm', () => {
  const stack = `e2e-lock-${run}`;
  const work = mkdtempSync(path.join(tmpdir(), 'gantry-e2e-lock-'));
  const file = path.join(work, 'gantry.yml');
  const dockerHost = () => process.env.GANTRY_DOCKER_HOST ?? '';
  const configIds = (name: string) =>
    execFileSync('docker', ['config', 'ls', '-q', '--filter', `name=${name}`], {
      env: { ...process.env, DOCKER_HOST: dockerHost() },
      encoding: 'utf8',
    })
      .split('\n')
      .filter(Boolean);

  beforeAll(() => {
    writeFileSync(path.join(work, 'stack.yml'), 'version: "3.8"\nservices: {}\n');
    writeFileSync(
      file,
      [
        'image: ${GANTRY_APP_IMAGE}',
        'targets:',
        '  sandbox:',
        '    swarm:',
        '      host: ${GANTRY_SSH_HOST}',
        '      ssh-key-file: ${GANTRY_SSH_KEY}',
        '      known-hosts-file: ${GANTRY_KNOWN_HOSTS}',
        `      stack: ${stack}`,
        '      stack-files: [stack.yml]',
        '',
      ].join('\n'),
    );
  });

  afterAll(() => {
    try {
      const left = [...configIds(lockName(stack)), ...configIds(forcedReleaseName(stack))];
      if (left.length > 0)
        execFileSync('docker', ['config', 'rm', ...left], {
          env: { ...process.env, DOCKER_HOST: dockerHost() },
        });
    } finally {
      rmSync(work, { recursive: true, force: true });
    }
  });

  lockScenario(
    'swarm',
    () => file,
    async () => {
      const docker = new DockerClient({ env: { DOCKER_HOST: dockerHost() } });
      try {
        await acquireLock(docker, { stack, holder, ttlMs: TTL_MS, waitMs: 0 }, collectingReporter());
      } finally {
        docker.close();
      }
    },
    () => configIds(lockName(stack)).length > 0,
  );
});

const { kubeconfig: kubeconfigFile, skipReason } = sandboxClusterFor(
  'gantry lock on Kubernetes',
  'the gantry lock Kubernetes tests',
);

describe.skipIf(skipReason !== undefined)('gantry lock on the sandbox Kubernetes cluster', () => {
  const namespace = `gantry-lock-${run}`;
  const k = kubectlFor(kubeconfigFile, namespace);
  const work = mkdtempSync(path.join(tmpdir(), 'gantry-e2e-lock-k8s-'));
  const file = path.join(work, 'gantry.yml');

  beforeAll(async () => {
    await createNamespace(k);
    writeFileSync(
      path.join(work, 'configmap.yaml'),
      'apiVersion: v1\nkind: ConfigMap\nmetadata: { name: unused }\n',
    );
    writeFileSync(
      file,
      [
        'image: registry.example/unused',
        'targets:',
        '  sandbox:',
        '    kubernetes:',
        `      kubeconfig: ${kubeconfigFile}`,
        `      namespace: ${namespace}`,
        '      manifests: [configmap.yaml]',
        '',
      ].join('\n'),
    );
  }, 180_000);

  afterAll(() => {
    try {
      deleteNamespace(k);
    } finally {
      rmSync(work, { recursive: true, force: true });
    }
  }, 300_000);

  lockScenario(
    'kubernetes',
    () => file,
    async () => {
      const kubectl = new KubectlAdapter({ kubeconfig: kubeconfigFile, context: undefined });
      const lease = await acquireLease(
        kubectl,
        { namespace, holder, ttlMs: TTL_MS, waitMs: 0 },
        collectingReporter(),
      );
      expect(lease?.name).toBe(LEASE_NAME);
    },
    () => k.knTry(['get', 'lease', LEASE_NAME]).status === 0,
  );

  it('the forced release is recorded as an Event on the Lease', () => {
    const events = JSON.parse(
      k.kn(
        'get',
        'events',
        '--field-selector',
        `involvedObject.name=${LEASE_NAME},reason=GantryLockForceReleased`,
        '-o',
        'json',
      ),
    ) as { items: Array<{ type: string; message: string }> };
    expect(events.items).toHaveLength(1);
    expect(events.items[0]?.type).toBe('Warning');
    expect(events.items[0]?.message).toContain(reason);
  });
});
