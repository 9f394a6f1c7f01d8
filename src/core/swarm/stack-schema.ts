/**
 * The properties each stack-file version allows, as the Docker CLI's compose schemas (3.0 to 3.13)
 * define them: a property a version does not know is refused, as `docker stack deploy` refuses it.
 * Only the property names are checked here (and the types of the fields the plan reads), not
 * every value's format.
 */

export const DEFAULT_VERSION = '3.13';
const LATEST_MINOR = 13;

/** `version:` as Docker reads it: absent, `""` and `"3"` mean 3.13; anything but 3.0–3.13 is refused. */
export function minorOf(version: string): number | undefined {
  const match = /^3\.(\d+)$/.exec(version);
  if (match === null) return undefined;
  const minor = Number(match[1]);
  return String(minor) === match[1] && minor <= LATEST_MINOR ? minor : undefined;
}

export const normalizeVersion = (version: string): string =>
  version === '' || version === '3' ? DEFAULT_VERSION : version;

/** [property, first 3.x minor version that allows it]. */
type Since = ReadonlyArray<readonly [string, number]>;
const all = (names: string, since = 0): Since => names.split(' ').map((n) => [n, since] as const);

const TOP: Since = [...all('version services networks volumes'), ['secrets', 1], ['configs', 3]];
const SERVICE: Since = [
  ...all(
    'deploy build cap_add cap_drop cgroup_parent command container_name depends_on devices dns dns_search ' +
      'domainname entrypoint env_file environment expose external_links extra_hosts healthcheck hostname ' +
      'image ipc labels links logging mac_address network_mode networks pid ports privileged read_only ' +
      'restart security_opt shm_size sysctls stdin_open stop_grace_period stop_signal tmpfs tty ulimits ' +
      'user userns_mode volumes working_dir',
  ),
  ['secrets', 1],
  ['configs', 3],
  ['credential_spec', 3],
  ['isolation', 5],
  ['init', 7],
  ['cgroupns_mode', 9],
  ['oom_score_adj', 13],
];
const DEPLOY: Since = [
  ...all('mode replicas labels update_config resources restart_policy placement'),
  ['endpoint_mode', 2],
  ['rollback_config', 7],
];
const NETWORK: Since = [
  ...all('driver driver_opts ipam external internal labels'),
  ['attachable', 2],
  ['name', 5],
];
const SECRET: Since = [
  ...all('file external labels'),
  ['name', 5],
  ...all('driver driver_opts template_driver', 8),
];
const CONFIG: Since = [...all('file external labels'), ['name', 5], ['template_driver', 8]];

/** Where `x-*` extension fields are allowed, from which minor version. */
const EXTENSIONS = { top: 4, service: 7, deploy: Number.POSITIVE_INFINITY, network: 7, secret: 7, config: 7 };

const TABLES = {
  top: TOP,
  service: SERVICE,
  deploy: DEPLOY,
  network: NETWORK,
  secret: SECRET,
  config: CONFIG,
};
export type Section = keyof typeof TABLES;

/** The first property of `keys` that `section` does not allow in this version, if any. */
export function unknownProperty(section: Section, minor: number, keys: Iterable<string>): string | undefined {
  const allowed = new Set(TABLES[section].filter(([, since]) => since <= minor).map(([name]) => name));
  for (const key of keys) {
    if (key.startsWith('x-') && minor >= EXTENSIONS[section]) continue;
    if (!allowed.has(key)) return key;
  }
  return undefined;
}

/** Service properties the Docker CLI refuses in a stack file whatever the version, with its advice. */
export const FORBIDDEN_SERVICE_PROPERTIES: Readonly<Record<string, string>> = {
  extends: 'Support for `extends` is not implemented yet.',
  volume_driver:
    'Instead of setting the volume driver on the service, define a volume using the top-level `volumes` option and specify the driver there.',
  volumes_from:
    'To share a volume between services, define it using the top-level `volumes` option and reference it from each service that shares it using the service-level `volumes` option.',
  cpu_quota: 'Set resource limits using deploy.resources',
  cpu_shares: 'Set resource limits using deploy.resources',
  cpuset: 'Set resource limits using deploy.resources',
  mem_limit: 'Set resource limits using deploy.resources',
  memswap_limit: 'Set resource limits using deploy.resources',
};

/**
 * Values Docker converts to a number or a boolean after interpolation (path patterns: `*` is any
 * key, `[]` any list item). A substituted value that does not convert is refused.
 */
export const CASTS: ReadonlyArray<readonly [string, 'int' | 'float' | 'bool']> = [
  ['services.*.configs.[].mode', 'int'],
  ['services.*.secrets.[].mode', 'int'],
  ['services.*.healthcheck.retries', 'int'],
  ['services.*.healthcheck.disable', 'bool'],
  ['services.*.deploy.replicas', 'int'],
  ['services.*.deploy.update_config.parallelism', 'int'],
  ['services.*.deploy.update_config.max_failure_ratio', 'float'],
  ['services.*.deploy.rollback_config.parallelism', 'int'],
  ['services.*.deploy.rollback_config.max_failure_ratio', 'float'],
  ['services.*.deploy.restart_policy.max_attempts', 'int'],
  ['services.*.deploy.placement.max_replicas_per_node', 'int'],
  ['services.*.ports.[].target', 'int'],
  ['services.*.ports.[].published', 'int'],
  ['services.*.ulimits.*', 'int'],
  ['services.*.ulimits.*.hard', 'int'],
  ['services.*.ulimits.*.soft', 'int'],
  ['services.*.privileged', 'bool'],
  ['services.*.oom_score_adj', 'int'],
  ['services.*.read_only', 'bool'],
  ['services.*.stdin_open', 'bool'],
  ['services.*.tty', 'bool'],
  ['services.*.volumes.[].read_only', 'bool'],
  ['services.*.volumes.[].volume.nocopy', 'bool'],
  ['networks.*.external', 'bool'],
  ['networks.*.internal', 'bool'],
  ['networks.*.attachable', 'bool'],
  ['volumes.*.external', 'bool'],
  ['secrets.*.external', 'bool'],
  ['configs.*.external', 'bool'],
];
