// The `verdict` job of pr-security.yml: each scan job (one per image) uploads `gantry-scan-reports-<key>`
// with a `verdict.json` ({"passed": "true"|"false", "new-count": "<n>"}, the gate's outputs); downloaded
// into one folder per artifact, this turns them into the workflow's outputs: `passed` (`true` only when
// every image of IMAGES, the gantry job's images matrix, has a verdict and passed) and `new-count` (the sum
// of the images' new findings). An image without a verdict (its build or scan stopped before the gate)
// is named in a warning and counts as not passed.
// Usage: node pr-verdict.mjs <folder>. Plain JavaScript with no dependency; test/unit/workflows/pr-plan.test.ts.
import { appendFileSync, existsSync, readFileSync, realpathSync } from 'node:fs';
import path from 'node:path';

/** `{passed, new-count, missing}` for the images matrix and the verdict files under `dir`. */
export function prVerdict(images, dir) {
  // No image to judge (an empty or missing images matrix) is no pass: nothing was checked.
  let passed = images.length > 0;
  let newCount = 0;
  const missing = [];
  for (const { key } of images) {
    const file = path.join(dir, `gantry-scan-reports-${key}`, 'verdict.json');
    if (!existsSync(file)) {
      missing.push(key);
      passed = false;
      continue;
    }
    const verdict = JSON.parse(readFileSync(file, 'utf8'));
    if (String(verdict.passed) !== 'true') passed = false;
    newCount += Number.parseInt(String(verdict['new-count']), 10) || 0;
  }
  return { passed, newCount, missing };
}

if (process.argv[1] && realpathSync(process.argv[1]) === realpathSync(import.meta.filename)) {
  const dir = process.argv[2];
  if (!dir) {
    console.log('::error::usage: pr-verdict.mjs <folder>');
    process.exit(2);
  }
  const images = JSON.parse(process.env.IMAGES || '[]');
  const { passed, newCount, missing } = prVerdict(images, dir);
  if (missing.length > 0) console.log(`::warning title=scan::no gate verdict for ${missing.join(', ')}`);
  if (images.length === 0) console.log('::warning title=scan::no image was planned, so none was checked');
  appendFileSync(process.env.GITHUB_OUTPUT, `passed=${passed}\nnew-count=${newCount}\n`);
}
