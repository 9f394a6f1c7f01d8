import { ConfigurationError } from '../errors.ts';

export interface EnvGroupStatus {
  group: string;
  set: number;
  of: number;
}

/**
 * A target's `env-groups`: each group's variables must be all set or all empty (an object-storage
 * backend's four settings, say). Returns each group's status; a partial group is a ConfigurationError
 * naming the group's key and the variables that are not set, before anything runs.
 */
export function checkEnvGroupMap(
  key: string,
  groups: Readonly<Record<string, readonly string[]>>,
  env: ReadonlyMap<string, string>,
): EnvGroupStatus[] {
  return Object.entries(groups).map(([group, names]) => {
    const unset = names.filter((n) => (env.get(n) ?? '') === '');
    if (unset.length > 0 && unset.length < names.length) {
      throw new ConfigurationError(
        `${names.length - unset.length} of ${names.length} set, but ${unset.join(', ')} ${unset.length === 1 ? 'is' : 'are'} not: set all of ${names.join(', ')} or none`,
        `${key}.${group}`,
      );
    }
    return { group, set: names.length - unset.length, of: names.length };
  });
}

/** `storage: set (4 of 4)` / `storage: not set`. */
export const formatEnvGroup = (s: EnvGroupStatus): string =>
  s.set === 0 ? `${s.group}: not set` : `${s.group}: set (${s.set} of ${s.of})`;
