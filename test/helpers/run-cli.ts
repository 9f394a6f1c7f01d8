import { main } from '../../src/cli/main.ts';

/**
 * Runs one `gantry` invocation in-process (src/cli/main.ts) with `env` added to process.env for its
 * duration; what it printed on stdout and stderr, each chunk on a line of its own.
 */
export async function runCli(
  argv: string[],
  env: Record<string, string> = {},
): Promise<{ code: number; out: string; err: string }> {
  const out: string[] = [];
  const err: string[] = [];
  const saved = { ...process.env };
  Object.assign(process.env, env);
  try {
    const code = await main(argv, {
      out: (t) => out.push(t),
      err: (t) => err.push(t),
      signal: new AbortController().signal,
    });
    return { code, out: out.join(''), err: err.join('\n') };
  } finally {
    process.env = saved;
  }
}
