import { describe, expect, it } from 'vitest';
import type { DockerClient, EngineEvent } from '../../../src/adapters/docker.ts';
import { concernsStack, stackWakeup } from '../../../src/pipeline/swarm/wake.ts';

const service = (name: string, attributes: Record<string, string> = {}): EngineEvent => ({
  Type: 'service',
  Action: 'update',
  Actor: { Attributes: { name, ...attributes } },
});
const container = (stack: string): EngineEvent => ({
  Type: 'container',
  Action: 'die',
  Actor: { Attributes: { name: `${stack}_api.1.x`, 'com.docker.stack.namespace': stack } },
});

/** A client whose event stream the test feeds by hand. */
function streaming() {
  let emit: (event: EngineEvent) => void = () => undefined;
  const paths: string[] = [];
  let closed = 0;
  const docker = {
    events: (path: string, onEvent: (event: EngineEvent) => void) => {
      paths.push(path);
      emit = onEvent;
      return { ended: new Promise<void>(() => undefined), close: () => closed++ };
    },
  } as unknown as DockerClient;
  return { docker, paths, emit: (e: EngineEvent) => emit(e), closed: () => closed };
}

describe('concernsStack', () => {
  it.each([
    [service('shop_api', { 'updatestate.new': 'completed' }), true],
    [service('shop-admin_api'), false],
    [service('shopping_api'), false],
    [container('shop'), true],
    [container('shop-admin'), false],
    [{ Type: 'node', Action: 'update', Actor: { Attributes: { name: 'shop_api' } } }, false],
    [{}, false],
  ])('%j -> %s', (event, expected) => {
    expect(concernsStack(event as EngineEvent, 'shop')).toBe(expected);
  });
});

describe('stackWakeup', () => {
  it('asks for service and container events only, and closes its stream', () => {
    const fake = streaming();
    const wakeup = stackWakeup(fake.docker, 'shop');
    const filters = JSON.parse(decodeURIComponent(fake.paths[0]?.split('filters=')[1] ?? '')) as {
      type: string[];
      event: string[];
    };
    expect(filters.type).toEqual(['service', 'container']);
    expect(filters.event).not.toContain('exec_start');
    wakeup.close();
    expect(fake.closed()).toBe(1);
  });

  it("wakes a wait at the stack's event, not at another stack's", async () => {
    const fake = streaming();
    const wakeup = stackWakeup(fake.docker, 'shop');
    const started = Date.now();
    const waiting = wakeup.wait(5000);
    fake.emit(service('other_api'));
    setTimeout(() => fake.emit(container('shop')), 20);
    await waiting;
    expect(Date.now() - started).toBeLessThan(1000);
  });

  it('an event between two waits ends the next wait at once; for a second after it waits are 100 ms at most', async () => {
    const fake = streaming();
    const wakeup = stackWakeup(fake.docker, 'shop');
    fake.emit(service('shop_api'));
    let started = Date.now();
    await wakeup.wait(5000);
    expect(Date.now() - started).toBeLessThan(1000);
    started = Date.now();
    await wakeup.wait(5000);
    expect(Date.now() - started).toBeGreaterThanOrEqual(95);
    expect(Date.now() - started).toBeLessThan(1000);
    await new Promise((resolve) => setTimeout(resolve, 1000));
    started = Date.now();
    await wakeup.wait(1500);
    expect(Date.now() - started).toBeGreaterThanOrEqual(1450);
  });

  it('without an event stream (a fake client) it polls', async () => {
    const wakeup = stackWakeup({} as DockerClient, 'shop');
    const started = Date.now();
    await wakeup.wait(30);
    expect(Date.now() - started).toBeGreaterThanOrEqual(25);
    wakeup.close();
  });
});
