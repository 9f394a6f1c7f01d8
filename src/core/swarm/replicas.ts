import { stringify } from 'yaml';
import type { SwarmService } from './engine-types.ts';
import type { StackService } from './stack-file.ts';

/**
 * Replica counts scaled outside Gantry (`docker service scale`) since its last release, pure.
 * Every replicated service Gantry deploys carries its stack file's count in the label
 * `gantry.replicas`; a live count that differs from the stack file's while the file's did not
 * change since the last release was set by someone else. `replicas: manifest` deploys the file's
 * count (and says so), `replicas: live` deploys the live count instead, through an override file
 * passed after the stack files.
 */

export const REPLICAS_LABEL = 'gantry.replicas';

export interface SwarmReplicaDrift {
  /** The service's key in the stack file. */
  service: string;
  live: number;
  file: number;
}

const fileReplicas = (s: StackService): number | undefined =>
  s.mode === 'global' || s.mode === 'global-job' || s.mode === 'replicated-job'
    ? undefined
    : (s.replicas ?? 1);

/** The services whose live count was set outside Gantry and differs from the stack file's. */
export function swarmReplicaDrifts(
  stack: string,
  services: readonly StackService[],
  live: readonly SwarmService[],
): SwarmReplicaDrift[] {
  const out: SwarmReplicaDrift[] = [];
  for (const service of services) {
    const file = fileReplicas(service);
    const current = live.find((l) => l.Spec.Name === `${stack}_${service.name}`);
    const count = current?.Spec.Mode?.Replicated?.Replicas;
    if (file === undefined || count === undefined || count === file) continue;
    const recorded = current?.Spec.Labels?.[REPLICAS_LABEL];
    // The stack file's count changed since the last release: the release changes it, on purpose.
    if (recorded !== undefined && recorded !== String(file)) continue;
    out.push({ service: service.name, live: count, file });
  }
  return out;
}

/**
 * The override passed after the stack files: each replicated service labelled with its file's
 * count; with `live`, a drifted service keeps its live count. Its `version:` is the stack file's.
 */
export function replicasOverride(
  services: readonly StackService[],
  drifts: readonly SwarmReplicaDrift[],
  mode: 'manifest' | 'live',
  version: string | undefined,
): string | undefined {
  const entries = services.flatMap((s) => {
    const file = fileReplicas(s);
    if (file === undefined) return [];
    const drift = drifts.find((d) => d.service === s.name);
    const deploy = {
      labels: { [REPLICAS_LABEL]: String(file) },
      ...(mode === 'live' && drift !== undefined ? { replicas: drift.live } : {}),
    };
    return [[s.name, { deploy }] as const];
  });
  if (entries.length === 0) return undefined;
  return stringify({ ...(version === undefined ? {} : { version }), services: Object.fromEntries(entries) });
}

/** One line per drift: what the release does with it. */
export function formatSwarmDrift(stack: string, d: SwarmReplicaDrift, mode: 'manifest' | 'live'): string {
  const what =
    mode === 'live'
      ? `replicas ${d.live} kept (the stack file says ${d.file}; replicas: live)`
      : `replicas ${d.live} → ${d.file}: the stack file resets it (replicas: live would keep ${d.live})`;
  return `service ${stack}_${d.service}: ${what}; scaled outside Gantry since its last release`;
}
