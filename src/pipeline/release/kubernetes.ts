import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { removeKubeconfigDir } from '../../adapters/kubeconfig.ts';
import type { Kubectl } from '../../adapters/kubectl.ts';
import type { GantryConfig, KubernetesTarget } from '../../core/config/model.ts';
import { ConfigurationError } from '../../core/errors.ts';
import { type K8sObject, traceAnnotations } from '../../core/kubernetes/manifests.ts';
import type { ResolvedJob } from '../../core/pre-deploy/jobs.ts';
import { podDefaultsOf } from '../../core/pre-deploy/kubernetes-job.ts';
import { deployKubernetes } from '../kubernetes/deploy.ts';
import { runKubernetesJobs } from '../kubernetes/pre-deploy.ts';
import { buildObjects, type Connected, connect, type KubernetesInputNames } from '../kubernetes/prepare.ts';
import { reconcileReplicas } from '../kubernetes/replicas.ts';
import { readManifestSources } from '../kubernetes/sources.ts';
import { pruneKubernetesSecrets } from '../prune/kubernetes.ts';
import type { Reporter } from '../reporter.ts';
import { applyKubernetesSecrets } from '../secrets/kubernetes.ts';
import { writeKubernetesHistory } from './history-kubernetes.ts';
import { k8sBlueGreenPhase } from './kubernetes-blue-green.ts';
import { canaryPhase } from './kubernetes-canary.ts';
import { readTargetKubeconfig, targetKeyNames } from './kubernetes-target.ts';
import {
  deployStage,
  logSmoke,
  pruneDetail,
  pruneRuns,
  recordedSecrets,
  recordRelease,
  releaseLock,
  releaseSecrets,
} from './outcome.ts';
import { preDeployHook, releaseJobs, withHook } from './pre-deploy-stage.ts';
import type { ReleaseOptions, StageLog } from './stage-log.ts';

/** What every phase of a release to one Kubernetes target reads. */
interface KubernetesRelease {
  config: GantryConfig;
  target: KubernetesTarget;
  secretValues: ReadonlyMap<string, string | Uint8Array>;
  flags: ReleaseOptions;
  log: StageLog;
  report: Reporter;
  signal: AbortSignal;
  /** `targets.NAME.kubernetes`: how errors name the target's keys. */
  key: string;
  names: KubernetesInputNames;
}

/** The versioned Secrets this release wants (none without secrets or a stack). */
function desiredOf(r: KubernetesRelease) {
  const { config, target } = r;
  if (r.flags.useSecrets !== undefined) return recordedSecrets(r.flags.useSecrets);
  if (config.secrets.values.length === 0 || target.stack === undefined) return [];
  return releaseSecrets('kubernetes', target.stack, config, r.secretValues);
}

/**
 * Pinned by digest: the build's push, or the digest a --skip-build tag resolved to (a dry run's
 * `name:tag` pins nothing). Each image's variable, the target's env and each `<NAME>_SECRET` are the
 * manifests' `${…}` values.
 */
function pinsAndEnv(
  r: KubernetesRelease,
  images: ReadonlyMap<string, string>,
  desired: ReturnType<typeof desiredOf>,
) {
  const pins = new Map<string, string>();
  for (const pin of r.target.images) {
    const ref = images.get(pin.key) ?? '';
    if (ref.includes('@sha256:')) pins.set(pin.imageName, ref);
  }
  const env = new Map([
    ...r.target.images.map((pin) => [pin.variable, images.get(pin.key) ?? ''] as const),
    ...Object.entries(r.target.env),
    ...desired.map((d) => [d.envName, d.fullName] as const),
  ]);
  return { pins, env };
}

/** The secrets stage; the manifests were substituted with these names already, so a bad manifest creates no Secret. */
async function secretsPhase(
  r: KubernetesRelease,
  kubectl: Kubectl,
  namespace: string,
  desired: ReturnType<typeof desiredOf>,
) {
  const stack = r.target.stack;
  if (r.flags.useSecrets !== undefined) {
    r.log.skip(
      'secrets',
      `rollback: the recorded versions ${desired.map((d) => d.fullName).join(', ') || '(none)'}`,
    );
    return;
  }
  if (stack === undefined || r.config.secrets.values.length === 0) {
    r.log.skip('secrets', 'no secrets in the config');
    return;
  }
  await r.log.run('secrets', async () => {
    const plan = await applyKubernetesSecrets(
      kubectl,
      {
        stack,
        mode: r.config.secrets.version,
        desired,
        values: r.secretValues,
        namespace,
        dryRun: r.flags.dryRun,
      },
      r.report,
    );
    return {
      status: 'ok',
      detail: `${plan.create.length} ${r.flags.dryRun ? 'to create' : 'created'}, ${plan.reuse.length} reused in namespace ${namespace}: ${Object.values(plan.env).join(', ')}`,
      value: undefined,
    };
  });
}

