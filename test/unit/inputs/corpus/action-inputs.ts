import type { Kind, Row } from './kinds.ts';

/**
 * Every input of every action, mapped to the kind of value it takes (kinds.ts gives the rows), and
 * for each bundled action a valid set of inputs the rows are set on, one at a time. `{port}` is a
 * loopback port that counts connections (nothing may connect), `{ws}` the workspace.
 *
 * The corpus test reads every actions/<name>/action.yml and the root action.yml and fails for an
 * input that is not in INPUT_KINDS: a new input cannot be forgotten.
 */

/** By input name; `action/input` where one action's input of that name takes something else. */
export const INPUT_KINDS: Record<string, Kind> = {
  // connection
  host: 'ssh-host',
  'ssh-key': 'private-key',
  'known-hosts': 'known-hosts',
  'insecure-ignore-host-key': 'boolean',
  'jump-host': 'jump-host',
  kubeconfig: 'kubeconfig',
  context: 'name',
  'kube-context': 'name',
  namespace: 'name',
  target: 'enum',
  stack: 'name',
  // files
  'compose-file': 'file-list',
  manifests: 'file-list',
  kustomize: 'file',
  file: 'file',
  'build/context': 'file',
  'ignore-file': 'file-list',
  report: 'file',
  'baseline-report': 'file',
  config: 'file',
  'secret-files': 'secret-files',
  // values
  env: 'kv-lines',
  'build-args': 'kv-lines',
  labels: 'kv-lines',
  secrets: 'secret-lines',
  'build/secrets': 'kv-lines',
  'app-secrets': 'secret-lines',
  'env-groups': 'env-groups',
  'pre-deploy': 'pre-deploy-jobs',
  replicas: 'enum',
  'proxy-service': 'name',
  'switch-variable': 'name',
  // release strategies (deploy-k8s; the same names on deploy-swarm)
  strategy: 'enum',
  switch: 'enum',
  service: 'name',
  'preview-urls': 'url-list',
  'keep-previous': 'duration',
  'canary-weight': 'integer',
  'canary-duration': 'duration',
  images: 'pinned-images',
  'release/images': 'json-map',
  'image-ref': 'image',
  image: 'image',
  services: 'name',
  tags: 'tags',
  tag: 'tags',
  platforms: 'platforms',
  'build-target': 'name',
  'build/target': 'name',
  mode: 'enum',
  version: 'enum',
  'secrets-version': 'enum',
  cache: 'enum',
  severity: 'enum',
  scanners: 'enum',
  digests: 'pinned-images',
  runners: 'json-map',
  registry: 'image',
  'registry-username': 'free-text',
  'registry-password': 'secret',
  'github-token': 'secret',
  // durations, numbers, booleans
  timeout: 'duration',
  'no-progress-timeout': 'duration',
  'lock-timeout': 'duration',
  'smoke-timeout': 'duration',
  'request-timeout': 'duration',
  interval: 'duration',
  'max-interval': 'duration',
  keep: 'integer',
  'keep-secrets': 'integer',
  concurrency: 'integer',
  'consecutive-successes': 'integer',
  push: 'boolean',
  provenance: 'boolean',
  sbom: 'boolean',
  'tag-latest': 'boolean',
  prune: 'boolean',
  rollback: 'boolean',
  'dry-run': 'boolean',
  insecure: 'boolean',
  'ignore-unfixed': 'boolean',
  comment: 'boolean',
  'upload-sarif': 'boolean',
  scan: 'boolean',
  'skip-scan': 'boolean',
  'skip-smoke': 'boolean',
  'require-secrets': 'boolean',
  // smoke
  urls: 'url-list',
  'smoke-urls': 'url-list',
  'expect-status': 'status-codes',
  'smoke-expect-status': 'status-codes',
  'expect-json': 'json',
  'smoke-expect-json': 'json',
  'expect-body': 'regex',
  headers: 'headers',
  // GitHub
  environment: 'free-text',
  'environment-url': 'url',
  // tools
  'kubectl-version': 'version',
  'trivy-version': 'version',
  'db-repository': 'repository-list',
  'java-db-repository': 'repository-list',
};

