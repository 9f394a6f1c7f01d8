import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { runGantry } from '../helpers/gantry-cli.ts';
import { writeFaultRecord } from './helpers/fault-record.ts';
import { probeAvailability } from './helpers/fault2-probe.ts';
import { dropSshSessions, keepDroppingSsh } from './helpers/fault2-ssh.ts';
import { localDocker, removeReleasedStack, sandboxVar } from './helpers/sandbox-docker.ts';
import { type SshSessions, sshSessions } from './helpers/ssh-sessions.ts';

// The SSH connection drops while `gantry release` watches a Swarm update, for real: the sandbox
// sshd's processes serving this test's session (told apart by the loopback address its
// connections leave from) are SIGKILLed mid-update. Once, and Gantry reconnects and reaches the
// verdict Swarm reaches; then for good (every new connection from that address killed as it
// comes), and Gantry says it lost contact and what it last saw, exits 1, claims no rollback, and
// leaves no temp file; the lock says when it expires.

const run = Math.random().toString(36).slice(2, 7);
const stack = `fault2-ssh-${run}`;
const port = 18300 + Math.floor(Math.random() * 20);
const unavailable = inject('gantrySandboxUnavailable');
const work = mkdtempSync(path.join(tmpdir(), 'gantry-e2e-fault2-ssh-'));
const tmp = path.join(work, 'tmp');
const sshdPort = 2222;

function writeConfig(timeout: string): string {
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
      // The update stays `updating` for the monitor period: time to drop the connection mid-watch.
      '      update_config: { order: stop-first, failure_action: pause, monitor: 10s }',
      '',
    ].join('\n'),
  );
  const file = path.join(work, `gantry-${timeout}.yml`);
  writeFileSync(
    file,
    [
      'image: ${GANTRY_APP_IMAGE}',
      'registry:',
      '  username: ${GANTRY_REGISTRY_USER}',
      '  password: { file: "${GANTRY_REGISTRY_PASSWORD_FILE}" }',
      'targets:',
      '  sandbox:',
      '    swarm:',
      '      host: ${GANTRY_SSH_HOST}',
      '      ssh-key-file: ${GANTRY_SSH_KEY}',
      '      known-hosts-file: ${GANTRY_KNOWN_HOSTS}',
      `      stack: ${stack}`,
      '      stack-files: [stack.yml]',
      `      env: { WEB_PORT: "${port}" }`,
      `      timeout: ${timeout}`,
      '      no-progress-timeout: 2m',
      '',
    ].join('\n'),
  );
  return file;
}

const updateState = (): string =>
  localDocker(
    'service',
    'inspect',
    `${stack}_web`,
    '--format',
    '{{if .UpdateStatus}}{{.UpdateStatus.State}}{{end}}',
  );

const version = async (): Promise<string> =>
  fetch(`http://127.0.0.1:${port}/version`, { signal: AbortSignal.timeout(2000) }).then((r) => r.text());

/** Waits (30 s at most) until the service's update is under way: then the watch is on. */
async function untilUpdating(): Promise<void> {
  for (let i = 0; i < 150; i++) {
    if (updateState() === 'updating') return;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`${stack}_web never started updating`);
}

/** Files Gantry left in its temp folder (its SSH folder, docker config): must be none. */
const leftInTmp = (): string[] => readdirSync(tmp).map((f) => path.join(tmp, f));

