import { describe, expect, it } from 'vitest';
import type { K8sObject } from '../../../src/core/kubernetes/manifests.ts';
import {
  colorDeployment,
  colorSelector,
  idleOf,
  k8sBlueGreenPlanLines,
  planColors,
  previewPatch,
  serviceColorState,
  serviceKept,
  switchAnnotations,
  switchBackTarget,
  switchedService,
  switchPatch,
} from '../../../src/core/strategy/k8s-blue-green.ts';

const settings = { service: 'web', previewUrls: [], keepPreviousMs: 600_000 };
const deployment = (name: string, labels: Record<string, string>): K8sObject => ({
  apiVersion: 'apps/v1',
  kind: 'Deployment',
  metadata: { name, labels },
  spec: {
    replicas: 2,
    selector: { matchLabels: labels },
    template: { metadata: { labels }, spec: { containers: [{ name, image: 'app@sha256:1' }] } },
  },
});
const service = (name: string, selector: Record<string, string>, extra: object = {}): K8sObject => ({
  apiVersion: 'v1',
  kind: 'Service',
  metadata: { name, namespace: 'shop' },
  spec: { type: 'NodePort', selector, ports: [{ port: 80, targetPort: 8080, nodePort: 30650 }], ...extra },
});
const config: K8sObject = { apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'web-config' } };
const web = deployment('web', { app: 'web' });
const db = deployment('db', { app: 'db' });
const objects = [config, web, db, service('web', { app: 'web' })];

describe('Kubernetes blue-green objects', () => {
  it('colours a Deployment: its name, its labels, its selector and its pods', () => {
    expect(colorDeployment(web, 'green', 'web')).toEqual({
      apiVersion: 'apps/v1',
      kind: 'Deployment',
      metadata: {
        name: 'web-green',
        labels: { app: 'web', 'gantry.color': 'green', 'gantry.bluegreen': 'web' },
      },
      spec: {
        replicas: 2,
        selector: { matchLabels: { app: 'web', 'gantry.color': 'green' } },
        template: {
          metadata: { labels: { app: 'web', 'gantry.color': 'green', 'gantry.bluegreen': 'web' } },
          spec: { containers: [{ name: 'web', image: 'app@sha256:1' }] },
        },
      },
    });
    expect(web.metadata.name).toBe('web');
  });

  it('splits the release: the Deployments behind the Service coloured, the rest shared, a preview Service derived', () => {
    const plan = planColors(objects, settings, 'blue', 'service');
    expect(plan.colored.map((d) => d.metadata.name)).toEqual(['web-blue']);
    expect(plan.shared.map((o) => o.metadata.name)).toEqual(['web-config', 'db']);
    expect(plan.service.metadata.name).toBe('web');
    expect(plan.preview).toEqual({
      apiVersion: 'v1',
      kind: 'Service',
      metadata: { name: 'web-preview', namespace: 'shop', labels: { 'gantry.bluegreen': 'web' } },
      spec: {
        type: 'ClusterIP',
        selector: { app: 'web', 'gantry.color': 'blue' },
        ports: [{ port: 80, targetPort: 8080 }],
      },
    });
  });

  it("uses the manifests' own web-preview, its selector coloured", () => {
    const own = service('web-preview', { app: 'web' }, { type: 'NodePort' });
    const plan = planColors([...objects, own], settings, 'green', 'service');
    expect(plan.preview.spec).toMatchObject({
      type: 'NodePort',
      selector: { app: 'web', 'gantry.color': 'green' },
    });
    expect(plan.shared).not.toContain(own);
  });

  it.each([
    [[web], 'the manifests hold no Service named web'],
    [[web, service('web', {})], 'the Service web has no selector to switch'],
    [[db, service('web', { app: 'web' })], 'no Deployment of the manifests is selected by the Service web'],
  ])('refuses manifests it cannot switch, naming the key (%#)', (given, message) => {
    expect(() => planColors(given, settings, 'blue', 'targets.prod.kubernetes.service')).toThrow(
      `Input 'targets.prod.kubernetes.service': ${message}`,
    );
  });
});

