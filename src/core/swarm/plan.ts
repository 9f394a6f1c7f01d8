import type { ComposeAnalysis } from './compose.ts';
import type { SwarmSecret, SwarmService } from './engine-types.ts';

/** What a deploy will change, per service: the plan a dry run prints and the summary starts from. */
export interface ServicePlan {
  name: string;
  change: 'create' | 'update' | 'remove' | 'keep';
  imageBefore: string | null;
  imageAfter: string | null;
  replicas: number | null;
}

const stripDigest = (image: string | undefined): string | null => (image === undefined ? null : image);

export function planServices(
  stack: string,
  analysis: ComposeAnalysis,
  pins: ReadonlyMap<string, string>,
  live: readonly SwarmService[],
  prune: boolean,
): ServicePlan[] {
  const liveByName = new Map(live.map((s) => [s.Spec.Name, s]));
  const plans: ServicePlan[] = analysis.services.map((service) => {
    const fullName = `${stack}_${service.name}`;
    const current = liveByName.get(fullName);
    const imageAfter = pins.get(service.name) ?? service.image ?? null;
    const imageBefore = stripDigest(current?.Spec.TaskTemplate?.ContainerSpec?.Image);
    return {
      name: fullName,
      change: current === undefined ? 'create' : 'update',
      imageBefore,
      imageAfter,
      replicas: service.replicas ?? (service.mode === 'global' ? null : 1),
    };
  });
  const declared = new Set(plans.map((p) => p.name));
  for (const service of live) {
    if (declared.has(service.Spec.Name)) continue;
    plans.push({
      name: service.Spec.Name,
      change: prune ? 'remove' : 'keep',
      imageBefore: stripDigest(service.Spec.TaskTemplate?.ContainerSpec?.Image),
      imageAfter: prune ? null : stripDigest(service.Spec.TaskTemplate?.ContainerSpec?.Image),
      replicas: service.Spec.Mode?.Replicated?.Replicas ?? null,
    });
  }
  return plans.sort((a, b) => a.name.localeCompare(b.name));
}

export const formatPlan = (plans: readonly ServicePlan[]): string[] =>
  plans.map(
    (p) =>
      `${p.change.padEnd(6)} ${p.name}: ${p.imageBefore ?? '(none)'} -> ${p.imageAfter ?? '(removed)'}${p.replicas === null ? '' : ` x${p.replicas}`}`,
  );

/** The secrets, configs and networks of the plan, each with the name it has on the engine. */
export const formatObjects = (analysis: ComposeAnalysis): string[] =>
  (
    [
      ['secret', analysis.secrets],
      ['config', analysis.configs],
      ['network', analysis.networks],
    ] as const
  ).flatMap(([kind, objects]) =>
    objects.map((o) => `${kind} ${o.key} -> ${o.name}${o.external ? ' (external)' : ''}`),
  );

/**
 * Docker reads env_file and secret/config `file:` paths when it loads or deploys the stack and
 * refuses a missing one with these words; `exists` is the file-system check.
 */
export function absentStackFile(
  analysis: ComposeAnalysis,
  exists: (file: string) => boolean,
): string | undefined {
  const absent = analysis.files.find((file) => !exists(file));
  return absent === undefined ? undefined : `open ${absent}: no such file or directory`;
}

/**
 * The external secrets of the stack file that neither exist on the engine nor are created by an
 * earlier stage of this run (`pending`), as `key (name)`: Docker would refuse the deploy for them.
 */
export function missingSecrets(
  analysis: ComposeAnalysis,
  existing: readonly SwarmSecret[],
  pending: readonly string[],
): string[] {
  const names = new Set([...existing.map((s) => s.Spec.Name), ...pending]);
  return analysis.secrets.filter((s) => s.external && !names.has(s.name)).map((s) => `${s.key} (${s.name})`);
}
