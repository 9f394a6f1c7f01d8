import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { runGantry } from '../helpers/gantry-cli.ts';
import { freePort } from './helpers/free-port.ts';
import { sandboxAppDigest } from './helpers/registry-digest.ts';
import { localDocker, removeReleasedStack, sandboxVar } from './helpers/sandbox-docker.ts';

// `gantry history` and `gantry rollback` on the sandbox's real Swarm over real SSH: three releases
// (one built, two --skip-build of the sandbox's v1 and v2), each with a new version of a secret read
// from a file; the record read back from the target; a rollback to the first release (its digest
// and its secret version); and a rollback refused once a prune removed that secret version.

const env = sandboxVar;
const root = path.resolve(import.meta.dirname, '../..');
const run = Math.random().toString(36).slice(2, 7);
const stack = `e2e-hist-${run}`;
const first = `h1-${run}`;
const unavailable = inject('gantrySandboxUnavailable');
const work = mkdtempSync(path.join(tmpdir(), 'gantry-e2e-history-'));

function writeConfig(port: number): string {
  writeFileSync(
    path.join(work, 'stack.yml'),
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
      '      update_config: { order: stop-first, failure_action: pause, monitor: 4s }',
      'secrets:',
      '  token:',
      '    external: true',
      '    name: ${TOKEN_SECRET}',
      '',
    ].join('\n'),
  );
  const file = path.join(work, 'gantry.yml');
  writeFileSync(
    file,
    [
      'image: ${GANTRY_APP_IMAGE}',
      'registry:',
      '  username: ${GANTRY_REGISTRY_USER}',
      '  password: { file: "${GANTRY_REGISTRY_PASSWORD_FILE}" }',
      'build:',
      `  context: ${path.join(root, 'sandbox/images/app')}`,
      `  build-args: { VERSION: ${first} }`,
      'secrets:',
      '  values:',
      '    TOKEN: { file: token.txt }',
      'smoke:',
      `  urls: ["http://127.0.0.1:${port}/health"]`,
      '  expect-json: { status: healthy }',
      '  timeout: 60s',
      'prune: { keep: 10 }',
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
      '      no-progress-timeout: 3m',
      '',
    ].join('\n'),
  );
  return file;
}

