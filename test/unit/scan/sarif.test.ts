import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { Ajv } from 'ajv';
import addFormats from 'ajv-formats';
import { describe, expect, it, test } from 'vitest';
import type { Finding, SarifLog, Severity } from '../../../src/core/scan/index.ts';
import {
  buildSarif,
  GITHUB_MAX_BYTES,
  GITHUB_MAX_RESULTS,
  SEVERITIES,
} from '../../../src/core/scan/index.ts';
import type { ReportName } from './fixtures.ts';
import { finding, fixtureText, loadReport, REPORTS } from './fixtures.ts';

// The SARIF 2.1.0 JSON schema as shipped by @microsoft/jest-sarif (lib/schemas/sarif-2.1.0-rtm.5.json,
// the schema SchemaStore publishes for 2.1.0). It is a draft-04 schema: ajv 8 speaks draft-07, which
// reads it the same once the draft-04 `$schema`/`id` keys are dropped (it uses no draft-04-only keyword
// such as boolean exclusiveMinimum). One of its patterns is not valid with the `u` flag, hence
// unicodeRegExp: false.
const require = createRequire(import.meta.url);
const schema = JSON.parse(
  readFileSync(require.resolve('@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json'), 'utf8'),
);
delete schema.$schema;
delete schema.id;
const ajv = new Ajv({ allErrors: true, strict: false, unicodeRegExp: false });
addFormats.default(ajv);
const validateSarif = ajv.compile(schema);

const expectValid = (log: unknown) => {
  const valid = validateSarif(log);
  expect(validateSarif.errors ?? []).toEqual([]);
  expect(valid).toBe(true);
};

const sarifOf = (name: ReportName, image = 'ghcr.io/acme/app:1.2.3') =>
  buildSarif({ findings: loadReport(name).findings, image });

describe('the schema check itself', () => {
  it("accepts Trivy's own SARIF output (alpine-310.sarif.golden)", () => {
    expectValid(JSON.parse(fixtureText('alpine-310.sarif.golden')));
  });

  it('rejects a log that breaks the schema', () => {
    expect(validateSarif({ version: '2.1.0', runs: [{ tool: { driver: {} } }] })).toBe(false);
    expect(validateSarif({ version: '2.0.0', runs: [] })).toBe(false);
  });
});

