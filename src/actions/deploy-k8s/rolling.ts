import type { K8sObject } from '../../core/kubernetes/manifests.ts';
import { beforeApplyJobs } from '../../core/pre-deploy/jobs.ts';
import { podDefaultsOf } from '../../core/pre-deploy/kubernetes-job.ts';
import { deployKubernetes } from '../../pipeline/kubernetes/deploy.ts';
import type { LeaseRequest } from '../../pipeline/kubernetes/lease-lock.ts';
import { runKubernetesJobs } from '../../pipeline/kubernetes/pre-deploy.ts';
import type { Connected } from '../../pipeline/kubernetes/prepare.ts';
import { withDeploymentRecord } from '../../runtime/deployment-record.ts';
import { actionsReporter } from '../../runtime/reporter.ts';
import { reportVerdict } from '../../runtime/step-verdict.ts';
import type { DeployK8sInputs } from './inputs.ts';
import { k8sSummaryMarkdown } from './summary.ts';

/** `strategy: rolling` (the default): the objects applied and their rollouts watched, pre-deploy Jobs first. */
export async function deployRollingK8s(
  connected: Connected,
  inputs: DeployK8sInputs,
  objects: K8sObject[],
  run: { lock: LeaseRequest; signal: AbortSignal },
  reported: () => void,
): Promise<void> {
  const { signal } = run;
  const result = await withDeploymentRecord(
    inputs,
    `Deploying to ${connected.context}${inputs.namespace ? `/${inputs.namespace}` : ''}`,
    () =>
      deployKubernetes(
        connected.kubectl,
        {
          objects,
          namespace: inputs.namespace,
          defaultNamespace: connected.defaultNamespace,
          timeoutMs: inputs.timeoutMs,
          rollback: inputs.rollback,
          dryRun: inputs.dryRun,
          smoke: inputs.smoke,
          workDir: connected.kubeconfigFile.dir,
          signal,
          lock: run.lock,
          ...beforeApplyJobs(inputs.preDeploy, () =>
            runKubernetesJobs(
              connected.kubectl,
              {
                namespace: connected.defaultNamespace,
                jobs: inputs.preDeploy,
                podDefaults: podDefaultsOf(objects),
                signal,
              },
              actionsReporter,
            ),
          ),
        },
        actionsReporter,
      ),
  );
  await reportVerdict(
    {
      outputs: {
        status: result.status,
        workloads: JSON.stringify(result.workloads),
        message: result.message,
      },
      summary: k8sSummaryMarkdown(connected.context, result, inputs.dryRun),
      message: result.message,
      ok: result.status === 'deployed',
    },
    reported,
  );
}
