import type { DockerClient } from '../../adapters/docker.ts';
import type { SwarmTarget } from '../../core/config/model.ts';
import type { ColorsStatus, WorkloadStatus } from '../../core/status.ts';
import { COLORS, colorStack } from '../../core/strategy/blue-green.ts';
import { readSwarmWorkloads } from '../swarm/status.ts';
import { readColorState, runningColors } from '../swarm/switch.ts';

/**
 * A blue-green Swarm target's services (those of both colour stacks) and its colours as recorded
 * on the proxy service, for `gantry status`.
 */
export async function readBlueGreenStatus(
  docker: DockerClient,
  target: SwarmTarget & { blueGreen: NonNullable<SwarmTarget['blueGreen']> },
  prefixes: (stack: string) => ReadonlyMap<string, string>,
): Promise<{ workloads: WorkloadStatus[]; blueGreen: ColorsStatus }> {
  const settings = target.blueGreen;
  const state = await readColorState(docker, {
    service: settings.proxyService,
    variable: settings.switchVariable,
    input: `targets.${target.name}.swarm.proxy-service`,
  });
  const running = await runningColors(docker, target.stack);
  const workloads: WorkloadStatus[] = [];
  for (const color of COLORS) {
    const stack = colorStack(target.stack, color);
    // The secrets are the target's (<stack>_<NAME>_<version>), whatever the colour.
    const found = await readSwarmWorkloads(docker, stack, prefixes(target.stack));
    workloads.push(...found);
  }
  return {
    workloads,
    blueGreen: {
      proxy: settings.proxyService,
      live: state.live ?? null,
      previous: state.previous ?? null,
      previousUntil: state.previousUntil ?? null,
      running: COLORS.filter((c) => running.has(c)),
    },
  };
}
