import { describe, expect, it, test } from 'vitest';
import { ConfigurationError } from '../../../src/core/errors.ts';
import type { IgnoreEntry } from '../../../src/core/scan/index.ts';
import {
  applyIgnores,
  entryMatches,
  FINDING_CLASSES,
  isExpired,
  matchGlob,
  parsePurl,
  parseTrivyIgnore,
  parseTrivyIgnoreYaml,
  purlMatches,
} from '../../../src/core/scan/index.ts';
import { finding, loadReport, TODAY } from './fixtures.ts';

describe('parseTrivyIgnore (.trivyignore)', () => {
  it('reads IDs, skips comments and blank lines, takes exp: anywhere after the ID', () => {
    const text = [
      '# Accepted risks',
      'CVE-2019-1549',
      '',
      '  CVE-2019-1551 exp:2025-01-31  ',
      'DS-0002 # no root user in this test image',
      'aws-access-key-id other-field exp:2030-12-31',
    ].join('\n');
    expect(parseTrivyIgnore(text)).toEqual([
      { id: 'CVE-2019-1549', classes: FINDING_CLASSES, origin: '.trivyignore:2' },
      { id: 'CVE-2019-1551', classes: FINDING_CLASSES, expiresAt: '2025-01-31', origin: '.trivyignore:4' },
      { id: 'DS-0002', classes: FINDING_CLASSES, origin: '.trivyignore:5' },
      {
        id: 'aws-access-key-id',
        classes: FINDING_CLASSES,
        expiresAt: '2030-12-31',
        origin: '.trivyignore:6',
      },
    ]);
  });

  it('handles CRLF line endings and names the file given', () => {
    expect(parseTrivyIgnore('A\r\nB\r\n', 'ci/.trivyignore').map((e) => e.origin)).toEqual([
      'ci/.trivyignore:1',
      'ci/.trivyignore:2',
    ]);
  });

  test.each(['exp:2025-02-30', 'exp:31-01-2025', 'exp:', 'exp:2025-1-5'])(
    'rejects CVE-1 %s with file and line',
    (field) => {
      expect(() => parseTrivyIgnore(`# header\nCVE-1 ${field}`)).toThrow(ConfigurationError);
      expect(() => parseTrivyIgnore(`# header\nCVE-1 ${field}`)).toThrow(
        `.trivyignore:2: '${field}' is not a date; write exp:YYYY-MM-DD`,
      );
    },
  );
});

describe('parseTrivyIgnoreYaml (.trivyignore.yaml)', () => {
  const yaml = `# Trivy's documented format
vulnerabilities:
  - id: CVE-2019-1549
    paths:
      - "usr/lib/**"
    statement: Not reachable from our code
  - id: CVE-2017-20165
    purls:
      - pkg:npm/debug
    expired_at: 2025-01-31
secrets:
  - id: aws-access-key-id
    paths: ["deploy.sh"]
misconfigurations:
  - id: AVD-DS-0002
    statement: base image runs as root by design
licenses:
  - id: GPL-3.0
`;

  it('reads each section with its class, paths, purls, expiry, statement and line', () => {
    expect(parseTrivyIgnoreYaml(yaml)).toEqual([
      {
        id: 'CVE-2019-1549',
        classes: ['vulnerability'],
        paths: ['usr/lib/**'],
        statement: 'Not reachable from our code',
        origin: '.trivyignore.yaml:3',
      },
      {
        id: 'CVE-2017-20165',
        classes: ['vulnerability'],
        purls: ['pkg:npm/debug'],
        expiresAt: '2025-01-31',
        origin: '.trivyignore.yaml:7',
      },
      { id: 'aws-access-key-id', classes: ['secret'], paths: ['deploy.sh'], origin: '.trivyignore.yaml:12' },
      {
        id: 'AVD-DS-0002',
        classes: ['misconfiguration'],
        statement: 'base image runs as root by design',
        origin: '.trivyignore.yaml:15',
      },
    ]);
  });

  test.each([
    ['', []],
    ['vulnerabilities:\nsecrets:\n', []],
    ['# only a comment\n', []],
  ])('reads %j as no entries', (text, expected) => {
    expect(parseTrivyIgnoreYaml(text)).toEqual(expected);
  });

  test.each([
    [
      'vulnerabilities:\n  - id: CVE-1\n    expires_at: 2025-01-01\n',
      '.trivyignore.yaml:2: vulnerabilities[0]: Unrecognized key: "expires_at"',
    ],
    [
      'vulnerabilities:\n  - id: CVE-1\n    expired_at: 2025-02-30\n',
      '.trivyignore.yaml:3: vulnerabilities[0].expired_at: expected a date written YYYY-MM-DD',
    ],
    [
      'secrets:\n  - paths: [a]\n',
      '.trivyignore.yaml:2: secrets[0].id: Invalid input: expected string, received undefined',
    ],
    [
      'vulnerability:\n  - id: CVE-1\n',
      '.trivyignore.yaml:1: (top level): Unrecognized key: "vulnerability"',
    ],
    [
      'vulnerabilities:\n  - id: CVE-1\n    purls: ["debug@1.0"]\n',
      ".trivyignore.yaml:2: 'debug@1.0' is not a package URL (pkg:type/name@version)",
    ],
    [
      'vulnerabilities: [\n',
      '.trivyignore.yaml:2: Flow sequence in block collection must be sufficiently indented and end with a ] at line 2, column 1:',
    ],
  ])('rejects %j naming file, line and key', (text, message) => {
    expect(() => parseTrivyIgnoreYaml(text)).toThrow(ConfigurationError);
    expect(() => parseTrivyIgnoreYaml(text)).toThrow(message);
  });
});

