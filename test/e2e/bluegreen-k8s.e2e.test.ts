import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runGantry } from '../helpers/gantry-cli.ts';
import { registryUnavailable, sandboxClusterFor } from './helpers/kubernetes-cluster.ts';
import { useSandboxNamespace } from './helpers/kubernetes-fixture.ts';
import { servesOn, webDeployment } from './helpers/kubernetes-manifests.ts';
import {
  describeCounts,
  type LoopCounts,
  requestTimes,
  startRequestLoop,
  untilAnswered,
} from './helpers/request-loop.ts';
import { sandboxAppConfig } from './helpers/sandbox-app-config.ts';

// Blue-green on the sandbox's real v1.20 cluster through `gantry release`, with kube-proxy routing the
// Service: a request loop from the host to the Service's ClusterIP (a new connection per request)
// runs through every phase: the first release (blue), a second (green, checked through web-preview,
// switched), `gantry switch back` and forth, a release whose colour never becomes Ready, and one whose
// public check fails after the switch (switched back). 0 failed requests through all of it.

const { kubeconfig: kubeconfigFile, skipReason } = sandboxClusterFor(
  'blue-green on Kubernetes',
  'the Kubernetes blue-green tests',
  registryUnavailable(),
);

const run = Math.random().toString(36).slice(2, 8);
const namespace = `bg-k8s-${run}`;

const MANIFESTS = `${webDeployment({
  replicas: 2,
  spec: ['progressDeadlineSeconds: ${DEADLINE}', 'revisionHistoryLimit: 1'],
  container: [
    'env:',
    '  - { name: PORT, value: "${APP_PORT}" }',
    '  - { name: APP_BROKEN, value: "${APP_BROKEN}" }',
    ...servesOn('/version'),
  ],
})}---
apiVersion: v1
kind: Service
metadata:
  name: web
spec:
  selector: { app: web }
  ports: [{ port: 80, targetPort: 8080 }]
`;

interface Variant {
  port?: number;
  broken?: boolean;
  urls?: { service: string; preview: string };
}

