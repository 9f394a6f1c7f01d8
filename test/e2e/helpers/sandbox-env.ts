import { execFileSync } from 'node:child_process';
import path from 'node:path';

// The sandbox's connection details, as `sandbox/sandbox.sh env` prints them (KEY=value lines).
// The e2e global set-up brings the sandbox up, copies these lines into process.env and provides
// them to the tests (`inject('gantrySandbox')`), so tests read them with `sandboxEnv()`.

export const SANDBOX_SCRIPT = path.resolve(import.meta.dirname, '../../../sandbox/sandbox.sh');

export const SANDBOX_ENV_KEYS = [
  'GANTRY_SSH_HOST',
  'GANTRY_SSH_KEY',
  'GANTRY_KNOWN_HOSTS',
  'GANTRY_SSHD_LOG',
  'GANTRY_REGISTRY',
  'GANTRY_REGISTRY_USER',
  'GANTRY_REGISTRY_PASSWORD_FILE',
  'GANTRY_APP_IMAGE',
  'GANTRY_DOCKER_HOST',
] as const;
export type SandboxEnvKey = (typeof SANDBOX_ENV_KEYS)[number];

/** Set by the global set-up when the machine cannot host the sandbox (outside CI only). */
export const UNAVAILABLE_KEY = 'GANTRY_SANDBOX_UNAVAILABLE';

export interface SandboxEnv {
  /** ssh://deploy@127.0.0.1:2222 */
  sshHost: string;
  /** Path of the deploy user's private key (ed25519, 0600). */
  sshKey: string;
  /** Path of a known_hosts file with the sandbox sshd's host key line. */
  knownHosts: string;
  /**
   * sshd's log (LogLevel VERBOSE): one "Accepted publickey" line per handshake. The sshd is shared:
   * count a test's own handshakes with helpers/ssh-sessions.ts, never all of them.
   */
  sshdLog: string;
  /** host:port of the registry, e.g. 127.0.0.1:5000 */
  registry: string;
  registryUser: string;
  registryPasswordFile: string;
  /** The test app's repository without a tag; tags v1, v2 and broken exist. */
  appImage: string;
  /** The local engine, e.g. unix:///var/run/docker.sock */
  dockerHost: string;
  /** Present when the Kubernetes sandbox runs. */
  kubeconfig?: string;
  /** The raw KEY=value pairs. */
  raw: Record<string, string>;
}

/** Parses `KEY=value` lines (blank lines and # comments ignored; the value is the rest of the line). */
export function parseEnvLines(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const line of text.split('\n')) {
    const trimmed = line.trim();
    if (trimmed === '' || trimmed.startsWith('#')) continue;
    const eq = trimmed.indexOf('=');
    if (eq <= 0) continue;
    out[trimmed.slice(0, eq)] = trimmed.slice(eq + 1);
  }
  return out;
}

/** Builds the typed view; throws naming the missing keys. */
export function toSandboxEnv(raw: Record<string, string | undefined>): SandboxEnv {
  const missing = SANDBOX_ENV_KEYS.filter((k) => !raw[k]);
  if (missing.length > 0) {
    throw new Error(
      `sandbox env is missing ${missing.join(', ')}: is the sandbox up? (npm run sandbox -- up)`,
    );
  }
  const get = (k: SandboxEnvKey): string => raw[k] as string;
  const picked: Record<string, string> = {};
  for (const k of [...SANDBOX_ENV_KEYS, 'KUBECONFIG']) {
    const v = raw[k];
    if (v) picked[k] = v;
  }
  return {
    sshHost: get('GANTRY_SSH_HOST'),
    sshKey: get('GANTRY_SSH_KEY'),
    knownHosts: get('GANTRY_KNOWN_HOSTS'),
    sshdLog: get('GANTRY_SSHD_LOG'),
    registry: get('GANTRY_REGISTRY'),
    registryUser: get('GANTRY_REGISTRY_USER'),
    registryPasswordFile: get('GANTRY_REGISTRY_PASSWORD_FILE'),
    appImage: get('GANTRY_APP_IMAGE'),
    dockerHost: get('GANTRY_DOCKER_HOST'),
    ...(raw.KUBECONFIG ? { kubeconfig: raw.KUBECONFIG } : {}),
    raw: picked,
  };
}

/** Why the sandbox is not there (the global set-up's reason), or undefined when it is up. */
export function sandboxUnavailable(): string | undefined {
  return process.env[UNAVAILABLE_KEY] || undefined;
}

/**
 * The sandbox env: from process.env (filled by the global set-up), or else by asking
 * `sandbox.sh env` directly (useful when running a test file without the global set-up).
 */
export function sandboxEnv(): SandboxEnv {
  if (SANDBOX_ENV_KEYS.every((k) => process.env[k])) return toSandboxEnv(process.env);
  const text = execFileSync('bash', [SANDBOX_SCRIPT, 'env'], { encoding: 'utf8' });
  return toSandboxEnv(parseEnvLines(text));
}
