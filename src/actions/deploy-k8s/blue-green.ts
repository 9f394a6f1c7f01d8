import type { KubernetesBlueGreenSettings } from '../../core/strategy/kubernetes.ts';
import { deployK8sBlueGreen } from '../../pipeline/kubernetes/blue-green.ts';
import { expireK8s, switchBackK8s } from '../../pipeline/kubernetes/switch-back.ts';
import { withDeploymentRecord } from '../../runtime/deployment-record.ts';
import { actionsReporter } from '../../runtime/reporter.ts';
import { cancellationSignal } from '../../runtime/signals.ts';
import { reportVerdict } from '../../runtime/step-verdict.ts';
import { type DeployStep, deployingTo, withCluster } from './cluster.ts';
import type { DeployK8sInputs } from './inputs.ts';
import { readK8sSwitchInputs } from './inputs.ts';

// The deploy-k8s action's blue-green paths: the deploy, the switch back and the expiry are the ones
// `gantry release` and `gantry switch` run (src/pipeline/kubernetes/blue-green.ts, switch-back.ts).

/** What a blue-green step ends with: its status and message, and the colours then live and previous. */
interface ColorsOutcome {
  status: string;
  message: string;
  live?: string | undefined;
  previous?: string | undefined;
}

/** The outputs and the summary of a blue-green step; the step fails unless `ok`. */
const reportColors = (outcome: ColorsOutcome, service: string, ok: boolean, reported: () => void) =>
  reportVerdict(
    {
      outputs: {
        status: outcome.status,
        workloads: '[]',
        message: outcome.message,
        'live-color': outcome.live ?? '',
        'previous-color': outcome.previous ?? '',
      },
      summary: `### 🔀 Service \`${service}\`: ${outcome.status}\n\n${outcome.message}\n`,
      message: outcome.message,
      ok,
    },
    reported,
  );

/** `strategy: blue-green`: the idle colour beside the live one, checked, then the Service switched to it. */
export async function deployColorsK8s(
  { connected, objects, lock, signal, reported }: DeployStep,
  inputs: DeployK8sInputs & { blueGreen: KubernetesBlueGreenSettings },
): Promise<void> {
  const result = await withDeploymentRecord(inputs, deployingTo(connected, inputs), () =>
    deployK8sBlueGreen(
      connected.kubectl,
      {
        objects,
        settings: inputs.blueGreen,
        namespace: connected.defaultNamespace,
        workDir: connected.kubeconfigFile.dir,
        timeoutMs: inputs.timeoutMs,
        smoke: inputs.smoke,
        skipSmoke: false,
        dryRun: inputs.dryRun,
        input: 'service',
        lock,
        signal,
      },
      actionsReporter,
    ),
  );
  await reportColors(result, inputs.blueGreen.service, result.status === 'deployed', reported);
}

/** `switch: back|expire` on a blue-green target: the Service or the previous colour only, nothing deployed. */
export async function switchOnlyK8s(mode: 'back' | 'expire', reported: () => void): Promise<void> {
  const inputs = readK8sSwitchInputs();
  const service = inputs.blueGreen.service;
  await withCluster(inputs, cancellationSignal(), async (connected, lock) => {
    const request = {
      namespace: connected.defaultNamespace,
      settings: inputs.blueGreen,
      input: 'switch',
      subject: `Service ${service}`,
      lock,
      ttlMs: inputs.timeoutMs * 2 + 300_000,
    };
    const outcome = await (mode === 'back'
      ? switchBackK8s(connected.kubectl, request, actionsReporter).then(({ from, to }) => ({
          status: 'switched-back',
          live: to,
          previous: from,
          message: `Service ${service} switched back: ${from} → ${to} (${from} keeps running)`,
        }))
      : expireK8s(connected.kubectl, request, actionsReporter).then(({ removed, state }) => ({
          status: removed === undefined ? 'kept' : 'removed',
          live: state.live,
          previous: state.previous,
          message:
            removed === undefined
              ? `nothing removed: the previous colour is gone or its keep-previous time (${state.previousUntil ?? 'none recorded'}) is not up`
              : `removed ${removed}: kept until ${state.previousUntil} (keep-previous)`,
        })));
    await reportColors(outcome, service, true, reported);
  });
}
