import type { DockerClient } from '../../adapters/docker.ts';
import { trace } from '../../adapters/trace.ts';
import {
  type Baseline,
  judgeStack,
  progressLine,
  type ServiceVerdict,
  type StackVerdict,
  type WatchMode,
} from '../../core/swarm/convergence.ts';
import { STACK_LABEL, type SwarmService, type SwarmTask } from '../../core/swarm/engine-types.ts';
import type { Reporter } from '../reporter.ts';
import { LostContactError, withReconnect } from './reconnect.ts';
import { stackWakeup, type Wakeup } from './wake.ts';

export interface StackSnapshot {
  services: SwarmService[];
  tasks: SwarmTask[];
}

/** Two Engine API requests: the stack's services (with status) and their tasks. */
export async function readStack(
  docker: DockerClient,
  stack: string,
  only?: ReadonlySet<string>,
): Promise<StackSnapshot> {
  const filters = encodeURIComponent(JSON.stringify({ label: [`${STACK_LABEL}=${stack}`] }));
  let services = await docker.api<SwarmService[]>('GET', `/services?status=true&filters=${filters}`);
  if (only !== undefined) services = services.filter((s) => only.has(s.Spec.Name));
  if (services.length === 0) return { services, tasks: [] };
  const taskFilters = encodeURIComponent(JSON.stringify({ service: services.map((s) => s.ID) }));
  const tasks = await docker.api<SwarmTask[]>('GET', `/tasks?filters=${taskFilters}`);
  return { services, tasks };
}

export interface WatchOptions {
  stack: string;
  baseline: Baseline;
  mode: WatchMode;
  timeoutMs: number;
  noProgressMs: number;
  /** Restrict to these services (a rollback watches only what it rolled back). */
  only?: ReadonlySet<string>;
  pollMs?: number;
  progressEveryMs?: number;
  signal?: AbortSignal;
}

export interface WatchResult {
  verdict: StackVerdict;
  /** Why the watch ended without convergence, when it was not a service's failure. */
  timedOut?: string;
  /** The engine could not be reached again before the deadline: what was last seen, in words. */
  lostContact?: string;
  snapshot: StackSnapshot;
}

/** What a watch says when it lost contact for good: the state it last saw, and nothing it did not. */
export function lostContactMessage(last: StackVerdict | undefined, error: LostContactError): string {
  const state =
    last === undefined || last.services.length === 0
      ? 'not seen since the deploy began'
      : last.services.map(progressLine).join(', ');
  return `lost contact; the update was in state ${state} when last seen (${error.message})`;
}

/** One read of the stack for a watch, reconnecting as needed; a contact lost for good ends the watch. */
async function readForWatch(
  docker: DockerClient,
  options: WatchOptions,
  deadline: number,
  last: WatchResult | undefined,
  report: Reporter,
): Promise<{ snapshot: StackSnapshot; lostMs: number } | { ended: WatchResult }> {
  try {
    const read = await withReconnect(() => readStack(docker, options.stack, options.only), report, {
      deadline,
      signal: options.signal,
    });
    return { snapshot: read.value, lostMs: read.lostMs };
  } catch (error) {
    if (!(error instanceof LostContactError)) throw error;
    const snapshot = last?.snapshot ?? { services: [], tasks: [] };
    const verdict = last?.verdict ?? { phase: 'progressing' as const, services: [] };
    return { ended: { verdict, snapshot, lostContact: lostContactMessage(last?.verdict, error) } };
  }
}

/** Why a watch still progressing stops waiting now, if it does. */
function stopWaiting(options: WatchOptions, elapsedMs: number, unchangedMs: number): string | undefined {
  if (elapsedMs >= options.timeoutMs) return `not converged within ${Math.round(options.timeoutMs / 1000)}s`;
  if (unchangedMs >= options.noProgressMs)
    return `no progress for ${Math.round(options.noProgressMs / 1000)}s`;
  if (options.signal?.aborted) return 'cancelled';
  return undefined;
}

/**
 * Watches until the stack converges, a service fails, the deadline passes, or nothing changes for
 * `noProgressMs`. Reads the stack every `pollMs` (default 500 ms), and at once when the engine's
 * events say something of the stack changed (wake.ts), so a verdict is seen a round trip after
 * Swarm reaches it on the engine's node; prints one progress line per service at most every few
 * seconds. A read that fails on the way to the engine is retried (reconnect.ts) until the
 * deadline; then the watch ends saying it lost contact and what it last saw.
 */
