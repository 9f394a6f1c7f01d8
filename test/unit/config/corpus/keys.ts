import type { ConfigRow, Kind } from './rows.ts';
import { SECRET } from './rows.ts';

/**
 * Every key of gantry.yml (as schema-keys.ts reads them from the schema) mapped to its kind, the
 * valid config the rows are set on, and rows beyond the kinds' (names the user picks, conflicts,
 * text that is not YAML). `*` is a name the user picks, `[]` an item of a list.
 */
export const KEY_KINDS: Record<string, Kind> = {
  image: 'image',
  images: 'mapping',
  'images.*.name': 'image',
  'images.*.context': 'file',
  'images.*.dockerfile': 'file',
  'images.*.target': 'name',
  'images.*.platforms': 'platforms',
  'images.*.build-args': 'build-args',
  'images.*.variable': 'variable-name',
  registry: 'mapping',
  'registry.username': 'text',
  'registry.password': 'value-source',
  'registry.password.env': 'variable-name',
  'registry.password.file': 'file',
  build: 'mapping',
  'build.context': 'file',
  'build.dockerfile': 'file',
  'build.platforms': 'platforms',
  'build.build-args': 'build-args',
  'build.target': 'name',
  'build.tag-latest': 'boolean',
  'build.parallel': 'integer',
  scan: 'mapping',
  'scan.enabled': 'boolean',
  'scan.severity': 'severity',
  'scan.ignore-unfixed': 'boolean',
  'scan.ignore-files': 'file-list',
  'scan.scanners': 'scanners',
  secrets: 'mapping',
  'secrets.version': 'enum',
  'secrets.values': 'mapping',
  'secrets.values.*.env': 'variable-name',
  'secrets.values.*.file': 'file',
  prune: 'mapping',
  'prune.enabled': 'boolean',
  'prune.keep': 'integer',
  targets: 'mapping',
  'targets.*.swarm': 'mapping',
  'targets.*.swarm.host': 'ssh-host',
  'targets.*.swarm.ssh-key-file': 'file',
  'targets.*.swarm.known-hosts-file': 'file',
  'targets.*.swarm.jump-host': 'jump-host',
  'targets.*.swarm.stack': 'name',
  'targets.*.swarm.stack-files': 'file-list',
  'targets.*.swarm.image-variable': 'variable-name',
  'targets.*.swarm.env': 'env-map',
  'targets.*.swarm.env-groups': 'env-groups',
  'targets.*.swarm.timeout': 'duration',
  'targets.*.swarm.no-progress-timeout': 'duration',
  'targets.*.swarm.lock-timeout': 'duration',
  'targets.*.swarm.rollback': 'boolean',
  'targets.*.swarm.prune-services': 'boolean',
  'targets.*.swarm.strategy': 'enum',
  'targets.*.swarm.proxy-service': 'name',
  'targets.*.swarm.switch-variable': 'variable-name',
  'targets.*.swarm.preview-urls': 'preview-urls',
  'targets.*.swarm.keep-previous': 'duration',
  'targets.*.swarm.pre-deploy': 'pre-deploy',
  'targets.*.swarm.replicas': 'enum',
  'targets.*.kubernetes': 'mapping',
  'targets.*.kubernetes.kubeconfig': 'file',
  'targets.*.kubernetes.stack': 'name',
  'targets.*.kubernetes.context': 'name',
  'targets.*.kubernetes.namespace': 'name',
  'targets.*.kubernetes.manifests': 'file-list',
  'targets.*.kubernetes.kustomize': 'file',
  'targets.*.kubernetes.image-name': 'image',
  'targets.*.kubernetes.env': 'env-map',
  'targets.*.kubernetes.env-groups': 'env-groups',
  'targets.*.kubernetes.timeout': 'duration',
  'targets.*.kubernetes.lock-timeout': 'duration',
  'targets.*.kubernetes.rollback': 'boolean',
  'targets.*.kubernetes.pre-deploy': 'pre-deploy',
  'targets.*.kubernetes.replicas': 'enum',
  'targets.*.kubernetes.strategy': 'enum',
  'targets.*.kubernetes.service': 'name',
  'targets.*.kubernetes.preview-urls': 'preview-urls',
  'targets.*.kubernetes.keep-previous': 'duration',
  'targets.*.kubernetes.canary-weight': 'integer',
  'targets.*.kubernetes.canary-duration': 'duration',
};

/** The keys every smoke section has (top level, and under each target). */
const SMOKE_KINDS: Record<string, Kind> = {
  smoke: 'mapping',
  'smoke.urls': 'url-list',
  'smoke.expect-status': 'status-codes',
  'smoke.expect-json': 'json',
  'smoke.expect-body': 'regex',
  'smoke.timeout': 'duration',
  'smoke.request-timeout': 'duration',
  'smoke.interval': 'duration',
  'smoke.max-interval': 'duration',
  'smoke.concurrency': 'integer',
  'smoke.consecutive-successes': 'integer',
  'smoke.insecure': 'boolean',
  'smoke.per-node': 'boolean',
};
/** The keys every pre-deploy job has. */
const JOB_KINDS: Record<string, Kind> = {
  'pre-deploy[].name': 'name',
  'pre-deploy[].image': 'image',
  'pre-deploy[].command': 'command',
  'pre-deploy[].env': 'env-map',
  'pre-deploy[].secrets': 'variable-name',
  'pre-deploy[].volumes': 'volumes',
  'pre-deploy[].timeout': 'duration',
};
for (const at of ['', 'targets.*.swarm.', 'targets.*.kubernetes.'])
  for (const [key, kind] of Object.entries(SMOKE_KINDS)) KEY_KINDS[`${at}${key}`] = kind;