/** Rows of one input beyond its kind's: empty values of required inputs, conflicting inputs. */
export const EXTRA_ROWS: Record<string, Row[]> = {
  'deploy-swarm/host': [{ label: 'empty (required)', value: '' }],
  'deploy-swarm/stack': [{ label: 'blank (required)', value: '   ' }],
  'smoke/urls': [{ label: 'empty (required)', value: '' }],
  'smoke/max-interval': [
    { label: 'conflicting: shorter than interval', value: '1s', with: { interval: '10s' } },
  ],
  'build/image': [{ label: 'empty (required)', value: '' }],
  'build/digests': [{ label: 'conflicting: merge without digests', value: '', with: { mode: 'merge' } }],
  'deploy-swarm/registry-username': [
    { label: 'conflicting: a user without a password', value: 'ci', with: { 'registry-password': '' } },
  ],
  'secrets/secrets': [{ label: 'conflicting: the same name twice', value: 'A=1\nA=2' }],
  'prune-secrets/stack': [{ label: 'empty (required)', value: '' }],
  'secrets/stack': [{ label: 'empty (required)', value: '' }],
};

/**
 * Inputs a generic row does not apply to, and why: a secret or free text takes any line (masked,
 * never printed, never an argument); a multi-line secret takes line breaks.
 */
export const GENERIC_EXEMPT: Record<string, string> = {
  'registry-password': 'a secret, masked line by line and sent on stdin; never printed',
  'github-token': 'a secret, masked line by line and sent in a header; never printed',
};

/** The composite scan action runs scan-run's bundle with the same inputs. */
export const BUNDLE_OF: Record<string, string> = { scan: 'scan-run' };

const KEY = '-----BEGIN OPENSSH PRIVATE KEY-----\nAAAA\n-----END OPENSSH PRIVATE KEY-----';
const KNOWN = '[127.0.0.1]:{port} ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIGantryTestKeyOnly';
const PIN = `sha256:${'a'.repeat(64)}`;
const KUBECONFIG = [
  'apiVersion: v1',
  'kind: Config',
  'clusters: [{ name: c, cluster: { server: "https://127.0.0.1:{port}" } }]',
  'users: [{ name: u, user: {} }]',
  'contexts: [{ name: ctx, context: { cluster: c, user: u, namespace: shop } }]',
  'current-context: ctx',
  '',
].join('\n');
const ssh = { host: 'ssh://deploy@127.0.0.1:{port}', 'ssh-key': KEY, 'known-hosts': KNOWN };

/** A valid set of inputs of one bundle; `covers` limits it to those inputs (a second shape). */
export interface Base {
  action: string;
  inputs: Record<string, string>;
  covers?: string[];
  skip?: string[];
}

export const BASES: Base[] = [
  { action: 'smoke', inputs: { urls: 'http://127.0.0.1:{port}/health', timeout: '1s' } },
  {
    action: 'build',
    inputs: { image: 'registry.example/app', context: '.', file: 'Dockerfile' },
    skip: ['digests'],
  },
  {
    action: 'build',
    inputs: { image: 'registry.example/app', mode: 'merge', digests: PIN },
    covers: ['digests'],
  },
  {
    action: 'deploy-swarm',
    inputs: {
      ...ssh,
      stack: 'shop',
      'compose-file': 'docker-stack.yml',
      env: 'APP_IMAGE=registry.example/app:1',
    },
  },
  {
    action: 'deploy-k8s',
    inputs: { kubeconfig: KUBECONFIG, manifests: 'app.yml' },
    skip: ['kustomize'],
  },
  { action: 'deploy-k8s', inputs: { kubeconfig: KUBECONFIG, kustomize: '.' }, covers: ['kustomize'] },
  {
    action: 'scan-run',
    inputs: { image: `registry.example/app@${PIN}`, 'ignore-file': 'key.txt' },
    skip: ['report', 'baseline-report'],
  },
  {
    action: 'scan-run',
    inputs: { report: 'report.json', 'baseline-report': 'report.json' },
    covers: ['report', 'baseline-report'],
  },
  {
    action: 'secrets',
    inputs: { ...ssh, stack: 'shop', secrets: 'A=b' },
    skip: ['kubeconfig', 'context', 'namespace'],
  },
  {
    action: 'secrets',
    inputs: { target: 'kubernetes', kubeconfig: KUBECONFIG, stack: 'shop', secrets: 'A=b' },
    covers: ['kubeconfig', 'context', 'namespace'],
  },
  {
    action: 'prune-secrets',
    inputs: { ...ssh, stack: 'shop' },
    skip: ['kubeconfig', 'context', 'namespace'],
  },
  {
    action: 'prune-secrets',
    inputs: { target: 'kubernetes', kubeconfig: KUBECONFIG, stack: 'shop' },
    covers: ['kubeconfig', 'context', 'namespace'],
  },
  { action: 'release', inputs: { config: 'gantry.yml', ...ssh } },
];
