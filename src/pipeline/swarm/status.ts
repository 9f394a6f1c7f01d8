import { type DockerClient, EngineError } from '../../adapters/docker.ts';
import { parseImageRef, VERSION_LABEL, type WorkloadStatus } from '../../core/status.ts';
import { STACK_LABEL, type SwarmService, type SwarmTask } from '../../core/swarm/engine-types.ts';
import { serviceStatus } from '../../core/swarm/status.ts';

const filters = (value: Record<string, string[]>): string => encodeURIComponent(JSON.stringify(value));

/** The stack's services (label com.docker.stack.namespace), with their running/desired task counts. */
export async function readStackServices(docker: DockerClient, stack: string): Promise<SwarmService[]> {
  const services = await docker.api<SwarmService[]>(
    'GET',
    `/services?status=true&filters=${filters({ label: [`${STACK_LABEL}=${stack}`] })}`,
  );
  return services.sort((a, b) => a.Spec.Name.localeCompare(b.Spec.Name));
}

/** The service's tasks in state running (from ServiceStatus when the engine gives it). */
async function runningTasks(docker: DockerClient, service: SwarmService): Promise<number> {
  const counted = service.ServiceStatus?.RunningTasks;
  if (counted !== undefined) return counted;
  const tasks = await docker.api<SwarmTask[]>(
    'GET',
    `/tasks?filters=${filters({ service: [service.ID], 'desired-state': ['running'] })}`,
  );
  return tasks.filter((t) => t.Status.State === 'running').length;
}

/**
 * The release the service's image came from when its reference keeps no tag: the service's label
 * org.opencontainers.image.version, else the image's (when the manager has the image).
 */
async function versionLabel(docker: DockerClient, service: SwarmService): Promise<string | undefined> {
  const image = service.Spec.TaskTemplate?.ContainerSpec?.Image;
  if (image === undefined || parseImageRef(image).tag !== null) return undefined;
  const own = service.Spec.Labels?.[VERSION_LABEL];
  if (own !== undefined) return own;
  try {
    const inspected = await docker.api<{ Config?: { Labels?: Record<string, string> | null } }>(
      'GET',
      `/images/${encodeURIComponent(image)}/json`,
    );
    return inspected.Config?.Labels?.[VERSION_LABEL];
  } catch (error) {
    if (error instanceof EngineError && error.status === 404) return undefined;
    throw error;
  }
}

/** Each service of the stack as `gantry status` shows it; `prefixes` name gantry.yml's secrets. */
export async function readSwarmWorkloads(
  docker: DockerClient,
  stack: string,
  prefixes: ReadonlyMap<string, string>,
): Promise<WorkloadStatus[]> {
  const services = await readStackServices(docker, stack);
  return Promise.all(
    services.map(async (s) =>
      serviceStatus(s, await runningTasks(docker, s), await versionLabel(docker, s), prefixes),
    ),
  );
}
