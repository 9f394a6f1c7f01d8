import { type DockerClient, EngineError } from '../../adapters/docker.ts';
import { trace } from '../../adapters/trace.ts';
import { ConfigurationError, StepFailure } from '../../core/errors.ts';
import {
  heldLockDetail,
  LOCK_EXPIRES,
  LOCK_HOLDER,
  lockLabels,
  lockName,
  lockState,
} from '../../core/swarm/lock.ts';
import type { Reporter } from '../reporter.ts';

export interface EngineConfig {
  ID: string;
  CreatedAt?: string;
  Spec: { Name: string; Labels?: Record<string, string> };
}

export interface HeldLock {
  id: string;
  name: string;
}

/** What a deploy or prune asks of the stack's lock (the duration is its own). */
export interface LockRequest {
  holder: string;
  waitMs: number;
  /** The input (or flag) named when waiting runs out. */
  waitInput?: string;
  /** The run's cancellation: a wait for the lock stops when it is aborted. */
  signal?: AbortSignal;
}

export interface LockOptions extends LockRequest {
  stack: string;
  ttlMs: number;
  pollMs?: number;
  now?: () => Date;
  sleep?: (ms: number) => Promise<void>;
}

export const findLock = async (docker: DockerClient, name: string): Promise<EngineConfig | undefined> => {
  const filters = encodeURIComponent(JSON.stringify({ name: [name] }));
  const configs = await docker.api<EngineConfig[]>('GET', `/configs?filters=${filters}`);
  return configs.find((c) => c.Spec.Name === name);
};

/**
 * One try to create the lock: held, or undefined when another holds it (409). A create that failed
 * on the way (a cancel, a broken connection) may still have reached the engine: a lock found with
 * exactly these labels is this run's, and is removed before the error is thrown, never left behind.
 */
async function createLock(
  docker: DockerClient,
  name: string,
  holder: string,
  labels: Record<string, string>,
): Promise<HeldLock | undefined> {
  try {
    const created = await docker.api<{ ID: string }>('POST', '/configs/create', {
      Name: name,
      Labels: labels,
      Data: Buffer.from(holder).toString('base64'),
    });
    return { id: created.ID, name };
  } catch (error) {
    if (error instanceof EngineError && error.status === 409) return undefined;
    const found = await findLock(docker, name).catch(() => undefined);
    const ours =
      found !== undefined &&
      found.Spec.Labels?.[LOCK_HOLDER] === labels[LOCK_HOLDER] &&
      found.Spec.Labels?.[LOCK_EXPIRES] === labels[LOCK_EXPIRES];
    if (ours) await docker.api('DELETE', `/configs/${found.ID}`).catch(() => undefined);
    throw error;
  }
}

/** Takes the stack's lock, waiting up to `waitMs` for a holder to finish; fails naming the holder. */
export async function acquireLock(
  docker: DockerClient,
  options: LockOptions,
  report: Reporter,
): Promise<HeldLock> {
  const now = options.now ?? (() => new Date());
  const sleep = options.sleep ?? ((ms: number) => new Promise<void>((r) => setTimeout(r, ms)));
  const name = lockName(options.stack);
  const deadline = now().getTime() + options.waitMs;
  let announced = '';
  for (;;) {
    const held = await createLock(
      docker,
      name,
      options.holder,
      lockLabels(options.stack, options.holder, now(), options.ttlMs),
    );
    if (held !== undefined) return held;
    const existing = await findLock(docker, name);
    if (existing === undefined) continue; // released between our create and our look: try again
    const state = lockState(existing.Spec.Labels, now());
    if (state.expired) {
      report.warning(
        `Taking over the expired deploy lock of stack ${options.stack}, held by ${state.holder} until ${state.expires?.toISOString() ?? 'an unreadable time'} (${heldLockDetail(state, existing.CreatedAt, now())}; its holder never released it: a run that was killed?)`,
      );
      await docker.api('DELETE', `/configs/${existing.ID}`).catch(() => undefined);
      continue;
    }
    if (options.signal?.aborted)
      throw new StepFailure(
        `cancelled while waiting for the deploy lock of stack ${options.stack}, held by ${state.holder}`,
      );
    if (now().getTime() >= deadline) {
      throw new ConfigurationError(
        `stack ${options.stack} is being deployed by ${state.holder} (lock held until ${state.expires?.toISOString()}); waited ${Math.round(options.waitMs / 1000)}s`,
        options.waitInput ?? 'lock-timeout',
      );
    }
    if (announced !== state.holder) {
      report.info(
        `Waiting for the deploy lock of stack ${options.stack}, held by ${state.holder} (${heldLockDetail(state, existing.CreatedAt, now())})`,
      );
      announced = state.holder;
    }
    await sleep(Math.min(options.pollMs ?? 2000, Math.max(0, deadline - now().getTime())));
  }
}

/** Releases a lock this run holds (by ID, so a lock taken over by someone else is left alone). */
export async function releaseLock(docker: DockerClient, lock: HeldLock): Promise<boolean> {
  try {
    await docker.api('DELETE', `/configs/${lock.id}`);
    return true;
  } catch (error) {
    if (error instanceof EngineError && error.status === 404) return false;
    throw error;
  }
}

/**
 * The lock phase: runs `body` holding the stack's lock, and releases the lock however `body`
 * ends. `onLock` hears of the lock as soon as it is held (so `post` can release it after a cancel).
 */
export async function underStackLock<T>(
  docker: DockerClient,
  options: LockOptions,
  report: Reporter,
  onLock: ((lock: HeldLock) => void) | undefined,
  body: () => Promise<T>,
): Promise<T> {
  const lock = await acquireLock(docker, options, report);
  const expires = new Date((options.now?.() ?? new Date()).getTime() + options.ttlMs);
  onLock?.(lock);
  try {
    return await body();
  } finally {
    await releaseLock(docker, lock).catch((error: Error) =>
      report.warning(
        `could not release the deploy lock: ${error.message}; it expires by itself at ${expires.toISOString()}`,
      ),
    );
    trace('lock: released');
  }
}
