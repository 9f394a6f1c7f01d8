import type { DockerClient, EngineEvent } from '../../adapters/docker.ts';
import { STACK_LABEL } from '../../core/swarm/engine-types.ts';

// When a watch reads its stack again: every `pollMs`, or as soon as the engine says something of
// the stack changed (a service's update state, one of its containers started, healthy, stopped),
// so a verdict comes a round trip after Swarm reaches it, not up to a poll later. The events only
// wake the watch: the verdict is always judged on a fresh read of the stack, never on an event.
// Service events come from the managers for the whole Swarm; container events only from the node
// this engine runs on (tasks elsewhere are seen at the next poll). A container's event comes
// before the manager has recorded its task's new state, so for a second after an event the watch
// reads every 100 ms. When the stream cannot be opened or ends (the connection lost, the engine
// restarted), the watch goes on polling.

export interface Wakeup {
  /** Resolves after `ms`, or earlier once an event of the stack came since the last wait began. */
  wait(ms: number): Promise<void>;
  close(): void;
}

/** For this long after an event, reads come every FOLLOW_UP_MS: the task states catch up. */
const FOLLOW_UP_FOR_MS = 1000;
const FOLLOW_UP_MS = 100;

const ACTIONS = ['update', 'create', 'remove', 'start', 'health_status', 'die', 'stop', 'destroy'];

/** Whether an engine event is about this stack: one of its services, or a container of one. */
export function concernsStack(event: EngineEvent, stack: string): boolean {
  const attributes = event.Actor?.Attributes ?? {};
  if (event.Type === 'service') return (attributes.name ?? '').startsWith(`${stack}_`);
  if (event.Type === 'container') return attributes[STACK_LABEL] === stack;
  return false;
}

/** Events of `stack` from `docker`'s event stream; a client without one (a test's fake) only polls. */
export function stackWakeup(docker: DockerClient, stack: string): Wakeup {
  let pending = false;
  let lastEventAt = Number.NEGATIVE_INFINITY;
  let wake: (() => void) | undefined;
  const filters = encodeURIComponent(JSON.stringify({ type: ['service', 'container'], event: ACTIONS }));
  const stream =
    typeof docker.events === 'function'
      ? docker.events(`/events?filters=${filters}`, (event) => {
          if (!concernsStack(event, stack)) return;
          pending = true;
          lastEventAt = Date.now();
          wake?.();
        })
      : undefined;
  return {
    wait: (ms) =>
      new Promise<void>((resolve) => {
        const done = () => {
          clearTimeout(timer);
          wake = undefined;
          pending = false;
          resolve();
        };
        const following = Date.now() - lastEventAt < FOLLOW_UP_FOR_MS;
        const timer = setTimeout(done, pending ? 0 : following ? Math.min(ms, FOLLOW_UP_MS) : ms);
        wake = done;
      }),
    close: () => stream?.close(),
  };
}
