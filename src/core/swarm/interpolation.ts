/**
 * Variable substitution in one stack-file value, as `docker stack deploy` and `docker stack config`
 * do it (the Docker CLI's own compose loader, not Compose v2): `$VAR`, `${VAR}`, `${VAR:-default}`,
 * `${VAR-default}`, `${VAR:?message}`, `${VAR?message}`, and `$$` for a literal `$`. Anything else
 * after a `$` (`$(cmd)`, `${VAR:+x}`, a lone `$`) is an invalid interpolation format. Names are
 * matched case-insensitively, and the unbraced form takes an operator too (`$VAR-x` is `${VAR-x}`).
 */
export interface Substitution {
  value: string;
  /** Docker's reason for refusing the value (the part inside `invalid interpolation format …`). */
  error: string | undefined;
  /** Variables used with no default that the environment does not set (Gantry's stricter check). */
  unset: string[];
}

const PATTERN = /\$(?:(\$)|([_a-z][_a-z0-9]*(?::?[-?][^}]*)?)|\{([_a-z][_a-z0-9]*(?::?[-?][^}]*)?)\}|())/gi;

/** `strings.Cut`: the part before the first `sep` and the part after it. */
function partition(text: string, sep: string): [string, string] {
  const at = text.indexOf(sep);
  return at < 0 ? [text, ''] : [text.slice(0, at), text.slice(at + sep.length)];
}

type Applied = { applied: false } | { applied: true; value: string } | { applied: true; error: string };

/**
 * The four operators, tried in Docker's order; each applies when its separator appears anywhere
 * in the expression (so `${A:?x-y}` is read as `${A:?x` with the default `y`, as Docker reads it).
 */
function operators(expression: string, env: ReadonlyMap<string, string>, unset: string[]): Applied {
  if (expression.includes(':-')) {
    const [name, fallback] = partition(expression, ':-');
    const value = env.get(name);
    return { applied: true, value: value === undefined || value === '' ? fallback : value };
  }
  if (expression.includes('-')) {
    const [name, fallback] = partition(expression, '-');
    return { applied: true, value: env.get(name) ?? fallback };
  }
  for (const [sep, emptyIsUnset] of [
    [':?', true],
    ['?', false],
  ] as const) {
    if (!expression.includes(sep)) continue;
    const [name, message] = partition(expression, sep);
    const value = env.get(name);
    if (value === undefined || (emptyIsUnset && value === '')) {
      unset.push(name);
      return { applied: true, error: `required variable ${name} is missing a value: ${message}` };
    }
    return { applied: true, value };
  }
  return { applied: false };
}

export function substitute(template: string, env: ReadonlyMap<string, string>): Substitution {
  // Like Docker, the error is the one left by the last expression: a later valid expression in the
  // same value clears it (Docker then substitutes the empty string). Gantry still counts such a
  // variable as unset, so the stricter check refuses it.
  let error: string | undefined;
  const unset: string[] = [];
  const value = template.replace(PATTERN, (_all, escaped, named, braced) => {
    if (escaped !== undefined) return '$';
    const expression = (named ?? braced ?? '') as string;
    if (expression === '') {
      error = template;
      return '';
    }
    error = undefined;
    const result = operators(expression, env, unset);
    if (!result.applied) {
      const found = env.get(expression);
      if (found === undefined) unset.push(expression);
      return found ?? '';
    }
    if ('error' in result) {
      error = result.error;
      return '';
    }
    return result.value;
  });
  return { value, error, unset };
}

/** Substitutes like Docker, ignoring errors (for text that is shown, not deployed). */
export const interpolate = (text: string, env: ReadonlyMap<string, string>): string =>
  substitute(text, env).value;
