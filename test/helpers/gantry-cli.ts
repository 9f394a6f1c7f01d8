import { spawn } from 'node:child_process';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '../..');
const cli = path.join(root, 'src/cli/gantry.ts');

export interface GantryRun {
  code: number;
  stdout: string;
  stderr: string;
}

/**
 * Runs `gantry` from the source in the checkout (the tags come from its git ref, as they would in a
 * project's own folder) with CI=true and no GITHUB_REF/GITHUB_SHA, plus `extraEnv`. `onOutput`, when
 * given, is called with stdout and stderr so far (interleaved as they came) each time either grows.
 */
export function runGantry(
  args: string[],
  extraEnv: Record<string, string> = {},
  onOutput?: (soFar: string) => void,
): Promise<GantryRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [cli, ...args], {
      cwd: root,
      env: { ...process.env, CI: 'true', GITHUB_REF: '', GITHUB_SHA: '', ...extraEnv },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    let both = '';
    const seen = (text: string) => {
      both += text;
      onOutput?.(both);
    };
    child.stdout.on('data', (c: Buffer) => {
      stdout += c.toString();
      seen(c.toString());
    });
    child.stderr.on('data', (c: Buffer) => {
      stderr += c.toString();
      seen(c.toString());
    });
    child.on('error', reject);
    child.on('close', (code) => resolve({ code: code ?? 1, stdout, stderr }));
  });
}
