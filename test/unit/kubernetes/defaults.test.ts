import { describe, expect, it } from 'vitest';
import { defaultPortProtocols } from '../../../src/core/kubernetes/defaults.ts';
import type { K8sObject } from '../../../src/core/kubernetes/manifests.ts';

const service = (ports: unknown[]): K8sObject => ({
  apiVersion: 'v1',
  kind: 'Service',
  metadata: { name: 'web' },
  spec: { ports },
});
const deployment = (ports: unknown[], initPorts?: unknown[]): K8sObject => ({
  apiVersion: 'apps/v1',
  kind: 'Deployment',
  metadata: { name: 'web' },
  spec: {
    template: {
      spec: {
        containers: [{ name: 'web', image: 'x', ports }],
        ...(initPorts ? { initContainers: [{ name: 'init', image: 'x', ports: initPorts }] } : {}),
      },
    },
  },
});
const containerPorts = (o: K8sObject) =>
  (o.spec as { template: { spec: { containers: Array<{ ports: unknown }> } } }).template.spec.containers[0]
    ?.ports;

describe('defaultPortProtocols', () => {
  it.each([
    ['a Service port without protocol gets TCP', [{ port: 80 }], [{ port: 80, protocol: 'TCP' }]],
    ['an explicit protocol is kept', [{ port: 53, protocol: 'UDP' }], [{ port: 53, protocol: 'UDP' }]],
    [
      'each entry on its own',
      [{ port: 53, protocol: 'UDP' }, { port: 80 }],
      [
        { port: 53, protocol: 'UDP' },
        { port: 80, protocol: 'TCP' },
      ],
    ],
  ])('%s', (_, ports, expected) => {
    const [out] = defaultPortProtocols([service(ports)]);
    expect(((out as K8sObject).spec as { ports: unknown }).ports).toEqual(expected);
  });

  it('fills container and init container ports of pod templates', () => {
    const [out] = defaultPortProtocols([deployment([{ containerPort: 8080 }], [{ containerPort: 9000 }])]);
    expect(containerPorts(out as K8sObject)).toEqual([{ containerPort: 8080, protocol: 'TCP' }]);
    const init = (
      (out as K8sObject).spec as { template: { spec: { initContainers: Array<{ ports: unknown }> } } }
    ).template.spec.initContainers[0]?.ports;
    expect(init).toEqual([{ containerPort: 9000, protocol: 'TCP' }]);
  });

  it('leaves the input objects untouched and other kinds alone', () => {
    const input = [
      service([{ port: 80 }]),
      { apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'c' }, data: { ports: '1' } },
    ];
    const out = defaultPortProtocols(input);
    expect(((input[0] as K8sObject).spec as { ports: unknown[] }).ports[0]).toEqual({ port: 80 });
    expect(out[1]).toEqual(input[1]);
  });
});
