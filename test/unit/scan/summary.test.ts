import { describe, expect, it, test } from 'vitest';
import type { GateResult, SummaryInput } from '../../../src/core/scan/index.ts';
import {
  evaluateGate,
  parseTrivyIgnore,
  parseTrivyIgnoreYaml,
  renderScanComment,
  renderScanSummary,
  scanCommentMarker,
} from '../../../src/core/scan/index.ts';
import { finding, loadReport, TODAY } from './fixtures.ts';

const IMAGE = 'ghcr.io/acme/app:1.2.3';

/** alpine-39 + secrets + centos-7 + npm-with-suppressed, with both ignore formats, failing on CRITICAL/HIGH. */
function failingInput(overrides: Partial<SummaryInput> = {}): SummaryInput {
  const suppressedReport = loadReport('npm-with-suppressed');
  const ignores = [
    ...parseTrivyIgnore('CVE-2019-1549\nCVE-2019-14697 exp:2025-01-01\nCVE-2000-0001\n'),
    ...parseTrivyIgnoreYaml('vulnerabilities:\n  - id: CVE-2019-1551\n    statement: "not | reachable"\n'),
  ];
  const gate = evaluateGate({
    findings: [
      ...loadReport('alpine-39').findings,
      ...suppressedReport.findings,
      ...loadReport('secrets').findings,
      ...loadReport('centos-7').findings,
    ],
    severities: ['CRITICAL', 'HIGH'],
    ignoreUnfixed: true,
    ignores,
    today: TODAY,
  });
  return {
    image: IMAGE,
    gate,
    severities: ['CRITICAL', 'HIGH'],
    ignoreUnfixed: true,
    suppressed: suppressedReport.suppressed,
    top: 3,
    ...overrides,
  };
}

const passingGate = (): GateResult =>
  evaluateGate({
    findings: loadReport('npm').findings,
    severities: ['CRITICAL'],
    ignoreUnfixed: false,
    ignores: [],
    today: TODAY,
  });

describe('renderScanComment', () => {
  it('starts with the hidden marker for the image, then the summary', () => {
    const input = failingInput();
    const body = renderScanComment(input);
    expect(body.split('\n')[0]).toBe('<!-- gantry-scan:ghcr.io/acme/app:1.2.3 -->');
    expect(body).toBe(`${scanCommentMarker(IMAGE)}\n${renderScanSummary(input)}`);
  });

  test.each([
    ['app', '<!-- gantry-scan:app -->'],
    [
      'registry.example:5000/team/app@sha256:abc',
      '<!-- gantry-scan:registry.example:5000/team/app@sha256:abc -->',
    ],
    ['odd-->name', '<!-- gantry-scan:odd--&gt;name -->'],
  ])('marker for %s is %s', (image, marker) => {
    expect(scanCommentMarker(image)).toBe(marker);
  });
});

