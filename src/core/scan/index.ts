/**
 * Trivy scan gate, pure core: parse a Trivy JSON report, apply `.trivyignore(.yaml)`, decide the gate,
 * and render SARIF and markdown. No I/O: callers read files, pass today's date, and write outputs.
 */

export type { Scanner, TrivyImageScan } from './argv.ts';
export {
  DEFAULT_DB_REPOSITORIES,
  DEFAULT_JAVA_DB_REPOSITORIES,
  DEFAULT_SCANNERS,
  imageRepository,
  isRateLimited,
  parseScanners,
  parseSeverities,
  RATE_LIMIT_DELAYS_MS,
  rateLimitDelay,
  SCANNERS,
  TRIVY_VERSION_ARGV,
  trivyImageArgv,
} from './argv.ts';
export {
  isExactCacheHit,
  TRIVY_DB_CACHE_PREFIX,
  trivyDbCacheKey,
  trivyDbRestoreKeys,
  utcDay,
} from './cache-key.ts';
export type { Counts, GateInput, GateResult } from './gate.ts';
export { countFindings, evaluateGate, findingKey, isUnfixed } from './gate.ts';
export { globToRegExp, matchGlob } from './glob.ts';
export type { IgnoredFinding, IgnoreEntry, IgnoreOutcome } from './ignore.ts';
export { applyIgnores, entryMatches, isExpired, parseTrivyIgnore, parseTrivyIgnoreYaml } from './ignore.ts';
export type { ChecksumVerdict } from './install.ts';
export {
  DEFAULT_TRIVY_VERSION,
  parseChecksums,
  parseTrivyVersion,
  parseTrivyVersionOutput,
  TRIVY_RELEASES_BASE,
  trivyAssetName,
  trivyChecksumsName,
  trivyReleaseUrl,
  verifyChecksum,
} from './install.ts';
export type { PackageUrl } from './purl.ts';
export { parsePurl, purlMatches } from './purl.ts';
export { parseTrivyReport, readTrivyReport, TrivyReportError } from './report.ts';
export { parseTrivyReportBytes, parseTrivyReportFrom, type ReportSource } from './report-bytes.ts';
export type {
  SarifBuild,
  SarifLevel,
  SarifLog,
  SarifOptions,
  SarifResult,
  SarifRule,
  SarifRun,
} from './sarif.ts';
export {
  buildSarif,
  GITHUB_MAX_BYTES,
  GITHUB_MAX_RESULTS,
  SARIF_LEVEL,
  SARIF_SCHEMA_URI,
  SECURITY_SEVERITY,
  sarifCategory,
} from './sarif.ts';
export type { SummaryInput } from './summary.ts';
export { renderScanComment, renderScanSummary, scanCommentMarker } from './summary.ts';
export type { Finding, FindingClass, Severity, SuppressedFinding, TrivyScan } from './types.ts';
export { compareFindings, FINDING_CLASSES, SEVERITIES, severityRank } from './types.ts';
