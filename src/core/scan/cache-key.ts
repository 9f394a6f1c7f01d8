/**
 * Cache keys for Trivy's vulnerability database folder. One key per runner OS and UTC day: the first
 * job of the day downloads a fresh database and saves it, later jobs restore it; the prefix restores
 * yesterday's copy, which Trivy then updates (its database is rebuilt every few hours upstream).
 */

export const TRIVY_DB_CACHE_PREFIX = 'gantry-trivy-db-';

/** `Linux` (RUNNER_OS) or `linux` (process.platform) both give `linux`. */
const osPart = (os: string): string => os.trim().toLowerCase() || 'unknown';

/** `yyyy-mm-dd` of a date in UTC. */
export const utcDay = (date: Date): string => date.toISOString().slice(0, 10);

/** `gantry-trivy-db-<os>-<yyyy-mm-dd>`. */
export const trivyDbCacheKey = (os: string, today: Date): string =>
  `${TRIVY_DB_CACHE_PREFIX}${osPart(os)}-${utcDay(today)}`;

/** Restore keys, most specific first: any earlier day's database for the same OS. */
export const trivyDbRestoreKeys = (os: string): string[] => [`${TRIVY_DB_CACHE_PREFIX}${osPart(os)}-`];

/** Whether the restored cache is today's exact key (then saving again is pointless and would fail). */
export const isExactCacheHit = (restoredKey: string | undefined, primaryKey: string): boolean =>
  restoredKey === primaryKey;
