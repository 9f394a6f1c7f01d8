import { LABEL, parseCreated } from '../secrets/naming.ts';
import {
  type SecretReference,
  type SwarmSecret,
  type SwarmService,
  type SwarmTask,
  TERMINAL_TASK_STATES,
} from '../swarm/engine-types.ts';
import {
  type Candidate,
  checkKeep,
  createdMs,
  type PruneEntry,
  type PruneSelection,
  selectVersions,
} from './select.ts';

export interface SwarmPruneInput {
  stack: string;
  /** Newest versions to keep per secret, at least 1. */
  keep: number;
  /** `GET /secrets` (all of them, or those labelled `gantry.stack=<stack>`). */
  secrets: readonly SwarmSecret[];
  /** `GET /services`: ALL services, not only the stack's: another stack may use these secrets too. */
  services: readonly Pick<SwarmService, 'ID' | 'Spec' | 'PreviousSpec'>[];
  /** `GET /tasks`: all tasks (terminal ones are ignored here). */
  tasks: readonly Pick<SwarmTask, 'ID' | 'ServiceID' | 'Status' | 'Spec'>[];
  /** The input that gave `keep`, for its error. */
  keepInput?: string;
}

/**
 * Which old versions of a stack's secrets can go. Only secrets labelled `gantry.stack=<stack>` and
 * `gantry.secret` are considered (never by name); the newest `keep` per `gantry.secret` stay; an
 * older one is protected while any of these references it, by ID or by name:
 * - a service's current spec (Docker refuses to remove these anyway);
 * - a service's PreviousSpec: the rollback target. Docker's own in-use check ignores it, so
 *   removing it succeeds and the next `docker service rollback` fails its tasks with
 *   "unable to get secret from secret store: secret … not found";
 * - a task that is not in a terminal state (an update or rollback in progress).
 */
export function selectSwarmPrune(input: SwarmPruneInput): PruneSelection {
  const keep = checkKeep(input.keepInput ?? 'keep', input.keep);
  const references = new References();
  for (const service of input.services) {
    references.add(secretsOf(service.Spec), `in use by service ${service.Spec.Name} (current spec)`);
    if (service.PreviousSpec !== undefined) {
      references.add(
        secretsOf(service.PreviousSpec),
        `rollback target of service ${service.Spec.Name} (previous spec)`,
      );
    }
  }
  const tasks = [...input.tasks].sort((a, b) => (a.ID < b.ID ? -1 : a.ID > b.ID ? 1 : 0));
  for (const task of tasks) {
    if (TERMINAL_TASK_STATES.has(task.Status.State)) continue;
    references.add(
      task.Spec.ContainerSpec?.Secrets ?? [],
      `referenced by task ${task.ID} (${task.Status.State})`,
    );
  }

  const candidates: Candidate<PruneEntry>[] = [];
  for (const secret of input.secrets) {
    const labels = secret.Spec.Labels ?? {};
    const name = labels[LABEL.secret];
    if (labels[LABEL.stack] !== input.stack || name === undefined || name === '') continue;
    const created = createdMs(parseCreated(labels[LABEL.created]), secret.CreatedAt);
    const server = createdMs(secret.CreatedAt);
    candidates.push({
      group: name,
      createdMs: created.ms,
      serverMs: server.ms,
      entry: {
        id: secret.ID,
        name: secret.Spec.Name,
        secret: name,
        version: labels[LABEL.version] ?? '',
        created: created.iso,
      },
      references: references.of(secret.ID, secret.Spec.Name),
    });
  }
  return selectVersions(candidates, keep);
}

const secretsOf = (spec: SwarmService['Spec']): readonly SecretReference[] =>
  spec.TaskTemplate?.ContainerSpec?.Secrets ?? [];

class References {
  readonly #byId = new Map<string, string[]>();
  readonly #byName = new Map<string, string[]>();

  add(secrets: readonly SecretReference[], reason: string): void {
    for (const secret of secrets) {
      if (secret.SecretID) push(this.#byId, secret.SecretID, reason);
      if (secret.SecretName) push(this.#byName, secret.SecretName, reason);
    }
  }

  of(id: string, name: string): string[] {
    return [...new Set([...(this.#byId.get(id) ?? []), ...(this.#byName.get(name) ?? [])])];
  }
}

function push(map: Map<string, string[]>, key: string, value: string): void {
  const list = map.get(key);
  if (list === undefined) map.set(key, [value]);
  else if (!list.includes(value)) list.push(value);
}
