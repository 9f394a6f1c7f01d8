import { parseArgs } from 'node:util';
import { ConfigurationError } from '../../core/errors.ts';
import { checkSince, maskedStrings } from '../../core/logs.ts';
import { readConfigFile, selectTarget } from '../../pipeline/release/config-file.ts';
import { knownSecretValues, streamTargetLogs } from '../../pipeline/status/target-logs.ts';
import type { CliContext } from '../context.ts';
import { terminalReporter } from '../reporter.ts';

export const LOGS_USAGE = `Usage: gantry logs [-c gantry.yml] --target NAME [SERVICE] [--since 10m] [--follow]

The logs of a gantry.yml target's services, reached as "gantry release" reaches it: Swarm,
"docker service logs" over the same one SSH connection; Kubernetes, "kubectl logs KIND/NAME
--all-containers --prefix" in the target's namespace. Every secret value gantry.yml names that
can be read here (secrets.values, the registry password) is printed as ***.

  SERVICE             one service of the stack (web or <stack>_web) or workload of the namespace
                      (web or deployment/web); all of them when absent. Checked before anything
                      is read: an unknown one is a usage error naming it.
  -c, --config FILE   the config (default gantry.yml)
  --target NAME       the target (optional when the config has one)
  --since DURATION    only lines newer than this: 30s, 10m, 2h, 1h30m
  -f, --follow        keep printing new lines until Ctrl-C

Exit code 0: printed (or stopped with Ctrl-C), 1: the target or the tool failed, 2: bad
arguments or config (named), or the target refused the connection.
`;

const options = {
  config: { type: 'string', short: 'c', default: 'gantry.yml' },
  target: { type: 'string' },
  since: { type: 'string' },
  follow: { type: 'boolean', short: 'f' },
  help: { type: 'boolean', short: 'h' },
} as const;

/** `gantry logs`: the services' logs, secret values masked. */
export async function logsCommand(argv: string[], ctx: CliContext): Promise<number> {
  const { values, positionals } = parseArgs({ args: argv, strict: true, options, allowPositionals: true });
  if (values.help) {
    ctx.out(LOGS_USAGE);
    return 0;
  }
  if (positionals.length > 1)
    throw new ConfigurationError(
      `one SERVICE at most (got ${positionals.map((p) => JSON.stringify(p)).join(', ')})`,
    );
  const since = checkSince(values.since);
  const config = readConfigFile(values.config);
  const target = selectTarget(config, values.target);
  const masked = maskedStrings(knownSecretValues(config));
  await streamTargetLogs(
    target,
    { service: positionals[0], since, follow: values.follow === true, masked },
    { out: (t) => ctx.out(t), err: (t) => ctx.err(t) },
    terminalReporter(ctx),
    ctx.signal,
  );
  return 0;
}
