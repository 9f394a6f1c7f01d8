// release.yml without `config` (one image described by inputs, as before `config` existed), its jobs
// chained as GitHub chains them (test/helpers/workflow-jobs.ts): one build leg per platform, one merge,
// the images job, one scan, and the deploy job's stage actions pinned to the merged digest. Also the
// matrix wiring with image keys that share a prefix (a stand-in plan; the real plan runs in
// test/bundle/release-workflow.test.ts).
import { describe, expect, it } from 'vitest';
import {
  expectDigestChain,
  job,
  runReleaseWorkflow,
  stepOf,
  unlistedNeeds,
  workflowOutputs,
} from '../../helpers/release-workflow.ts';

const LEGACY = {
  image: 'ghcr.io/Acme/Shop',
  host: 'ssh://deploy@swarm-1.example.com',
  'known-hosts': 'swarm-1.example.com ssh-ed25519 AAAA',
  stack: 'shop',
  services: 'web,worker',
};

describe('release.yml without config: one image from the inputs', () => {
  const { run, calls, wf } = runReleaseWorkflow({ inputs: LEGACY, secrets: { 'ssh-key': 'not-a-real-key' } });
  const gantry = job(run, 'gantry');

  it('plans one build leg per platform of the platforms input, without actions/release', () => {
    expect(stepOf(gantry.legs[0] as never, 'plan').ran).toBe(false);
    expect(gantry.outputs['deploy-with']).toBe('swarm');
    expect(job(run, 'build').legs.map((l) => [l.matrix.platform, l.runsOn])).toEqual([
      ['linux/amd64', 'ubuntu-24.04'],
      ['linux/arm64', 'ubuntu-24.04-arm'],
    ]);
  });

  it('gets both digests through the merge and the images job to the Swarm deploy', () => {
    const images = expectDigestChain(run, calls, gantry.outputs);
    const ref = images.shop as string;
    expect(ref).toMatch(/^ghcr\.io\/acme\/shop@sha256:[0-9a-f]{64}$/);
    expect(calls.released).toEqual([]);
    const swarm = calls.deployed.find((d) => d.action === 'deploy-swarm');
    expect(swarm?.inputs.images).toBe(`web=${ref}\nworker=${ref}`);
    expect(swarm?.inputs.env).toBe(`GANTRY_IMAGE=${ref}`);
    expect(calls.deployed.map((d) => d.action)).toEqual(['deploy-swarm']);
    expect(workflowOutputs(run, wf)).toEqual({
      images: JSON.stringify({ shop: ref }),
      'image-ref': ref,
      digest: ref.slice(ref.indexOf('@') + 1),
      status: 'deployed',
    });
  });

  it('every job lists in needs each job whose outputs it reads', () => {
    expect(unlistedNeeds(wf)).toEqual([]);
  });

  it('target kubernetes with app-secrets runs the Kubernetes stages only', () => {
    const k8s = runReleaseWorkflow({
      inputs: { image: 'ghcr.io/acme/shop', target: 'kubernetes', manifests: 'k8s/', stack: 'shop' },
      secrets: { kubeconfig: 'not-a-real-kubeconfig', 'app-secrets': 'DB_PASSWORD=x' },
    });
    expect(k8s.calls.deployed.map((d) => d.action)).toEqual(['secrets', 'deploy-k8s', 'prune-secrets']);
    const ref = JSON.parse(job(k8s.run, 'images').outputs.images as string).shop;
    expect(k8s.calls.deployed[1]?.inputs.images).toBe(`ghcr.io/acme/shop=${ref}`);
  });
});

describe('release.yml matrix wiring with keys that share a prefix', () => {
  // `api` and `api-v2`: a pattern `gantry-digest-api-*` would also take api-v2's digests.
  const leg = (key: string, platform: string) => ({
    key,
    image: `ghcr.io/acme/${key}`,
    context: '.',
    file: '',
    target: key,
    'build-args': '',
    platform,
    runner: platform === 'linux/arm64' ? 'ubuntu-24.04-arm' : 'ubuntu-24.04',
    slug: `${key}-${platform.replace(/[^A-Za-z0-9]/g, '-')}`,
  });
  const matrix = [leg('api', 'linux/amd64'), leg('api', 'linux/arm64'), leg('api-v2', 'linux/amd64')];
  const plan = () => ({
    'build-matrix': JSON.stringify(matrix),
    'images-matrix': JSON.stringify([
      { key: 'api', image: 'ghcr.io/acme/api' },
      { key: 'api-v2', image: 'ghcr.io/acme/api-v2' },
    ]),
    scan: JSON.stringify({
      enabled: true,
      severity: 'CRITICAL,HIGH',
      'ignore-unfixed': false,
      'ignore-file': '',
    }),
    'tag-latest': 'false',
  });

  it('each merge takes its own image’s digests only', () => {
    const { run, calls } = runReleaseWorkflow({ inputs: { config: 'gantry.yml' }, plan });
    const images = expectDigestChain(run, calls, job(run, 'gantry').outputs);
    expect(Object.keys(images)).toEqual(['api', 'api-v2']);
    expect(calls.merged.map((m) => (m.inputs.digests ?? '').split('\n').length)).toEqual([2, 1]);
  });
});
