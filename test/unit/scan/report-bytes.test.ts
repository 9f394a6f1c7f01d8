import { describe, expect, it, test } from 'vitest';
import {
  parseTrivyReport,
  parseTrivyReportBytes,
  parseTrivyReportFrom,
} from '../../../src/core/scan/index.ts';
import { fixtureText, REPORTS } from './fixtures.ts';

// parseTrivyReportBytes walks the report's two upper levels itself and parses each finding on its
// own; whatever it reads, the scan (or the error) must be the one parseTrivyReport gives for the text.
const bytes = (text: string): Uint8Array => new TextEncoder().encode(text);
const outcome = (read: () => unknown): unknown => {
  try {
    return { scan: read() };
  } catch (error) {
    return { error: (error as Error).name, message: (error as Error).message };
  }
};
/** The report read `step` bytes at a time into a window that starts at 9 bytes: every value crosses its edge. */
const trickled = (text: string, step: number) => {
  const all = bytes(text);
  let position = 0;
  return parseTrivyReportFrom({
    read: (into, offset) => {
      const count = Math.min(step, into.length - offset, all.length - position);
      into.set(all.subarray(position, position + count), offset);
      position += count;
      return count;
    },
    size: 8,
    whole: () => {
      fellBack += 1;
      return all;
    },
  });
};
/** How many times a report was read again whole (the fall-back for anything unusual). */
let fellBack = 0;
const sameAsText = (text: string): void => {
  const fromText = outcome(() => parseTrivyReport(text));
  expect(outcome(() => parseTrivyReportBytes(bytes(text)))).toEqual(fromText);
  for (const step of [1, 3, 64]) expect(outcome(() => trickled(text, step))).toEqual(fromText);
};

const vuln = (extra: Record<string, unknown> = {}) => ({
  VulnerabilityID: 'CVE-2024-0001',
  PkgName: 'openssl',
  InstalledVersion: '1.0',
  FixedVersion: '1.1, 2.0',
  Severity: 'HIGH',
  Title: 'A title',
  Description: 'A long description. Second sentence.',
  CVSS: { nvd: { V3Score: 7.5 } },
  References: ['https://example.com/a'],
  ...extra,
});
const report = (results: unknown): string =>
  JSON.stringify({ SchemaVersion: 2, ArtifactName: 'app', Results: results });

