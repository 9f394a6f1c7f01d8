/**
 * What a deploy that meets a held lock (a Swarm config, a Kubernetes Lease) says of it besides its
 * holder: how long ago it was taken, its TTL (from then to its expiry) and when it expires, so a
 * stale lock of a killed run is recognisable from the message alone:
 * `taken 42s ago, TTL 900s, expires 2026-12-06T21:40:00.000Z (in 858s)`. Pure.
 */

const seconds = (ms: number): string => `${Math.max(0, Math.round(ms / 1000))}s`;

export function lockDetail(taken: Date | undefined, expires: Date | undefined, now: Date): string {
  const created = taken === undefined ? Number.NaN : taken.getTime();
  const parts: string[] = [];
  if (!Number.isNaN(created)) parts.push(`taken ${seconds(now.getTime() - created)} ago`);
  if (expires === undefined) return [...parts, 'no readable expiry'].join(', ');
  if (!Number.isNaN(created)) parts.push(`TTL ${seconds(expires.getTime() - created)}`);
  const left = expires.getTime() - now.getTime();
  parts.push(
    left > 0
      ? `expires ${expires.toISOString()} (in ${seconds(left)})`
      : `expired ${expires.toISOString()} (${seconds(-left)} ago)`,
  );
  return parts.join(', ');
}
