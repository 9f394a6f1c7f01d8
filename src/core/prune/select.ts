import { ConfigurationError } from '../errors.ts';
import { parseInteger } from '../inputs/parse.ts';

/** One secret version in a prune decision. */
export interface PruneEntry {
  /** Swarm: the secret ID; Kubernetes: metadata.uid (or namespace/name when absent). */
  id: string;
  /** The server-side name. */
  name: string;
  /** `gantry.secret`: the NAME from the inputs. */
  secret: string;
  /** `gantry.version`. */
  version: string;
  /** When it was made (ISO 8601): `gantry.created`, or the server's creation time without it. */
  created: string;
  /** Why it is in its list. */
  reason: string;
}

export interface PruneSelection<E extends PruneEntry = PruneEntry> {
  /** Safe to remove. */
  pruned: E[];
  /** Among the newest `keep` versions of their secret. */
  kept: E[];
  /** Older than that, but still referenced (the reasons say by what): left alone. */
  protected: E[];
}

/** `keep`: how many of the newest versions of each secret to keep, at least 1. */
export const parseKeep = (input: string, raw: string): number => parseInteger(input, raw, { min: 1 });

export function checkKeep(input: string, keep: number): number {
  if (!Number.isSafeInteger(keep) || keep < 1) {
    throw new ConfigurationError(`expected a whole number of at least 1, got ${keep}`, input);
  }
  return keep;
}

export interface Candidate<E extends PruneEntry> {
  /** Versions are grouped (and counted against `keep`) by this key. */
  group: string;
  /** Milliseconds since the epoch, for ordering; newest first. */
  createdMs: number;
  /** The server's own creation time, to order versions whose `createdMs` are equal (label has seconds only). */
  serverMs?: number;
  entry: Omit<E, 'reason'>;
  /** Everything that still uses this version; empty when nothing does. */
  references: readonly string[];
}

const compareText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/**
 * Keeps the newest `keep` versions of each group, protects any older one that something still
 * references, and prunes the rest. Order is deterministic: groups by key, then newest first (ties
 * broken by name), so the same input always gives the same output.
 */
export function selectVersions<E extends PruneEntry>(
  candidates: readonly Candidate<E>[],
  keep: number,
): PruneSelection<E> {
  const groups = new Map<string, Candidate<E>[]>();
  for (const candidate of candidates) {
    const list = groups.get(candidate.group) ?? [];
    list.push(candidate);
    groups.set(candidate.group, list);
  }
  const result: PruneSelection<E> = { pruned: [], kept: [], protected: [] };
  const keptReason = keep === 1 ? 'newest version' : `one of the newest ${keep} versions`;
  const prunedReason = `older than the newest ${keep === 1 ? 'version' : `${keep} versions`} and not referenced`;
  for (const key of [...groups.keys()].sort(compareText)) {
    const versions = (groups.get(key) ?? []).sort(
      (a, b) =>
        b.createdMs - a.createdMs ||
        (b.serverMs ?? 0) - (a.serverMs ?? 0) ||
        compareText(b.entry.name, a.entry.name),
    );
    versions.forEach((candidate, index) => {
      if (index < keep) {
        result.kept.push({ ...candidate.entry, reason: keptReason } as E);
      } else if (candidate.references.length > 0) {
        result.protected.push({
          ...candidate.entry,
          reason: [...new Set(candidate.references)].join('; '),
        } as E);
      } else {
        result.pruned.push({ ...candidate.entry, reason: prunedReason } as E);
      }
    });
  }
  return result;
}

/**
 * Milliseconds for ordering: the first readable time. A version that cannot be dated at all counts
 * as the newest (never prune what cannot be placed in time).
 */
export function createdMs(...times: readonly (Date | string | undefined)[]): { ms: number; iso: string } {
  for (const time of times) {
    if (time === undefined) continue;
    const ms = time instanceof Date ? time.getTime() : Date.parse(time);
    if (!Number.isNaN(ms)) return { ms, iso: new Date(ms).toISOString() };
  }
  return { ms: Number.MAX_SAFE_INTEGER, iso: '' };
}
