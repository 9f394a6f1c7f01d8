import type { GateResult } from './gate.ts';
import { isUnfixed } from './gate.ts';
import type { IgnoreEntry } from './ignore.ts';
import type { Finding, Severity, SuppressedFinding } from './types.ts';
import { compareFindings, SEVERITIES } from './types.ts';

/** Markdown for the job summary and the pull-request comment of one scanned image. Pure strings. */
export interface SummaryInput {
  image: string;
  gate: GateResult;
  /** The gate's policy, restated so that a reader knows why it passed or failed. */
  severities: readonly Severity[];
  ignoreUnfixed: boolean;
  /** True when a baseline was given (only new findings could fail). */
  baseline?: boolean;
  /** Findings Trivy suppressed itself (VEX…): listed, not counted. */
  suppressed?: readonly SuppressedFinding[];
  /** How many findings to list. Default 10. */
  top?: number;
}

/** Longer lists (ignored findings, ignore entries) are cut to this many rows. */
const MAX_ROWS = 50;

/** The hidden first line of the PR comment, so that a later run can find and update it. */
export const scanCommentMarker = (image: string): string =>
  `<!-- gantry-scan:${image.replace(/-->/g, '--&gt;')} -->`;

/** The job-summary section for one image. */
export function renderScanSummary(input: SummaryInput): string {
  const { gate } = input;
  const top = input.top ?? 10;
  const sections: string[] = [headline(input), policy(input), countsTable(gate)];

  const listed = gate.failing.length > 0 ? gate.failing : gate.counted;
  if (listed.length > 0) {
    const heading = gate.failing.length > 0 ? 'Failing findings' : 'Top findings';
    const shown = Math.min(top, listed.length);
    sections.push(
      `#### ${heading} (${shown} of ${listed.length})`,
      findingsTable(listed.slice(0, shown)) + more(listed.length - shown),
    );
  }

  const suppressed = [...(input.suppressed ?? [])].sort(compareFindings);
  if (suppressed.length > 0) {
    sections.push(
      `#### Suppressed by Trivy, not counted (${suppressed.length})`,
      table(
        ['Severity', 'ID', 'Package or file', 'Status', 'Statement', 'Source'],
        suppressed
          .slice(0, MAX_ROWS)
          .map((f) => [
            f.severity,
            idCell(f),
            pkgCell(f),
            text(f.suppression.status),
            text(f.suppression.statement ?? ''),
            text(f.suppression.source ?? ''),
          ]),
      ) + more(suppressed.length - MAX_ROWS),
    );
  }

  if (gate.ignored.length > 0) {
    sections.push(
      `#### Ignored by ignore files, not counted (${gate.ignored.length})`,
      table(
        ['Severity', 'ID', 'Package or file', 'Ignore entry', 'Statement'],
        gate.ignored
          .slice(0, MAX_ROWS)
          .map(({ finding, entry }) => [
            finding.severity,
            idCell(finding),
            pkgCell(finding),
            code(entry.origin),
            text(entry.statement ?? ''),
          ]),
      ) + more(gate.ignored.length - MAX_ROWS),
    );
  }

  if (gate.expiredIgnores.length > 0) {
    sections.push(
      `#### Expired ignore entries (${gate.expiredIgnores.length}): they no longer suppress anything`,
      entriesTable(gate.expiredIgnores, true),
    );
  }
  if (gate.unusedIgnores.length > 0) {
    sections.push(
      `#### Unused ignore entries (${gate.unusedIgnores.length}): they match no finding and can be removed`,
      entriesTable(gate.unusedIgnores, false),
    );
  }
  return `${sections.join('\n\n')}\n`;
}

/** The PR comment body: the marker on the first line, then the summary. */
export function renderScanComment(input: SummaryInput): string {
  return `${scanCommentMarker(input.image)}\n${renderScanSummary(input)}`;
}

function headline(input: SummaryInput): string {
  const { gate } = input;
  if (gate.passed) return `### ✅ Scan passed: ${code(input.image)}`;
  const n = gate.failing.length;
  return `### ❌ Scan failed: ${code(input.image)}: ${n} finding${n === 1 ? '' : 's'} fail the gate`;
}