afterAll(() => {
  if (unavailable) return;
  try {
    removeReleasedStack(stack);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
});

interface HistoryJson {
  target: string;
  kind: string;
  releases: Array<{
    tag: string;
    verdict: string;
    at: string;
    by: string;
    images: Record<string, string>;
    secrets: Record<string, string>;
    rollbackTo: string | null;
  }>;
}

describe.skipIf(unavailable)('gantry history / gantry rollback on the sandbox Swarm', () => {
  let config = '';
  let port = 0;
  const image = () => env('GANTRY_APP_IMAGE');
  const serviceImage = () =>
    localDocker(
      'service',
      'inspect',
      `${stack}_web`,
      '--format',
      '{{.Spec.TaskTemplate.ContainerSpec.Image}}',
    );
  const serviceSecret = () =>
    localDocker(
      'service',
      'inspect',
      `${stack}_web`,
      '--format',
      '{{range .Spec.TaskTemplate.ContainerSpec.Secrets}}{{.SecretName}}{{end}}',
    );
  const gantry = async (args: string[], code: number) => {
    const result = await runGantry([...args, '-c', config, '--target', 'sandbox']);
    expect(result.code, result.stdout + result.stderr).toBe(code);
    return result;
  };
  const history = async (): Promise<HistoryJson> =>
    JSON.parse((await gantry(['history', '--json'], 0)).stdout) as HistoryJson;
  const release = async (token: string, args: string[]) => {
    writeFileSync(path.join(work, 'token.txt'), token);
    await gantry(['release', ...args], 0);
  };

  beforeAll(async () => {
    port = await freePort();
    config = writeConfig(port);
  });

  it('records three releases on the target and lists them newest first, with digests', async () => {
    expect((await history()).releases).toEqual([]);
    await release(`one-${run}`, ['--tag', first]);
    await release(`two-${run}`, ['--skip-build', '--tag', 'v1']);
    await release(`three-${run}`, ['--skip-build', '--tag', 'v2']);
    const recorded = await history();
    expect(recorded.kind).toBe('swarm');
    expect(recorded.releases.map((r) => r.tag)).toEqual(['v2', 'v1', first]);
    expect(recorded.releases.map((r) => r.verdict)).toEqual(['deployed', 'deployed', 'deployed']);
    const key = Object.keys(recorded.releases[0]?.images ?? {})[0] ?? '';
    expect(recorded.releases[0]?.images[key]).toBe(`${image()}@${await sandboxAppDigest('v2')}`);
    expect(recorded.releases[1]?.images[key]).toBe(`${image()}@${await sandboxAppDigest('v1')}`);
    expect(recorded.releases[2]?.images[key]).toMatch(new RegExp(`^${image()}@sha256:[0-9a-f]{64}$`));
    const versions = recorded.releases.map((r) => r.secrets.TOKEN);
    expect(new Set(versions).size).toBe(3);
    for (const v of versions) expect(v).toMatch(new RegExp(`^${stack}_TOKEN_[0-9a-f]{12}$`));
    const text = await gantry(['history'], 0);
    expect(text.stdout).toContain('3 releases, newest first');
    expect(text.stdout.indexOf(' v2 ')).toBeLessThan(text.stdout.indexOf(` ${first} `));
  });

  it('rolls back to the first release: its digest and its secret version (exit 0), recorded', async () => {
    const entry = (await history()).releases.find((r) => r.tag === first);
    const ref = Object.values(entry?.images ?? {})[0];
    const out = await gantry(['rollback', '--to', first], 0);
    expect(out.stderr).toContain(`rolled back to ${first}`);
    expect(out.stdout).toContain('skipped: a rollback prunes nothing');
    expect(serviceImage()).toBe(ref);
    expect(serviceSecret()).toBe(entry?.secrets.TOKEN);
    const health = await fetch(`http://127.0.0.1:${port}/health`).then((r) => r.json());
    expect(health).toEqual({ status: 'healthy', version: first });
    const after = await history();
    expect(after.releases[0]).toMatchObject({ tag: first, verdict: 'deployed', rollbackTo: first });
    expect(after.releases[0]?.secrets).toEqual(entry?.secrets);
  });

  it('refuses (exit 2, nothing changed) once a prune removed the secret version it needs', async () => {
    const entry = (await history()).releases.find((r) => r.tag === first && r.rollbackTo === null);
    const needed = entry?.secrets.TOKEN ?? '';
    // Two more deploys so that neither the service's spec nor its previous spec uses the first version.
    await gantry(['rollback', '--to', 'v2'], 0);
    await gantry(['rollback', '--to', 'v1'], 0);
    const pruned = await runGantry([
      'prune',
      '--stack',
      stack,
      '--keep',
      '1',
      '--host',
      env('GANTRY_SSH_HOST'),
      '--ssh-key',
      env('GANTRY_SSH_KEY'),
      '--known-hosts',
      env('GANTRY_KNOWN_HOSTS'),
    ]);
    expect(pruned.code, pruned.stderr).toBe(0);
    expect(pruned.stdout).toContain(needed);
    const before = {
      image: serviceImage(),
      secret: serviceSecret(),
      entries: (await history()).releases.length,
    };
    const refused = await gantry(['rollback', '--to', first], 2);
    expect(refused.stderr).toContain(`Option '--to': release ${first} used secret version ${needed}`);
    expect(refused.stderr).toContain('removed by a prune');
    expect({
      image: serviceImage(),
      secret: serviceSecret(),
      entries: (await history()).releases.length,
    }).toEqual(before);
  });
});
