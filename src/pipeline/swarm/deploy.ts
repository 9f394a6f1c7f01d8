import { existsSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { DockerClient } from '../../adapters/docker.ts';
import { lastLine, ToolError } from '../../adapters/exec.ts';
import { ConfigurationError, StepFailure } from '../../core/errors.ts';
import type { SmokeReport } from '../../core/smoke/check.ts';
import type { SmokeOptions } from '../../core/smoke/options.ts';
import {
  serviceLogsArgs,
  servicePsArgs,
  serviceRemoveArgs,
  serviceRollbackArgs,
  stackDeployArgs,
} from '../../core/swarm/argv.ts';
import { type ComposeAnalysis, imageOverride } from '../../core/swarm/compose.ts';
import { baselineOf, type ServiceVerdict } from '../../core/swarm/convergence.ts';
import type { SwarmSecret, SwarmService } from '../../core/swarm/engine-types.ts';
import type { Reporter } from '../reporter.ts';
import { smokeAfterDeploy } from '../smoke/after-deploy.ts';
import { acquireLock, type HeldLock, type LockRequest, releaseLock } from './lock.ts';
import { absentStackFile, formatObjects, formatPlan, planServices, type ServicePlan } from './plan.ts';
import { readStack, watchStack } from './watch.ts';

export type DeployStatus = 'deployed' | 'rolled-back' | 'failed';

export interface SwarmDeployRequest {
  stack: string;
  composePaths: string[];
  analysis: ComposeAnalysis;
  /** Variables for stack-file interpolation (the `env` input), on top of the process environment. */
  env: Record<string, string>;
  imagePins: ReadonlyMap<string, string>;
  prune: boolean;
  withRegistryAuth: boolean;
  timeoutMs: number;
  noProgressMs: number;
  rollback: boolean;
  dryRun: boolean;
  smoke: SmokeOptions | undefined;
  /** Secret names another stage of this run creates first (for the dry run's existence check). */
  pendingSecrets: readonly string[];
  lock: LockRequest;
  /** A private folder for the image override file. */
  workDir: string;
  signal?: AbortSignal;
  /** Told about the lock as soon as it is held, so `post` can release it after a cancel. */
  onLock?: (lock: HeldLock) => void;
}

export interface ServiceOutcome extends ServicePlan {
  state: string;
  reason: string | null;
}

export interface SwarmDeployResult {
  status: DeployStatus;
  message: string;
  services: ServiceOutcome[];
  smoke: SmokeReport | undefined;
  rolledBack: string[];
  removed: string[];
}

async function diagnose(
  docker: DockerClient,
  failing: readonly ServiceVerdict[],
  report: Reporter,
): Promise<void> {
  for (const service of failing) {
    await report.group(`Diagnostics: ${service.name}`, async () => {
      report.error(`${service.name}: ${service.reason ?? 'did not converge'}`);
      const ps = await docker
        .run(servicePsArgs(service.name), { allowFailure: true, timeoutMs: 15_000 })
        .catch((e: Error) => ({ stdout: e.message }));
      report.info('Tasks (docker service ps --no-trunc):');
      for (const line of ps.stdout.split('\n').slice(0, 20)) report.info(`  ${line}`);
      // Logs are bounded in lines and in time: a hung log stream cannot hang the step.
      const logs = await docker
        .run(serviceLogsArgs(service.name, 30), { allowFailure: true, timeoutMs: 10_000 })
        .catch((e: Error) => ({ stdout: `(logs unavailable: ${e.message.split('\n')[0]})`, stderr: '' }));
      report.info('Last log lines (docker service logs --tail 30):');
      for (const line of `${logs.stdout}\n${'stderr' in logs ? logs.stderr : ''}`
        .trim()
        .split('\n')
        .slice(-30))
        report.info(`  ${line}`);
    });
  }
}

function checkSecrets(request: SwarmDeployRequest, existing: readonly SwarmSecret[]): string[] {
  const names = new Set([...existing.map((s) => s.Spec.Name), ...request.pendingSecrets]);
  return request.analysis.secrets
    .filter((s) => s.external && !names.has(s.name))
    .map((s) => `${s.key} (${s.name})`);
}

/** External configs and networks the engine does not have (`key (name)`), as Docker would refuse them. */
async function missingExternals(docker: DockerClient, request: SwarmDeployRequest): Promise<string[]> {
  const { configs, networks } = request.analysis;
  const missing: string[] = [];
  for (const [kind, endpoint, objects] of [
    ['config', '/configs', configs],
    ['network', '/networks', networks],
  ] as const) {
    const external = objects.filter((o) => o.external);
    if (external.length === 0) continue;
    const listed = await docker.api<Array<{ Name?: string; Spec?: { Name: string } }>>('GET', endpoint);
    const names = new Set(listed.map((o) => o.Spec?.Name ?? o.Name));
    for (const o of external) if (!names.has(o.name)) missing.push(`${kind} ${o.key} (${o.name})`);
  }
  return missing;
}

export async function deploySwarmStack(
  docker: DockerClient,
  request: SwarmDeployRequest,
  report: Reporter,
): Promise<SwarmDeployResult> {
  const { stack } = request;
  // Files Docker reads when it loads or deploys the stack (env_file, secret and config files).
  const absent = absentStackFile(request.analysis, existsSync);
  if (absent !== undefined) throw new ConfigurationError(absent);
  const before = await readStack(docker, stack);
  const secrets = await docker.api<SwarmSecret[]>('GET', '/secrets');
  const plans = planServices(stack, request.analysis, request.imagePins, before.services, request.prune);
  const missingSecrets = checkSecrets(request, secrets);
  const missingOthers = await missingExternals(docker, request);
  await report.group(`Plan for stack ${stack}`, async () => {
    for (const line of formatPlan(plans)) report.info(line);
    for (const line of formatObjects(request.analysis)) report.info(line);
  });
  if (missingSecrets.length > 0) {
    throw new StepFailure(
      `stack file names external secrets that do not exist on the engine: ${missingSecrets.join(', ')}`,
    );
  }
  if (missingOthers.length > 0) {
    throw new StepFailure(
      `stack file names external objects that do not exist on the engine: ${missingOthers.join(', ')}`,
    );
  }
  const outcome = (
    state: (p: ServicePlan) => string,
    reason: (p: ServicePlan) => string | null = () => null,
  ) => plans.map((p) => ({ ...p, state: state(p), reason: reason(p) }));
  if (request.dryRun) {
    return {
      status: 'deployed',
      message: 'dry run: nothing was changed',
      services: outcome(() => 'planned'),
      smoke: undefined,
      rolledBack: [],
      removed: [],
    };
  }

  const lock = await acquireLock(
    docker,
    { ...request.lock, stack, ttlMs: request.timeoutMs * 2 + 300_000 },
    report,
  );
  request.onLock?.(lock);
  try {
    const composeFiles = [...request.composePaths];
    if (request.imagePins.size > 0) {
      const override = path.join(request.workDir, 'gantry-image-pins.yml');
      writeFileSync(
        override,
        imageOverride(request.imagePins, request.analysis.services, 'images', request.analysis.version),
        { mode: 0o600 },
      );
      composeFiles.push(override);
    }
    const baseline = baselineOf(before.services);
    // `docker stack deploy` updates the services one by one: when the engine refuses one (a port
    // taken, a bad spec), the ones before it are already updated. That is a failed deploy like any
    // other, rolled back below, never a half-deployed stack left behind.
    const refused = await report.group(`docker stack deploy ${stack}`, async () => {
      const result = await docker
        .run(
          stackDeployArgs({
            stack,
            composeFiles,
            prune: request.prune,
            withRegistryAuth: request.withRegistryAuth,
          }),
          { vars: request.env, timeoutMs: 300_000, allowFailure: true },
        )
        .catch((error: unknown) => {
          // A CLI that hangs (timed out) may have updated some services too: the same path.
          if (!(error instanceof ToolError) || request.signal?.aborted) throw error;
          // The CLI's own words first, then why it stopped (the line the refusal is taken from).
          return { exitCode: -1, stdout: '', stderr: `${error.stderr}\n${error.message.split('\n')[0]}` };
        });
      for (const line of `${result.stdout}\n${result.stderr}`.trim().split('\n')) if (line) report.info(line);
      return result.exitCode === 0
        ? undefined
        : (lastLine(result.stderr) ?? `exited with code ${result.exitCode}`);
    });
    let failure: string | undefined;
    let failing: ServiceVerdict[] = [];
    let verdicts: ServiceVerdict[] = [];
    let after: SwarmService[];
    let smoke: SmokeReport | undefined;
    if (refused !== undefined) {
      failure = `docker stack deploy failed: ${refused}`;
      after = (await readStack(docker, stack)).services;
    } else {
      const watched = await report.group(`Waiting for stack ${stack} to converge`, () =>
        watchStack(
          docker,
          {
            stack,
            baseline,
            mode: 'deploy',
            timeoutMs: request.timeoutMs,
            noProgressMs: request.noProgressMs,
            ...(request.signal ? { signal: request.signal } : {}),
          },
          report,
        ),
      );
      verdicts = watched.verdict.services;
      failing = verdicts.filter((s) => s.phase !== 'converged');
      if (watched.verdict.phase === 'failed')
        failure = failing
          .filter((s) => s.phase === 'failed')
          .map((s) => `${s.name}: ${s.reason}`)
          .join('; ');
      else if (watched.timedOut !== undefined)
        failure = `${watched.timedOut}: ${failing.map((s) => `${s.name} ${s.ready}/${s.desired}`).join(', ')}`;

      if (failure === undefined && request.smoke !== undefined) {
        const checked = await smokeAfterDeploy(request.smoke, request.signal, report);
        smoke = checked.smoke;
        failure = checked.failure;
        if (failure !== undefined) failing = [];
      }
      after = watched.snapshot.services;
    }
    if (failure === undefined) {
      return {
        status: 'deployed',
        message: `stack ${stack} converged${smoke ? ' and passed its smoke check' : ''}`,
        services: outcome(() => 'converged'),
        smoke,
        rolledBack: [],
        removed: [],
      };
    }

    report.error(`Deploy of stack ${stack} failed: ${failure}`);
    if (request.signal?.aborted) {
      // The runner kills a cancelled step within seconds: a rollback started now would be cut off.
      return {
        status: 'failed',
        message: `cancelled while waiting: Swarm goes on with the update by itself; check stack ${stack} or deploy again`,
        services: outcome(() => 'unknown'),
        smoke,
        rolledBack: [],
        removed: [],
      };
    }
    await diagnose(
      docker,
      failing.filter((s) => s.phase === 'failed' || s.ready < s.desired),
      report,
    );
    const reasons = new Map(verdicts.map((s) => [s.name, s.reason ?? null]));
    // The engine's refusal names the service it refused (`failed to update service <name>: …`).
    if (refused !== undefined) {
      const refusedService = /failed to (?:create|update) service (\S+?):/.exec(refused)?.[1];
      if (refusedService !== undefined) reasons.set(refusedService, refused);
    }
    // What this deploy changed, against the specs read before it (for a refused stack deploy: only
    // the services the engine had already taken when it refused one).
    const changed = after.filter(
      (s) =>
        baseline.services[s.Spec.Name] !== undefined &&
        baseline.services[s.Spec.Name]?.version !== s.Version.Index,
    );
    const created = after.filter((s) => baseline.services[s.Spec.Name] === undefined).map((s) => s.Spec.Name);
    if (changed.length === 0 && created.length === 0) {
      return {
        status: 'failed',
        message: `${failure}; no service of stack ${stack} was changed`,
        services: outcome(
          (p) => (reasons.get(p.name) ? 'failed' : 'unchanged'),
          (p) => reasons.get(p.name) ?? null,
        ),
        smoke,
        rolledBack: [],
        removed: [],
      };
    }
    const touched = new Set([...changed.map((s) => s.Spec.Name), ...created]);
    if (!request.rollback) {
      return {
        status: 'failed',
        message: `${failure}; rollback is off, the stack is left as it is`,
        services: outcome(
          (p) =>
            reasons.get(p.name)
              ? 'failed'
              : refused !== undefined && !touched.has(p.name)
                ? 'unchanged'
                : 'deployed',
          (p) => reasons.get(p.name) ?? null,
        ),
        smoke,
        rolledBack: [],
        removed: [],
      };
    }
    // Roll back every service whose spec this deploy changed; remove the ones it created.
    const swarmDidIt = new Set(verdicts.filter((s) => s.swarmRolledBack).map((s) => s.name));
    const rolledBack = changed.map((s) => s.Spec.Name);
    const result = await report.group('Rolling back', async () => {
      for (const name of rolledBack) {
        if (swarmDidIt.has(name)) {
          report.info(`${name}: Swarm is already rolling it back (update_config.failure_action: rollback)`);
          continue;
        }
        report.info(`${name}: docker service rollback`);
        await docker.run(serviceRollbackArgs(name), { timeoutMs: 60_000 });
      }
      if (created.length > 0) {
        report.info(`Removing services this deploy created: ${created.join(', ')}`);
        await docker.run(serviceRemoveArgs(created), { timeoutMs: 60_000 });
      }
      if (rolledBack.length === 0) return { ok: true, detail: '' };
      const back = await watchStack(
        docker,
        {
          stack,
          baseline: baselineOf(after),
          mode: 'rollback',
          timeoutMs: request.timeoutMs,
          noProgressMs: request.noProgressMs,
          only: new Set(rolledBack),
        },
        report,
      );
      return back.verdict.phase === 'converged'
        ? { ok: true, detail: '' }
        : { ok: false, detail: back.timedOut ?? back.verdict.services.map((s) => s.reason).join('; ') };
    });
    const status: DeployStatus = result.ok ? 'rolled-back' : 'failed';
    return {
      status,
      message: result.ok
        ? rolledBack.length > 0
          ? `${failure}. Rolled back ${rolledBack.length} service(s)${created.length ? ` and removed ${created.length} new one(s)` : ''}: the previous version is serving.`
          : Object.keys(baseline.services).length === 0
            ? `${failure}. Removed the ${created.length} service(s) this deploy created; nothing of this stack ran before.`
            : `${failure}. Removed the ${created.length} service(s) this deploy created; the others were not changed.`
        : `${failure}. The rollback did not converge either (${result.detail}): check the stack by hand.`,
      services: outcome(
        (p) =>
          rolledBack.includes(p.name)
            ? result.ok
              ? 'rolled-back'
              : 'rollback-failed'
            : created.includes(p.name)
              ? 'removed'
              : 'unchanged',
        (p) => reasons.get(p.name) ?? null,
      ),
      smoke,
      rolledBack,
      removed: created,
    };
  } finally {
    await releaseLock(docker, lock).catch((error: Error) =>
      report.warning(`could not release the deploy lock: ${error.message}`),
    );
  }
}
