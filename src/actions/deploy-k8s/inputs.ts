import { statSync } from 'node:fs';
import path from 'node:path';
import {
  K8S_STRATEGY_INPUTS,
  type K8sStrategySettings,
  type K8sSwitchMode,
  k8sStrategyFromInputs,
  parseK8sSwitchMode,
  SWITCH_STRATEGY,
} from '../../core/config/k8s-strategy-inputs.ts';
import { parseReplicasMode, type ReplicasMode } from '../../core/deploy/replicas-mode.ts';
import { ConfigurationError } from '../../core/errors.ts';
import { parseEnvMap } from '../../core/inputs/parse.ts';
import { type ManifestSource, parseImages, traceAnnotations } from '../../core/kubernetes/manifests.ts';
import { actionJobs, parsePreDeployInput } from '../../core/pre-deploy/input.ts';
import type { ResolvedJob } from '../../core/pre-deploy/jobs.ts';
import type { SmokeOptions } from '../../core/smoke/options.ts';
import type { CanarySettings, KubernetesBlueGreenSettings } from '../../core/strategy/kubernetes.ts';
import { readManifestSources } from '../../pipeline/kubernetes/sources.ts';
import { readDeploymentInputs } from '../../runtime/deployment-record.ts';
import {
  readBoolean,
  readDuration,
  readLines,
  readList,
  readString,
  readText,
  readTexts,
} from '../../runtime/inputs.ts';
import { readKubernetesConnection } from '../../runtime/kubernetes-connection.ts';
import { readDeploySmokeInputs } from '../../runtime/smoke-inputs.ts';

export interface DeployK8sInputs {
  kubeconfig: string;
  context: string;
  namespace: string | undefined;
  sources: ManifestSource[];
  kustomizeDir: string | undefined;
  images: Map<string, string>;
  env: Map<string, string>;
  annotations: Record<string, string>;
  timeoutMs: number;
  lockTimeoutMs: number;
  rollback: boolean;
  dryRun: boolean;
  smoke: SmokeOptions | undefined;
  /** `replicas`: what the deploy does with a count scaled by hand since the last release. */
  replicas: ReplicasMode;
  /** `pre-deploy`: Jobs run under the lock before anything is applied. */
  preDeploy: ResolvedJob[];
  kubectlVersion: string;
  environment: string;
  environmentUrl: string;
  /** `strategy: blue-green`: the Service switched between two colours; undefined for rolling. */
  blueGreen: KubernetesBlueGreenSettings | undefined;
  /** `strategy: canary`: a canary Deployment beside the stable one, checked, then promoted. */
  canary: CanarySettings | undefined;
}

/** The strategy inputs, checked as gantry.yml checks a Kubernetes target's keys of the same names. */
function readStrategy(preDeployJobs: number, replicas: ReplicasMode): K8sStrategySettings {
  return k8sStrategyFromInputs(readTexts(K8S_STRATEGY_INPUTS), { preDeployJobs, replicas });
}

/** A canary is checked through the Service by the smoke check: refused without smoke-urls. */
function requireCanarySmoke(smoke: SmokeOptions | undefined): SmokeOptions {
  if (smoke === undefined)
    throw new ConfigurationError(
      'is required with strategy: canary (its URLs are checked through the Service while the canary runs)',
      'smoke-urls',
    );
  return smoke;
}

/** The action's `switch` input: deploy (empty), or a switch back or expiry on a blue-green target. */
export const readSwitchMode = (): K8sSwitchMode => parseK8sSwitchMode('switch', readString('switch'));

/** The connection and deadlines a switch reads (no manifests). */
function switchBase() {
  if (readBoolean('dry-run', false))
    throw new ConfigurationError(
      'is not available with switch (a switch changes only the Service or the canary)',
      'dry-run',
    );
  return {
    ...readKubernetesConnection(),
    kubectlVersion: readString('kubectl-version').trim(),
    timeoutMs: readDuration('timeout', '10m'),
    lockTimeoutMs: readDuration('lock-timeout', '5m'),
  };
}

/** What `switch: back|expire` reads: the connection and the blue-green settings (no manifests). */
export function readK8sSwitchInputs() {
  const { blueGreen } = readStrategy(0, 'manifest');
  if (blueGreen === undefined)
    throw new ConfigurationError('back and expire are for strategy: blue-green (with service)', 'switch');
  return { ...switchBase(), blueGreen };
}

/** What `switch: promote|abort` reads: the connection, the promotion's rollback and smoke check. */
export function readK8sCanarySwitchInputs() {
  const { canary } = readStrategy(0, 'manifest');
  if (canary === undefined)
    throw new ConfigurationError(
      `promote and abort are for strategy: ${SWITCH_STRATEGY.promote} (the canary left running)`,
      'switch',
    );
  return { ...switchBase(), canary, rollback: readBoolean('rollback', true), smoke: readDeploySmokeInputs() };
}

/** Reads and checks every input, and reads the manifest files, before anything touches the cluster. */
export function readDeployK8sInputs(): DeployK8sInputs {
  // main reads `switch` first; checked here too, so every input is checked by this one reader.
  readSwitchMode();
  const connection = readKubernetesConnection();
  const workspace = process.env.GITHUB_WORKSPACE || process.cwd();
  const entries = readList('manifests');
  const kustomize = readString('kustomize').trim();
  if (entries.length === 0 && kustomize === '')
    throw new ConfigurationError(
      'is required (or kustomize): the files, folders or globs to apply',
      'manifests',
    );
  const kubectlVersion = readString('kubectl-version').trim();
  if (kubectlVersion !== '' && !/^v\d+\.\d+\.\d+$/.test(kubectlVersion))
    throw new ConfigurationError(
      `expected a release such as v1.32.4, got ${JSON.stringify(kubectlVersion)}`,
      'kubectl-version',
    );
  const images = parseImages('images', readLines('images'));
  const preDeployInput = parsePreDeployInput('pre-deploy', readText('pre-deploy'));
  const replicas = parseReplicasMode('replicas', readString('replicas'));
  const { blueGreen, canary } = readStrategy(preDeployInput.length, replicas);
  const smoke = readDeploySmokeInputs();
  const env = parseEnvMap('env', readText('env'));
  const vars = new Map([
    ...Object.entries(process.env).filter((e): e is [string, string] => e[1] !== undefined),
    ...env,
  ]);
  return {
    ...connection,
    sources: readManifestSources(entries, workspace, 'manifests'),
    kustomizeDir: kustomize === '' ? undefined : kustomizeFolder(path.resolve(workspace, kustomize)),
    images,
    env,
    annotations: traceAnnotations(process.env),
    timeoutMs: readDuration('timeout', '10m'),
    lockTimeoutMs: readDuration('lock-timeout', '5m'),
    rollback: readBoolean('rollback', true),
    replicas,
    dryRun: readBoolean('dry-run', false),
    smoke: canary === undefined ? smoke : requireCanarySmoke(smoke),
    preDeploy: actionJobs('pre-deploy', preDeployInput, images, vars),
    kubectlVersion,
    ...readDeploymentInputs(),
    blueGreen,
    canary,
  };
}

/** The kustomize folder, absolute (so never read as an option) and checked to be a folder before anything runs. */
function kustomizeFolder(dir: string): string {
  let isFolder = false;
  try {
    isFolder = statSync(dir).isDirectory();
  } catch {
    // reported below
  }
  if (!isFolder)
    throw new ConfigurationError(`${dir} is not a folder (kubectl kustomize reads a folder)`, 'kustomize');
  return dir;
}
