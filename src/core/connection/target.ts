import { ConfigurationError } from '../errors.ts';
import { checkLine } from '../inputs/parse.ts';

/** Where the Docker engine is: over SSH, or a local socket for a runner on the manager itself. */
export type DockerTarget =
  | { kind: 'ssh'; user: string; host: string; port: number }
  | { kind: 'unix'; socket: string };

const HOSTNAME =
  /^(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*$/;
const IPV4 = /^(?:\d{1,3}\.){3}\d{1,3}$/;
const USER = /^[A-Za-z_][A-Za-z0-9_.-]{0,31}$/;

/** Parses `ssh://user@host[:port]` or `unix:///path/to/docker.sock`. */
export function parseDockerTarget(name: string, raw: string): DockerTarget {
  const value = checkLine(name, raw);
  if (value === '')
    throw new ConfigurationError('is required: ssh://user@host[:port] or unix:///var/run/docker.sock', name);
  if (value.startsWith('unix://')) {
    const socket = value.slice('unix://'.length);
    if (!socket.startsWith('/'))
      throw new ConfigurationError(`expected an absolute socket path, got ${JSON.stringify(value)}`, name);
    return { kind: 'unix', socket };
  }
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new ConfigurationError(
      `expected ssh://user@host[:port] or unix:///path, got ${JSON.stringify(value)}`,
      name,
    );
  }
  if (url.protocol !== 'ssh:') {
    throw new ConfigurationError(`expected an ssh:// or unix:// address, got ${JSON.stringify(value)}`, name);
  }
  if (url.password !== '') throw new ConfigurationError('must not contain a password: use ssh-key', name);
  const user = decodeURIComponent(url.username);
  if (!USER.test(user))
    throw new ConfigurationError(`needs a user name (ssh://user@host), got ${JSON.stringify(value)}`, name);
  const host = url.hostname.replace(/^\[(.*)\]$/, '$1');
  if (!(HOSTNAME.test(host) || IPV4.test(host) || host.includes(':'))) {
    throw new ConfigurationError(`has an invalid host name ${JSON.stringify(host)}`, name);
  }
  if ((url.pathname !== '' && url.pathname !== '/') || url.search !== '' || url.hash !== '') {
    throw new ConfigurationError(
      `must be ssh://user@host[:port] with no path, got ${JSON.stringify(value)}`,
      name,
    );
  }
  // URL refuses ports over 65535; port 0 is a valid URL but no port ssh can reach.
  const port = url.port === '' ? 22 : Number(url.port);
  if (port < 1 || port > 65535) {
    throw new ConfigurationError(`has port ${url.port}: expected a port from 1 to 65535`, name);
  }
  return { kind: 'ssh', user, host, port };
}

export type SshTarget = Extract<DockerTarget, { kind: 'ssh' }>;

/** A bastion, `user@host[:port]` (or the same with `ssh://`): checked as the host is. */
export function parseJumpHost(name: string, raw: string): SshTarget {
  const value = raw.trim();
  const refused = () =>
    new ConfigurationError(`expected user@host[:port], got ${JSON.stringify(value)}`, name);
  let target: DockerTarget;
  try {
    target = parseDockerTarget(name, value.startsWith('ssh://') ? value : `ssh://${value}`);
  } catch {
    throw refused();
  }
  if (target.kind !== 'ssh') throw refused();
  return target;
}

/** The host pattern under which OpenSSH records a host key: `host`, or `[host]:port` off port 22. */
export const knownHostsPattern = (host: string, port: number): string =>
  port === 22 ? host : `[${host}]:${port}`;

const KEY_TYPES =
  /^(ssh-ed25519|ssh-rsa|ecdsa-sha2-nistp(256|384|521)|sk-ssh-ed25519@openssh\.com|sk-ecdsa-sha2-nistp256@openssh\.com|ssh-dss)$/;

/** Checks known_hosts lines (the shape `ssh-keyscan` prints); returns them normalised. */
export function parseKnownHosts(name: string, raw: string): string[] {
  const lines = raw
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l !== '' && !l.startsWith('#'));
  for (const [index, line] of lines.entries()) {
    const fields = line.split(/\s+/);
    const offset = fields[0]?.startsWith('@') ? 1 : 0;
    const type = fields[offset + 1] ?? '';
    const key = fields[offset + 2] ?? '';
    if (!KEY_TYPES.test(type) || !/^[A-Za-z0-9+/]+={0,2}$/.test(key)) {
      throw new ConfigurationError(
        `line ${index + 1} is not a known_hosts line ("host key-type base64-key", as ssh-keyscan prints it)`,
        name,
      );
    }
  }
  return lines;
}

/** A private key in OpenSSH or PEM form; the value is never repeated in an error. */
export function checkPrivateKey(name: string, raw: string): string {
  const key = raw.replace(/\r\n/g, '\n').trim();
  if (
    !/^-----BEGIN (OPENSSH|RSA|EC|DSA|ENCRYPTED)? ?PRIVATE KEY-----\n[\s\S]+\n-----END (OPENSSH|RSA|EC|DSA|ENCRYPTED)? ?PRIVATE KEY-----$/.test(
      key,
    )
  ) {
    throw new ConfigurationError(
      'is not a private key (expected -----BEGIN … PRIVATE KEY----- … -----END … PRIVATE KEY-----)',
      name,
    );
  }
  return `${key}\n`;
}
