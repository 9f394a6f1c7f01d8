import { type ChildProcess, execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { startDeploymentsApi } from '../helpers/deployments-api.ts';
import { type BundleRun, runActionBundle } from '../helpers/run-action-bundle.ts';
import { freePort } from './helpers/free-port.ts';
import { withoutMaskCommands } from './helpers/no-secret-output.ts';
import { type SshSessions, sshSessions } from './helpers/ssh-sessions.ts';
import { removeStack } from './helpers/swarm-cleanup.ts';

// The deploy-swarm bundle, run as GitHub runs it, against the sandbox's real Swarm over real SSH.
// The global set-up has brought the sandbox up and put its `env` lines into process.env.

const env = (key: string): string => {
  const value = process.env[key];
  if (value === undefined || value === '') throw new Error(`${key} is not set: is the sandbox up?`);
  return value;
};
const stackFile = path.resolve(import.meta.dirname, '../fixtures/stacks/two-services.yml');
const localDocker = (...args: string[]): string =>
  execFileSync('docker', args, {
    env: { ...process.env, DOCKER_HOST: env('GANTRY_DOCKER_HOST') },
    encoding: 'utf8',
  }).trim();
/** This test's own SSH sessions (the sshd is shared: see helpers/ssh-sessions.ts). */
const tagged: SshSessions[] = [];
const ownSessions = (): SshSessions => {
  const sessions = sshSessions(env('GANTRY_SSHD_LOG'));
  tagged.push(sessions);
  return sessions;
};
const stacks = new Set<string>();
// Stack names carry a run suffix, so two test runs on one Swarm never touch each other's stacks.
const run = Math.random().toString(36).slice(2, 7);
const unique = (name: string): string => `${name}-${run}`;
const unavailable = inject('gantrySandboxUnavailable');
const STACK = {
  auto: unique('e2e-auto'),
  badinput: unique('e2e-badinput'),
  cancel: unique('e2e-cancel'),
  health: unique('e2e-health'),
  hostkey: unique('e2e-hostkey'),
  lock: unique('e2e-lock'),
  ok: unique('e2e-ok'),
  partway: unique('e2e-partway'),
  smoke: unique('e2e-smoke'),
  record: unique('e2e-record'),
  registry: unique('e2e-registry'),
};

async function deploy(
  stack: string,
  release: string,
  extra: Record<string, string> = {},
  options: {
    killWhen?: RegExp;
    port?: number;
    tag?: string;
    /** Environment of the bundle's process (e.g. an SshSessions' PATH). */
    processEnv?: Record<string, string>;
    onStdout?: (soFar: string, child: ChildProcess) => void;
  } = {},
) {
  const port = options.port ?? (await freePort());
  const { env: extraEnv = '', ...inputs } = extra;
  return runActionBundle('deploy-swarm', {
    inputs: {
      ...(await deployInputs(stack, release, port, options.tag, extraEnv)),
      ...inputs,
    },
    ...(options.killWhen === undefined ? {} : { killWhen: options.killWhen }),
    ...(options.onStdout === undefined ? {} : { onStdout: options.onStdout }),
    ...(options.processEnv === undefined ? {} : { env: options.processEnv }),
    timeoutMs: 600_000,
  });
}

async function deployInputs(
  stack: string,
  release: string,
  port: number,
  tag = 'v1',
  extraEnv = '',
): Promise<Record<string, string>> {
  stacks.add(stack);
  return {
    host: env('GANTRY_SSH_HOST'),
    'ssh-key': readFileSync(env('GANTRY_SSH_KEY'), 'utf8'),
    'known-hosts': readFileSync(env('GANTRY_KNOWN_HOSTS'), 'utf8'),
    stack,
    'compose-file': stackFile,
    env: `APP_IMAGE=${env('GANTRY_APP_IMAGE')}:${tag}\nRELEASE=${release}\nWEB_PORT=${port}\n${extraEnv}`,
    timeout: '240s',
    'no-progress-timeout': '120s',
  };
}

const apiContainers = (stack: string): string[] =>
  localDocker(
    'ps',
    '--filter',
    `label=com.docker.swarm.service.name=${stack}_api`,
    '--format',
    '{{.ID}} {{.Status}}',
  )
    .split('\n')
    .filter((l) => l !== '')
    .map((l) => l.split(' ')[0] ?? '')
    .sort();
const noGantryLeftovers = (run: BundleRun) =>
  readdirSync(run.runnerTemp).filter((f) => f.startsWith('gantry-ssh-'));
const lockExists = (stack: string) =>
  localDocker('config', 'ls', '--filter', `name=gantry-lock-${stack}`, '--format', '{{.Name}}') !== '';

afterAll(() => {
  for (const stack of stacks) removeStack(env('GANTRY_DOCKER_HOST'), stack);
  for (const sessions of tagged) sessions.cleanup();
});

describe.skipIf(unavailable !== '')('deploy-swarm over SSH on the sandbox', () => {
  it('deploys a healthy two-service stack: converged, smoke-checked, one SSH handshake, nothing left behind', async () => {
    const ssh = ownSessions();
    const port = await freePort();
    const run = await deploy(
      STACK.ok,
      'r1',
      {
        'smoke-urls': `http://127.0.0.1:${port}/health`,
        'smoke-expect-json': '{"status":"healthy","version":"r1"}',
      },
      { port, processEnv: ssh.env },
    );
    expect(run.exitCode, run.stdout).toBe(0);
    expect(run.outputs.status).toBe('deployed');
    const services = JSON.parse(run.outputs.services ?? '[]');
    expect(
      services.map((s: { name: string; change: string; state: string }) => [s.name, s.change, s.state]),
    ).toEqual([
      [`${STACK.ok}_api`, 'create', 'converged'],
      [`${STACK.ok}_web`, 'create', 'converged'],
    ]);
    expect(services[0].replicas).toBe(2);
    expect(run.summary).toContain(`stack \`${STACK.ok}\`: deployed`);
    expect(run.stdout).toContain(`::group::Waiting for stack ${STACK.ok} to converge`);
    expect(ssh.accepted()).toBe(1);
    expect(run.post?.exitCode).toBe(0);
    expect(noGantryLeftovers(run)).toEqual([]);
    expect(lockExists(STACK.ok)).toBe(false);
    // The key never reached the log other than in the runner's own mask commands.
    const key = readFileSync(env('GANTRY_SSH_KEY'), 'utf8').split('\n')[1] ?? 'unreachable';
    expect(withoutMaskCommands(run.stdout)).not.toContain(key);
  });

  it("records a GitHub deployment: in_progress, then success, every call valid against GitHub's OpenAPI description", async () => {
    const { github, states } = await startDeploymentsApi('ghs_e2e-token');
    try {
      const port = await freePort();
      const run = await runActionBundle('deploy-swarm', {
        inputs: {
          ...(await deployInputs(STACK.record, 'r1', port)),
          environment: 'production',
          'environment-url': `http://127.0.0.1:${port}/`,
          'github-token': 'ghs_e2e-token',
        },
        env: { GITHUB_API_URL: github.url },
      });
      expect(run.exitCode, run.stdout.slice(-2000)).toBe(0);
      expect(github.violations).toEqual([]);
      expect(github.requests.map((r) => r.operationId)).toEqual([
        'repos/create-deployment',
        'repos/create-deployment-status',
        'repos/create-deployment-status',
      ]);
      expect(states).toEqual(['in_progress', 'success']);
      expect(run.stdout).toContain('::add-mask::ghs_e2e-token');
      expect(withoutMaskCommands(run.stdout)).not.toContain('ghs_e2e-token');
    } finally {
      await github.close();
    }
  });

  it('logs in to the registry in a temporary DOCKER_CONFIG; a wrong password fails naming it and deploys nothing', async () => {
    const credentials = {
      registry: env('GANTRY_REGISTRY'),
      'registry-username': env('GANTRY_REGISTRY_USER'),
    };
    const password = readFileSync(env('GANTRY_REGISTRY_PASSWORD_FILE'), 'utf8').trim();
    const wrong = await deploy(STACK.registry, 'r1', {
      ...credentials,
      'registry-password': `${password}-wrong`,
    });
    expect(wrong.exitCode).toBe(1);
    expect(wrong.stdout).toMatch(
      /::error::Input 'registry-password': 127\.0\.0\.1:\d+ refused the login of gantry/,
    );
    expect(localDocker('stack', 'ls', '--format', '{{.Name}}').split('\n')).not.toContain(STACK.registry);
    expect(readdirSync(wrong.runnerTemp).filter((f) => f.startsWith('gantry-docker-config-'))).toEqual([]);

    const right = await deploy(STACK.registry, 'r1', { ...credentials, 'registry-password': password });
    expect(right.exitCode, right.stdout.slice(-2000)).toBe(0);
    expect(right.stdout).toContain('--with-registry-auth');
    expect(withoutMaskCommands(right.stdout)).not.toContain(password);
    expect(readdirSync(right.runnerTemp).filter((f) => f.startsWith('gantry-docker-config-'))).toEqual([]);
  });

  it('rolls back a release that converges but fails its smoke check', async () => {
    const port = await freePort();
    {
      const first = await deploy(STACK.smoke, 'r1', {}, { port });
      expect(first.exitCode, first.stdout.slice(-3000)).toBe(0);
    }
    const run = await deploy(
      STACK.smoke,
      'r2',
      {
        'smoke-urls': `http://127.0.0.1:${port}/health`,
        'smoke-expect-json': '{"version":"r9"}',
        'smoke-timeout': '5s',
      },
      { port },
    );
    expect(run.exitCode).toBe(1);
    expect(run.outputs.status, run.stdout.slice(-3000)).toBe('rolled-back');
    expect(run.outputs.message).toMatch(
      /^smoke check failed: .* Rolled back 2 service\(s\): the previous version is serving\.$/,
    );
    const body = execFileSync('wget', ['-q', '-O-', `http://127.0.0.1:${port}/health`], { encoding: 'utf8' });
    expect(JSON.parse(body)).toMatchObject({ status: 'healthy', version: 'r1' });
  });

  it('detects a failing health check, rolls back, and never restarts the previous start-first containers', async () => {
    {
      const first = await deploy(STACK.health, 'r1');
      expect(first.exitCode, first.stdout.slice(-3000)).toBe(0);
    }
    const before = apiContainers(STACK.health);
    expect(before).toHaveLength(2);
    const run = await deploy(STACK.health, 'r2', {}, { tag: 'broken' });
    expect(run.exitCode).toBe(1);
    expect(run.outputs.status, run.stdout.slice(-3000)).toBe('rolled-back');
    expect(run.stdout).toContain(`::group::Diagnostics: ${STACK.health}_api`);
    expect(run.stdout).toContain('Tasks (docker service ps --no-trunc):');
    expect(run.stdout).toContain(
      `::error::Deploy of stack ${STACK.health} failed: ${STACK.health}_api: update paused`,
    );
    expect(apiContainers(STACK.health)).toEqual(before);
    for (const id of before) {
      expect(localDocker('inspect', '--format', '{{.RestartCount}} {{.State.Running}}', id)).toBe('0 true');
    }
  });

  it('still fails with rolled-back when Swarm rolls back by itself (failure_action: rollback)', async () => {
    {
      const first = await deploy(STACK.auto, 'r1', { env: 'FAILURE_ACTION=rollback' });
      expect(first.exitCode, first.stdout.slice(-3000)).toBe(0);
    }
    const run = await deploy(STACK.auto, 'r2', { env: 'FAILURE_ACTION=rollback' }, { tag: 'broken' });
    expect(run.exitCode).toBe(1);
    expect(run.outputs.status, run.stdout.slice(-3000)).toBe('rolled-back');
    expect(run.stdout).toMatch(/Swarm (is rolling|rolled) the update back/);
  });

  it('a stack deploy the engine refuses part-way (a port taken) rolls back what it had already updated', async () => {
    const port = await freePort();
    const first = await deploy(STACK.partway, 'r1', {}, { port });
    expect(first.exitCode, first.stdout.slice(-3000)).toBe(0);
    const envOf = (service: string) =>
      localDocker(
        'service',
        'inspect',
        `${STACK.partway}_${service}`,
        '--format',
        '{{range .Spec.TaskTemplate.ContainerSpec.Env}}{{.}} {{end}}',
      );
    // Another service holds an ingress port; r2 asks for the same one for web. The engine updates
    // api first (services go in name order), then refuses web.
    const blocker = unique('e2e-blocker');
    const taken = await freePort();
    localDocker(
      'service',
      'create',
      '--detach',
      '--name',
      blocker,
      '--publish',
      `published=${taken},target=8080`,
      `${env('GANTRY_APP_IMAGE')}:v1`,
    );
    try {
      // The docker CLI updates a stack's services in map order, so web may be refused before api is
      // touched: that deploy changes nothing (and says so); again until api went first.
      let run = await deploy(STACK.partway, 'r2', { env: 'WEB_PORT_MODE=ingress' }, { port: taken });
      for (let i = 0; i < 12 && !run.stdout.includes(`Updating service ${STACK.partway}_api`); i++) {
        expect(run.outputs.status).toBe('failed');
        expect(run.outputs.message).toMatch(/; no service of stack .* was changed$/);
        expect(envOf('api')).toContain('APP_VERSION=r1');
        run = await deploy(STACK.partway, 'r2', { env: 'WEB_PORT_MODE=ingress' }, { port: taken });
      }
      expect(run.exitCode).toBe(1);
      expect(run.stdout).toContain(`Updating service ${STACK.partway}_api`);
      expect(run.outputs.status, run.stdout.slice(-3000)).toBe('rolled-back');
      expect(run.outputs.message).toMatch(
        new RegExp(`^docker stack deploy failed: .*port '${taken}' is already in use.*Rolled back 1 service`),
      );
      const services = JSON.parse(run.outputs.services ?? '[]') as Array<{ name: string; state: string }>;
      expect(services.map((s) => [s.name, s.state])).toEqual([
        [`${STACK.partway}_api`, 'rolled-back'],
        [`${STACK.partway}_web`, 'unchanged'],
      ]);
      expect(envOf('api')).toContain('APP_VERSION=r1');
      expect(envOf('web')).toContain('APP_VERSION=r1');
      expect(lockExists(STACK.partway)).toBe(false);
    } finally {
      localDocker('service', 'rm', blocker);
    }
  });

  it('fails on a wrong known_hosts line before any remote command runs', async () => {
    const ssh = ownSessions();
    const run = await deploy(
      STACK.hostkey,
      'r1',
      {
        'known-hosts':
          '[127.0.0.1]:2222 ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIOMqqnkVzrm0SdG6UOoqKLsabgH5C9okWi0dh2l9GKJl',
      },
      { processEnv: ssh.env },
    );
    expect(run.exitCode).toBe(1);
    expect(run.stdout).toMatch(
      /::error::Input 'known-hosts': the host key of deploy@\[127\.0\.0\.1\]:2222 does not match/,
    );
    expect(run.outputs.status).toBe('failed');
    expect(run.outputs.services).toBe('[]');
    expect(run.outputs.message).toMatch(/^Input 'known-hosts': the host key/);
    // It connected (the host key is checked on the wire) and went no further: no handshake.
    expect(ssh.connections()).toBeGreaterThanOrEqual(1);
    expect(ssh.accepted()).toBe(0);
    expect(localDocker('stack', 'ls', '--format', '{{.Name}}').split('\n')).not.toContain(STACK.hostkey);
    expect(noGantryLeftovers(run)).toEqual([]);
  });

  it('fails bad inputs before connecting, naming the input', async () => {
    const ssh = ownSessions();
    const bad = await deploy(STACK.badinput, 'r1', { rollback: 'yes' }, { processEnv: ssh.env });
    expect(bad.exitCode).toBe(1);
    expect(bad.stdout).toContain(`::error::Input 'rollback': expected true or false, got "yes"`);
    const missing = await runActionBundle('deploy-swarm', {
      inputs: {
        host: env('GANTRY_SSH_HOST'),
        'ssh-key': readFileSync(env('GANTRY_SSH_KEY'), 'utf8'),
        'known-hosts': readFileSync(env('GANTRY_KNOWN_HOSTS'), 'utf8'),
        stack: STACK.badinput,
        'compose-file': stackFile,
        env: `APP_IMAGE=${env('GANTRY_APP_IMAGE')}:v1`,
      },
      env: ssh.env,
    });
    expect(missing.exitCode).toBe(1);
    expect(missing.stdout).toContain(
      "::error::Input 'env': the stack file uses ${RELEASE}, ${WEB_PORT}, which are not set",
    );
    const group = await deploy(
      STACK.badinput,
      'r1',
      { env: 'S3_BUCKET=b\nS3_KEY=k', 'env-groups': 'S3_BUCKET,S3_KEY,S3_SECRET' },
      { processEnv: ssh.env },
    );
    expect(group.stdout).toContain(
      "::error::Input 'env-groups': S3_BUCKET, S3_KEY are set but S3_SECRET is not",
    );
    // Not even a TCP connection.
    expect(ssh.connections()).toBe(0);
    expect(localDocker('stack', 'ls', '--format', '{{.Name}}').split('\n')).not.toContain(STACK.badinput);
  });

  it('runs two deploys of one stack one after the other: the second waits for the lock', async () => {
    // The order is made, not hoped for: the first deploy is paused (SIGSTOP) once it waits for its
    // stack to converge (it holds the lock then); the second starts and must say that it waits for the
    // lock; only then does the first go on (SIGCONT).
    const port = await freePort();
    let paused: ChildProcess | undefined;
    let holding = (): void => {};
    const firstHolds = new Promise<void>((resolve) => {
      holding = resolve;
    });
    const first = deploy(
      STACK.lock,
      'r1',
      {},
      {
        port,
        onStdout: (out, child) => {
          if (paused === undefined && out.includes(`Waiting for stack ${STACK.lock} to converge`)) {
            paused = child;
            child.kill('SIGSTOP');
            holding();
          }
        },
      },
    );
    const early = await Promise.race([firstHolds.then(() => undefined), first]);
    if (early !== undefined)
      throw new Error(`the first deploy ended before it held the lock:\n${early.stdout.slice(-2000)}`);
    expect(lockExists(STACK.lock)).toBe(true);

    let resumed = false;
    const resumeFirst = () => {
      if (resumed) return;
      resumed = true;
      paused?.kill('SIGCONT');
    };
    const waiting = `Waiting for the deploy lock of stack ${STACK.lock}, held by https://github.com/acme/shop/actions/runs/4242`;
    // Resumed in any case once the second ends, so a second that does not wait fails the assertions
    // below instead of leaving the first paused.
    const second = await deploy(
      STACK.lock,
      'r2',
      {},
      { port, onStdout: (out) => (out.includes(waiting) ? resumeFirst() : undefined) },
    ).finally(resumeFirst);
    const firstRun = await first;
    expect(firstRun.exitCode, firstRun.stdout).toBe(0);
    expect(second.exitCode, second.stdout).toBe(0);
    expect(second.stdout).toContain(waiting);
    expect(lockExists(STACK.lock)).toBe(false);
  });

  it('on SIGTERM mid-deploy, main stops its wait and cleans up; the lock is gone and the key removed', async () => {
    const run = await deploy(
      STACK.cancel,
      'r1',
      { env: 'APP_STARTUP_DELAY=60' },
      { killWhen: /Waiting for stack .* to converge[\s\S]*\ds: / },
    );
    // It was killed while waiting for convergence, holding the lock.
    expect(run.stdout).toContain(`::group::Waiting for stack ${STACK.cancel} to converge`);
    expect(run.state['lock-id']).toMatch(/^\w{25}$/);
    expect(run.exitCode).not.toBe(0);
    // main ends by itself: the SIGTERM aborts its wait (an execa signal-exit handler once re-raised it).
    expect(run.signal).toBeUndefined();
    expect(run.post?.exitCode).toBe(0);
    expect(lockExists(STACK.cancel)).toBe(false);
    expect(noGantryLeftovers(run)).toEqual([]);
    expect(existsSync(run.state['ssh-dir'] ?? '/nonexistent')).toBe(false);
  });
});
