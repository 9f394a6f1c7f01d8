import type { DockerClient } from '../../adapters/docker.ts';
import type { Kubectl } from '../../adapters/kubectl.ts';
import type { GantryConfig, Target } from '../../core/config/model.ts';
import { ConfigurationError } from '../../core/errors.ts';
import {
  missingSecrets,
  missingSecretsError,
  pickRollback,
  type ReleaseEntry,
  releasedBy,
} from '../../core/release-history.ts';
import type { Reporter } from '../reporter.ts';
import {
  existingKubernetesSecrets,
  kubernetesHistoryWhere,
  readKubernetesHistory,
} from './history-kubernetes.ts';
import { existingSwarmSecrets, readSwarmHistory, swarmHistoryWhere } from './history-swarm.ts';
import { releaseKubernetes } from './kubernetes.ts';
import { openKubernetes } from './kubernetes-target.ts';
import type { ReleaseOptions, StageLog } from './stage-log.ts';
import { releaseSwarm } from './swarm.ts';
import { openSwarm } from './swarm-engine.ts';

/** What a history command does once connected, on either kind of target. */
interface OnTarget<T> {
  swarm(docker: DockerClient, stack: string): Promise<T>;
  kubernetes(kubectl: Kubectl, namespace: string, stack: string | undefined): Promise<T>;
}

/** Connects to a gantry.yml target as `gantry release` does, runs `run`'s part, and lets go. */
async function withTarget<T>(target: Target, report: Reporter, signal: AbortSignal, run: OnTarget<T>) {
  if (target.kind === 'swarm') {
    const engine = await openSwarm(target, report, signal);
    try {
      return await run.swarm(engine.docker, target.stack);
    } finally {
      await engine.close();
    }
  }
  const session = await openKubernetes(target, report, signal);
  try {
    const { kubectl, defaultNamespace } = session.connected;
    return await run.kubernetes(kubectl, defaultNamespace, target.stack);
  } finally {
    session.close();
  }
}

export interface TargetHistory {
  target: string;
  kind: 'swarm' | 'kubernetes';
  /** Where the record lives, for people. */
  where: string;
  entries: ReleaseEntry[];
}

/** The releases recorded on the target (any order), read from the target itself. */
export async function readTargetHistory(
  target: Target,
  report: Reporter,
  signal: AbortSignal,
): Promise<TargetHistory> {
  const read = await withTarget(target, report, signal, {
    swarm: async (docker, stack) => ({
      where: swarmHistoryWhere(stack),
      entries: await readSwarmHistory(docker, stack),
    }),
    kubernetes: async (kubectl, namespace, stack) => ({
      where: kubernetesHistoryWhere(namespace, stack),
      entries: await readKubernetesHistory(kubectl, namespace, stack),
    }),
  });
  return { target: target.name, kind: target.kind, ...read };
}

/**
 * The entry a rollback deploys (`to`, or the release before the current one), once its secret
 * versions are known to be on the target still: refused, naming them, when a prune removed one.
 */
export async function rollbackEntry(
  config: GantryConfig,
  target: Target,
  to: string | undefined,
  report: Reporter,
  signal: AbortSignal,
): Promise<ReleaseEntry> {
  return withTarget(target, report, signal, {
    swarm: async (docker, stack) => {
      const entry = pickRollback(await readSwarmHistory(docker, stack), to);
      checkEntry(config, entry, await existingSwarmSecrets(docker, Object.values(entry.secrets)));
      return entry;
    },
    kubernetes: async (kubectl, namespace, stack) => {
      const entry = pickRollback(await readKubernetesHistory(kubectl, namespace, stack), to);
      const names = Object.values(entry.secrets);
      checkEntry(config, entry, await existingKubernetesSecrets(kubectl, namespace, names));
      return entry;
    },
  });
}

/** Every image of the config has a ref in the entry, and every secret version it used is there. */
function checkEntry(config: GantryConfig, entry: ReleaseEntry, existing: ReadonlySet<string>): void {
  const absent = config.images.filter((image) => entry.images[image.key] === undefined);
  if (absent.length > 0)
    throw new ConfigurationError(
      `release ${entry.tag} recorded no ref for image${absent.length === 1 ? '' : 's'} ${absent.map((i) => i.key).join(', ')} of gantry.yml`,
      '--to',
    );
  const missing = missingSecrets(entry, existing);
  if (missing.length > 0) throw missingSecretsError(entry, missing);
}

/**
 * Deploys a recorded release again through the release's own deploy path (lock, watch, smoke,
 * rollback on failure): its refs pinned by digest, its secret versions as they are on the target;
 * nothing built, created or pruned. The new entry records the rollback. Returns whether it deployed.
 */
export async function runRollback(
  request: { config: GantryConfig; target: Target; entry: ReleaseEntry; options: ReleaseOptions },
  log: StageLog,
  report: Reporter,
  signal: AbortSignal,
): Promise<boolean> {
  const { config, target, entry } = request;
  const images = new Map(Object.entries(entry.images));
  const options: ReleaseOptions = {
    ...request.options,
    useSecrets: entry.secrets,
    record: {
      tag: entry.tag,
      by: releasedBy(process.env, request.options.lockHolder),
      rollbackTo: entry.tag,
    },
  };
  const what = [...images.values()].join(', ');
  log.skip('build', `rollback to ${entry.tag}: deploying ${what}`);
  log.skip('scan', `rollback to ${entry.tag}: scanned when it was released`);
  const none = new Map<string, string>();
  if (target.kind === 'swarm') await releaseSwarm(config, target, images, none, options, log, report, signal);
  else await releaseKubernetes(config, target, images, none, options, log, report, signal);
  return !log.results.some((r) => r.status === 'failed' || r.status === 'rolled-back');
}