/** The deploy stage (smoke check and rollout undo inside, as deploy-k8s does), then the smoke stage's entry. */
async function deployPhase(
  r: KubernetesRelease,
  connected: Connected,
  objects: K8sObject[],
  workDir: string,
  jobs: readonly ResolvedJob[],
) {
  const { target, flags } = r;
  const runJobs = () =>
    runKubernetesJobs(
      connected.kubectl,
      { namespace: connected.defaultNamespace, jobs, podDefaults: podDefaultsOf(objects), signal: r.signal },
      r.report,
    );
  const smoke = flags.skipSmoke ? undefined : target.smoke;
  const deployed = await r.log.run('deploy', async () => {
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
        signal: r.signal,
        lock: releaseLock(target, flags.lockHolder),
        ...withHook(preDeployHook(r.log, flags, jobs, runJobs), jobs),
      },
      r.report,
    );
    return deployStage(result);
  });
  logSmoke(r.log, flags, smoke !== undefined, deployed.value, 'the rollout did not finish');
  return deployed.value;
}

/** The deploy stage: the rolling deploy, or the canary's (kubernetes-canary.ts), or blue-green's (kubernetes-blue-green.ts). */
function deployOrCanary(
  r: KubernetesRelease,
  connected: Connected,
  objects: K8sObject[],
  workDir: string,
  jobs: readonly ResolvedJob[],
) {
  const { target, flags, log, report, signal } = r;
  const { kubectl, defaultNamespace: namespace } = connected;
  const blueGreen = target.blueGreen;
  if (blueGreen !== undefined)
    return k8sBlueGreenPhase({
      target,
      settings: blueGreen,
      flags,
      log,
      report,
      signal,
      kubectl,
      namespace,
      objects,
      workDir,
    });
  const settings = target.canary;
  if (settings === undefined) return deployPhase(r, connected, objects, workDir, jobs);
  return canaryPhase({ target, settings, flags, log, report, signal, kubectl, namespace, objects, workDir });
}

/** The prune stage: old Secret versions nothing references, under the namespace's lock. */
async function prunePhase(r: KubernetesRelease, kubectl: Kubectl, namespace: string): Promise<void> {
  const { config, flags, target } = r;
  if (target.stack === undefined) {
    r.log.skip('prune', `no stack (${r.key}.stack): Gantry made no Secrets here`);
    return;
  }
  const stack = target.stack;
  await r.log.run('prune', async () => {
    const selection = await pruneKubernetesSecrets(
      kubectl,
      {
        stack,
        keep: config.prune.keep,
        namespace,
        dryRun: flags.dryRun,
        lock: releaseLock(target, flags.lockHolder),
      },
      r.report,
    );
    return {
      status: 'ok',
      detail: pruneDetail(selection, flags.dryRun, config.prune.keep),
      value: undefined,
    };
  });
}

/** Connects (kubectl proven against the cluster) and renders the objects to apply, every image pinned. */
async function connectAndBuild(
  r: KubernetesRelease,
  input: {
    kubeconfig: string;
    sources: ReturnType<typeof readManifestSources>;
    pins: Map<string, string>;
    env: Map<string, string>;
    workDir: string;
  },
  onKubeconfigDir: (dir: string) => void,
): Promise<{ connected: Connected; objects: K8sObject[] }> {
  const { target } = r;
  const connected = await connect({
    kubeconfig: input.kubeconfig,
    context: target.context ?? '',
    namespace: target.namespace,
    kubectlVersion: '',
    baseDir: input.workDir,
    names: r.names,
    report: r.report,
    signal: r.signal,
    onKubeconfig: (file) => onKubeconfigDir(file.dir),
  });
  const objects = await buildObjects({
    kubectl: connected.kubectl,
    sources: input.sources,
    kustomizeDir: target.kustomize,
    env: input.env,
    images: input.pins,
    annotations: traceAnnotations(process.env),
    namespace: target.namespace,
    names: r.names,
  });
  return { connected, objects };
}

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
  const r: KubernetesRelease = {
    config,
    target,
    secretValues,
    flags,
    log,
    report,
    signal,
    key,
    names: targetKeyNames(key),
  };
  const kubeconfig = readTargetKubeconfig(target, r.names);
  // The loader requires a stack with secrets; checked again here, before anything is contacted.
  if (config.secrets.values.length > 0 && target.stack === undefined)
    throw new ConfigurationError('is required with secrets', `${key}.stack`);
  const desired = desiredOf(r);
  const sources = readManifestSources(target.manifests, config.baseDir, r.names.manifests);
  const { pins, env } = pinsAndEnv(r, images, desired);
  const jobs = releaseJobs(target, images, desired);
  const workDir = mkdtempSync(path.join(tmpdir(), 'gantry-release-'));
  let kubeDir = '';
  try {
    const { connected, objects } = await connectAndBuild(
      r,
      { kubeconfig, sources, pins, env, workDir },
      (dir) => {
        kubeDir = dir;
      },
    );
    const namespace = connected.defaultNamespace;
    const scaled = await reconcileReplicas(connected.kubectl, objects, target.replicas, namespace, report);
    await secretsPhase(r, connected.kubectl, namespace, desired);
    const result = await deployOrCanary(r, connected, scaled, workDir, jobs);
    await recordRelease(
      flags,
      images,
      desired,
      result,
      (e) => writeKubernetesHistory(connected.kubectl, namespace, target.stack, e),
      report,
    );
    if (pruneRuns(log, config, result, flags)) await prunePhase(r, connected.kubectl, namespace);
  } finally {
    removeKubeconfigDir(kubeDir);
    rmSync(workDir, { recursive: true, force: true });
  }
}
