import { ConfigurationError } from '../../core/errors.ts';
import { promotedDeployment } from '../../core/strategy/canary.ts';
import { type RunningCanary, readDeployment, readRunningCanaries, removeCanary } from './canary.ts';
import { type CanaryOutcome, type CanaryTargetRun, rollingDeploy } from './canary-deploy.ts';
import { type LeaseLockOptions, type LeaseRequest, underLease } from './lease-lock.ts';

/**
 * Promote or abort the canary left running in a namespace: shared by `gantry canary promote|abort`
 * and the deploy-k8s action's `switch: promote|abort`.
 */

export type CanaryVerb = 'promote' | 'abort';

/** The one canary running in the namespace, or the refusal naming `input` (nothing changed). */
async function theCanary(r: CanaryTargetRun, where: string, input: string): Promise<RunningCanary> {
  const running = await readRunningCanaries(r.kubectl, r.namespace);
  const [only, ...more] = running;
  if (only === undefined)
    throw new ConfigurationError(`no canary is running on ${where} (namespace ${r.namespace})`, input);
  if (more.length > 0)
    throw new ConfigurationError(
      `several canaries run in namespace ${r.namespace} (${running.map((c) => c.state.canary).join(', ')}); Gantry acts on one`,
      input,
    );
  return only;
}

/** The stable Deployment gets the canary's spec (rollout watched, smoke-checked, undone on failure); the canary goes. */
async function promoteRunning(
  r: CanaryTargetRun,
  canary: RunningCanary,
  input: string,
): Promise<CanaryOutcome> {
  const names = { canary: canary.state.canary, stable: canary.stable };
  const live = await readDeployment(r.kubectl, r.namespace, canary.state.canary);
  if (live === undefined) {
    await removeCanary(r.kubectl, r.namespace, names, r.report);
    throw new ConfigurationError(
      `the canary ${canary.state.canary} is gone: nothing to promote (its record on ${canary.stable} was cleared)`,
      input,
    );
  }
  const promoted = promotedDeployment(live, canary.stable, canary.replicas);
  const result = await rollingDeploy(r, [promoted], false, false);
  await removeCanary(r.kubectl.unsignalled(), r.namespace, names, r.report);
  return { status: result.status, message: result.message, smoke: result.smoke };
}

/** Removes the canary; the stable Deployment is not touched. */
async function abortRunning(r: CanaryTargetRun, canary: RunningCanary): Promise<CanaryOutcome> {
  await removeCanary(
    r.kubectl,
    r.namespace,
    { canary: canary.state.canary, stable: canary.stable },
    r.report,
  );
  return {
    status: 'rolled-back',
    message: `removed ${canary.state.canary}; ${canary.stable} untouched`,
    smoke: undefined,
  };
}

/**
 * Under the namespace's deploy lock: finds the running canary and promotes or aborts it. `where`
 * names the target in messages, `input` is the input or flag named when there is none.
 */
export function actOnCanary(
  r: CanaryTargetRun,
  verb: CanaryVerb,
  lock: LeaseRequest & Pick<LeaseLockOptions, 'waitInput'>,
  names: { where: string; input: string },
): Promise<{ canary: RunningCanary; outcome: CanaryOutcome }> {
  const options = { ...lock, namespace: r.namespace, ttlMs: r.timeoutMs * 2 + 300_000 };
  return underLease(r.kubectl, options, r.report, async () => {
    const canary = await theCanary(r, names.where, names.input);
    const outcome =
      verb === 'promote' ? await promoteRunning(r, canary, names.input) : await abortRunning(r, canary);
    return { canary, outcome };
  });
}
