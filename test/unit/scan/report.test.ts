import { describe, expect, it, test } from 'vitest';
import type { Severity } from '../../../src/core/scan/index.ts';
import {
  countFindings,
  parseTrivyReport,
  readTrivyReport,
  TrivyReportError,
} from '../../../src/core/scan/index.ts';
import type { ReportName } from './fixtures.ts';
import { fixtureText, loadReport } from './fixtures.ts';

type Row = [ReportName, [number, number, number, number, number], number, number, number, number];

// Vulnerability counts CRITICAL/HIGH/MEDIUM/LOW/UNKNOWN, then secrets, failed misconfigurations,
// suppressed findings and ArtifactName-derived total, as listed in shared/trivy-reports/SOURCES.md.
const table: Row[] = [
  ['alpine-39', [2, 0, 4, 0, 0], 0, 0, 0, 6],
  ['debian-stretch', [0, 0, 4, 1, 0], 0, 0, 0, 5],
  ['centos-7', [0, 0, 1, 2, 0], 0, 0, 0, 3],
  ['fluentd-gems', [1, 1, 0, 0, 0], 0, 0, 0, 2],
  ['npm', [0, 0, 1, 0, 0], 0, 0, 0, 1],
  ['gomod', [0, 0, 1, 0, 4], 0, 0, 0, 5],
  ['alpine-39-skip', [0, 0, 0, 0, 0], 0, 0, 0, 0],
  ['secrets', [0, 0, 0, 0, 0], 2, 0, 0, 2],
  ['dockerfile', [0, 0, 0, 0, 0], 0, 1, 0, 1],
  ['npm-with-suppressed', [0, 1, 0, 0, 0], 0, 0, 1, 1],
];

const SEVERITY_ORDER: Severity[] = ['CRITICAL', 'HIGH', 'MEDIUM', 'LOW', 'UNKNOWN'];