function policy(input: SummaryInput): string {
  const { gate } = input;
  const parts = [
    input.severities.length > 0
      ? `Fails on: ${input.severities.map((s) => `**${s}**`).join(', ')}`
      : 'Fails on: nothing (no severity selected)',
  ];
  if (input.ignoreUnfixed) {
    parts.push(`vulnerabilities without a fix are counted but not gated (${gate.unfixedCount})`);
  }
  if (input.baseline === true) {
    parts.push(`only findings new since the baseline can fail (${gate.newCount} new)`);
  }
  return parts.join(' · ');
}

function countsTable(gate: GateResult): string {
  const { counts } = gate;
  const rows = SEVERITIES.map((severity) => {
    const row = counts.bySeverityAndClass[severity];
    return [severity, row.vulnerability, row.secret, row.misconfiguration, counts.bySeverity[severity]].map(
      String,
    );
  });
  rows.push(
    [
      '**Total**',
      counts.byClass.vulnerability,
      counts.byClass.secret,
      counts.byClass.misconfiguration,
      counts.total,
    ].map((value) => (typeof value === 'number' ? `**${value}**` : value)),
  );
  return table(['Severity', 'Vulnerabilities', 'Secrets', 'Misconfigurations', 'Total'], rows, [
    'left',
    'right',
    'right',
    'right',
    'right',
  ]);
}

function findingsTable(findings: readonly Finding[]): string {
  return table(
    ['Severity', 'ID', 'Package or file', 'Installed → Fixed', 'Title'],
    findings.map((f) => [f.severity, idCell(f), pkgCell(f), versionsCell(f), text(f.title)]),
  );
}

function entriesTable(entries: readonly IgnoreEntry[], expired: boolean): string {
  const headers = expired ? ['ID', 'Expired on', 'Where', 'Statement'] : ['ID', 'Where', 'Statement'];
  const rows = entries
    .slice(0, MAX_ROWS)
    .map((e) =>
      expired
        ? [code(e.id), e.expiresAt ?? '', code(e.origin), text(e.statement ?? '')]
        : [code(e.id), code(e.origin), text(e.statement ?? '')],
    );
  return table(headers, rows) + more(entries.length - MAX_ROWS);
}

const idCell = (f: Finding): string =>
  f.primaryUrl === undefined ? code(f.id) : `[${escapeLinkText(f.id)}](${safeUrl(f.primaryUrl)})`;

/** Parentheses and spaces would end a markdown link target early. */
const safeUrl = (url: string): string =>
  url.replace(/[()\s]/g, (char) => `%${char.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);

/** The package for vulnerabilities; the file (and line) for secrets and misconfigurations. */
const pkgCell = (f: Finding): string =>
  f.pkg !== undefined
    ? code(f.pkg)
    : code(f.startLine === undefined ? f.target : `${f.target}:${f.startLine}`);

function versionsCell(f: Finding): string {
  if (f.class !== 'vulnerability') return '';
  const fixed = isUnfixed(f)
    ? `no fix${f.status === undefined ? '' : ` (${f.status})`}`
    : (f.fixed ?? []).join(', ');
  return `${f.installed ?? '?'} → ${fixed}`;
}

const more = (hidden: number): string => (hidden > 0 ? `\n\n_… and ${hidden} more._` : '');

type Align = 'left' | 'right';

function table(
  headers: readonly string[],
  rows: readonly (readonly string[])[],
  align?: readonly Align[],
): string {
  const line = (cells: readonly string[]) => `| ${cells.map(escapeCell).join(' | ')} |`;
  const rule = `|${headers.map((_, i) => (align?.[i] === 'right' ? ' ---: ' : ' --- ')).join('|')}|`;
  return [line(headers), rule, ...rows.map(line)].join('\n');
}

/** A table cell is one line, and a `|` in it would end the cell. */
const escapeCell = (text: string): string => text.replace(/\s+/g, ' ').trim().replace(/\|/g, '\\|');

/** Inline code that survives backticks in the text. */
function code(text: string): string {
  const longest = Math.max(0, ...[...text.matchAll(/`+/g)].map((m) => m[0].length));
  const fence = '`'.repeat(longest + 1);
  const pad = text.startsWith('`') || text.endsWith('`') ? ' ' : '';
  return `${fence}${pad}${text}${pad}${fence}`;
}

/** Free text from advisories: `<USER>` would otherwise be read as an HTML tag and vanish. */
const text = (value: string): string =>
  value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

const escapeLinkText = (text: string): string => text.replace(/[[\]\\]/g, '\\$&');
