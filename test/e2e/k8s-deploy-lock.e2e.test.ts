import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Kubectl } from '../../src/adapters/kubectl.ts';
import { ConfigurationError } from '../../src/core/errors.ts';
import { type HeldLease, LEASE_NAME, leaseManifest } from '../../src/core/kubernetes/lease-lock.ts';
import { acquireLease, releaseLease } from '../../src/pipeline/kubernetes/lease-lock.ts';
import { collectingReporter } from '../../src/pipeline/reporter.ts';
import type { BundleRun } from '../helpers/run-action-bundle.ts';
import { appManifestEnv, runDeployK8s } from './helpers/deploy-k8s-bundle.ts';
import { kubectlFor } from './helpers/kubectl.ts';
import { registryUnavailable, sandboxClusterFor } from './helpers/kubernetes-cluster.ts';
import { createNamespace, deleteNamespace } from './helpers/kubernetes-namespace.ts';
import { withoutMaskCommands } from './helpers/no-secret-output.ts';
import { until } from './helpers/poll.ts';
import { sandboxAppRefs, sandboxPullSecret } from './helpers/registry-digest.ts';

// The Kubernetes deploy lock (a Lease per namespace) on the real cluster: the pipeline's take,
// wait, take-over and release against the API server, then through the deploy-k8s bundle.

const root = path.resolve(import.meta.dirname, '../..');
const manifests = path.join(root, 'test/fixtures/kubernetes-manifests/app');

const { kubeconfig: kubeconfigFile, skipReason } = sandboxClusterFor(
  'k8s deploy lock e2e',
  'the Kubernetes deploy lock tests',
  registryUnavailable(),
);

