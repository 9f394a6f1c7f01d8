import type { SmokeTarget } from '../smoke/options.ts';
import { PER_NODE_HOST } from '../smoke/options.ts';

// The Swarm's nodes as a manager reports them (GET /nodes, GET /info): which engine Gantry talks to,
// which nodes can run tasks, and the smoke URLs of a `per-node` check.

/** The fields of GET /info that say what this engine is in its Swarm. */
export interface EngineSwarmInfo {
  Name?: string;
  Swarm?: {
    LocalNodeState?: string;
    ControlAvailable?: boolean;
    NodeAddr?: string;
    RemoteManagers?: Array<{ NodeID?: string; Addr?: string }> | null;
  };
}

/** The fields of GET /nodes that Gantry reads. */
export interface SwarmNode {
  ID: string;
  Description?: { Hostname?: string };
  Spec?: { Availability?: string; Role?: string };
  Status?: { State?: string; Addr?: string; Message?: string };
  ManagerStatus?: { Addr?: string; Leader?: boolean; Reachability?: string };
}

const hostOf = (addr: string): string => addr.replace(/:\d+$/, '');

/**
 * Why this engine cannot take a deploy, or undefined for a Swarm manager. A worker's refusal names
 * the managers it knows (GET /info's RemoteManagers) and how to list them.
 */
export function notManagerReason(info: EngineSwarmInfo): string | undefined {
  const swarm = info.Swarm ?? {};
  const state = swarm.LocalNodeState ?? 'unknown';
  if (swarm.ControlAvailable === true) return undefined;
  const name = `${info.Name ?? 'the engine'}${swarm.NodeAddr ? ` (${swarm.NodeAddr})` : ''}`;
  if (state === 'active') {
    const managers = [...new Set((swarm.RemoteManagers ?? []).map((m) => hostOf(m.Addr ?? '')))].filter(
      (a) => a !== '',
    );
    const known = managers.length > 0 ? `; this Swarm's managers: ${managers.join(', ')}` : '';
    return `reaches ${name}, a Swarm worker, not a manager: a deploy needs a manager. Point it at a manager${known} (on a manager, docker node ls --filter role=manager lists them)`;
  }
  if (state === 'inactive')
    return `reaches ${name}, which is not part of a Swarm: point it at a Swarm manager (or run docker swarm init there)`;
  return `reaches ${name}, whose Swarm state is ${state}, not an available manager: point it at a Swarm manager (docker node ls --filter role=manager on one lists them)`;
}

/** A node's address: Status.Addr, or the manager address when a manager reports 0.0.0.0. */
export function nodeAddress(node: SwarmNode): string {
  const addr = node.Status?.Addr ?? '';
  if (addr !== '' && addr !== '0.0.0.0') return addr;
  return hostOf(node.ManagerStatus?.Addr ?? '');
}

export const nodeName = (node: SwarmNode): string => node.Description?.Hostname ?? node.ID;

/** A node Swarm can place tasks on: ready and active. */
export const isSchedulable = (node: SwarmNode): boolean =>
  node.Status?.State === 'ready' && (node.Spec?.Availability ?? 'active') === 'active';

/** One line per node Swarm cannot place tasks on: `gantry-node3 (10.231.0.13): down, active`. */
export function unavailableNodes(nodes: readonly SwarmNode[]): string[] {
  return nodes
    .filter((n) => !isSchedulable(n))
    .map((n) => {
      const message = n.Status?.Message ? ` (${n.Status.Message})` : '';
      return `${nodeName(n)} (${nodeAddress(n) || 'no address'}): ${n.Status?.State ?? 'unknown'}${message}, ${n.Spec?.Availability ?? 'unknown'}`;
    })
    .sort();
}

/** A URL template's node placeholder host replaced by an address (IPv6 in brackets). */
const onNode = (url: string, addr: string): string =>
  url.replace(PER_NODE_HOST, addr.includes(':') ? `[${addr}]` : addr);

/**
 * The `per-node` smoke targets: each template once per schedulable node, in the nodes' name order,
 * each naming its node.
 */
export function expandPerNode(templates: readonly SmokeTarget[], nodes: readonly SwarmNode[]): SmokeTarget[] {
  const ready = nodes
    .filter(isSchedulable)
    .filter((n) => nodeAddress(n) !== '')
    .sort((a, b) => nodeName(a).localeCompare(nodeName(b)));
  return templates.flatMap((t) =>
    ready.map((n) => ({ method: t.method, url: onNode(t.url, nodeAddress(n)), node: nodeName(n) })),
  );
}
