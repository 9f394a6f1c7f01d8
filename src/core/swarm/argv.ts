/** Exact docker CLI argv for the Swarm deploy; tested as tables. */

export interface StackDeployArgs {
  stack: string;
  composeFiles: readonly string[];
  prune: boolean;
  withRegistryAuth: boolean;
}

export const stackDeployArgs = (a: StackDeployArgs): string[] => [
  'stack',
  'deploy',
  ...a.composeFiles.flatMap((file) => ['--compose-file', file]),
  ...(a.withRegistryAuth ? ['--with-registry-auth'] : []),
  ...(a.prune ? ['--prune'] : []),
  '--resolve-image',
  'always',
  '--detach=true',
  a.stack,
];

export const serviceRollbackArgs = (service: string): string[] => [
  'service',
  'rollback',
  '--detach',
  '--quiet',
  service,
];

export const serviceRemoveArgs = (services: readonly string[]): string[] => ['service', 'rm', ...services];

export const servicePsArgs = (service: string): string[] => [
  'service',
  'ps',
  '--no-trunc',
  '--format',
  '{{.Name}}\t{{.Node}}\t{{.Image}}\t{{.CurrentState}}\t{{.Error}}',
  service,
];

/** Bounded: the last `tail` lines, no follow; the caller also sets a timeout. */
export const serviceLogsArgs = (service: string, tail: number): string[] => [
  'service',
  'logs',
  '--no-trunc',
  '--timestamps',
  '--tail',
  String(tail),
  service,
];
