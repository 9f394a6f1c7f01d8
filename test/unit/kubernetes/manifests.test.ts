import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it, test } from 'vitest';
import { ConfigurationError } from '../../../src/core/errors.ts';
import {
  annotateWorkloads,
  checkNamespaces,
  imageName,
  imagesOf,
  type K8sObject,
  loadManifests,
  parseImages,
  pinImages,
  rolloutWorkloads,
  substituteEnv,
  traceAnnotations,
  workloadRefs,
} from '../../../src/core/kubernetes/manifests.ts';

const dir = path.resolve(import.meta.dirname, '../../fixtures/kubernetes-manifests');
const source = (name: string) => ({ path: name, text: readFileSync(path.join(dir, name), 'utf8') });
const NAMES = { manifests: 'manifests', env: 'env', images: 'images', namespace: 'namespace' };
const DIGEST = `sha256:${'a'.repeat(64)}`;
const APP_ENV = new Map([
  ['APP_NAME', 'web'],
  ['SECRET_NAME', 'web-token-v3'],
  ['PULL_SECRET', 'regcred'],
  ['RELEASE', 'r1'],
  ['READY_PATH', '/health'],
  ['PROGRESS_DEADLINE', '15'],
]);
const errorOf = (fn: () => unknown): ConfigurationError => {
  try {
    fn();
  } catch (error) {
    if (error instanceof ConfigurationError) return error;
    throw error;
  }
  throw new Error('did not throw');
};

describe('substituteEnv', () => {
  test.each([
    ['${A}', { A: '1' }, '1'],
    ['x-${A}-${B}', { A: '1', B: 'two' }, 'x-1-two'],
    ['$${A} stays', {}, '${A} stays'],
    ['$(A) is kubernetes syntax', {}, '$(A) is kubernetes syntax'],
    ['$A is not ours', {}, '$A is not ours'],
    ['${A}', { A: '' }, ''],
  ])('%s', (text, env, expected) => {
    expect(substituteEnv({ path: 'f.yaml', text }, new Map(Object.entries(env)))).toBe(expected);
  });

  it('names the input, the file and every missing key', () => {
    const error = errorOf(() => substituteEnv({ path: 'f.yaml', text: '${A} ${B} ${A}' }, new Map()));
    expect(error.message).toBe(
      "Input 'env': f.yaml uses ${A}, ${B} but no value is given (add KEY=value lines, or write $${KEY} for a literal)",
    );
  });
});

describe('loadManifests', () => {
  it('splits multi-document YAML, flattens Lists, skips empty documents', () => {
    const objects = loadManifests([source('multi.yaml')], new Map([['GREETING', 'hi']]), NAMES);
    expect(objects.map((o) => `${o.kind}/${o.metadata.name}`)).toEqual([
      'ConfigMap/settings',
      'CronJob/report',
      'StatefulSet/db',
      'DaemonSet/agent',
      'Job/once',
      'Pod/debug',
    ]);
    expect((objects[0] as K8sObject & { data: { script: string } }).data.script).toBe('echo ${HOME} and hi');
  });

  it('substitutes secret names into a secret volume and a secretKeyRef; numbers stay numbers', () => {
    const [deployment, service] = loadManifests([source('app/deployment.yaml')], APP_ENV, NAMES);
    expect(deployment).toMatchObject({
      spec: {
        progressDeadlineSeconds: 15,
        template: {
          spec: {
            volumes: [{ secret: { secretName: 'web-token-v3' } }],
            containers: [
              { env: [{ value: 'r1' }, { valueFrom: { secretKeyRef: { name: 'web-token-v3' } } }] },
            ],
          },
        },
      },
    });
    expect(service?.kind).toBe('Service');
  });

  test.each([
    ['broken.yaml', /^Input 'manifests': broken.yaml:12 is not valid YAML/],
    ['scalar.yaml', /^Input 'manifests': scalar.yaml:1: a document must be a Kubernetes object/],
    ['nokind.yaml', /^Input 'manifests': nokind.yaml:1: the object has no kind/],
    ['noname.yaml', /^Input 'manifests': noname.yaml:1: the ConfigMap has no metadata.name/],
    ['twice.yaml', /^Input 'manifests': ConfigMap\/a is defined twice/],
    ['empty.yaml', /^Input 'manifests': the manifests hold no Kubernetes object/],
  ])('%s is refused', (name, message) => {
    const texts: Record<string, string> = {
      'scalar.yaml': 'just text',
      'nokind.yaml': 'apiVersion: v1\nmetadata: {name: a}',
      'noname.yaml': 'apiVersion: v1\nkind: ConfigMap\nmetadata: {generateName: a-}',
      'twice.yaml':
        'apiVersion: v1\nkind: ConfigMap\nmetadata: {name: a}\n---\napiVersion: v1\nkind: ConfigMap\nmetadata: {name: a}',
      'empty.yaml': '# nothing\n---\n',
    };
    const src = name === 'broken.yaml' ? source(name) : { path: name, text: texts[name] ?? '' };
    expect(errorOf(() => loadManifests([src], new Map(), NAMES)).message).toMatch(message);
  });
});

