import { type SwarmService, type SwarmTask, TERMINAL_TASK_STATES } from './engine-types.ts';

/**
 * The drain after a Swarm update, pure: the tasks an update replaced that are still stopping (told
 * to shut down, their container not yet gone: a start-first update completes while the old task
 * still runs its stop grace period), and how long to wait for them at most.
 */

/** Tasks told to stop whose state is not final yet (a stopping container is still `running`). */
export function drainingTasks(tasks: readonly SwarmTask[]): SwarmTask[] {
  return tasks.filter(
    (t) =>
      (t.DesiredState === 'shutdown' || t.DesiredState === 'remove') &&
      !TERMINAL_TASK_STATES.has(t.Status.State),
  );
}

/** Docker's default stop grace period (10 s) when a service sets none. */
const DEFAULT_GRACE_MS = 10_000;

/** The longest stop grace period (`stop_grace_period`) among these services, in ms. */
export function longestGraceMs(services: readonly SwarmService[]): number {
  let longest = 0;
  for (const s of services) {
    const ns = (s.Spec.TaskTemplate?.ContainerSpec as { StopGracePeriod?: number } | undefined)
      ?.StopGracePeriod;
    longest = Math.max(longest, ns === undefined ? DEFAULT_GRACE_MS : Math.ceil(ns / 1e6));
  }
  return longest;
}
