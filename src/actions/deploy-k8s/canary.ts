import type { SmokeOptions } from '../../core/smoke/options.ts';
import type { CanarySettings } from '../../core/strategy/kubernetes.ts';
import { actOnCanary } from '../../pipeline/kubernetes/canary-commands.ts';
import {
  type CanaryOutcome,
  type CanaryTargetRun,
  deployCanary,
} from '../../pipeline/kubernetes/canary-deploy.ts';
import type { Connected } from '../../pipeline/kubernetes/prepare.ts';
import { withDeploymentRecord } from '../../runtime/deployment-record.ts';
import { actionsReporter } from '../../runtime/reporter.ts';
import { cancellationSignal } from '../../runtime/signals.ts';
import { reportVerdict } from '../../runtime/step-verdict.ts';
import { type DeployStep, deployingTo, withCluster } from './cluster.ts';
import type { DeployK8sInputs } from './inputs.ts';
import { readK8sCanarySwitchInputs } from './inputs.ts';

// The deploy-k8s action's canary paths: the deploy and the promote/abort of a canary left running
// are the ones `gantry release` and `gantry canary` run (src/pipeline/kubernetes/canary-deploy.ts,
// canary-commands.ts).

const ACT = 'run deploy-k8s with switch: promote or abort';

/** The outputs and the summary of a canary step; the step fails unless `ok`. */
const reportCanary = (
  outcome: Omit<CanaryOutcome, 'status'> & { status: string },
  subject: string,
  ok: boolean,
  reported: () => void,
) =>
  reportVerdict(
    {
      outputs: {
        status: outcome.status,
        workloads: '[]',
        message: outcome.message,
        canary: outcome.running ?? '',
      },
      summary: `### 🐤 ${subject}: ${outcome.status}\n\n${outcome.message}\n`,
      message: outcome.message,
      ok,
    },
    reported,
  );

/** A rolling deploy of the target as the action runs it (a promotion, or a first release). */
const targetRun = (
  connected: Connected,
  inputs: {
    namespace: string | undefined;
    timeoutMs: number;
    rollback: boolean;
    smoke: SmokeOptions | undefined;
  },
  signal: AbortSignal,
): CanaryTargetRun => ({
  kubectl: connected.kubectl,
  namespace: connected.defaultNamespace,
  targetNamespace: inputs.namespace,
  workDir: connected.kubeconfigFile.dir,
  timeoutMs: inputs.timeoutMs,
  rollback: inputs.rollback,
  smoke: inputs.smoke,
  signal,
  report: actionsReporter,
});

/** `strategy: canary`: the canary beside the stable Deployment, checked through the Service, then promoted. */
export async function deployCanaryK8s(
  { connected, objects, lock, signal, reported }: DeployStep,
  inputs: DeployK8sInputs & { canary: CanarySettings },
): Promise<void> {
  const outcome = await withDeploymentRecord(inputs, deployingTo(connected, inputs), () =>
    deployCanary({
      ...targetRun(connected, inputs, signal),
      settings: inputs.canary,
      objects,
      skipSmoke: false,
      dryRun: inputs.dryRun,
      lock: { ...lock, waitInput: 'lock-timeout' },
      names: { service: 'service', act: ACT, actInput: 'switch' },
    }),
  );
  await reportCanary(outcome, 'Canary', outcome.status === 'deployed', reported);
}

/** `switch: promote|abort` on a canary target: the canary left running is promoted or removed. */
export async function canarySwitchK8s(mode: 'promote' | 'abort', reported: () => void): Promise<void> {
  const inputs = readK8sCanarySwitchInputs();
  const signal = cancellationSignal();
  await withCluster(inputs, signal, async (connected, lock) => {
    const where = `context ${connected.context}`;
    const { canary, outcome } = await actOnCanary(
      targetRun(connected, inputs, signal),
      mode,
      { ...lock, waitInput: 'lock-timeout' },
      { where, input: 'switch' },
    );
    const status = mode === 'abort' ? 'aborted' : outcome.status === 'deployed' ? 'promoted' : outcome.status;
    const ok = status === 'promoted' || status === 'aborted';
    await reportCanary({ ...outcome, status }, `Canary ${canary.state.canary}`, ok, reported);
  });
}
