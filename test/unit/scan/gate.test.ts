import { describe, expect, it, test } from 'vitest';
import type { Finding, Severity } from '../../../src/core/scan/index.ts';
import {
  evaluateGate,
  findingKey,
  parseTrivyIgnore,
  parseTrivyIgnoreYaml,
} from '../../../src/core/scan/index.ts';
import type { ReportName } from './fixtures.ts';
import { finding, loadReport, TODAY } from './fixtures.ts';

const gate = (
  name: ReportName,
  severities: Severity[],
  extra: { ignoreUnfixed?: boolean; baseline?: Finding[] } = {},
) =>
  evaluateGate({
    findings: loadReport(name).findings,
    severities,
    ignoreUnfixed: extra.ignoreUnfixed ?? false,
    ignores: [],
    today: TODAY,
    ...(extra.baseline ? { baseline: extra.baseline } : {}),
  });

const ALL: Severity[] = ['CRITICAL', 'HIGH', 'MEDIUM', 'LOW', 'UNKNOWN'];

describe('evaluateGate: verdict per severity set on real reports', () => {
  test.each<[ReportName, Severity[], boolean, string[]]>([
    ['alpine-39', ['CRITICAL'], false, ['CVE-2019-14697 musl', 'CVE-2019-14697 musl-utils']],
    ['alpine-39', ['HIGH'], true, []],
    ['alpine-39', ['CRITICAL', 'HIGH'], false, ['CVE-2019-14697 musl', 'CVE-2019-14697 musl-utils']],
    [
      'alpine-39',
      ['MEDIUM'],
      false,
      [
        'CVE-2019-1549 libcrypto1.1',
        'CVE-2019-1549 libssl1.1',
        'CVE-2019-1551 libcrypto1.1',
        'CVE-2019-1551 libssl1.1',
      ],
    ],
    ['debian-stretch', ['CRITICAL', 'HIGH'], true, []],
    ['debian-stretch', ['LOW'], false, ['CVE-2019-18276 bash']],
    ['centos-7', ['CRITICAL', 'HIGH'], true, []],
    ['centos-7', ['LOW'], false, ['CVE-2018-0734 openssl-libs', 'CVE-2019-18276 bash']],
    ['fluentd-gems', ['HIGH'], false, ['CVE-2020-8165 activesupport']],
    [
      'fluentd-gems',
      ['CRITICAL', 'HIGH'],
      false,
      ['CVE-2019-18224 libidn2-0', 'CVE-2020-8165 activesupport'],
    ],
    ['npm', ['CRITICAL', 'HIGH'], true, []],
    ['npm', ['MEDIUM'], false, ['CVE-2019-11358 jquery']],
    ['gomod', ['CRITICAL', 'HIGH'], true, []],
    [
      'gomod',
      ['UNKNOWN'],
      false,
      [
        'CVE-2021-38561 golang.org/x/text',
        'GMS-2022-20 github.com/docker/distribution',
        'GMS-2022-20 github.com/docker/distribution',
        'GMS-2022-20 github.com/docker/distribution',
      ],
    ],
    ['secrets', ['CRITICAL'], false, ['aws-access-key-id deploy.sh']],
    ['secrets', ['HIGH'], false, ['mysecret deploy.sh']],
    ['secrets', ['MEDIUM', 'LOW'], true, []],
    ['dockerfile', ['HIGH'], false, ['DS-0002 Dockerfile']],
    ['dockerfile', ['CRITICAL'], true, []],
    ['npm-with-suppressed', ['HIGH'], false, ['CVE-2017-20165 debug']],
    // The suppressed finding is LOW: it is not counted, so it cannot fail the gate.
    ['npm-with-suppressed', ['LOW'], true, []],
    ['alpine-39-skip', ALL, true, []],
    ['alpine-39', [], true, []],
  ])('%s failing on %j: passed=%s', (name, severities, passed, failing) => {
    const result = gate(name, severities);
    expect(result.passed).toBe(passed);
    expect(result.failing.map((f) => `${f.id} ${f.pkg ?? f.target}`)).toEqual(failing);
  });

  it('counts every finding whatever the severity set, by severity, class and both', () => {
    const result = evaluateGate({
      findings: [
        ...loadReport('alpine-39').findings,
        ...loadReport('secrets').findings,
        ...loadReport('dockerfile').findings,
      ],
      severities: ['CRITICAL'],
      ignoreUnfixed: false,
      ignores: [],
      today: TODAY,
    });
    expect(result.counts.bySeverity).toEqual({ CRITICAL: 3, HIGH: 2, MEDIUM: 4, LOW: 0, UNKNOWN: 0 });
    expect(result.counts.byClass).toEqual({ vulnerability: 6, secret: 2, misconfiguration: 1 });
    expect(result.counts.bySeverityAndClass.CRITICAL).toEqual({
      vulnerability: 2,
      secret: 1,
      misconfiguration: 0,
    });
    expect(result.counts.bySeverityAndClass.HIGH).toEqual({
      vulnerability: 0,
      secret: 1,
      misconfiguration: 1,
    });
    expect(result.counts.total).toBe(9);
    // Worst first, secrets after vulnerabilities of the same severity.
    expect(result.failing.map((f) => f.id)).toEqual([
      'CVE-2019-14697',
      'CVE-2019-14697',
      'aws-access-key-id',
    ]);
    expect(result.counted.map((f) => f.severity)).toEqual([
      'CRITICAL',
      'CRITICAL',
      'CRITICAL',
      'HIGH',
      'HIGH',
      'MEDIUM',
      'MEDIUM',
      'MEDIUM',
      'MEDIUM',
    ]);
  });

  it('counts the npm-with-suppressed report as 1 HIGH, the suppressed finding nowhere', () => {
    const result = gate('npm-with-suppressed', ALL);
    expect(result.counts.bySeverity).toEqual({ CRITICAL: 0, HIGH: 1, MEDIUM: 0, LOW: 0, UNKNOWN: 0 });
    expect(result.counts.total).toBe(1);
    expect(result.counted.map((f) => f.id)).toEqual(['CVE-2017-20165']);
  });
});

