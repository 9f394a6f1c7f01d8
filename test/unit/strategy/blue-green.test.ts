import { describe, expect, it } from 'vitest';
import {
  blueGreenPlanLines,
  colorStack,
  colorState,
  forColor,
  idleColor,
  otherColor,
  parseSwarmStrategy,
  parseSwitchVariable,
  previousUntil,
  proxyRollbackArgs,
  proxyUpdateArgs,
  switchBackTo,
  switchLabels,
  switchValue,
} from '../../../src/core/strategy/blue-green.ts';

const upstream = parseSwitchVariable('switch-variable', 'UPSTREAM=shop-{color}_api');

describe('colours', () => {
  it.each([
    ['blue', 'green'],
    ['green', 'blue'],
  ] as const)('the other colour of %s is %s', (color, other) => {
    expect(otherColor(color)).toBe(other);
  });

  it('names a colour stack and fills {color} in values and URLs', () => {
    expect(colorStack('shop', 'green')).toBe('shop-green');
    expect(switchValue(upstream, 'green')).toBe('shop-green_api');
    expect(forColor('http://127.0.0.1:18400/preview/{color}/health', 'blue')).toBe(
      'http://127.0.0.1:18400/preview/blue/health',
    );
  });
});

describe('parseSwitchVariable', () => {
  it('splits NAME=value at the first =', () => {
    expect(parseSwitchVariable('switch-variable', ' UPSTREAM=a={color} ')).toEqual({
      name: 'UPSTREAM',
      template: 'a={color}',
    });
  });

  it.each([
    ['UPSTREAM', /expected NAME=value/],
    ['=shop-{color}', /expected NAME=value/],
    ['1UP=shop-{color}', /expected NAME=value/],
    ['UPSTREAM=', /expected NAME=value/],
    ['UPSTREAM=shop-green_api', /must hold \{color\}/],
    ['UPSTREAM=shop-{color}\n_api', /newline/],
  ])('refuses %j, naming the key', (raw, message) => {
    expect(() => parseSwitchVariable('switch-variable', raw)).toThrow(message);
    expect(() => parseSwitchVariable('switch-variable', raw)).toThrow(/switch-variable/);
  });
});

describe('parseSwarmStrategy', () => {
  it.each(['rolling', 'blue-green'])('accepts %s', (raw) => {
    expect(parseSwarmStrategy('strategy', raw)).toBe(raw);
  });
  it.each([
    ['canary', /canary is not available on Swarm/],
    ['bluegreen', /expected rolling or blue-green/],
  ])('refuses %s', (raw, message) => {
    expect(() => parseSwarmStrategy('strategy', raw)).toThrow(message);
  });
});

describe('colorState and idleColor', () => {
  it.each([
    [{}, [], { live: undefined, previous: undefined, previousUntil: undefined }, 'blue'],
    [
      {},
      ['UPSTREAM=shop-green_api', 'OTHER=x'],
      { live: 'green', previous: undefined, previousUntil: undefined },
      'blue',
    ],
    [{}, ['UPSTREAM=elsewhere'], { live: undefined, previous: undefined, previousUntil: undefined }, 'blue'],
    [
      {
        'gantry.bluegreen.live': 'green',
        'gantry.bluegreen.previous': 'blue',
        'gantry.bluegreen.previous-until': '2026-01-01T00:10:00.000Z',
      },
      ['UPSTREAM=shop-blue_api'],
      { live: 'green', previous: 'blue', previousUntil: '2026-01-01T00:10:00.000Z' },
      'blue',
    ],
    [
      { 'gantry.bluegreen.live': 'blue', 'gantry.bluegreen.previous': 'purple' },
      [],
      { live: 'blue', previous: undefined, previousUntil: undefined },
      'green',
    ],
  ] as const)('labels %j, env %j', (labels, env, state, idle) => {
    const read = colorState(labels, env, upstream);
    expect(read).toEqual(state);
    expect(idleColor(read)).toBe(idle);
  });
});

