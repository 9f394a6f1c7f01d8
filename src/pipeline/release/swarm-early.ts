import type { GantryConfig, SwarmTarget } from '../../core/config/model.ts';
import { heldReporter, type Reporter } from '../reporter.ts';
import { openSwarm, type SwarmEngine } from './swarm-engine.ts';

/**
 * A release's Swarm connection, opened while its images build and scan: the SSH session, the manager
 * check and the registry login for the deploy are done by the time the deploy stage starts. Nothing is
 * changed on the target and no lock is taken by opening it; what opening it says is held and told
 * when the deploy takes it, and an error opening it is thrown there, as if it had just been opened.
 */
export interface EarlySwarm {
  /** The engine, once open; its messages so far told to `report`. Throws what opening it threw. */
  take(report: Reporter): Promise<SwarmEngine>;
  /** Closes the engine when the release stopped before its deploy took it (build or scan failed). */
  discard(): Promise<void>;
}

export function openSwarmEarly(target: SwarmTarget, config: GantryConfig, signal: AbortSignal): EarlySwarm {
  const held = heldReporter();
  const opening = openSwarm(target, held, signal, config);
  // Observed by take() or discard(); until then a failure must not count as unhandled.
  opening.catch(() => undefined);
  let taken = false;
  return {
    take(report) {
      taken = true;
      held.release(report);
      return opening;
    },
    async discard() {
      if (taken) return;
      taken = true;
      const engine = await opening.catch(() => undefined);
      await engine?.close();
    },
  };
}
