import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { removeKubeconfigDir } from '../../adapters/kubeconfig.ts';
import type { GantryConfig, KubernetesTarget } from '../../core/config/model.ts';
import { ConfigurationError } from '../../core/errors.ts';
import { traceAnnotations } from '../../core/kubernetes/manifests.ts';
import { desiredSecrets } from '../../core/secrets/index.ts';
import { deployKubernetes } from '../kubernetes/deploy.ts';
import { buildObjects, connect, type KubernetesInputNames } from '../kubernetes/prepare.ts';
import { readManifestSources } from '../kubernetes/sources.ts';
import { pruneKubernetesSecrets } from '../prune/kubernetes.ts';
import type { Reporter } from '../reporter.ts';
import { applyKubernetesSecrets } from '../secrets/kubernetes.ts';
import { deployStage, logSmoke, pruneDetail, pruneRuns, releaseLock } from './outcome.ts';
import type { ReleaseOptions, StageLog } from './stage-log.ts';

/**
 * Secrets (immutable, versioned) → deploy (with its smoke check and rollout undo, as deploy-k8s
 * does) → prune, on one Kubernetes target. The manifests get each `<NAME>_SECRET` as a `${KEY}`,
 * as deploy-k8s's `env` input carries the secrets action's output.
 */
export async function releaseKubernetes(
  config: GantryConfig,
  target: KubernetesTarget,
  images: ReadonlyMap<string, string>,
  secretValues: ReadonlyMap<string, string | Uint8Array>,
  flags: ReleaseOptions,
  log: StageLog,
  report: Reporter,
  signal: AbortSignal,
): Promise<void> {
  const key = `targets.${target.name}.kubernetes`;
  const names: KubernetesInputNames = {
    kubeconfig: `${key}.kubeconfig`,
    context: `${key}.context`,
    namespace: `${key}.namespace`,
    manifests: `${key}.manifests`,
    kustomize: `${key}.kustomize`,
    env: `${key}.env`,
    images: `${key}.image-name`,
  };
  let kubeconfig = '';
  if (target.kubeconfig !== undefined) {
    try {
      kubeconfig = readFileSync(target.kubeconfig, 'utf8');
    } catch (error) {
      throw new ConfigurationError(
        `cannot read ${target.kubeconfig} (${(error as NodeJS.ErrnoException).code})`,
        names.kubeconfig,
      );
    }
  }
  const stack = target.stack;
  const hasSecrets = config.secrets.values.length > 0;
  // The loader requires a stack with secrets; checked again here, before anything is contacted.
  if (hasSecrets && stack === undefined)
    throw new ConfigurationError('is required with secrets', `${key}.stack`);
  const desired =
    hasSecrets && stack !== undefined
      ? desiredSecrets({
          platform: 'kubernetes',
          stack,
          mode: config.secrets.version,
          values: secretValues,
          commit: process.env.GITHUB_SHA || '0000000000000000000000000000000000000000',
          now: new Date(),
        })
      : [];
  const sources = readManifestSources(target.manifests, config.baseDir, names.manifests);
  // Pinned by digest: the build's push, or the digest a --skip-build tag resolved to (a dry run's
  // `name:tag` pins nothing). Each image's variable is set for the manifests' `${…}` too.
  const pins = new Map<string, string>();
  for (const pin of target.images) {
    const ref = images.get(pin.key) ?? '';
    if (ref.includes('@sha256:')) pins.set(pin.imageName, ref);
  }
  const env = new Map([
    ...target.images.map((pin) => [pin.variable, images.get(pin.key) ?? ''] as const),
    ...Object.entries(target.env),
    ...desired.map((d) => [d.envName, d.fullName] as const),
  ]);
  const workDir = mkdtempSync(path.join(tmpdir(), 'gantry-release-'));
  let kubeDir = '';
  const smoke = flags.skipSmoke ? undefined : target.smoke;
  try {
    const connected = await connect({
      kubeconfig,
      context: target.context ?? '',
      namespace: target.namespace,
      kubectlVersion: '',
      baseDir: workDir,
      names,
      report,
      signal,
      onKubeconfig: (file) => {
        kubeDir = file.dir;
      },
    });
    const objects = await buildObjects({
      kubectl: connected.kubectl,
      sources,
      kustomizeDir: target.kustomize,
      env,
      images: pins,
      annotations: traceAnnotations(process.env),
      namespace: target.namespace,
      names,
    });
    const namespace = connected.defaultNamespace;
    if (stack === undefined || !hasSecrets) log.skip('secrets', 'no secrets in the config');
    else {
      // The manifests were substituted with these names above: a bad manifest creates no Secret.
      await log.run('secrets', async () => {
        const plan = await applyKubernetesSecrets(
          connected.kubectl,
          {
            stack,
            mode: config.secrets.version,
            desired,
            values: secretValues,
            namespace,
            dryRun: flags.dryRun,
          },
          report,
        );
        return {
          status: 'ok',
          detail: `${plan.create.length} ${flags.dryRun ? 'to create' : 'created'}, ${plan.reuse.length} reused in namespace ${namespace}: ${Object.values(plan.env).join(', ')}`,
          value: undefined,
        };
      });
    }
    const deployed = await log.run('deploy', async () => {
      const result = await deployKubernetes(
        connected.kubectl,
        {
          objects,
          namespace: target.namespace,
          defaultNamespace: connected.defaultNamespace,
          timeoutMs: target.timeoutMs,
          rollback: target.rollback,
          dryRun: flags.dryRun,
          smoke,
          workDir,
          signal,
          lock: releaseLock(target, flags.lockHolder),
        },
        report,
      );
      return deployStage(result);
    });
    const result = deployed.value;
    logSmoke(log, flags, smoke !== undefined, result, 'the rollout did not finish');
    if (!pruneRuns(log, config, result)) return;
    if (stack === undefined) {
      log.skip('prune', `no stack (${key}.stack): Gantry made no Secrets here`);
      return;
    }
    await log.run('prune', async () => {
      const selection = await pruneKubernetesSecrets(
        connected.kubectl,
        {
          stack,
          keep: config.prune.keep,
          namespace,
          dryRun: flags.dryRun,
          lock: releaseLock(target, flags.lockHolder),
        },
        report,
      );
      return {
        status: 'ok',
        detail: pruneDetail(selection, flags.dryRun, config.prune.keep),
        value: undefined,
      };
    });
  } finally {
    removeKubeconfigDir(kubeDir);
    rmSync(workDir, { recursive: true, force: true });
  }
}
