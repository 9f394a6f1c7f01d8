import { describe, expect, it, test } from 'vitest';
import {
  applyArgs,
  describeArgs,
  eventsArgs,
  getFileArgs,
  logsArgs,
  podsArgs,
  rolloutStatusArgs,
  rolloutUndoArgs,
} from '../../../src/core/kubernetes/argv.ts';
import type { K8sObject } from '../../../src/core/kubernetes/manifests.ts';
import {
  appliedPart,
  changedRollouts,
  failingPods,
  formatPlan,
  parseKubectlJson,
  planObjects,
  rolloutFailureReason,
  selectorOf,
} from '../../../src/core/kubernetes/state.ts';

const web = { kind: 'Deployment', name: 'web', namespace: 'shop' };

test.each([
  [
    applyArgs({ file: '/t/m.yaml', namespace: 'shop', dryRun: false }),
    'apply --server-side --field-manager=gantry --force-conflicts --namespace shop --filename /t/m.yaml --output json',
  ],
  [
    applyArgs({ file: '/t/m.yaml', namespace: undefined, dryRun: true }),
    'apply --server-side --field-manager=gantry --force-conflicts --dry-run=server --filename /t/m.yaml --output json',
  ],
  [getFileArgs('/t/m.yaml', undefined), 'get --filename /t/m.yaml --ignore-not-found --output json'],
  [
    rolloutStatusArgs(web, 600_000),
    'rollout status deployment/web --namespace shop --watch=true --timeout=600s',
  ],
  [
    rolloutStatusArgs({ ...web, namespace: undefined }, 1500),
    'rollout status deployment/web --watch=true --timeout=2s',
  ],
  [
    rolloutUndoArgs({ kind: 'StatefulSet', name: 'db', namespace: 'shop' }),
    'rollout undo statefulset/db --namespace shop',
  ],
  [describeArgs(web), 'describe deployment/web --namespace shop'],
  [
    eventsArgs(web),
    'get events --namespace shop --field-selector involvedObject.kind=Deployment,involvedObject.name=web --sort-by=.lastTimestamp',
  ],
  [podsArgs('shop', 'app=web'), 'get pods --namespace shop --selector app=web --output json'],
  [
    logsArgs('shop', 'web-1', 30),
    'logs web-1 --namespace shop --all-containers=true --tail=30 --limit-bytes=65536',
  ],
])('argv %#', (argv, expected) => expect(argv.join(' ')).toBe(expected));

const deployment = (image: string, extra: Record<string, unknown> = {}): K8sObject => ({
  apiVersion: 'apps/v1',
  kind: 'Deployment',
  metadata: {
    name: 'web',
    namespace: 'shop',
    resourceVersion: '10',
    generation: 3,
    annotations: { 'deployment.kubernetes.io/revision': '2' },
    managedFields: [{ manager: 'gantry' }],
    ...extra,
  },
  spec: {
    selector: { matchLabels: { app: 'web', tier: 'front' } },
    template: { metadata: { labels: { app: 'web' } }, spec: { containers: [{ name: 'web', image }] } },
  },
  status: { replicas: 1 },
});
const service = (port: number): K8sObject => ({
  apiVersion: 'v1',
  kind: 'Service',
  metadata: { name: 'web', namespace: 'shop', resourceVersion: '5' },
  spec: { ports: [{ port }] },
});
const ns: K8sObject = { apiVersion: 'v1', kind: 'Namespace', metadata: { name: 'shop' } };

describe('parseKubectlJson', () => {
  it('reads a List, a single object, and objects printed one after another', () => {
    const list = JSON.stringify({ apiVersion: 'v1', kind: 'List', items: [deployment('a'), service(80)] });
    expect(parseKubectlJson(list).map((o) => o.kind)).toEqual(['Deployment', 'Service']);
    expect(parseKubectlJson(JSON.stringify(service(80))).map((o) => o.kind)).toEqual(['Service']);
    const concatenated = `${JSON.stringify(deployment('a {"x"} }'), null, 4)}\n${JSON.stringify(service(80))}`;
    expect(parseKubectlJson(concatenated).map((o) => o.kind)).toEqual(['Deployment', 'Service']);
    expect(parseKubectlJson('')).toEqual([]);
    expect(parseKubectlJson(JSON.stringify({ kind: 'DeploymentList', items: [] }))).toEqual([]);
  });
  it('refuses cut-off output', () => expect(() => parseKubectlJson('{"kind":')).toThrow(/incomplete JSON/));
});