describe('renderScanSummary of a failing scan', () => {
  const summary = renderScanSummary(failingInput());
  const lines = summary.split('\n');

  it('says it failed, for which image and how many findings fail', () => {
    expect(lines[0]).toBe('### ❌ Scan failed: `ghcr.io/acme/app:1.2.3`: 5 findings fail the gate');
  });

  it('restates the policy', () => {
    expect(summary).toContain(
      'Fails on: **CRITICAL**, **HIGH** · vulnerabilities without a fix are counted but not gated (1)',
    );
  });

  it('has the severity × class counts table', () => {
    expect(summary).toContain(
      [
        '| Severity | Vulnerabilities | Secrets | Misconfigurations | Total |',
        '| --- | ---: | ---: | ---: | ---: |',
        '| CRITICAL | 2 | 1 | 0 | 3 |',
        '| HIGH | 1 | 1 | 0 | 2 |',
        '| MEDIUM | 1 | 0 | 0 | 1 |',
        '| LOW | 2 | 0 | 0 | 2 |',
        '| UNKNOWN | 0 | 0 | 0 | 0 |',
        '| **Total** | **6** | **2** | **0** | **8** |',
      ].join('\n'),
    );
  });

  it('lists the top failing findings with package, installed → fixed, severity and title', () => {
    expect(summary).toContain('#### Failing findings (3 of 5)');
    expect(summary).toContain(
      '| CRITICAL | [CVE-2019-14697](https://avd.aquasec.com/nvd/cve-2019-14697) | `musl` | 1.1.20-r4 → 1.1.20-r5 | musl libc through 1.1.23 has an x87 floating-point stack adjustment imbalance, related to the math/… |',
    );
    expect(summary).toContain('| CRITICAL | `aws-access-key-id` | `deploy.sh:3` |  | AWS Access Key ID |');
    expect(summary).toContain('_… and 2 more._');
    // Fourth and fifth are cut.
    expect(summary).not.toContain('CVE-2017-20165](');
  });

  it('lists the finding Trivy suppressed, with its VEX statement', () => {
    expect(summary).toContain('#### Suppressed by Trivy, not counted (1)');
    expect(summary).toContain(
      '| LOW | [CVE-2017-16137](https://avd.aquasec.com/nvd/cve-2017-16137) | `debug` | not_affected | vulnerable_code_not_in_execute_path | ./vex.json |',
    );
  });

  it('lists ignored findings with the entry that ignored them (a | in a statement is escaped)', () => {
    expect(summary).toContain('#### Ignored by ignore files, not counted (4)');
    expect(summary).toContain(
      '| MEDIUM | [CVE-2019-1549](https://avd.aquasec.com/nvd/cve-2019-1549) | `libcrypto1.1` | `.trivyignore:1` |  |',
    );
    expect(summary).toContain(
      '| MEDIUM | [CVE-2019-1551](https://avd.aquasec.com/nvd/cve-2019-1551) | `libssl1.1` | `.trivyignore.yaml:2` | not \\| reachable |',
    );
  });

  it('lists expired and unused ignore entries', () => {
    expect(summary).toContain('#### Expired ignore entries (1): they no longer suppress anything');
    expect(summary).toContain('| `CVE-2019-14697` | 2025-01-01 | `.trivyignore:2` |  |');
    expect(summary).toContain('#### Unused ignore entries (1): they match no finding and can be removed');
    expect(summary).toContain('| `CVE-2000-0001` | `.trivyignore:3` |  |');
  });

  it('lists every failing finding when top is large enough', () => {
    const all = renderScanSummary(failingInput({ top: 100 }));
    expect(all).toContain('#### Failing findings (5 of 5)');
    expect(all).not.toContain('more._');
    expect(all).toContain(
      '| HIGH | [CVE-2017-20165](https://avd.aquasec.com/nvd/cve-2017-20165) | `debug` | 3.0.1 → 3.1.0, 2.6.9 |',
    );
  });
});

describe('renderScanSummary of a passing scan', () => {
  it('says it passed and shows the top findings instead of failing ones, without empty sections', () => {
    const summary = renderScanSummary({
      image: 'app',
      gate: passingGate(),
      severities: ['CRITICAL'],
      ignoreUnfixed: false,
      baseline: true,
    });
    expect(summary.split('\n')[0]).toBe('### ✅ Scan passed: `app`');
    expect(summary).toContain(
      'Fails on: **CRITICAL** · only findings new since the baseline can fail (1 new)',
    );
    expect(summary).toContain('#### Top findings (1 of 1)');
    expect(summary).toContain(
      '| MEDIUM | [CVE-2019-11358](https://avd.aquasec.com/nvd/cve-2019-11358) | `jquery` | 3.3.9 → 3.4.0 |',
    );
    for (const heading of ['Suppressed', 'Ignored', 'Expired', 'Unused', 'Failing'])
      expect(summary).not.toContain(`#### ${heading}`);
  });

  it('says so when no severity is gated', () => {
    const summary = renderScanSummary({
      image: 'app',
      gate: passingGate(),
      severities: [],
      ignoreUnfixed: false,
    });
    expect(summary).toContain('Fails on: nothing (no severity selected)');
  });

  it('shows an unfixed vulnerability as "no fix (status)" and escapes HTML in titles', () => {
    const gate = evaluateGate({
      findings: [
        ...loadReport('centos-7').findings,
        finding({
          id: 'DS-0002',
          class: 'misconfiguration',
          target: 'Dockerfile',
          title: "Add 'USER <non root user name>'",
          severity: 'LOW',
        }),
      ],
      severities: [],
      ignoreUnfixed: false,
      ignores: [],
      today: TODAY,
    });
    const summary = renderScanSummary({ image: 'app', gate, severities: [], ignoreUnfixed: false, top: 10 });
    expect(summary).toContain('| `bash` | 4.2.46-31.el7 → no fix (will_not_fix) |');
    expect(summary).toContain("Add 'USER &lt;non root user name&gt;'");
  });
});
