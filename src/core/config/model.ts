import type { DockerTarget, SshTarget } from '../connection/target.ts';
import type { PreDeployJob } from '../pre-deploy/jobs.ts';
import type { Scanner } from '../scan/argv.ts';
import type { Severity } from '../scan/types.ts';
import type { VersionMode } from '../secrets/version.ts';
import type { SmokeOptions } from '../smoke/options.ts';
import type { BlueGreenSettings } from '../strategy/blue-green.ts';
import type { CanarySettings, KubernetesBlueGreenSettings } from '../strategy/kubernetes.ts';

/** gantry.yml after checking: paths absolute, durations in ms, smoke options parsed. */

export type ValueSource = { env: string; file?: undefined } | { file: string; env?: undefined };

/** One image the release builds, pushes, scans and pins (`image:` is one; `images:` several). */
export interface ReleaseImage {
  /** The short key (`api`); for `image:`, the repository's last part. */
  key: string;
  /** registry/repository, lower-cased, no tag. */
  name: string;
  context: string;
  dockerfile: string | undefined;
  target: string | undefined;
  platforms: string[];
  /** build.build-args with the image's own over them. */
  buildArgs: Record<string, string>;
}

/** Where a target puts each released image: the variable (and, on Kubernetes, the manifests' image name). */
export interface ImagePin {
  key: string;
  /** The stack-file or manifest variable that receives `name@sha256:…`. */
  variable: string;
  /** Kubernetes: containers whose image is this name are pinned. */
  imageName: string;
}

export interface SwarmTarget {
  name: string;
  kind: 'swarm';
  host: string;
  target: DockerTarget;
  sshKeyFile: string | undefined;
  knownHostsFile: string | undefined;
  /** A bastion the SSH connection goes through. */
  jumpHost: SshTarget | undefined;
  stack: string;
  stackFiles: string[];
  /** Each released image and the stack-file variable that receives its reference. */
  images: ImagePin[];
  env: Record<string, string>;
  /** Variables that must be all set or all empty, by group name. */
  envGroups: Record<string, string[]>;
  timeoutMs: number;
  noProgressMs: number;
  lockWaitMs: number;
  rollback: boolean;
  pruneServices: boolean;
  /** `strategy: blue-green`: the colours and the proxy switch; absent for a rolling target. */
  blueGreen?: BlueGreenSettings;
  smoke: SmokeOptions | undefined;
  /** Jobs run before the deploy changes anything (`pre-deploy:`), in order. */
  preDeploy: PreDeployJob[];
  /** A count scaled outside Gantry since its last release: reset by the file (`manifest`) or kept (`live`). */
  replicas: 'manifest' | 'live';
}

export interface KubernetesTarget {
  name: string;
  kind: 'kubernetes';
  /** Prefix of the versioned Secrets (`<stack>-<name>-<version>`) and their `gantry.stack` label. */
  stack: string | undefined;
  kubeconfig: string | undefined;
  context: string | undefined;
  namespace: string | undefined;
  manifests: string[];
  kustomize: string | undefined;
  /** Each released image: containers whose image is its name are pinned; its variable is set for `${…}`. */
  images: ImagePin[];
  env: Record<string, string>;
  envGroups: Record<string, string[]>;
  timeoutMs: number;
  /** How long to wait for the namespace's deploy lock (a Lease) held by another deploy. */
  lockWaitMs: number;
  rollback: boolean;
  /** `strategy: blue-green`: two colours of the Deployments, the Service switched; absent otherwise. */
  blueGreen?: KubernetesBlueGreenSettings;
  /** `strategy: canary`: a canary Deployment beside the stable one; absent otherwise. */
  canary?: CanarySettings;
  smoke: SmokeOptions | undefined;
  /** Jobs run before the deploy changes anything (`pre-deploy:`), in order. */
  preDeploy: PreDeployJob[];
  /** A count scaled outside Gantry since its last release: reset by the file (`manifest`) or kept (`live`). */
  replicas: 'manifest' | 'live';
}

export type Target = SwarmTarget | KubernetesTarget;

export interface GantryConfig {
  /** Every image of the release, in the file's order (one for `image:`). */
  images: ReleaseImage[];
  /** Whether the file used `images:` (the summaries then name each image by its key). */
  multiImage: boolean;
  registry: { username: string; password: ValueSource } | undefined;
  build: {
    context: string;
    dockerfile: string | undefined;
    platforms: string[];
    buildArgs: Record<string, string>;
    target: string | undefined;
    tagLatest: boolean;
    /** How many images build at once. */
    parallel: number;
  };
  scan: {
    enabled: boolean;
    severities: Severity[];
    ignoreUnfixed: boolean;
    ignoreFiles: string[];
    scanners: Scanner[];
  };
  secrets: { version: VersionMode; values: Array<{ name: string; source: ValueSource }> };
  prune: { enabled: boolean; keep: number };
  targets: Record<string, Target>;
  /** The folder relative paths were resolved against. */
  baseDir: string;
}