describe.skipIf(skipReason !== undefined)('the deploy lock (Lease) on the real cluster', () => {
  const namespace = `gantry-e2e-lock-${Math.random().toString(36).slice(2, 7)}`;
  const k = kubectlFor(kubeconfigFile, namespace);
  const kubectl = new Kubectl({ kubeconfig: kubeconfigFile, context: undefined });
  const digests: Record<string, string> = {};
  const lease = () => k.knTry(['get', 'lease', LEASE_NAME, '-o', 'json']);
  const leaseHolder = () => {
    const got = lease();
    return got.status === 0
      ? (JSON.parse(got.output) as { spec: { holderIdentity: string } }).spec.holderIdentity
      : undefined;
  };
  /** A Lease made by hand, as another deploy (or a stale one) would have left it. */
  const plantLease = (holder: string, at: Date, ttlMs: number) =>
    k.kubectl(['create', '-f', '-'], JSON.stringify(leaseManifest(namespace, holder, at, ttlMs)));
  const take = (holder: string, waitMs: number, report = collectingReporter()) =>
    acquireLease(kubectl, { namespace, holder, ttlMs: 60_000, waitMs, pollMs: 300 }, report);
  /** The lease a take returned, which must be there (acquireLease returns undefined when it takes none). */
  const held = (lease: HeldLease | undefined): HeldLease => {
    expect(lease?.uid).toMatch(/^[0-9a-f-]{36}$/);
    return lease as HeldLease;
  };

  beforeAll(async () => {
    Object.assign(digests, await sandboxAppRefs(['v1', 'broken']));
    await createNamespace(k, sandboxPullSecret('regcred'));
    k.kn('create', 'secret', 'generic', 'web-token-v1', '--from-literal=token=t0k3n-v1');
  }, 180_000);

  afterAll(() => deleteNamespace(k));

  it('a second taker waits, then fails naming the holder; release frees it, once', async () => {
    const first = held(await take('run A', 0));
    expect(leaseHolder()).toBe('run A');
    const report = collectingReporter();
    const second = take('run B', 1500, report);
    await expect(second).rejects.toThrow(ConfigurationError);
    await expect(second).rejects.toThrow(
      /namespace gantry-e2e-lock-\w+ is being deployed by run A .*waited 2s/,
    );
    // Its holder, age, TTL and expiry (a stale lock of a killed run is recognisable from this line).
    expect(report.lines).toContainEqual(
      expect.stringMatching(
        new RegExp(
          `^Waiting for the deploy lock of namespace ${namespace}, held by run A \\(taken \\d+s ago, TTL \\d+s, expires \\S+ \\(in \\d+s\\)\\)$`,
        ),
      ),
    );
    expect(leaseHolder()).toBe('run A');
    expect(await releaseLease(kubectl, first)).toBe(true);
    expect(leaseHolder()).toBeUndefined();
    expect(await releaseLease(kubectl, first)).toBe(false);
  });

  it('a waiting taker gets the lock as soon as the holder releases it', async () => {
    const first = held(await take('run A', 0));
    const report = collectingReporter();
    const second = take('run B', 60_000, report);
    await until(
      'run B to wait',
      () => report.lines.some((l) => l.startsWith('Waiting for the deploy lock')),
      20_000,
    );
    expect(await releaseLease(kubectl, first)).toBe(true);
    const got = held(await second);
    expect(got.uid).not.toBe(first.uid);
    expect(leaseHolder()).toBe('run B');
    expect(await releaseLease(kubectl, got)).toBe(true);
  });

  it('an expired Lease is taken over with a warning', async () => {
    plantLease('a run that died', new Date(Date.now() - 120_000), 60_000);
    const report = collectingReporter();
    const got = held(await take('run C', 0, report));
    expect(report.lines.join('\n')).toMatch(
      /warning: Taking over the expired deploy lock of namespace .*, held by a run that died until \S+ \(taken 1[12]\ds ago, TTL [56]\ds, expired \S+ \(\d+s ago\); its holder never released it/,
    );
    expect(leaseHolder()).toBe('run C');
    expect(await releaseLease(kubectl, got)).toBe(true);
    expect(leaseHolder()).toBeUndefined();
  });

  it("a Lease someone else took over is left alone by the first holder's release", async () => {
    const mine = held(await take('run D', 0));
    k.kn('delete', 'lease', LEASE_NAME);
    plantLease('run E', new Date(), 60_000);
    expect(await releaseLease(kubectl, mine)).toBe(false);
    expect(leaseHolder()).toBe('run E');
    k.kn('delete', 'lease', LEASE_NAME);
  });

  it('no lock where none can be taken: credentials without RBAC on Leases, a namespace not there yet', async () => {
    k.kn('create', 'serviceaccount', 'no-leases');
    let token = '';
    await until(
      'the service account token',
      () => {
        const secret = k.knTry(['get', 'sa', 'no-leases', '-o', 'jsonpath={.secrets[0].name}']).output.trim();
        if (secret === '') return false;
        token = Buffer.from(
          k.kn('get', 'secret', secret, '-o', 'jsonpath={.data.token}'),
          'base64',
        ).toString();
        return token !== '';
      },
      30_000,
    );
    const server = k.kubectl([
      'config',
      'view',
      '--raw',
      '--minify',
      '-o',
      'jsonpath={.clusters[0].cluster.server}',
    ]);
    const ca = k.kubectl([
      'config',
      'view',
      '--raw',
      '--minify',
      '-o',
      'jsonpath={.clusters[0].cluster.certificate-authority-data}',
    ]);
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'gantry-e2e-sa-')), 'config');
    writeFileSync(
      file,
      JSON.stringify({
        apiVersion: 'v1',
        kind: 'Config',
        clusters: [{ name: 'c', cluster: { server, 'certificate-authority-data': ca } }],
        users: [{ name: 'u', user: { token } }],
        contexts: [{ name: 'x', context: { cluster: 'c', user: 'u', namespace } }],
        'current-context': 'x',
      }),
      { mode: 0o600 },
    );
    const report = collectingReporter();
    const none = await acquireLease(
      new Kubectl({ kubeconfig: file, context: undefined }),
      { namespace, holder: 'run F', ttlMs: 60_000, waitMs: 0 },
      report,
    );
    expect(none).toBeUndefined();
    expect(report.lines.join('\n')).toContain(
      `warning: No deploy lock: these credentials may not create Leases in namespace ${namespace}`,
    );
    expect(leaseHolder()).toBeUndefined();

    const elsewhere = collectingReporter();
    const missing = await acquireLease(
      kubectl,
      { namespace: `${namespace}-not-there`, holder: 'run G', ttlMs: 60_000, waitMs: 0 },
      elsewhere,
    );
    expect(missing).toBeUndefined();
    expect(elsewhere.lines.join('\n')).toContain('does not exist yet: no deploy lock for this run');
  });

  const deploy = (tag: string, inputs: Record<string, string> = {}, options = {}): Promise<BundleRun> =>
    runDeployK8s({
      kubeconfigFile,
      namespace,
      manifests,
      image: digests[tag],
      env: appManifestEnv('r1', 60),
      inputs,
      options,
    });

  it('deploy-k8s: held by another run, it waits lock-timeout, names the holder and applies nothing', async () => {
    plantLease('https://github.com/acme/shop/actions/runs/41', new Date(), 600_000);
    const run = await deploy('v1', { 'lock-timeout': '3s' });
    expect(run.exitCode, run.stdout.slice(-2000)).toBe(1);
    expect(run.stdout).toMatch(
      /::error::Input 'lock-timeout': namespace .* is being deployed by https:\/\/github\.com\/acme\/shop\/actions\/runs\/41 /,
    );
    expect(k.knTry(['get', 'deployment', 'web']).status).not.toBe(0);
    expect(leaseHolder()).toBe('https://github.com/acme/shop/actions/runs/41');
    k.kn('delete', 'lease', LEASE_NAME);
  });

  it('deploy-k8s: takes the lock as the run, deploys, releases it; a dry run takes none', async () => {
    const run = await deploy(
      'v1',
      {},
      {
        env: { GITHUB_SERVER_URL: 'https://github.com', GITHUB_REPOSITORY: 'acme/shop', GITHUB_RUN_ID: '42' },
      },
    );
    expect(run.exitCode, run.stdout.slice(-2000)).toBe(0);
    expect(run.stdout).toContain(
      `Took the deploy lock (Lease ${namespace}/${LEASE_NAME}) as https://github.com/acme/shop/actions/runs/42`,
    );
    expect(leaseHolder()).toBeUndefined();
    expect(run.state.lease ?? '').toBe('');
    const dry = await deploy('v1', { 'dry-run': 'true' });
    expect(dry.exitCode, dry.stdout.slice(-2000)).toBe(0);
    expect(dry.stdout).not.toContain('Took the deploy lock');
  });

  it('deploy-k8s: a run cancelled while waiting for its rollout leaves no Lease behind', async () => {
    const run = await deploy('broken', {}, { killWhen: /Waiting for 1 rollout/ });
    expect(run.exitCode).toBe(1);
    // main ends by itself (the SIGTERM only aborts its work), so its own clean-up runs.
    expect(run.signal).toBeUndefined();
    expect(run.stdout).toContain('Took the deploy lock');
    expect(run.stdout).toContain('Waiting for 1 rollout');
    const log = withoutMaskCommands(run.stdout).slice(-2000);
    expect(run.stdout, log).toMatch(/cancelled while waiting/);
    // The cancel aborts kubectl; the release still runs (without the abort signal), so `post` has
    // nothing left to do.
    expect(run.state.lease ?? '').toBe('');
    expect(leaseHolder()).toBeUndefined();
  });
});
