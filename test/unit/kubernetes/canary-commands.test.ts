import { describe, expect, it } from 'vitest';
import { ConfigurationError } from '../../../src/core/errors.ts';
import type { K8sObject } from '../../../src/core/kubernetes/manifests.ts';
import { CANARY_ANNOTATION, formatState, planCanary } from '../../../src/core/strategy/canary.ts';
import { actOnCanary } from '../../../src/pipeline/kubernetes/canary-commands.ts';
import { collectingReporter } from '../../../src/pipeline/reporter.ts';
import { deployment, fakeKubectl, list } from './fake-kubectl.ts';

// promote|abort of a canary left running, as the deploy-k8s action's switch and `gantry canary` call it,
// over a scripted kubectl (no lease: these credentials may not create Leases). The real cluster runs
// `gantry canary` in test/e2e/canary-k8s.e2e.test.ts.

const plan = planCanary({
  namespace: 'shop',
  stable: 'web',
  stableReplicas: 4,
  weightPercent: 20,
  duration: 'manual',
  service: undefined,
});
const stableWithCanary = (): K8sObject => {
  const d = deployment('app:v1');
  return {
    ...d,
    metadata: { ...d.metadata, annotations: { [CANARY_ANNOTATION]: formatState(plan, new Date()) } },
  };
};
const FORBIDDEN = { exitCode: 1, stderr: 'Error from server (Forbidden): leases is forbidden' };

function session(deployments: K8sObject[]) {
  const fake = fakeKubectl((args) => {
    if (args[0] === 'create') return FORBIDDEN;
    if (args[0] === 'get' && args[1] === 'deployments') return { stdout: list(...deployments) };
    if (args[0] === 'get' && args[1] === 'deployment') return { stdout: JSON.stringify(deployments[0]) };
    if (args[0] === 'get' && args[1] === 'pods') return { stdout: list() };
    return {};
  });
  const run = {
    kubectl: fake.kubectl,
    namespace: 'shop',
    targetNamespace: 'shop',
    workDir: '/nonexistent',
    timeoutMs: 60_000,
    rollback: true,
    smoke: undefined,
    signal: new AbortController().signal,
    report: collectingReporter(),
  };
  return { run, calls: fake.calls };
}
const lock = { holder: 'test', waitMs: 1000, waitInput: 'lock-timeout' };

describe('actOnCanary', () => {
  it('abort: deletes the canary Deployment and clears the record on the stable one, nothing else', async () => {
    const { run, calls } = session([stableWithCanary()]);
    const { canary, outcome } = await actOnCanary(run, 'abort', lock, {
      where: 'context x',
      input: 'switch',
    });
    expect(canary.state.canary).toBe('web-canary');
    expect(outcome).toMatchObject({ status: 'rolled-back', message: 'removed web-canary; web untouched' });
    const writes = calls.filter((c) => /^(delete|annotate|apply|patch|rollout)/.test(c));
    expect(writes).toEqual([
      'delete deployment web-canary --namespace shop --ignore-not-found --wait=false',
      `annotate deployment web --namespace shop --overwrite ${CANARY_ANNOTATION}-`,
    ]);
  });

  it.each(['promote', 'abort'] as const)(
    '%s with no canary running: refused naming the input, nothing changed',
    async (verb) => {
      const { run, calls } = session([deployment('app:v1')]);
      const refused = actOnCanary(run, verb, lock, { where: 'context x', input: 'switch' });
      await expect(refused).rejects.toThrow(ConfigurationError);
      await expect(refused).rejects.toThrow(
        "Input 'switch': no canary is running on context x (namespace shop)",
      );
      expect(calls.filter((c) => /^(delete|annotate|apply|patch|rollout)/.test(c))).toEqual([]);
    },
  );
});
