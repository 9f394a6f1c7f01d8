// Keeps the self-ref step of the reusable workflows equal to src/workflow-steps/self-ref.cjs. The step
// has to be inline (it runs before Gantry is checked out), so the file is the source and each workflow
// holds a copy: the `run: |` block right after the line `# gantry:self-ref …`. `--write` rewrites the
// copies; without it the script exits 1 when one differs (test/unit/workflows/self-ref.test.ts too).
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
export const SELF_REF_SOURCE = 'src/workflow-steps/self-ref.cjs';
export const SELF_REF_WORKFLOWS = ['.github/workflows/release.yml', '.github/workflows/pr-security.yml'];
const MARKER = '# gantry:self-ref';

/** Replaces the `run: |` block of the step after each marker with `script`, indented to fit. */
export function syncSelfRef(workflow: string, script: string): { text: string; found: number } {
  const lines = workflow.split('\n');
  const out: string[] = [];
  let found = 0;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as string;
    out.push(line);
    if (!line.trim().startsWith(MARKER)) continue;
    // Copy the step's lines up to its `run: |`, then the script, then skip the old block.
    let j = i + 1;
    while (j < lines.length && !/^\s*run: \|\s*$/.test(lines[j] as string)) out.push(lines[j++] as string);
    if (j >= lines.length) break;
    const runLine = lines[j] as string;
    out.push(runLine);
    const indent = `${' '.repeat(runLine.length - runLine.trimStart().length)}  `;
    for (const s of script.replace(/\n$/, '').split('\n')) out.push(s === '' ? '' : indent + s);
    j++;
    const blockStart = j;
    while (
      j < lines.length &&
      ((lines[j] as string).startsWith(indent) || (lines[j] as string).trim() === '')
    )
      j++;
    // Blank lines that separate the next job belong to it, not to the script.
    while (j > blockStart && (lines[j - 1] as string).trim() === '') j--;
    i = j - 1;
    found++;
  }
  return { text: out.join('\n'), found };
}

if (import.meta.main) {
  const script = readFileSync(path.join(root, SELF_REF_SOURCE), 'utf8');
  let stale = false;
  for (const file of SELF_REF_WORKFLOWS) {
    const text = readFileSync(path.join(root, file), 'utf8');
    const synced = syncSelfRef(text, script);
    if (synced.found === 0) {
      console.error(`${file}: no "${MARKER}" step`);
      process.exit(1);
    }
    if (synced.text === text) continue;
    if (process.argv.includes('--write')) {
      writeFileSync(path.join(root, file), synced.text);
      console.log(`${file}: self-ref step updated`);
    } else {
      console.error(
        `${file}: the self-ref step differs from ${SELF_REF_SOURCE}: run node scripts/workflow-steps.ts --write`,
      );
      stale = true;
    }
  }
  if (stale) process.exit(1);
}
