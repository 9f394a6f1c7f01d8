import { describe, expect, it } from 'vitest';
import {
  parseSwitchMode,
  type StrategyInput,
  swarmStrategyFromInputs,
} from '../../../src/core/config/swarm-strategy-inputs.ts';
import type { ReplicasMode } from '../../../src/core/deploy/replicas-mode.ts';

// The deploy-swarm action's strategy inputs go through gantry.yml's schema for the same keys: the same
// values are refused with the same words, naming the input.
const none: Record<StrategyInput, string> = {
  strategy: '',
  'proxy-service': '',
  'switch-variable': '',
  'preview-urls': '',
  'keep-previous': '',
};
const blueGreen = {
  ...none,
  strategy: 'blue-green',
  'proxy-service': 'edge_switch',
  'switch-variable': 'UPSTREAM=shop-{color}_web',
};
const read = (
  raw: Partial<Record<StrategyInput, string>>,
  others: { preDeployJobs: number; replicas: ReplicasMode } = { preDeployJobs: 0, replicas: 'manifest' },
) => swarmStrategyFromInputs({ ...none, ...raw }, others);

describe('swarmStrategyFromInputs', () => {
  it('rolling (the default, or given): no blue-green settings', () => {
    expect(read({})).toBeUndefined();
    expect(read({ strategy: 'rolling' })).toBeUndefined();
  });

  it('blue-green with its defaults and with every key (preview-urls a line each)', () => {
    expect(read(blueGreen)).toEqual({
      proxyService: 'edge_switch',
      switchVariable: { name: 'UPSTREAM', template: 'shop-{color}_web' },
      previewUrls: [],
      keepPreviousMs: 600_000,
    });
    const all = read({
      ...blueGreen,
      'preview-urls': 'https://a.example/{color}/health\nhttps://b.example/{color}/',
      'keep-previous': '0',
    });
    expect(all?.previewUrls).toEqual(['https://a.example/{color}/health', 'https://b.example/{color}/']);
    expect(all?.keepPreviousMs).toBe(0);
  });

  it.each([
    [{ strategy: 'canary' }, "Input 'strategy': canary is not available on Swarm targets"],
    [{ strategy: 'blue' }, "Input 'strategy': expected rolling or blue-green"],
    [{ 'keep-previous': '5s' }, "Input 'keep-previous': is for strategy: blue-green"],
    [{ 'proxy-service': 'edge_switch' }, "Input 'proxy-service': is for strategy: blue-green"],
    [
      { strategy: 'blue-green', 'proxy-service': 'edge_switch' },
      "Input 'switch-variable': is required with strategy: blue-green",
    ],
    [
      { ...blueGreen, 'switch-variable': 'UPSTREAM=shop_web' },
      "Input 'switch-variable': the value must hold {color}",
    ],
    [{ ...blueGreen, 'keep-previous': 'soon' }, "Input 'keep-previous': expected a duration"],
    [{ ...blueGreen, 'proxy-service': 'Edge Switch' }, "Input 'proxy-service':"],
    [
      { ...blueGreen, 'preview-urls': 'ftp://a.example/{color}' },
      "Input 'preview-urls': expected http(s) URLs",
    ],
  ])('%j is refused: %s', (raw, message) => {
    expect(() => read(raw)).toThrow(message);
  });

  it('refuses what the blue-green deploy does not do yet, naming the action input', () => {
    expect(() => read(blueGreen, { preDeployJobs: 1, replicas: 'manifest' })).toThrow(
      "Input 'pre-deploy': is not run with strategy: blue-green yet",
    );
    expect(() => read(blueGreen, { preDeployJobs: 0, replicas: 'live' })).toThrow(
      "Input 'replicas': live is not kept with strategy: blue-green yet",
    );
  });
});

describe('parseSwitchMode', () => {
  it('empty deploys; back and expire; anything else is refused naming the input', () => {
    expect(parseSwitchMode('switch', '')).toBe('deploy');
    expect(parseSwitchMode('switch', ' back ')).toBe('back');
    expect(parseSwitchMode('switch', 'expire')).toBe('expire');
    expect(() => parseSwitchMode('switch', 'forward')).toThrow("Input 'switch': expected back");
  });
});
