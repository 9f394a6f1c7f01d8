import { parseArgs } from 'node:util';
import { parseBuildOptions } from '../../core/build/options.ts';
import { rawBuildInputs } from '../../core/config/load.ts';
import { formatPlan, planRelease } from '../../core/config/plan.ts';
import { ConfigurationError, isConfigurationError } from '../../core/errors.ts';
import { buildMetadata } from '../../pipeline/build/run.ts';
import {
  onPath,
  readConfigFile,
  readSecretValues,
  selectTarget,
} from '../../pipeline/release/config-file.ts';
import type { CliContext } from '../context.ts';

export const PLAN_USAGE = `Usage: gantry plan --target NAME [-c gantry.yml] [--tag TAG] [--skip-build] [--skip-smoke]

Prints what "gantry release" would do for the target, stage by stage (build → scan → secrets →
deploy → smoke → prune), and touches nothing: no docker, ssh or kubectl is run (git is read for
the tags). Secret versions in content mode are computed when their values can be read. With
--skip-build the release resolves the tag to its digest in the registry; the plan does not ask it.
Exit code 0: planned, 2: bad arguments or config.
`;

export async function planCommand(argv: string[], ctx: CliContext): Promise<number> {
  const { values } = parseArgs({
    args: argv,
    strict: true,
    options: {
      config: { type: 'string', short: 'c', default: 'gantry.yml' },
      target: { type: 'string' },
      tag: { type: 'string' },
      'skip-build': { type: 'boolean' },
      'skip-smoke': { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    ctx.out(PLAN_USAGE);
    return 0;
  }
  try {
    const skipBuild = values['skip-build'] === true;
    if (skipBuild && values.tag === undefined)
      throw new ConfigurationError('is required with --skip-build (the pushed tag to deploy)', '--tag');
    const config = readConfigFile(values.config);
    const target = selectTarget(config, values.target);
    // The tags come from the git ref (the same for every image), so the first image's build gives them.
    const first = config.images[0];
    if (first === undefined) throw new ConfigurationError('is required', 'image');
    const options = parseBuildOptions(
      rawBuildInputs(config, first, values.tag ? [values.tag] : [], 'not-read'),
    );
    const meta = await buildMetadata(options);
    const stages = planRelease({
      config,
      target,
      tags: meta.tags,
      tag: values.tag,
      skipBuild,
      skipSmoke: values['skip-smoke'] === true,
      trivyInstalled: onPath('trivy'),
      secretValues: readSecretValues(config, false),
      commit: process.env.GITHUB_SHA || meta.revision || '0000000',
      now: new Date(),
      env: new Map(Object.entries(process.env).filter((e): e is [string, string] => e[1] !== undefined)),
    });
    ctx.out(formatPlan(target, stages));
    return 0;
  } catch (error) {
    if (!isConfigurationError(error)) throw error;
    ctx.err(`gantry plan: ${error.message}`);
    return 2;
  }
}