describe('isExpired (today is passed in, compared at 00:00 UTC of the date)', () => {
  const entry: IgnoreEntry = {
    id: 'CVE-1',
    classes: ['vulnerability'],
    expiresAt: '2025-06-15',
    origin: 'x:1',
  };
  test.each([
    ['2025-06-14T23:59:59Z', false],
    ['2025-06-15T00:00:00Z', true],
    ['2025-06-15T12:00:00Z', true],
    ['2026-01-01T00:00:00Z', true],
  ])('expiring 2025-06-15, on %s: expired=%s', (today, expected) => {
    expect(isExpired(entry, new Date(today))).toBe(expected);
  });

  it('never expires without a date', () => {
    expect(
      isExpired({ id: 'CVE-1', classes: ['vulnerability'], origin: 'x:1' }, new Date('2999-01-01')),
    ).toBe(false);
  });
});

describe('entryMatches', () => {
  const vuln = finding({
    id: 'CVE-2017-20165',
    target: 'app/package-lock.json',
    targetClass: 'lang-pkgs',
    pkg: 'debug',
    purl: 'pkg:npm/debug@3.0.1',
    pkgPath: 'usr/src/app/node_modules/debug/package.json',
  });
  const entry = (overrides: Partial<IgnoreEntry>): IgnoreEntry => ({
    id: 'CVE-2017-20165',
    classes: ['vulnerability'],
    origin: 'x:1',
    ...overrides,
  });

  test.each<[string, Partial<IgnoreEntry>, boolean]>([
    ['same id', {}, true],
    ['other id', { id: 'CVE-2017-16137' }, false],
    ['other class', { classes: ['secret'] }, false],
    ['path glob on the target', { paths: ['app/*.json'] }, true],
    ['path glob on the package path', { paths: ['usr/src/**'] }, true],
    ['path glob matching neither', { paths: ['other/**'] }, false],
    ['purl without version', { purls: ['pkg:npm/debug'] }, true],
    ['purl with the installed version', { purls: ['pkg:npm/debug@3.0.1'] }, true],
    ['purl with another version', { purls: ['pkg:npm/debug@4.0.0'] }, false],
    ['purl of another package', { purls: ['pkg:npm/ms'] }, false],
    ['one of several purls', { purls: ['pkg:npm/ms', 'pkg:npm/debug'] }, true],
    ['path and purl both matching', { paths: ['app/**'], purls: ['pkg:npm/debug'] }, true],
    ['path matching, purl not', { paths: ['app/**'], purls: ['pkg:npm/ms'] }, false],
  ])('%s', (_, overrides, expected) => {
    expect(entryMatches(entry(overrides), vuln)).toBe(expected);
  });

  it('matches a misconfiguration by its AVD alias as well as its id', () => {
    const misconf = finding({
      id: 'DS002',
      class: 'misconfiguration',
      target: 'Dockerfile',
      aliases: ['AVD-DS-0002'],
    });
    expect(entryMatches({ id: 'AVD-DS-0002', classes: ['misconfiguration'], origin: 'x:1' }, misconf)).toBe(
      true,
    );
    expect(entryMatches({ id: 'DS002', classes: ['misconfiguration'], origin: 'x:1' }, misconf)).toBe(true);
  });
});

