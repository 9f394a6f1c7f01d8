import type { DockerTarget, SshTarget } from '../connection/target.ts';
import type { Scanner } from '../scan/argv.ts';
import type { Severity } from '../scan/types.ts';
import type { VersionMode } from '../secrets/version.ts';
import type { SmokeOptions } from '../smoke/options.ts';

/** gantry.yml after checking: paths absolute, durations in ms, smoke options parsed. */

export type ValueSource = { env: string; file?: undefined } | { file: string; env?: undefined };

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
  /** The stack-file variable that receives the released image reference. */
  imageVariable: string;
  env: Record<string, string>;
  timeoutMs: number;
  noProgressMs: number;
  lockWaitMs: number;
  rollback: boolean;
  pruneServices: boolean;
  smoke: SmokeOptions | undefined;
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
  /** Containers whose image is this name are pinned to the released image. */
  imageName: string;
  env: Record<string, string>;
  timeoutMs: number;
  /** How long to wait for the namespace's deploy lock (a Lease) held by another deploy. */
  lockWaitMs: number;
  rollback: boolean;
  smoke: SmokeOptions | undefined;
}

export type Target = SwarmTarget | KubernetesTarget;

export interface GantryConfig {
  image: string;
  registry: { username: string; password: ValueSource } | undefined;
  build: {
    context: string;
    dockerfile: string | undefined;
    platforms: string[];
    buildArgs: Record<string, string>;
    target: string | undefined;
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
