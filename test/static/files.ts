// Finds the files the static gate checks, and loads them for the rules. Paths are repo-relative with
// forward slashes, so violations and test names read the same on every machine.
import { globSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type FileKind, loadSource, type RuleEnv, type SourceFile } from './rules.ts';

export const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');

function find(patterns: string[]): string[] {
  const found = patterns.flatMap((p) => globSync(p, { cwd: REPO_ROOT }));
  return [...new Set(found.map((f) => f.split('\\').join('/')))].sort();
}

/** The root action (if any) and one action per `actions/<name>/` folder. */
export function discoverActions(): { root: string[]; nested: string[] } {
  return {
    root: find(['action.yml', 'action.yaml']),
    nested: find(['actions/*/action.yml', 'actions/*/action.yaml']),
  };
}

/** The project's own and reusable workflows, and the ready-to-copy caller workflows for users. */
export function discoverWorkflows(): { github: string[]; examples: string[] } {
  return {
    github: find(['.github/workflows/*.yml', '.github/workflows/*.yaml']),
    examples: find(['workflows/*.yml', 'workflows/*.yaml']),
  };
}

export function readRepoFile(path: string): string {
  return readFileSync(join(REPO_ROOT, path), 'utf8');
}

export function loadRepoFile(path: string, kind: FileKind): SourceFile {
  return loadSource(path, kind, readRepoFile(path));
}

export const repoEnv: RuleEnv = {
  exists(path) {
    try {
      return statSync(join(REPO_ROOT, path)).isFile();
    } catch {
      return false;
    }
  },
};