describe('buildSarif on every real report', () => {
  test.each(REPORTS)('%s: valid SARIF 2.1.0, one result per finding, one rule per id', (name) => {
    const findings = loadReport(name).findings;
    const { sarif, total, dropped } = sarifOf(name);
    expectValid(sarif);
    const [run] = sarif.runs;
    expect(run.results).toHaveLength(findings.length);
    expect(run.tool.driver.rules.map((r) => r.id)).toEqual([...new Set(run.results.map((r) => r.ruleId))]);
    for (const result of run.results) expect(run.tool.driver.rules[result.ruleIndex]?.id).toBe(result.ruleId);
    expect([total, dropped]).toEqual([findings.length, 0]);
    expect(run.automationDetails.id).toBe('gantry-scan/ghcr.io/acme/app:1.2.3/');
    expect(run.properties).toEqual({
      imageName: 'ghcr.io/acme/app:1.2.3',
      totalFindings: findings.length,
      droppedFindings: 0,
      truncated: false,
    });
  });

  it("follows Trivy's shape for an OS package vulnerability (compare alpine-310.sarif.golden)", () => {
    const golden = JSON.parse(fixtureText('alpine-310.sarif.golden')) as SarifLog;
    const { sarif } = sarifOf('alpine-39');
    const [run] = sarif.runs;
    const rule = run.tool.driver.rules.find((r) => r.id === 'CVE-2019-1549');
    expect(rule).toMatchObject({
      id: 'CVE-2019-1549',
      name: 'OsPackageVulnerability',
      shortDescription: { text: 'openssl: information disclosure in fork()' },
      defaultConfiguration: { level: 'warning' },
      helpUri: 'https://avd.aquasec.com/nvd/cve-2019-1549',
      properties: {
        precision: 'very-high',
        'security-severity': '5.5',
        tags: ['vulnerability', 'security', 'MEDIUM'],
      },
    });
    const result = run.results.find((r) => r.ruleId === 'CVE-2019-1549');
    expect(Object.keys(result ?? {}).sort()).toEqual(Object.keys(golden.runs[0].results[0] ?? {}).sort());
    expect(result?.level).toBe('warning');
    expect(result?.locations[0].physicalLocation).toEqual({
      // OS packages are in the image, not in a file: the location is the image, as in Trivy's output.
      artifactLocation: { uri: 'ghcr.io/acme/app:1.2.3', uriBaseId: 'ROOTPATH' },
      region: { startLine: 1, startColumn: 1, endLine: 1, endColumn: 1 },
    });
    expect(result?.message.text).toBe(
      [
        'Package: libcrypto1.1',
        'Installed Version: 1.1.1b-r1',
        'Fixed Version: 1.1.1d-r0',
        'Vulnerability CVE-2019-1549',
        'Severity: MEDIUM',
        'openssl: information disclosure in fork()',
        'Link: [CVE-2019-1549](https://avd.aquasec.com/nvd/cve-2019-1549)',
      ].join('\n'),
    );
  });

  it('points file findings at their file and line', () => {
    const secrets = sarifOf('secrets').sarif.runs[0].results;
    expect(
      secrets.map((r) => [
        r.ruleId,
        r.level,
        r.locations[0].physicalLocation.artifactLocation.uri,
        r.locations[0].physicalLocation.region.startLine,
      ]),
    ).toEqual([
      ['aws-access-key-id', 'error', 'deploy.sh', 3],
      ['mysecret', 'error', 'deploy.sh', 7],
    ]);
    const npm = sarifOf('npm').sarif.runs[0];
    expect(npm.results[0]?.locations[0].physicalLocation.artifactLocation.uri).toBe('package-lock.json');
    expect(npm.tool.driver.rules[0]?.name).toBe('LanguageSpecificPackageVulnerability');
    const dockerfile = sarifOf('dockerfile').sarif.runs[0];
    expect(dockerfile.tool.driver.rules[0]).toMatchObject({
      id: 'DS-0002',
      name: 'Misconfiguration',
      properties: { 'security-severity': '8.0' },
    });
  });

  it('gives UNKNOWN no security-severity (GitHub then goes by the note level) and omits a missing helpUri', () => {
    const rule = sarifOf('gomod').sarif.runs[0].tool.driver.rules.find((r) => r.id === 'GMS-2022-20');
    expect(rule?.defaultConfiguration.level).toBe('note');
    expect(rule?.properties).toEqual({
      precision: 'very-high',
      tags: ['vulnerability', 'security', 'UNKNOWN'],
    });
    expect(rule && 'helpUri' in rule).toBe(false);
  });

  it('is valid with no findings at all', () => {
    const { sarif } = sarifOf('alpine-39-skip');
    expectValid(sarif);
    expect(sarif.runs[0].results).toEqual([]);
    expect(sarif.runs[0].tool.driver.rules).toEqual([]);
  });

  it('percent-encodes a target that is not a clean URI', () => {
    const { sarif } = buildSarif({
      findings: [finding({ id: 'CVE-1', target: 'my app/lock #1.json', targetClass: 'lang-pkgs' })],
      image: 'x',
    });
    expectValid(sarif);
    expect(sarif.runs[0].results[0]?.locations[0].physicalLocation.artifactLocation.uri).toBe(
      'my%20app/lock%20%231.json',
    );
  });
});

describe('buildSarif: levels and scores per severity', () => {
  test.each<[Severity, string, string | undefined]>([
    ['CRITICAL', 'error', '9.5'],
    ['HIGH', 'error', '8.0'],
    ['MEDIUM', 'warning', '5.5'],
    ['LOW', 'note', '2.0'],
    ['UNKNOWN', 'note', undefined],
  ])('%s: level %s, security-severity %s', (severity, level, score) => {
    const { sarif } = buildSarif({ findings: [finding({ id: 'CVE-1', severity })], image: 'app' });
    expect(sarif.runs[0].results[0]?.level).toBe(level);
    expect(sarif.runs[0].tool.driver.rules[0]?.properties['security-severity']).toBe(score);
  });

  it('gives a rule the severity of its worst finding', () => {
    const findings = [
      finding({ id: 'CVE-1', pkg: 'a', severity: 'LOW' }),
      finding({ id: 'CVE-1', pkg: 'b', severity: 'CRITICAL' }),
    ];
    const { sarif } = buildSarif({ findings, image: 'app' });
    expect(sarif.runs[0].tool.driver.rules).toHaveLength(1);
    expect(sarif.runs[0].tool.driver.rules[0]?.properties['security-severity']).toBe('9.5');
    expect(sarif.runs[0].results.map((r) => r.ruleIndex)).toEqual([0, 0]);
  });
});