describe('images', () => {
  test.each([
    ['gantry/app:v1', 'gantry/app'],
    ['127.0.0.1:5000/gantry/app:v1', '127.0.0.1:5000/gantry/app'],
    ['127.0.0.1:5000/gantry/app', '127.0.0.1:5000/gantry/app'],
    [`127.0.0.1:5000/gantry/app@${DIGEST}`, '127.0.0.1:5000/gantry/app'],
    [`gantry/app:v1@${DIGEST}`, 'gantry/app'],
    ['busybox', 'busybox'],
  ])('imageName(%s) = %s', (ref, name) => expect(imageName(ref)).toBe(name));

  test.each([
    ['app=gantry/app:v1'],
    ['app=gantry/app@sha256:abc'],
    [`=gantry/app@sha256:${'a'.repeat(64)}`],
    ['no equals sign'],
    [`App=x@sha256:${'a'.repeat(64)}`],
  ])('parseImages refuses %s', (line) => {
    expect(errorOf(() => parseImages('images', [line])).message).toMatch(
      /^Input 'images': expected name=image@sha256/,
    );
  });

  it('pins containers and init containers of every kind with pods, by image name', () => {
    const objects = loadManifests(
      [source('multi.yaml'), source('app/deployment.yaml')],
      new Map([...APP_ENV, ['GREETING', 'x']]),
      NAMES,
    );
    const pins = parseImages('images', [
      `registry.example.com/shop/tools=registry.example.com/shop/tools@${DIGEST}`,
      `127.0.0.1:5000/gantry/app=127.0.0.1:5000/gantry/app@${DIGEST}`,
      `postgres=postgres@${DIGEST}`,
    ]);
    const pinned = pinImages(objects, pins);
    const images = Object.fromEntries(
      pinned.filter((o) => o.kind !== 'Service').map((o) => [o.metadata.name, imagesOf(o)]),
    );
    expect(images).toEqual({
      settings: [],
      report: [
        `migrate=registry.example.com/shop/tools@${DIGEST}`,
        `report=registry.example.com/shop/tools@${DIGEST}`,
      ],
      db: [`db=postgres@${DIGEST}`],
      agent: ['agent=registry.example.com/shop/agent'],
      once: [`once=registry.example.com/shop/tools@${DIGEST}`],
      debug: ['sh=busybox'],
      web: [`wait=127.0.0.1:5000/gantry/app@${DIGEST}`, `web=127.0.0.1:5000/gantry/app@${DIGEST}`],
    });
    // The input objects are not changed.
    expect(imagesOf(objects.find((o) => o.metadata.name === 'db') as K8sObject)).toEqual(['db=postgres:16']);
  });

  it('a pin that matches no container is an error naming the images in the manifests', () => {
    const objects = loadManifests([source('app/deployment.yaml')], APP_ENV, NAMES);
    expect(
      errorOf(() => pinImages(objects, parseImages('images', [`gantry/ap=gantry/ap@${DIGEST}`]))).message,
    ).toBe(
      "Input 'images': no container uses gantry/ap (images in the manifests: 127.0.0.1:5000/gantry/app)",
    );
  });
});

describe('traceability annotations', () => {
  const env = {
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_REPOSITORY: 'acme/shop',
    GITHUB_RUN_ID: '42',
    GITHUB_RUN_ATTEMPT: '2',
    GITHUB_SHA: 'abc123',
    GITHUB_REF: 'refs/tags/v1.2.0',
    GITHUB_ACTOR: 'octocat',
    GITHUB_WORKFLOW: 'release',
  };
  it('reads the run from the environment', () => {
    expect(traceAnnotations(env)).toEqual({
      'gantry.dev/run-url': 'https://github.com/acme/shop/actions/runs/42/attempts/2',
      'gantry.dev/repository': 'acme/shop',
      'gantry.dev/commit': 'abc123',
      'gantry.dev/ref': 'refs/tags/v1.2.0',
      'gantry.dev/actor': 'octocat',
      'gantry.dev/workflow': 'release',
    });
    expect(traceAnnotations({})).toEqual({});
  });

  it('go on the metadata of workloads only, never on their pod templates', () => {
    const objects = loadManifests(
      [source('multi.yaml'), source('app/deployment.yaml')],
      new Map([...APP_ENV, ['GREETING', 'x']]),
      NAMES,
    );
    const annotated = annotateWorkloads(objects, traceAnnotations(env));
    const has = annotated
      .filter((o) => o.metadata.annotations?.['gantry.dev/commit'] === 'abc123')
      .map((o) => o.metadata.name);
    expect(has).toEqual(['report', 'db', 'agent', 'once', 'debug', 'web']);
    const web = annotated.find((o) => o.kind === 'Deployment') as {
      spec: { template: { metadata: object } };
    } & K8sObject;
    expect(web.spec.template.metadata).toEqual({ labels: { app: 'web' } });
    expect(web.metadata.labels).toEqual({ app: 'web' });
  });
});

describe('workloads and namespaces', () => {
  const objects = loadManifests([source('multi.yaml')], new Map([['GREETING', 'x']]), NAMES);
  it('waits on Deployments, StatefulSets and DaemonSets, in their own namespace or the default', () => {
    expect(rolloutWorkloads(objects, 'prod')).toEqual([
      { kind: 'StatefulSet', name: 'db', namespace: 'shop' },
      { kind: 'DaemonSet', name: 'agent', namespace: 'prod' },
    ]);
    expect(workloadRefs(objects, 'prod').map((w) => w.kind)).toEqual([
      'CronJob',
      'StatefulSet',
      'DaemonSet',
      'Job',
      'Pod',
    ]);
  });
  it('an object in another namespace than the namespace input is an error', () => {
    expect(() => checkNamespaces(objects, undefined)).not.toThrow();
    expect(() => checkNamespaces(objects, 'shop')).not.toThrow();
    expect(errorOf(() => checkNamespaces(objects, 'prod')).message).toBe(
      "Input 'namespace': is prod, but StatefulSet db names namespace shop; remove one of them",
    );
  });
});
