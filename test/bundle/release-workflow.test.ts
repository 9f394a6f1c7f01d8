// release.yml with `config:` a three-image gantry.yml (test/fixtures/release-workflow/gantry.yml: api and
// web for amd64 and arm64, admin for amd64), its jobs chained as GitHub chains them
// (test/helpers/workflow-jobs.ts): the first job runs the real dist/release/index.js in `mode: plan`, and
// every digest is followed from the build legs to the deploy. Registry, buildx, Trivy and the target are
// stand-ins (test/helpers/release-workflow.ts); the matrices, artifact names and patterns, the `run:`
// steps and the workflow-steps scripts are the real ones.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import {
  expectDigestChain,
  job,
  ROOT,
  runReleaseBundle,
  runReleaseWorkflow,
  stepOf,
  unlistedNeeds,
  workflowOutputs,
} from '../helpers/release-workflow.ts';
import { evaluateTemplate, toText } from '../helpers/workflow-expr.ts';

const FIXTURE = readFileSync(path.join(ROOT, 'test/fixtures/release-workflow/gantry.yml'), 'utf8');
const SECRETS = {
  'ssh-key': 'not-a-real-key',
  'app-secrets': 'DB_PASSWORD=not-a-real-password',
  'registry-password': 'not-a-real-token',
};

describe('release.yml with config: a three-image gantry.yml', () => {
  const { run, calls, wf } = runReleaseWorkflow({
    inputs: {
      config: 'gantry.yml',
      target: 'production',
      'known-hosts': 'swarm-1.example.com ssh-ed25519 AAAA',
    },
    secrets: SECRETS,
    callerFiles: { 'gantry.yml': FIXTURE },
  });
  const gantry = job(run, 'gantry');

  it('plans with the real bundle: the build matrix is its build-matrix output, one leg per image and platform', () => {
    const plan = stepOf(gantry.legs[0] as never, 'plan');
    expect(plan.ran).toBe(true);
    expect(plan.with).toMatchObject({ mode: 'plan', config: 'gantry.yml', target: 'production' });
    expect(gantry.outputs['deploy-with']).toBe('release');
    expect(gantry.outputs['build-matrix']).toBe(plan.outputs['build-matrix']);
    expect(JSON.parse(gantry.outputs['build-matrix'] as string)).toEqual([
      expect.objectContaining({
        key: 'api',
        platform: 'linux/amd64',
        runner: 'ubuntu-24.04',
        slug: 'api-linux-amd64',
      }),
      expect.objectContaining({
        key: 'api',
        platform: 'linux/arm64',
        runner: 'ubuntu-24.04-arm',
        slug: 'api-linux-arm64',
      }),
      expect.objectContaining({ key: 'web', platform: 'linux/amd64', context: 'web' }),
      expect.objectContaining({ key: 'web', platform: 'linux/arm64', context: 'web' }),
      expect.objectContaining({ key: 'admin', platform: 'linux/amd64', file: 'admin/Dockerfile' }),
    ]);
    expect(JSON.parse(gantry.outputs.scan as string)).toEqual({
      enabled: true,
      severity: 'CRITICAL',
      'ignore-unfixed': true,
      'ignore-file': '.trivyignore',
    });
  });

  it('gets each digest from its build leg through one merge per image and the images job to the deploy', () => {
    const images = expectDigestChain(run, calls, gantry.outputs);
    expect(Object.keys(images)).toEqual(['api', 'web', 'admin']);
    expect(images.api).toMatch(/^ghcr\.io\/acme\/shop-api@sha256:[0-9a-f]{64}$/);
    expect(calls.pushed).toHaveLength(5);
    expect(calls.merged).toHaveLength(3);
    expect(calls.released).toHaveLength(1);
    expect(JSON.parse(calls.released[0]?.inputs.images as string)).toEqual(images);
    expect(calls.released[0]?.inputs).toMatchObject({
      config: 'gantry.yml',
      target: 'production',
      'skip-scan': 'true',
      'ssh-key': SECRETS['ssh-key'],
      'app-secrets': SECRETS['app-secrets'],
      'registry-password': SECRETS['registry-password'],
      'known-hosts': 'swarm-1.example.com ssh-ed25519 AAAA',
    });
    // The stage actions of a release without config do not run.
    expect(calls.deployed).toEqual([]);
    expect(workflowOutputs(run, wf)).toEqual({
      images: JSON.stringify(images),
      'image-ref': '',
      digest: '',
      status: 'deployed',
    });
  });

  it('every job lists in needs each job whose outputs it reads', () => {
    expect(unlistedNeeds(wf)).toEqual([]);
  });

  it('the same file with scan.enabled: false skips the scan jobs and still deploys', () => {
    const off = runReleaseWorkflow({
      inputs: { config: 'gantry.yml', target: 'production' },
      secrets: SECRETS,
      callerFiles: { 'gantry.yml': FIXTURE.replace('scan:\n', 'scan:\n  enabled: false\n') },
    });
    expect(job(off.run, 'scan').result).toBe('skipped');
    expect(off.calls.scanned).toEqual([]);
    expect(job(off.run, 'deploy').result).toBe('success');
    expect(off.calls.released).toHaveLength(1);
  });

  it('a failed scan gate of one image stops the release: nothing is deployed, the other scans still run', () => {
    const gated = runReleaseWorkflow({
      inputs: { config: 'gantry.yml', target: 'production' },
      secrets: SECRETS,
      callerFiles: { 'gantry.yml': FIXTURE },
      failScan: 'web',
    });
    expect(job(gated.run, 'scan').result).toBe('failure');
    expect(gated.calls.scanned.map((s) => s.leg.matrix.key)).toEqual(['api', 'web', 'admin']);
    expect(job(gated.run, 'deploy').result).toBe('skipped');
    expect(gated.calls.released).toEqual([]);
    expect(workflowOutputs(gated.run, gated.wf).status).toBe('');
  });

  it('a single image in the file also gives image-ref and digest', () => {
    const one = runReleaseWorkflow({
      inputs: { config: 'deploy/gantry.yml' },
      secrets: SECRETS,
      callerFiles: {
        'deploy/gantry.yml': [
          'image: ghcr.io/acme/shop',
          'targets:',
          '  k8s:',
          '    kubernetes: { manifests: [k8s/], namespace: shop }',
          '',
        ].join('\n'),
      },
    });
    const gantryOne = job(one.run, 'gantry');
    const images = expectDigestChain(one.run, one.calls, gantryOne.outputs);
    const ref = images.shop as string;
    expect(workflowOutputs(one.run, one.wf)).toMatchObject({
      'image-ref': ref,
      digest: ref.slice(ref.indexOf('@') + 1),
    });
    expect(one.calls.released[0]?.inputs).toMatchObject({ config: 'deploy/gantry.yml', target: '' });
  });

  it('without config and image, the gantry.yml at the repository root is the config', () => {
    const byDefault = runReleaseWorkflow({
      inputs: { target: 'production' },
      secrets: SECRETS,
      callerFiles: { 'gantry.yml': FIXTURE },
    });
    expect(job(byDefault.run, 'gantry').outputs.config).toBe('gantry.yml');
    const images = expectDigestChain(byDefault.run, byDefault.calls, job(byDefault.run, 'gantry').outputs);
    expect(Object.keys(images)).toEqual(['api', 'web', 'admin']);
    expect(byDefault.calls.released[0]?.inputs.config).toBe('gantry.yml');
  });

  it('the plan step is the bundle GitHub runs: the same outputs when run on its own', () => {
    const dir = job(run, 'gantry').legs[0]?.workspace as string;
    const direct = runReleaseBundle({ mode: 'plan', config: 'gantry.yml', target: 'production' }, dir);
    expect(direct['build-matrix']).toBe(gantry.outputs['build-matrix']);
    expect(direct['target-kind']).toBe('swarm');
  });
});

