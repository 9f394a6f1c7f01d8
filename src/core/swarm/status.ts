/** A Swarm service as `gantry status` shows it; pure. */
import {
  imageStatus,
  type SecretInUse,
  secretInUse,
  swarmUpdateState,
  type WorkloadStatus,
} from '../status.ts';
import type { SwarmService } from './engine-types.ts';

/** How many tasks the service wants: replicas, or null for a global service (then: the running count). */
export function desiredTasks(service: SwarmService): number | null {
  if (service.ServiceStatus?.DesiredTasks !== undefined) return service.ServiceStatus.DesiredTasks;
  return service.Spec.Mode?.Replicated?.Replicas ?? null;
}

/** The versioned secrets the service mounts, each matched to gantry.yml's NAME when it is one. */
export function serviceSecrets(service: SwarmService, prefixes: ReadonlyMap<string, string>): SecretInUse[] {
  const names = (service.Spec.TaskTemplate?.ContainerSpec?.Secrets ?? [])
    .map((s) => s.SecretName)
    .filter((n): n is string => n !== undefined && n !== '');
  return [...new Set(names)].sort().map((n) => secretInUse(n, prefixes));
}

/**
 * One service: `running` is its tasks in state running; `versionLabel` the version label of the
 * service or of its image, when either has one.
 */
export function serviceStatus(
  service: SwarmService,
  running: number,
  versionLabel: string | undefined,
  prefixes: ReadonlyMap<string, string>,
): WorkloadStatus {
  const image = service.Spec.TaskTemplate?.ContainerSpec?.Image;
  return {
    name: service.Spec.Name,
    kind: 'service',
    images: image === undefined ? [] : [imageStatus(image, versionLabel)],
    ready: running,
    desired: desiredTasks(service),
    update: {
      state: swarmUpdateState(service.UpdateStatus?.State),
      message: service.UpdateStatus?.Message?.trim() || null,
    },
    secrets: serviceSecrets(service, prefixes),
  };
}
