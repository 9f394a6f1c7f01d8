import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runGantry } from '../helpers/gantry-cli.ts';
import { registryUnavailable, sandboxClusterFor } from './helpers/kubernetes-cluster.ts';
import { useSandboxNamespace } from './helpers/kubernetes-fixture.ts';
import { servesOn, webDeployment } from './helpers/kubernetes-manifests.ts';
import { sandboxAppDigest } from './helpers/registry-digest.ts';
import {
  describeCounts,
  type LoopCounts,
  requestTimes,
  startRequestLoop,
  untilAnswered,
} from './helpers/request-loop.ts';
import { sandboxAppConfig } from './helpers/sandbox-app-config.ts';
import { sandboxEnv } from './helpers/sandbox-env.ts';

// strategy: canary on a Kubernetes target, through `gantry release` with a gantry.yml, on the
// sandbox's real v1.20 cluster with real Service routing (kube-proxy, iptables mode): a NodePort
// Service on 127.0.0.1 in front of a Deployment of 4 replicas, and a request loop from outside
// (a new connection per request, so each is balanced) through every release.
//
// 1. v1: the first release has no stable Deployment to compare with: a rolling deploy; a dry run
//    of the next one prints the canary's plan.
// 2. v2: the canary (1 replica beside 4: 20 %) passes its checks for 5 s and is promoted: the
//    Service answers only v2 afterwards; no request failed.
// 3. broken (/health answers 503, /version 200): the canary (4 beside 4: 50 %) fails a check round,
//    is removed (exit 1, rolled-back); the stable Deployment is untouched; no request failed.
// 4. v1 again with canary-duration: manual: the canary is left running; its share of 250 answers
//    through the Service is within 10 points of canary-weight 20 (±4 standard deviations of a
//    binomial 250 × 0.2); gantry status shows it; `gantry canary abort` removes it, v2 serves alone.
// 5. v1 once more with canary-duration: manual, then `gantry canary promote` (a request loop through
//    it): web gets v1's spec, only v1 answers, web-canary and its record are gone, gantry status
//    shows no canary.

const { kubeconfig, skipReason } = sandboxClusterFor(
  'canary releases on Kubernetes',
  'the Kubernetes canary tests',
  registryUnavailable(),
);

const NODE_PORT = 30600;
const SERVICE_URL = `http://127.0.0.1:${NODE_PORT}`;
const namespace = `canary-${Math.random().toString(36).slice(2, 8)}`;

const manifests = `apiVersion: v1
kind: Service
metadata: { name: web }
spec:
  type: NodePort
  selector: { app: web }
  ports: [{ protocol: TCP, port: 80, targetPort: 8080, nodePort: ${NODE_PORT} }]
---
${webDeployment({
  replicas: 4,
  spec: ['strategy: { type: RollingUpdate, rollingUpdate: { maxUnavailable: 0, maxSurge: 4 } }'],
  grace: 5,
  container: [
    "# Ready on /version: the broken image is Ready, only the canary's checks (/health) find it out.",
    '# Lenient (3 s, 3 failures): under a loaded machine a 1 s probe of the busybox server times',
    "# out now and then, which empties the Service's endpoints and refuses requests.",
    ...servesOn('/version', ['timeoutSeconds: 3', 'failureThreshold: 3']),
    "# Out of the Service's endpoints before it stops listening.",
    'lifecycle: { preStop: { exec: { command: [/bin/sleep, "2"] } } }',
  ],
})}`;

