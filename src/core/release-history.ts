/**
 * The release record a target keeps of itself (`gantry history`, `gantry rollback`): one entry per
 * release that reached the deploy stage, with the refs it deployed, the secret versions it used,
 * who ran it and how it ended. Shared by both targets; pure.
 */
import { ConfigurationError } from './errors.ts';

/** How many entries a target keeps; older ones are removed when a new one is written. */
export const HISTORY_LIMIT = 20;

export type ReleaseVerdict = 'deployed' | 'rolled-back' | 'failed';

export interface ReleaseEntry {
  /** The tag released (`--tag`, or the build's version). */
  tag: string;
  /** Each image's key -> the ref deployed (`name@sha256:…`). */
  images: Record<string, string>;
  /** Each secret's NAME -> the versioned name the release mounted. */
  secrets: Record<string, string>;
  /** When the release ended (ISO 8601). */
  at: string;
  /** Who ran it: the lock holder, or GITHUB_ACTOR and the run's URL. */
  by: string;
  verdict: ReleaseVerdict;
  /** Set on an entry written by `gantry rollback`: the tag it went back to. */
  rollbackTo?: string;
}

const VERDICTS: readonly string[] = ['deployed', 'rolled-back', 'failed'];

const isStringRecord = (value: unknown): value is Record<string, string> =>
  typeof value === 'object' &&
  value !== null &&
  !Array.isArray(value) &&
  Object.values(value).every((v) => typeof v === 'string');

/** One entry from its JSON (undefined when it is not one: a record written by something else). */
export function parseEntry(value: unknown): ReleaseEntry | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const v = value as Record<string, unknown>;
  if (typeof v.tag !== 'string' || typeof v.at !== 'string' || typeof v.by !== 'string') return undefined;
  if (!isStringRecord(v.images) || !isStringRecord(v.secrets)) return undefined;
  if (typeof v.verdict !== 'string' || !VERDICTS.includes(v.verdict)) return undefined;
  if (Number.isNaN(Date.parse(v.at))) return undefined;
  const entry: ReleaseEntry = {
    tag: v.tag,
    images: { ...v.images },
    secrets: { ...v.secrets },
    at: v.at,
    by: v.by,
    verdict: v.verdict as ReleaseVerdict,
  };
  if (typeof v.rollbackTo === 'string') entry.rollbackTo = v.rollbackTo;
  return entry;
}

/** Entries from a JSON text holding one entry or an array of them; what is not an entry is left out. */
export function parseEntries(text: string): ReleaseEntry[] {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return [];
  }
  const list = Array.isArray(value) ? value : [value];
  return list.map(parseEntry).filter((e): e is ReleaseEntry => e !== undefined);
}

/** The entry as stored (stable key order). */
export const entryJson = (entry: ReleaseEntry): string => JSON.stringify(entry);

/** Newest first (by `at`; ties keep their order). */
export const newestFirst = (entries: readonly ReleaseEntry[]): ReleaseEntry[] =>
  [...entries].sort((a, b) => Date.parse(b.at) - Date.parse(a.at));

/** The entries to keep and to remove so that at most `limit` remain (the newest). */
export function bound<T extends { at: string }>(
  entries: readonly T[],
  limit = HISTORY_LIMIT,
): { keep: T[]; drop: T[] } {
  const sorted = [...entries].sort((a, b) => Date.parse(b.at) - Date.parse(a.at));
  return { keep: sorted.slice(0, limit), drop: sorted.slice(limit) };
}

/** Who ran a release: GITHUB_ACTOR and the run's URL in a workflow, else the lock holder. */
export function releasedBy(env: Readonly<Record<string, string | undefined>>, lockHolder: string): string {
  const actor = env.GITHUB_ACTOR;
  if (!actor) return lockHolder;
  const { GITHUB_SERVER_URL: server, GITHUB_REPOSITORY: repo, GITHUB_RUN_ID: runId } = env;
  return server && repo && runId ? `${actor} (${server}/${repo}/actions/runs/${runId})` : actor;
}

