import type { Finding, FindingClass, Severity } from './types.ts';
import { compareFindings } from './types.ts';

/**
 * SARIF 2.1.0 for GitHub code scanning, shaped like Trivy's own `--format sarif` output
 * (one rule per id, one result per finding), plus what Gantry needs on top:
 * - `runs[0].automationDetails.id` = `gantry-scan/<image>/`: one code-scanning category per image, so
 *   scanning several images does not close each other's alerts;
 * - GitHub's upload limits (docs.github.com, "SARIF results exceed limit" / "SARIF file is too large"):
 *   at most 25,000 results and 25,000 rules per run, and 10 MB per upload. We keep the worst findings
 *   first (`compareFindings`) and record how many were dropped in `runs[0].properties`.
 */

export const SARIF_SCHEMA_URI = 'https://json.schemastore.org/sarif-2.1.0.json';
/** GitHub rejects a run with more results than this. */
export const GITHUB_MAX_RESULTS = 25_000;
/**
 * GitHub rejects uploads over 10 MB (after gzip). Without compression here we cap the uncompressed
 * JSON at 10 MB, which is always accepted; raise `maxBytes` if you know better.
 */
export const GITHUB_MAX_BYTES = 10_000_000;

/** GitHub reads `security-severity` as a CVSS-like score: ≥9 critical, ≥7 high, ≥4 medium, >0 low. */
export const SECURITY_SEVERITY: Record<Severity, string | undefined> = {
  CRITICAL: '9.5',
  HIGH: '8.0',
  MEDIUM: '5.5',
  LOW: '2.0',
  UNKNOWN: undefined, // no score: GitHub then shows the result by its level (note)
};

export type SarifLevel = 'error' | 'warning' | 'note';

/** Trivy's mapping: CRITICAL and HIGH are errors, MEDIUM warnings, LOW and UNKNOWN notes. */
export const SARIF_LEVEL: Record<Severity, SarifLevel> = {
  CRITICAL: 'error',
  HIGH: 'error',
  MEDIUM: 'warning',
  LOW: 'note',
  UNKNOWN: 'note',
};

export interface SarifOptions {
  findings: readonly Finding[];
  /** The scanned image (or path): names the category and is the location of OS-package findings. */
  image: string;
  /** Trivy's version, shown as the driver version. */
  toolVersion?: string;
  /** Defaults to GitHub's 25,000. */
  maxResults?: number;
  /** Cap on the serialised JSON (UTF-8 bytes). Defaults to 10,000,000. */
  maxBytes?: number;
}

export interface SarifBuild {
  sarif: SarifLog;
  /** Findings given. */
  total: number;
  /** Findings left out to stay within the limits (the least severe ones). */
  dropped: number;
}

export interface SarifLog {
  version: '2.1.0';
  $schema: string;
  runs: [SarifRun];
}

export interface SarifRun {
  tool: {
    driver: { name: string; fullName: string; informationUri: string; version?: string; rules: SarifRule[] };
  };
  automationDetails: { id: string };
  columnKind: 'utf16CodeUnits';
  results: SarifResult[];
  properties: { imageName: string; totalFindings: number; droppedFindings: number; truncated: boolean };
}

export interface SarifRule {
  id: string;
  name: string;
  shortDescription: { text: string };
  fullDescription: { text: string };
  defaultConfiguration: { level: SarifLevel };
  helpUri?: string;
  help: { text: string; markdown: string };
  properties: { precision: 'very-high'; tags: string[]; 'security-severity'?: string };
}

export interface SarifResult {
  ruleId: string;
  ruleIndex: number;
  level: SarifLevel;
  message: { text: string };
  locations: [
    {
      physicalLocation: {
        artifactLocation: { uri: string; uriBaseId: 'ROOTPATH' };
        region: { startLine: number; startColumn: 1; endLine: number; endColumn: 1 };
      };
      message: { text: string };
    },
  ];
}

/** The category GitHub groups this image's alerts under. */
export const sarifCategory = (image: string): string => `gantry-scan/${image}/`;

