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
  /** The image as scanned (with its tag or digest), for `properties.imageName`; defaults to `image`. */
  imageName?: string;
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
  const parts = partsThatFit(
    sorted,
    Math.min(sorted.length, options.maxResults ?? GITHUB_MAX_RESULTS),
    maxBytes,
    options,
  );
  // The sizes are exact but for the digits of the drop count in the log's properties: step back
  // while they tip it over (the same count as rendering and measuring the whole log each time).
  let keep = parts.results.length;
  while (
    keep > 0 &&
    envelopeBytes(sorted.length, sorted.length - keep, options) + (parts.sizes[keep] ?? 0) > maxBytes
  )
    keep -= 1;
  const results = parts.results.slice(0, keep);
  const rules = parts.rules.slice(0, parts.rulesBefore[keep] ?? 0);
  return {
    sarif: envelope(sorted.length, sorted.length - keep, options, rules, results),
    total: sorted.length,
    dropped: sorted.length - keep,
  };
}

interface Parts {
  rules: SarifRule[];
  results: SarifResult[];
  /** sizes[k]: the bytes the first k results (and the rules they bring first) add to an empty log. */
  sizes: number[];
  /** rulesBefore[k]: how many rules the first k results bring. */
  rulesBefore: number[];
}

/**
 * The rules and results of the worst findings, as many as fit: the size of a log grows by each kept
 * result (and each rule its finding brings first) plus a comma. Each is built and measured once, in
 * order, instead of rendering and measuring the whole log again per guess.
 */
function partsThatFit(
  sorted: readonly Finding[],
  limit: number,
  maxBytes: number,
  options: SarifOptions,
): Parts {
  const size = (value: unknown): number => utf8Length(JSON.stringify(value));
  const texts = new OneLine();
  const empty = envelopeBytes(sorted.length, sorted.length, options);
  const parts: Parts = { rules: [], results: [], sizes: [0], rulesBefore: [0] };
  const ruleIndex = new Map<string, number>();
  let added = 0;
  for (let count = 0; count < limit; count++) {
    const finding = sorted[count] as Finding;
    let extra = 0;
    let index = ruleIndex.get(finding.id);
    let rule: SarifRule | undefined;
    if (index === undefined) {
      // Sorted worst first: a rule takes the severity of its worst finding.
      index = ruleIndex.size;
      rule = toRule(finding, texts);
      extra += size(rule) + (index > 0 ? 1 : 0);
    }
    const result = toResult(finding, index, options.image, texts);
    extra += size(result) + (count > 0 ? 1 : 0);
    if (empty + added + extra > maxBytes) break;
    if (rule !== undefined) {
      ruleIndex.set(finding.id, index);
      parts.rules.push(rule);
    }
    parts.results.push(result);
    added += extra;
    parts.sizes.push(added);
    parts.rulesBefore.push(parts.rules.length);
  }
  return parts;
}

/** The bytes of a log of `total` findings with no rules and no results, `dropped` of them left out. */
const envelopeBytes = (total: number, dropped: number, options: SarifOptions): number =>
  byteLength(envelope(total, dropped, options, [], []));

function envelope(
  total: number,
  dropped: number,
  options: SarifOptions,
  rules: SarifRule[],
  results: SarifResult[],
): SarifLog {
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
          imageName: options.imageName ?? options.image,
          totalFindings: total,
          droppedFindings: dropped,
          truncated: dropped > 0,
        },
      },
    ],
  };
}

/** `oneLine` of each text, worked out once: one CVE's description comes back under every package. */
class OneLine {
  private readonly known = new Map<string, string>();
  of(text: string): string {
    let line = this.known.get(text);
    if (line === undefined) {
      line = oneLine(text);
      this.known.set(text, line);
    }
    return line;
  }
}

const RULE_NAMES: Record<FindingClass, string> = {
  vulnerability: 'Vulnerability',
  secret: 'Secret',
  misconfiguration: 'Misconfiguration',
};

function toRule(finding: Finding, texts: OneLine): SarifRule {
  const score = SECURITY_SEVERITY[finding.severity];
  const facts = describe(finding);
  const link = finding.primaryUrl === undefined ? '' : `[${finding.id}](${finding.primaryUrl})`;
  return {
    id: finding.id,
    name: finding.class === 'vulnerability' ? ruleNameForTarget(finding) : RULE_NAMES[finding.class],
    shortDescription: { text: texts.of(finding.title) },
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
        cell(texts.of(finding.description ?? finding.title)),
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

function toResult(finding: Finding, ruleIndex: number, image: string, texts: OneLine): SarifResult {
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
        texts.of(finding.title),
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

const NON_ASCII = /[\u0080-\uffff]/;

/** UTF-8 length of a string without encoding it (no Buffer: the core stays free of Node APIs). */
export function utf8Length(text: string): number {
  if (!NON_ASCII.test(text)) return text.length;
  let bytes = text.length;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    // 2 bytes below U+0800, 3 up to U+FFFF, 4 for a surrogate pair (2 + 2 over its two units).
    if (code >= 0x80) bytes += code >= 0x800 && (code < 0xd800 || code > 0xdfff) ? 2 : 1;
  }
  return bytes;
}
