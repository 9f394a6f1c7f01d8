import { stringify } from 'yaml';
import { BASE, concrete, EXTRA_ROWS, IMAGES_BASE, KEY_KINDS } from './keys.ts';
import { type ConfigRow, GENERIC, KINDS } from './rows.ts';

export interface ConfigCase {
  /** `key: row label`, the test's name (and the key of the known-gap lists). */
  name: string;
  /** The key path the error must name. */
  names: string;
  /** The gantry.yml text, `{port}` still to fill in. */
  text: string;
}

/** Sets (or, with undefined, deletes) a dotted key path with `[n]` items in a copy of `base`. */
export function withKey(base: unknown, key: string, value: unknown): unknown {
  const copy = structuredClone(base) as Record<string, unknown>;
  const parts = key.split('.').flatMap((part) => {
    const item = /^(.+)\[(\d+)\]$/.exec(part);
    return item ? [item[1] ?? '', Number(item[2])] : [part];
  });
  let node = copy as Record<string | number, unknown>;
  for (const part of parts.slice(0, -1)) {
    if (typeof node[part] !== 'object' || node[part] === null) node[part] = {};
    node = node[part] as Record<string | number, unknown>;
  }
  const last = parts.at(-1) ?? '';
  if (value === undefined) delete node[last];
  else node[last] = value;
  return copy;
}

/**
 * Keys whose value is read when the release starts, and refused then naming the entry they belong
 * to (a secret's file that cannot be read names the secret).
 */
const NAMED_AT: Record<string, string> = { 'secrets.values.*.file': 'secrets.values.DB_PASSWORD' };

/**
 * A value source is `{ env }` or `{ file }`, never both: a row of its `file` key removes the base's
 * `env`, so that the row is refused for its own value, not for giving both.
 */
const REPLACES: Record<string, string> = {
  'registry.password.file': 'registry.password.env',
  'secrets.values.*.file': 'secrets.values.*.env',
};

/** Keys of a smoke section under a target, and of a Kubernetes target's pre-deploy jobs. */
const REPEATED = /^targets\.\*\.(swarm|kubernetes)\.smoke\.|^targets\.\*\.kubernetes\.pre-deploy\[\]\./;

export const yamlOf = (config: unknown): string =>
  stringify(JSON.parse(JSON.stringify(config)), { lineWidth: 0, defaultStringType: 'QUOTE_DOUBLE' });

/** Every row of every key: its kind's, its own, and the generic ones. */
export function configCases(): ConfigCase[] {
  const cases: ConfigCase[] = [];
  for (const raw of EXTRA_ROWS['(file)'] ?? [])
    cases.push({
      name: `(file): ${raw.label}`,
      names: raw.names ?? '',
      text: (raw as { raw?: string }).raw ?? '',
    });
  for (const [pattern, kind] of Object.entries(KEY_KINDS)) {
    const key = concrete(pattern);
    const base = pattern.startsWith('images.') ? IMAGES_BASE : BASE;
    // A section repeated under each target is read by the same parser as the first: there, the
    // generic rows check that the error names the key at its own path.
    const own = REPEATED.test(pattern) ? [] : KINDS[kind];
    const generic = kind === 'mapping' ? [] : GENERIC;
    const rows: ConfigRow[] = [...own, ...(EXTRA_ROWS[pattern] ?? []), ...generic];
    for (const row of rows) {
      const replaced = REPLACES[pattern];
      let config = withKey(
        replaced === undefined ? base : withKey(base, concrete(replaced), undefined),
        key,
        row.value,
      );
      for (const [other, value] of Object.entries(row.with ?? {})) config = withKey(config, other, value);
      cases.push({
        name: `${key}: ${row.label}`,
        names: row.names ?? NAMED_AT[pattern] ?? key,
        text: yamlOf(config),
      });
    }
  }
  return cases;
}
