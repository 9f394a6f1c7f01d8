import { LineCounter, parseDocument } from 'yaml';
import * as z from 'zod';
import { ConfigurationError } from '../errors.ts';
import { lazy } from '../lazy.ts';
import { matchGlob } from './glob.ts';
import { parsePurl, purlMatches } from './purl.ts';
import type { Finding, FindingClass } from './types.ts';
import { FINDING_CLASSES } from './types.ts';

/**
 * Trivy's two ignore-file formats, parsed and applied to findings the way Trivy applies them
 * (aquasecurity/trivy pkg/result/ignore.go), with the date passed in rather than read from a clock.
 *
 * - `.trivyignore`: one ID per line, `#` comments, optional `exp:YYYY-MM-DD`. An ID there applies to
 *   every class (vulnerabilities, secrets, misconfigurations), since the line does not say which.
 * - `.trivyignore.yaml`: `vulnerabilities:`, `secrets:`, `misconfigurations:` (and `licenses:`, read but
 *   unused: licences are not gated) lists of `{ id, paths?, purls?, expired_at?, statement? }`.
 *
 * Expiry: an entry with `expired_at: 2025-01-31` suppresses up to the end of 2025-01-30 (UTC) and has
 * expired from 2025-01-31T00:00Z on. Trivy then drops the entry silently; we report it, so that the
 * finding coming back is explained rather than a surprise.
 *
 * Stricter than Trivy on purpose: a malformed date or an unknown key (`expires_at`) is a
 * `ConfigurationError` naming file and line, because skipping it would make a temporary exception
 * permanent or make the gate fail for no visible reason.
 */
export interface IgnoreEntry {
  id: string;
  /** The classes the entry applies to: all of them for `.trivyignore`, the section's for the YAML. */
  classes: readonly FindingClass[];
  /** Globs (doublestar) on the finding's target or package path; none means anywhere. */
  paths?: string[];
  /** Package URLs (vulnerabilities only); none means any package. */
  purls?: string[];
  /** `YYYY-MM-DD`. */
  expiresAt?: string;
  statement?: string;
  /** Where the entry was written, `file:line`, for messages. */
  origin: string;
}

export interface IgnoredFinding {
  finding: Finding;
  /** The first active entry that matched it. */
  entry: IgnoreEntry;
}

export interface IgnoreOutcome {
  /** Findings that no active entry matched. */
  kept: Finding[];
  ignored: IgnoredFinding[];
  /** Entries past their date: they suppress nothing any more. */
  expired: IgnoreEntry[];
  /** Active entries that matched no finding: candidates for removal. */
  unused: IgnoreEntry[];
}

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Parses `.trivyignore`. `file` only names the file in messages and `origin`. */
export function parseTrivyIgnore(text: string, file = '.trivyignore'): IgnoreEntry[] {
  const entries: IgnoreEntry[] = [];
  for (const [index, raw] of text.split(/\r?\n/).entries()) {
    const line = raw.trim();
    if (line === '' || line.startsWith('#')) continue;
    const [id, ...fields] = line.split(/\s+/) as [string, ...string[]];
    const origin = `${file}:${index + 1}`;
    const exp = fields.find((field) => field.startsWith('exp:'))?.slice('exp:'.length);
    if (exp !== undefined && !isDate(exp)) {
      throw new ConfigurationError(`${origin}: 'exp:${exp}' is not a date; write exp:YYYY-MM-DD`);
    }
    entries.push({ id, classes: FINDING_CLASSES, ...(exp === undefined ? {} : { expiresAt: exp }), origin });
  }
  return entries;
}

const dateSchema = lazy(() =>
  z
    .union([z.string(), z.date()])
    .transform((value) => (value instanceof Date ? value.toISOString().slice(0, 10) : value))
    .refine(isDate, { message: 'expected a date written YYYY-MM-DD' }),
);

const entrySchema = lazy(() =>
  z.strictObject({
    id: z.string().min(1),
    paths: z.array(z.string()).nullish(),
    purls: z.array(z.string()).nullish(),
    expired_at: dateSchema.nullish(),
    statement: z.string().nullish(),
  }),
);

const sections = {
  vulnerabilities: 'vulnerability',
  secrets: 'secret',
  misconfigurations: 'misconfiguration',
} as const;
type Section = keyof typeof sections;

const fileSchema = lazy(() =>
  z
    .strictObject({
      vulnerabilities: z.array(entrySchema).nullish(),
      secrets: z.array(entrySchema).nullish(),
      misconfigurations: z.array(entrySchema).nullish(),
      licenses: z.array(z.unknown()).nullish(),
    })
    .nullish(),
);

