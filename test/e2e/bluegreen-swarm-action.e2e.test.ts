import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { type BundleRun, runActionBundle } from '../helpers/run-action-bundle.ts';
import { until } from './helpers/poll.ts';
import { startRequestLoop } from './helpers/request-loop.ts';
import { localDocker, sandboxVar } from './helpers/sandbox-docker.ts';
import { useBlueGreenProxy } from './helpers/swarm-bluegreen-proxy.ts';

// Blue-green through the deploy-swarm bundle, run as GitHub's runner runs it (INPUT_*, GITHUB_OUTPUT,
// then post), on the sandbox Swarm over SSH: the same proxy set-up as bluegreen-swarm.e2e.test.ts (the
// sandbox's HAProxy image: a `switch` proxy Gantry updates, behind an `edge` on the host-mode port that
// stands in for the routing mesh). A request loop from outside runs through every switch and must see no
// failure. The release action with a gantry.yml blue-green target (the images pinned, as release.yml
// runs it) switches the same stack too. Then keep-previous: a deploy that keeps the old colour 5 s, and
// `switch: expire` and `switch: back` once that time is up.

const unavailable = inject('gantrySandboxUnavailable');
const run = Math.random().toString(36).slice(2, 7);
const stack = `bga-${run}`;
const port = 18600 + Math.floor(Math.random() * 50);
const { work, network, proxyService, labels, colorRuns } = useBlueGreenProxy({
  stack,
  port,
  workPrefix: 'gantry-e2e-bga-',
  unavailable,
  setUp: () => {
    writeFiles();
    writeConfig();
  },
});
const url = (p: string) => `http://127.0.0.1:${port}${p}`;

function writeFiles(): void {
  writeFileSync(
    path.join(work, 'app.yml'),
    [
      'version: "3.8"',
      'services:',
      '  web:',
      '    image: ${GANTRY_IMAGE}',
      '    environment: { APP_VERSION: "${APP_VERSION}" }',
      '    networks: [bg]',
      '    deploy:',
      '      endpoint_mode: dnsrr',
      '      replicas: 2',
      '      update_config: { order: start-first, monitor: 2s }',
      'networks:',
      '  bg:',
      '    external: true',
      `    name: ${network}`,
      '',
    ].join('\n'),
  );
}

/** gantry.yml for the release action: the same stack, proxy and checks, as a blue-green target. */
function writeConfig(): void {
  writeFileSync(
    path.join(work, 'gantry.yml'),
    [
      `image: ${sandboxVar('GANTRY_APP_IMAGE')}`,
      'scan: { enabled: false }',
      'smoke:',
      `  urls: ["${url('/health')}"]`,
      '  expect-json: { status: healthy }',
      // Generous: the proxy finds a new colour by DNS, which a loaded machine makes slow; a pass is not slower.
      '  timeout: 60s',
      'targets:',
      '  sandbox:',
      '    swarm:',
      `      host: ${sandboxVar('GANTRY_SSH_HOST')}`,
      `      stack: ${stack}`,
      '      stack-files: [app.yml]',
      '      env: { APP_VERSION: v4 }',
      '      timeout: 3m',
      '      no-progress-timeout: 90s',
      '      strategy: blue-green',
      `      proxy-service: ${proxyService}`,
      `      switch-variable: UPSTREAM=${stack}-{color}_web`,
      `      preview-urls: ["${url('/preview/{color}/health')}"]`,
      '',
    ].join('\n'),
  );
}

/** The deploy-swarm inputs of this stack; `extra` adds or overrides inputs. */
const inputs = (extra: Record<string, string>): Record<string, string> => ({
  host: sandboxVar('GANTRY_SSH_HOST'),
  'ssh-key': readFileSync(sandboxVar('GANTRY_SSH_KEY'), 'utf8'),
  'known-hosts': readFileSync(sandboxVar('GANTRY_KNOWN_HOSTS'), 'utf8'),
  stack,
  'compose-file': path.join(work, 'app.yml'),
  timeout: '3m',
  'no-progress-timeout': '90s',
  strategy: 'blue-green',
  'proxy-service': proxyService,
  'switch-variable': `UPSTREAM=${stack}-{color}_web`,
  'preview-urls': url('/preview/{color}/health'),
  'smoke-urls': url('/health'),
  'smoke-expect-json': '{"status":"healthy"}',
  'smoke-timeout': '60s',
  ...extra,
});
const action = (extra: Record<string, string>): Promise<BundleRun> =>
  runActionBundle('deploy-swarm', { inputs: inputs(extra), timeoutMs: 300_000 });
/** A deploy of the sandbox app's image `tag`, answering /version with `release`. */
const deploy = (tag: string, release: string, extra: Record<string, string> = {}) =>
  action({
    env: `GANTRY_IMAGE=${sandboxVar('GANTRY_APP_IMAGE')}:${tag}\nAPP_VERSION=${release}`,
    ...extra,
  });

const version = () => fetch(url('/version')).then((r) => r.text());
const locks = () =>
  localDocker('config', 'ls', '--filter', `name=gantry-lock-${stack}`, '--format', '{{.Name}}');
const colors = (r: BundleRun) => [r.outputs.status, r.outputs['live-color'], r.outputs['previous-color']];