describe('evaluateGate: ignoreUnfixed keeps unfixed vulnerabilities counted but out of the gate', () => {
  test.each<[ReportName, Severity[], boolean, boolean, number, number]>([
    // report, severities, ignoreUnfixed, passed, failing, unfixedCount
    ['centos-7', ['LOW'], false, false, 2, 1],
    ['centos-7', ['LOW'], true, false, 1, 1],
    ['debian-stretch', ['LOW'], false, false, 1, 1],
    ['debian-stretch', ['LOW'], true, true, 0, 1],
    ['alpine-39', ['CRITICAL'], true, false, 2, 0],
    // Secrets and misconfigurations have no fixed version and are never dropped by ignoreUnfixed.
    ['secrets', ['CRITICAL', 'HIGH'], true, false, 2, 0],
    ['dockerfile', ['HIGH'], true, false, 1, 0],
  ])(
    '%s failing on %j, ignoreUnfixed=%s: passed=%s, %i failing, %i unfixed',
    (name, severities, ignoreUnfixed, passed, failing, unfixed) => {
      const result = gate(name, severities, { ignoreUnfixed });
      expect(result.passed).toBe(passed);
      expect(result.failing).toHaveLength(failing);
      expect(result.unfixedCount).toBe(unfixed);
    },
  );

  it('does not change the counts', () => {
    expect(gate('debian-stretch', ['LOW'], { ignoreUnfixed: true }).counts).toEqual(
      gate('debian-stretch', ['LOW']).counts,
    );
    expect(gate('debian-stretch', ['LOW'], { ignoreUnfixed: true }).counts.bySeverity.LOW).toBe(1);
  });
});

