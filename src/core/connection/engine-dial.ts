/**
 * How one connection to an engine's API is opened, from its DOCKER_HOST:
 * - `unix://PATH`: the socket itself;
 * - `ssh://ALIAS` (an SshSession's host, its settings in the session's ssh config, found through the
 *   session's PATH): `ssh … ALIAS docker system dial-stdio`, a channel over the session's master: what
 *   the docker CLI's ssh helper runs, without starting the local docker CLI first (and its extra channel
 *   to ask the engine's API version);
 * - anything else: the docker CLI's own `docker system dial-stdio`.
 */
export type EngineDial =
  | { kind: 'socket'; path: string }
  | { kind: 'process'; command: string; args: readonly string[] };

const SSH_ALIAS = /^ssh:\/\/([A-Za-z0-9][A-Za-z0-9._-]*)$/;

export function engineDial(dockerHost: string | undefined): EngineDial {
  if (dockerHost?.startsWith('unix://') && dockerHost.length > 'unix://'.length)
    return { kind: 'socket', path: dockerHost.slice('unix://'.length) };
  const alias = SSH_ALIAS.exec(dockerHost ?? '')?.[1];
  if (alias !== undefined)
    return {
      kind: 'process',
      command: 'ssh',
      args: ['-o', 'ConnectTimeout=30', '-T', '--', alias, 'docker', 'system', 'dial-stdio'],
    };
  return { kind: 'process', command: 'docker', args: ['system', 'dial-stdio'] };
}
