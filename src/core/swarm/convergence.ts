import type { SwarmService, SwarmTask, TaskTemplate } from './engine-types.ts';

/**
 * Whether each service of a stack has converged on its current spec, judged from one snapshot of
 * the Engine API (`GET /services?status=true` and `GET /tasks`) against the snapshot taken before
 * the deploy. `docker stack deploy` returns before Swarm has done anything, and `--detach=false`
 * exits 0 even after Swarm rolled the update back, so the verdict is ours.
 */

export type ServicePhase = 'converged' | 'progressing' | 'failed';

export interface ServiceVerdict {
  name: string;
  id: string;
  phase: ServicePhase;
  /** Tasks of the current spec that are running (for jobs: completed). */
  ready: number;
  desired: number;
  /** Swarm's update state, when an update of this deploy is under way or over. */
  update: string | undefined;
  oneShot: boolean;
  /** For `failed`: why, in Swarm's words where it has any. */
  reason: string | undefined;
  /** True when Swarm itself rolled this service back (update_config.failure_action: rollback). */
  swarmRolledBack: boolean;
}

/** What the deploy changed, from the snapshot before it. */
export interface Baseline {
  /** Service name → its Version.Index and UpdateStatus.StartedAt before the deploy. */
  services: Record<string, { version: number; updateStartedAt: string | undefined }>;
}

export const baselineOf = (services: readonly SwarmService[]): Baseline => ({
  services: Object.fromEntries(
    services.map((s) => [
      s.Spec.Name,
      { version: s.Version.Index, updateStartedAt: s.UpdateStatus?.StartedAt },
    ]),
  ),
});

/** JSON with sorted keys, so two objects compare by content whatever their key order. */
const canonical = (value: unknown): string =>
  JSON.stringify(value, (_key, v: unknown) =>
    v !== null && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(
          Object.entries(v as Record<string, unknown>).sort(([a], [b]) => a.localeCompare(b)),
        )
      : v,
  );

/**
 * A task belongs to the current spec when its spec is the service's task template. The engine
 * fills `Runtime` in the service's copy only (seen on Docker 20.10), so it is left out.
 */
const sameTemplate = (task: TaskTemplate | undefined, service: TaskTemplate | undefined): boolean => {
  const { Runtime: _t, ...a } = task ?? {};
  const { Runtime: _s, ...b } = service ?? {};
  return canonical(a) === canonical(b);
};

export const isOneShot = (service: SwarmService): boolean => {
  const mode = service.Spec.Mode ?? {};
  return (
    mode.ReplicatedJob !== undefined ||
    mode.GlobalJob !== undefined ||
    service.Spec.TaskTemplate?.RestartPolicy?.Condition === 'none'
  );
};

function desiredOf(service: SwarmService): number {
  const mode = service.Spec.Mode ?? {};
  if (mode.Replicated !== undefined) return mode.Replicated.Replicas ?? 1;
  if (mode.ReplicatedJob !== undefined)
    return mode.ReplicatedJob.TotalCompletions ?? mode.ReplicatedJob.MaxConcurrent ?? 1;
  return service.ServiceStatus?.DesiredTasks ?? 0;
}

/** Failed or rejected tasks of the current spec at which a service that never converges is failed. */
export const FAILED_TASKS_LIMIT = 3;

/**
 * `deploy`: watching the deploy's own update (any rollback is a failure).
 * `rollback`: watching a rollback Gantry asked for (rollback_completed plus running tasks is success).
 */
export type WatchMode = 'deploy' | 'rollback';

