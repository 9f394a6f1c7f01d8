import {
  BUILD_INPUTS,
  type BuildOptions,
  parseBuildOptions,
  type RawBuildInputs,
} from '../../core/build/options.ts';
import { isRemoteContext } from '../../core/inputs/workspace.ts';
import { mask, readSecret, readString, readText } from '../../runtime/inputs.ts';
import { workspacePath } from '../../runtime/workspace.ts';

/** Lists and `KEY=value` lines (every other input is a single line: a control character is refused). */
const MULTI_LINE = new Set(['image', 'platforms', 'build-args', 'secrets', 'tags', 'labels', 'digests']);

/** Reads the action's inputs by their action.yml names; the password and secret values are masked first. */
export function readBuildInputs(): BuildOptions {
  const raw: RawBuildInputs = {};
  for (const name of BUILD_INPUTS) {
    if (name === 'registry-password') raw[name] = readSecret(name);
    else raw[name] = MULTI_LINE.has(name) ? readText(name) : readString(name);
  }
  // Each `id=value` line's value is a secret: mask the whole input now, each value once parsed.
  mask(raw.secrets ?? '');
  const options = parseBuildOptions(raw);
  for (const value of options.secrets.values()) mask(value);
  checkBuildFiles(options);
  return options;
}

/**
 * The context and Dockerfile, before docker runs: in the workspace (links followed) and there. A
 * remote context (a Git or HTTP(S) URL) is docker's to fetch; merge reads neither.
 */
function checkBuildFiles(options: BuildOptions): void {
  if (options.mode === 'merge') return;
  if (isRemoteContext(options.context)) return;
  workspacePath('context', options.context, 'folder');
  // docker build reads --file relative to its working folder, the workspace (not the context).
  if (options.file !== undefined) workspacePath('file', options.file, 'file');
}