for (const at of ['targets.*.swarm.', 'targets.*.kubernetes.'])
  for (const [key, kind] of Object.entries(JOB_KINDS)) KEY_KINDS[`${at}${key}`] = kind;

const smoke = { urls: ['http://127.0.0.1:{port}/health'] };

/** A valid gantry.yml with every section: a Swarm target (prod) and a Kubernetes one (k8s). */
export const BASE = {
  image: 'registry.example/app',
  registry: { username: 'ci', password: { env: 'CORPUS_REGISTRY_PASSWORD' } },
  build: {
    context: '.',
    dockerfile: 'Dockerfile',
    platforms: ['linux/amd64'],
    'build-args': { VERSION: '1' },
    target: 'runtime',
    'tag-latest': false,
    parallel: 1,
  },
  scan: { enabled: true, severity: ['CRITICAL'], 'ignore-unfixed': false, scanners: ['vuln'] },
  secrets: { version: 'content', values: { DB_PASSWORD: { env: 'CORPUS_SECRET' } } },
  smoke: { ...smoke, 'expect-status': '200', timeout: '5s', interval: '1s', 'max-interval': '2s' },
  prune: { enabled: true, keep: 3 },
  targets: {
    prod: {
      swarm: {
        host: 'ssh://deploy@127.0.0.1:{port}',
        'ssh-key-file': 'key',
        'known-hosts-file': 'known_hosts',
        stack: 'shop',
        'stack-files': ['docker-stack.yml'],
        env: { LOG_LEVEL: 'info' },
        timeout: '1m',
        smoke,
        'pre-deploy': [{ name: 'migrate', command: ['./migrate'] }],
      },
    },
    k8s: {
      kubernetes: {
        kubeconfig: 'kubeconfig',
        stack: 'shop',
        namespace: 'shop',
        manifests: ['app.yml'],
        smoke,
        'pre-deploy': [{ name: 'migrate', command: ['./migrate'] }],
      },
    },
  },
};

/** The same with `images:` (several images) for the rows of an image's keys. */
export const IMAGES_BASE = {
  ...BASE,
  image: undefined,
  images: {
    api: {
      name: 'registry.example/api',
      context: '.',
      dockerfile: 'Dockerfile',
      target: 'runtime',
      platforms: ['linux/amd64'],
      'build-args': { VERSION: '1' },
      variable: 'API_IMAGE',
    },
  },
};

/** The names the rows use for `*` and `[]`. */
export const concrete = (pattern: string): string =>
  pattern
    .replace(/^targets\.\*\.swarm/, 'targets.prod.swarm')
    .replace(/^targets\.\*\.kubernetes/, 'targets.k8s.kubernetes')
    .replace(/^images\.\*/, 'images.api')
    .replace(/^secrets\.values\.\*/, 'secrets.values.DB_PASSWORD')
    .replaceAll('[]', '[0]');

/** Rows of one key path beyond its kind's (names, conflicts); a row with raw text replaces the file. */
export const EXTRA_ROWS: Record<string, Array<ConfigRow & { raw?: string }>> = {
  '(file)': [
    { label: 'unparsable YAML', value: undefined, raw: 'image: [\n', names: 'gantry.yml:' },
    { label: 'not a mapping', value: undefined, raw: '- a\n- b\n', names: '(top level)' },
    { label: 'a YAML alias bomb', value: undefined, raw: billionLaughs(), names: 'gantry.yml:' },
    {
      label: 'an unknown top-level key',
      value: undefined,
      raw: 'image: a/b\ntargetz: {}\n',
      names: 'targetz',
    },
  ],
  targets: [
    {
      label: 'a target name with path traversal',
      value: { '../prod': BASE.targets.prod },
      names: 'targets.../prod',
    },
    {
      label: 'a target name with shell metacharacters',
      value: { 'prod;id': BASE.targets.prod },
      names: 'targets.prod;id',
    },
    { label: 'no target', value: {} },
  ],
  'targets.*.swarm': [
    {
      label: 'conflicting: swarm and kubernetes in one target',
      value: BASE.targets.prod.swarm,
      with: { 'targets.prod.kubernetes': BASE.targets.k8s.kubernetes },
      names: 'targets.prod',
    },
  ],
  image: [
    {
      label: 'conflicting: image and images',
      value: 'registry.example/app',
      with: { images: IMAGES_BASE.images },
      names: 'images',
    },
  ],
  images: [
    {
      label: 'an image key with path traversal',
      value: { '../api': IMAGES_BASE.images.api },
      with: { image: undefined },
      names: 'images.../api',
    },
  ],
  'secrets.values': [
    {
      label: 'a secret name with path traversal',
      value: { '../x': { env: 'A' } },
      names: 'secrets.values.../x',
    },
    {
      label: 'a secret name with a dot',
      value: { 'db.password': { env: 'A' } },
      names: 'secrets.values.db.password',
    },
  ],
  'targets.*.kubernetes.stack': [
    {
      label: 'conflicting: secrets without a stack',
      value: undefined,
      names: 'targets.k8s.kubernetes.stack',
    },
  ],
  'smoke.per-node': [
    { label: 'conflicting: per-node with URLs whose host is not {node}', value: true, names: 'smoke.urls' },
  ],
  'registry.password': [{ label: 'a secret as a plain value', value: SECRET }],
};

/** A YAML document whose aliases expand to a billion strings (it must be refused, not expanded). */
function billionLaughs(): string {
  const lines = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]'];
  for (let i = 1; i < 9; i++) {
    const prev = String.fromCharCode(96 + i);
    const next = String.fromCharCode(97 + i);
    lines.push(`${next}: &${next} [${Array(9).fill(`*${prev}`).join(',')}]`);
  }
  lines.push('image: *i');
  return `${lines.join('\n')}\n`;
}
