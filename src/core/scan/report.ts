import * as z from 'zod';
import type { Finding, Severity, SuppressedFinding, TrivyScan } from './types.ts';
import { SEVERITIES } from './types.ts';

/**
 * Trivy's JSON report (`--format json`, SchemaVersion 2), reduced to what the gate needs.
 * Every object is loose: fields Trivy adds later pass through untouched. Only the fields we read
 * are typed, so a wrong type there is an error that names its path (`Results[0].Vulnerabilities[3].Severity`).
 */

const list = <T extends z.ZodType>(item: T) => z.array(item).nullish();

const vulnerabilitySchema = z.looseObject({
  VulnerabilityID: z.string(),
  PkgName: z.string().optional(),
  PkgID: z.string().optional(),
  PkgPath: z.string().optional(),
  PkgIdentifier: z.looseObject({ PURL: z.string().optional() }).optional(),
  InstalledVersion: z.string().optional(),
  FixedVersion: z.string().optional(),
  Status: z.string().optional(),
  Title: z.string().optional(),
  Description: z.string().optional(),
  Severity: z.string().optional(),
  PrimaryURL: z.string().optional(),
});

const secretSchema = z.looseObject({
  RuleID: z.string(),
  Category: z.string().optional(),
  Title: z.string().optional(),
  Severity: z.string().optional(),
  StartLine: z.number().optional(),
});

const misconfigurationSchema = z.looseObject({
  ID: z.string(),
  AVDID: z.string().optional(),
  /** Newer Trivy keeps deprecated ids (`AVD-DS-0002`) here. */
  Aliases: z.array(z.string()).nullish(),
  Title: z.string().optional(),
  Description: z.string().optional(),
  Message: z.string().optional(),
  Severity: z.string().optional(),
  Status: z.string().optional(),
  PrimaryURL: z.string().optional(),
  CauseMetadata: z.looseObject({ StartLine: z.number().optional() }).optional(),
});

/** `Finding` is checked against the schema of its `Type` afterwards, so that its errors keep their path. */
const modifiedFindingSchema = z.looseObject({
  Type: z.string(),
  Status: z.string(),
  Statement: z.string().optional(),
  Source: z.string().optional(),
  Finding: z.unknown(),
});

const resultSchema = z.looseObject({
  Target: z.string(),
  Class: z.string().optional(),
  Type: z.string().optional(),
  Vulnerabilities: list(vulnerabilitySchema),
  Secrets: list(secretSchema),
  Misconfigurations: list(misconfigurationSchema),
  ExperimentalModifiedFindings: list(modifiedFindingSchema),
});

const reportSchema = z.looseObject({
  SchemaVersion: z.literal(2, { error: 'expected 2 (Trivy 0.20 or later, `--format json`)' }),
  ArtifactName: z.string().optional(),
  ArtifactType: z.string().optional(),
  Results: list(resultSchema),
});

type Vulnerability = z.infer<typeof vulnerabilitySchema>;
type Secret = z.infer<typeof secretSchema>;
type Misconfiguration = z.infer<typeof misconfigurationSchema>;
type Result = z.infer<typeof resultSchema>;

/** The report is not a Trivy JSON report we understand; `issues` name each path at fault. */
export class TrivyReportError extends Error {
  override readonly name = 'TrivyReportError';
  readonly issues: string[];
  constructor(issues: string[]) {
    super(`Not a Trivy JSON report (SchemaVersion 2): ${issues.join('; ')}`);
    this.issues = issues;
  }
}

/** Parses the text of a Trivy JSON report. Throws `TrivyReportError` for bad JSON or a bad shape. */
export function parseTrivyReport(text: string): TrivyScan {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new TrivyReportError([`invalid JSON: ${error instanceof Error ? error.message : String(error)}`]);
  }
  return readTrivyReport(data);
}

/** Normalises an already-parsed Trivy JSON report into counted findings and suppressed ones. */
export function readTrivyReport(data: unknown): TrivyScan {
  const report = check(reportSchema, data, []);
  const findings: Finding[] = [];
  const suppressed: SuppressedFinding[] = [];
  for (const [index, result] of (report.Results ?? []).entries()) {
    const path = ['Results', index];
    findings.push(...resultFindings(result));
    for (const [i, modified] of (result.ExperimentalModifiedFindings ?? []).entries()) {
      const finding = modifiedFinding(result, modified.Type, modified.Finding, [
        ...path,
        'ExperimentalModifiedFindings',
        i,
        'Finding',
      ]);
      if (finding === undefined) continue;
      suppressed.push({
        ...finding,
        suppression: {
          status: modified.Status,
          ...optional('statement', modified.Statement),
          ...optional('source', modified.Source),
        },
      });
    }
  }
  return {
    artifactName: report.ArtifactName ?? '',
    ...optional('artifactType', report.ArtifactType),
    findings,
    suppressed,
  };
}

