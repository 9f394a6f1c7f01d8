// A scripted Docker engine for the Swarm deploy phases: the Engine API answers from a mutable
// state (services, tasks, secrets, configs, networks) the way the real API shapes them, and CLI
// commands (`docker stack deploy`, `service rollback`, …) are recorded and answered by a script
// that may change the state, as the real command would. The same flows run against the sandbox's
// Swarm in test/e2e/deploy-swarm.e2e.test.ts.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { type DockerClient, EngineError } from '../../../src/adapters/docker.ts';
import { ToolError } from '../../../src/adapters/exec.ts';
import type { ComposeAnalysis } from '../../../src/core/swarm/compose.ts';
import {
  STACK_LABEL,
  type SwarmSecret,
  type SwarmService,
  type SwarmTask,
} from '../../../src/core/swarm/engine-types.ts';
import type { SwarmDeployRequest } from '../../../src/pipeline/swarm/deploy.ts';

export interface EngineState {
  services: SwarmService[];
  tasks: SwarmTask[];
  secrets: SwarmSecret[];
  configs: Array<{ ID: string; Spec: { Name: string; Labels?: Record<string, string> } }>;
  networks: Array<{ Name: string }>;
}

export type Answer = { exitCode?: number; stdout?: string; stderr?: string } | Error;

export const STACK = 'shop';

export function service(short: string, version: number, image: string): SwarmService {
  const name = `${STACK}_${short}`;
  return {
    ID: `id-${name}`,
    Version: { Index: version },
    Spec: {
      Name: name,
      Labels: { [STACK_LABEL]: STACK },
      TaskTemplate: { ContainerSpec: { Image: image } },
      Mode: { Replicated: { Replicas: 1 } },
    },
  };
}

export const task = (s: SwarmService, state: 'running' | 'failed', err?: string): SwarmTask => ({
  ID: `task-${s.Spec.Name}-${Math.random()}`,
  ServiceID: s.ID,
  DesiredState: state === 'running' ? 'running' : 'shutdown',
  Status: { State: state, ...(err ? { Err: err } : {}) },
  Spec: s.Spec.TaskTemplate ?? {},
});

/** A service updated by a deploy: the next version, with the new image, its old spec kept. */
export const updated = (s: SwarmService, image: string): SwarmService => ({
  ...s,
  Version: { Index: s.Version.Index + 1 },
  PreviousSpec: s.Spec,
  Spec: { ...s.Spec, TaskTemplate: { ContainerSpec: { Image: image } } },
});

/** A service's previous spec back (what `docker service rollback` does), with a running task. */
export function rollBack(state: EngineState, name: string): void {
  state.services = state.services.map((s) =>
    s.Spec.Name === name && s.PreviousSpec
      ? { ...s, Version: { Index: s.Version.Index + 1 }, Spec: s.PreviousSpec }
      : s,
  );
  const back = state.services.find((s) => s.Spec.Name === name);
  if (back) state.tasks.push(task(back, 'running'));
}