describe('readTrivyReport on real Trivy reports', () => {
  test.each(table)(
    '%s: vulnerabilities %j, %i secrets, %i misconfigurations, %i suppressed',
    (name, vulns, secrets, misconfs, suppressed, total) => {
      const scan = loadReport(name);
      const onlyVulns = countFindings(scan.findings.filter((f) => f.class === 'vulnerability'));
      expect(SEVERITY_ORDER.map((s) => onlyVulns.bySeverity[s])).toEqual(vulns);
      const counts = countFindings(scan.findings);
      expect(counts.byClass).toEqual({
        vulnerability: vulns.reduce((a, b) => a + b, 0),
        secret: secrets,
        misconfiguration: misconfs,
      });
      expect(counts.total).toBe(total);
      expect(scan.suppressed).toHaveLength(suppressed);
    },
  );

  it('reads a report without Results (alpine-39-skip) as no findings', () => {
    const scan = loadReport('alpine-39-skip');
    expect(scan).toEqual({
      artifactName: 'testdata/fixtures/images/alpine-39.tar.gz',
      artifactType: 'container_image',
      findings: [],
      suppressed: [],
    });
  });

  it('flattens a vulnerability with its package, versions, status and link', () => {
    const musl = loadReport('alpine-39').findings.find((f) => f.pkg === 'musl');
    expect(musl).toMatchObject({
      class: 'vulnerability',
      id: 'CVE-2019-14697',
      severity: 'CRITICAL',
      target: 'testdata/fixtures/images/alpine-39.tar.gz (alpine 3.9.4)',
      targetClass: 'os-pkgs',
      purl: 'pkg:apk/alpine/musl@1.1.20-r4?arch=x86_64&distro=3.9.4',
      installed: '1.1.20-r4',
      fixed: ['1.1.20-r5'],
      status: 'fixed',
      primaryUrl: 'https://avd.aquasec.com/nvd/cve-2019-14697',
    });
    // This advisory has no Title: the first sentence of the description stands in.
    expect(musl?.title).toBe(
      'musl libc through 1.1.23 has an x87 floating-point stack adjustment imbalance, related to the math/…',
    );
    expect(musl?.title).toHaveLength(100);
  });

  it('splits a comma-separated FixedVersion (one fix per release line)', () => {
    const [debug] = loadReport('npm-with-suppressed').findings;
    expect(debug?.fixed).toEqual(['3.1.0', '2.6.9']);
    const activesupport = loadReport('fluentd-gems').findings.find((f) => f.pkg === 'activesupport');
    expect(activesupport?.fixed).toEqual(['6.0.3.1', '5.2.4.3']);
  });

  it('leaves fixed absent for unfixed vulnerabilities and keeps their status', () => {
    const bash = loadReport('centos-7').findings.find((f) => f.pkg === 'bash');
    expect(bash?.status).toBe('will_not_fix');
    expect(bash && 'fixed' in bash).toBe(false);
  });

  it('keeps UNKNOWN severities and findings without a PrimaryURL (gomod)', () => {
    const unknown = loadReport('gomod').findings.filter((f) => f.severity === 'UNKNOWN');
    expect(unknown.map((f) => [f.id, f.target])).toEqual([
      ['GMS-2022-20', 'go.mod'],
      ['CVE-2021-38561', 'go.mod'],
      ['GMS-2022-20', 'submod/go.mod'],
      ['GMS-2022-20', 'submod2/go.mod'],
    ]);
    expect(unknown[0]?.primaryUrl).toBeUndefined();
  });

  it('reads secrets with their rule id, title and line', () => {
    expect(loadReport('secrets').findings).toEqual([
      {
        class: 'secret',
        id: 'aws-access-key-id',
        severity: 'CRITICAL',
        target: 'deploy.sh',
        targetClass: 'secret',
        title: 'AWS Access Key ID',
        startLine: 3,
      },
      {
        class: 'secret',
        id: 'mysecret',
        severity: 'HIGH',
        target: 'deploy.sh',
        targetClass: 'secret',
        title: 'My Secret',
        startLine: 7,
      },
    ]);
  });

  it('reads a failed misconfiguration', () => {
    expect(loadReport('dockerfile').findings).toEqual([
      {
        class: 'misconfiguration',
        id: 'DS-0002',
        severity: 'HIGH',
        target: 'Dockerfile',
        targetClass: 'config',
        title: "Image user should not be 'root'",
        description: 'Specify at least 1 USER command in Dockerfile with non-root user as argument',
        status: 'FAIL',
        primaryUrl: 'https://avd.aquasec.com/misconfig/ds-0002',
      },
    ]);
  });

  it('lists ExperimentalModifiedFindings as suppressed, never as findings (npm-with-suppressed)', () => {
    const scan = loadReport('npm-with-suppressed');
    expect(scan.findings.map((f) => [f.id, f.severity])).toEqual([['CVE-2017-20165', 'HIGH']]);
    expect(scan.suppressed).toHaveLength(1);
    expect(scan.suppressed[0]).toMatchObject({
      class: 'vulnerability',
      id: 'CVE-2017-16137',
      severity: 'LOW',
      pkg: 'debug',
      installed: '3.0.1',
      fixed: ['2.6.9', '3.1.0', '3.2.7', '4.3.1'],
      suppression: {
        status: 'not_affected',
        statement: 'vulnerable_code_not_in_execute_path',
        source: './vex.json',
      },
    });
  });
});

