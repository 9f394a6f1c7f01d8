import { describe, expect, it } from 'vitest';
import { k8sStrategyFromInputs } from '../../../src/core/config/k8s-strategy-inputs.ts';

const none = { strategy: '', service: '', 'preview-urls': '', 'keep-previous': '' };
const read = (given: Partial<typeof none>, preDeployJobs = 0, replicas: 'manifest' | 'live' = 'manifest') =>
  k8sStrategyFromInputs({ ...none, ...given }, { preDeployJobs, replicas });

describe('deploy-k8s strategy inputs', () => {
  it('is rolling when empty or rolling', () => {
    expect(read({})).toBeUndefined();
    expect(read({ strategy: 'rolling' })).toBeUndefined();
  });

  it('reads blue-green as gantry.yml does (keep-previous default 10m, preview URLs a line each)', () => {
    expect(read({ strategy: 'blue-green', service: 'web' })).toEqual({
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
      }),
    ).toEqual({ service: 'web', previewUrls: ['http://a/health', 'http://b/health'], keepPreviousMs: 0 });
  });

  it.each([
    [{ strategy: 'bluegreen' }, "Input 'strategy': expected rolling, blue-green or canary"],
    [{ strategy: 'canary' }, "Input 'strategy': canary is not run by the deploy-k8s action yet"],
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
});