export function fakeEngine(
  initial: Partial<EngineState>,
  script: (args: string[], state: EngineState) => Answer = () => ({}),
) {
  const state: EngineState = { services: [], tasks: [], secrets: [], configs: [], networks: [], ...initial };
  const calls: string[] = [];
  let ids = 0;
  const api = async (method: string, url: string, body?: unknown): Promise<unknown> => {
    const route = url.split('?')[0] ?? url;
    calls.push(`${method} ${route}`);
    if (method === 'GET' && route === '/services') return structuredClone(state.services);
    if (method === 'GET' && route === '/tasks') return structuredClone(state.tasks);
    if (method === 'GET' && route === '/secrets') return structuredClone(state.secrets);
    if (method === 'GET' && route === '/configs') return structuredClone(state.configs);
    if (method === 'GET' && route === '/networks') return structuredClone(state.networks);
    // One ready, active node: the single-node Swarm the deploy phases are tested on.
    if (method === 'GET' && route === '/nodes')
      return [
        {
          ID: 'n1',
          Description: { Hostname: 'node-1' },
          Spec: { Availability: 'active' },
          Status: { State: 'ready', Addr: '10.0.0.1' },
        },
      ];
    if (method === 'POST' && route === '/configs/create') {
      const { Name, Labels } = body as { Name: string; Labels: Record<string, string> };
      if (state.configs.some((c) => c.Spec.Name === Name)) throw new EngineError('name conflicts', 409);
      const ID = `config-${++ids}`;
      state.configs.push({ ID, Spec: { Name, Labels } });
      return { ID };
    }
    if (method === 'DELETE' && route.startsWith('/configs/')) {
      const id = route.slice('/configs/'.length);
      if (!state.configs.some((c) => c.ID === id)) throw new EngineError('no such config', 404);
      state.configs = state.configs.filter((c) => c.ID !== id);
      return {};
    }
    throw new Error(`unexpected ${method} ${url}`);
  };
  const run = async (args: readonly string[], options: { allowFailure?: boolean } = {}) => {
    calls.push(`docker ${args.join(' ')}`);
    const answer = script([...args], state);
    if (answer instanceof Error) throw answer;
    const result = {
      command: `docker ${args.join(' ')}`,
      exitCode: answer.exitCode ?? 0,
      stdout: answer.stdout ?? '',
      stderr: answer.stderr ?? '',
    };
    if (result.exitCode !== 0 && !options.allowFailure)
      throw new ToolError(
        `${result.command} exited with code ${result.exitCode}`,
        result.command,
        result.exitCode,
        result.stderr,
      );
    return result;
  };
  const docker = { api, run } as unknown as DockerClient;
  return { docker, calls, state };
}

export const analysis = (services: string[], extra: Partial<ComposeAnalysis> = {}): ComposeAnalysis => ({
  version: undefined,
  services: services.map((name) => ({
    name,
    image: 'app:v2',
    replicas: 1,
    mode: undefined,
    secrets: [],
    configs: [],
    networks: [],
    publishedPorts: [],
  })),
  secrets: [],
  configs: [],
  networks: [],
  files: [],
  missing: [],
  ...extra,
});

export const request = (extra: Partial<SwarmDeployRequest> = {}): SwarmDeployRequest => ({
  stack: STACK,
  composePaths: ['stack.yml'],
  analysis: analysis(['web']),
  env: {},
  imagePins: new Map(),
  prune: false,
  withRegistryAuth: false,
  timeoutMs: 60_000,
  noProgressMs: 60_000,
  rollback: true,
  dryRun: false,
  smoke: undefined,
  pendingSecrets: [],
  lock: { holder: 'unit-test', waitMs: 0 },
  workDir: mkdtempSync(path.join(tmpdir(), 'gantry-swarm-phases-')),
  ...extra,
});

/** The script of a `docker stack deploy` that updates `web` to app:v2 with a task in `outcome`. */
export const deploysWeb =
  (outcome: 'running' | 'failed', script: (args: string[], state: EngineState) => Answer = () => ({})) =>
  (args: string[], state: EngineState): Answer => {
    if (args[0] === 'stack' && args[1] === 'deploy') {
      state.services = state.services.map((s) => (s.Spec.Name === `${STACK}_web` ? updated(s, 'app:v2') : s));
      const web = state.services.find((s) => s.Spec.Name === `${STACK}_web`);
      if (web === undefined) throw new Error('no web service');
      for (let i = 0; i < (outcome === 'failed' ? 3 : 1); i++)
        state.tasks.push(task(web, outcome, outcome === 'failed' ? 'task: non-zero exit (1)' : undefined));
      return { stdout: 'Updating service shop_web (id: id-shop_web)' };
    }
    if (args[0] === 'service' && args[1] === 'rollback') {
      rollBack(state, args.at(-1) ?? '');
      return { stdout: '' };
    }
    return script(args, state);
  };
