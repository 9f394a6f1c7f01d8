import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { runGantry } from '../helpers/gantry-cli.ts';
import { until } from './helpers/poll.ts';
import { startRequestLoop } from './helpers/request-loop.ts';
import { useBlueGreenProxy } from './helpers/swarm-bluegreen-proxy.ts';

// Blue-green through `gantry release` on the sandbox Swarm over SSH. The app runs as two stacks,
// bg-…-blue and bg-…-green; a proxy (the sandbox's HAProxy image, role switch) routes / to the
// colour its UPSTREAM names and /preview/<colour>/ to each colour, behind an edge HAProxy that owns
// the host-mode published port (the sandbox has no routing mesh; the edge stands in for it, so the
// switch proxy can be replaced start-first). A request loop from outside (this process, a new
// connection per request) runs through every switch and switch-back and must see no failure.

const unavailable = inject('gantrySandboxUnavailable');
const run = Math.random().toString(36).slice(2, 7);
const stack = `bg-${run}`;
const port = 18400 + Math.floor(Math.random() * 100);
const { work, network, proxyService, labels, colorRuns } = useBlueGreenProxy({
  stack,
  port,
  workPrefix: 'gantry-e2e-bg-',
  unavailable,
  setUp: () => {
    writeFiles();
    writeConfig();
  },
});
const url = (p: string) => `http://127.0.0.1:${port}${p}`;

function writeFiles(): void {
  const net = ['networks:', '  bg:', '    external: true', '    name: ${BG_NET}', ''];
  writeFileSync(
    path.join(work, 'app.yml'),
    [
      'version: "3.8"',
      'services:',
      '  web:',
      '    image: ${GANTRY_IMAGE}',
      '    networks: [bg]',
      '    deploy:',
      '      endpoint_mode: dnsrr',
      '      replicas: 2',
      '      update_config: { order: start-first, monitor: 2s }',
      ...net,
    ].join('\n'),
  );
  // A service that answers /version but fails /health: where a wrong switch-variable points.
  writeFileSync(
    path.join(work, 'decoy.yml'),
    [
      'version: "3.8"',
      'services:',
      '  decoy:',
      '    image: ${GANTRY_IMAGE}',
      '    environment: { APP_BROKEN: "true" }',
      '    healthcheck: { disable: true }',
      '    networks: [bg]',
      '    deploy: { endpoint_mode: dnsrr, replicas: 1 }',
      ...net,
    ].join('\n'),
  );
}

/** gantry.yml: blue-green with the proxy of helpers/swarm-bluegreen-proxy.ts; `variable` and `files` vary for the fault cases. */
function writeConfig(variable = `UPSTREAM=${stack}-{color}_web`, files = ['app.yml']): string {
  const file = path.join(work, 'gantry.yml');
  writeFileSync(
    file,
    [
      'image: ${GANTRY_APP_IMAGE}',
      'registry:',
      '  username: ${GANTRY_REGISTRY_USER}',
      '  password: { file: "${GANTRY_REGISTRY_PASSWORD_FILE}" }',
      'smoke:',
      `  urls: ["${url('/health')}"]`,
      '  expect-json: { status: healthy }',
      '  timeout: 15s',
      'targets:',
      '  sandbox:',
      '    swarm:',
      '      host: ${GANTRY_SSH_HOST}',
      '      ssh-key-file: ${GANTRY_SSH_KEY}',
      '      known-hosts-file: ${GANTRY_KNOWN_HOSTS}',
      `      stack: ${stack}`,
      `      stack-files: [${files.join(', ')}]`,
      `      env: { BG_NET: ${network} }`,
      '      timeout: 3m',
      '      no-progress-timeout: 90s',
      '      strategy: blue-green',
      `      proxy-service: ${proxyService}`,
      `      switch-variable: ${variable}`,
      `      preview-urls: ["${url('/preview/{color}/health')}"]`,
      '      keep-previous: 10m',
      '',
    ].join('\n'),
  );
  return file;
}

const release = (tag: string) =>
  runGantry([
    'release',
    '-c',
    path.join(work, 'gantry.yml'),
    '--target',
    'sandbox',
    '--skip-build',
    '--tag',
    tag,
  ]);
const version = () => fetch(url('/version')).then((r) => r.text());

