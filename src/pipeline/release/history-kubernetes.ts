import type { Kubectl } from '../../adapters/kubectl.ts';
import { bound, parseEntries, type ReleaseEntry } from '../../core/release-history.ts';

const DATA_KEY = 'releases.json';

/** The ConfigMap that holds a namespace's record for one stack. */
export const historyConfigMapName = (stack: string | undefined): string =>
  `gantry-releases-${stack ?? 'default'}`;

/** Where the record lives, for people. */
export const kubernetesHistoryWhere = (namespace: string, stack: string | undefined): string =>
  `namespace ${namespace}, ConfigMap ${historyConfigMapName(stack)}`;

/** The recorded releases (any order); none when the ConfigMap does not exist yet. */
export async function readKubernetesHistory(
  kubectl: Kubectl,
  namespace: string,
  stack: string | undefined,
): Promise<ReleaseEntry[]> {
  const [found] = await kubectl.json(
    [
      'get',
      'configmap',
      historyConfigMapName(stack),
      '--namespace',
      namespace,
      '--ignore-not-found',
      '--output',
      'json',
    ],
    { timeoutMs: 60_000, quiet: true },
  );
  const data = (found as { data?: Record<string, string> } | undefined)?.data?.[DATA_KEY];
  return data === undefined ? [] : parseEntries(data);
}

/** Adds one entry to the ConfigMap (created when missing), keeping the newest HISTORY_LIMIT. */
export async function writeKubernetesHistory(
  kubectl: Kubectl,
  namespace: string,
  stack: string | undefined,
  entry: ReleaseEntry,
): Promise<void> {
  const { keep } = bound([entry, ...(await readKubernetesHistory(kubectl, namespace, stack))]);
  const configMap = {
    apiVersion: 'v1',
    kind: 'ConfigMap',
    metadata: {
      name: historyConfigMapName(stack),
      namespace,
      labels: { 'app.kubernetes.io/managed-by': 'gantry', 'gantry.release': '1' },
    },
    data: { [DATA_KEY]: JSON.stringify(keep, null, 1) },
  };
  await kubectl.run(['apply', '--namespace', namespace, '--filename', '-'], {
    input: JSON.stringify(configMap),
    timeoutMs: 60_000,
    quiet: true,
  });
}

/** Which of these Secret names exist in the namespace. */
export async function existingKubernetesSecrets(
  kubectl: Kubectl,
  namespace: string,
  names: readonly string[],
): Promise<Set<string>> {
  if (names.length === 0) return new Set();
  const result = await kubectl.run(
    ['get', 'secrets', ...names, '--namespace', namespace, '--ignore-not-found', '--output', 'name'],
    { timeoutMs: 60_000, quiet: true },
  );
  const listed = result.stdout
    .split('\n')
    .map((l) => l.trim().replace(/^secret\//, ''))
    .filter((l) => l !== '');
  const wanted = new Set(names);
  return new Set(listed.filter((n) => wanted.has(n)));
}
