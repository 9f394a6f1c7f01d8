import { parse } from 'yaml';
import { decodeKubeconfig } from './kubeconfig.ts';

/** Fields of a kubeconfig `users[].user` whose values are credentials. */
const CREDENTIAL_FIELDS = ['token', 'password', 'client-key-data', 'client-certificate-data'] as const;

/**
 * The strings of a kubeconfig that must be masked in a log: each user's token, password, client
 * key and certificate data (and the lines of the PEM they decode to), the auth-provider config
 * values and the exec plugin's env values. The rest of a kubeconfig (`kind: Config`, `- name: …`,
 * the server URL) is not masked: masking such common lines would blank them in every log line.
 * undefined when the input does not parse as YAML: then nothing in it can be told apart.
 */
export function kubeconfigCredentials(raw: string): string[] | undefined {
  // No kubeconfig given (a Swarm release): nothing to mask, and no YAML parser to load for it.
  if (raw.trim() === '') return [];
  let doc: unknown;
  try {
    doc = parse(decodeKubeconfig(raw));
  } catch {
    return undefined;
  }
  const users = (doc as { users?: unknown } | null)?.users;
  if (!Array.isArray(users)) return [];
  const out = new Set<string>();
  const add = (value: unknown) => {
    if (typeof value === 'string' && value.trim().length >= 4) out.add(value.trim());
  };
  for (const entry of users) {
    const user = (entry as { user?: Record<string, unknown> } | null)?.user;
    if (typeof user !== 'object' || user === null) continue;
    for (const field of CREDENTIAL_FIELDS) {
      add(user[field]);
      if (field.endsWith('-data') && typeof user[field] === 'string')
        for (const line of Buffer.from(user[field] as string, 'base64')
          .toString('utf8')
          .split(/\r?\n/))
          if (!line.startsWith('-----')) add(line);
    }
    const provider = user['auth-provider'] as { config?: Record<string, unknown> } | undefined;
    for (const value of Object.values(provider?.config ?? {})) add(value);
    const exec = user.exec as { env?: Array<{ value?: unknown }> } | undefined;
    for (const variable of Array.isArray(exec?.env) ? exec.env : []) add(variable?.value);
  }
  return [...out];
}
