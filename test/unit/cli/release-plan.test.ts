import { execFileSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { type AddressInfo, createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runGantry } from '../../helpers/gantry-cli.ts';

// `gantry plan`, and `gantry release` refusals that come before anything is contacted, run as a
// process from the source (no sandbox: the addresses, images and files are made up here; the docker,
// ssh, kubectl and trivy on PATH only leave a mark, except for the one test that runs the real ssh
// against a closed loopback port). The releases themselves run against
// the sandbox in test/e2e/release-cli.e2e.test.ts and test/e2e/release-cli-k8s.e2e.test.ts.

const root = path.resolve(import.meta.dirname, '../../..');
const run = Math.random().toString(36).slice(2, 7);
const stack = `cli-${run}`;
const work = mkdtempSync(path.join(tmpdir(), 'gantry-unit-cli-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const IMAGE = 'registry.example:5000/gantry/app';
const SSH_HOST = 'ssh://deploy@127.0.0.1:2222';
const file = (name: string, text: string): string => {
  const at = path.join(work, name);
  writeFileSync(at, text, { mode: 0o600 });
  return at;
};
// Values the configs read through ${…}, as the sandbox's `env` would give them.
const ENV = {
  GANTRY_APP_IMAGE: IMAGE,
  GANTRY_REGISTRY_USER: 'gantry',
  GANTRY_REGISTRY_PASSWORD_FILE: file('registry-password', 'not-a-real-password\n'),
  GANTRY_SSH_HOST: SSH_HOST,
  GANTRY_SSH_KEY: file(
    'deploy_ed25519',
    '-----BEGIN OPENSSH PRIVATE KEY-----\nnot-a-real-key\n-----END OPENSSH PRIVATE KEY-----\n',
  ),
  GANTRY_KNOWN_HOSTS: file(
    'known_hosts',
    '[127.0.0.1]:2222 ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIOMqqnkVzrm0SdG6UOoqKLsabgH5C9okWi0dh2l9GKJl\n',
  ),
};

/** A PATH whose docker, ssh, kubectl and trivy only leave a mark in `marks`; node and git are real. */
function markingPath(): { bin: string; marks: string } {
  const bin = path.join(work, 'bin');
  const marks = path.join(work, 'called');
  if (!existsSync(bin)) {
    mkdirSync(bin);
    for (const tool of ['docker', 'ssh', 'kubectl', 'trivy']) {
      writeFileSync(path.join(bin, tool), `#!/bin/sh\necho ${tool} >> ${marks}\nexit 1\n`);
      chmodSync(path.join(bin, tool), 0o755);
    }
    symlinkSync(process.execPath, path.join(bin, 'node'));
    // git stays: the plan reads the ref and commit for the tags (read-only).
    symlinkSync(
      execFileSync('sh', ['-c', 'command -v git'], { encoding: 'utf8' }).trim(),
      path.join(bin, 'git'),
    );
  }
  return { bin, marks };
}

function swarmConfig(port: number): string {
  file(
    'stack.yml',
    [
      'version: "3.8"',
      'services:',
      '  web:',
      '    image: ${GANTRY_IMAGE}',
      '    secrets:',
      '      - source: token',
      '        target: token',
      '    ports:',
      '      - target: 8080',
      '        published: ${WEB_PORT}',
      '        mode: host',
      '    deploy:',
      '      replicas: 1',
      'secrets:',
      '  token:',
      '    external: true',
      '    name: ${TOKEN_SECRET}',
      '',
    ].join('\n'),
  );
  return file(
    'gantry.yml',
    [
      'image: ${GANTRY_APP_IMAGE}',
      'registry:',
      '  username: ${GANTRY_REGISTRY_USER}',
      '  password: { file: "${GANTRY_REGISTRY_PASSWORD_FILE}" }',
      'build:',
      `  context: ${path.join(root, 'sandbox/images/app')}`,
      `  build-args: { VERSION: cli-${run} }`,
      'secrets:',
      '  values:',
      '    TOKEN: { env: E2E_TOKEN }',
      'smoke:',
      `  urls: ["http://127.0.0.1:${port}/health"]`,
      '  expect-json: { status: healthy }',
      '  timeout: 60s',
      'prune: { keep: 1 }',
      'targets:',
      '  sandbox:',
      '    swarm:',
      '      host: ${GANTRY_SSH_HOST}',
      '      ssh-key-file: ${GANTRY_SSH_KEY}',
      '      known-hosts-file: ${GANTRY_KNOWN_HOSTS}',
      `      stack: ${stack}`,
      '      stack-files: [stack.yml]',
      `      env: { WEB_PORT: "${port}" }`,
      '      timeout: 4m',
      '',
    ].join('\n'),
  );
}

describe('gantry plan / gantry release before anything is contacted', { timeout: 30_000 }, () => {
  it('gantry plan prints every stage and runs no docker, ssh or kubectl', async () => {
    const config = swarmConfig(18080);
    const { bin, marks } = markingPath();
    const result = await runGantry(['plan', '-c', config, '--target', 'sandbox', '--tag', `cli-${run}`], {
      ...ENV,
      PATH: bin,
      E2E_TOKEN: 'plan-value',
    });
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(existsSync(marks)).toBe(false);
    const out = result.stdout;
    expect(out).toContain('Plan for target sandbox (swarm):');
    expect(out).toMatch(
      /1\. build\n[\s\S]*2\. scan\n[\s\S]*3\. secrets\n[\s\S]*4\. deploy\n[\s\S]*5\. smoke\n[\s\S]*6\. prune\n/,
    );
    expect(out).toContain(`push ${IMAGE}:`);
    expect(out).toContain(`${IMAGE}:cli-${run}`);
    expect(out).toMatch(
      new RegExp(`TOKEN \\(from env E2E_TOKEN\\) -> ${stack}_TOKEN_[0-9a-f]{12} as \\$\\{TOKEN_SECRET\\}`),
    );
    expect(out).toContain(`docker stack deploy ${stack} on ${SSH_HOST} (Swarm)`);
    expect(out).toContain('GET http://127.0.0.1:18080/health');
    expect(out).toContain(`keep the 1 newest version(s) of each secret of stack ${stack}`);
    // Without the value, the content version cannot be computed and the plan says so.
    const noValue = await runGantry(['plan', '-c', config, '--tag', 'x'], {
      ...ENV,
      PATH: bin,
      E2E_TOKEN: '',
    });
    expect(noValue.code).toBe(0);
    expect(noValue.stdout).toContain(`${stack}_TOKEN_<version from content: value not available>`);
    expect(existsSync(marks)).toBe(false);
  });

  it('a bad config exits 2 with file:line:column and changes nothing', async () => {
    const bad = file(
      'bad.yml',
      'image: x\ntargets:\n  sandbox:\n    swarm:\n      host: ftp://x\n      stack: s\n      colour: red\n',
    );
    const { bin, marks } = markingPath();
    const result = await runGantry(['release', '-c', bad, '--target', 'sandbox'], { PATH: bin });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(
      'bad.yml:5:13: targets.sandbox.swarm.host: expected an ssh:// or unix:// address, got "ftp://x"',
    );
    expect(result.stderr).toContain('bad.yml:7:7: targets.sandbox.swarm.colour: unknown key');
    expect(existsSync(marks)).toBe(false);
  });

  it('an unreachable target names its config key (exit 2)', async () => {
    // The real ssh, against a loopback port that nothing listens on (bound, then closed).
    const closed = await new Promise<number>((resolve) => {
      const server = createServer().listen(0, '127.0.0.1', () => {
        const { port } = server.address() as AddressInfo;
        server.close(() => resolve(port));
      });
    });
    const result = await runGantry(
      ['release', '-c', swarmConfig(18080), '--target', 'sandbox', '--tag', 'x', '--dry-run'],
      { ...ENV, GANTRY_SSH_HOST: `ssh://deploy@127.0.0.1:${closed}`, E2E_TOKEN: 'unused' },
    );
    expect(result.code, result.stderr).toBe(2);
    expect(result.stderr).toMatch(
      new RegExp(
        `Input 'targets\\.sandbox\\.swarm\\.host': cannot reach deploy@\\[127\\.0\\.0\\.1\\]:${closed} `,
      ),
    );
  });

  it('gantry plan shows the Kubernetes secrets and prune stages, and runs no kubectl', async () => {
    const namespace = `gantry-rel-${run}`;
    const kstack = `rel-${run}`;
    file('deployment.yaml', 'apiVersion: apps/v1\nkind: Deployment\nmetadata: { name: web }\n');
    const kubeconfig = file(
      'kubeconfig',
      [
        'apiVersion: v1',
        'kind: Config',
        "clusters: [{name: c, cluster: {server: 'https://127.0.0.1:16443'}}]",
        'users: [{name: u, user: {token: not-a-real-token}}]',
        'contexts: [{name: x, context: {cluster: c, user: u}}]',
        'current-context: x',
        '',
      ].join('\n'),
    );
    const config = file(
      'gantry-k8s.yml',
      [
        'image: ${GANTRY_APP_IMAGE}',
        'registry:',
        '  username: ${GANTRY_REGISTRY_USER}',
        '  password: { file: "${GANTRY_REGISTRY_PASSWORD_FILE}" }',
        'scan: { enabled: false }',
        'secrets:',
        '  values:',
        '    TOKEN: { env: E2E_TOKEN }',
        'prune: { keep: 1 }',
        'targets:',
        '  cluster:',
        '    kubernetes:',
        `      kubeconfig: ${kubeconfig}`,
        `      namespace: ${namespace}`,
        `      stack: ${kstack}`,
        '      manifests: [deployment.yaml]',
        '      env: { PROGRESS_DEADLINE: "40" }',
        '      timeout: 3m',
        '',
      ].join('\n'),
    );
    const { bin, marks } = markingPath();
    const plan = await runGantry(['plan', '-c', config, '--skip-build', '--tag', 'v1'], {
      ...ENV,
      PATH: bin,
      E2E_TOKEN: 'plan-value',
    });
    expect(plan.stderr).toBe('');
    expect(plan.code).toBe(0);
    expect(existsSync(marks)).toBe(false);
    expect(plan.stdout).toMatch(
      new RegExp(`TOKEN \\(from env E2E_TOKEN\\) -> ${kstack}-token-[0-9a-f]{12} as \\$\\{TOKEN_SECRET\\}`),
    );
    expect(plan.stdout).toContain(
      `the tag is resolved to its digest in the registry before anything is deployed: ${IMAGE}@<digest of :v1>`,
    );
    expect(plan.stdout).toContain(`containers with image ${IMAGE} -> ${IMAGE}@<digest of :v1>`);
    expect(plan.stdout).toContain(`immutable Secrets in namespace ${namespace}`);
    expect(plan.stdout).toContain(
      `keep the 1 newest version(s) of each Secret of stack ${kstack} in namespace ${namespace}`,
    );
  });
});