describe.skipIf(unavailable)('blue-green on the sandbox Swarm (gantry release, gantry switch back)', () => {
  const loop = { current: undefined as ReturnType<typeof startRequestLoop> | undefined };
  /** Requests answered in the phases already checked (for the closing line). */
  const total = { ok: 0 };
  afterAll(async () => {
    await loop.current?.stop();
  });

  it('the first release deploys blue and points the proxy at it', async () => {
    const first = await release('v1');
    expect(first.code, first.stdout + first.stderr).toBe(0);
    expect(first.stdout).toContain(`${proxyService} routes to ${stack}-blue`);
    expect(labels()).toMatchObject({ 'gantry.bluegreen.live': 'blue' });
    expect(await version()).toBe('v1');
  });

  it('a release deploys green beside blue, checks its preview URL, switches: 0 failed requests', async () => {
    loop.current = startRequestLoop(url('/version'));
    const second = await release('v2');
    expect(second.code, second.stdout + second.stderr).toBe(0);
    expect(second.stderr).toContain(`GET ${url('/preview/green/health')}`);
    expect(second.stdout).toMatch(new RegExp(`routes to ${stack}-green; blue kept running until`));
    expect(await version()).toBe('v2');
    expect(colorRuns('blue')).toBe(true);
    const seen = loop.current.mark();
    total.ok += seen.ok;
    expect(seen.failures).toEqual([]);
    expect(seen.bodies.get('v1')).toBeGreaterThan(0);
    expect(seen.bodies.get('v2')).toBeGreaterThan(0);
    expect(labels()).toMatchObject({ 'gantry.bluegreen.live': 'green', 'gantry.bluegreen.previous': 'blue' });
    const status = await runGantry([
      'status',
      '-c',
      path.join(work, 'gantry.yml'),
      '--target',
      'sandbox',
      '--json',
    ]);
    expect(status.code, status.stderr).toBe(0);
    const read = JSON.parse(status.stdout) as { blueGreen: unknown; workloads: Array<{ name: string }> };
    expect(read.blueGreen).toMatchObject({
      proxy: proxyService,
      live: 'green',
      previous: 'blue',
      running: ['blue', 'green'],
    });
    expect(read.workloads.map((w) => w.name)).toEqual([`${stack}-blue_web`, `${stack}-green_web`]);
  });

  it('gantry switch back points the proxy at blue at once, and again at green: 0 failed requests', async () => {
    const config = path.join(work, 'gantry.yml');
    const back = await runGantry(['switch', 'back', '-c', config, '--target', 'sandbox']);
    expect(back.code, back.stderr).toBe(0);
    expect(back.stderr).toContain('switched sandbox back: green → blue');
    expect(await version()).toBe('v1');
    const forth = await runGantry(['switch', 'back', '-c', config, '--target', 'sandbox']);
    expect(forth.code, forth.stderr).toBe(0);
    expect(await version()).toBe('v2');
    const seen = loop.current?.mark();
    total.ok += seen?.ok ?? 0;
    expect(seen?.failures).toEqual([]);
    expect(seen?.bodies.get('v1')).toBeGreaterThan(0);
  });

  it('a release whose new colour never turns healthy never takes traffic: removed, green still serves', async () => {
    const broken = await release('broken');
    expect(broken.code, broken.stdout + broken.stderr).toBe(1);
    expect(broken.stdout).toMatch(
      /↺ deploy .*rolled-back: blue failed before the switch .*green still serves/,
    );
    expect(await version()).toBe('v2');
    expect(labels()).toMatchObject({ 'gantry.bluegreen.live': 'green' });
    await until('blue to be removed', () => !colorRuns('blue'), 60_000);
    const seen = loop.current?.mark();
    total.ok += seen?.ok ?? 0;
    expect(seen?.failures).toEqual([]);
    expect([...(seen?.bodies.keys() ?? [])]).toEqual(['v2']);
  });

  it('a release whose public check fails after the switch is switched back: rolled-back, green serves', async () => {
    // The switch-variable points at the decoy, which answers /version but fails /health.
    writeConfig(`UPSTREAM=${stack}-{color}_decoy`, ['app.yml', 'decoy.yml']);
    const wrong = await release('v1');
    writeConfig();
    expect(wrong.code, wrong.stdout + wrong.stderr).toBe(1);
    expect(wrong.stdout).toMatch(
      /↺ deploy .*rolled-back: smoke check failed: .*switched .* back to green and removed blue/,
    );
    expect(wrong.stdout).toMatch(/✘ smoke .*\/health: failed/);
    expect(await version()).toBe('v2');
    expect(labels()).toMatchObject({ 'gantry.bluegreen.live': 'green' });
    const seen = loop.current?.mark();
    total.ok += seen?.ok ?? 0;
    expect(seen?.failures).toEqual([]);
  });

  it('switch back is refused (exit 2, nothing changed) once the previous colour is gone', async () => {
    await until('blue to be removed', () => !colorRuns('blue'), 60_000);
    const refused = await runGantry([
      'switch',
      'back',
      '-c',
      path.join(work, 'gantry.yml'),
      '--target',
      'sandbox',
    ]);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain('cannot switch back: the previous colour (blue) no longer runs');
    expect(await version()).toBe('v2');
    const seen = await loop.current?.stop();
    expect(seen?.failures).toEqual([]);
    expect(seen?.ok).toBeGreaterThan(0);
    console.info(`blue-green request loop: ${total.ok + (seen?.ok ?? 0)} requests, 0 failed`);
  });
});
