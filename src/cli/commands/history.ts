import { parseArgs } from 'node:util';
import { formatHistory, historyJson } from '../../core/release-history.ts';
import { readConfigFile, selectTarget } from '../../pipeline/release/config-file.ts';
import { readTargetHistory } from '../../pipeline/release/history.ts';
import type { CliContext } from '../context.ts';
import { terminalReporter } from '../reporter.ts';

export const HISTORY_USAGE = `Usage: gantry history [-c gantry.yml] --target NAME [--json]

The releases deployed to a gantry.yml target, newest first, read from the target itself: each
release's tag, the image refs it deployed (pinned by digest), the secret versions it mounted,
when, who or which run, and its verdict (deployed, rolled-back, failed; a rollback says to which
tag). Every release that reaches the deploy stage is recorded on the target (Swarm: one config
object per release labelled gantry.stack=<stack>,gantry.release=1; Kubernetes: the ConfigMap
gantry-releases-<stack> in the target's namespace), the last 20 kept.

  -c, --config FILE   the config (default gantry.yml)
  --target NAME       the target (optional when the config has one)
  --json              print one JSON object (stable keys) instead of text

Exit code 0: done, 1: the target failed the request, 2: bad arguments or config (named), or the
target refused the connection.
`;

export const historyOptions = {
  config: { type: 'string', short: 'c', default: 'gantry.yml' },
  target: { type: 'string' },
  json: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} as const;

export async function historyCommand(argv: string[], ctx: CliContext): Promise<number> {
  const { values } = parseArgs({
    args: argv,
    strict: true,
    allowPositionals: false,
    options: historyOptions,
  });
  if (values.help) {
    ctx.out(HISTORY_USAGE);
    return 0;
  }
  const target = selectTarget(readConfigFile(values.config), values.target);
  const history = await readTargetHistory(target, terminalReporter(ctx), ctx.signal);
  ctx.out(
    values.json
      ? `${JSON.stringify(historyJson(history.target, history.kind, history.where, history.entries), null, 2)}\n`
      : formatHistory(history.target, history.where, history.entries),
  );
  return 0;
}
