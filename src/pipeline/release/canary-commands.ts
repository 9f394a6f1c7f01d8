import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { KubernetesTarget, Target } from '../../core/config/model.ts';
import { ConfigurationError } from '../../core/errors.ts';
import { actOnCanary, type CanaryVerb } from '../kubernetes/canary-commands.ts';
import type { Reporter } from '../reporter.ts';
import { targetRun } from './kubernetes-canary.ts';
import { openKubernetes } from './kubernetes-target.ts';
import { releaseLock } from './outcome.ts';

function canaryTarget(target: Target): KubernetesTarget {
  if (target.kind !== 'kubernetes' || target.canary === undefined)
    throw new ConfigurationError(
      `target ${target.name} is not a canary target (strategy: canary on a Kubernetes target)`,
      '--target',
    );
  return target;
}

/** Connects to the target, then promotes or aborts its running canary under the namespace's deploy lock. */
async function onCanary(
  verb: CanaryVerb,
  given: Target,
  lockHolder: string,
  report: Reporter,
  signal: AbortSignal,
) {
  const target = canaryTarget(given);
  const session = await openKubernetes(target, report, signal);
  const workDir = mkdtempSync(path.join(tmpdir(), 'gantry-canary-'));
  try {
    const { kubectl, defaultNamespace: namespace } = session.connected;
    const run = targetRun(target, { kubectl, namespace, workDir, signal, report });
    const lock = {
      ...releaseLock(target, lockHolder),
      waitInput: `targets.${target.name}.kubernetes.lock-timeout`,
    };
    return await actOnCanary(run, verb, lock, { where: `target ${target.name}`, input: '--target' });
  } finally {
    rmSync(workDir, { recursive: true, force: true });
    session.close();
  }
}

/**
 * `gantry canary promote`: the stable Deployment gets the running canary's spec (its rollout
 * watched, smoke-checked and undone on failure, as a release's promotion), then the canary is removed.
 */
export const promoteCanary = (target: Target, lockHolder: string, report: Reporter, signal: AbortSignal) =>
  onCanary('promote', target, lockHolder, report, signal);

/** `gantry canary abort`: removes the running canary; the stable Deployment is not touched. */
export const abortCanary = (target: Target, lockHolder: string, report: Reporter, signal: AbortSignal) =>
  onCanary('abort', target, lockHolder, report, signal);