describe('applyIgnores on real reports', () => {
  it('separates ignored, expired and unused entries (.trivyignore)', () => {
    const { findings } = loadReport('alpine-39');
    const entries = parseTrivyIgnore(
      [
        'CVE-2019-1549',
        'CVE-2019-14697 exp:2025-01-01',
        'CVE-2019-1551 exp:2025-12-31',
        'CVE-2000-0001',
      ].join('\n'),
    );
    const outcome = applyIgnores(findings, entries, TODAY);
    expect(outcome.ignored.map(({ finding: f, entry }) => [f.id, f.pkg, entry.origin])).toEqual([
      ['CVE-2019-1549', 'libcrypto1.1', '.trivyignore:1'],
      ['CVE-2019-1551', 'libcrypto1.1', '.trivyignore:3'],
      ['CVE-2019-1549', 'libssl1.1', '.trivyignore:1'],
      ['CVE-2019-1551', 'libssl1.1', '.trivyignore:3'],
    ]);
    // The expired entry suppresses nothing: both musl findings are back.
    expect(outcome.kept.map((f) => [f.id, f.pkg])).toEqual([
      ['CVE-2019-14697', 'musl'],
      ['CVE-2019-14697', 'musl-utils'],
    ]);
    expect(outcome.expired.map((e) => e.id)).toEqual(['CVE-2019-14697']);
    expect(outcome.unused.map((e) => e.id)).toEqual(['CVE-2000-0001']);
  });

  it('applies each YAML section to its class only, with paths (secrets + dockerfile reports)', () => {
    const findings = [...loadReport('secrets').findings, ...loadReport('dockerfile').findings];
    const entries = parseTrivyIgnoreYaml(`secrets:
  - id: aws-access-key-id
    paths: ["deploy.sh"]
    statement: test credentials, revoked
  - id: mysecret
    paths: ["other.sh"]
misconfigurations:
  - id: DS-0002
    expired_at: 2025-06-15
vulnerabilities:
  - id: aws-access-key-id
`);
    const outcome = applyIgnores(findings, entries, TODAY);
    expect(outcome.ignored.map(({ finding: f, entry }) => [f.class, f.id, entry.statement])).toEqual([
      ['secret', 'aws-access-key-id', 'test credentials, revoked'],
    ]);
    expect(outcome.kept.map((f) => f.id)).toEqual(['mysecret', 'DS-0002']);
    expect(outcome.expired.map((e) => e.origin)).toEqual(['.trivyignore.yaml:8']);
    // `mysecret` only in another path; the vulnerability entry names a secret rule: neither matches.
    expect(outcome.unused.map((e) => e.origin)).toEqual(['.trivyignore.yaml:5', '.trivyignore.yaml:11']);
  });

  it('applies a .trivyignore ID to every class', () => {
    const outcome = applyIgnores(loadReport('dockerfile').findings, parseTrivyIgnore('DS-0002'), TODAY);
    expect(outcome.kept).toEqual([]);
    expect(outcome.ignored).toHaveLength(1);
    expect(outcome.unused).toEqual([]);
  });

  it('ignores by purl across all targets of a report (gomod)', () => {
    const entries = parseTrivyIgnoreYaml(`vulnerabilities:
  - id: GMS-2022-20
    purls: ["pkg:golang/github.com/docker/distribution@v2.7.1+incompatible"]
`);
    const outcome = applyIgnores(loadReport('gomod').findings, entries, TODAY);
    expect(outcome.ignored.map(({ finding: f }) => f.target)).toEqual([
      'go.mod',
      'submod/go.mod',
      'submod2/go.mod',
    ]);
    expect(outcome.kept.map((f) => f.id)).toEqual(['CVE-2022-23628', 'CVE-2021-38561']);
  });

  it('counts an entry as used when a duplicate entry matched the finding first', () => {
    const entries = [
      ...parseTrivyIgnore('CVE-2019-11358'),
      ...parseTrivyIgnoreYaml('vulnerabilities:\n  - id: CVE-2019-11358\n'),
    ];
    const outcome = applyIgnores(loadReport('npm').findings, entries, TODAY);
    expect(outcome.ignored.map(({ entry }) => entry.origin)).toEqual(['.trivyignore:1']);
    expect(outcome.unused).toEqual([]);
  });
});

