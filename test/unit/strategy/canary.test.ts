import { describe, expect, it } from 'vitest';
import { ConfigurationError } from '../../../src/core/errors.ts';
import type { K8sObject } from '../../../src/core/kubernetes/manifests.ts';
import {
  CANARY_ANNOTATION,
  canaryDeployment,
  canaryPlanLines,
  canaryReplicas,
  canarySubject,
  describePlan,
  describeState,
  formatState,
  MAX_CANARY_REPLICAS,
  parseState,
  planCanary,
  promotedDeployment,
  sharePercent,
} from '../../../src/core/strategy/canary.ts';

describe('canary replicas for a weight', () => {
  // stable ready replicas, canary-weight %, canary replicas, the share they give (% of endpoints)
  it.each([
    [4, 20, 1, 20],
    [9, 10, 1, 10],
    [1, 50, 1, 50],
    [3, 50, 3, 50],
    [2, 60, 3, 60],
    [3, 25, 1, 25],
    [4, 25, 1, 20], // 2 would give 33.3 %, further from 25
    [10, 30, 4, 28.6], // 5 would give 33.3 %
    [2, 20, 1, 33.3], // never 0: a canary has at least one replica
    [5, 1, 1, 16.7],
    [10, 1, 1, 9.1],
    [6, 40, 4, 40],
    [10, 90, 50, 83.3], // 90 would be the exact count: capped
    [1, 99, MAX_CANARY_REPLICAS, 98],
  ])('%i stable at %i%%: %i canary (%f%%)', (stable, weight, canary, share) => {
    expect(canaryReplicas(stable, weight)).toBe(canary);
    expect(sharePercent(canary, stable)).toBe(share);
  });

  it('every count is the closest reachable share to the weight', () => {
    const worse: string[] = [];
    for (let stable = 1; stable <= 12; stable += 1)
      for (let weight = 1; weight <= 99; weight += 1) {
        const chosen = canaryReplicas(stable, weight);
        const off = (c: number) => Math.abs(c / (stable + c) - weight / 100);
        for (let c = 1; c <= MAX_CANARY_REPLICAS; c += 1)
          if (off(c) < off(chosen) - 1e-12) worse.push(`${stable} at ${weight}%: ${chosen}, ${c} is closer`);
      }
    expect(worse).toEqual([]);
  });

  it('refuses no stable replicas and weights outside 1-99', () => {
    expect(() => canaryReplicas(0, 20)).toThrow(RangeError);
    expect(() => canaryReplicas(2, 0)).toThrow(RangeError);
    expect(() => canaryReplicas(2, 100)).toThrow(RangeError);
  });
});

const release: K8sObject = {
  apiVersion: 'apps/v1',
  kind: 'Deployment',
  metadata: {
    name: 'web',
    namespace: 'shop',
    labels: { app: 'web' },
    annotations: { 'gantry.dev/commit': 'abc' },
  },
  spec: {
    replicas: 3,
    selector: { matchLabels: { app: 'web' } },
    template: {
      metadata: { labels: { app: 'web', tier: 'front' } },
      spec: { containers: [{ name: 'web', image: 'reg/app@sha256:new' }] },
    },
  },
};
const service: K8sObject = {
  apiVersion: 'v1',
  kind: 'Service',
  metadata: { name: 'web' },
  spec: { selector: { app: 'web' }, ports: [{ port: 80 }] },
};

const plan = planCanary({
  namespace: 'shop',
  stable: 'web',
  stableReplicas: 4,
  weightPercent: 20,
  duration: 60_000,
  service: 'web',
});

