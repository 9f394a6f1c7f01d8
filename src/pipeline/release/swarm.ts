import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { DockerClient } from '../../adapters/docker.ts';
import type { GantryConfig, SwarmTarget } from '../../core/config/model.ts';
import { checkPrivateKey, parseKnownHosts } from '../../core/connection/target.ts';
import { ConfigurationError } from '../../core/errors.ts';
import { desiredSecrets } from '../../core/secrets/index.ts';
import { checkStackFiles, interpolationEnv } from '../../core/swarm/request.ts';
import { pruneSwarmSecrets } from '../prune/swarm.ts';
import type { Reporter } from '../reporter.ts';
import { applySwarmSecrets } from '../secrets/swarm.ts';
import { deploySwarmStack } from '../swarm/deploy.ts';
import { type EngineAccess, openDockerEngine } from '../swarm/engine.ts';
import { readNamedFile } from './config-file.ts';
import { deployStage, logSmoke, pruneDetail, pruneRuns, releaseLock } from './outcome.ts';
import type { ReleaseOptions, StageLog } from './stage-log.ts';

export interface SwarmEngine {
  docker: DockerClient;
  workDir: string;
  close(): Promise<void>;
}

/** The one SSH connection of the release (pinned host key) and a docker client on it. */
export async function openSwarm(
  target: SwarmTarget,
  report: Reporter,
  signal: AbortSignal,
): Promise<SwarmEngine> {
  const key = `targets.${target.name}.swarm`;
  const workDir = mkdtempSync(path.join(tmpdir(), 'gantry-release-'));
  const cleanup = () => rmSync(workDir, { recursive: true, force: true });
  try {
    const names = {
      host: `${key}.host`,
      sshKey: `${key}.ssh-key-file`,
      knownHosts: `${key}.known-hosts-file`,
      jumpHost: `${key}.jump-host`,
    };
    let access: EngineAccess = { target: target.target, privateKey: '', knownHosts: [], names };
    if (target.target.kind === 'ssh') {
      const knownHosts = parseKnownHosts(
        `${key}.known-hosts-file`,
        readNamedFile(`${key}.known-hosts-file`, target.knownHostsFile),
      );
      if (knownHosts.length === 0)
        throw new ConfigurationError('holds no host key line', `${key}.known-hosts-file`);
      const privateKey = checkPrivateKey(
        `${key}.ssh-key-file`,
        readNamedFile(`${key}.ssh-key-file`, target.sshKeyFile),
      );
      access = {
        target: target.target,
        privateKey,
        knownHosts,
        jumpHost: target.jumpHost,
        names,
      };
    }
    const engine = await openDockerEngine(access, workDir, report, signal);
    return {
      docker: engine.docker,
      workDir,
      close: async () => {
        await engine.close();
        cleanup();
      },
    };
  } catch (error) {
    cleanup();
    throw error;
  }
}

/** Secrets → deploy (with its smoke check and rollback) → prune, on one Swarm target. */
export async function releaseSwarm(
  config: GantryConfig,
  target: SwarmTarget,
  images: ReadonlyMap<string, string>,
  secretValues: ReadonlyMap<string, string | Uint8Array>,
  flags: ReleaseOptions,
  log: StageLog,
  report: Reporter,
  signal: AbortSignal,
): Promise<void> {
  const vars = new Map<string, string>([
    ...target.images.map((pin) => [pin.variable, images.get(pin.key) ?? ''] as const),
    ...Object.entries(target.env),
  ]);
  const engine = await openSwarm(target, report, signal);
  try {
    const desired = desiredSecrets({
      platform: 'swarm',
      stack: target.stack,
      mode: config.secrets.version,
      values: secretValues,
      commit: process.env.GITHUB_SHA || '0000000000000000000000000000000000000000',
      now: new Date(),
    });
    // The stack files are checked (with the secrets' names to be) before anything is created.
    const planned = new Map([...vars, ...desired.map((d) => [d.envName, d.fullName] as const)]);
    const analysis = checkStackFiles(
      target.stackFiles.map((p) => ({
        path: p,
        text: readNamedFile(`targets.${target.name}.swarm.stack-files`, p),
      })),
      interpolationEnv(process.env, planned),
      target.stack,
      { compose: `targets.${target.name}.swarm.stack-files`, env: `targets.${target.name}.swarm.env` },
    );
    let pending: string[] = [];
    if (config.secrets.values.length === 0) log.skip('secrets', 'no secrets in the config');
    else {
      await log.run('secrets', async () => {
        const plan = await applySwarmSecrets(
          engine.docker,
          {
            stack: target.stack,
            mode: config.secrets.version,
            desired,
            values: secretValues,
            dryRun: flags.dryRun,
          },
          report,
        );
        for (const [key, value] of Object.entries(plan.env)) vars.set(key, value);
        pending = plan.create.map((s) => s.fullName);
        return {
          status: 'ok',
          detail: `${plan.create.length} ${flags.dryRun ? 'to create' : 'created'}, ${plan.reuse.length} reused: ${Object.values(plan.env).join(', ')}`,
          value: undefined,
        };
      });
    }
    const smoke = flags.skipSmoke ? undefined : target.smoke;
    const deployed = await log.run('deploy', async () => {
      const result = await deploySwarmStack(
        engine.docker,
        {
          stack: target.stack,
          composePaths: target.stackFiles,
          analysis,
          env: Object.fromEntries(vars),
          imagePins: new Map(),
          prune: target.pruneServices,
          withRegistryAuth: false,
          timeoutMs: target.timeoutMs,
          noProgressMs: target.noProgressMs,
          rollback: target.rollback,
          dryRun: flags.dryRun,
          smoke,
          pendingSecrets: pending,
          lock: releaseLock(target, flags.lockHolder),
          workDir: engine.workDir,
          signal,
        },
        report,
      );
      return deployStage(result);
    });
    const result = deployed.value;
    logSmoke(log, flags, smoke !== undefined, result, 'the deploy did not converge, so nothing was checked');
    if (!pruneRuns(log, config, result)) return;
    await log.run('prune', async () => {
      const selection = await pruneSwarmSecrets(
        engine.docker,
        {
          stack: target.stack,
          keep: config.prune.keep,
          dryRun: flags.dryRun,
          lock: releaseLock(target, flags.lockHolder),
        },
        report,
      );
      return {
        status: 'ok',
        detail: pruneDetail(selection, flags.dryRun, config.prune.keep),
        value: undefined,
      };
    });
  } finally {
    await engine.close();
  }
}
