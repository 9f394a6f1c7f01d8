import { globSync, readdirSync, readFileSync, type Stats, statSync } from 'node:fs';
import path from 'node:path';
import type { Kubectl } from '../../adapters/kubectl.ts';
import { ConfigurationError } from '../../core/errors.ts';
import { kustomizeArgs } from '../../core/kubernetes/argv.ts';
import type { ManifestSource } from '../../core/kubernetes/manifests.ts';

const MANIFEST_FILE = /\.(ya?ml|json)$/i;

function folderFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && MANIFEST_FILE.test(e.name))
    .map((e) => path.join(e.parentPath, e.name))
    .sort();
}

/**
 * The `manifests` input's entries, each a file, a folder (its .yaml/.yml/.json files, recursively,
 * in name order) or a glob, resolved against `base` and read. An entry that matches nothing is an
 * error: a typo must not deploy half an application.
 */
export function readManifestSources(
  entries: readonly string[],
  base: string,
  input = 'manifests',
): ManifestSource[] {
  const files: string[] = [];
  for (const entry of entries) {
    const full = path.resolve(base, entry);
    if (/[*?[{]/.test(entry)) {
      const matches = globSync(entry, { cwd: base })
        .map((m) => path.resolve(base, m))
        .filter((m) => statOf(m, input, ` (matched by ${entry})`).isFile())
        .sort();
      if (matches.length === 0) throw new ConfigurationError(`${entry} matches no file`, input);
      files.push(...matches);
      continue;
    }
    if (statOf(full, input).isDirectory()) {
      const inside = folderFiles(full);
      if (inside.length === 0)
        throw new ConfigurationError(`folder ${full} holds no .yaml, .yml or .json file`, input);
      files.push(...inside);
    } else {
      files.push(full);
    }
  }
  return [...new Set(files)].map((file) => ({ path: file, text: readOf(file, input) }));
}

const reason = (error: unknown): string => {
  const code = (error as NodeJS.ErrnoException).code;
  return code === 'ENOENT'
    ? 'ENOENT: it does not exist (or is a symlink to nothing)'
    : (code ?? (error as Error).message);
};

/** stat (following symlinks); a file that cannot be read names the input, not Node's stack. */
function statOf(file: string, input: string, matched = ''): Stats {
  try {
    return statSync(file);
  } catch (error) {
    throw new ConfigurationError(`cannot read ${file}${matched}: ${reason(error)}`, input);
  }
}

function readOf(file: string, input: string): string {
  try {
    return readFileSync(file, 'utf8');
  } catch (error) {
    throw new ConfigurationError(`cannot read ${file}: ${reason(error)}`, input);
  }
}

/** `kubectl kustomize <dir>`: its output is one more manifest source; a failure names the input. */
export async function renderKustomize(
  kubectl: Kubectl,
  dir: string,
  input = 'kustomize',
): Promise<ManifestSource> {
  try {
    const result = await kubectl.run(kustomizeArgs(dir), { timeoutMs: 120_000 });
    return { path: `kubectl kustomize ${dir}`, text: result.stdout };
  } catch (error) {
    throw new ConfigurationError(`kubectl kustomize ${dir} failed: ${(error as Error).message}`, input);
  }
}
