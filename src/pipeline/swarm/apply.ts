import { writeFileSync } from 'node:fs';
import path from 'node:path';
import type { DockerClient } from '../../adapters/docker.ts';
import { lastLine, ToolError } from '../../adapters/exec.ts';
import { stackDeployArgs } from '../../core/swarm/argv.ts';
import { type ComposeAnalysis, imageOverride } from '../../core/swarm/compose.ts';
import { isOutOfSequence, OutOfSequence, retryOutOfSequence } from '../../core/swarm/update-state.ts';
import type { Reporter } from '../reporter.ts';

/** What the apply phase reads of a Swarm deploy's request. */
export interface ApplyRequest {
  stack: string;
  composePaths: string[];
  analysis: ComposeAnalysis;
  /** Variables for stack-file interpolation (the `env` input), on top of the process environment. */
  env: Record<string, string>;
  imagePins: ReadonlyMap<string, string>;
  prune: boolean;
  withRegistryAuth: boolean;
  /** A private folder for the image override file. */
  workDir: string;
  signal?: AbortSignal;
}

/** The stack files, and after them the override that pins each image to its digest (when any is pinned). */
export function composeFilesWithPins(request: ApplyRequest): string[] {
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
  return composeFiles;
}

/** One `docker stack deploy`: the engine's refusal (its last line), undefined when it accepted the stack. */
async function stackDeployOnce(
  docker: DockerClient,
  request: ApplyRequest,
  args: string[],
  report: Reporter,
): Promise<string | undefined> {
  const result = await docker
    .run(args, { vars: request.env, timeoutMs: 300_000, allowFailure: true })
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
}

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * The apply phase: `docker stack deploy`. Returns the engine's refusal (its last line), undefined
 * when the CLI accepted the stack.
 *
 * `docker stack deploy` updates the services one by one: when the engine refuses one (a port
 * taken, a bad spec), the ones before it are already updated. That is a failed deploy like any
 * other, rolled back later, never a half-deployed stack left behind. A refusal with `update out of
 * sequence` (Swarm wrote the service, e.g. an update's status, between the CLI's read and its
 * write) is not the stack's fault: the same deploy is run again, a few times with backoff.
 */
export function applyStack(
  docker: DockerClient,
  request: ApplyRequest,
  report: Reporter,
): Promise<string | undefined> {
  const { stack } = request;
  const composeFiles = composeFilesWithPins(request);
  const args = stackDeployArgs({
    stack,
    composeFiles,
    prune: request.prune,
    withRegistryAuth: request.withRegistryAuth,
  });
  return report.group(`docker stack deploy ${stack}`, () =>
    retryOutOfSequence(
      async () => {
        const refused = await stackDeployOnce(docker, request, args, report);
        if (refused !== undefined && isOutOfSequence(refused)) throw new OutOfSequence(refused);
        return refused;
      },
      sleep,
      (wait) =>
        report.info(
          `Swarm changed a service meanwhile (update out of sequence): deploying again in ${wait / 1000}s`,
        ),
    ).catch((error: unknown) => {
      if (error instanceof OutOfSequence) return error.message;
      throw error;
    }),
  );
}
