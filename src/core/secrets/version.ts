// node:crypto is used for hashing only: a pure computation over the bytes passed in, no I/O.
import { createHash } from 'node:crypto';
import { ConfigurationError } from '../errors.ts';

/**
 * A secret's version, the last part of its name. Swarm secrets are immutable: a new value needs a
 * new name, and the stack file follows it through `<NAME>_SECRET`.
 * - `content` (default): the first 12 hex digits of the value's SHA-256.
 *   The same value deploys under the same name (nothing to create, no restart); a new value gets a
 *   new name. The version is a function of the value alone: equal values (under two names or in two
 *   stacks) carry equal versions, and for a low-entropy value (a short PIN) anyone who can list
 *   secrets could test guesses against it; use `run` for those.
 * - `run`: `<7 hex of the commit>-<UTC yyyymmddhhmmss>`: a new secret on every run, nothing derived
 *   from the value.
 */
export type VersionMode = 'content' | 'run';

export function parseVersionMode(input: string, raw: string): VersionMode {
  const value = raw.trim();
  if (value === '' || value === 'content') return 'content';
  if (value === 'run') return 'run';
  throw new ConfigurationError(`expected content or run, got ${JSON.stringify(raw)}`, input);
}

const SHA256_HEX = /^[0-9a-f]{64}$/i;

/** The content version from a SHA-256 in hex: its first 12 digits, lower case. */
export function contentVersion(sha256Hex: string): string {
  if (!SHA256_HEX.test(sha256Hex)) throw new Error(`not a SHA-256 in hex: ${JSON.stringify(sha256Hex)}`);
  return sha256Hex.slice(0, 12).toLowerCase();
}

/**
 * The SHA-256 (hex) of the value that `contentVersion` takes: the same value gives the same version
 * under any stack or name, so anyone can check which value a version holds (`sha256sum`).
 */
export function contentDigest(value: string | Uint8Array): string {
  return createHash('sha256').update(value).digest('hex');
}

const pad = (n: number, width = 2): string => String(n).padStart(width, '0');

/** UTC `yyyymmddhhmmss`. */
export function compactUtc(date: Date): string {
  return (
    pad(date.getUTCFullYear(), 4) +
    pad(date.getUTCMonth() + 1) +
    pad(date.getUTCDate()) +
    pad(date.getUTCHours()) +
    pad(date.getUTCMinutes()) +
    pad(date.getUTCSeconds())
  );
}

/** `<7 hex sha>-<UTC yyyymmddhhmmss>`; `sha` is a commit SHA (7 to 64 hex digits). */
export function runVersion(sha: string, date: Date): string {
  if (!/^[0-9a-f]{7,64}$/i.test(sha)) throw new Error(`not a commit SHA: ${JSON.stringify(sha)}`);
  if (Number.isNaN(date.getTime())) throw new Error('runVersion: invalid date');
  return `${sha.slice(0, 7).toLowerCase()}-${compactUtc(date)}`;
}

/** The version of one secret under the chosen mode. */
export function secretVersion(
  mode: VersionMode,
  secret: { stack: string; name: string; value: string | Uint8Array },
  run: { sha: string; date: Date },
): string {
  return mode === 'content' ? contentVersion(contentDigest(secret.value)) : runVersion(run.sha, run.date);
}
