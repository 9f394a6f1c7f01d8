import { describe, expect, it } from 'vitest';
import { removeColor, runningColors } from '../../../src/pipeline/kubernetes/colors.ts';
import { fakeKubectl } from './fake-kubectl.ts';

// The cluster side of Kubernetes blue-green over a scripted kubectl: the exact commands that list
// and remove one colour's objects (selected by the Service's and the colour's labels).
const quiet = {
  group: async <T>(_t: string, body: () => Promise<T>) => body(),
  info() {},
  warning() {},
  error() {},
};

const deployment = (color: string, ready: number) => ({
  metadata: { labels: { 'gantry.color': color } },
  spec: { replicas: 2 },
  status: { readyReplicas: ready },
});

describe('runningColors', () => {
  it('lists each colour by its labels; a colour runs when every Deployment of it is Ready', async () => {
    const { kubectl, calls } = fakeKubectl((args) => ({
      stdout: JSON.stringify({
        items: args.includes('gantry.bluegreen=web,gantry.color=blue')
          ? [deployment('blue', 2)]
          : [deployment('green', 1)],
      }),
    }));
    expect([...(await runningColors(kubectl, 'shop', 'web'))]).toEqual(['blue']);
    expect(calls).toEqual([
      'get deployment --namespace shop --selector gantry.bluegreen=web,gantry.color=blue --output json',
      'get deployment --namespace shop --selector gantry.bluegreen=web,gantry.color=green --output json',
    ]);
  });
});

describe('removeColor', () => {
  it("deletes the colour's Deployments without waiting", async () => {
    const { kubectl, calls } = fakeKubectl(() => ({}));
    await removeColor(kubectl, { namespace: 'shop', service: 'web' }, 'green', quiet);
    expect(calls).toEqual([
      'delete deployment --namespace shop --selector gantry.bluegreen=web,gantry.color=green --wait=false',
    ]);
  });
});
