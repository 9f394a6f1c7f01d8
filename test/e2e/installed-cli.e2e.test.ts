import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { cleanEnv, npmCli } from '../helpers/node-from-npm.ts';
import { freePort } from './helpers/free-port.ts';
import { sandboxAppDigest } from './helpers/registry-digest.ts';
import { localDocker, removeReleasedStack, sandboxVar } from './helpers/sandbox-docker.ts';

// The operator's day with the CLI as a user installs it: `npm pack dist/cli`, `npm install -g --prefix`
// of that tarball on Node 24 from the npm registry's `node` package, then that `gantry` (found on PATH,
// no checkout) against the sandbox's real Swarm over SSH: init on a sample folder, release, status,
// logs, history, a second release and a rollback to the first.

const env = sandboxVar;
const root = path.resolve(import.meta.dirname, '../..');
const run = Math.random().toString(36).slice(2, 7);
const stack = `e2e-inst-${run}`;
const unavailable = inject('gantrySandboxUnavailable');
const work = mkdtempSync(path.join(tmpdir(), 'gantry-e2e-installed-'));
const node24 = path.join(
  path.dirname(createRequire(import.meta.url).resolve('node/package.json')),
  'bin/node',
);

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}
let gantryEnv: NodeJS.ProcessEnv = {};
/** The installed `gantry`, from PATH, in the project folder. */
async function gantry(args: string[], cwd = work): Promise<Run> {
  try {
    const { stdout, stderr } = await promisify(execFile)('gantry', args, {
      env: gantryEnv,
      cwd,
      timeout: 240_000,
    });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code?: number | string; stdout?: string; stderr?: string };
    if (typeof e.code !== 'number') throw error;
    return { code: e.code, stdout: e.stdout ?? '', stderr: e.stderr ?? '' };
  }
}

function writeProject(port: number): void {
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
      '      update_config: { order: stop-first, failure_action: pause, monitor: 4s }',
      '',
    ].join('\n'),
  );
  writeFileSync(
    path.join(work, 'gantry.yml'),
    [
      'image: ${GANTRY_APP_IMAGE}',
      'registry:',
      '  username: ${GANTRY_REGISTRY_USER}',
      '  password: { file: "${GANTRY_REGISTRY_PASSWORD_FILE}" }',
      'smoke:',
      `  urls: ["http://127.0.0.1:${port}/health"]`,
      '  timeout: 60s',
      'targets:',
      '  sandbox:',
      '    swarm:',
      '      host: ${GANTRY_SSH_HOST}',
      '      ssh-key-file: ${GANTRY_SSH_KEY}',
      '      known-hosts-file: ${GANTRY_KNOWN_HOSTS}',
      `      stack: ${stack}`,
      '      stack-files: [stack.yml]',
      `      env: { WEB_PORT: "${port}" }`,
      '      timeout: 3m',
      '',
    ].join('\n'),
  );
}

afterAll(() => {
  if (unavailable) return;
  try {
    removeReleasedStack(stack);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
});

describe.skipIf(unavailable)('the installed gantry-cli package against the sandbox', () => {
  let port = 0;
  const image = () => env('GANTRY_APP_IMAGE');

  beforeAll(async () => {
    port = await freePort();
    writeProject(port);
    const exec = promisify(execFile);
    const packed = path.join(work, 'pack');
    mkdirSync(packed);
    const npmEnv = cleanEnv([path.dirname(node24)]);
    const { stdout } = await exec(
      node24,
      [
        npmCli(),
        'pack',
        path.join(root, 'dist/cli'),
        '--ignore-scripts',
        '--json',
        '--pack-destination',
        packed,
      ],
      { env: npmEnv },
    );
    const filename = (JSON.parse(stdout) as Array<{ filename: string }>)[0]?.filename ?? '';
    const prefix = path.join(work, 'prefix');
    await exec(
      node24,
      [npmCli(), 'install', '-g', '--prefix', prefix, '--no-audit', '--no-fund', path.join(packed, filename)],
      { env: npmEnv, cwd: work },
    );
    // Only the prefix's bin and Node 24 first on PATH: no checkout, no tsx, no project node_modules.
    // The sample folder is no git checkout: the ref and commit come from the environment, as on a runner.
    gantryEnv = {
      ...cleanEnv([path.join(prefix, 'bin'), path.dirname(node24)]),
      CI: 'true',
      GITHUB_REF: 'refs/heads/main',
      GITHUB_SHA: '0123456789abcdef0123456789abcdef01234567',
    };
  }, 240_000);

  it('init writes a gantry.yml that the installed gantry plan accepts', async () => {
    const sample = path.join(work, 'sample');
    mkdirSync(sample);
    writeFileSync(path.join(sample, 'Dockerfile'), 'FROM scratch\nCOPY app /app\n');
    writeFileSync(path.join(sample, 'docker-stack.yml'), 'services:\n  web:\n    image: ${GANTRY_IMAGE}\n');
    const init = await gantry(['init', '--yes', '--dir', sample], sample);
    expect(init.code, init.stdout + init.stderr).toBe(0);
    // The first key under targets: (init names it after what it found).
    const written = readFileSync(path.join(sample, 'gantry.yml'), 'utf8');
    const targets = /^ {2}([a-z][a-z0-9-]*):$/m.exec(written.slice(written.indexOf('\ntargets:')))?.[1];
    const plan = await gantry(
      ['plan', '-c', path.join(sample, 'gantry.yml'), '--target', targets ?? ''],
      sample,
    );
    expect(plan.code, plan.stdout + plan.stderr).toBe(0);
    expect(plan.stdout).toContain('1. build');
  });

  it('releases, shows status, logs and history, then rolls back to the first release', async () => {
    const v1 = await gantry(['release', '--target', 'sandbox', '--skip-build', '--tag', 'v1']);
    expect(v1.code, v1.stdout + v1.stderr).toBe(0);
    const d1 = await sandboxAppDigest('v1');

    const status = await gantry(['status', '--target', 'sandbox', '--json']);
    expect(status.code, status.stderr).toBe(0);
    expect(status.stdout).toContain(`${image()}@${d1}`);

    const logs = await gantry(['logs', '--target', 'sandbox', 'web', '--since', '5m']);
    expect(logs.code, logs.stderr).toBe(0);
    expect(logs.stdout).toMatch(/gantry-sandbox-app v1: listening on :8080/);

    const v2 = await gantry(['release', '--target', 'sandbox', '--skip-build', '--tag', 'v2']);
    expect(v2.code, v2.stdout + v2.stderr).toBe(0);
    const history = await gantry(['history', '--target', 'sandbox', '--json']);
    expect(history.code, history.stderr).toBe(0);
    const d2 = await sandboxAppDigest('v2');
    expect(history.stdout.indexOf(d2)).toBeGreaterThan(-1);
    expect(history.stdout.indexOf(d2)).toBeLessThan(history.stdout.indexOf(d1)); // newest first

    const back = await gantry(['rollback', '--target', 'sandbox', '--to', 'v1']);
    expect(back.code, back.stdout + back.stderr).toBe(0);
    const spec = localDocker(
      'service',
      'inspect',
      `${stack}_web`,
      '--format',
      '{{.Spec.TaskTemplate.ContainerSpec.Image}}',
    );
    expect(spec).toBe(`${image()}@${d1}`);
    const health = (await fetch(`http://127.0.0.1:${port}/health`).then((r) => r.json())) as {
      version: string;
    };
    expect(health.version).toBe('v1');
  });
});
