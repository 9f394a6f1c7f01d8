// The small bash steps of the reusable workflows and the root action, run with bash as the runner does
// (inputs in the environment, results read back from a GITHUB_OUTPUT file in the runner's format).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const DIR = path.resolve(import.meta.dirname, '../../../src/workflow-steps');
const REF = `ghcr.io/acme/shop@sha256:${'d'.repeat(64)}`;

/** Parses a GITHUB_OUTPUT file (`key=value` lines and `key<<DELIM` blocks). */
function outputs(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as string;
    const block = /^([^=<]+)<<(.+)$/.exec(line);
    if (block) {
      const value: string[] = [];
      for (i++; lines[i] !== block[2]; i++) value.push(lines[i] as string);
      out[block[1] as string] = value.join('\n');
    } else if (line.includes('=')) out[line.slice(0, line.indexOf('='))] = line.slice(line.indexOf('=') + 1);
  }
  return out;
}

function runScript(script: string, env: Record<string, string>, args: string[] = [], cwd?: string) {
  const dir = mkdtempSync(path.join(tmpdir(), 'gantry-step-'));
  const output = path.join(dir, 'output');
  writeFileSync(output, '');
  const r = spawnSync('bash', [path.join(DIR, script), ...args], {
    env: { PATH: process.env.PATH ?? '', GITHUB_OUTPUT: output, ...env },
    encoding: 'utf8',
    cwd: cwd ?? dir,
  });
  return { code: r.status, stdout: r.stdout, outputs: outputs(readFileSync(output, 'utf8')) };
}

describe('deploy-plan.sh', () => {
  const swarm = {
    TARGET: 'swarm',
    IMAGE: 'ghcr.io/Acme/Shop',
    IMAGE_REF: REF,
    HOST: 'ssh://d@h',
    STACK: 'shop',
  };

  it('Swarm: pins each listed service, adds GANTRY_IMAGE to the env, a registry only with a password', () => {
    const r = runScript('deploy-plan.sh', {
      ...swarm,
      SERVICES: 'web, worker',
      USER_ENV: 'A=1\nB=2',
      HAS_APP_SECRETS: 'true',
      HAS_REGISTRY_PASSWORD: 'true',
    });
    expect(r.code).toBe(0);
    expect(r.outputs).toEqual({
      images: `web=${REF}\nworker=${REF}\n`.replace(/\n$/, ''),
      env: `A=1\nB=2\nGANTRY_IMAGE=${REF}`,
      registry: 'ghcr.io',
      'has-app-secrets': 'true',
    });
    const bare = runScript('deploy-plan.sh', { ...swarm, IMAGE: 'acme/shop', HAS_REGISTRY_PASSWORD: 'true' });
    expect(bare.outputs.registry).toBe('docker.io');
    expect(runScript('deploy-plan.sh', swarm).outputs.registry).toBe('');
  });

  it('Kubernetes: pins the image name (lowercased) to the digest', () => {
    const r = runScript('deploy-plan.sh', {
      TARGET: 'kubernetes',
      IMAGE: 'ghcr.io/Acme/Shop',
      IMAGE_REF: REF,
      MANIFESTS: 'k8s/',
    });
    expect(r.code).toBe(0);
    expect(r.outputs.images).toBe(`ghcr.io/acme/shop=${REF}`);
    expect(r.outputs.env).toBe(`GANTRY_IMAGE=${REF}`);
    expect(r.outputs['has-app-secrets']).toBe('false');
  });

  it('Kubernetes with app-secrets and a stack: the secrets stage will run (no stack needed without them)', () => {
    const k8s = { TARGET: 'kubernetes', IMAGE: 'ghcr.io/acme/shop', IMAGE_REF: REF, MANIFESTS: 'k8s/' };
    const r = runScript('deploy-plan.sh', {
      ...k8s,
      STACK: 'shop',
      HAS_APP_SECRETS: 'true',
      USER_ENV: 'A=1',
    });
    expect(r.code).toBe(0);
    expect(r.outputs).toEqual({
      images: `ghcr.io/acme/shop=${REF}`,
      env: `A=1\nGANTRY_IMAGE=${REF}`,
      registry: '',
      'has-app-secrets': 'true',
    });
    expect(
      runScript('deploy-plan.sh', {
        ...k8s,
        IMAGE_REF: '',
        STACK: 'shop',
        HAS_APP_SECRETS: 'true',
        CHECK_ONLY: 'true',
      }),
    ).toMatchObject({ code: 0, outputs: {} });
  });

  it.each([
    [{ TARGET: 'nomad' }, 'target', "target must be swarm or kubernetes, got 'nomad'"],
    [{ TARGET: 'swarm', STACK: 's' }, 'host', 'needs the host input'],
    [{ TARGET: 'swarm', HOST: 'ssh://h' }, 'stack', 'needs the stack input'],
    [{ TARGET: 'kubernetes' }, 'manifests', 'needs the manifests or kustomize input'],
    [
      { TARGET: 'kubernetes', KUSTOMIZE: 'k', HAS_APP_SECRETS: 'true' },
      'stack',
      'app-secrets with target kubernetes need the stack input',
    ],
    [
      { TARGET: 'kubernetes', MANIFESTS: 'k8s/', PROXY_SERVICE: 'edge_proxy' },
      'proxy-service',
      'proxy-service is an input of target swarm only',
    ],
    [
      { TARGET: 'kubernetes', MANIFESTS: 'k8s/', SWITCH_VARIABLE: 'UPSTREAM=x-{color}' },
      'switch-variable',
      'switch-variable is an input of target swarm only',
    ],
    [
      { TARGET: 'swarm', HOST: 'ssh://h', STACK: 's', SERVICE: 'web' },
      'service',
      'service is an input of target kubernetes only',
    ],
    [
      { TARGET: 'swarm', HOST: 'ssh://h', STACK: 's', CANARY_WEIGHT: '20' },
      'canary-weight',
      'canary-weight is an input of target kubernetes only',
    ],
    [
      { TARGET: 'swarm', HOST: 'ssh://h', STACK: 's', CANARY_DURATION: '1m' },
      'canary-duration',
      'canary-duration is an input of target kubernetes only',
    ],
  ])('refuses %j naming %s, before anything is deployed', (env, title, message) => {
    const r = runScript('deploy-plan.sh', { IMAGE: 'x/y', IMAGE_REF: REF, ...env });
    expect(r.code).toBe(1);
    expect(r.stdout).toContain(`::error title=${title}::`);
    expect(r.stdout).toContain(message);
    expect(r.outputs).toEqual({});
  });

  it('Kubernetes: a blue-green or canary strategy and its inputs pass to deploy-k8s (which checks them)', () => {
    for (const strategy of ['blue-green', 'canary'])
      expect(
        runScript('deploy-plan.sh', {
          TARGET: 'kubernetes',
          IMAGE: 'x/y',
          IMAGE_REF: '',
          MANIFESTS: 'k8s/',
          STRATEGY: strategy,
          SERVICE: 'web',
          CANARY_WEIGHT: strategy === 'canary' ? '25' : '',
          CHECK_ONLY: 'true',
        }),
      ).toMatchObject({ code: 0, outputs: {} });
  });

  it('CHECK_ONLY checks without an image and writes nothing', () => {
    expect(runScript('deploy-plan.sh', { ...swarm, IMAGE_REF: '', CHECK_ONLY: 'true' })).toMatchObject({
      code: 0,
      outputs: {},
    });
    expect(runScript('deploy-plan.sh', { ...swarm, IMAGE_REF: '' }).code).toBe(1);
  });
});

