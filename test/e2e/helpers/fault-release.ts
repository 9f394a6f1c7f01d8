import { type ChildProcess, spawn } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import path from 'node:path';

// `gantry release` from the source, for the fault tests: a one-service stack with a secret and a
// smoke check on the sandbox Swarm, and a run that can be signalled once its output matches.

const root = path.resolve(import.meta.dirname, '../../..');
const cli = path.join(root, 'src/cli/gantry.ts');

/**
 * Writes stack.yml and gantry.yml into `dir`. `watch`: the service needs 60 s to turn healthy;
 * `smoke`: healthy at once, but the smoke check expects a version it never answers; `ok`: both pass.
 */
export function writeConfig(
  dir: string,
  stack: string,
  port: number,
  stage: 'watch' | 'smoke' | 'ok',
): string {
  writeFileSync(
    path.join(dir, 'stack.yml'),
    [
      'version: "3.8"',
      'services:',
      '  web:',
      '    image: ${GANTRY_IMAGE}',
      '    environment:',
      // watch: never healthy within the test (60 s start); smoke: healthy, but the smoke check expects another version.
      `      APP_STARTUP_DELAY: "${stage === 'watch' ? 60 : 0}"`,
      '    secrets: [{ source: token, target: token }]',
      '    ports:',
      '      - target: 8080',
      '        published: ${WEB_PORT}',
      '        mode: host',
      '    healthcheck:',
      '      test: ["CMD", "/bin/sh", "-c", "wget -q -O- http://127.0.0.1:8080/health >/dev/null"]',
      '      interval: 1s',
      '      retries: 2',
      '    deploy: { replicas: 1, update_config: { order: stop-first, failure_action: pause } }',
      'secrets:',
      '  token: { external: true, name: "${TOKEN_SECRET}" }',
      '',
    ].join('\n'),
  );
  const file = path.join(dir, 'gantry.yml');
  writeFileSync(
    file,
    [
      'image: ${GANTRY_APP_IMAGE}',
      'registry:',
      '  username: ${GANTRY_REGISTRY_USER}',
      '  password: { file: "${GANTRY_REGISTRY_PASSWORD_FILE}" }',
      'secrets:',
      '  values:',
      '    TOKEN: { env: E2E_TOKEN }',
      'smoke:',
      `  urls: ["http://127.0.0.1:${port}/health"]`,
      `  expect-json: { status: healthy${stage === 'smoke' ? ', version: never-this-one' : ''} }`,
      '  timeout: 120s',
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
  return file;
}

/** `gantry release` of `tag`, sent `signal` (or told, when a function) once its output matches `when`. */
export function releaseUntil(
  config: string,
  tmp: string,
  when: RegExp,
  signal: NodeJS.Signals | ((out: string) => void),
  tag = 'v1',
) {
  return gantryUntil(
    ['release', '-c', config, '--target', 'sandbox', '--skip-build', '--tag', tag],
    { TMPDIR: tmp, E2E_TOKEN: 'fault1-token' },
    when,
    signal,
  );
}

/**
 * `gantry ARGS` from the source (CI=true, no GITHUB_REF/GITHUB_SHA, plus `env`), sent `signal` (or
 * told, when a function, with the process) once its output so far matches `when`; `onOutput` sees
 * the output so far at every chunk.
 */
export function gantryUntil(
  args: readonly string[],
  env: Record<string, string>,
  when: RegExp,
  signal: NodeJS.Signals | ((out: string, child: ChildProcess) => void),
  onOutput?: (out: string) => void,
) {
  return new Promise<{ code: number | null; out: string; signalled: boolean }>((resolve, reject) => {
    const child = spawn(process.execPath, [cli, ...args], {
      cwd: root,
      env: { ...process.env, CI: 'true', GITHUB_REF: '', GITHUB_SHA: '', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    let signalled = false;
    const seen = (chunk: Buffer) => {
      out += chunk.toString();
      onOutput?.(out);
      if (!signalled && when.test(out)) {
        signalled = true;
        if (typeof signal === 'function') signal(out, child);
        else child.kill(signal);
      }
    };
    child.stdout.on('data', seen);
    child.stderr.on('data', seen);
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, out, signalled }));
  });
}