function resultFindings(result: Result): Finding[] {
  return [
    ...(result.Vulnerabilities ?? []).map((v) => fromVulnerability(result, v)),
    ...(result.Secrets ?? []).map((s) => fromSecret(result, s)),
    // Trivy lists passed checks too (with --include-non-failures); only failures are findings.
    ...(result.Misconfigurations ?? [])
      .filter((m) => m.Status === 'FAIL')
      .map((m) => fromMisconfiguration(result, m)),
  ];
}

/** A suppressed finding's own shape depends on its `Type`; licence findings are not gated, so dropped. */
function modifiedFinding(
  result: Result,
  type: string,
  raw: unknown,
  path: (string | number)[],
): Finding | undefined {
  switch (type) {
    case 'vulnerability':
      return fromVulnerability(result, check(vulnerabilitySchema, raw, path));
    case 'secret':
      return fromSecret(result, check(secretSchema, raw, path));
    case 'misconfiguration':
      return fromMisconfiguration(result, check(misconfigurationSchema, raw, path));
    default:
      return undefined;
  }
}

function fromVulnerability(result: Result, v: Vulnerability): Finding {
  const fixed = (v.FixedVersion ?? '')
    .split(',')
    .map((version) => version.trim())
    .filter((version) => version !== '');
  return {
    class: 'vulnerability',
    id: v.VulnerabilityID,
    severity: toSeverity(v.Severity),
    target: result.Target,
    ...optional('targetClass', result.Class),
    ...optional('pkg', v.PkgName ?? v.PkgID),
    ...optional('purl', v.PkgIdentifier?.PURL),
    ...optional('pkgPath', v.PkgPath),
    ...optional('installed', v.InstalledVersion),
    ...(fixed.length > 0 ? { fixed } : {}),
    title: v.Title ?? titleFrom(v.Description) ?? v.VulnerabilityID,
    ...optional('description', v.Description),
    ...optional('status', v.Status),
    ...optional('primaryUrl', v.PrimaryURL),
  };
}

function fromSecret(result: Result, s: Secret): Finding {
  return {
    class: 'secret',
    id: s.RuleID,
    severity: toSeverity(s.Severity),
    target: result.Target,
    ...optional('targetClass', result.Class),
    title: s.Title ?? s.Category ?? s.RuleID,
    ...optional('startLine', s.StartLine),
  };
}

function fromMisconfiguration(result: Result, m: Misconfiguration): Finding {
  return {
    class: 'misconfiguration',
    id: m.ID,
    severity: toSeverity(m.Severity),
    target: result.Target,
    ...optional('targetClass', result.Class),
    title: m.Title ?? m.Message ?? m.ID,
    ...optional('description', m.Message ?? m.Description),
    ...optional('status', m.Status),
    ...optional('primaryUrl', m.PrimaryURL),
    ...aliasesOf(m),
    ...optional('startLine', m.CauseMetadata?.StartLine),
  };
}

/** Other ids an ignore entry may name a misconfiguration by (its AVD id, its aliases), without repeats. */
function aliasesOf(m: Misconfiguration): { aliases?: string[] } {
  const aliases = [...new Set([m.AVDID, ...(m.Aliases ?? [])])].filter(
    (alias): alias is string => alias !== undefined && alias !== m.ID,
  );
  return aliases.length > 0 ? { aliases } : {};
}

/** Missing or unrecognised severities are UNKNOWN, as Trivy itself treats them. */
function toSeverity(raw: string | undefined): Severity {
  const upper = (raw ?? '').toUpperCase();
  return (SEVERITIES as readonly string[]).includes(upper) ? (upper as Severity) : 'UNKNOWN';
}

/** Some advisories have no title: use the first sentence of the description, cut to 100 characters. */
function titleFrom(description: string | undefined): string | undefined {
  const first = description
    ?.trim()
    .split(/(?<=\.)\s|\n/)[0]
    ?.trim();
  if (first === undefined || first === '') return undefined;
  return first.length > 100 ? `${first.slice(0, 99)}…` : first;
}

/** `{ key: value }` when value is defined, else `{}`: keeps optional keys absent (exactOptionalPropertyTypes). */
function optional<K extends string, V>(key: K, value: V | undefined): { [P in K]?: V } {
  return (value === undefined ? {} : { [key]: value }) as { [P in K]?: V };
}

function check<T extends z.ZodType>(schema: T, data: unknown, prefix: (string | number)[]): z.infer<T> {
  const parsed = schema.safeParse(data);
  if (parsed.success) return parsed.data;
  throw new TrivyReportError(
    parsed.error.issues.map((issue) => `${formatPath([...prefix, ...issue.path])}: ${issue.message}`),
  );
}

function formatPath(path: PropertyKey[]): string {
  if (path.length === 0) return '(root)';
  return path
    .map((part, i) => (typeof part === 'number' ? `[${part}]` : `${i === 0 ? '' : '.'}${String(part)}`))
    .join('');
}