describe('switchLabels and previousUntil', () => {
  it('records only the live colour after the first switch', () => {
    expect(switchLabels('blue', undefined, 'x')).toEqual({ 'gantry.bluegreen.live': 'blue' });
  });
  it('records the live and previous colours and until when the previous is kept', () => {
    const until = previousUntil(new Date('2026-01-01T00:00:00Z'), 600_000);
    expect(until).toBe('2026-01-01T00:10:00.000Z');
    expect(switchLabels('green', 'blue', until)).toEqual({
      'gantry.bluegreen.live': 'green',
      'gantry.bluegreen.previous': 'blue',
      'gantry.bluegreen.previous-until': until,
    });
  });
});

describe('switchBackTo', () => {
  const state = (live?: 'blue' | 'green', previous?: 'blue' | 'green') => ({
    live,
    previous,
    previousUntil: undefined,
  });
  it.each([
    [state(), ['blue'], { refused: 'no blue-green release has switched the proxy yet' }],
    [
      state('blue'),
      ['blue', 'green'],
      { refused: 'only blue has been live: there is no previous colour to switch back to' },
    ],
    [
      state('green', 'blue'),
      ['green'],
      { refused: 'the previous colour (blue) no longer runs (keep-previous has removed it)' },
    ],
    [state('green', 'blue'), ['green', 'blue'], { to: 'blue', from: 'green' }],
    [state('blue', 'green'), ['green', 'blue'], { to: 'green', from: 'blue' }],
  ] as const)('%j with %j running', (s, running, plan) => {
    expect(switchBackTo(s, new Set(running))).toEqual(plan);
  });
});

describe('proxyUpdateArgs', () => {
  it('is one start-first update of the variable and the labels, waited for', () => {
    expect(
      proxyUpdateArgs({
        service: 'edge_proxy',
        variable: upstream,
        to: 'green',
        labels: { 'gantry.bluegreen.live': 'green', 'gantry.bluegreen.previous': 'blue' },
      }),
    ).toEqual([
      'service',
      'update',
      '--detach=false',
      '--quiet',
      '--update-order',
      'start-first',
      '--update-failure-action',
      'rollback',
      '--rollback-order',
      'start-first',
      '--env-add',
      'UPSTREAM=shop-green_api',
      '--label-add',
      'gantry.bluegreen.live=green',
      '--label-add',
      'gantry.bluegreen.previous=blue',
      'edge_proxy',
    ]);
  });
});

describe('proxyRollbackArgs', () => {
  it('rolls the proxy back to its spec before the switch, waited for', () => {
    expect(proxyRollbackArgs('edge_proxy')).toEqual([
      'service',
      'rollback',
      '--detach=false',
      '--quiet',
      'edge_proxy',
    ]);
  });
});

describe('blueGreenPlanLines', () => {
  const settings = {
    proxyService: 'edge_proxy',
    switchVariable: upstream,
    previewUrls: ['https://shop.example/preview/{color}/health'],
    keepPreviousMs: 600_000,
  };
  it('says what a blue-green deploy does', () => {
    expect(blueGreenPlanLines('shop', settings)).toEqual([
      'blue-green: the stack files deploy as the idle colour, shop-blue or shop-green (the live one is read from edge_proxy); no rollback: a failed colour is removed',
      'before the switch: smoke check of https://shop.example/preview/{color}/health ({color} = the idle colour)',
      'switch: edge_proxy updated start-first with UPSTREAM=shop-{color}_api',
      'after the switch: the public smoke check; a failure switches back and removes the new colour; the old colour is kept 600s for gantry switch back',
    ]);
  });
  it('without preview URLs and with keep-previous 0', () => {
    const lines = blueGreenPlanLines('shop', { ...settings, previewUrls: [], keepPreviousMs: 0 });
    expect(lines[1]).toBe('before the switch: convergence only (no preview-urls)');
    expect(lines[3]).toMatch(/the old colour is removed at once$/);
  });
});
