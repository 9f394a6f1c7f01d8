import type { Attempt, DeployOutcome } from '../../core/deploy/outcome.ts';
import type { Baseline, ServiceVerdict } from '../../core/swarm/convergence.ts';
import type { SwarmService } from '../../core/swarm/engine-types.ts';
import type { ServicePlan } from '../../core/swarm/plan.ts';

// The verdict of a Swarm deploy: what the apply, watch and smoke phases found, and the results of
// every branch but the rollback (src/pipeline/swarm/rollback.ts). Pure: no engine call here.

export interface ServiceOutcome extends ServicePlan {
  state: string;
  reason: string | null;
}

export interface SwarmDeployResult extends DeployOutcome {
  services: ServiceOutcome[];
  removed: string[];
}

/** What the apply, watch and smoke phases of a Swarm deploy found. */
export interface SwarmAttempt extends Attempt {
  plans: ServicePlan[];
  /** The services' versions before the deploy. */
  baseline: Baseline;
  /** The engine's refusal of `docker stack deploy`; undefined when it accepted the stack. */
  refused: string | undefined;
  verdicts: ServiceVerdict[];
  /** The services that did not converge (none after a failed smoke check: they all did). */
  failing: ServiceVerdict[];
  /** The stack's services after the deploy. */
  after: SwarmService[];
  /** The engine could not be reached again before the deadline (the failure says what was last seen). */
  lostContact?: true;
}

/** What this deploy changed, against the specs read before it. */
export interface StackChanges {
  /** Services that existed before and whose spec this deploy changed. */
  changed: string[];
  /** Services this deploy created. */
  created: string[];
}

export function changesOf(baseline: Baseline, after: readonly SwarmService[]): StackChanges {
  const before = (s: SwarmService) => baseline.services[s.Spec.Name];
  return {
    changed: after
      .filter((s) => before(s) !== undefined && before(s)?.version !== s.Version.Index)
      .map((s) => s.Spec.Name),
    created: after.filter((s) => before(s) === undefined).map((s) => s.Spec.Name),
  };
}

/** Why each service failed: the watch's reasons, and the service the engine's refusal names. */
export function reasonsOf(attempt: SwarmAttempt): Map<string, string | null> {
  const reasons = new Map(attempt.verdicts.map((s) => [s.name, s.reason ?? null]));
  // The engine's refusal names the service it refused (`failed to update service <name>: …`).
  if (attempt.refused !== undefined) {
    const refusedService = /failed to (?:create|update) service (\S+?):/.exec(attempt.refused)?.[1];
    if (refusedService !== undefined) reasons.set(refusedService, attempt.refused);
  }
  return reasons;
}

/** The services worth diagnosing: failed, or short of their desired tasks. */
export const toDiagnose = (attempt: SwarmAttempt): ServiceVerdict[] =>
  attempt.failing.filter((s) => s.phase === 'failed' || s.ready < s.desired);

export const serviceOutcomes = (
  plans: readonly ServicePlan[],
  state: (p: ServicePlan) => string,
  reason: (p: ServicePlan) => string | null = () => null,
): ServiceOutcome[] => plans.map((p) => ({ ...p, state: state(p), reason: reason(p) }));

const result = (
  status: SwarmDeployResult['status'],
  message: string,
  services: ServiceOutcome[],
  smoke: Attempt['smoke'],
): SwarmDeployResult => ({ status, message, services, smoke, rolledBack: [], removed: [] });

export const dryRunResult = (plans: readonly ServicePlan[]): SwarmDeployResult =>
  result(
    'deployed',
    'dry run: nothing was changed',
    serviceOutcomes(plans, () => 'planned'),
    undefined,
  );

export const deployedResult = (stack: string, attempt: SwarmAttempt): SwarmDeployResult =>
  result(
    'deployed',
    `stack ${stack} converged${attempt.smoke ? ' and passed its smoke check' : ''}`,
    serviceOutcomes(attempt.plans, () => 'converged'),
    attempt.smoke,
  );

/** A cancelled run stops at once: the runner kills it within seconds, a rollback would be cut off. */
export const cancelledResult = (stack: string, attempt: SwarmAttempt): SwarmDeployResult =>
  result(
    'failed',
    `cancelled while waiting: Swarm goes on with the update by itself; check stack ${stack} or deploy again`,
    serviceOutcomes(attempt.plans, () => 'unknown'),
    attempt.smoke,
  );

/** Contact lost for good: no rollback was run or seen, the services' state is unknown. */
export const lostContactResult = (failure: string, attempt: SwarmAttempt): SwarmDeployResult =>
  result(
    'failed',
    `${failure}; no rollback was run by Gantry (Swarm may still roll back by itself: check the stack or deploy again)`,
    serviceOutcomes(attempt.plans, () => 'unknown'),
    attempt.smoke,
  );

export const unchangedResult = (
  stack: string,
  failure: string,
  attempt: SwarmAttempt,
  reasons: ReadonlyMap<string, string | null>,
): SwarmDeployResult =>
  result(
    'failed',
    `${failure}; no service of stack ${stack} was changed`,
    serviceOutcomes(
      attempt.plans,
      (p) => (reasons.get(p.name) ? 'failed' : 'unchanged'),
      (p) => reasons.get(p.name) ?? null,
    ),
    attempt.smoke,
  );

/** Rollback off: the stack is left as the deploy made it (after a refusal, untouched services are unchanged). */
export function rollbackOffResult(
  failure: string,
  attempt: SwarmAttempt,
  changes: StackChanges,
  reasons: ReadonlyMap<string, string | null>,
): SwarmDeployResult {
  const touched = new Set([...changes.changed, ...changes.created]);
  const state = (p: ServicePlan) => {
    if (reasons.get(p.name)) return 'failed';
    return attempt.refused !== undefined && !touched.has(p.name) ? 'unchanged' : 'deployed';
  };
  return result(
    'failed',
    `${failure}; rollback is off, the stack is left as it is`,
    serviceOutcomes(attempt.plans, state, (p) => reasons.get(p.name) ?? null),
    attempt.smoke,
  );
}
