/**
 * What Swarm is doing to a stack's services right now, read from `UpdateStatus`, and what a deploy
 * does about it before it changes anything (pure; the pipeline's settle and rollback phases act on
 * these decisions). The rule, also in docs/reliability.md:
 * - an update or rollback in progress (`updating`, `rollback_started`) is waited for: Swarm
 *   finishes it by itself (or rolls it back by its `failure_action`), and a deploy that changed the
 *   service meanwhile would meet `update out of sequence` or undo a rollback half-way;
 * - an update left paused (`paused`, e.g. by a run that was killed before it rolled back) is rolled
 *   back first, when rollback is on, so the previous good spec is again what a failed deploy returns
 *   to; with rollback off it is reported and deployed over;
 * - a paused rollback (`rollback_paused`) cannot be undone (the service has no previous spec any
 *   more): reported, and deployed over.
 */
import { retry } from '../retry.ts';
import type { SwarmService, SwarmTask, UpdateState } from './engine-types.ts';

export type SettleAction = 'wait' | 'roll-back' | 'deploy-over';

export interface UnsettledService {
  name: string;
  state: UpdateState;
  message: string | undefined;
  action: SettleAction;
}

export function settleAction(state: UpdateState | undefined, rollback: boolean): SettleAction | undefined {
  switch (state) {
    case 'updating':
    case 'rollback_started':
      return 'wait';
    case 'paused':
      return rollback ? 'roll-back' : 'deploy-over';
    case 'rollback_paused':
      return 'deploy-over';
    default:
      return undefined;
  }
}

/** The services whose update is not over (in progress or paused), and what to do about each. */
export function unsettledServices(services: readonly SwarmService[], rollback: boolean): UnsettledService[] {
  const found: UnsettledService[] = [];
  for (const s of services) {
    const state = s.UpdateStatus?.State;
    const action = settleAction(state, rollback);
    if (state === undefined || action === undefined) continue;
    found.push({ name: s.Spec.Name, state, message: s.UpdateStatus?.Message?.trim() || undefined, action });
  }
  return found.sort((a, b) => a.name.localeCompare(b.name));
}

/** `shop_api (rollback started: update rolled back due to …)`: one service, for a progress line. */
export const unsettledLine = (u: UnsettledService): string =>
  `${u.name} (${u.state.replace('_', ' ')}${u.message ? `: ${u.message}` : ''})`;

/** Swarm's refusal of a change made against a service version that moved meanwhile. */
export const isOutOfSequence = (text: string): boolean => /update out of sequence/i.test(text);

/** Swarm's refusal of `docker service rollback` for a service with no previous spec. */
export const hasNoPreviousSpec = (text: string): boolean => /does not have a previous spec/i.test(text);

/** Update states in which Swarm is rolling back, or has rolled back, the service by itself. */
export const isSwarmRollback = (state: UpdateState | undefined): boolean =>
  state === 'rollback_started' || state === 'rollback_paused' || state === 'rollback_completed';

/**
 * The state a service is in, in words, for a message that cannot claim more:
 * `update state paused (task failed), 1/2 tasks running, image app:v2`.
 */
export function describeService(service: SwarmService, tasks: readonly SwarmTask[]): string {
  const status = service.UpdateStatus;
  const update =
    status?.State === undefined
      ? 'no update recorded'
      : `update state ${status.State}${status.Message ? ` (${status.Message.trim()})` : ''}`;
  const running = tasks.filter(
    (t) => t.ServiceID === service.ID && t.Status.State === 'running' && t.DesiredState === 'running',
  ).length;
  const desired = service.Spec.Mode?.Replicated?.Replicas;
  const image = service.Spec.TaskTemplate?.ContainerSpec?.Image ?? 'unknown';
  return `${update}, ${running}${desired === undefined ? '' : `/${desired}`} tasks running, image ${image}`;
}

/** How often a change refused with `update out of sequence` is tried in all. */
export const OUT_OF_SEQUENCE_ATTEMPTS = 5;

/** The wait before the next try of a change refused with `update out of sequence` (1 s, 2 s, 4 s, 8 s). */
export const outOfSequenceDelay = (failures: number): number | undefined =>
  failures >= OUT_OF_SEQUENCE_ATTEMPTS ? undefined : Math.min(1000 * 2 ** (failures - 1), 8000);

/** Thrown by an attempt that Swarm refused with `update out of sequence`, so that it is tried again. */
export class OutOfSequence extends Error {
  override readonly name = 'OutOfSequence';
}

/**
 * Runs `attempt` again (with `outOfSequenceDelay` between) while it throws OutOfSequence; the last
 * OutOfSequence is rethrown when the tries are used up.
 */
export function retryOutOfSequence<T>(
  attempt: () => Promise<T>,
  sleep: (ms: number) => Promise<void>,
  onRetry: (waitMs: number) => void,
): Promise<T> {
  return retry(() => attempt(), {
    delayMs: (n, error) => (error instanceof OutOfSequence ? outOfSequenceDelay(n) : undefined),
    sleep,
    onRetry: (_n, wait) => onRetry(wait),
  });
}