describe('planObjects', () => {
  const desired = [ns, deployment('app:v2'), service(80)].map((o) => ({
    ...o,
    metadata: { name: o.metadata.name, ...(o.kind === 'Namespace' ? {} : {}) },
  })) as K8sObject[];
  test.each([
    ['nothing live', [], [ns, deployment('app:v2'), service(80)], ['create', 'create', 'create']],
    [
      'a new image and a new port',
      [ns, deployment('app:v1'), service(81)],
      [ns, deployment('app:v2', { resourceVersion: '11', generation: 4 }), service(80)],
      ['unchanged', 'rollout', 'update'],
    ],
    [
      'only metadata that the server changes',
      [ns, deployment('app:v2'), service(80)],
      [ns, deployment('app:v2', { resourceVersion: '12', managedFields: [] }), service(80)],
      ['unchanged', 'unchanged', 'unchanged'],
    ],
    [
      'an annotation on the workload only (no rollout)',
      [ns, deployment('app:v2'), service(80)],
      [ns, deployment('app:v2', { annotations: { 'gantry.dev/commit': 'abc' } }), service(80)],
      ['unchanged', 'update', 'unchanged'],
    ],
  ])('%s', (_name, live, after, changes) => {
    const plans = planObjects(desired, live as K8sObject[], after as K8sObject[], 'shop');
    expect(plans.map((p) => p.change)).toEqual(changes);
    expect(plans[1]?.imagesAfter).toEqual(['web=app:v2']);
  });

  it('records the revision before, and undoes only what this run rolled out', () => {
    const plans = planObjects(
      desired,
      [ns, deployment('app:v1'), service(80)],
      [ns, deployment('app:v2'), service(80)],
      'shop',
    );
    expect(plans[1]).toMatchObject({ revisionBefore: '2', imagesBefore: ['web=app:v1'], namespace: 'shop' });
    expect(changedRollouts(plans)).toEqual([{ kind: 'Deployment', name: 'web', namespace: 'shop' }]);
    expect(formatPlan(plans)).toEqual([
      'unchanged Namespace/shop',
      'rollout   Deployment/web (namespace shop)  web=app:v1 -> web=app:v2',
      'unchanged Service/web    (namespace shop)',
      '3 object(s): 0 to create, 1 to roll out, 0 to update, 2 unchanged',
    ]);
  });
});

describe('appliedPart (an apply refused part-way, read back)', () => {
  const desired = [deployment('app:v2'), service(80)] as K8sObject[];
  it('the workload that rolled out before the refusal is undone; the object never created is not a create', () => {
    const plans = appliedPart(desired, [deployment('app:v1')], [deployment('app:v2')], 'shop');
    expect(plans.map((p) => [p.kind, p.change])).toEqual([
      ['Deployment', 'rollout'],
      ['Service', 'unchanged'],
    ]);
    expect(changedRollouts(plans)).toEqual([{ kind: 'Deployment', name: 'web', namespace: 'shop' }]);
  });
  it('an object the refused apply did create stays a create (the manifest names no namespace, the server does)', () => {
    const created = { ...service(80), metadata: { ...service(80).metadata, namespace: 'shop' } } as K8sObject;
    const bare = { ...service(80), metadata: { name: service(80).metadata.name } } as K8sObject;
    const plans = appliedPart(
      [deployment('app:v2'), bare],
      [deployment('app:v1')],
      [deployment('app:v2'), created],
      'shop',
    );
    expect(plans.map((p) => [p.kind, p.change, p.namespace])).toEqual([
      ['Deployment', 'rollout', 'shop'],
      ['Service', 'create', 'shop'],
    ]);
  });
  it('refused at the first object: nothing changed, nothing to undo', () => {
    const plans = appliedPart(desired, [deployment('app:v1')], [deployment('app:v1')], 'shop');
    expect(plans.map((p) => p.change)).toEqual(['unchanged', 'unchanged']);
    expect(changedRollouts(plans)).toEqual([]);
  });
});

describe('pods and rollout output', () => {
  it('selectorOf', () => {
    expect(selectorOf(deployment('a'))).toBe('app=web,tier=front');
    expect(selectorOf(service(80))).toBeUndefined();
  });
  const pod = (name: string, status: Record<string, unknown>): K8sObject => ({
    apiVersion: 'v1',
    kind: 'Pod',
    metadata: { name },
    status,
  });
  it('failingPods: not ready first by how broken, ready and finished ones left out', () => {
    const pods = [
      pod('ok', { phase: 'Running', conditions: [{ type: 'Ready', status: 'True' }] }),
      pod('done', { phase: 'Succeeded' }),
      pod('probe', {
        phase: 'Running',
        conditions: [{ type: 'Ready', status: 'False' }],
        containerStatuses: [{ name: 'web', ready: false, restartCount: 0, state: { running: {} } }],
      }),
      pod('pull', {
        phase: 'Pending',
        containerStatuses: [
          {
            name: 'web',
            ready: false,
            state: { waiting: { reason: 'ImagePullBackOff', message: 'Back-off pulling image' } },
          },
        ],
      }),
      pod('crash', {
        phase: 'Running',
        containerStatuses: [
          {
            name: 'web',
            ready: false,
            restartCount: 3,
            state: { running: {} },
            lastState: { terminated: { exitCode: 1, reason: 'Error' } },
          },
        ],
      }),
    ];
    expect(failingPods(pods)).toEqual([
      { name: 'pull', reason: 'web: ImagePullBackOff (Back-off pulling image)' },
      { name: 'crash', reason: 'web: exited 1 (Error)' },
      { name: 'probe', reason: 'web: not ready' },
    ]);
    expect(failingPods(pods, 1)).toHaveLength(1);
  });
  test.each([
    [
      'Waiting for deployment "web" rollout to finish: 1 old replicas are pending termination...\n',
      'error: deployment "web" exceeded its progress deadline',
      'deployment "web" exceeded its progress deadline',
    ],
    ['', 'error: timed out waiting for the condition', 'timed out waiting for the condition'],
    ['something', '', 'something'],
    ['', '', 'rollout did not complete'],
  ])('rolloutFailureReason %#', (stdout, stderr, reason) =>
    expect(rolloutFailureReason(stderr, stdout)).toBe(reason),
  );
});
