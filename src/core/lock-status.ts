/**
 * What `gantry lock status` and `gantry lock release` show of a target's deploy lock (the Swarm
 * stack's config object or the namespace's Lease): who holds it, since and until when, whether it
 * is stale, and the last forced release recorded on the target. Shared by both targets; pure.
 */
import { ConfigurationError } from './errors.ts';
import { checkLine } from './inputs/parse.ts';

/** A forced release as recorded on the target: who forced it, when, why, and whose lock it removed. */
export interface ForcedRelease {
  by: string;
  at: Date;
  reason: string;
  /** The holder of the lock it removed. */
  holder: string;
  /** When that lock would have expired (undefined when it had no readable expiry). */
  expires: Date | undefined;
}

/** A held lock as read from the target. */
export interface HeldLockInfo {
  holder: string;
  since: Date | undefined;
  expires: Date | undefined;
  /** Past its expiry (or without a readable one): the next deploy takes it over. */
  stale: boolean;
}

/** What one target says of its lock. */
export interface LockReading {
  /** Where the lock lives, for people: `Swarm config gantry-lock-shop`, `Lease shop/gantry-deploy-lock`. */
  lock: string;
  held: HeldLockInfo | undefined;
  lastForcedRelease: ForcedRelease | undefined;
}

export interface LockStatus extends LockReading {
  target: string;
  kind: 'swarm' | 'kubernetes';
}

/** What a forced release did: the lock it removed (none when it was free) and the record it wrote. */
export interface ForceReleaseResult {
  target: string;
  kind: 'swarm' | 'kubernetes';
  lock: string;
  removed: HeldLockInfo | undefined;
  record: ForcedRelease | undefined;
}

/** `--force` and a non-empty `--reason` are both required; the trimmed reason, or an error naming the option. */
export function checkForceRelease(force: boolean | undefined, reason: string | undefined): string {
  if (force !== true)
    throw new ConfigurationError(
      'is required: a forced release removes the lock whoever holds it (a deploy may still be running)',
      '--force',
    );
  // Recorded on the target and printed by `gantry lock status`: one line, no control characters.
  const text = checkLine('--reason', reason ?? '');
  if (text === '')
    throw new ConfigurationError(
      'is required: say why the lock is released (it is recorded on the target)',
      '--reason',
    );
  return text;
}

/** A duration for people: `45s`, `3m 12s`, `2h 5m`, `3d 4h`. */
export function formatAge(ms: number): string {
  const s = Math.max(0, Math.round(ms / 1000));
  if (s < 60) return `${s}s`;
  const m = Math.floor(s / 60);
  if (m < 60) return s % 60 === 0 ? `${m}m` : `${m}m ${s % 60}s`;
  const h = Math.floor(m / 60);
  if (h < 24) return m % 60 === 0 ? `${h}h` : `${h}h ${m % 60}m`;
  const d = Math.floor(h / 24);
  return h % 24 === 0 ? `${d}d` : `${d}d ${h % 24}h`;
}

const iso = (date: Date | undefined): string | null => (date === undefined ? null : date.toISOString());

/** `2026-05-01T10:00:00.000Z (3m 12s ago)` or `(in 1m)`. */
function when(date: Date, now: Date): string {
  const delta = date.getTime() - now.getTime();
  return `${date.toISOString()} (${delta > 0 ? `in ${formatAge(delta)}` : `${formatAge(-delta)} ago`})`;
}

/** The lines that describe a held lock (under a heading that says whose). */
function heldLines(held: HeldLockInfo, now: Date): string[] {
  const lines = [`  since:   ${held.since === undefined ? 'unknown' : when(held.since, now)}`];
  if (held.expires === undefined)
    lines.push('  until:   no readable expiry: stale, the next deploy takes it over');
  else if (held.stale)
    lines.push(`  until:   ${when(held.expires, now)}: expired, stale (the next deploy takes it over)`);
  else lines.push(`  until:   ${when(held.expires, now)}`);
  return lines;
}

