import { statSync } from 'node:fs';
import path from 'node:path';
import { parseReplicasMode, type ReplicasMode } from '../../core/deploy/replicas-mode.ts';
import { ConfigurationError } from '../../core/errors.ts';
import { parseEnvMap } from '../../core/inputs/parse.ts';
import { type ManifestSource, parseImages, traceAnnotations } from '../../core/kubernetes/manifests.ts';
import { actionJobs, parsePreDeployInput } from '../../core/pre-deploy/input.ts';
import type { ResolvedJob } from '../../core/pre-deploy/jobs.ts';
import { deploySmokeOptions, type SmokeOptions } from '../../core/smoke/options.ts';
import { readManifestSources } from '../../pipeline/kubernetes/sources.ts';
import { readDeploymentInputs } from '../../runtime/deployment-record.ts';
import {
  readBoolean,
  readDuration,
  readLines,
  readList,
  readString,
  readText,
} from '../../runtime/inputs.ts';
import { readKubernetesConnection } from '../../runtime/kubernetes-connection.ts';

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
}

/** Reads and checks every input, and reads the manifest files, before anything touches the cluster. */
export function readDeployK8sInputs(): DeployK8sInputs {
  const connection = readKubernetesConnection();
  const workspace = process.env.GITHUB_WORKSPACE || process.cwd();
  const entries = readList('manifests');
  const kustomize = readString('kustomize').trim();
  if (entries.length === 0 && kustomize === '')
    throw new ConfigurationError(
      'is required (or kustomize): the files, folders or globs to apply',
      'manifests',
    );
  const smokeUrls = readText('smoke-urls');
  const kubectlVersion = readString('kubectl-version').trim();
  if (kubectlVersion !== '' && !/^v\d+\.\d+\.\d+$/.test(kubectlVersion))
    throw new ConfigurationError(
      `expected a release such as v1.32.4, got ${JSON.stringify(kubectlVersion)}`,
      'kubectl-version',
    );
  const images = parseImages('images', readLines('images'));
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
    replicas: parseReplicasMode('replicas', readString('replicas')),
    dryRun: readBoolean('dry-run', false),
    smoke: deploySmokeOptions(
      smokeUrls,
      () => ({
        'expect-status': readString('smoke-expect-status'),
        'expect-json': readText('smoke-expect-json'),
        timeout: readString('smoke-timeout'),
      }),
      'smoke-',
    ),
    preDeploy: actionJobs(
      'pre-deploy',
      parsePreDeployInput('pre-deploy', readText('pre-deploy')),
      images,
      vars,
    ),
    kubectlVersion,
    ...readDeploymentInputs(),
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
