import { realpathSync, statSync } from 'node:fs';
import path from 'node:path';
import { ConfigurationError } from '../core/errors.ts';
import { checkInJobFolders } from '../core/inputs/workspace.ts';

/** The job's workspace (GITHUB_WORKSPACE; the current folder outside a runner). */
export const workspaceRoot = (): string => process.env.GITHUB_WORKSPACE || process.cwd();

/** The real path of `file`, or of its nearest existing parent with the rest appended (for a file not there yet). */
function realPath(file: string): string {
  try {
    return realpathSync(file);
  } catch {
    const parent = path.dirname(file);
    return parent === file ? file : path.join(realPath(parent), path.basename(file));
  }
}

export type Expect = 'file' | 'folder' | 'any';

/**
 * A path an input names, resolved against the workspace and refused (naming the input) when it
 * leads outside the workspace and RUNNER_TEMP, symlinks followed, or when `expect` says it must
 * exist as a file or folder and it does not. Returns the absolute path (links not resolved).
 */
export function workspacePath(input: string, given: string, expect: Expect = 'any'): string {
  const root = workspaceRoot();
  const absolute = path.resolve(root, given);
  const roots = [root, process.env.RUNNER_TEMP ?? ''].filter((r) => r !== '').map(realPath);
  checkInJobFolders(input, given, roots, realPath(absolute));
  if (expect === 'any') return absolute;
  let kind: 'file' | 'folder' | undefined;
  try {
    const stat = statSync(absolute);
    kind = stat.isDirectory() ? 'folder' : stat.isFile() ? 'file' : undefined;
  } catch {
    kind = undefined;
  }
  if (kind !== expect)
    throw new ConfigurationError(
      `${JSON.stringify(given)} is not ${expect === 'file' ? 'a file' : 'a folder'} in the workspace`,
      input,
    );
  return absolute;
}
