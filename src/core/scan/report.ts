import * as z from 'zod';
import { lazy } from '../lazy.ts';
import type { Finding, Severity, SuppressedFinding, TrivyScan } from './types.ts';
import { SEVERITIES } from './types.ts';

/**
 * Trivy's JSON report (`--format json`, SchemaVersion 2), reduced to what the gate needs.
 * Every object is loose: fields Trivy adds later pass through untouched. Only the fields we read
 * are typed, so a wrong type there is an error that names its path (`Results[0].Vulnerabilities[3].Severity`).
 */

const list = <T extends z.ZodType>(item: T) => z.array(item).nullish();

const vulnerabilitySchema = lazy(() =>
  z.looseObject({
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
  }),
);

const secretSchema = lazy(() =>
  z.looseObject({
    RuleID: z.string(),
    Category: z.string().optional(),
    Title: z.string().optional(),
    Severity: z.string().optional(),
    StartLine: z.number().optional(),
  }),
);

const misconfigurationSchema = lazy(() =>
  z.looseObject({
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
  }),
);

/** `Finding` is checked against the schema of its `Type` afterwards, so that its errors keep their path. */
const modifiedFindingSchema = lazy(() =>
  z.looseObject({
    Type: z.string(),
    Status: z.string(),
    Statement: z.string().optional(),
    Source: z.string().optional(),
    Finding: z.unknown(),
  }),
);

const resultSchema = lazy(() =>
  z.looseObject({
    Target: z.string(),
    Class: z.string().optional(),
    Type: z.string().optional(),
    Vulnerabilities: list(vulnerabilitySchema),
    Secrets: list(secretSchema),
    Misconfigurations: list(misconfigurationSchema),
    ExperimentalModifiedFindings: list(modifiedFindingSchema),
  }),
);

const reportSchema = lazy(() =>
  z.looseObject({
    SchemaVersion: z.literal(2, { error: 'expected 2 (Trivy 0.20 or later, `--format json`)' }),
    ArtifactName: z.string().optional(),
    ArtifactType: z.string().optional(),
    Results: list(resultSchema),
  }),
);

export type Vulnerability = z.infer<typeof vulnerabilitySchema>;
export type Secret = z.infer<typeof secretSchema>;
export type Misconfiguration = z.infer<typeof misconfigurationSchema>;
export type ModifiedFinding = z.infer<typeof modifiedFindingSchema>;
export type Result = z.infer<typeof resultSchema>;
type Report = z.infer<typeof reportSchema>;

// What each schema above accepts, as plain checks: true exactly when its safeParse succeeds (for
// data from JSON.parse, or any plain values). Missing keys read as undefined, as in the schemas.
type Loose = Record<string, unknown>;
const isObject = (value: unknown): value is Loose =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const isOptionalString = (value: unknown): boolean => value === undefined || typeof value === 'string';
const isOptionalNumber = (value: unknown): boolean =>
  value === undefined || (typeof value === 'number' && Number.isFinite(value));
const areOptionalStrings = (value: Loose, keys: readonly string[]): boolean =>
  keys.every((key) => isOptionalString(value[key]));
const isList = (value: unknown, item: (element: unknown) => boolean): boolean =>
  value === undefined || value === null || (Array.isArray(value) && value.every(item));

const VULNERABILITY_STRINGS = [
  'PkgName',
  'PkgID',
  'PkgPath',
  'InstalledVersion',
  'FixedVersion',
  'Status',
  'Title',
  'Description',
  'Severity',
  'PrimaryURL',
] as const;
export const isVulnerability = (v: unknown): v is Vulnerability =>
  isObject(v) &&
  typeof v.VulnerabilityID === 'string' &&
  areOptionalStrings(v, VULNERABILITY_STRINGS) &&
  (v.PkgIdentifier === undefined || (isObject(v.PkgIdentifier) && isOptionalString(v.PkgIdentifier.PURL)));
export const isSecret = (s: unknown): s is Secret =>
  isObject(s) &&
  typeof s.RuleID === 'string' &&
  areOptionalStrings(s, ['Category', 'Title', 'Severity']) &&
  isOptionalNumber(s.StartLine);
export const isMisconfiguration = (m: unknown): m is Misconfiguration =>
  isObject(m) &&
  typeof m.ID === 'string' &&
  areOptionalStrings(m, ['AVDID', 'Title', 'Description', 'Message', 'Severity', 'Status', 'PrimaryURL']) &&
  isList(m.Aliases, (alias) => typeof alias === 'string') &&
  (m.CauseMetadata === undefined ||
    (isObject(m.CauseMetadata) && isOptionalNumber(m.CauseMetadata.StartLine)));
