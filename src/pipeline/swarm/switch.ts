import { type DockerClient, EngineError } from '../../adapters/docker.ts';
import { ConfigurationError } from '../../core/errors.ts';
import {
  COLORS,
  type Color,
  type ColorState,
  colorStack,
  colorState,
  proxyRollbackArgs,
  proxyUpdateArgs,
  type SwitchVariable,
  stackRemoveArgs,
} from '../../core/strategy/blue-green.ts';
import type { SwarmService } from '../../core/swarm/engine-types.ts';
import type { Reporter } from '../reporter.ts';
import { readStackServices } from './status.ts';

/** The proxy a blue-green target switches, as gantry.yml names it (`input` is its key, for errors). */
export interface ProxyRef {
  service: string;
  variable: SwitchVariable;
  input: string;
}

async function inspectProxy(docker: DockerClient, proxy: ProxyRef): Promise<SwarmService> {
  try {
    return await docker.api<SwarmService>('GET', `/services/${encodeURIComponent(proxy.service)}`);
  } catch (error) {
    if (error instanceof EngineError && error.status === 404)
      throw new ConfigurationError(
        `no Swarm service ${proxy.service} on the target (the proxy whose ${proxy.variable.name} Gantry switches): deploy it first`,
        proxy.input,
      );
    throw error;
  }
}

/** The colours as recorded on the proxy service (its labels, else its variable's value). */
export async function readColorState(docker: DockerClient, proxy: ProxyRef): Promise<ColorState> {
  const service = await inspectProxy(docker, proxy);
  const env = service.Spec.TaskTemplate?.ContainerSpec?.Env;
  return colorState(service.Spec.Labels ?? {}, Array.isArray(env) ? (env as string[]) : [], proxy.variable);
}

/** The colours whose stack (`<stack>-<colour>`) has services on the target. */
export async function runningColors(docker: DockerClient, stack: string): Promise<Set<Color>> {
  const found = await Promise.all(
    COLORS.map(async (c) =>
      (await readStackServices(docker, colorStack(stack, c))).length > 0 ? c : undefined,
    ),
  );
  return new Set(found.filter((c): c is Color => c !== undefined));
}

/**
 * Points the proxy at `to`: one start-first update of its service (the variable and Gantry's labels),
 * waited for; an update Swarm rolled back (the new proxy task never became healthy) is an error.
 */
export async function switchProxy(
  docker: DockerClient,
  proxy: ProxyRef,
  to: Color,
  labels: Readonly<Record<string, string>>,
  timeoutMs: number,
  report: Reporter,
): Promise<void> {
  report.info(`switching ${proxy.service} to ${to} (start-first)`);
  await docker.run(proxyUpdateArgs({ service: proxy.service, variable: proxy.variable, to, labels }), {
    timeoutMs,
  });
  await checkProxyUpdate(docker, proxy, 'completed');
}

/** The proxy's check of the update that ended, an error when Swarm did not complete it. */
async function checkProxyUpdate(docker: DockerClient, proxy: ProxyRef, done: string): Promise<void> {
  const after = await inspectProxy(docker, proxy);
  const state = after.UpdateStatus?.State;
  if (state !== undefined && state !== done)
    throw new Error(
      `the proxy update of ${proxy.service} ended ${state}${after.UpdateStatus?.Message ? `: ${after.UpdateStatus.Message}` : ''}`,
    );
}

/** Undoes the last switch: the proxy's previous spec (its variable's old value, the old labels), start-first. */
export async function rollBackProxy(
  docker: DockerClient,
  proxy: ProxyRef,
  timeoutMs: number,
  report: Reporter,
): Promise<void> {
  report.info(`switching ${proxy.service} back (its spec before the switch, start-first)`);
  await docker.run(proxyRollbackArgs(proxy.service), { timeoutMs });
  await checkProxyUpdate(docker, proxy, 'rollback_completed');
}

/** Removes a colour's stack (its services; Swarm stops their tasks). */
export async function removeColor(
  docker: DockerClient,
  stack: string,
  color: Color,
  report: Reporter,
): Promise<void> {
  report.info(`removing ${colorStack(stack, color)}`);
  await docker.run(stackRemoveArgs(colorStack(stack, color)));
}