export async function watchStack(
  docker: DockerClient,
  options: WatchOptions,
  report: Reporter,
): Promise<WatchResult> {
  const wakeup = stackWakeup(docker, options.stack);
  try {
    return await pollStack(docker, options, report, wakeup);
  } finally {
    wakeup.close();
  }
}

async function pollStack(
  docker: DockerClient,
  options: WatchOptions,
  report: Reporter,
  wakeup: Wakeup,
): Promise<WatchResult> {
  const pollMs = options.pollMs ?? 500;
  const progressEveryMs = options.progressEveryMs ?? 5000;
  const started = Date.now();
  let lastProgressAt = 0;
  let lastChangeAt = started;
  let lastState = '';
  let last: WatchResult | undefined;
  for (;;) {
    const read = await readForWatch(docker, options, started + options.timeoutMs, last, report);
    if ('ended' in read) return read.ended;
    const { snapshot } = read;
    const verdict = judgeStack(snapshot.services, snapshot.tasks, options.baseline, options.mode);
    last = { verdict, snapshot };
    // With the client's request count so far: the benchmarks read the requests each poll costs.
    trace(`watch: read, ${verdict.phase}, ${docker.apiRequests} requests`);
    const state = verdict.services.map((s) => `${s.name}:${s.ready}:${s.update}:${s.phase}`).join('|');
    const now = Date.now();
    // Time without contact is not time without progress: Swarm may have moved on meanwhile.
    if (state !== lastState || read.lostMs > 0) {
      lastState = state;
      lastChangeAt = now;
    }
    if (verdict.phase !== 'progressing') {
      for (const service of verdict.services) report.info(progressLine(service));
      return { verdict, snapshot };
    }
    if (now - lastProgressAt >= progressEveryMs) {
      lastProgressAt = now;
      report.info(`${Math.round((now - started) / 1000)}s: ${verdict.services.map(progressLine).join(', ')}`);
    }
    const timedOut = stopWaiting(options, now - started, now - lastChangeAt);
    if (timedOut !== undefined) return { verdict, snapshot, timedOut };
    await wakeup.wait(pollMs);
  }
}

/** What the watch phase of a deploy found. */
export interface DeployWatch {
  verdicts: ServiceVerdict[];
  /** The services that did not converge. */
  failing: ServiceVerdict[];
  /** Why the deploy failed; undefined when every service converged. */
  failure: string | undefined;
  /** The stack's services when the watch ended. */
  after: SwarmService[];
  /** Set when the engine could not be reached again before the deadline (the failure says so). */
  lostContact?: true;
}

/** Why a watch that did not converge failed: the failed services' reasons, else why it stopped waiting. */
export function watchFailure(watched: WatchResult): string | undefined {
  if (watched.lostContact !== undefined) return watched.lostContact;
  const failing = watched.verdict.services.filter((s) => s.phase !== 'converged');
  if (watched.verdict.phase === 'failed')
    return failing
      .filter((s) => s.phase === 'failed')
      .map((s) => `${s.name}: ${s.reason}`)
      .join('; ');
  if (watched.timedOut !== undefined)
    return `${watched.timedOut}: ${failing.map((s) => `${s.name} ${s.ready}/${s.desired}`).join(', ')}`;
  return undefined;
}

/** The watch phase: waits for the stack to converge on what `docker stack deploy` gave it. */
export async function watchDeploy(
  docker: DockerClient,
  request: { stack: string; timeoutMs: number; noProgressMs: number; signal?: AbortSignal },
  baseline: Baseline,
  report: Reporter,
): Promise<DeployWatch> {
  const { stack, timeoutMs, noProgressMs, signal } = request;
  const watched = await report.group(`Waiting for stack ${stack} to converge`, () =>
    watchStack(
      docker,
      { stack, baseline, mode: 'deploy', timeoutMs, noProgressMs, ...(signal ? { signal } : {}) },
      report,
    ),
  );
  const verdicts = watched.verdict.services;
  return {
    verdicts,
    failing: verdicts.filter((s) => s.phase !== 'converged'),
    failure: watchFailure(watched),
    after: watched.snapshot.services,
    ...(watched.lostContact === undefined ? {} : { lostContact: true as const }),
  };
}
