import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { runGantry } from '../helpers/gantry-cli.ts';
import { writeFaultRecord } from './helpers/fault-record.ts';
import { probeAvailability } from './helpers/fault2-probe.ts';
import { type FaultProxy, startFaultProxy } from './helpers/fault2-registry-proxy.ts';
import { localDocker, removeReleasedStack, sandboxVar } from './helpers/sandbox-docker.ts';

// The registry fails during a push, for real: `gantry release` builds the sandbox app and pushes it
// through a fault-injecting proxy on loopback in front of the sandbox registry (connection resets
// mid-upload, 500s, a stalled request). Transient faults: retried with backoff (docker's own layer
// retries, then Gantry's push retries), the release deployed. A push that cannot complete (every
// manifest PUT refused): the build fails, nothing is deployed, and the registry (asked directly,
// not through the proxy) has no such tag: no tag of the release points at a partial image.

const root = path.resolve(import.meta.dirname, '../..');
const run = Math.random().toString(36).slice(2, 7);
const stack = `fault2-reg-${run}`;
const repository = `fault2/app-${run}`;
const proxyPort = 18340 + Math.floor(Math.random() * 10);
const appPort = 18350 + Math.floor(Math.random() * 10);
const unavailable = inject('gantrySandboxUnavailable');
const work = mkdtempSync(path.join(tmpdir(), 'gantry-e2e-fault2-reg-'));
const tmp = path.join(work, 'tmp');

function writeConfig(version: string): string {
  writeFileSync(
    path.join(work, 'stack.yml'),
    [
      'version: "3.8"',
      'services:',
      '  web:',
      '    image: ${GANTRY_IMAGE}',
      '    ports:',
      '      - target: 8080',
      '        published: ${WEB_PORT}',
      '        mode: host',
      '    deploy:',
      '      replicas: 1',
      '      update_config: { order: stop-first, failure_action: pause, monitor: 2s }',
      '',
    ].join('\n'),
  );
  const file = path.join(work, `gantry-${version}.yml`);
  writeFileSync(
    file,
    [
      `image: 127.0.0.1:${proxyPort}/${repository}`,
      'registry:',
      '  username: ${GANTRY_REGISTRY_USER}',
      '  password: { file: "${GANTRY_REGISTRY_PASSWORD_FILE}" }',
      'build:',
      `  context: ${path.join(root, 'sandbox/images/app')}`,
      `  build-args: { VERSION: ${version} }`,
      'targets:',
      '  sandbox:',
      '    swarm:',
      '      host: ${GANTRY_SSH_HOST}',
      '      ssh-key-file: ${GANTRY_SSH_KEY}',
      '      known-hosts-file: ${GANTRY_KNOWN_HOSTS}',
      `      stack: ${stack}`,
      '      stack-files: [stack.yml]',
      `      env: { WEB_PORT: "${appPort}" }`,
      '      timeout: 2m',
      '',
    ].join('\n'),
  );
  return file;
}

const release = (version: string) =>
  runGantry(['release', '-c', writeConfig(version), '--target', 'sandbox', '--tag', version], {
    TMPDIR: tmp,
  });

/** The registry's own answer for a tag's manifest (not through the proxy): status and digest. */
async function tagStatus(tag: string): Promise<string> {
  const user = sandboxVar('GANTRY_REGISTRY_USER');
  const password = readFileSync(sandboxVar('GANTRY_REGISTRY_PASSWORD_FILE'), 'utf8').trim();
  const response = await fetch(`http://${sandboxVar('GANTRY_REGISTRY')}/v2/${repository}/manifests/${tag}`, {
    method: 'HEAD',
    headers: {
      authorization: `Basic ${Buffer.from(`${user}:${password}`).toString('base64')}`,
      accept:
        'application/vnd.docker.distribution.manifest.v2+json, application/vnd.oci.image.manifest.v1+json',
    },
  });
  return `${response.status} ${response.headers.get('docker-content-digest') ?? ''}`.trim();
}

const version = async (): Promise<string> =>
  fetch(`http://127.0.0.1:${appPort}/version`, { signal: AbortSignal.timeout(2000) }).then((r) => r.text());

/** Deletes every tag of the test's repository from the sandbox registry (through its API, directly). */
async function deleteRepositoryTags(): Promise<void> {
  const registry = `http://${sandboxVar('GANTRY_REGISTRY')}/v2/${repository}`;
  const user = sandboxVar('GANTRY_REGISTRY_USER');
  const password = readFileSync(sandboxVar('GANTRY_REGISTRY_PASSWORD_FILE'), 'utf8').trim();
  const headers = {
    authorization: `Basic ${Buffer.from(`${user}:${password}`).toString('base64')}`,
    accept:
      'application/vnd.docker.distribution.manifest.v2+json, application/vnd.oci.image.manifest.v1+json',
  };
  const list = await fetch(`${registry}/tags/list`, { headers });
  const tags = list.ok ? (((await list.json()) as { tags?: string[] | null }).tags ?? []) : [];
  for (const tag of tags) {
    const head = await fetch(`${registry}/manifests/${tag}`, { method: 'HEAD', headers });
    const digest = head.headers.get('docker-content-digest');
    if (digest !== null) await fetch(`${registry}/manifests/${digest}`, { method: 'DELETE', headers });
  }
}