/** One line for a forced release record. */
export function forcedReleaseLine(record: ForcedRelease, now: Date): string {
  return `last forced release: ${when(record.at, now)} by ${record.by}, lock of ${record.holder} removed; reason: ${record.reason}`;
}

/** The status as text: free, or held by whom since and until when; then the last forced release. */
export function formatLockStatus(status: LockStatus, now: Date): string {
  const head = `target ${status.target} (${status.kind}, ${status.lock})`;
  const lines = status.held
    ? [
        `${head}: ${status.held.stale ? 'held (stale)' : 'held'} by ${status.held.holder}`,
        ...heldLines(status.held, now),
      ]
    : [`${head}: free`];
  lines.push(
    status.lastForcedRelease === undefined
      ? 'last forced release: none recorded'
      : forcedReleaseLine(status.lastForcedRelease, now),
  );
  return `${lines.join('\n')}\n`;
}

const recordJson = (record: ForcedRelease | undefined) =>
  record === undefined
    ? null
    : {
        by: record.by,
        at: record.at.toISOString(),
        reason: record.reason,
        holder: record.holder,
        expires: iso(record.expires),
      };

/** `--json` of `gantry lock status`: one object, stable keys, dates as ISO strings or null. */
export function lockStatusJson(status: LockStatus): Record<string, unknown> {
  return {
    target: status.target,
    kind: status.kind,
    lock: status.lock,
    held: status.held !== undefined,
    holder: status.held?.holder ?? null,
    since: iso(status.held?.since),
    expires: iso(status.held?.expires),
    stale: status.held?.stale ?? false,
    lastForcedRelease: recordJson(status.lastForcedRelease),
  };
}

/** What `gantry lock release` says it did. */
export function formatForceRelease(result: ForceReleaseResult, now: Date): string {
  const head = `target ${result.target} (${result.kind}, ${result.lock})`;
  if (result.removed === undefined) return `${head}: nothing to release: the lock is free\n`;
  const lines = [
    `${head}: removed the lock held by ${result.removed.holder}${result.removed.stale ? ' (stale)' : ''}`,
    ...heldLines(result.removed, now),
  ];
  if (result.record !== undefined)
    lines.push(
      `recorded: forced by ${result.record.by} at ${result.record.at.toISOString()}; reason: ${result.record.reason}`,
    );
  return `${lines.join('\n')}\n`;
}

/** `--json` of `gantry lock release`. */
export function forceReleaseJson(result: ForceReleaseResult): Record<string, unknown> {
  const removed = result.removed;
  return {
    target: result.target,
    kind: result.kind,
    lock: result.lock,
    released: removed !== undefined,
    removed:
      removed === undefined
        ? null
        : {
            holder: removed.holder,
            since: iso(removed.since),
            expires: iso(removed.expires),
            stale: removed.stale,
          },
    record: recordJson(result.record),
  };
}

/** The record of a forced release of `held`, made `at` by `by` for `reason`. */
export const forcedRelease = (held: HeldLockInfo, by: string, reason: string, at: Date): ForcedRelease => ({
  by,
  at,
  reason,
  holder: held.holder,
  expires: held.expires,
});

/** A date from a label or annotation; undefined when absent or unreadable. */
export function parseDate(raw: string | undefined): Date | undefined {
  if (raw === undefined || raw === '' || Number.isNaN(Date.parse(raw))) return undefined;
  return new Date(raw);
}

/** A forced release from its stored fields (labels or annotations); undefined unless by, at and reason are there. */
export function forcedReleaseFrom(fields: {
  by: string | undefined;
  at: string | undefined;
  reason: string | undefined;
  holder: string | undefined;
  expires: string | undefined;
}): ForcedRelease | undefined {
  const at = parseDate(fields.at);
  if (fields.by === undefined || at === undefined || fields.reason === undefined) return undefined;
  return {
    by: fields.by,
    at,
    reason: fields.reason,
    holder: fields.holder ?? 'unknown holder',
    expires: parseDate(fields.expires),
  };
}
