import path from 'node:path';
import { ConfigurationError } from '../errors.ts';

/**
 * Whether `target` is `root` or under it. Both are absolute paths with their symlinks already
 * resolved (the shell does that), so `..` segments and links cannot lead out unseen.
 */
export function isInside(root: string, target: string): boolean {
  const relative = path.relative(root, target);
  return (
    relative === '' ||
    (relative !== '..' && !relative.startsWith(`..${path.sep}`) && !path.isAbsolute(relative))
  );
}

/**
 * Refuses a file an input names that resolves (links followed) outside the job's folders: the
 * workspace, and the runner's temporary folder where an earlier step of the job writes a key or a
 * report. An action never reads the runner's other files (its credentials, /etc, other jobs').
 * The message names the input and the path as given, never the file's content.
 */
export function checkInJobFolders(
  input: string,
  given: string,
  roots: readonly string[],
  resolved: string,
): void {
  if (!roots.some((root) => isInside(root, resolved)))
    throw new ConfigurationError(
      `${JSON.stringify(given)} is outside the workspace${roots.length > 1 ? ' and the runner temporary folder' : ''}; an action reads only the job's files`,
      input,
    );
}

/** A build context docker fetches itself (a Git or HTTP(S) URL): passed on as it is, not a path. */
export const isRemoteContext = (context: string): boolean =>
  /^(https?:\/\/|git:\/\/|git@|github\.com\/)/.test(context);
