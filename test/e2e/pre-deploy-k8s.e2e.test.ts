import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runGantry } from '../helpers/gantry-cli.ts';
import { registryUnavailable, sandboxClusterFor } from './helpers/kubernetes-cluster.ts';
import { useSandboxNamespace } from './helpers/kubernetes-fixture.ts';
import { webDeployment } from './helpers/kubernetes-manifests.ts';
import { sandboxAppDigest } from './helpers/registry-digest.ts';
import { sandboxAppConfig } from './helpers/sandbox-app-config.ts';

// Pre-deploy jobs through `gantry release` on the sandbox's real Kubernetes 1.20 cluster: a
// migration Job that reads the release's versioned Secret and writes a marker into the pods'
// volume, which the new version then serves; a failing one (nothing applied, its log lines in
// the summary, the Job kept); one past its deadline. The Job of the same name is replaced by the
// next release.

const { kubeconfig, skipReason } = sandboxClusterFor(
  'pre-deploy jobs on Kubernetes',
  'the pre-deploy Kubernetes tests',
  registryUnavailable(),
);
const run = Math.random().toString(36).slice(2, 8);
const namespace = `mig-${run}`;
const hostDir = `/tmp/gantry-e2e-mig-${run}`;
const TOKEN = `tok-${run}-${Math.random().toString(36).slice(2)}`;