const sameImages = (a: ReleaseEntry, b: ReleaseEntry): boolean =>
  JSON.stringify(Object.entries(a.images).sort()) === JSON.stringify(Object.entries(b.images).sort());

/**
 * The entry `gantry rollback` deploys: with `to`, the newest deployed entry of that tag; without,
 * the newest deployed entry before the current one (the newest deployed) that runs other images.
 * Refused (naming --to) when there is none.
 */
export function pickRollback(entries: readonly ReleaseEntry[], to: string | undefined): ReleaseEntry {
  const sorted = newestFirst(entries);
  const deployed = sorted.filter((e) => e.verdict === 'deployed');
  if (to !== undefined) {
    const found = deployed.find((e) => e.tag === to);
    if (found !== undefined) return found;
    const other = sorted.find((e) => e.tag === to);
    if (other !== undefined)
      throw new ConfigurationError(
        `release ${to} was ${other.verdict} on this target, never deployed: nothing to go back to`,
        '--to',
      );
    const known = [...new Set(deployed.map((e) => e.tag))];
    throw new ConfigurationError(
      `no release ${to} in the target's record (${known.length > 0 ? `deployed: ${known.join(', ')}` : 'no deployed release recorded'}); see gantry history`,
      '--to',
    );
  }
  const [current, ...older] = deployed;
  const previous = current === undefined ? undefined : older.find((e) => !sameImages(e, current));
  if (previous === undefined)
    throw new ConfigurationError(
      current === undefined
        ? 'the target records no deployed release: nothing to go back to'
        : `the target records no deployed release before the current one (${current.tag}): nothing to go back to; name one with --to TAG`,
      '--to',
    );
  return previous;
}

/** The secret versions an entry used that are not on the target any more (sorted). */
export const missingSecrets = (entry: ReleaseEntry, existing: ReadonlySet<string>): string[] =>
  Object.values(entry.secrets)
    .filter((name) => !existing.has(name))
    .sort();

/** The refusal of a rollback whose secret versions are gone. */
export function missingSecretsError(entry: ReleaseEntry, missing: readonly string[]): ConfigurationError {
  return new ConfigurationError(
    `release ${entry.tag} used secret version${missing.length === 1 ? '' : 's'} ${missing.join(', ')}, no longer on the target (removed by a prune): it cannot be rolled back to exactly; nothing was changed`,
    '--to',
  );
}

/** An entry for the terminal: one line, then each image and secret. */
function formatEntry(entry: ReleaseEntry): string {
  const what = entry.rollbackTo === undefined ? '' : ` (rollback to ${entry.rollbackTo})`;
  const lines = [`${entry.at}  ${entry.tag}  ${entry.verdict}${what}  by ${entry.by}`];
  for (const [key, ref] of Object.entries(entry.images)) lines.push(`    image  ${key}: ${ref}`);
  for (const [name, version] of Object.entries(entry.secrets)) lines.push(`    secret ${name}: ${version}`);
  return lines.join('\n');
}

/** `gantry history`'s text: newest first. */
export function formatHistory(target: string, where: string, entries: readonly ReleaseEntry[]): string {
  const sorted = newestFirst(entries);
  if (sorted.length === 0) return `target ${target} (${where}): no release recorded\n`;
  return `target ${target} (${where}): ${sorted.length} release${sorted.length === 1 ? '' : 's'}, newest first\n${sorted.map(formatEntry).join('\n')}\n`;
}

/** `gantry history --json`: stable keys. */
export const historyJson = (
  target: string,
  kind: string,
  where: string,
  entries: readonly ReleaseEntry[],
): unknown => ({
  target,
  kind,
  record: where,
  releases: newestFirst(entries).map((e) => ({
    tag: e.tag,
    verdict: e.verdict,
    at: e.at,
    by: e.by,
    images: e.images,
    secrets: e.secrets,
    rollbackTo: e.rollbackTo ?? null,
  })),
});