describe('the canary plan and its objects', () => {
  it('plans the counts and says them in one line', () => {
    expect(plan).toEqual({
      namespace: 'shop',
      stable: 'web',
      canary: 'web-canary',
      stableReplicas: 4,
      canaryReplicas: 1,
      weightPercent: 20,
      sharePercent: 20,
      duration: 60_000,
      service: 'web',
    });
    expect(describePlan(plan)).toBe(
      'web-canary: 1 replica beside 4 of web (20% of the endpoints of Service web, canary-weight 20%), checked 60s',
    );
    expect(describePlan({ ...plan, duration: 'manual', canaryReplicas: 2, service: undefined })).toBe(
      'web-canary: 2 replicas beside 4 of web (20% of the endpoints, canary-weight 20%), checked until gantry canary promote or abort',
    );
  });

  it('makes the canary Deployment: new spec, its own name and count, the track label in selector and pods', () => {
    const canary = canaryDeployment(release, plan);
    expect(canary).toEqual({
      apiVersion: 'apps/v1',
      kind: 'Deployment',
      metadata: {
        name: 'web-canary',
        namespace: 'shop',
        labels: { app: 'web', 'gantry.track': 'canary' },
        annotations: { 'gantry.dev/commit': 'abc', 'gantry.dev/canary-of': 'web' },
      },
      spec: {
        replicas: 1,
        selector: { matchLabels: { app: 'web', 'gantry.track': 'canary' } },
        template: {
          metadata: { labels: { app: 'web', tier: 'front', 'gantry.track': 'canary' } },
          spec: { containers: [{ name: 'web', image: 'reg/app@sha256:new' }] },
        },
      },
    });
    // The release's object is not changed.
    expect((release.spec as { replicas: number }).replicas).toBe(3);
  });

  it('promotes: the stable name and count, the canary spec without the track label', () => {
    const live = canaryDeployment(release, plan);
    live.metadata.annotations = {
      ...live.metadata.annotations,
      'deployment.kubernetes.io/revision': '1',
    };
    expect(promotedDeployment(live, 'web', 4)).toEqual({
      apiVersion: 'apps/v1',
      kind: 'Deployment',
      metadata: {
        name: 'web',
        namespace: 'shop',
        labels: { app: 'web' },
        annotations: { 'gantry.dev/commit': 'abc' },
      },
      spec: {
        replicas: 4,
        selector: { matchLabels: { app: 'web' } },
        template: {
          metadata: { labels: { app: 'web', tier: 'front' } },
          spec: { containers: [{ name: 'web', image: 'reg/app@sha256:new' }] },
        },
      },
    });
  });

  it('finds the Deployment the Service selects, or the only one', () => {
    const other: K8sObject = {
      ...release,
      metadata: { name: 'worker' },
      spec: {
        selector: { matchLabels: { app: 'worker' } },
        template: { metadata: { labels: { app: 'worker' } } },
      },
    };
    expect(canarySubject([service, other, release], 'web', 'service').metadata.name).toBe('web');
    expect(canarySubject([service, release], undefined, 'service').metadata.name).toBe('web');
    expect(() => canarySubject([service, other, release], undefined, 'targets.p.kubernetes.service')).toThrow(
      new ConfigurationError(
        'strategy: canary needs exactly one Deployment in the manifests, or `service` naming the Service whose Deployment the canary is for (found 2)',
        'targets.p.kubernetes.service',
      ),
    );
    expect(() => canarySubject([other, release], 'web', 'service')).toThrow(
      /no Service web in the manifests/,
    );
    expect(() => canarySubject([service, other], 'web', 'service')).toThrow(
      /Service web must select the pods of exactly one Deployment of the manifests \(it selects 0\)/,
    );
  });
});

describe('the recorded state', () => {
  const started = new Date('2026-12-07T00:10:00Z');

  it('round-trips through the annotation', () => {
    const raw = formatState(plan, started);
    expect(JSON.parse(raw)).toEqual({
      canary: 'web-canary',
      canaryReplicas: 1,
      stableReplicas: 4,
      weightPercent: 20,
      started: '2026-12-07T00:10:00.000Z',
      until: '2026-12-07T00:11:00.000Z',
    });
    expect(parseState(raw)).toEqual(JSON.parse(raw));
    expect(JSON.parse(formatState({ ...plan, duration: 'manual' }, started)).until).toBe('manual');
    expect(CANARY_ANNOTATION).toBe('gantry.dev/canary');
  });

  it.each([undefined, '', 'not json', 'null', '{"canary":"web-canary"}', '[]'])(
    'reads %j as no canary',
    (raw) => {
      expect(parseState(raw)).toBeUndefined();
    },
  );

  it('describes a running canary for gantry status', () => {
    const state = parseState(formatState({ ...plan, duration: 'manual' }, started));
    expect(state).toBeDefined();
    if (state === undefined) return;
    expect(describeState('web', state)).toBe(
      'canary web-canary running beside web: 1 + 4 replicas (20% of the endpoints, canary-weight 20%), since 2026-12-07T00:10:00.000Z, left running: gantry canary promote|abort',
    );
  });
});

describe('gantry plan', () => {
  it('says what a canary target does', () => {
    expect(canaryPlanLines({ service: 'web', weightPercent: 20, durationMs: 60_000 })).toEqual([
      'canary: the Deployment behind Service web gets a <name>-canary beside it (label gantry.track: canary) with the new spec, about 20% of the endpoints (replicas from the stable count, read at release)',
      'checks: the smoke URLs once per round for 60s, any failure removes the canary; then the stable Deployment gets the new spec (watched, undone on failure) and the canary is removed',
    ]);
    expect(canaryPlanLines({ service: undefined, weightPercent: 10, durationMs: 'manual' })[1]).toBe(
      'checks: one round of the smoke URLs through the Service, then the canary is left running for gantry canary promote|abort',
    );
  });
});
