/** Trivy's severities, worst first. The order is used for sorting and for SARIF truncation. */
export const SEVERITIES = ['CRITICAL', 'HIGH', 'MEDIUM', 'LOW', 'UNKNOWN'] as const;
export type Severity = (typeof SEVERITIES)[number];

/** The kinds of finding Gantry gates on (Trivy's licence findings are not gated and are dropped). */
export const FINDING_CLASSES = ['vulnerability', 'secret', 'misconfiguration'] as const;
export type FindingClass = (typeof FINDING_CLASSES)[number];

/** One thing Trivy found, flattened out of its report. */
export interface Finding {
  class: FindingClass;
  /** CVE/GHSA id, secret rule id (`aws-access-key-id`) or misconfiguration id (`DS-0002`). */
  id: string;
  severity: Severity;
  /** Trivy's result target: `image (alpine 3.9.4)`, `package-lock.json`, `Dockerfile`, … */
  target: string;
  /** Trivy's result class for the target: `os-pkgs`, `lang-pkgs`, `secret`, `config`. */
  targetClass?: string;
  /** Package name (vulnerabilities only). */
  pkg?: string;
  /** Package URL (vulnerabilities only), used to match `.trivyignore.yaml` `purls`. */
  purl?: string;
  /** Path of the package inside the artifact, when Trivy knows it (e.g. a jar inside an image). */
  pkgPath?: string;
  installed?: string;
  /** Versions that fix it; Trivy lists several, comma separated, for several release lines. */
  fixed?: string[];
  title: string;
  description?: string;
  /** Vulnerability status (`fixed`, `affected`, `will_not_fix`, …) or misconfiguration status (`FAIL`). */
  status?: string;
  primaryUrl?: string;
  /** Other ids the finding is known by (a misconfiguration's `AVD-…` id). */
  aliases?: string[];
  /** 1-based line in the target, for secrets and misconfigurations. */
  startLine?: number;
}

/** A finding Trivy itself suppressed (VEX, `.trivyignore` with `--show-suppressed`): listed, never counted. */
export interface SuppressedFinding extends Finding {
  suppression: { status: string; statement?: string; source?: string };
}

/** A Trivy report, normalised. */
export interface TrivyScan {
  artifactName: string;
  artifactType?: string;
  /** Counted findings: misconfigurations only when they FAIL, suppressed ones excluded. */
  findings: Finding[];
  suppressed: SuppressedFinding[];
}

const SEVERITY_RANK = Object.fromEntries(SEVERITIES.map((severity, rank) => [severity, rank])) as Record<
  Severity,
  number
>;
const CLASS_RANK = Object.fromEntries(FINDING_CLASSES.map((kind, rank) => [kind, rank])) as Record<
  FindingClass,
  number
>;
export const severityRank = (severity: Severity): number => SEVERITY_RANK[severity] ?? -1;

/**
 * Deterministic order: worst severity first, then class, id, package, target, installed version.
 * Used wherever a list is cut (top N, SARIF limits) so the same report always keeps the same findings.
 */
export function compareFindings(a: Finding, b: Finding): number {
  return (
    severityRank(a.severity) - severityRank(b.severity) ||
    (CLASS_RANK[a.class] ?? -1) - (CLASS_RANK[b.class] ?? -1) ||
    compareText(a.id, b.id) ||
    compareText(a.pkg ?? '', b.pkg ?? '') ||
    compareText(a.target, b.target) ||
    compareText(a.installed ?? '', b.installed ?? '')
  );
}

/** Plain code-unit comparison: unlike localeCompare it does not depend on the machine's locale. */
const compareText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
