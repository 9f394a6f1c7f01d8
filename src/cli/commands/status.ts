import { parseArgs } from 'node:util';
import { formatStatus, statusJson } from '../../core/status.ts';
import { readConfigFile, selectTarget } from '../../pipeline/release/config-file.ts';
import { readTargetStatus } from '../../pipeline/status/target-status.ts';
import type { CliContext } from '../context.ts';
import { terminalReporter } from '../reporter.ts';

export const STATUS_USAGE = `Usage: gantry status [-c gantry.yml] --target NAME [--json]

What runs on a gantry.yml target now, reached as "gantry release" reaches it (reads only):
each service (Swarm: the stack's services) or workload (Kubernetes: the namespace's Deployments,
StatefulSets and DaemonSets) with its image as the spec pins it (digest) and the release it came
from (the image's tag, else its org.opencontainers.image.version label, else "unknown"), replicas
ready of desired, the update state (completed, updating, paused, rolled back, …), the versions of
gantry.yml's secrets it uses; then the deploy lock: free, or its holder and for how long.

  -c, --config FILE   the config (default gantry.yml)
  --target NAME       the target (optional when the config has one)
  --json              print one JSON object (stable keys) instead of text

Exit code 0: shown, 1: the target failed the request, 2: bad arguments or config (named), or the
target refused the connection.
`;

const options = {
  config: { type: 'string', short: 'c', default: 'gantry.yml' },
  target: { type: 'string' },
  json: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} as const;

/** `gantry status`: what runs on a target now, and its lock. */
export async function statusCommand(argv: string[], ctx: CliContext): Promise<number> {
  const { values } = parseArgs({ args: argv, strict: true, options });
  if (values.help) {
    ctx.out(STATUS_USAGE);
    return 0;
  }
  const config = readConfigFile(values.config);
  const target = selectTarget(config, values.target);
  const names = config.secrets.values.map((s) => s.name);
  const status = await readTargetStatus(target, names, terminalReporter(ctx), ctx.signal);
  ctx.out(
    values.json ? `${JSON.stringify(statusJson(status), null, 2)}\n` : formatStatus(status, new Date()),
  );
  return 0;
}
