import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseReplicasMode, type ReplicasMode } from '../../core/deploy/replicas-mode.ts';
import { ConfigurationError } from '../../core/errors.ts';
import { actionJobs, parsePreDeployInput } from '../../core/pre-deploy/input.ts';
import type { ResolvedJob } from '../../core/pre-deploy/jobs.ts';
import { checkRegistryHost } from '../../core/registry/reference.ts';
import { deploySmokeOptions, type SmokeOptions } from '../../core/smoke/options.ts';
import {
  type ComposeAnalysis,
  type ComposeFile,
  checkEnvGroups,
  parseImagePins,
} from '../../core/swarm/compose.ts';
import { checkImagePins } from '../../core/swarm/image-pins.ts';
import { checkStackFiles, checkStackName, interpolationEnv } from '../../core/swarm/request.ts';
import { readSwarmConnection, type SwarmConnection } from '../../runtime/connection.ts';
import { readDeploymentInputs } from '../../runtime/deployment-record.ts';
import {
  readBoolean,
  readDuration,
  readLines,
  readListOr,
  readMap,
  readRequired,
  readSecret,
  readString,
  readText,
} from '../../runtime/inputs.ts';

export interface DeploySwarmInputs {
  connection: SwarmConnection;
  stack: string;
  composePaths: string[];
  analysis: ComposeAnalysis;
  env: Record<string, string>;
  imagePins: Map<string, string>;
  registry: { server: string; username: string; password: string } | undefined;
  prune: boolean;
  timeoutMs: number;
  noProgressMs: number;
  rollback: boolean;
  lockTimeoutMs: number;
  smoke: SmokeOptions | undefined;
  /** `replicas`: what the deploy does with a count scaled by hand since the last release. */
  replicas: ReplicasMode;
  /** `pre-deploy`: jobs run under the lock before the stack is deployed. */
  preDeploy: ResolvedJob[];
  dryRun: boolean;
  environment: string;
  environmentUrl: string;
}

/** Reads and checks every input, and the stack files, before anything touches the engine. */
export function readDeploySwarmInputs(): DeploySwarmInputs {
  const connection = readSwarmConnection();
  const stack = checkStackName('stack', readRequired('stack'));
  const envInput = readMap('env');
  const interpolation = interpolationEnv(process.env, envInput);

  const workspace = process.env.GITHUB_WORKSPACE || process.cwd();
  const composePaths = readListOr('compose-file', ['docker-stack.yml']).map((p) =>
    path.resolve(workspace, p),
  );
  const files: ComposeFile[] = composePaths.map((file) => {
    try {
      return { path: file, text: readFileSync(file, 'utf8') };
    } catch (error) {
      throw new ConfigurationError(
        `cannot read ${file}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`,
        'compose-file',
      );
    }
  });
  const analysis = checkStackFiles(files, interpolation, stack, { compose: 'compose-file', env: 'env' });
  checkEnvGroups('env-groups', readLines('env-groups'), interpolation);
  const imagePins = checkImagePins(
    'images',
    parseImagePins('images', readLines('images')),
    analysis.services,
  );

  const server = readString('registry').trim();
  if (server !== '') checkRegistryHost('registry', server);
  const username = readString('registry-username').trim();
  const password = readSecret('registry-password');
  if ((username !== '' || password !== '') && server === '')
    throw new ConfigurationError('is required with registry-username', 'registry');
  if (server !== '' && (username === '' || password === '')) {
    throw new ConfigurationError(
      'registry-username and registry-password are both required with registry',
      username === '' ? 'registry-username' : 'registry-password',
    );
  }

  const smoke = deploySmokeOptions(
    readText('smoke-urls'),
    () => ({
      'expect-status': readString('smoke-expect-status'),
      'expect-json': readText('smoke-expect-json'),
      timeout: readString('smoke-timeout'),
    }),
    'smoke-',
  );

  return {
    connection,
    stack,
    composePaths,
    analysis,
    env: Object.fromEntries(envInput),
    imagePins,
    registry: server === '' ? undefined : { server, username, password },
    prune: readBoolean('prune', false),
    timeoutMs: readDuration('timeout', '10m'),
    noProgressMs: readDuration('no-progress-timeout', '3m'),
    rollback: readBoolean('rollback', true),
    replicas: parseReplicasMode('replicas', readString('replicas')),
    lockTimeoutMs: readDuration('lock-timeout', '5m'),
    smoke,
    preDeploy: actionJobs(
      'pre-deploy',
      parsePreDeployInput('pre-deploy', readText('pre-deploy')),
      imagePins,
      interpolation,
    ),
    dryRun: readBoolean('dry-run', false),
    ...readDeploymentInputs(),
  };
}