describe.skipIf(skipReason !== undefined)('blue-green on the sandbox Kubernetes cluster', () => {
  const { k, work } = useSandboxNamespace({
    kubeconfig: kubeconfigFile,
    namespace,
    workPrefix: 'gantry-e2e-bg-k8s-',
    files: { 'app.yaml': MANIFESTS },
  });
  const config = path.join(work, 'gantry.yml');
  const urls = { service: '', preview: '' };
  let loop: ReturnType<typeof startRequestLoop> | undefined;

  /** gantry.yml for one release: the app's port and brokenness, the checks once the Services exist. */
  const writeConfig = (v: Variant) =>
    writeFileSync(
      config,
      sandboxAppConfig({
        kubeconfig: kubeconfigFile,
        namespace,
        manifests: 'app.yaml',
        timeout: '150s',
        more: [
          'strategy: blue-green',
          'service: web',
          // A colour that cannot become Ready fails at its progress deadline; a good one may be slow under load.
          `env: { APP_PORT: "${v.port ?? 8080}", APP_BROKEN: "${v.broken === true}", DEADLINE: "${v.port === undefined ? 120 : 15}" }`,
          ...(v.urls === undefined
            ? []
            : [
                `preview-urls: ["${v.urls.preview}/version"]`,
                `smoke: { urls: ["${v.urls.service}/health"], timeout: 8s, interval: 1s }`,
              ]),
        ],
      }),
    );
  const gantry = (args: string[]) => runGantry([...args, '-c', config, '--target', 'cluster']);
  const release = (tag: string, v: Variant) => {
    writeConfig(v);
    return gantry(['release', '--skip-build', '--tag', tag]);
  };
  const clusterIp = (name: string) => k.kn('get', 'service', name, '-o', 'jsonpath={.spec.clusterIP}');
  const selectorColor = (name: string) =>
    k.kn('get', 'service', name, '-o', 'jsonpath={.spec.selector.gantry\\.color}');
  const deployments = (color: string) =>
    k.kn('get', 'deployments', '-l', `gantry.color=${color}`, '-o', 'jsonpath={.items[*].metadata.name}');
  /** The loop's counts since the last phase: every request answered 200. */
  const phase = (what: string): LoopCounts => {
    const seen = loop?.mark();
    if (seen === undefined) throw new Error('the request loop is not running');
    expect(seen.failures, `${what}: ${describeCounts(seen)}`).toEqual([]);
    return seen;
  };
  /** Until the Service answers only `body` (kube-proxy follows a switch within a second or two). */
  const answersOnly = async (body: string) => {
    await untilAnswered(`${urls.service}/version`);
    for (let i = 0; i < 40; i += 1) {
      const counts = await requestTimes(`${urls.service}/version`, 6);
      if (counts.failures.length === 0 && [...counts.bodies.keys()].every((b) => b === body)) return;
      await new Promise((r) => setTimeout(r, 250));
    }
    throw new Error(`the Service does not answer only ${body}`);
  };

  afterAll(async () => {
    await loop?.stop();
  });

  it('the first release deploys blue and creates the Service on it (and web-preview)', async () => {
    const first = await release('v1', {});
    expect(first.code, first.stdout + first.stderr).toBe(0);
    expect(first.stderr).toMatch(/✔ deploy: deployed: Service web routes to blue/);
    expect(deployments('blue')).toBe('web-blue');
    expect(selectorColor('web')).toBe('blue');
    urls.service = `http://${clusterIp('web')}`;
    urls.preview = `http://${clusterIp('web-preview')}`;
    expect(await untilAnswered(`${urls.service}/version`)).toBe('v1');
    loop = startRequestLoop(`${urls.service}/version`);
  }, 120_000);

  it('a dry run says which colour it would deploy and changes nothing', async () => {
    writeConfig({ urls });
    const dry = await gantry(['release', '--skip-build', '--tag', 'v2', '--dry-run']);
    expect(dry.code, dry.stdout + dry.stderr).toBe(0);
    expect(dry.stderr).toContain('would deploy web-green and switch Service web to green (live: blue)');
    expect(deployments('green')).toBe('');
  }, 60_000);

  it('a second release deploys green, checks it through web-preview, switches: 0 failed requests', async () => {
    const second = await release('v2', { urls });
    expect(second.code, second.stdout + second.stderr).toBe(0);
    expect(second.stderr).toMatch(/✔ deploy: deployed: Service web routes to green; blue kept running until/);
    expect(selectorColor('web')).toBe('green');
    expect(selectorColor('web-preview')).toBe('blue');
    await answersOnly('v2');
    expect(await untilAnswered(`${urls.preview}/version`)).toBe('v1');
    const seen = phase('release v2');
    expect(seen.bodies.get('v2') ?? 0).toBeGreaterThan(0);
    const status = await gantry(['status', '--json']);
    expect(status.code, status.stderr).toBe(0);
    const read = JSON.parse(status.stdout) as { blueGreen: unknown; workloads: Array<{ name: string }> };
    expect(read.blueGreen).toMatchObject({
      proxy: 'Service web',
      live: 'green',
      previous: 'blue',
      running: ['blue', 'green'],
    });
    expect(read.workloads.map((w) => w.name).sort()).toEqual(['web-blue', 'web-green']);
  }, 120_000);

  it('gantry switch back goes to blue and forth to green again: 0 failed requests', async () => {
    const back = await gantry(['switch', 'back']);
    expect(back.code, back.stdout + back.stderr).toBe(0);
    expect(back.stderr).toContain('switched cluster back: green → blue');
    await answersOnly('v1');
    phase('switch back');
    const forth = await gantry(['switch', 'back']);
    expect(forth.code, forth.stdout + forth.stderr).toBe(0);
    expect(forth.stderr).toContain('switched cluster back: blue → green');
    await answersOnly('v2');
    phase('switch forth');
  }, 60_000);

  it('a release whose colour never becomes Ready never takes traffic: removed, green serves', async () => {
    const broken = await release('v1', { urls, port: 8081 });
    expect(broken.code, broken.stdout + broken.stderr).toBe(1);
    expect(broken.stderr).toMatch(
      /✘ deploy: rolled-back: blue failed before the switch .*green still serves/,
    );
    expect(selectorColor('web')).toBe('green');
    expect(deployments('blue')).toBe('');
    const seen = phase('a release that never became Ready');
    expect([...seen.bodies.keys()]).toEqual(['v2']);
  }, 120_000);

  it('a release whose public check fails after the switch is switched back: rolled-back, green serves', async () => {
    const wrong = await release('v1', { urls, broken: true });
    expect(wrong.code, wrong.stdout + wrong.stderr).toBe(1);
    expect(wrong.stderr).toMatch(
      /✘ deploy: rolled-back: smoke check failed: .*switched Service web back to green and removed blue/,
    );
    expect(selectorColor('web')).toBe('green');
    expect(deployments('blue')).toBe('');
    await answersOnly('v2');
    phase('a release switched back after its public check');
  }, 120_000);

  it('switch back is refused (exit 2, nothing changed) once the previous colour no longer runs', async () => {
    const refused = await gantry(['switch', 'back']);
    expect(refused.code, refused.stdout + refused.stderr).toBe(2);
    expect(refused.stderr).toContain('the previous colour (blue) no longer runs');
    expect(selectorColor('web')).toBe('green');
    await answersOnly('v2');
    phase('a refused switch back');
  }, 60_000);
});
