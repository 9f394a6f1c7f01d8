import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { type Figure, round, run } from '../lib.ts';

/**
 * Figure 5: a 20,000-finding Trivy report (built by repeating the vulnerabilities of the real
 * reports, with distinct IDs) parsed, gated, turned into SARIF and summarised, in a child process
 * so its peak memory is its own. Side by side: the same file through JSON.parse alone.
 */
export async function reportFigure(root: string, workDir: string, findings = 20_000): Promise<Figure> {
  const fixtures = path.join(root, 'test/fixtures/trivy');
  const vulnerabilities: unknown[] = [];
  for (const file of readdirSync(fixtures).filter((f) => f.endsWith('.json.golden'))) {
    const report = JSON.parse(readFileSync(path.join(fixtures, file), 'utf8')) as {
      Results?: Array<{ Vulnerabilities?: unknown[] }>;
    };
    for (const result of report.Results ?? []) vulnerabilities.push(...(result.Vulnerabilities ?? []));
  }
  const big = {
    SchemaVersion: 2,
    ArtifactName: 'bench/app:big',
    ArtifactType: 'container_image',
    Results: [
      {
        Target: 'bench/app:big (debian 12)',
        Class: 'os-pkgs',
        Type: 'debian',
        Vulnerabilities: Array.from({ length: findings }, (_, i) => {
          const v = vulnerabilities[i % vulnerabilities.length] as Record<string, unknown>;
          return {
            ...v,
            VulnerabilityID: `CVE-2099-${String(i).padStart(6, '0')}`,
            PkgName: `${String(v.PkgName)}-${i % 500}`,
          };
        }),
      },
    ],
  };
  const file = path.join(workDir, 'trivy-20k.json');
  const { writeFileSync } = await import('node:fs');
  writeFileSync(file, JSON.stringify(big));
  const script = path.join(root, 'bench/figures/report-worker.ts');
  const floor = JSON.parse((await run(process.execPath, [script, file, 'parse-only'])).stdout) as {
    ms: number;
    maxRssMiB: number;
  };
  const full = JSON.parse((await run(process.execPath, [script, file, 'full'])).stdout) as {
    ms: number;
    maxRssMiB: number;
    sarifResults: number;
    failing: number;
  };
  return {
    id: 'report',
    title: `Report processing: ${findings} findings parsed, gated, SARIF and summary (time vs JSON.parse alone)`,
    value: `${round(full.ms / floor.ms)}x, ${round(full.ms, 0)} ms, ${round(full.maxRssMiB, 0)} MiB peak`,
    target: '≤ 2 s and ≤ 512 MiB',
    met: full.ms <= 2000 && full.maxRssMiB <= 512,
    details: { findings, reportMiB: round(readFileSync(file).length / 1048576), parseOnly: floor, full },
  };
}
