/** Parsers of what the tools print, and the push retry policy. Pure. */
import { exponentialBackoff } from '../retry.ts';

const DIGEST = /sha256:[0-9a-f]{64}/;

/** `docker push` ends with `<tag>: digest: sha256:… size: 528`. */
export function digestFromPushOutput(stdout: string): string | undefined {
  const m = /digest: (sha256:[0-9a-f]{64})/.exec(stdout);
  return m?.[1];
}

/** `docker inspect --format '{{index .RepoDigests 0}}'` prints `name@sha256:…`. */
export function digestFromRepoDigest(text: string): string | undefined {
  return DIGEST.exec(text.trim())?.[0];
}

/** buildx's `--metadata-file` JSON: `containerimage.digest` is the pushed manifest (or index). */
export function digestFromBuildxMetadata(json: string): string | undefined {
  try {
    const data = JSON.parse(json) as Record<string, unknown>;
    const digest = data['containerimage.digest'];
    return typeof digest === 'string' && DIGEST.test(digest) ? digest : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Whether a failed push is worth another try: the registry said 429 or 5xx, or the connection
 * broke. Refused credentials, unknown repositories and bad manifests are not retried.
 */
export function isRetryablePushError(text: string): boolean {
  const t = text.toLowerCase();
  if (/unauthorized|denied|authentication required|name_unknown|manifest_invalid|blob_unknown/.test(t))
    return false;
  return (
    /\b(429|500|502|503|504)\b|too many requests|toomanyrequests|internal server error|bad gateway|service unavailable|gateway timeout/.test(
      t,
    ) ||
    /connection reset|connection refused|i\/o timeout|unexpected eof|tls handshake timeout|broken pipe/.test(
      t,
    ) ||
    // The connection closed before an answer: Go's `Put "<url>": EOF`.
    /": eof\s*$/m.test(t)
  );
}

/** Exponential backoff with a cap: attempt 1 → base, 2 → 2·base, … at most `max`. */
export function backoffMs(attempt: number, baseMs = 2000, maxMs = 30_000): number {
  return exponentialBackoff(attempt, baseMs, maxMs);
}

export const PUSH_ATTEMPTS = 4;
