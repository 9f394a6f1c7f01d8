import type { Target } from '../../core/config/model.ts';
import { ConfigurationError } from '../../core/errors.ts';
import type { BlueGreenSettings, Color } from '../../core/strategy/blue-green.ts';
import type { Reporter } from '../reporter.ts';
import { type ColorsRequest, expirePreviousColor, switchBackColors } from '../swarm/switch-back.ts';
import { k8sExpirePrevious, k8sSwitchBack } from './k8s-switch-back.ts';
import { releaseLock } from './outcome.ts';
import { proxyInputOf } from './swarm-blue-green.ts';
import { openSwarm } from './swarm-engine.ts';

/** A blue-green Swarm target, or the refusal naming --target. */
function blueGreenTarget(target: Target) {
  const settings: BlueGreenSettings | undefined = target.kind === 'swarm' ? target.blueGreen : undefined;
  if (target.kind !== 'swarm' || settings === undefined)
    throw new ConfigurationError(
      `target ${target.name} is not a blue-green target (strategy: blue-green on a Swarm or Kubernetes target)`,
      '--target',
    );
  return { target, settings };
}

/** Runs `body` on the target's engine (one SSH connection), with the request its colours are read by. */
async function onColors<T>(
  given: Target,
  lockHolder: string,
  report: Reporter,
  signal: AbortSignal,
  body: (engine: Awaited<ReturnType<typeof openSwarm>>, request: ColorsRequest) => Promise<T>,
): Promise<T> {
  const { target, settings } = blueGreenTarget(given);
  const engine = await openSwarm(target, report, signal);
  try {
    return await body(engine, {
      stack: target.stack,
      settings,
      proxyInput: proxyInputOf(target),
      input: '--target',
      timeoutMs: target.timeoutMs,
      lock: releaseLock(target, lockHolder),
    });
  } finally {
    await engine.close();
  }
}

/**
 * `gantry switch back`: points a blue-green target's proxy at the colour that was live before the
 * last switch, while that colour still runs (refused, nothing changed, when it does not), under the
 * target's deploy lock. The colour that was live stays running, so switching back again undoes it.
 */
export const switchBack = (
  target: Target,
  lockHolder: string,
  report: Reporter,
  signal: AbortSignal,
): Promise<{ from: Color; to: Color }> =>
  target.kind === 'kubernetes' && target.blueGreen !== undefined
    ? k8sSwitchBack(target, target.blueGreen, { holder: lockHolder, report, signal })
    : onColors(target, lockHolder, report, signal, (engine, request) =>
        switchBackColors(engine.docker, request, report),
      );

/** `gantry switch expire`: removes the previous colour once its keep-previous time is up; else nothing. */
export const expirePrevious = (
  target: Target,
  lockHolder: string,
  report: Reporter,
  signal: AbortSignal,
): Promise<{ removed: Color | undefined; live: Color | undefined; previous: Color | undefined }> =>
  target.kind === 'kubernetes' && target.blueGreen !== undefined
    ? k8sExpirePrevious(target, target.blueGreen, { holder: lockHolder, report, signal })
    : onColors(target, lockHolder, report, signal, async (engine, request) => {
        const { state, removed } = await expirePreviousColor(engine.docker, request, report);
        return { removed, live: state.live, previous: state.previous };
      });
