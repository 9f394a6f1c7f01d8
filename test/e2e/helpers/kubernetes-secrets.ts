import type { Kubectl } from './kubectl.ts';

/** A Secret as `kubectl get secrets -o json` lists it. */
export interface ListedSecret {
  metadata: { name: string; labels: Record<string, string> };
  immutable?: boolean;
  data: Record<string, string>;
}

/** The Secrets of a Gantry stack in the namespace (selected by the gantry.stack label). */
export const stackSecrets = (k: Kubectl, stack: string): ListedSecret[] =>
  (
    JSON.parse(k.kn('get', 'secrets', '-l', `gantry.stack=${stack}`, '-o', 'json')) as {
      items: ListedSecret[];
    }
  ).items;

/** Their names, sorted. */
export const stackSecretNames = (k: Kubectl, stack: string): string[] =>
  stackSecrets(k, stack)
    .map((s) => s.metadata.name)
    .sort();
