import { describe, expect, it, test } from 'vitest';
import type { Finding } from '../../../src/core/scan/index.ts';
import { buildSarif, sarifJson } from '../../../src/core/scan/index.ts';
import { loadReport, REPORTS } from './fixtures.ts';

// sarifJson(log) writes the log from the texts buildSarif measured its rules and results with; the
// file the scan action and `gantry scan --sarif` write must stay byte for byte JSON.stringify(log),
// the text they wrote before.

const allFindings = REPORTS.flatMap((name) => loadReport(name).findings);

/** `count` findings from the real reports, each id and package made distinct (a monorepo's report). */
const large = (count: number): Finding[] =>
  Array.from({ length: count }, (_, i) => {
    const f = allFindings[i % allFindings.length] as Finding;
    return { ...f, id: `${f.id}-${i % 3000}`, ...(f.pkg === undefined ? {} : { pkg: `${f.pkg}-${i}` }) };
  });

describe('sarifJson: the same text as JSON.stringify of the log', () => {
  test.each(REPORTS)('%s', (name) => {
    const { sarif } = buildSarif({ findings: loadReport(name).findings, image: 'ghcr.io/acme/app' });
    expect(sarifJson(sarif)).toBe(JSON.stringify(sarif));
  });

  it("a large report (20,000 findings, cut to GitHub's 10 MB), with the image name set as the callers set it", () => {
    const build = buildSarif({ findings: large(20_000), image: 'ghcr.io/acme/app', toolVersion: '0.58.1' });
    expect(build.dropped).toBeGreaterThan(0);
    build.sarif.runs[0].properties.imageName = 'ghcr.io/acme/app:1.2.3';
    const text = sarifJson(build.sarif);
    expect(text).toContain('"imageName":"ghcr.io/acme/app:1.2.3"');
    expect(text).toBe(JSON.stringify(build.sarif));
  });

  it('a log cut to a byte limit (results and the rules they bring dropped)', () => {
    const build = buildSarif({ findings: large(3000), image: 'app', maxBytes: 400_000 });
    expect(build.dropped).toBeGreaterThan(0);
    expect(sarifJson(build.sarif)).toBe(JSON.stringify(build.sarif));
    expect(new TextEncoder().encode(sarifJson(build.sarif)).length).toBeLessThanOrEqual(400_000);
  });

  it('an empty log, and a log whose results were replaced after it was built', () => {
    const empty = buildSarif({ findings: [], image: 'app' });
    expect(sarifJson(empty.sarif)).toBe(JSON.stringify(empty.sarif));
    const changed = buildSarif({ findings: large(50), image: 'app' });
    changed.sarif.runs[0].results.pop();
    expect(sarifJson(changed.sarif)).toBe(JSON.stringify(changed.sarif));
  });
});
