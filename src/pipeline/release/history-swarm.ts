import { type DockerClient, EngineError } from '../../adapters/docker.ts';
import { bound, entryJson, parseEntries, type ReleaseEntry } from '../../core/release-history.ts';
import type { SwarmSecret } from '../../core/swarm/engine-types.ts';

/** A Docker config as the Engine API lists it (Data: the entry's JSON, base64). */
interface RecordConfig {
  ID: string;
  Spec: { Name: string; Labels?: Record<string, string>; Data?: string };
}

const RELEASE_LABEL = 'gantry.release';

/** Where a stack's record lives, for people. */
export const swarmHistoryWhere = (stack: string): string =>
  `stack ${stack}, Swarm configs labelled gantry.stack=${stack},${RELEASE_LABEL}=1`;

/** One config per entry; a Swarm object name holds at most 64 characters. */
const recordName = (stack: string, at: Date): string => {
  const suffix = `-${at.getTime().toString(36)}${Math.random().toString(36).slice(2, 6)}`;
  return `gantry-release-${stack}`.slice(0, 64 - suffix.length) + suffix;
};

async function recordConfigs(docker: DockerClient, stack: string): Promise<RecordConfig[]> {
  const filters = encodeURIComponent(
    JSON.stringify({ label: [`gantry.stack=${stack}`, `${RELEASE_LABEL}=1`] }),
  );
  return docker.api<RecordConfig[]>('GET', `/configs?filters=${filters}`);
}

/** Each record config with its entry (configs that hold no entry are left out). */
async function readRecords(
  docker: DockerClient,
  stack: string,
): Promise<Array<{ id: string; entry: ReleaseEntry; at: string }>> {
  const out: Array<{ id: string; entry: ReleaseEntry; at: string }> = [];
  for (const config of await recordConfigs(docker, stack)) {
    const data =
      config.Spec.Data ?? (await docker.api<RecordConfig>('GET', `/configs/${config.ID}`)).Spec.Data ?? '';
    const [entry] = parseEntries(Buffer.from(data, 'base64').toString('utf8'));
    if (entry !== undefined) out.push({ id: config.ID, entry, at: entry.at });
  }
  return out;
}

/** The stack's recorded releases (any order). */
export async function readSwarmHistory(docker: DockerClient, stack: string): Promise<ReleaseEntry[]> {
  return (await readRecords(docker, stack)).map((r) => r.entry);
}

/** Writes one entry as its own config, then removes the oldest beyond the bound. */
export async function writeSwarmHistory(
  docker: DockerClient,
  stack: string,
  entry: ReleaseEntry,
): Promise<void> {
  await docker.api('POST', '/configs/create', {
    Name: recordName(stack, new Date(entry.at)),
    Labels: {
      'gantry.stack': stack,
      [RELEASE_LABEL]: '1',
      'gantry.release.tag': entry.tag,
      'gantry.release.at': entry.at,
    },
    Data: Buffer.from(entryJson(entry)).toString('base64'),
  });
  for (const old of bound(await readRecords(docker, stack)).drop) {
    await docker.api('DELETE', `/configs/${old.id}`).catch((error: unknown) => {
      if (!(error instanceof EngineError && error.status === 404)) throw error;
    });
  }
}

/** Which of these secret names exist on the Swarm (exact names: the Engine's name filter matches prefixes). */
export async function existingSwarmSecrets(
  docker: DockerClient,
  names: readonly string[],
): Promise<Set<string>> {
  if (names.length === 0) return new Set();
  const filters = encodeURIComponent(JSON.stringify({ name: names }));
  const listed = await docker.api<SwarmSecret[]>('GET', `/secrets?filters=${filters}`);
  const wanted = new Set(names);
  return new Set(listed.map((s) => s.Spec.Name).filter((n) => wanted.has(n)));
}
