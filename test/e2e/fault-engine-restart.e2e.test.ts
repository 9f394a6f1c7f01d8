import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { isCI } from '../helpers/ci.ts';
import { runGantry } from '../helpers/gantry-cli.ts';
import { writeFaultRecord } from './helpers/fault-record.ts';
import {
  type OwnEngine,
  ownDocker,
  ownEngineDown,
  ownEngineUp,
  restartOwnEngine,
} from './helpers/fault2-engine.ts';
import { probeAvailability } from './helpers/fault2-probe.ts';

// The Docker engine on the target restarts mid-deploy, for real. Not the shared sandbox engine:
// the test brings up a target of its own (helpers/fault2-engine.sh: a second dockerd in a network
// namespace, a single-node Swarm, an sshd whose deploy user drives it, the sandbox registry's
// images), reached by `gantry release` over SSH like any target. While an update of the stack is
// under way its dockerd is stopped (SIGTERM), left down 2 s and started again. Gantry waits for the
// engine, reads the update's state again and gives the verdict the engine shows afterwards; the
// lock (a Swarm config, kept across the restart) is released at the end.

const run = Math.random().toString(36).slice(2, 7);
const stack = `fault2-eng-${run}`;
const port = 18370 + Math.floor(Math.random() * 10);
const unavailable = inject('gantrySandboxUnavailable');
const notRoot = process.getuid?.() !== 0 ? 'a second dockerd needs root' : '';
const work = mkdtempSync(path.join(tmpdir(), 'gantry-e2e-fault2-eng-'));
const tmp = path.join(work, 'tmp');

function writeConfig(engine: OwnEngine): string {
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
      '      update_config: { order: stop-first, failure_action: pause, monitor: 10s }',
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
      'targets:',
      '  own:',
      '    swarm:',
      `      host: ${engine.host}`,
      '      ssh-key-file: ${GANTRY_SSH_KEY}',
      `      known-hosts-file: ${engine.knownHosts}`,
      `      stack: ${stack}`,
      '      stack-files: [stack.yml]',
      `      env: { WEB_PORT: "${port}" }`,
      '      timeout: 2m',
      '      no-progress-timeout: 90s',
      '',
    ].join('\n'),
  );
  return file;
}

// Under CI a machine that cannot run a second engine fails the run instead of skipping.
describe.runIf(notRoot !== '' && isCI())('fault: engine restart under CI', () => {
  it('needs root for a second dockerd', () => {
    throw new Error(`CI=${process.env.CI}: ${notRoot}`);
  });
});

describe.skipIf(unavailable || notRoot)('fault: the Docker engine on the target restarts mid-deploy', () => {
  let engine: OwnEngine;
  let config = '';
  const release = (tag: string) =>
    runGantry(['release', '-c', config, '--target', 'own', '--skip-build', '--tag', tag], { TMPDIR: tmp });
  const service = (format: string) =>
    ownDocker(engine, 'service', 'inspect', `${stack}_web`, '--format', format);
  const version = async () =>
    fetch(`http://${engine.address}:${port}/version`, { signal: AbortSignal.timeout(2000) }).then((r) =>
      r.text(),
    );

  beforeAll(async () => {
    mkdirSync(tmp);
    engine = ownEngineUp();
    config = writeConfig(engine);
    const v1 = await release('v1');
    expect(v1.code, v1.stdout + v1.stderr).toBe(0);
    expect(await version()).toBe('v1');
  }, 180_000);

  afterAll(() => {
    try {
      if (engine !== undefined) ownEngineDown();
    } finally {
      rmSync(work, { recursive: true, force: true });
    }
  }, 180_000);

  it('Gantry waits for the engine, reads the update again and gives the verdict the engine shows', async () => {
    const probe = probeAvailability(`http://${engine.address}:${port}/health`);
    const started = Date.now();
    const releasing = release('v2');
    for (
      let i = 0;
      i < 150 && service('{{if .UpdateStatus}}{{.UpdateStatus.State}}{{end}}') !== 'updating';
      i++
    )
      await new Promise((resolve) => setTimeout(resolve, 200));
    await new Promise((resolve) => setTimeout(resolve, 1000));
    let ended = false;
    void releasing.then(() => {
      ended = true;
    });
    await restartOwnEngine(2);
    // The lock (a Swarm config) survived the restart: still held while the release goes on.
    const lockAfterRestart = ownDocker(engine, 'config', 'ls', '-q', '--filter', `name=gantry-lock-${stack}`);
    expect(lockAfterRestart !== '' || ended, 'the deploy lock right after the engine came back').toBe(true);
    const v2 = await releasing;
    const elapsed = Date.now() - started;
    const availability = await probe.stop();
    const out = v2.stdout + v2.stderr;

    // The engine was gone while Gantry watched: it said so, and got back in.
    expect(v2.stderr).toMatch(/lost contact with the engine \(.*\); reconnecting in/);
    expect(v2.stderr).toMatch(/Reconnected to the engine after \d+\.\ds/);
    // The verdict matches what the engine shows now.
    const image = service('{{.Spec.TaskTemplate.ContainerSpec.Image}}');
    const v2Digest = /@(sha256:[0-9a-f]{64})/.exec(
      /deploying \S+:v2 as (\S+)/.exec(v2.stdout)?.[1] ?? '',
    )?.[1];
    expect(v2Digest, out).toBeDefined();
    expect([0, 1], out).toContain(v2.code);
    const deployed = v2.code === 0;
    expect(v2.stdout).toMatch(deployed ? `deployed: stack ${stack} converged` : /↺ deploy .*rolled-back/);
    expect(image.includes(v2Digest ?? '-'), `${image} after exit ${v2.code}`).toBe(deployed);
    expect(await version()).toBe(deployed ? 'v2' : 'v1');
    expect(ownDocker(engine, 'config', 'ls', '-q', '--filter', `name=gantry-lock-${stack}`)).toBe('');
    expect(readdirSync(tmp)).toEqual([]);
    writeFaultRecord({
      id: 'fault2-engine-restart',
      fault: 'Docker engine on the target restarts mid-deploy (Swarm)',
      injected:
        "SIGTERM to the target's dockerd 1 s into the update, down 2 s, started again (a second engine of the test's own)",
      verdict: `exit ${v2.code}: ${v2.code === 0 ? 'deployed' : 'rolled-back'} after reconnecting, matching the engine's state`,
      timeToVerdictMs: elapsed,
      availability,
      leftBehind: readdirSync(tmp),
    });
  }, 240_000);
});