describe('parseTrivyReportBytes', () => {
  it.each(REPORTS)('reads the real report %s as parseTrivyReport does, whole or piece by piece', (name) => {
    const text = fixtureText(`${name}.json.golden`);
    expect(parseTrivyReportBytes(bytes(text))).toEqual(parseTrivyReport(text));
    fellBack = 0;
    sameAsText(text);
    expect(fellBack).toBe(0);
  });

  test.each([
    [
      'findings of several results, lists in any order',
      report([
        {
          Target: 'a',
          Class: 'os-pkgs',
          Vulnerabilities: [vuln(), vuln({ VulnerabilityID: 'CVE-2', Title: undefined })],
        },
        {
          Secrets: [{ RuleID: 'aws', StartLine: 3 }],
          Target: 'b',
          Misconfigurations: [{ ID: 'DS1', Status: 'FAIL' }],
        },
      ]),
    ],
    [
      'the same description under many packages',
      report([
        { Target: 'a', Vulnerabilities: Array.from({ length: 50 }, (_, i) => vuln({ PkgName: `p${i}` })) },
      ]),
    ],
    [
      'strings with escaped quotes, brackets and backslashes',
      report([
        {
          Target: 't"]}',
          Vulnerabilities: [vuln({ Title: 'a\\"}]b', Description: 'c:\\\\', X: [1, { a: ']}' }] })],
        },
      ]),
    ],
    ['non-ASCII text', report([{ Target: 'é', Vulnerabilities: [vuln({ Description: 'ü ∑ 𝄞' })] }])],
    [
      'whitespace between every token',
      ' { "SchemaVersion" : 2 ,\n"Results" :\t[ { "Target" : "t" , "Vulnerabilities" : [ { "VulnerabilityID" : "C" } ] } ] }\r\n',
    ],
    [
      'null lists and no Results',
      '{"SchemaVersion":2,"Results":[{"Target":"t","Vulnerabilities":null,"Secrets":null}]}',
    ],
    ['no Results at all', '{"SchemaVersion":2,"ArtifactName":"x","ArtifactType":"container_image"}'],
    [
      'a suppressed finding',
      report([
        {
          Target: 't',
          ExperimentalModifiedFindings: [
            { Type: 'vulnerability', Status: 'not_affected', Source: 'vex', Finding: vuln() },
          ],
        },
      ]),
    ],
    [
      'a repeated Results key (the last one counts)',
      '{"SchemaVersion":2,"Results":[{"Target":"t","Vulnerabilities":[{"VulnerabilityID":"C"}]}],"Results":null}',
    ],
    [
      'a repeated list key',
      '{"SchemaVersion":2,"Results":[{"Target":"t","Vulnerabilities":[{"VulnerabilityID":"C"}],"Vulnerabilities":[]}]}',
    ],
    ['a __proto__ key', '{"SchemaVersion":2,"__proto__":{"Results":[]}}'],
  ])('%s: the same scan as from the text', (name, text) => {
    fellBack = 0;
    sameAsText(text);
    // Repeated keys and __proto__ are left to JSON.parse of the whole text; the rest is read in pieces.
    expect(fellBack).toBe(/repeated|__proto__/.test(name) ? 3 : 0);
  });

  test.each([
    ['not JSON', 'Trivy failed: no space left'],
    ['empty', ''],
    ['a byte-order mark', '\ufeff{"SchemaVersion":2}'],
    ['text after the report', '{"SchemaVersion":2} x'],
    ['a trailing comma', '{"SchemaVersion":2,"Results":[{"Target":"t"},]}'],
    ['a bad literal inside a list', '{"SchemaVersion":2,"Results":[{"Target":"t","Vulnerabilities":[tru]}]}'],
    ['an unterminated string', '{"SchemaVersion":2,"Results":[{"Target":"t'],
    ['the wrong SchemaVersion', '{"SchemaVersion":1}'],
    ['Results not a list', '{"SchemaVersion":2,"Results":{}}'],
    ['a result that is not an object', '{"SchemaVersion":2,"Results":[1]}'],
    [
      'a severity that is a number',
      report([{ Target: 't', Vulnerabilities: [{ VulnerabilityID: 'C', Severity: 3 }] }]),
    ],
    [
      'a number too large for a line',
      '{"SchemaVersion":2,"Results":[{"Target":"t","Secrets":[{"RuleID":"r","StartLine":1e400}]}]}',
    ],
    ['a result without Target', report([{ Vulnerabilities: [] }])],
    [
      'a bad suppressed finding before a bad result',
      report([
        {
          Target: 't',
          ExperimentalModifiedFindings: [{ Type: 'vulnerability', Status: 's', Finding: { PkgName: 'x' } }],
        },
        { Target: 5 },
      ]),
    ],
  ])('%s: the same error as from the text', (_, text) => {
    const fromText = outcome(() => parseTrivyReport(text));
    expect(fromText).toHaveProperty('error', 'TrivyReportError');
    sameAsText(text);
  });

  it('passes over the fields no finding is made of without parsing them (documented)', () => {
    const good = report([{ Target: 't', Vulnerabilities: [vuln()] }]);
    const bad = good.replace('"V3Score":7.5', '"V3Score":7.5.1');
    expect(bad).not.toBe(good);
    expect(outcome(() => parseTrivyReport(bad))).toHaveProperty('error', 'TrivyReportError');
    expect(parseTrivyReportBytes(bytes(bad))).toEqual(parseTrivyReport(good));
    // In a field a finding is made of, the same mistake is the error the text gives.
    const badKept = good.replace('"Severity":"HIGH"', '"Severity":7.5.1');
    sameAsText(badKept);
    expect(outcome(() => parseTrivyReportBytes(bytes(badKept)))).toHaveProperty('error', 'TrivyReportError');
  });

  it('keeps a key written with an escape, as JSON.parse reads it', () => {
    const text = report([{ Target: 't', Vulnerabilities: [vuln()] }]).replace('"PkgName"', '"Pkg\\u004eame"');
    expect(text).toContain('Pkg\\u004eame');
    fellBack = 0;
    sameAsText(text);
    expect(fellBack).toBe(0);
    expect(parseTrivyReportBytes(bytes(text)).findings[0]).toHaveProperty('pkg', 'openssl');
  });

  it('reads many findings over many windows as one list', () => {
    const many = Array.from({ length: 400 }, (_, i) =>
      vuln({ VulnerabilityID: `CVE-${i}`, PkgName: `p${i}` }),
    );
    const text = report([
      { Target: 't', Vulnerabilities: many },
      { Target: 'u', Secrets: [{ RuleID: 'r' }] },
    ]);
    fellBack = 0;
    sameAsText(text);
    expect(fellBack).toBe(0);
    expect(parseTrivyReportBytes(bytes(text)).findings).toHaveLength(401);
  });
});