describe('matchGlob (doublestar, as in .trivyignore.yaml paths)', () => {
  test.each<[string, string, boolean]>([
    ['deploy.sh', 'deploy.sh', true],
    ['*.sh', 'deploy.sh', true],
    ['*.sh', 'scripts/deploy.sh', false],
    ['**/*.sh', 'scripts/deploy.sh', true],
    ['**/*.sh', 'deploy.sh', true],
    ['scripts/**', 'scripts/a/b/c.sh', true],
    ['scripts/**', 'scripts', true],
    ['scripts/**', 'scriptsx/a', false],
    ['a/**/b.txt', 'a/b.txt', true],
    ['a/**/b.txt', 'a/x/y/b.txt', true],
    ['a/*/b.txt', 'a/x/y/b.txt', false],
    ['file?.txt', 'file1.txt', true],
    ['file?.txt', 'file/.txt', false],
    ['file[0-9].txt', 'file7.txt', true],
    ['file[!0-9].txt', 'file7.txt', false],
    ['*.{yml,yaml}', 'compose.yaml', true],
    ['*.{yml,yaml}', 'compose.json', false],
    ['go.mod', 'submod/go.mod', false],
    ['a.b', 'axb', false],
    ['\\*.txt', '*.txt', true],
    ['\\*.txt', 'a.txt', false],
  ])('%s vs %s: %s', (pattern, path, expected) => {
    expect(matchGlob(pattern, path)).toBe(expected);
  });
});

describe('parsePurl / purlMatches (Trivy rule: unset version, subpath, qualifiers match anything)', () => {
  it('parses every component and decodes them', () => {
    expect(parsePurl('pkg:golang/github.com/docker/distribution@v2.7.1%2Bincompatible')).toEqual({
      type: 'golang',
      namespace: 'github.com/docker',
      name: 'distribution',
      version: 'v2.7.1+incompatible',
      qualifiers: {},
      subpath: '',
    });
    expect(parsePurl('pkg:apk/alpine/musl@1.1.20-r4?arch=x86_64&distro=3.9.4')).toEqual({
      type: 'apk',
      namespace: 'alpine',
      name: 'musl',
      version: '1.1.20-r4',
      qualifiers: { arch: 'x86_64', distro: '3.9.4' },
      subpath: '',
    });
    expect(parsePurl('pkg:npm/%40angular/core@16.0.0#lib/x')).toMatchObject({
      namespace: '@angular',
      name: 'core',
      subpath: 'lib/x',
    });
  });

  test.each(['debug', 'pkg:', 'pkg:npm', 'pkg:npm/'])('%j is not a purl', (text) => {
    expect(parsePurl(text)).toBeUndefined();
  });

  const target = 'pkg:apk/alpine/musl@1.1.20-r4?arch=x86_64&distro=3.9.4';
  test.each<[string, boolean]>([
    ['pkg:apk/alpine/musl', true],
    ['pkg:apk/alpine/musl@1.1.20-r4', true],
    ['pkg:apk/alpine/musl@1.1.20-r5', false],
    ['pkg:apk/alpine/musl?arch=x86_64', true],
    ['pkg:apk/alpine/musl?arch=aarch64', false],
    ['pkg:apk/alpine/musl-utils', false],
    ['pkg:apk/wolfi/musl', false],
    ['pkg:deb/alpine/musl', false],
  ])('%s matches the installed musl: %s', (pattern, expected) => {
    const p = parsePurl(pattern);
    const t = parsePurl(target);
    expect(p && t && purlMatches(p, t)).toBe(expected);
  });
});