describe.skipIf(unavailable)('blue-green through the deploy-swarm action on the sandbox Swarm', () => {
  const loop = { current: undefined as ReturnType<typeof startRequestLoop> | undefined };
  afterAll(async () => {
    await loop.current?.stop();
  });

  it('deploys blue first, then green beside it, switched with 0 failed requests; outputs name the colours', async () => {
    const first = await deploy('v1', 'v1');
    expect(first.exitCode, first.stdout + first.stderr).toBe(0);
    expect(colors(first)).toEqual(['deployed', 'blue', '']);
    expect(await version()).toBe('v1');
    loop.current = startRequestLoop(url('/version'));
    const second = await deploy('v2', 'v2');
    expect(second.exitCode, second.stdout).toBe(0);
    expect(colors(second)).toEqual(['deployed', 'green', 'blue']);
    expect(second.outputs.message).toMatch(new RegExp(`routes to ${stack}-green; blue kept running until`));
    expect(second.stdout).toContain(url('/preview/green/health'));
    expect(JSON.parse(second.outputs.services ?? '[]').map((s: { name: string }) => s.name)).toEqual([
      `${stack}-green_web`,
    ]);
    expect(await version()).toBe('v2');
    expect(colorRuns('blue')).toBe(true);
    expect(locks()).toBe('');
    const seen = loop.current.mark();
    expect(seen.failures).toEqual([]);
    expect(seen.bodies.get('v1')).toBeGreaterThan(0);
    expect(seen.bodies.get('v2')).toBeGreaterThan(0);
  });

  it('switch: back points the proxy at blue at once (nothing deployed): 0 failed requests', async () => {
    // Stack files that do not exist: a switch reads none.
    const back = await action({ switch: 'back', 'compose-file': 'missing.yml' });
    expect(back.exitCode, back.stdout).toBe(0);
    expect(colors(back)).toEqual(['switched-back', 'blue', 'green']);
    expect(await version()).toBe('v1');
    expect(labels()).toMatchObject({ 'gantry.bluegreen.live': 'blue', 'gantry.bluegreen.previous': 'green' });
    expect(back.post?.exitCode).toBe(0);
    const seen = loop.current?.mark();
    expect(seen?.failures).toEqual([]);
    expect(seen?.bodies.get('v1')).toBeGreaterThan(0);
  });

  it('the release action with a gantry.yml blue-green target deploys green and switches to it', async () => {
    const pinned = localDocker(
      'image',
      'inspect',
      '--format',
      '{{index .RepoDigests 0}}',
      `${sandboxVar('GANTRY_APP_IMAGE')}:v2`,
    );
    expect(pinned).toMatch(/@sha256:[0-9a-f]{64}$/);
    const r = await runActionBundle('release', {
      inputs: {
        config: 'gantry.yml',
        images: JSON.stringify({ app: pinned }),
        'skip-scan': 'true',
        'ssh-key': readFileSync(sandboxVar('GANTRY_SSH_KEY'), 'utf8'),
        'known-hosts': readFileSync(sandboxVar('GANTRY_KNOWN_HOSTS'), 'utf8'),
      },
      env: { GITHUB_WORKSPACE: work },
      timeoutMs: 300_000,
    });
    expect(r.exitCode, r.stdout + r.stderr).toBe(0);
    expect(r.outputs.status).toBe('deployed');
    expect(r.stdout).toContain(`${proxyService} routes to ${stack}-green; blue kept running until`);
    expect(r.stdout).toContain(url('/preview/green/health'));
    expect(await version()).toBe('v4');
    expect(labels()).toMatchObject({ 'gantry.bluegreen.live': 'green', 'gantry.bluegreen.previous': 'blue' });
    const seen = loop.current?.mark();
    expect(seen?.failures).toEqual([]);
    expect(seen?.bodies.get('v4')).toBeGreaterThan(0);
  });

  it('a bad strategy input is refused naming it, before anything is contacted: the proxy is untouched', async () => {
    const before = labels();
    const bad = await action({ switch: 'back', 'switch-variable': 'UPSTREAM=shop_web' });
    expect(bad.exitCode).toBe(1);
    expect(bad.outputs.status).toBe('failed');
    expect(bad.stdout).toContain("Input 'switch-variable': the value must hold {color}");
    expect(labels()).toEqual(before);
  });

  it('keep-previous 5s: switch: expire removes the old colour once its time is up, then switch: back is refused', async () => {
    const third = await deploy('v2', 'v3', { 'keep-previous': '5s' });
    expect(third.exitCode, third.stdout).toBe(0);
    expect(colors(third)).toEqual(['deployed', 'blue', 'green']);
    expect(await version()).toBe('v3');
    const until_ = Date.parse(labels()['gantry.bluegreen.previous-until'] ?? '');
    expect(Number.isNaN(until_)).toBe(false);
    // Gantry runs no timer: the old colour runs until a Gantry run finds its time up.
    await until('keep-previous to run out', () => Date.now() > until_ + 500, 30_000);
    expect(colorRuns('green')).toBe(true);
    const expire = await action({ switch: 'expire' });
    expect(expire.exitCode, expire.stdout).toBe(0);
    expect(colors(expire)).toEqual(['removed', 'blue', 'green']);
    expect(colorRuns('green')).toBe(false);
    const refused = await action({ switch: 'back' });
    expect(refused.exitCode).toBe(1);
    expect(refused.outputs.status).toBe('failed');
    expect(refused.outputs.message).toContain(
      'cannot switch back: the previous colour (green) no longer runs',
    );
    expect(await version()).toBe('v3');
    expect(locks()).toBe('');
    const seen = await loop.current?.stop();
    expect(seen?.failures).toEqual([]);
    expect(seen?.ok).toBeGreaterThan(0);
  });
});