describe('readTrivyReport on edge cases', () => {
  const base = { SchemaVersion: 2, ArtifactName: 'app:1', ArtifactType: 'container_image' };

  it('copes with a result without Vulnerabilities, null lists and a missing Status', () => {
    const scan = readTrivyReport({
      ...base,
      Results: [
        { Target: 'app (debian 12.5)', Class: 'os-pkgs', Type: 'debian' },
        { Target: 'empty', Vulnerabilities: null, Secrets: null },
        {
          Target: 'go.mod',
          Class: 'lang-pkgs',
          Vulnerabilities: [{ VulnerabilityID: 'CVE-1', PkgName: 'x', Severity: 'high' }],
        },
      ],
    });
    expect(scan.findings).toEqual([
      {
        class: 'vulnerability',
        id: 'CVE-1',
        severity: 'HIGH',
        target: 'go.mod',
        targetClass: 'lang-pkgs',
        pkg: 'x',
        title: 'CVE-1',
      },
    ]);
  });

  test.each([
    [undefined, 'UNKNOWN'],
    ['UNKNOWN', 'UNKNOWN'],
    ['critical', 'CRITICAL'],
    ['NEGLIGIBLE', 'UNKNOWN'],
  ])('severity %s reads as %s', (raw, expected) => {
    const scan = readTrivyReport({
      ...base,
      Results: [{ Target: 't', Vulnerabilities: [{ VulnerabilityID: 'CVE-1', Severity: raw }] }],
    });
    expect(scan.findings[0]?.severity).toBe(expected);
  });

  it('counts only FAIL misconfigurations and keeps the AVD id as an alias', () => {
    const scan = readTrivyReport({
      ...base,
      Results: [
        {
          Target: 'Dockerfile',
          Class: 'config',
          Misconfigurations: [
            {
              ID: 'DS002',
              AVDID: 'AVD-DS-0002',
              Title: 'root',
              Severity: 'HIGH',
              Status: 'FAIL',
              CauseMetadata: { StartLine: 4 },
            },
            { ID: 'DS001', AVDID: 'AVD-DS-0001', Title: 'latest', Severity: 'MEDIUM', Status: 'PASS' },
            { ID: 'DS005', Title: 'add', Severity: 'LOW', Status: 'EXCEPTION' },
            {
              ID: 'DS-0026',
              Aliases: ['AVD-DS-0026', 'DS-0026', 'no-healthcheck'],
              Severity: 'LOW',
              Status: 'FAIL',
            },
          ],
        },
      ],
    });
    expect(scan.findings.map((f) => [f.id, f.aliases, f.startLine])).toEqual([
      ['DS002', ['AVD-DS-0002'], 4],
      ['DS-0026', ['AVD-DS-0026', 'no-healthcheck'], undefined],
    ]);
  });

  it('tolerates fields it does not know, at every level', () => {
    const scan = readTrivyReport({
      ...base,
      NewTopLevel: { a: 1 },
      Results: [
        {
          Target: 't',
          Future: true,
          Vulnerabilities: [{ VulnerabilityID: 'CVE-1', Severity: 'LOW', Extra: [1] }],
        },
      ],
    });
    expect(scan.findings.map((f) => f.id)).toEqual(['CVE-1']);
  });

  it('reads suppressed secrets and drops suppressed licences (not gated)', () => {
    const scan = readTrivyReport({
      ...base,
      Results: [
        {
          Target: 'deploy.sh',
          Class: 'secret',
          ExperimentalModifiedFindings: [
            {
              Type: 'secret',
              Status: 'ignored',
              Statement: 'test key',
              Source: '.trivyignore.yaml',
              Finding: { RuleID: 'aws-access-key-id', Severity: 'CRITICAL', Title: 'AWS' },
            },
            { Type: 'license', Status: 'ignored', Finding: { Name: 'GPL-3.0' } },
          ],
        },
      ],
    });
    expect(scan.findings).toEqual([]);
    expect(scan.suppressed.map((f) => [f.class, f.id, f.suppression.source])).toEqual([
      ['secret', 'aws-access-key-id', '.trivyignore.yaml'],
    ]);
  });

  test.each([
    [{ SchemaVersion: 1 }, 'SchemaVersion: expected 2 (Trivy 0.20 or later, `--format json`)'],
    [{ ...base, Results: {} }, 'Results: Invalid input: expected array, received object'],
    [
      { ...base, Results: [{ Target: 't', Vulnerabilities: [{ VulnerabilityID: 'CVE-1', Severity: 3 }] }] },
      'Results[0].Vulnerabilities[0].Severity: Invalid input: expected string, received number',
    ],
    [
      { ...base, Results: [{ Vulnerabilities: [] }] },
      'Results[0].Target: Invalid input: expected string, received undefined',
    ],
    [
      { ...base, Results: [{ Target: 't', Secrets: [{ RuleID: 'x', StartLine: '3' }] }] },
      'Results[0].Secrets[0].StartLine: Invalid input: expected number, received string',
    ],
    [
      {
        ...base,
        Results: [
          {
            Target: 't',
            ExperimentalModifiedFindings: [
              { Type: 'vulnerability', Status: 'not_affected', Finding: { PkgName: 'x' } },
            ],
          },
        ],
      },
      'Results[0].ExperimentalModifiedFindings[0].Finding.VulnerabilityID: Invalid input: expected string, received undefined',
    ],
    [[], '(root): Invalid input: expected object, received array'],
  ])('rejects %j naming the path', (data, issue) => {
    try {
      readTrivyReport(data);
      expect.unreachable('should have thrown');
    } catch (error) {
      expect(error).toBeInstanceOf(TrivyReportError);
      expect((error as TrivyReportError).issues).toEqual([issue]);
      expect((error as Error).message).toBe(`Not a Trivy JSON report (SchemaVersion 2): ${issue}`);
    }
  });

  it('rejects text that is not JSON', () => {
    expect(() => parseTrivyReport('Trivy failed: no space left')).toThrow(
      /^Not a Trivy JSON report \(SchemaVersion 2\): invalid JSON: /,
    );
  });

  it('parses the fixture text the same as the parsed object', () => {
    const text = fixtureText('npm.json.golden');
    expect(parseTrivyReport(text)).toEqual(readTrivyReport(JSON.parse(text)));
  });
});