export const isModifiedFinding = (f: unknown): f is ModifiedFinding =>
  isObject(f) &&
  typeof f.Type === 'string' &&
  typeof f.Status === 'string' &&
  areOptionalStrings(f, ['Statement', 'Source']);
/** A result's own fields, its lists aside. */
export const isResultHead = (r: Loose): boolean =>
  typeof r.Target === 'string' && areOptionalStrings(r, ['Class', 'Type']);
const isResult = (r: unknown): r is Result =>
  isObject(r) &&
  isResultHead(r) &&
  isList(r.Vulnerabilities, isVulnerability) &&
  isList(r.Secrets, isSecret) &&
  isList(r.Misconfigurations, isMisconfiguration) &&
  isList(r.ExperimentalModifiedFindings, isModifiedFinding);
/** The report's own fields, its results aside. */
export const isReportHead = (r: Loose): boolean =>
  r.SchemaVersion === 2 && areOptionalStrings(r, ['ArtifactName', 'ArtifactType']);
const isReport = (r: unknown): r is Report => isObject(r) && isReportHead(r) && isList(r.Results, isResult);

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
  // The hand-written checks accept exactly what the schemas accept, and are much faster on large
  // reports; when one says no, the schema runs to name every path at fault.
  const report = isReport(data) ? data : check(reportSchema, data, []);
  const findings: Finding[] = [];
  const suppressed: SuppressedFinding[] = [];
  for (const [index, result] of (report.Results ?? []).entries())
    addResult(result, index, findings, suppressed);
  return scanOf(report, findings, suppressed);
}

/** The scan of a checked report whose results were added to `findings` and `suppressed`. */
export function scanOf(
  report: { ArtifactName?: string | undefined; ArtifactType?: string | undefined },
  findings: Finding[],
  suppressed: SuppressedFinding[],
): TrivyScan {
  return {
    artifactName: report.ArtifactName ?? '',
    ...optional('artifactType', report.ArtifactType),
    findings,
    suppressed,
  };
}

/** Adds a checked result's findings (and the ones Trivy suppressed) to the lists. */
export function addResult(
  result: Result,
  index: number,
  findings: Finding[],
  suppressed: SuppressedFinding[],
): void {
  const path = ['Results', index];
  for (const finding of resultFindings(result)) findings.push(finding);
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
      return fromVulnerability(result, isVulnerability(raw) ? raw : check(vulnerabilitySchema, raw, path));
    case 'secret':
      return fromSecret(result, isSecret(raw) ? raw : check(secretSchema, raw, path));
    case 'misconfiguration':
      return fromMisconfiguration(
        result,
        isMisconfiguration(raw) ? raw : check(misconfigurationSchema, raw, path),
      );
    default:
      return undefined;
  }
}

function fromVulnerability(result: Result, v: Vulnerability): Finding {
  const fixed = (v.FixedVersion ?? '')
    .split(',')
    .map((version) => version.trim())
    .filter((version) => version !== '');
  // Assigned one by one, in this order (the keys' order shows in JSON): on a monorepo's report this
  // runs for every one of hundreds of thousands of findings, and spreading objects is slower.
  const finding = {
    class: 'vulnerability',
    id: v.VulnerabilityID,
    severity: toSeverity(v.Severity),
    target: result.Target,
  } as Finding; // its title comes after the package fields
  if (result.Class !== undefined) finding.targetClass = result.Class;
  const pkg = v.PkgName ?? v.PkgID;
  if (pkg !== undefined) finding.pkg = pkg;
  const purl = v.PkgIdentifier?.PURL;
  if (purl !== undefined) finding.purl = purl;
  if (v.PkgPath !== undefined) finding.pkgPath = v.PkgPath;
  if (v.InstalledVersion !== undefined) finding.installed = v.InstalledVersion;
  if (fixed.length > 0) finding.fixed = fixed;
  finding.title = v.Title ?? titleFrom(v.Description) ?? v.VulnerabilityID;
  if (v.Description !== undefined) finding.description = v.Description;
  if (v.Status !== undefined) finding.status = v.Status;
  if (v.PrimaryURL !== undefined) finding.primaryUrl = v.PrimaryURL;
  return finding;
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
