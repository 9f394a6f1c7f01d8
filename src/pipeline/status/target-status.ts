import type { Target } from '../../core/config/model.ts';
import { kubernetesSecretPrefixes, swarmSecretPrefixes, type TargetStatus } from '../../core/status.ts';
import { readRunningCanaries } from '../kubernetes/canary.ts';
import { readNamespaceLock } from '../kubernetes/lease-admin.ts';
import { readKubernetesWorkloads } from '../kubernetes/status.ts';
import { withTargetLock } from '../lock/target-lock.ts';
import type { Reporter } from '../reporter.ts';
import { readStackLock } from '../swarm/lock-admin.ts';
import { readSwarmWorkloads } from '../swarm/status.ts';
import { readBlueGreenStatus } from './colors.ts';
import { readK8sColorsStatus } from './k8s-colors.ts';

/**
 * What runs on a gantry.yml target now: each service or workload (image, release, replicas,
 * update state, the versions of gantry.yml's `secretNames` it uses) and the deploy lock.
 */
export async function readTargetStatus(
  target: Target,
  secretNames: readonly string[],
  report: Reporter,
  signal: AbortSignal,
  now: () => Date = () => new Date(),
): Promise<TargetStatus> {
  const read = await withTargetLock(target, report, signal, {
    swarm: async (docker, stack) => {
      const lock = await readStackLock(docker, stack, now());
      if (target.kind === 'swarm' && target.blueGreen !== undefined) {
        const { blueGreen } = target;
        const colors = await readBlueGreenStatus(docker, { ...target, blueGreen }, (s) =>
          swarmSecretPrefixes(s, secretNames),
        );
        return { where: `stacks ${stack}-blue and ${stack}-green`, ...colors, lock };
      }
      return {
        where: `stack ${stack}`,
        workloads: await readSwarmWorkloads(docker, stack, swarmSecretPrefixes(stack, secretNames)),
        lock,
      };
    },
    kubernetes: async (kubectl, namespace) => {
      const stack = target.kind === 'kubernetes' ? target.stack : undefined;
      const prefixes = stack === undefined ? new Map() : kubernetesSecretPrefixes(stack, secretNames);
      const canaries = await readRunningCanaries(kubectl, namespace);
      const blueGreen =
        target.kind === 'kubernetes' && target.blueGreen !== undefined
          ? await readK8sColorsStatus(kubectl, namespace, target.blueGreen.service)
          : undefined;
      return {
        where: `namespace ${namespace}`,
        ...(blueGreen === undefined ? {} : { blueGreen }),
        workloads: await readKubernetesWorkloads(kubectl, namespace, prefixes),
        lock: await readNamespaceLock(kubectl, namespace, now()),
        ...(canaries.length === 0 ? {} : { canaries }),
      };
    },
  });
  return { target: target.name, kind: target.kind, ...read };
}
