import type { SmokeReport } from '../smoke/check.ts';

/**
 * How a deploy ended, for every target (Swarm and Kubernetes alike): the one vocabulary of the
 * `status` output and of the CLI's exit code.
 */
export type DeployStatus = 'deployed' | 'rolled-back' | 'failed';

/** What every target's deploy result carries, whatever its units (Swarm services, Kubernetes workloads). */
export interface DeployOutcome {
  status: DeployStatus;
  message: string;
  /** The smoke check's report, when one ran. */
  smoke: SmokeReport | undefined;
  /** What the rollback returned to its previous version. */
  rolledBack: string[];
}

/** What the apply, watch and smoke phases found: `failure` undefined when the deploy held. */
export interface Attempt {
  failure: string | undefined;
  smoke: SmokeReport | undefined;
}

/**
 * Where a failed deploy goes (the verdict), in this order: a cancelled run stops at once (the
 * runner kills it within seconds, a rollback would be cut off); a deploy that changed nothing has
 * nothing to roll back; with rollback off the target is left as it is; else what it changed is
 * rolled back.
 */
export type FailedDeployStep = 'cancelled' | 'nothing-changed' | 'rollback-off' | 'roll-back';

export function afterFailure(facts: {
  aborted: boolean;
  changed: boolean;
  rollback: boolean;
}): FailedDeployStep {
  if (facts.aborted) return 'cancelled';
  if (!facts.changed) return 'nothing-changed';
  return facts.rollback ? 'roll-back' : 'rollback-off';
}