afterAll(async () => {
  if (unavailable) return;
  try {
    removeReleasedStack(stack);
    const local = localDocker(
      'images',
      '--format',
      '{{.Repository}}:{{.Tag}}',
      `127.0.0.1:${proxyPort}/${repository}`,
    );
    if (local !== '') localDocker('image', 'rm', '-f', ...local.split('\n'));
    await deleteRepositoryTags();
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
});

describe.skipIf(unavailable)('fault: the registry fails during a push', () => {
  let proxy: FaultProxy;

  beforeAll(async () => {
    mkdirSync(tmp);
    const [, upstream] = sandboxVar('GANTRY_REGISTRY').split(':');
    proxy = await startFaultProxy(Number(upstream), proxyPort);
  });

  afterAll(async () => proxy?.close());

  it('resets, a 500 and a stall on the way: retried with backoff, the release deployed', async () => {
    proxy.setRules([
      { method: 'PATCH', path: /\/blobs\/uploads\//, fault: 'reset', times: 1 },
      { method: 'PUT', path: /\/manifests\//, fault: '500', times: 1 },
      { method: 'PUT', path: /\/manifests\//, fault: 'stall', times: 1, stallMs: 3000 },
    ]);
    const started = Date.now();
    const r1 = await release('r1');
    const elapsed = Date.now() - started;
    const faults = proxy.log.filter((l) => /-> (reset|500|stall)$/.test(l));
    expect(faults).toEqual([
      expect.stringMatching(/^PATCH .*\/blobs\/uploads\/.* -> reset$/),
      expect.stringMatching(/^PUT .*\/manifests\/\S+ -> 500$/),
      expect.stringMatching(/^PUT .*\/manifests\/\S+ -> stall$/),
    ]);
    expect(r1.code, r1.stdout + r1.stderr).toBe(0);
    expect(r1.stdout + r1.stderr).toMatch(
      /registry busy or unreachable \(attempt 1 of \d\); retrying in \d+ ms/,
    );
    expect(r1.stdout + r1.stderr).toMatch(
      /registry busy or unreachable \(attempt 2 of \d\); retrying in \d+ ms/,
    );
    expect(r1.stdout).toContain(`deployed: stack ${stack} converged`);
    expect(await tagStatus('r1')).toMatch(/^200 sha256:[0-9a-f]{64}$/);
    expect(await version()).toBe('r1');
    expect(readdirSync(tmp)).toEqual([]);
    writeFaultRecord({
      id: 'fault2-registry-transient',
      fault: 'Registry faults during a push (transient)',
      injected:
        'loopback proxy: a blob upload reset, a manifest PUT answered 500, a manifest PUT stalled 3 s then reset',
      verdict: `exit ${r1.code}: pushed after retries, deployed`,
      timeToVerdictMs: elapsed,
      leftBehind: readdirSync(tmp),
    });
  }, 240_000);

  it('a push that cannot complete: the build fails, nothing is deployed, the tag does not exist', async () => {
    const spec = () =>
      localDocker(
        'service',
        'inspect',
        `${stack}_web`,
        '--format',
        '{{.Spec.TaskTemplate.ContainerSpec.Image}}',
      );
    const before = spec();
    // Every tag the release pushes (the version's and the branch's): what each points at before.
    const tags = [
      'r2',
      ...new Set(
        proxy.log
          .map((l) => /^PUT \S+\/manifests\/(\S+) -> 201$/.exec(l)?.[1])
          .filter((t): t is string => t !== undefined && t !== 'r1'),
      ),
    ];
    const tagsBefore = await Promise.all(tags.map(tagStatus));
    expect(tagsBefore[0]).toBe('404');
    proxy.setRules([{ method: 'PUT', path: /\/manifests\//, fault: '500', times: Number.POSITIVE_INFINITY }]);
    const probe = probeAvailability(`http://127.0.0.1:${appPort}/health`);
    const started = Date.now();
    const r2 = await release('r2');
    const elapsed = Date.now() - started;
    const availability = await probe.stop();
    expect(r2.code, r2.stdout + r2.stderr).not.toBe(0);
    expect(r2.stdout).toMatch(/✘ build .*docker push \S+ exited with code 1/);
    expect(r2.stderr).toContain('500 Internal Server Error');
    expect(r2.stderr).toMatch(/registry busy or unreachable \(attempt 3 of 4\)/);
    expect(r2.stdout).not.toMatch(/[✔✘↺] deploy/);
    expect(proxy.log.filter((l) => /^PUT .*\/manifests\/\S+ -> 500$/.test(l)).length).toBeGreaterThanOrEqual(
      4,
    );
    expect(spec()).toBe(before);
    expect(await version()).toBe('r1');
    expect(await Promise.all(tags.map(tagStatus))).toEqual(tagsBefore);
    expect(readdirSync(tmp)).toEqual([]);
    writeFaultRecord({
      id: 'fault2-registry-down',
      fault: 'Registry refuses every manifest PUT',
      injected: 'loopback proxy: every manifest PUT answered 500',
      verdict: `exit ${r2.code}: build failed after bounded retries; nothing deployed; tag absent in the registry`,
      timeToVerdictMs: elapsed,
      availability,
      leftBehind: readdirSync(tmp),
    });
  }, 240_000);
});