describe('pr-images.sh', () => {
  it.each([
    ['main', 'ghcr.io/acme/shop:main'],
    ['Feature/Login_v2', 'ghcr.io/acme/shop:feature-login_v2'],
    ['release/1.x.', 'ghcr.io/acme/shop:release-1.x'],
  ])('base branch %s gives baseline %s (as the build tags a branch)', (branch, baseline) => {
    const r = runScript('pr-images.sh', {
      TAGS: 'ghcr.io/acme/shop:pr-7\nghcr.io/acme/shop:sha-abc1234',
      IMAGE: 'ghcr.io/Acme/Shop',
      BASE_REF: branch,
    });
    expect(r.code).toBe(0);
    expect(r.outputs).toEqual({ pr: 'ghcr.io/acme/shop:pr-7', baseline });
  });

  it('an explicit baseline-image wins; no built tag is an error', () => {
    const r = runScript('pr-images.sh', {
      TAGS: 'a/b:pr-1',
      IMAGE: 'a/b',
      BASELINE: 'a/b:prod',
      BASE_REF: 'main',
    });
    expect(r.outputs.baseline).toBe('a/b:prod');
    expect(runScript('pr-images.sh', { TAGS: '', IMAGE: 'a/b', BASE_REF: 'main' }).code).toBe(1);
  });
});

describe('dockerignore-gantry.sh', () => {
  it('adds /.gantry to the ignore files when the context is the workspace root, and only then', () => {
    const ws = mkdtempSync(path.join(tmpdir(), 'gantry-ws-'));
    writeFileSync(path.join(ws, '.dockerignore'), 'node_modules');
    writeFileSync(path.join(ws, 'Dockerfile.dockerignore'), '*.md\n');
    const r = runScript('dockerignore-gantry.sh', { GITHUB_WORKSPACE: ws }, ['.', ''], ws);
    expect(r.code).toBe(0);
    expect(readFileSync(path.join(ws, '.dockerignore'), 'utf8')).toBe('node_modules\n/.gantry\n');
    expect(readFileSync(path.join(ws, 'Dockerfile.dockerignore'), 'utf8')).toBe('*.md\n/.gantry\n');
    const sub = path.join(ws, 'app');
    spawnSync('mkdir', [sub]);
    expect(runScript('dockerignore-gantry.sh', { GITHUB_WORKSPACE: ws }, ['app'], ws).code).toBe(0);
    expect(() => readFileSync(path.join(sub, '.dockerignore'))).toThrow();
  });
});
