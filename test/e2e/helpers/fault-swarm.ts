import type { ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { request } from 'node:http';
import path from 'node:path';
import { runActionBundle } from '../../helpers/run-action-bundle.ts';
import { localDocker, sandboxVar } from './sandbox-docker.ts';

// The deploy-swarm bundle as the runner runs it, for the fault tests (test/e2e/fault-*.e2e.test.ts):
// stacks named fault1-*, host ports from 18200-18299.

export const TWO_SERVICES = path.resolve(import.meta.dirname, '../../fixtures/stacks/two-services.yml');
/** One service Swarm rolls back by itself, slowly (its rollback is monitored for 10 s). */
export const AUTO_ROLLBACK = path.resolve(
  import.meta.dirname,
  '../../fixtures/stacks/fault-auto-rollback.yml',
);

/** A stack name of this run: fault1-<topic>-<random suffix>. */
export const faultStack = (topic: string): string =>
  `fault1-${topic}-${Math.random().toString(36).slice(2, 7)}`;

/** A host port of the fault tests' range that no container of the engine publishes. */
export function faultPort(): number {
  const used = localDocker('ps', '--format', '{{.Ports}}');
  for (;;) {
    const port = 18200 + Math.floor(Math.random() * 100);
    if (!used.includes(`:${port}->`)) return port;
  }
}

export interface FaultDeploy {
  stack: string;
  release: string;
  /** The web service's host port (two-services.yml). */
  port?: number;
  /** The stack file (default two-services.yml). */
  composeFile?: string;
  tag?: string;
  /** Extra `env` lines for the stack file (FAILURE_ACTION=rollback, APP_STARTUP_DELAY=60). */
  env?: string;
  inputs?: Record<string, string>;
  killWhen?: RegExp;
  onStdout?: (soFar: string, child: ChildProcess) => void;
  /** The runner died with main: no post step. */
  noPost?: boolean;
}

/** The stack file's variables: the image tag, the release, the web port. */
export const stackEnv = (d: Pick<FaultDeploy, 'tag' | 'release' | 'port' | 'env'>): string =>
  `APP_IMAGE=${sandboxVar('GANTRY_APP_IMAGE')}:${d.tag ?? 'v1'}\nRELEASE=${d.release}\nWEB_PORT=${d.port ?? 0}\n${d.env ?? ''}`;

/** One deploy-swarm run (main, then post) over SSH to the sandbox. */
export function deploySwarmBundle(d: FaultDeploy) {
  return runActionBundle('deploy-swarm', {
    inputs: {
      host: sandboxVar('GANTRY_SSH_HOST'),
      'ssh-key': readFileSync(sandboxVar('GANTRY_SSH_KEY'), 'utf8'),
      'known-hosts': readFileSync(sandboxVar('GANTRY_KNOWN_HOSTS'), 'utf8'),
      stack: d.stack,
      'compose-file': d.composeFile ?? TWO_SERVICES,
      env: stackEnv(d),
      timeout: '180s',
      'no-progress-timeout': '90s',
      ...d.inputs,
    },
    ...(d.killWhen === undefined ? {} : { killWhen: d.killWhen }),
    ...(d.onStdout === undefined ? {} : { onStdout: d.onStdout }),
    ...(d.noPost === true ? { noPost: true } : {}),
    timeoutMs: 400_000,
  });
}

/** Whether the stack's deploy lock (config gantry-lock-<stack>) exists. */
export const lockExists = (stack: string): boolean =>
  localDocker('config', 'ls', '--filter', `name=gantry-lock-${stack}`, '--format', '{{.Name}}') !== '';

/** A service's UpdateStatus.State ('' when it has none) and its APP_VERSION. */
export function serviceState(service: string): { update: string; version: string } {
  const out = localDocker(
    'service',
    'inspect',
    service,
    '--format',
    '{{if .UpdateStatus}}{{.UpdateStatus.State}}{{end}}|{{range .Spec.TaskTemplate.ContainerSpec.Env}}{{.}} {{end}}',
  );
  const [update = '', envs = ''] = out.split('|');
  return { update, version: /APP_VERSION=(\S+)/.exec(envs)?.[1] ?? '' };
}

/**
 * Moves the expiry of the stack's lock to `inMs` from now (a lock's TTL is twice the deploy's
 * timeout plus 5 minutes: a test does not wait that long). Swarm lets a config's labels change
 * (POST /configs/{id}/update), not its data; the CLI has no command for it, so the Engine API.
 */
export async function expireLockIn(stack: string, inMs: number): Promise<void> {
  const [config] = JSON.parse(localDocker('config', 'inspect', `gantry-lock-${stack}`)) as Array<{
    ID: string;
    Version: { Index: number };
    Spec: { Name: string; Labels: Record<string, string>; Data: string };
  }>;
  if (config === undefined) throw new Error(`no lock on stack ${stack}`);
  const labels = { ...config.Spec.Labels, 'gantry.lock.expires': new Date(Date.now() + inMs).toISOString() };
  const body = JSON.stringify({ ...config.Spec, Labels: labels });
  const socketPath = sandboxVar('GANTRY_DOCKER_HOST').replace(/^unix:\/\//, '');
  await new Promise<void>((resolve, reject) => {
    const req = request(
      {
        socketPath,
        method: 'POST',
        path: `/configs/${config.ID}/update?version=${config.Version.Index}`,
        headers: { 'Content-Type': 'application/json', 'Content-Length': Buffer.byteLength(body) },
      },
      (res) => {
        res.resume();
        res.on('end', () =>
          res.statusCode === 200 ? resolve() : reject(new Error(`config update: HTTP ${res.statusCode}`)),
        );
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}
