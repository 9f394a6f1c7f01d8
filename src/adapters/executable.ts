import { accessSync, constants, statSync } from 'node:fs';
import path from 'node:path';

/**
 * The first `name` on PATH that may be run, as `command -v` finds it, without starting a shell: a file
 * with the execute bit, in an absolute PATH folder (a relative one would depend on the working folder).
 */
export function findExecutable(name: string): string | undefined {
  for (const dir of (process.env.PATH ?? '').split(path.delimiter)) {
    if (!path.isAbsolute(dir)) continue;
    const candidate = path.join(dir, name);
    try {
      accessSync(candidate, constants.X_OK);
      if (statSync(candidate).isFile()) return candidate;
    } catch {
      // Not here: the next folder.
    }
  }
  return undefined;
}