/** Builds the SARIF log, cutting the least severe findings when a GitHub limit would be passed. */
export function buildSarif(options: SarifOptions): SarifBuild {
  const sorted = [...options.findings].sort(compareFindings);
  const maxBytes = options.maxBytes ?? GITHUB_MAX_BYTES;
  let keep = Math.min(sorted.length, options.maxResults ?? GITHUB_MAX_RESULTS);
  keep = largestCountThatFits(sorted, keep, maxBytes, options);
  let sarif = render(sorted, keep, options);
  // The estimate is exact but for the digits of the drop count: step back if they tipped it over.
  while (keep > 0 && byteLength(sarif) > maxBytes) sarif = render(sorted, --keep, options);
  return { sarif, total: sorted.length, dropped: sorted.length - keep };
}

/**
 * The size of a log grows by each kept result (and each rule its finding brings first) plus a
 * comma: sum those once, in order, instead of rendering and measuring the log again per guess.
 */
function largestCountThatFits(
  sorted: readonly Finding[],
  limit: number,
  maxBytes: number,
  options: SarifOptions,
): number {
  const size = (value: unknown): number => utf8Length(JSON.stringify(value));
  let total = byteLength(render(sorted, 0, options));
  const seen = new Map<string, number>();
  let count = 0;
  for (const finding of sorted.slice(0, limit)) {
    let extra = 0;
    let index = seen.get(finding.id);
    if (index === undefined) {
      index = seen.size;
      seen.set(finding.id, index);
      extra += size(toRule(finding)) + (index > 0 ? 1 : 0);
    }
    extra += size(toResult(finding, index, options.image)) + (count > 0 ? 1 : 0);
    if (total + extra > maxBytes) break;
    total += extra;
    count += 1;
  }
  return count;
}

function render(sorted: readonly Finding[], keep: number, options: SarifOptions): SarifLog {
  const kept = sorted.slice(0, keep);
  const rules: SarifRule[] = [];
  const ruleIndex = new Map<string, number>();
  const results: SarifResult[] = [];
  for (const finding of kept) {
    let index = ruleIndex.get(finding.id);
    if (index === undefined) {
      // Sorted worst first: a rule takes the severity of its worst finding.
      index = rules.push(toRule(finding)) - 1;
      ruleIndex.set(finding.id, index);
    }
    results.push(toResult(finding, index, options.image));
  }
  const dropped = sorted.length - keep;
  return {
    version: '2.1.0',
    $schema: SARIF_SCHEMA_URI,
    runs: [
      {
        tool: {
          driver: {
            name: 'Trivy',
            fullName: 'Trivy Vulnerability Scanner (via Gantry)',
            informationUri: 'https://github.com/aquasecurity/trivy',
            ...(options.toolVersion === undefined ? {} : { version: options.toolVersion }),
            rules,
          },
        },
        automationDetails: { id: sarifCategory(options.image) },
        columnKind: 'utf16CodeUnits',
        results,
        properties: {
          imageName: options.image,
          totalFindings: sorted.length,
          droppedFindings: dropped,
          truncated: dropped > 0,
        },
      },
    ],
  };
}

const RULE_NAMES: Record<FindingClass, string> = {
  vulnerability: 'Vulnerability',
  secret: 'Secret',
  misconfiguration: 'Misconfiguration',
};

