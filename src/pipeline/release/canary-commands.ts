import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Kubectl } from '../../adapters/kubectl.ts';
import type { KubernetesTarget, Target } from '../../core/config/model.ts';
import { ConfigurationError } from '../../core/errors.ts';
import { promotedDeployment } from '../../core/strategy/canary.ts';
import {
  type RunningCanary,
  readDeployment,
  readRunningCanaries,
  removeCanary,
} from '../kubernetes/canary.ts';
import { underLease } from '../kubernetes/lease-lock.ts';
import type { Reporter } from '../reporter.ts';
import { rollingDeploy } from './kubernetes-canary.ts';
import { openKubernetes } from './kubernetes-target.ts';
import { type DeployOutcome, releaseLock } from './outcome.ts';

function canaryTarget(target: Target): KubernetesTarget {
  if (target.kind !== 'kubernetes' || target.canary === undefined)
    throw new ConfigurationError(
      `target ${target.name} is not a canary target (strategy: canary on a Kubernetes target)`,
      '--target',
    );
  return target;
}

/** The one canary running on the target, or the refusal naming --target (nothing changed). */
async function theCanary(kubectl: Kubectl, namespace: string, target: string): Promise<RunningCanary> {
  const running = await readRunningCanaries(kubectl, namespace);
  const [only, ...more] = running;
  if (only === undefined)
    throw new ConfigurationError(
      `no canary is running on target ${target} (namespace ${namespace})`,
      '--target',
    );
  if (more.length > 0)
    throw new ConfigurationError(
      `several canaries run in namespace ${namespace} (${running.map((c) => c.state.canary).join(', ')}); Gantry acts on one`,
      '--target',
    );
  return only;
}

type CanaryAction = (
  session: { kubectl: Kubectl; namespace: string; workDir: string; target: KubernetesTarget },
  canary: RunningCanary,
) => Promise<DeployOutcome>;

/** Connects, takes the namespace's deploy lock, finds the running canary and runs `action` on it. */
async function onCanary(
  given: Target,
  lockHolder: string,
  report: Reporter,
  signal: AbortSignal,
  action: CanaryAction,
): Promise<{ canary: RunningCanary; outcome: DeployOutcome }> {
  const target = canaryTarget(given);
  const session = await openKubernetes(target, report, signal);
  const workDir = mkdtempSync(path.join(tmpdir(), 'gantry-canary-'));
  try {
    const { kubectl, defaultNamespace: namespace } = session.connected;
    const lock = {
      ...releaseLock(target, lockHolder),
      waitInput: `targets.${target.name}.kubernetes.lock-timeout`,
      namespace,
      ttlMs: target.timeoutMs * 2 + 300_000,
    };
    return await underLease(kubectl, lock, report, async () => {
      const canary = await theCanary(kubectl, namespace, target.name);
      const outcome = await action({ kubectl, namespace, workDir, target }, canary);
      return { canary, outcome };
    });
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
  onCanary(target, lockHolder, report, signal, async (s, canary) => {
    const live = await readDeployment(s.kubectl, s.namespace, canary.state.canary);
    if (live === undefined) {
      await removeCanary(
        s.kubectl,
        s.namespace,
        { canary: canary.state.canary, stable: canary.stable },
        report,
      );
      throw new ConfigurationError(
        `the canary ${canary.state.canary} is gone: nothing to promote (its record on ${canary.stable} was cleared)`,
        '--target',
      );
    }
    const promoted = promotedDeployment(live, canary.stable, canary.replicas);
    const result = await rollingDeploy({ ...s, signal, report }, [promoted], false, false);
    await removeCanary(
      s.kubectl.unsignalled(),
      s.namespace,
      { canary: canary.state.canary, stable: canary.stable },
      report,
    );
    return { status: result.status, message: result.message, smoke: result.smoke };
  });

/** `gantry canary abort`: removes the running canary; the stable Deployment is not touched. */
export const abortCanary = (target: Target, lockHolder: string, report: Reporter, signal: AbortSignal) =>
  onCanary(target, lockHolder, report, signal, async (s, canary) => {
    await removeCanary(
      s.kubectl,
      s.namespace,
      { canary: canary.state.canary, stable: canary.stable },
      report,
    );
    return {
      status: 'rolled-back',
      message: `removed ${canary.state.canary}; ${canary.stable} untouched`,
      smoke: undefined,
    };
  });