describe('workflows/release-app.yml, the three-image caller', () => {
  const caller = parse(readFileSync(path.join(ROOT, 'workflows/release-app.yml'), 'utf8'));
  const call = caller.jobs.release as {
    uses: string;
    with: Record<string, string>;
    secrets: Record<string, string>;
  };
  /** The caller's values as its job evaluates them (its repository's secrets and variables are made up). */
  const contexts = {
    secrets: { DEPLOY_SSH_KEY: 'not-a-real-key', DB_PASSWORD: 'not-a-real-password' },
    vars: { SWARM_KNOWN_HOSTS: 'swarm-1.example.com ssh-ed25519 AAAA' },
    github: { repository: 'acme/shop' },
  };
  const given = (values: Record<string, string>) =>
    Object.fromEntries(
      Object.entries(values).map(([k, v]) => [k, toText(evaluateTemplate(v, { contexts }))]),
    );

  it('calls release.yml with config, target and secrets only, and releases the three images', () => {
    expect(call.uses).toMatch(/\/\.github\/workflows\/release\.yml@0{40}$/);
    expect(Object.keys(call.with).sort()).toEqual(['config', 'environment', 'known-hosts', 'target']);
    const { run, calls } = runReleaseWorkflow({
      inputs: given(call.with),
      secrets: given(call.secrets),
      callerFiles: { [call.with.config as string]: FIXTURE },
    });
    const images = expectDigestChain(run, calls, job(run, 'gantry').outputs);
    expect(Object.keys(images)).toEqual(['api', 'web', 'admin']);
    expect(calls.released[0]?.inputs).toMatchObject({
      target: 'production',
      'ssh-key': 'not-a-real-key',
      'app-secrets': 'DB_PASSWORD=not-a-real-password\n',
      'known-hosts': 'swarm-1.example.com ssh-ed25519 AAAA',
    });
  });
});
