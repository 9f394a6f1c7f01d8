import type { IgnoredFinding, IgnoreEntry } from './ignore.ts';
import { applyIgnores } from './ignore.ts';
import type { Finding, FindingClass, Severity } from './types.ts';
import { compareFindings, FINDING_CLASSES, SEVERITIES } from './types.ts';

export interface GateInput {
  /** Counted findings of the report (`TrivyScan.findings`; suppressed ones are not passed here). */
  findings: readonly Finding[];
  /** Severities that fail the gate. Empty: nothing fails (the findings are still counted). */
  severities: readonly Severity[];
  /** Vulnerabilities without a fixed version cannot fail the gate (they are still counted). */
  ignoreUnfixed: boolean;
  /** Entries from `.trivyignore` and/or `.trivyignore.yaml`, in the order they should be tried. */
  ignores: readonly IgnoreEntry[];
  /** Findings of an earlier scan: when given, only findings absent from it can fail the gate. */
  baseline?: readonly Finding[];
  /** The date ignore entries expire against: the caller's clock, never read here. */
  today: Date;
}

export interface Counts {
  bySeverity: Record<Severity, number>;
  byClass: Record<FindingClass, number>;
  /** Severity × class, for the summary table. */
  bySeverityAndClass: Record<Severity, Record<FindingClass, number>>;
  total: number;
}

export interface GateResult {
  passed: boolean;
  /** Every finding not ignored, whatever its severity, fix state or baseline. */
  counts: Counts;
  /** The findings counted, worst first. */
  counted: Finding[];
  /** The findings that fail the gate, worst first. */
  failing: Finding[];
  /** Counted findings absent from the baseline (all counted findings when there is no baseline). */
  newCount: number;
  /** Counted vulnerabilities with no fixed version (the ones `ignoreUnfixed` keeps out of the gate). */
  unfixedCount: number;
  ignored: IgnoredFinding[];
  expiredIgnores: IgnoreEntry[];
  unusedIgnores: IgnoreEntry[];
}

/**
 * Decides whether a scan passes.
 *
 * 1. Ignore entries apply first (expired ones suppress nothing); ignored findings are not counted.
 * 2. Everything left is counted, by severity and by class: the counts describe the artifact as it is,
 *    so `ignoreUnfixed` and the baseline change what fails, never what is counted.
 * 3. A counted finding fails the gate when its severity is in `severities`, and, with
 *    `ignoreUnfixed`, it is not a vulnerability without a fixed version (secrets and
 *    misconfigurations have no fix version and are not affected), and, with a baseline, it is new.
 */
export function evaluateGate(input: GateInput): GateResult {
  const outcome = applyIgnores(input.findings, input.ignores, input.today);
  const counted = [...outcome.kept].sort(compareFindings);
  const known = input.baseline === undefined ? undefined : new Set(input.baseline.map(findingKey));
  const isNew = (finding: Finding): boolean => known === undefined || !known.has(findingKey(finding));
  const gated = new Set(input.severities);
  const failing = counted.filter(
    (finding) =>
      gated.has(finding.severity) && !(input.ignoreUnfixed && isUnfixed(finding)) && isNew(finding),
  );
  return {
    passed: failing.length === 0,
    counts: countFindings(counted),
    counted,
    failing,
    newCount: counted.filter(isNew).length,
    unfixedCount: counted.filter(isUnfixed).length,
    ignored: outcome.ignored,
    expiredIgnores: outcome.expired,
    unusedIgnores: outcome.unused,
  };
}

/** A vulnerability Trivy knows no fixed version for (statuses `affected`, `will_not_fix`, `end_of_life`, …). */
export const isUnfixed = (finding: Finding): boolean =>
  finding.class === 'vulnerability' && (finding.fixed === undefined || finding.fixed.length === 0);

/**
 * Identity of a finding across scans, for the baseline:
 * - vulnerability: class + id + package name. Not the installed version (a bump that keeps the CVE
 *   is not new) and not the target (an OS target names the distro version, `app (alpine 3.19.1)`,
 *   which changes with every base-image patch and would make every finding look new).
 * - secret and misconfiguration: class + id + target (the file). The same rule firing in another
 *   file is a new leak or a new mistake.
 */
export function findingKey(finding: Finding): string {
  const where = finding.class === 'vulnerability' ? (finding.pkg ?? '') : finding.target;
  return JSON.stringify([finding.class, finding.id, where]);
}

export function countFindings(findings: readonly Finding[]): Counts {
  const counts: Counts = {
    bySeverity: zeros(SEVERITIES),
    byClass: zeros(FINDING_CLASSES),
    bySeverityAndClass: Object.fromEntries(SEVERITIES.map((s) => [s, zeros(FINDING_CLASSES)])) as Record<
      Severity,
      Record<FindingClass, number>
    >,
    total: findings.length,
  };
  for (const finding of findings) {
    counts.bySeverity[finding.severity] += 1;
    counts.byClass[finding.class] += 1;
    counts.bySeverityAndClass[finding.severity][finding.class] += 1;
  }
  return counts;
}

const zeros = <K extends string>(keys: readonly K[]): Record<K, number> =>
  Object.fromEntries(keys.map((key) => [key, 0])) as Record<K, number>;
