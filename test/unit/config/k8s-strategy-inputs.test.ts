import { describe, expect, it } from 'vitest';
import { k8sStrategyFromInputs, parseK8sSwitchMode } from '../../../src/core/config/k8s-strategy-inputs.ts';

const none = {
  strategy: '',
  service: '',
  'preview-urls': '',
  'keep-previous': '',
  'canary-weight': '',
  'canary-duration': '',
};
const read = (given: Partial<typeof none>, preDeployJobs = 0, replicas: 'manifest' | 'live' = 'manifest') =>
  k8sStrategyFromInputs({ ...none, ...given }, { preDeployJobs, replicas });

describe('deploy-k8s strategy inputs', () => {
  it('is rolling when empty or rolling', () => {
    expect(read({})).toEqual({});
    expect(read({ strategy: 'rolling' })).toEqual({});
  });

  it('reads blue-green as gantry.yml does (keep-previous default 10m, preview URLs a line each)', () => {
    expect(read({ strategy: 'blue-green', service: 'web' }).blueGreen).toEqual({
      service: 'web',
      previewUrls: [],
      keepPreviousMs: 600_000,
    });
    expect(
      read({
        strategy: 'blue-green',
        service: 'web',
        'preview-urls': 'http://a/health\nhttp://b/health',
        'keep-previous': '0',
      }).blueGreen,
    ).toEqual({ service: 'web', previewUrls: ['http://a/health', 'http://b/health'], keepPreviousMs: 0 });
  });

  it.each([
    [{ strategy: 'bluegreen' }, "Input 'strategy': expected rolling, blue-green or canary"],
    [
      { strategy: 'canary', 'canary-weight': '0' },
      "Input 'canary-weight': expected a whole number from 1 to 99, got 0",
    ],
    [
      { strategy: 'canary', 'canary-weight': '100' },
      "Input 'canary-weight': expected a whole number from 1 to 99, got 100",
    ],
    [{ strategy: 'canary', 'canary-weight': '20%' }, "Input 'canary-weight': expected a whole number"],
    [{ strategy: 'canary', 'canary-duration': 'later' }, "Input 'canary-duration': expected a duration"],
    [{ 'canary-weight': '20' }, "Input 'canary-weight': is for strategy: canary"],
    [
      { strategy: 'blue-green', service: 'web', 'canary-duration': '1m' },
      "Input 'canary-duration': is for strategy: canary",
    ],
    [{ strategy: 'canary', 'preview-urls': 'http://a' }, "Input 'preview-urls': is for strategy: blue-green"],
    [{ strategy: 'canary', 'keep-previous': '1m' }, "Input 'keep-previous': is for strategy: blue-green"],
    [{ strategy: 'blue-green' }, "Input 'service': is required with strategy: blue-green"],
    [{ service: 'web' }, "Input 'service': is for strategy: blue-green or canary"],
    [{ strategy: 'blue-green', service: 'Web' }, 'Input \'service\': "Web" is not a valid Service name'],
    [
      { strategy: 'blue-green', service: 'web', 'keep-previous': 'soon' },
      "Input 'keep-previous': expected a duration",
    ],
    [
      { strategy: 'blue-green', service: 'web', 'preview-urls': 'ftp://x' },
      "Input 'preview-urls': expected http(s) URLs",
    ],
  ])('%j is refused naming the input', (given, message) => {
    expect(() => read(given)).toThrow(message);
  });

  it('refuses pre-deploy jobs and replicas: live with blue-green, naming the input', () => {
    expect(() => read({ strategy: 'blue-green', service: 'web' }, 1)).toThrow(
      "Input 'pre-deploy': is not run with strategy: blue-green yet",
    );
    expect(() => read({ strategy: 'blue-green', service: 'web' }, 0, 'live')).toThrow(
      "Input 'replicas': live is not kept with strategy: blue-green yet",
    );
  });

  it('reads canary as gantry.yml does (weight 20 and duration 1m by default, manual, service optional)', () => {
    expect(read({ strategy: 'canary' })).toEqual({
      canary: { service: undefined, weightPercent: 20, durationMs: 60_000 },
    });
    expect(
      read({ strategy: 'canary', service: 'web', 'canary-weight': '25', 'canary-duration': 'manual' }),
    ).toEqual({ canary: { service: 'web', weightPercent: 25, durationMs: 'manual' } });
    expect(read({ strategy: 'canary', 'canary-duration': '90s' }).canary?.durationMs).toBe(90_000);
  });

  it('refuses pre-deploy jobs with canary, naming the input', () => {
    expect(() => read({ strategy: 'canary' }, 1)).toThrow(
      "Input 'pre-deploy': is not run with strategy: canary yet",
    );
  });
});

describe('deploy-k8s switch input', () => {
  it.each([
    ['', 'deploy'],
    ['back', 'back'],
    ['expire', 'expire'],
    [' promote ', 'promote'],
    ['abort', 'abort'],
  ])('%j is %s', (raw, mode) => {
    expect(parseK8sSwitchMode('switch', raw)).toBe(mode);
  });

  it.each(['Promote', 'rollback', 'constructor', 'toString'])('%j is refused naming switch', (raw) => {
    expect(() => parseK8sSwitchMode('switch', raw)).toThrow(
      "Input 'switch': expected back (move the Service to the previous colour) or expire",
    );
  });
});
