import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { K8sObject } from '../../../src/core/kubernetes/manifests.ts';
import { CANARY_ANNOTATION } from '../../../src/core/strategy/canary.ts';
import { removeCanary } from '../../../src/pipeline/kubernetes/canary.ts';
import { collectingReporter } from '../../../src/pipeline/reporter.ts';
import { deployment, fakeKubectl, list } from './fake-kubectl.ts';

// removeCanary over a scripted kubectl: the canary's pod IPs are read before it is deleted, and it
// returns only once the Endpoints no longer list them (the real cluster: test/e2e/canary-k8s.e2e.test.ts).

const canary: K8sObject = {
  ...deployment('app:v2'),
  metadata: { name: 'web-canary', namespace: 'shop' },
  spec: { selector: { matchLabels: { app: 'web', 'gantry.track': 'canary' } } },
};
const stable: K8sObject = {
  ...deployment('app:v1'),
  metadata: { name: 'web', namespace: 'shop', annotations: { [CANARY_ANNOTATION]: '{}' } },
};
const pod = (ip: string) => ({
  apiVersion: 'v1',
  kind: 'Pod',
  metadata: { name: ip },
  status: { podIP: ip },
});
const endpoints = (...ips: string[]) => ({ subsets: [{ addresses: ips.map((ip) => ({ ip })) }] });

/** A cluster whose Endpoints list the canary's pod for `listedPolls` more reads; `canaryLive` false: gone. */
function cluster(listedPolls: number, canaryLive = true) {
  let polls = 0;
  return fakeKubectl((args) => {
    const [verb, kind, name] = args;
    if (verb === 'get' && kind === 'deployment')
      return {
        stdout: name === 'web-canary' ? (canaryLive ? JSON.stringify(canary) : '') : JSON.stringify(stable),
      };
    if (verb === 'get' && kind === 'pods') return { stdout: list(pod('10.0.0.9') as K8sObject) };
    if (verb === 'get' && kind === 'endpoints') {
      polls += 1;
      const ips = polls <= listedPolls ? ['10.0.0.4', '10.0.0.9'] : ['10.0.0.4'];
      const one = endpoints(...ips);
      return { stdout: JSON.stringify(name === '--namespace' ? { items: [one] } : one) };
    }
    return {};
  });
}

/** removeCanary with the clock faked: its 500 ms polls and PROXY_FOLLOW_MS pass at once. */
async function removed(...args: Parameters<typeof removeCanary>): Promise<void> {
  const done = removeCanary(...args);
  await vi.runAllTimersAsync();
  await done;
}

describe('removeCanary', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('pod IPs read, canary deleted, record cleared, the Service’s Endpoints polled until clear, then it returns', async () => {
    const { kubectl, calls } = cluster(2);
    // The reporter writes into the same list, so its last line shows where removeCanary returned.
    const report = collectingReporter(calls);
    await removed(kubectl, 'shop', { canary: 'web-canary', stable: 'web', service: 'web' }, report);
    expect(calls).toEqual([
      'get deployment web-canary --namespace shop --ignore-not-found --output json',
      'get pods --namespace shop --selector app=web,gantry.track=canary --output json',
      'delete deployment web-canary --namespace shop --ignore-not-found --wait=false',
      'get deployment web --namespace shop --ignore-not-found --output json',
      `annotate deployment web --namespace shop --overwrite ${CANARY_ANNOTATION}-`,
      'get endpoints web --namespace shop --output json',
      'get endpoints web --namespace shop --output json',
      'get endpoints web --namespace shop --output json',
      'removed the canary web-canary; web serves alone',
    ]);
  });

  it('no Service named: every Endpoints of the namespace is polled', async () => {
    const { kubectl, calls } = cluster(1);
    await removed(kubectl, 'shop', { canary: 'web-canary', stable: 'web' }, collectingReporter());
    expect(calls.filter((c) => c.startsWith('get endpoints'))).toEqual([
      'get endpoints --namespace shop --output json',
      'get endpoints --namespace shop --output json',
    ]);
  });

  it('a canary already gone: no pods to wait for, no Endpoints read', async () => {
    const { kubectl, calls } = cluster(5, false);
    await removed(
      kubectl,
      'shop',
      { canary: 'web-canary', stable: 'web', service: 'web' },
      collectingReporter(),
    );
    expect(calls.some((c) => c.startsWith('get pods') || c.startsWith('get endpoints'))).toBe(false);
    expect(calls).toContain('delete deployment web-canary --namespace shop --ignore-not-found --wait=false');
  });

  it('Endpoints that keep the pod for 30 s: a warning naming the Service, then it returns', async () => {
    const { kubectl, calls } = cluster(Number.POSITIVE_INFINITY);
    const report = collectingReporter();
    await removed(kubectl, 'shop', { canary: 'web-canary', stable: 'web', service: 'web' }, report);
    expect(report.lines).toEqual([
      "warning: the Endpoints of web still list web-canary's pods after 30 s; going on",
      'removed the canary web-canary; web serves alone',
    ]);
    expect(calls.filter((c) => c.startsWith('get endpoints')).length).toBeGreaterThan(50);
  });
});