describe.skipIf(skipReason !== undefined)('canary releases on the sandbox Kubernetes cluster', () => {
  const { k, work } = useSandboxNamespace({
    kubeconfig,
    namespace,
    workPrefix: 'gantry-e2e-canary-',
    files: { 'app.yaml': manifests },
  });
  const config = path.join(work, 'gantry.yml');

  const writeConfig = (canary: string) =>
    writeFileSync(
      config,
      sandboxAppConfig(
        {
          kubeconfig,
          namespace,
          manifests: 'app.yaml',
          timeout: '2m',
          more: ['strategy: canary', 'service: web', ...canary.split('\n')],
        },
        [
          'smoke:',
          `  urls: ["${SERVICE_URL}/health"]`,
          '  expect-json: { status: healthy }',
          '  timeout: 30s',
          '  request-timeout: 3s',
          '  interval: 250ms',
        ],
      ),
    );

  const gantry = async (args: string[]) => {
    const result = await runGantry([...args.slice(0, 1), '-c', config, ...args.slice(1)]);
    process.stderr.write(`[e2e] gantry ${args.join(' ')}: exit ${result.code}\n${result.stdout}`);
    return result;
  };
  /** A release with a request loop through the Service for its whole time. */
  const release = async (tag: string): Promise<{ code: number; out: string; loop: LoopCounts }> => {
    const loop = startRequestLoop(`${SERVICE_URL}/version`, 25);
    const result = await gantry(['release', '--skip-build', '--tag', tag]);
    const counts = await loop.stop();
    process.stderr.write(`[e2e] loop during ${tag}: ${describeCounts(counts)}\n`);
    return { code: result.code, out: result.stdout + result.stderr, loop: counts };
  };
  const deployments = () => k.kn('get', 'deployments', '-o', 'jsonpath={.items[*].metadata.name}').split(' ');
  const stableImage = () =>
    k.kn('get', 'deployment', 'web', '-o', 'jsonpath={.spec.template.spec.containers[0].image}');
  const canaryAnnotation = () =>
    k.kn('get', 'deployment', 'web', '-o', 'jsonpath={.metadata.annotations.gantry\\.dev/canary}');
  const onlyAnswers = async (version: string) => {
    const counts = await requestTimes(`${SERVICE_URL}/version`, 60);
    expect(counts.failures, describeCounts(counts)).toEqual([]);
    expect([...counts.bodies.keys()], describeCounts(counts)).toEqual([version]);
  };

  it('the first release (no stable Deployment yet) is a rolling deploy of v1', async () => {
    writeConfig('canary-weight: 20\ncanary-duration: 5s');
    const result = await gantry(['release', '--skip-build', '--tag', 'v1']);
    expect(result.code, result.stdout + result.stderr).toBe(0);
    expect(result.stdout + result.stderr).toContain(
      'no Deployment web runs yet: this first release is a rolling deploy',
    );
    await untilAnswered(`${SERVICE_URL}/version`);
    await onlyAnswers('v1');
    // A dry run of the next release prints the canary's plan and changes nothing.
    const dry = await gantry(['release', '--skip-build', '--dry-run', '--tag', 'v2']);
    expect(dry.code, dry.stdout + dry.stderr).toBe(0);
    expect(dry.stdout).toMatch(
      /✔ deploy .*deployed: dry run: web-canary: 1 replica beside 4 of web \(20% of the endpoints/,
    );
    expect(deployments()).toEqual(['web']);
  }, 240_000);

  it('a canary that passes its checks is promoted: the Service answers only v2, no request failed', async () => {
    const r = await release('v2');
    expect(r.code, r.out).toBe(0);
    expect(r.out).toContain(
      'canary plan: web-canary: 1 replica beside 4 of web (20% of the endpoints of Service web, canary-weight 20%), checked 5s',
    );
    expect(r.out).toMatch(/canary passed \(\d+ check round\(s\) in \d+s\): promoting/);
    expect(r.out).toMatch(/✔ deploy .*deployed: promoted after \d+ check round/);
    expect(r.loop.failures).toEqual([]);
    expect(r.loop.bodies.get('v2') ?? 0).toBeGreaterThan(0);
    expect(deployments()).toEqual(['web']);
    expect(stableImage()).toBe(`${sandboxEnv().appImage}@${await sandboxAppDigest('v2')}`);
    expect(canaryAnnotation()).toBe('');
    await onlyAnswers('v2');
  }, 240_000);

  it('a canary whose checks fail is removed: exit 1, rolled-back, the stable untouched, no request failed', async () => {
    writeConfig('canary-weight: 50\ncanary-duration: 30s');
    // Not metadata.generation: a Deployment's counts changes of its annotations too (the canary's record).
    const revision = () =>
      k.kn(
        'get',
        'deployment',
        'web',
        '-o',
        'jsonpath={.metadata.annotations.deployment\\.kubernetes\\.io/revision}',
      );
    const before = revision();
    const r = await release('broken');
    expect(r.code, r.out).toBe(1);
    expect(r.out).toContain('web-canary: 4 replicas beside 4 of web (50% of the endpoints');
    expect(r.out).toMatch(
      /↺ deploy .*rolled-back: canary check failed \(\d+ check round\(s\) in \d+s\): .*\/health/,
    );
    expect(r.out).toContain('the canary was removed, web untouched');
    // The loop saw the canary answer (it was in the Service) and no failure.
    expect(r.loop.bodies.get('broken') ?? 0).toBeGreaterThan(0);
    expect(r.loop.failures).toEqual([]);
    expect(deployments()).toEqual(['web']);
    expect(revision()).toBe(before);
    expect(stableImage()).toBe(`${sandboxEnv().appImage}@${await sandboxAppDigest('v2')}`);
    expect(canaryAnnotation()).toBe('');
    await onlyAnswers('v2');
  }, 240_000);

  it('a canary left running takes its share of 250 requests; gantry status shows it; gantry canary abort removes it', async () => {
    writeConfig('canary-weight: 20\ncanary-duration: manual');
    const r = await release('v1');
    expect(r.code, r.out).toBe(0);
    expect(r.out).toContain('canary web-canary left running after 1 check round(s)');
    expect(r.loop.failures).toEqual([]);
    expect(deployments().sort()).toEqual(['web', 'web-canary']);
    expect(JSON.parse(canaryAnnotation())).toMatchObject({
      canary: 'web-canary',
      canaryReplicas: 1,
      until: 'manual',
    });

    const counts = await requestTimes(`${SERVICE_URL}/version`, 250);
    process.stderr.write(`[e2e] 250 requests beside the canary: ${describeCounts(counts)}\n`);
    expect(counts.failures).toEqual([]);
    expect([...counts.bodies.keys()].sort()).toEqual(['v1', 'v2']);
    const share = ((counts.bodies.get('v1') ?? 0) / 250) * 100;
    expect(share).toBeGreaterThanOrEqual(10);
    expect(share).toBeLessThanOrEqual(30);

    const status = await gantry(['status', '--target', 'cluster']);
    expect(status.code, status.stderr).toBe(0);
    expect(status.stdout).toContain(
      'canary web-canary running beside web: 1 + 4 replicas (20% of the endpoints',
    );

    const abort = await gantry(['canary', 'abort', '--target', 'cluster']);
    expect(abort.code, abort.stderr).toBe(0);
    expect(abort.stderr).toContain('cluster: canary web-canary aborted');
    expect(deployments()).toEqual(['web']);
    expect(canaryAnnotation()).toBe('');
    await onlyAnswers('v2');
  }, 240_000);

  it('a canary left running is promoted by gantry canary promote: only it answers, no request failed, no canary left', async () => {
    const r = await release('v1');
    expect(r.code, r.out).toBe(0);
    expect(r.out).toContain('canary web-canary left running after 1 check round(s)');
    expect(deployments().sort()).toEqual(['web', 'web-canary']);
    const statusJson = async () => {
      const status = await gantry(['status', '--target', 'cluster', '--json']);
      expect(status.code, status.stderr).toBe(0);
      return JSON.parse(status.stdout) as { canaries?: unknown[]; workloads: Array<{ name: string }> };
    };
    expect((await statusJson()).canaries).toHaveLength(1);

    const loop = startRequestLoop(`${SERVICE_URL}/version`, 25);
    const promote = await gantry(['canary', 'promote', '--target', 'cluster']);
    const counts = await loop.stop();
    process.stderr.write(`[e2e] loop during gantry canary promote: ${describeCounts(counts)}\n`);
    expect(promote.code, promote.stdout + promote.stderr).toBe(0);
    expect(promote.stderr).toContain('cluster: canary web-canary promoted: ');
    expect(counts.failures).toEqual([]);
    expect(deployments()).toEqual(['web']);
    expect(canaryAnnotation()).toBe('');
    expect(stableImage()).toBe(`${sandboxEnv().appImage}@${await sandboxAppDigest('v1')}`);
    await onlyAnswers('v1');

    const read = await statusJson();
    expect(read.canaries).toBeUndefined();
    expect(read.workloads.map((w) => w.name)).toEqual(['web']);
  }, 240_000);
});
