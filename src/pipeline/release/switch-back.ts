import type { Target } from '../../core/config/model.ts';
import { ConfigurationError } from '../../core/errors.ts';
import { type Color, switchBackTo, switchLabels } from '../../core/strategy/blue-green.ts';
import type { Reporter } from '../reporter.ts';
import { underStackLock } from '../swarm/lock.ts';
import { readColorState, runningColors, switchProxy } from '../swarm/switch.ts';
import { releaseLock } from './outcome.ts';
import { openSwarm } from './swarm.ts';
import { proxyOf } from './swarm-blue-green.ts';

/**
 * `gantry switch back`: points a blue-green target's proxy at the colour that was live before the
 * last switch, while that colour still runs (refused, nothing changed, when it does not), under the
 * target's deploy lock. The colour that was live stays running, so switching back again undoes it.
 */
export async function switchBack(
  target: Target,
  lockHolder: string,
  report: Reporter,
  signal: AbortSignal,
): Promise<{ from: Color; to: Color }> {
  const settings = target.kind === 'swarm' ? target.blueGreen : undefined;
  if (target.kind !== 'swarm' || settings === undefined)
    throw new ConfigurationError(
      `target ${target.name} is not a blue-green target (strategy: blue-green on a Swarm target)`,
      '--target',
    );
  const engine = await openSwarm(target, report, signal);
  try {
    const proxy = proxyOf(target, settings);
    const lock = {
      ...releaseLock(target, lockHolder),
      stack: target.stack,
      ttlMs: target.timeoutMs * 2 + 300_000,
    };
    return await underStackLock(engine.docker, lock, report, undefined, async () => {
      const state = await readColorState(engine.docker, proxy);
      const plan = switchBackTo(state, await runningColors(engine.docker, target.stack));
      if ('refused' in plan) throw new ConfigurationError(`cannot switch back: ${plan.refused}`, '--target');
      await switchProxy(
        engine.docker,
        proxy,
        plan.to,
        switchLabels(plan.to, plan.from, state.previousUntil ?? new Date().toISOString()),
        target.timeoutMs,
        report,
      );
      return plan;
    });
  } finally {
    await engine.close();
  }
}
