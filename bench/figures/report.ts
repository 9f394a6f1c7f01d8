import { closeSync, openSync, readdirSync, readFileSync, statSync, writeSync } from 'node:fs';
import path from 'node:path';
import { build } from 'esbuild';
import { type Figure, median, round, run } from '../lib.ts';

/**
 * Scan report processing. Trivy reports of 20,000 and 200,000 findings (the vulnerabilities of the
 * real reports in test/fixtures/trivy repeated with distinct IDs and package names; their 23
 * descriptions repeat, as one CVE's does under many packages of a monorepo) are parsed, gated, turned
 * into SARIF and summarised, each in a child process so its peak memory is its own (the 200,000 one
 * with a 1 GiB heap). Side by side, interleaved: the 20,000 file through JSON.parse alone. The
 * 200,000-finding file (about 520 MB) is longer than a string may be, so it has no JSON.parse column.
 * The worker runs bundled, as the scan action does (dist/scan): run from the TypeScript sources, Node's
 * type stripper alone would add about 45 MiB to every process's peak, the JSON.parse column's too.
 */
export async function reportFigure(root: string, workDir: string, runs = 5): Promise<Figure> {
  const small = writeReport(root, path.join(workDir, 'trivy-20k.json'), 20_000);
  const large = writeReport(root, path.join(workDir, 'trivy-200k.json'), 200_000);
  const script = await bundledWorker(root, workDir);
  const worker = async (file: string, mode: string, heap: string[] = []) => {
    const result = await run(process.execPath, [...heap, script, file, mode]);
    if (result.code !== 0) return { failed: result.stderr.trim().split('\n').slice(-3).join(' ') };
    return JSON.parse(result.stdout) as {
      ms: number;
      cpuMs: number;
      maxRssMiB: number;
      [key: string]: unknown;
    };
  };
  const floor: number[] = [];
  const full: number[] = [];
  const floorCpu: number[] = [];
  const fullCpu: number[] = [];
  let last: Record<string, unknown> = {};
  for (let i = 0; i < runs; i++) {
    const parsed = await worker(small, 'parse-only');
    const processed = await worker(small, 'full');
    if ('failed' in parsed || 'failed' in processed)
      throw new Error(`report worker failed: ${JSON.stringify([parsed, processed])}`);
    floor.push(parsed.ms);
    full.push(processed.ms);
    floorCpu.push(parsed.cpuMs);
    fullCpu.push(processed.cpuMs);
    last = { ...processed, maxRssMiB: Math.max(processed.maxRssMiB, Number(last.maxRssMiB ?? 0)) };
  }
  const bigRun = await worker(large, 'full', ['--max-old-space-size=1024']);
  const ratio = median(full) / median(floor);
  const peak = Number(last.maxRssMiB);
  const growth = 'failed' in bigRun ? undefined : bigRun.ms / median(full);
  const met = ratio <= 1.5 && peak <= 200 && growth !== undefined && growth < 10;
  return {
    id: 'report',
    title:
      'Scan report processing: 20,000 findings parsed, gated, SARIF and summary vs JSON.parse alone; 200,000 findings vs 20,000, 1 GiB heap',
    value: `${round(ratio)}x, ${round(peak, 0)} MiB peak; 200,000: ${growth === undefined ? 'failed' : `${round(growth, 1)}x the 20,000 time`}`,
    target: '≤ 1.5x JSON.parse, ≤ 200 MiB; 200,000 < 10x within 1 GiB',
    met,
    details: {
      runs,
      reportMiB: round(statSync(small).size / 1048576),
      parseOnlyMs: floor.map((ms) => round(ms, 0)),
      fullMs: full.map((ms) => round(ms, 0)),
      // The same runs in CPU time (all threads), for a machine under load.
      cpuRatio: round(median(fullCpu) / median(floorCpu)),
      parseOnlyCpuMs: floorCpu.map((ms) => round(ms, 0)),
      fullCpuMs: fullCpu.map((ms) => round(ms, 0)),
      full: last,
      large: { reportMiB: round(statSync(large).size / 1048576), ...bigRun },
    },
  };
}

/** bench/figures/report-worker.ts bundled with esbuild (as scripts/build.ts bundles the actions) into workDir. */
async function bundledWorker(root: string, workDir: string): Promise<string> {
  const outfile = path.join(workDir, 'report-worker.mjs');
  await build({
    entryPoints: [path.join(root, 'bench/figures/report-worker.ts')],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node24',
    logLevel: 'warning',
    banner: {
      js: "import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);",
    },
  });
  return outfile;
}

/** Writes a report of `findings` vulnerabilities, streamed: the largest is too long for one string. */
function writeReport(root: string, file: string, findings: number): string {
  const fixtures = path.join(root, 'test/fixtures/trivy');
  const vulnerabilities: Record<string, unknown>[] = [];
  for (const name of readdirSync(fixtures).filter((f) => f.endsWith('.json.golden'))) {
    const report = JSON.parse(readFileSync(path.join(fixtures, name), 'utf8')) as {
      Results?: Array<{ Vulnerabilities?: Record<string, unknown>[] }>;
    };
    for (const result of report.Results ?? []) vulnerabilities.push(...(result.Vulnerabilities ?? []));
  }
  const fd = openSync(file, 'w');
  try {
    writeSync(
      fd,
      '{"SchemaVersion":2,"ArtifactName":"bench/app:big","ArtifactType":"container_image","Results":[{"Target":"bench/app:big (debian 12)","Class":"os-pkgs","Type":"debian","Vulnerabilities":[',
    );
    let chunk: string[] = [];
    for (let i = 0; i < findings; i++) {
      const v = vulnerabilities[i % vulnerabilities.length] ?? {};
      const id = `CVE-2099-${String(i).padStart(6, '0')}`;
      chunk.push(JSON.stringify({ ...v, VulnerabilityID: id, PkgName: `${String(v.PkgName)}-${i % 500}` }));
      if (chunk.length === 1000 || i === findings - 1) {
        writeSync(fd, `${i < 1000 ? '' : ','}${chunk.join(',')}`);
        chunk = [];
      }
    }
    writeSync(fd, ']}]}');
  } finally {
    closeSync(fd);
  }
  return file;
}
