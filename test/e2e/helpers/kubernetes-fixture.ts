import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll } from 'vitest';
import { type Kubectl, kubectlFor } from './kubectl.ts';
import { createNamespace, deleteNamespace } from './kubernetes-namespace.ts';
import { sandboxPullSecret } from './registry-digest.ts';

export interface NamespaceFixture {
  /** kubectl in the namespace. */
  k: Kubectl;
  /** The file's own folder (its gantry.yml, manifests), removed after the namespace. */
  work: string;
}

export interface NamespaceOptions {
  kubeconfig: string;
  namespace: string;
  /** The work folder's name prefix in the system's temporary folder, e.g. `gantry-e2e-canary-`. */
  workPrefix: string;
  /** Files written into the work folder once the namespace exists: name to content. */
  files?: Record<string, string>;
  /** Run before the namespace is deleted (e.g. to cut the last pods' grace period short). */
  beforeDelete?: (k: Kubectl) => void;
}

/**
 * One e2e file's namespace on the sandbox cluster, for a `describe` block: its work folder now; in a
 * beforeAll the namespace with the sandbox registry's pull secret `regcred`, and `files` written; in
 * an afterAll the namespace deleted, then the work folder removed (whatever the deletion did). Hooks the
 * file registers after this one run after its beforeAll and before its afterAll.
 */
export function useSandboxNamespace(o: NamespaceOptions): NamespaceFixture {
  const work = mkdtempSync(path.join(tmpdir(), o.workPrefix));
  const k = kubectlFor(o.kubeconfig, o.namespace);
  beforeAll(async () => {
    await createNamespace(k, sandboxPullSecret('regcred'));
    for (const [name, content] of Object.entries(o.files ?? {}))
      writeFileSync(path.join(work, name), content);
  }, 120_000);
  afterAll(() => {
    try {
      o.beforeDelete?.(k);
      deleteNamespace(k);
    } finally {
      rmSync(work, { recursive: true, force: true });
    }
  }, 300_000);
  return { k, work };
}

/** The IPs of the Ready pods labelled `selector` (pods are reachable by IP from the host). */
export const readyPodIps = (k: Kubectl, selector = 'app=web'): string[] =>
  k
    .kn(
      'get',
      'pods',
      '-l',
      selector,
      '-o',
      'jsonpath={range .items[*]}{.status.podIP} {.status.conditions[?(@.type=="Ready")].status}{"\\n"}{end}',
    )
    .split('\n')
    .filter((l) => l.endsWith(' True'))
    .map((l) => l.split(' ')[0] ?? '');