/** Parses `.trivyignore.yaml`. `file` only names the file in messages and `origin`. */
export function parseTrivyIgnoreYaml(text: string, file = '.trivyignore.yaml'): IgnoreEntry[] {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter });
  const lineOf = (path: (string | number)[]): number | undefined => {
    const node = doc.getIn(path, true) as { range?: [number, number, number] } | undefined;
    return node?.range === undefined ? undefined : lineCounter.linePos(node.range[0]).line;
  };
  const firstError = doc.errors[0];
  if (firstError !== undefined) {
    const message = firstError.message.split('\n')[0] ?? 'invalid YAML';
    throw new ConfigurationError(`${file}:${firstError.linePos?.[0].line ?? '?'}: ${message}`);
  }
  const parsed = fileSchema.safeParse(doc.toJS());
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const path = (issue?.path ?? []).filter((part) => typeof part !== 'symbol');
    const where = `${file}:${lineOf(path) ?? lineOf(path.slice(0, -1)) ?? '?'}`;
    throw new ConfigurationError(`${where}: ${formatPath(path)}: ${issue?.message ?? 'invalid'}`);
  }
  const entries: { line: number; entry: IgnoreEntry }[] = [];
  for (const section of Object.keys(sections) as Section[]) {
    for (const [index, entry] of (parsed.data?.[section] ?? []).entries()) {
      const line = lineOf([section, index]) ?? 0;
      const origin = `${file}:${line}`;
      for (const purl of entry.purls ?? []) {
        if (parsePurl(purl) === undefined) {
          throw new ConfigurationError(`${origin}: '${purl}' is not a package URL (pkg:type/name@version)`);
        }
      }
      entries.push({
        line,
        entry: {
          id: entry.id,
          classes: [sections[section]],
          ...(entry.paths ? { paths: entry.paths } : {}),
          ...(entry.purls ? { purls: entry.purls } : {}),
          ...(entry.expired_at ? { expiresAt: entry.expired_at } : {}),
          ...(entry.statement ? { statement: entry.statement } : {}),
          origin,
        },
      });
    }
  }
  // In the order they are written, whatever the order of the sections.
  return entries.sort((a, b) => a.line - b.line).map(({ entry }) => entry);
}

/** True once `today` has reached 00:00 UTC of the entry's `expiresAt` (an entry without one never expires). */
export function isExpired(entry: IgnoreEntry, today: Date): boolean {
  if (entry.expiresAt === undefined) return false;
  return today.getTime() >= Date.parse(`${entry.expiresAt}T00:00:00Z`);
}

/** Trivy's matching: same id (or a misconfiguration's AVD alias), a listed class, a path glob and a purl. */
export function entryMatches(entry: IgnoreEntry, finding: Finding): boolean {
  if (!entry.classes.includes(finding.class)) return false;
  if (entry.id !== finding.id && !(finding.aliases ?? []).includes(entry.id)) return false;
  if (entry.paths !== undefined && entry.paths.length > 0) {
    const candidates = [finding.target, finding.pkgPath].filter((path) => path !== undefined);
    if (!entry.paths.some((pattern) => candidates.some((path) => matchGlob(pattern, path)))) return false;
  }
  if (entry.purls !== undefined && entry.purls.length > 0 && finding.purl !== undefined) {
    const target = parsePurl(finding.purl);
    if (target === undefined) return false;
    const patterns = entry.purls.map(parsePurl).filter((purl) => purl !== undefined);
    if (!patterns.some((pattern) => purlMatches(pattern, target))) return false;
  }
  return true;
}

/**
 * Splits findings into kept and ignored. Expired entries take no part in matching and are listed;
 * an active entry that matches nothing is listed as unused. An entry counts as used when it matches
 * a finding, even if an earlier entry already ignored that finding.
 */
export function applyIgnores(
  findings: readonly Finding[],
  entries: readonly IgnoreEntry[],
  today: Date,
): IgnoreOutcome {
  const expired = entries.filter((entry) => isExpired(entry, today));
  const active = entries.filter((entry) => !isExpired(entry, today));
  const used = new Set<IgnoreEntry>();
  const kept: Finding[] = [];
  const ignored: IgnoredFinding[] = [];
  for (const finding of findings) {
    const matching = active.filter((entry) => entryMatches(entry, finding));
    for (const entry of matching) used.add(entry);
    const first = matching[0];
    if (first === undefined) kept.push(finding);
    else ignored.push({ finding, entry: first });
  }
  return { kept, ignored, expired, unused: active.filter((entry) => !used.has(entry)) };
}

function isDate(text: string): boolean {
  const match = DATE.exec(text);
  if (match === null) return false;
  const [, y, m, d] = match.map(Number) as [number, number, number, number];
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

function formatPath(path: (string | number)[]): string {
  if (path.length === 0) return '(top level)';
  return path
    .map((part, i) => (typeof part === 'number' ? `[${part}]` : `${i === 0 ? '' : '.'}${part}`))
    .join('');
}
