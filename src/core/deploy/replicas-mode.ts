import { ConfigurationError } from '../errors.ts';

/** What a deploy does with a replica count scaled outside Gantry since its last release: reset it, or keep it. */
export type ReplicasMode = 'manifest' | 'live';

/** The deploy actions' `replicas` input: `manifest` (default) or `live`. */
export function parseReplicasMode(input: string, raw: string): ReplicasMode {
  const value = raw.trim() || 'manifest';
  if (value !== 'manifest' && value !== 'live')
    throw new ConfigurationError(`expected manifest or live, got ${JSON.stringify(value)}`, input);
  return value;
}