describe.skipIf(skipReason !== undefined)('pre-deploy jobs on the sandbox Kubernetes cluster', () => {
  // Registered before the namespace's clean-up, so it runs after it: the hostPath outlives the pods.
  afterAll(() => rmSync(hostDir, { recursive: true, force: true }));
  const { k, work } = useSandboxNamespace({
    kubeconfig,
    namespace,
    workPrefix: 'gantry-e2e-mig-k8s-',
    files: {
      'deployment.yaml': webDeployment({
        replicas: 1,
        container: [
          '# The version it reports is the marker the migration wrote.',
          'command: ["/bin/sh", "-c", "APP_VERSION=$(cat /data/marker 2>/dev/null || echo none) exec /bin/sh /app/serve.sh"]',
          'readinessProbe: { httpGet: { path: /health, port: 8080 }, periodSeconds: 1 }',
          'volumeMounts: [{ name: data, mountPath: /data }, { name: token, mountPath: /etc/token }]',
        ],
        volumes: [
          'volumes:',
          '  - name: data',
          `    hostPath: { path: ${hostDir}, type: DirectoryOrCreate }`,
          '  - name: token',
          '    secret: { secretName: ${TOKEN_SECRET} }',
        ],
      }),
    },
    // The last pods take 10 s to stop: cut their grace period short, the namespace goes sooner.
    beforeDelete: (k) => k.knTry(['delete', 'pods', '--all', '--grace-period=1', '--wait=false'], 30_000),
  });
  const config = path.join(work, 'gantry.yml');

  const writeConfig = (job: string[], replicas = 'manifest') =>
    writeFileSync(
      config,
      sandboxAppConfig(
        {
          kubeconfig,
          namespace,
          stack: 'mig',
          manifests: 'deployment.yaml',
          timeout: '2m',
          more: [
            `replicas: ${replicas}`,
            'pre-deploy:',
            ...(job.length === 0 ? ['  []'] : job.map((l) => `  ${l}`)),
          ],
        },
        ['secrets:', '  values:', '    TOKEN: { env: E2E_TOKEN }'],
      ),
    );
  const release = (tag: string) =>
    runGantry(['release', '-c', config, '--skip-build', '--tag', tag], { E2E_TOKEN: TOKEN });
  const liveImage = () =>
    k.kn('get', 'deployment', 'web', '-o', 'jsonpath={.spec.template.spec.containers[0].image}');
  const version = async () => {
    const ip = k.kn('get', 'pods', '-l', 'app=web', '-o', 'jsonpath={.items[0].status.podIP}');
    return ((await fetch(`http://${ip}:8080/health`).then((r) => r.json())) as { version: string }).version;
  };

  it('runs a migration Job before the apply; a failing or late one stops the release with nothing applied', async () => {
    writeConfig([
      '- name: migrate',
      '  command: ["/bin/sh", "-c", "echo applying 001; test \\"$(cat /run/secrets/TOKEN)\\" = \\"$EXPECTED\\" && echo \\"$MARKER\\" > /data/marker && echo done"]',
      `  env: { MARKER: "migrated-${run}", EXPECTED: "${TOKEN}" }`,
      '  secrets: [TOKEN]',
      '  volumes: ["data:/data"]',
      '  timeout: 60s',
    ]);
    const ok = await release('v1');
    expect(ok.code, ok.stdout + ok.stderr).toBe(0);
    expect(ok.stdout).toMatch(/✔ pre-deploy .*migrate completed in/);
    expect(ok.stderr).toMatch(/applying 001\n.*done/);
    expect(ok.stdout + ok.stderr).not.toContain(TOKEN);
    expect(await version()).toBe(`migrated-${run}`);
    const v1 = liveImage();
    expect(v1).toContain(await sandboxAppDigest('v1'));
    // The Job is kept for inspection: complete, on v1's digest.
    expect(k.kn('get', 'job', 'pre-deploy-migrate', '-o', 'jsonpath={.status.succeeded}')).toBe('1');

    writeConfig([
      '- name: migrate',
      '  command: ["/bin/sh", "-c", "echo applying 002; echo \\"ERROR: column already exists\\" >&2; exit 3"]',
    ]);
    const failed = await release('v2');
    expect(failed.code, failed.stdout + failed.stderr).toBe(1);
    expect(failed.stdout).toMatch(/✘ pre-deploy .*pre-deploy job migrate failed: .*backoff limit/);
    expect(failed.stdout).toContain('ERROR: column already exists');
    expect(failed.stdout).toMatch(/✘ deploy .*nothing was deployed/);
    expect(liveImage()).toBe(v1);
    expect(await version()).toBe(`migrated-${run}`);
    // The previous release's Job was replaced by this one, which is kept, failed.
    expect(k.kn('get', 'job', 'pre-deploy-migrate', '-o', 'jsonpath={.status.failed}')).toBe('1');

    writeConfig(['- name: slow', '  command: ["/bin/sh", "-c", "echo waiting; sleep 60"]', '  timeout: 2s']);
    const late = await release('v2');
    expect(late.code, late.stdout + late.stderr).toBe(1);
    expect(late.stdout).toMatch(/✘ pre-deploy .*pre-deploy job slow timed out after 2s/);
    expect(liveImage()).toBe(v1);
    expect(k.kn('get', 'lease', '--ignore-not-found', '-o', 'name')).toBe('');
  });

  it('a Deployment scaled to 4 by hand is kept with replicas: live and reset, with a warning, by default', async () => {
    const replicas = () => k.kn('get', 'deployment', 'web', '-o', 'jsonpath={.spec.replicas}');
    k.kn('scale', 'deployment', 'web', '--replicas=4');
    writeConfig([], 'live');
    const kept = await release('v1');
    expect(kept.code, kept.stdout + kept.stderr).toBe(0);
    expect(kept.stderr).toMatch(
      new RegExp(
        `deployment/web in ${namespace}: replicas 4 kept \\(the manifest says 1; replicas: live\\), set (by \\S+|outside Gantry)`,
      ),
    );
    expect(replicas()).toBe('4');
    writeConfig([]);
    const reset = await release('v1');
    expect(reset.code, reset.stdout + reset.stderr).toBe(0);
    expect(reset.stderr).toContain(
      `deployment/web in ${namespace}: replicas 4 → 1 (the manifest's; replicas: live would keep 4)`,
    );
    expect(replicas()).toBe('1');
    expect(
      k.kn('get', 'deployment', 'web', '-o', 'jsonpath={.metadata.annotations.gantry\\.dev/replicas}'),
    ).toBe('1');
  });

  it('the verdict waits for a replaced pod that takes 10 s to stop', async () => {
    const file = path.join(work, 'deployment.yaml');
    // The pod now takes 10 s to stop on SIGTERM (within a 20 s grace period): part of it passes while
    // kubectl rollout status still waits, the rest in the drain.
    writeFileSync(
      file,
      readFileSync(file, 'utf8')
        .replace('terminationGracePeriodSeconds: 1', 'terminationGracePeriodSeconds: 20')
        .replace('command: ["/bin/sh", "-c", "', `command: ["/bin/sh", "-c", "trap 'sleep 10; exit 0' TERM; `)
        .replace('exec /bin/sh /app/serve.sh"]', '/bin/sh /app/serve.sh & wait"]'),
    );
    writeConfig([]);
    const slow = await release('v1');
    expect(slow.code, slow.stdout + slow.stderr).toBe(0);
    // The next release replaces that slow pod.
    const released = await release('v2');
    expect(released.code, released.stdout + released.stderr).toBe(0);
    expect(released.stderr).toMatch(
      /waiting for \d+ terminating pod\(s\) to finish their grace period: web-/,
    );
    const seconds = Number(/terminating pods stopped after ([\d.]+)s/.exec(released.stderr)?.[1]);
    expect(seconds).toBeGreaterThanOrEqual(3);
    // When gantry returns, no container of a pod being deleted still runs.
    const pods = JSON.parse(k.kn('get', 'pods', '-l', 'app=web', '-o', 'json')) as {
      items: Array<{
        metadata: { deletionTimestamp?: string };
        status: { containerStatuses?: Array<{ state: Record<string, unknown> }> };
      }>;
    };
    const running = pods.items.filter(
      (p) =>
        p.metadata.deletionTimestamp !== undefined &&
        (p.status.containerStatuses ?? []).some((c) => 'running' in c.state),
    );
    expect(running).toEqual([]);
  });
});