function toRule(finding: Finding): SarifRule {
  const score = SECURITY_SEVERITY[finding.severity];
  const facts = describe(finding);
  const link = finding.primaryUrl === undefined ? '' : `[${finding.id}](${finding.primaryUrl})`;
  return {
    id: finding.id,
    name: finding.class === 'vulnerability' ? ruleNameForTarget(finding) : RULE_NAMES[finding.class],
    shortDescription: { text: oneLine(finding.title) },
    fullDescription: { text: finding.description ?? finding.title },
    defaultConfiguration: { level: SARIF_LEVEL[finding.severity] },
    ...(finding.primaryUrl === undefined ? {} : { helpUri: finding.primaryUrl }),
    help: {
      text: [`${RULE_NAMES[finding.class]} ${finding.id}`, `Severity: ${finding.severity}`, ...facts]
        .concat(link === '' ? [] : [`Link: ${link}`])
        .join('\n'),
      markdown: [
        `**${RULE_NAMES[finding.class]} ${finding.id}**`,
        '| Severity | Package | Fixed Version | Link |',
        '| --- | --- | --- | --- |',
        `|${finding.severity}|${cell(finding.pkg ?? '')}|${cell((finding.fixed ?? []).join(', '))}|${link}|`,
        '',
        cell(oneLine(finding.description ?? finding.title)),
      ].join('\n'),
    },
    properties: {
      precision: 'very-high',
      tags: [finding.class, 'security', finding.severity],
      ...(score === undefined ? {} : { 'security-severity': score }),
    },
  };
}

/** Trivy names vulnerability rules after the kind of package. */
const ruleNameForTarget = (finding: Finding): string =>
  finding.targetClass === 'os-pkgs'
    ? 'OsPackageVulnerability'
    : finding.targetClass === 'lang-pkgs'
      ? 'LanguageSpecificPackageVulnerability'
      : 'Vulnerability';

function toResult(finding: Finding, ruleIndex: number, image: string): SarifResult {
  const uri = locationUri(finding, image);
  const line = finding.startLine !== undefined && finding.startLine > 0 ? finding.startLine : 1;
  const what = finding.pkg === undefined ? finding.target : `${finding.pkg}@${finding.installed ?? '?'}`;
  return {
    ruleId: finding.id,
    ruleIndex,
    level: SARIF_LEVEL[finding.severity],
    message: {
      text: [
        ...describe(finding),
        `${RULE_NAMES[finding.class]} ${finding.id}`,
        `Severity: ${finding.severity}`,
        oneLine(finding.title),
        ...(finding.primaryUrl === undefined ? [] : [`Link: [${finding.id}](${finding.primaryUrl})`]),
      ].join('\n'),
    },
    locations: [
      {
        physicalLocation: {
          artifactLocation: { uri, uriBaseId: 'ROOTPATH' },
          region: { startLine: line, startColumn: 1, endLine: line, endColumn: 1 },
        },
        message: { text: `${finding.target}: ${what}` },
      },
    ],
  };
}

function describe(finding: Finding): string[] {
  const lines: string[] = [];
  if (finding.pkg !== undefined) lines.push(`Package: ${finding.pkg}`);
  if (finding.installed !== undefined) lines.push(`Installed Version: ${finding.installed}`);
  if (finding.fixed !== undefined) lines.push(`Fixed Version: ${finding.fixed.join(', ')}`);
  if (finding.class !== 'vulnerability') lines.push(`Target: ${finding.target}`);
  return lines;
}

/**
 * OS packages live in the image, not in a file of the repository: like Trivy, point at the image.
 * Other targets are paths (lock files, Dockerfiles, files with secrets). Percent-encoded so that a
 * space or a `#` cannot break the URI.
 */
function locationUri(finding: Finding, image: string): string {
  const raw = finding.targetClass === 'os-pkgs' || finding.target === '' ? image : finding.target;
  return encodeURI(raw).replace(/[?#]/g, (char) => encodeURIComponent(char));
}

const oneLine = (text: string): string => text.replace(/\s+/g, ' ').trim();
const cell = (text: string): string => text.replace(/\|/g, '\\|');
const byteLength = (sarif: SarifLog): number => utf8Length(JSON.stringify(sarif));

/** UTF-8 length of a string without encoding it (no Buffer: the core stays free of Node APIs). */
export function utf8Length(text: string): number {
  let bytes = text.length;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    // 2 bytes below U+0800, 3 up to U+FFFF, 4 for a surrogate pair (2 + 2 over its two units).
    if (code >= 0x80) bytes += code >= 0x800 && (code < 0xd800 || code > 0xdfff) ? 2 : 1;
  }
  return bytes;
}
