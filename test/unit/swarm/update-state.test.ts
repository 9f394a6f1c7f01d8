import { describe, expect, it } from 'vitest';
import type { SwarmService, UpdateState } from '../../../src/core/swarm/engine-types.ts';
import {
  describeService,
  hasNoPreviousSpec,
  isOutOfSequence,
  isSwarmRollback,
  OutOfSequence,
  outOfSequenceDelay,
  retryOutOfSequence,
  settleAction,
  unsettledServices,
} from '../../../src/core/swarm/update-state.ts';
import { service, task } from './fake-engine.ts';

// What a deploy does about an update Swarm has not finished, before it changes anything.

const withState = (short: string, state: UpdateState | undefined, message?: string): SwarmService => ({
  ...service(short, 10, 'app:v1'),
  ...(state === undefined
    ? {}
    : {
        UpdateStatus: {
          State: state,
          StartedAt: '2026-12-06T20:00:00Z',
          ...(message ? { Message: message } : {}),
        },
      }),
});

describe('settle rule', () => {
  it.each([
    [undefined, true, undefined],
    ['completed', true, undefined],
    ['rollback_completed', true, undefined],
    ['updating', true, 'wait'],
    ['rollback_started', false, 'wait'],
    ['paused', true, 'roll-back'],
    ['paused', false, 'deploy-over'],
    ['rollback_paused', true, 'deploy-over'],
  ] as const)('state %s, rollback %s: %s', (state, rollback, action) => {
    expect(settleAction(state, rollback)).toBe(action);
  });

  it('lists the unsettled services by name, with Swarm message', () => {
    const services = [
      withState('web', 'updating'),
      withState('api', 'paused', ' update paused due to failure '),
      withState('db', 'completed'),
      withState('worker', undefined),
    ];
    expect(unsettledServices(services, true)).toEqual([
      { name: 'shop_api', state: 'paused', message: 'update paused due to failure', action: 'roll-back' },
      { name: 'shop_web', state: 'updating', message: undefined, action: 'wait' },
    ]);
  });
});

describe('Swarm refusals', () => {
  it.each([
    [
      'failed to update service shop_api: Error response from daemon: rpc error: code = Unknown desc = update out of sequence',
      true,
    ],
    ['Error response from daemon: rpc error: code = Unknown desc = update out of sequence', true],
    ['service shop_api does not have a previous spec', false],
  ])('%s is out of sequence: %s', (text, expected) => {
    expect(isOutOfSequence(text)).toBe(expected);
  });

  it('knows a missing previous spec', () => {
    expect(
      hasNoPreviousSpec(
        'Error response from daemon: rpc error: code = FailedPrecondition desc = service 5k3 does not have a previous spec',
      ),
    ).toBe(true);
    expect(hasNoPreviousSpec('update out of sequence')).toBe(false);
  });

  it.each([
    ['rollback_started', true],
    ['rollback_paused', true],
    ['rollback_completed', true],
    ['updating', false],
    ['paused', false],
    [undefined, false],
  ] as const)('%s is a rollback by Swarm: %s', (state, expected) => {
    expect(isSwarmRollback(state)).toBe(expected);
  });

  it('waits 1, 2, 4, 8 s between five tries, then gives up', () => {
    expect([1, 2, 3, 4, 5].map(outOfSequenceDelay)).toEqual([1000, 2000, 4000, 8000, undefined]);
  });

  it('retries only OutOfSequence, and rethrows the last one', async () => {
    const waits: number[] = [];
    let tries = 0;
    await expect(
      retryOutOfSequence(
        async () => {
          tries++;
          throw new OutOfSequence('update out of sequence');
        },
        async () => {},
        (ms) => waits.push(ms),
      ),
    ).rejects.toThrow(OutOfSequence);
    expect(tries).toBe(5);
    expect(waits).toEqual([1000, 2000, 4000, 8000]);
    let other = 0;
    await expect(
      retryOutOfSequence(
        async () => {
          other++;
          throw new Error('no such service');
        },
        async () => {},
        () => {},
      ),
    ).rejects.toThrow('no such service');
    expect(other).toBe(1);
  });
});

describe('describeService', () => {
  it('says the update state, the running tasks and the image', () => {
    const s = withState('web', 'rollback_completed', 'rollback completed');
    expect(describeService(s, [task(s, 'running'), task(s, 'failed')])).toBe(
      'update state rollback_completed (rollback completed), 1/1 tasks running, image app:v1',
    );
    expect(describeService(withState('api', undefined), [])).toBe(
      'no update recorded, 0/1 tasks running, image app:v1',
    );
  });
});