describe('evaluateGate: baseline, only new findings fail', () => {
  it('fails only on findings absent from the baseline', () => {
    const current = loadReport('alpine-39').findings;
    const baseline = current.filter((f) => f.pkg !== 'musl-utils');
    const result = gate('alpine-39', ['CRITICAL', 'MEDIUM'], { baseline });
    expect(result.passed).toBe(false);
    expect(result.failing.map((f) => `${f.id} ${f.pkg}`)).toEqual(['CVE-2019-14697 musl-utils']);
    expect(result.newCount).toBe(1);
    expect(result.counts.total).toBe(6);
  });

  it('passes when everything was already there, even after a base-image patch and a version bump', () => {
    // Same CVEs and packages, but another distro version in the target and other installed versions.
    const baseline = loadReport('alpine-39').findings.map((f) => ({
      ...f,
      target: 'registry.example/app:1.0 (alpine 3.9.2)',
      installed: '1.0.0',
    }));
    const result = gate('alpine-39', ALL, { baseline });
    expect(result.passed).toBe(true);
    expect(result.newCount).toBe(0);
  });

  it('treats the same secret rule in another file as new', () => {
    const baseline = loadReport('secrets').findings.map((f) => ({ ...f, target: 'old.sh' }));
    const result = gate('secrets', ['CRITICAL', 'HIGH'], { baseline });
    expect(result.failing.map((f) => f.id)).toEqual(['aws-access-key-id', 'mysecret']);
  });

  it('without a baseline, every counted finding is new', () => {
    expect(gate('alpine-39', ['CRITICAL']).newCount).toBe(6);
  });

  test.each<[Finding, string]>([
    [finding({ id: 'CVE-1', pkg: 'openssl' }), '["vulnerability","CVE-1","openssl"]'],
    [
      finding({ id: 'CVE-1', pkg: 'openssl', target: 'other (debian 12)', installed: '9' }),
      '["vulnerability","CVE-1","openssl"]',
    ],
    [
      finding({ id: 'aws-access-key-id', class: 'secret', target: 'deploy.sh' }),
      '["secret","aws-access-key-id","deploy.sh"]',
    ],
    [
      finding({ id: 'DS-0002', class: 'misconfiguration', target: 'Dockerfile' }),
      '["misconfiguration","DS-0002","Dockerfile"]',
    ],
  ])('findingKey(%j) = %s', (f, key) => {
    expect(findingKey(f)).toBe(key);
  });
});

describe('evaluateGate: ignore files', () => {
  it('drops ignored findings from counts and gate, and reports expired and unused entries', () => {
    const ignores = [
      ...parseTrivyIgnore('CVE-2019-14697 exp:2025-06-01\nCVE-2019-1549\n'),
      ...parseTrivyIgnoreYaml(`vulnerabilities:
  - id: CVE-2019-1551
    expired_at: 2025-07-01
    statement: upgrade scheduled
  - id: CVE-2018-0000
`),
    ];
    const result = evaluateGate({
      findings: loadReport('alpine-39').findings,
      severities: ['CRITICAL'],
      ignoreUnfixed: false,
      ignores,
      today: TODAY,
    });
    expect(result.passed).toBe(false);
    // The CRITICAL ignore expired on 2025-06-01, before TODAY: musl fails again.
    expect(result.failing.map((f) => f.pkg)).toEqual(['musl', 'musl-utils']);
    expect(result.ignored.map(({ finding: f, entry }) => `${f.id} ${f.pkg} ${entry.origin}`)).toEqual([
      'CVE-2019-1549 libcrypto1.1 .trivyignore:2',
      'CVE-2019-1551 libcrypto1.1 .trivyignore.yaml:2',
      'CVE-2019-1549 libssl1.1 .trivyignore:2',
      'CVE-2019-1551 libssl1.1 .trivyignore.yaml:2',
    ]);
    expect(result.counts.bySeverity).toEqual({ CRITICAL: 2, HIGH: 0, MEDIUM: 0, LOW: 0, UNKNOWN: 0 });
    expect(result.expiredIgnores.map((e) => e.origin)).toEqual(['.trivyignore:1']);
    expect(result.unusedIgnores.map((e) => e.id)).toEqual(['CVE-2018-0000']);
  });

  it('passes once the failing findings are ignored by an active entry', () => {
    const ignores = parseTrivyIgnore('CVE-2019-14697 exp:2025-06-16');
    const result = evaluateGate({
      findings: loadReport('alpine-39').findings,
      severities: ['CRITICAL'],
      ignoreUnfixed: false,
      ignores,
      today: TODAY,
    });
    expect(result.passed).toBe(true);
    expect(result.ignored).toHaveLength(2);
    expect(result.expiredIgnores).toEqual([]);
    // The day after, the same entry has expired and the gate fails again.
    const later = evaluateGate({
      findings: loadReport('alpine-39').findings,
      severities: ['CRITICAL'],
      ignoreUnfixed: false,
      ignores,
      today: new Date('2025-06-16T00:00:00Z'),
    });
    expect(later.passed).toBe(false);
    expect(later.expiredIgnores.map((e) => e.id)).toEqual(['CVE-2019-14697']);
  });
});