export function judgeService(
  service: SwarmService,
  tasks: readonly SwarmTask[],
  baseline: Baseline,
  mode: WatchMode = 'deploy',
): ServiceVerdict {
  const name = service.Spec.Name;
  const before = baseline.services[name];
  const oneShot = isOneShot(service);
  const desired = desiredOf(service);
  const current = tasks.filter(
    (t) => t.ServiceID === service.ID && sameTemplate(t.Spec, service.Spec.TaskTemplate),
  );
  const jobIndex = service.JobStatus?.JobIteration?.Index;
  const ofThisRun =
    oneShot && jobIndex !== undefined ? current.filter((t) => t.JobIteration?.Index === jobIndex) : current;
  const ready = ofThisRun.filter((t) =>
    oneShot ? t.Status.State === 'complete' : t.Status.State === 'running' && t.DesiredState === 'running',
  ).length;
  const failedTasks = ofThisRun.filter((t) => t.Status.State === 'failed' || t.Status.State === 'rejected');
  const lastError = failedTasks
    .map((t) => t.Status.Err ?? t.Status.Message)
    .filter((e) => e !== undefined && e !== '')
    .at(-1);

  // An UpdateStatus that was already there before the deploy belongs to an earlier update. A
  // rollback keeps the StartedAt of the update it undoes (Swarm's own rollback), so while watching a
  // rollback the state is taken as it is: rolled back means rollback_completed, not tasks running.
  const status = service.UpdateStatus;
  const fresh = status?.StartedAt !== undefined && status.StartedAt !== before?.updateStartedAt;
  const update = fresh || mode === 'rollback' ? status?.State : undefined;
  const verdict = (phase: ServicePhase, reason?: string, swarmRolledBack = false): ServiceVerdict => ({
    name,
    id: service.ID,
    phase,
    ready,
    desired,
    update,
    oneShot,
    reason,
    swarmRolledBack,
  });

  if (mode === 'rollback') {
    if (update === 'rollback_paused' || update === 'paused') {
      return verdict('failed', `rollback paused: ${status?.Message ?? 'no message'}`);
    }
    if (update === 'rollback_started' || update === 'updating') return verdict('progressing');
    return ready >= desired ? verdict('converged') : verdict('progressing');
  }
  switch (update) {
    case 'paused':
      return verdict('failed', `update paused: ${status?.Message ?? 'no message'}`);
    case 'rollback_started':
    case 'rollback_paused':
      return verdict('failed', `Swarm is rolling the update back: ${status?.Message ?? ''}`.trim(), true);
    case 'rollback_completed':
      return verdict('failed', `Swarm rolled the update back: ${status?.Message ?? ''}`.trim(), true);
    case 'updating':
      return verdict('progressing');
    default:
      break;
  }
  const changed = before === undefined || before.version !== service.Version.Index;
  if (oneShot && failedTasks.length > 0 && service.Spec.TaskTemplate?.RestartPolicy?.Condition !== 'any') {
    return verdict('failed', `task failed: ${lastError ?? 'no message'}`);
  }
  if (ready >= desired) return verdict('converged');
  if (failedTasks.length >= FAILED_TASKS_LIMIT) {
    return verdict('failed', `${failedTasks.length} tasks failed: ${lastError ?? 'no message'}`);
  }
  // Not changed by this deploy and not converged: it was already unhealthy; still wait for it.
  return verdict('progressing', changed ? undefined : 'not converged before this deploy either');
}

export interface StackVerdict {
  phase: ServicePhase;
  services: ServiceVerdict[];
}

/** The stack is failed as soon as one service fails, converged when all are. */
export function judgeStack(
  services: readonly SwarmService[],
  tasks: readonly SwarmTask[],
  baseline: Baseline,
  mode: WatchMode = 'deploy',
): StackVerdict {
  const verdicts = services
    .map((s) => judgeService(s, tasks, baseline, mode))
    .sort((a, b) => a.name.localeCompare(b.name));
  const phase = verdicts.some((v) => v.phase === 'failed')
    ? 'failed'
    : verdicts.every((v) => v.phase === 'converged')
      ? 'converged'
      : 'progressing';
  return { phase, services: verdicts };
}

/** `api 2/3 running (updating)`: one line a service, for throttled progress output. */
export const progressLine = (v: ServiceVerdict): string =>
  `${v.name} ${v.ready}/${v.desired} ${v.oneShot ? 'completed' : 'running'}${v.update !== undefined && v.update !== 'completed' ? ` (${v.update.replace('_', ' ')})` : ''}${v.phase === 'failed' ? ' FAILED' : ''}`;
