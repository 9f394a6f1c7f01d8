import { parseArgs } from 'node:util';
import { isConfigurationError } from '../../core/errors.ts';
import { readConfigFile, selectTarget } from '../../pipeline/release/config-file.ts';
import { rollbackEntry, runRollback } from '../../pipeline/release/history.ts';
import { formatSummary, type ReleaseOptions, StageLog } from '../../pipeline/release/stage-log.ts';
import type { CliContext } from '../context.ts';
import { cliLockHolder } from '../lock-holder.ts';
import { createProgress, isLive, type Progress } from '../progress.ts';

export const ROLLBACK_USAGE = `Usage: gantry rollback [-c gantry.yml] --target NAME [--to TAG] [--skip-smoke]

Deploys an earlier release again from the target's own record (see gantry history): the release
before the current one, or the newest deployed release of --to TAG. Its images are deployed
pinned by the digests it recorded and its secrets are the versions it used (nothing is built or
created, nothing pruned), through the same deploy lock, watch, smoke check and rollback on
failure as gantry release; the rollback is recorded on the target as a new entry. Refused (exit
2, nothing changed) when a secret version the release used is no longer on the target (a prune
removed it).

  -c, --config FILE   the config (default gantry.yml)
  --target NAME       the target (optional when the config has one)
  --to TAG            the release to go back to (default: the one before the current one)
  --skip-smoke        do not run the smoke check

Exit code 0: deployed, 1: the rollback's deploy was itself rolled back or failed, 2: bad
arguments or config (named), no such release, a secret version gone, a refused connection or a
deploy lock still held.
`;

export const rollbackOptions = {
  config: { type: 'string', short: 'c', default: 'gantry.yml' },
  target: { type: 'string' },
  to: { type: 'string' },
  'skip-smoke': { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} as const;

export async function rollbackCommand(argv: string[], ctx: CliContext): Promise<number> {
  const { values } = parseArgs({ args: argv, strict: true, options: rollbackOptions });
  if (values.help) {
    ctx.out(ROLLBACK_USAGE);
    return 0;
  }
  const flags: ReleaseOptions = {
    dryRun: false,
    skipBuild: true,
    skipSmoke: values['skip-smoke'] === true,
    tag: values.to,
    lockHolder: cliLockHolder('gantry rollback'),
  };
  const config = readConfigFile(values.config);
  const target = selectTarget(config, values.target);
  const progress: Progress = createProgress((text) => process.stderr.write(text), isLive(process.env));
  const log = new StageLog(progress);
  const started = Date.now();
  const summary = () => ctx.out(formatSummary(log.results, (Date.now() - started) / 1000));
  try {
    const entry = await rollbackEntry(config, target, values.to, progress, ctx.signal);
    progress.info(`rollback of target ${target.name} to ${entry.tag} (released ${entry.at} by ${entry.by})`);
    const deployed = await runRollback({ config, target, entry, options: flags }, log, progress, ctx.signal);
    progress.stop();
    summary();
    ctx.err(deployed ? `rolled back to ${entry.tag}` : 'rollback FAILED');
    return deployed ? 0 : 1;
  } catch (error) {
    progress.stop();
    if (log.results.length > 0) summary();
    if (isConfigurationError(error)) {
      ctx.err(`gantry rollback: ${error.message}`);
      return 2;
    }
    if (error instanceof Error) {
      ctx.err(`gantry rollback: ${error.message}\nrollback FAILED`);
      return 1;
    }
    throw error;
  }
}