describe('buildSarif: the image', () => {
  it('names the image as scanned in properties.imageName (counted in the size), the repository in the category', () => {
    const built = buildSarif({
      findings: [finding({ id: 'CVE-1' })],
      image: 'ghcr.io/a/b',
      imageName: 'ghcr.io/a/b:1.0',
    });
    expect(built.sarif.runs[0].properties.imageName).toBe('ghcr.io/a/b:1.0');
    expect(built.sarif.runs[0].automationDetails.id).toBe('gantry-scan/ghcr.io/a/b/');
    const exact = JSON.stringify(built.sarif).length;
    expect(
      buildSarif({
        findings: [finding({ id: 'CVE-1' })],
        image: 'ghcr.io/a/b',
        imageName: 'ghcr.io/a/b:1.0',
        maxBytes: exact - 1,
      }).dropped,
    ).toBe(1);
  });
});

describe('buildSarif: GitHub limits, worst first, deterministic', () => {
  /** 5 × n findings, n per severity, ids unique, in a scrambled order. */
  const many = (n: number): Finding[] => {
    const findings = SEVERITIES.flatMap((severity) =>
      Array.from({ length: n }, (_, i) =>
        finding({ id: `CVE-2024-${String(i).padStart(5, '0')}-${severity}`, severity, pkg: `pkg${i}` }),
      ),
    );
    return findings
      .map((f, i) => [(i * 7919) % findings.length, f] as const)
      .sort((a, b) => a[0] - b[0])
      .map(([, f]) => f);
  };

  it('keeps the worst results up to maxResults and says how many were dropped', () => {
    const { sarif, total, dropped } = buildSarif({ findings: many(10), image: 'app', maxResults: 25 });
    expectValid(sarif);
    const [run] = sarif.runs;
    expect([total, dropped, run.results.length, run.tool.driver.rules.length]).toEqual([50, 25, 25, 25]);
    expect(run.results.map((r) => r.level)).toEqual([
      ...Array(20).fill('error'),
      ...Array(5).fill('warning'),
    ]);
    expect(run.results.slice(20).map((r) => r.ruleId)).toEqual(
      ['00000', '00001', '00002', '00003', '00004'].map((i) => `CVE-2024-${i}-MEDIUM`),
    );
    expect(run.properties).toEqual({
      imageName: 'app',
      totalFindings: 50,
      droppedFindings: 25,
      truncated: true,
    });
  });

  it('gives the same output whatever the input order', () => {
    const findings = many(10);
    const a = buildSarif({ findings, image: 'app', maxResults: 17 });
    const b = buildSarif({ findings: [...findings].reverse(), image: 'app', maxResults: 17 });
    expect(JSON.stringify(b.sarif)).toBe(JSON.stringify(a.sarif));
  });

  it('cuts to the largest number of results that fits maxBytes', () => {
    const findings = many(20);
    const full = buildSarif({ findings, image: 'app' });
    const fullSize = Buffer.byteLength(JSON.stringify(full.sarif));
    const maxBytes = Math.floor(fullSize / 2);
    const { sarif, dropped } = buildSarif({ findings, image: 'app', maxBytes });
    expectValid(sarif);
    const size = Buffer.byteLength(JSON.stringify(sarif));
    expect(size).toBeLessThanOrEqual(maxBytes);
    expect(dropped).toBeGreaterThan(0);
    // One more result would not have fitted.
    const oneMore = buildSarif({
      findings,
      image: 'app',
      maxResults: 100 - dropped + 1,
      maxBytes: Number.POSITIVE_INFINITY,
    });
    expect(Buffer.byteLength(JSON.stringify(oneMore.sarif))).toBeGreaterThan(maxBytes);
    expect(sarif.runs[0].properties.droppedFindings).toBe(dropped);
  });

  it("applies GitHub's 25,000 results per run by default", () => {
    const findings = Array.from({ length: GITHUB_MAX_RESULTS + 10 }, (_, i) =>
      finding({ id: 'CVE-1', pkg: `p${i}`, severity: i < 10 ? 'LOW' : 'HIGH', title: 't', target: 't' }),
    );
    const { sarif, dropped } = buildSarif({ findings, image: 'app', maxBytes: Number.POSITIVE_INFINITY });
    expect(dropped).toBe(10);
    expect(sarif.runs[0].results).toHaveLength(GITHUB_MAX_RESULTS);
    expect(sarif.runs[0].results.every((r) => r.level === 'error')).toBe(true);
  });

  it('stays under 10 MB by default', () => {
    const long = 'x'.repeat(2_000);
    const findings = Array.from({ length: 6_000 }, (_, i) =>
      finding({ id: `CVE-${i}`, description: long, title: long }),
    );
    const { sarif, dropped } = buildSarif({ findings, image: 'app' });
    expect(Buffer.byteLength(JSON.stringify(sarif))).toBeLessThanOrEqual(GITHUB_MAX_BYTES);
    expect(dropped).toBeGreaterThan(0);
    expect(sarif.runs[0].properties).toMatchObject({
      totalFindings: 6_000,
      droppedFindings: dropped,
      truncated: true,
    });
  });
});