afterAll(() => {
  if (unavailable) return;
  try {
    removeReleasedStack(stack);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
});

describe.skipIf(unavailable)('fault: the SSH connection drops while Gantry watches a Swarm update', () => {
  let sessions: SshSessions;
  let release: (
    tag: string,
    timeout: string,
    onOutput?: (soFar: string) => void,
  ) => ReturnType<typeof runGantry>;

  beforeAll(async () => {
    mkdirSync(tmp);
    sessions = sshSessions(sandboxVar('GANTRY_SSHD_LOG'));
    release = (tag, timeout, onOutput) =>
      runGantry(
        ['release', '-c', writeConfig(timeout), '--target', 'sandbox', '--skip-build', '--tag', tag],
        {
          ...sessions.env,
          TMPDIR: tmp,
        },
        onOutput,
      );
    const v1 = await release('v1', '3m');
    expect(v1.code, v1.stdout + v1.stderr).toBe(0);
    expect(await version()).toBe('v1');
  }, 180_000);

  afterAll(() => sessions?.cleanup());

  it('dropped once: Gantry reconnects, keeps watching and reports the verdict Swarm reaches', async () => {
    const before = sessions.accepted();
    const probe = probeAvailability(`http://127.0.0.1:${port}/health`);
    const started = Date.now();
    const releasing = release('v2', '3m');
    await untilUpdating();
    await new Promise((resolve) => setTimeout(resolve, 2000));
    const killed = dropSshSessions(sessions.address, sshdPort);
    expect(killed.length, 'sshd processes serving the session').toBeGreaterThanOrEqual(1);
    const v2 = await releasing;
    const elapsed = Date.now() - started;
    const availability = await probe.stop();

    expect(v2.code, v2.stdout + v2.stderr).toBe(0);
    // A request in flight when the connection dropped is retried ("lost contact … reconnecting"); a
    // drop between two polls is not even seen: the next poll's ssh opens a new connection.
    const retried = (v2.stderr.match(/lost contact with the engine \(/g) ?? []).length;
    const reconnected = (v2.stderr.match(/Reconnected to the engine after \d+\.\ds/g) ?? []).length;
    expect(reconnected).toBe(retried > 0 ? 1 : 0);
    expect(v2.stdout).toContain(`deployed: stack ${stack} converged`);
    expect(updateState()).toBe('completed');
    expect(await version()).toBe('v2');
    // A new SSH connection was made after the drop (the one before it, the reconnect).
    expect(sessions.accepted()).toBeGreaterThan(before + 1);
    expect(localDocker('config', 'ls', '-q', '--filter', `name=gantry-lock-${stack}`)).toBe('');
    expect(leftInTmp()).toEqual([]);
    writeFaultRecord({
      id: 'fault2-ssh-drop',
      fault: 'SSH connection drops mid-watch (Swarm)',
      injected: `SIGKILL of the ${killed.length} sshd processes serving the session, 2 s into the update`,
      verdict: `exit ${v2.code}: deployed after reconnecting`,
      timeToVerdictMs: elapsed,
      availability,
      leftBehind: leftInTmp(),
    });
  }, 240_000);

  it('dropped for good: "lost contact", the state last seen, exit 1, no rollback claimed, the lock expires', async () => {
    const probe = probeAvailability(`http://127.0.0.1:${port}/health`);
    const started = Date.now();
    // The watch's deadline (the target's timeout) is 20 s; the update's monitor alone lasts 10 s.
    // Dropped once Gantry's watch has read the update (its first progress line names the service),
    // not when the engine says 'updating': on a loaded machine the watch may not have read anything
    // by then.
    let watchRead = false;
    let watching = (): void => {};
    const watched = new Promise<void>((resolve) => {
      watching = resolve;
    });
    const progress = new RegExp(`(?:${stack}_|\\s)web \\d/1 `);
    const releasing = release('v1', '20s', (out) => {
      if (watchRead || !progress.test(out)) return;
      watchRead = true;
      watching();
    });
    await Promise.race([watched, releasing]);
    if (!watchRead)
      throw new Error(`the release ended before its watch read the update:\n${(await releasing).stderr}`);
    const dropping = keepDroppingSsh(sessions.address, sshdPort);
    let killed = 0;
    let lost: Awaited<typeof releasing>;
    try {
      lost = await releasing;
    } finally {
      killed = dropping.stop();
    }
    const elapsed = Date.now() - started;
    const availability = await probe.stop();

    expect(killed).toBeGreaterThanOrEqual(1);
    expect(lost.code, lost.stdout + lost.stderr).toBe(1);
    expect(lost.stdout).toMatch(
      /lost contact; the update was in state web 0\/1 running \(updating\)|lost contact; the update was in state fault2-ssh-\w+_web \d\/1 running( \(updating\))? when last seen/,
    );
    expect(lost.stdout).toContain('no rollback was run by Gantry');
    expect(lost.stdout + lost.stderr).not.toMatch(/rolled[- ]back|rolling back/i);
    expect(lost.stderr).toMatch(/could not release the deploy lock: [\s\S]*; it expires by itself at \d{4}-/);
    // The lock is still there, with an expiry: the next run takes it over after that.
    const expires = localDocker(
      'config',
      'inspect',
      `gantry-lock-${stack}`,
      '--format',
      '{{index .Spec.Labels "gantry.lock.expires"}}',
    );
    expect(Date.parse(expires)).toBeGreaterThan(Date.now());
    expect(Date.parse(expires)).toBeLessThan(Date.now() + 20_000 * 2 + 300_000 + 10_000);
    expect(leftInTmp()).toEqual([]);
    localDocker('config', 'rm', `gantry-lock-${stack}`);
    writeFaultRecord({
      id: 'fault2-ssh-lost',
      fault: 'SSH connection lost for good mid-watch (Swarm)',
      injected: `every sshd process serving the session SIGKILLed as it came (${killed} killed) until Gantry exited`,
      verdict: `exit ${lost.code}: lost contact, last state printed, no rollback claimed; lock left to expire (TTL)`,
      timeToVerdictMs: elapsed,
      availability,
      leftBehind: [...leftInTmp(), 'deploy lock (expires by its TTL; removed by the test)'],
    });
  }, 240_000);
});