describe('Kubernetes blue-green state on the Service', () => {
  const running = (selector: Record<string, string>, annotations: Record<string, string> = {}) => ({
    ...service('web', selector),
    metadata: { name: 'web', annotations },
  });

  it('reads the live colour from the selector, previous and until from the annotations', () => {
    expect(serviceColorState(undefined)).toEqual({
      live: undefined,
      previous: undefined,
      previousUntil: undefined,
    });
    expect(serviceColorState(running({ app: 'web' }))).toMatchObject({ live: undefined });
    expect(
      serviceColorState(
        running(
          { app: 'web', 'gantry.color': 'green' },
          {
            'gantry.dev/bluegreen-previous': 'blue',
            'gantry.dev/bluegreen-previous-until': '2026-12-07T01:00:00.000Z',
          },
        ),
      ),
    ).toEqual({ live: 'green', previous: 'blue', previousUntil: '2026-12-07T01:00:00.000Z' });
    expect(serviceColorState(running({ app: 'web' }, { 'gantry.dev/bluegreen-live': 'blue' })).live).toBe(
      'blue',
    );
  });

  it('deploys the idle colour, blue first', () => {
    expect(idleOf({ live: undefined, previous: undefined, previousUntil: undefined })).toBe('blue');
    expect(idleOf({ live: 'blue', previous: undefined, previousUntil: undefined })).toBe('green');
    expect(idleOf({ live: 'green', previous: 'blue', previousUntil: undefined })).toBe('blue');
  });

  it('the switch: annotations (previous removed on the first), one merge patch, the preview patch', () => {
    expect(switchAnnotations('blue', undefined, 'T')).toEqual({
      'gantry.dev/bluegreen-live': 'blue',
      'gantry.dev/bluegreen-previous': null,
      'gantry.dev/bluegreen-previous-until': null,
    });
    const annotations = switchAnnotations('green', 'blue', '2026-12-07T01:00:00.000Z');
    expect(JSON.parse(switchPatch('green', annotations))).toEqual({
      metadata: {
        annotations: {
          'gantry.dev/bluegreen-live': 'green',
          'gantry.dev/bluegreen-previous': 'blue',
          'gantry.dev/bluegreen-previous-until': '2026-12-07T01:00:00.000Z',
        },
      },
      spec: { selector: { 'gantry.color': 'green' } },
    });
    expect(JSON.parse(previewPatch('blue'))).toEqual({ spec: { selector: { 'gantry.color': 'blue' } } });
    expect(colorSelector('web', 'green')).toBe('gantry.bluegreen=web,gantry.color=green');
  });

  it('a Service that does not run yet is applied switched; a running one is applied still on the live colour', () => {
    const manifest = service('web', { app: 'web' });
    const first = switchedService(manifest, 'blue', switchAnnotations('blue', undefined, 'T'));
    expect(first.metadata.annotations).toEqual({ 'gantry.dev/bluegreen-live': 'blue' });
    expect(first.spec).toMatchObject({ selector: { app: 'web', 'gantry.color': 'blue' } });
    expect(serviceKept(manifest, { live: undefined, previous: undefined, previousUntil: undefined })).toBe(
      manifest,
    );
    const kept = serviceKept(manifest, { live: 'green', previous: 'blue', previousUntil: 'T' });
    expect(kept.spec).toMatchObject({
      selector: { app: 'web', 'gantry.color': 'green' },
      ports: [{ port: 80 }],
    });
    expect(kept.metadata.annotations).toEqual({
      'gantry.dev/bluegreen-live': 'green',
      'gantry.dev/bluegreen-previous': 'blue',
      'gantry.dev/bluegreen-previous-until': 'T',
    });
  });

  it.each([
    [
      { live: undefined, previous: undefined },
      ['blue'],
      { refused: 'no blue-green release has switched the Service yet' },
    ],
    [
      { live: 'blue', previous: undefined },
      ['blue'],
      { refused: 'only blue has been live: there is no previous colour to switch back to' },
    ],
    [
      { live: 'green', previous: 'blue' },
      ['green'],
      { refused: expect.stringContaining('the previous colour (blue) no longer runs') },
    ],
    [{ live: 'green', previous: 'blue' }, ['blue', 'green'], { to: 'blue', from: 'green' }],
    [{ live: 'blue', previous: 'green' }, ['blue', 'green'], { to: 'green', from: 'blue' }],
  ] as const)('switch back from %j with %j running', (state, running, expected) => {
    expect(switchBackTarget({ ...state, previousUntil: undefined }, new Set(running))).toEqual(expected);
  });

  it('plans in words', () => {
    const lines = k8sBlueGreenPlanLines({
      ...settings,
      previewUrls: ['http://10.0.0.9/health'],
      keepPreviousMs: 0,
    });
    expect(lines).toEqual([
      expect.stringContaining('Deployments behind Service web deploy as the idle colour'),
      'before the switch: smoke check of http://10.0.0.9/health (through web-preview, the idle colour)',
      "switch: web's selector moves to the new colour (one patch)",
      expect.stringContaining('the old colour is removed at once'),
    ]);
  });
});
