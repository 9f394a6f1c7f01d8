import { spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { writeFaultRecord } from './helpers/fault-record.ts';
import { faultPort, faultStack, lockExists } from './helpers/fault-swarm.ts';
import { localDocker, removeReleasedStack } from './helpers/sandbox-docker.ts';

// `gantry release` cancelled (SIGINT as Ctrl-C sends it, SIGTERM as a CI runner does) while Swarm
// converges, and while the smoke check waits: the lock is released, the private temp folder (SSH
// key, known_hosts, docker config) is gone, the state reached is printed, and the secret the release
// created (the running service uses it) is still there.

const root = path.resolve(import.meta.dirname, '../..');
const cli = path.join(root, 'src/cli/gantry.ts');
const unavailable = inject('gantrySandboxUnavailable');
const stacks: string[] = [];
afterAll(() => {
  for (const stack of stacks) removeReleasedStack(stack);
});

function writeConfig(dir: string, stack: string, port: number, stage: 'watch' | 'smoke'): string {
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
      '  expect-json: { version: never-this-one }',
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

/** `gantry release`, sent `signal` once its output matches `when`; its exit code and output. */
function releaseUntil(config: string, tmp: string, when: RegExp, signal: NodeJS.Signals) {
  return new Promise<{ code: number | null; out: string; signalled: boolean }>((resolve, reject) => {
    const child = spawn(
      process.execPath,
      [cli, 'release', '-c', config, '--target', 'sandbox', '--skip-build', '--tag', 'v1'],
      {
        cwd: root,
        env: {
          ...process.env,
          CI: 'true',
          GITHUB_REF: '',
          GITHUB_SHA: '',
          TMPDIR: tmp,
          E2E_TOKEN: 'fault1-token',
        },
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    let out = '';
    let signalled = false;
    const seen = (chunk: Buffer) => {
      out += chunk.toString();
      if (!signalled && when.test(out)) {
        signalled = true;
        child.kill(signal);
      }
    };
    child.stdout.on('data', seen);
    child.stderr.on('data', seen);
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, out, signalled }));
  });
}

const secretsOf = (stack: string): string[] =>
  localDocker('secret', 'ls', '--filter', `label=gantry.stack=${stack}`, '--format', '{{.Name}}')
    .split('\n')
    .filter(Boolean);

describe.skipIf(unavailable !== '')('gantry release cancelled mid-release', () => {
  it.each([
    ['SIGINT', 'watch', /Waiting for stack \S+ to converge/],
    ['SIGTERM', 'smoke', /Smoke check|smoke/i],
  ] as const)(
    '%s while it waits (%s): lock released, temp files gone, state printed, secret kept',
    async (signal, stage, when) => {
      const stack = faultStack(`cancel-${stage}`);
      stacks.push(stack);
      const dir = mkdtempSync(path.join(tmpdir(), 'gantry-fault1-'));
      const tmp = mkdtempSync(path.join(tmpdir(), 'gantry-fault1-tmp-'));
      const config = writeConfig(dir, stack, faultPort(), stage);
      const started = Date.now();
      const run = await releaseUntil(
        config,
        tmp,
        stage === 'smoke' ? /GET http|smoke check|Smoke/ : when,
        signal,
      );
      expect(run.signalled, run.out.slice(-3000)).toBe(true);
      expect(run.code, run.out.slice(-3000)).not.toBe(0);
      // The state reached, stage by stage: the secrets were created, the deploy was cancelled, nothing pruned.
      expect(run.out).toMatch(/Release summary[^\n]*\n(.*\n)*\s+✔ secrets\s.*1 created/);
      expect(run.out).toMatch(/\s+✘ deploy\s.*cancelled/);
      expect(run.out).not.toMatch(/✔ prune/);
      expect(lockExists(stack)).toBe(false);
      expect(readdirSync(tmp)).toEqual([]);
      // The secret the release created is in use by the service: a cancel never removes it.
      const secrets = secretsOf(stack);
      expect(secrets).toHaveLength(1);
      expect(
        localDocker(
          'service',
          'inspect',
          `${stack}_web`,
          '--format',
          '{{json .Spec.TaskTemplate.ContainerSpec.Secrets}}',
        ),
      ).toContain(secrets[0] ?? 'none');
      writeFaultRecord({
        id: `fault1-cancel-${stage}`,
        fault: `gantry release cancelled during ${stage === 'watch' ? 'the convergence wait' : 'the smoke check'}`,
        injected: `${signal} to the gantry process once it printed that it waits`,
        verdict: `exit ${run.code}: cancelled, state printed`,
        timeToVerdictMs: Date.now() - started,
        leftBehind: [
          ...(lockExists(stack) ? [`lock gantry-lock-${stack}`] : []),
          ...readdirSync(tmp).map((f) => `temp ${f}`),
        ],
      });
    },
  );
});
