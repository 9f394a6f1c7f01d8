/**
 * The variables a compose file uses, as `docker stack deploy` interpolates them: `$VAR`, `${VAR}`,
 * `${VAR:-default}`, `${VAR-default}`, `${VAR:?message}`, `${VAR?message}`; `$$` is a literal `$`.
 */
export interface VariableUse {
  name: string;
  /** The use has a default (`:-`/`-`), so an unset variable is not an error. */
  hasDefault: boolean;
  /** `:-`/`:?` treat an empty value as unset. */
  emptyIsUnset: boolean;
}

const PATTERN = /\$(?:\$|\{([A-Za-z_][A-Za-z0-9_]*)(?:(:?[-?])[^}]*)?\}|([A-Za-z_][A-Za-z0-9_]*))/g;

export function variablesIn(text: string): VariableUse[] {
  const uses: VariableUse[] = [];
  for (const match of text.matchAll(PATTERN)) {
    const name = match[1] ?? match[3];
    if (name === undefined) continue; // `$$`
    const operator = match[2];
    uses.push({
      name,
      hasDefault: operator === ':-' || operator === '-',
      emptyIsUnset: operator?.startsWith(':') ?? false,
    });
  }
  return uses;
}

/** Names used without a default that the environment does not set (or sets empty where that counts). */
export function missingVariables(text: string, env: ReadonlyMap<string, string>): string[] {
  const missing = new Set<string>();
  for (const use of variablesIn(text)) {
    if (use.hasDefault) continue;
    const value = env.get(use.name);
    if (value === undefined || (use.emptyIsUnset && value === '')) missing.add(use.name);
  }
  return [...missing].sort();
}

/** Substitutes like the CLI does, for the plan shown in a dry run (values are not secrets here). */
export function interpolate(text: string, env: ReadonlyMap<string, string>): string {
  return text.replace(
    /\$(?:\$|\{([A-Za-z_][A-Za-z0-9_]*)(?:(:?[-?])([^}]*))?\}|([A-Za-z_][A-Za-z0-9_]*))/g,
    (all, braced, op, arg, bare) => {
      if (all === '$$') return '$';
      const name = (braced ?? bare) as string;
      const value = env.get(name);
      const unset =
        value === undefined || ((op as string | undefined)?.startsWith(':') === true && value === '');
      if (unset && (op === ':-' || op === '-')) return arg as string;
      return value ?? '';
    },
  );
}
