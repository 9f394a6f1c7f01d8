import { describe, expect, it } from 'vitest';
import type { SmokeTarget } from '../../../src/core/smoke/options.ts';
import {
  type EngineSwarmInfo,
  expandPerNode,
  nodeAddress,
  notManagerReason,
  type SwarmNode,
  unavailableNodes,
} from '../../../src/core/swarm/nodes.ts';

// GET /info and GET /nodes as Docker 20.10 answers them on the sandbox's three-node Swarm
// (only the fields Gantry reads).
const node = (
  name: string,
  addr: string,
  state = 'ready',
  availability = 'active',
  extra: Partial<SwarmNode> = {},
): SwarmNode => ({
  ID: `id-${name}`,
  Description: { Hostname: name },
  Spec: { Availability: availability, Role: 'worker' },
  Status: { State: state, Addr: addr },
  ...extra,
});

const MANAGER = node('gantry-node1', '0.0.0.0', 'ready', 'active', {
  ManagerStatus: { Addr: '10.231.0.11:2377', Leader: true, Reachability: 'reachable' },
});

describe('notManagerReason', () => {
  it.each<[string, EngineSwarmInfo, RegExp | undefined]>([
    ['a manager', { Name: 'm', Swarm: { LocalNodeState: 'active', ControlAvailable: true } }, undefined],
    [
      'a worker, naming the managers it knows and how to list them',
      {
        Name: 'gantry-node2',
        Swarm: {
          LocalNodeState: 'active',
          ControlAvailable: false,
          NodeAddr: '10.231.0.12',
          RemoteManagers: [{ NodeID: 'a', Addr: '10.231.0.11:2377' }],
        },
      },
      /^reaches gantry-node2 \(10\.231\.0\.12\), a Swarm worker, not a manager: .*managers: 10\.231\.0\.11 \(on a manager, docker node ls --filter role=manager lists them\)$/,
    ],
    [
      'a worker that knows no manager',
      { Name: 'w', Swarm: { LocalNodeState: 'active', ControlAvailable: false, RemoteManagers: null } },
      /^reaches w, a Swarm worker, not a manager: a deploy needs a manager\. Point it at a manager \(on/,
    ],
    [
      'an engine outside any Swarm',
      { Name: 'solo', Swarm: { LocalNodeState: 'inactive', ControlAvailable: false } },
      /not part of a Swarm: point it at a Swarm manager \(or run docker swarm init there\)/,
    ],
    [
      'a node still joining',
      { Name: 'n', Swarm: { LocalNodeState: 'pending' } },
      /Swarm state is pending, not an available manager/,
    ],
  ])('%s', (_name, info, expected) => {
    const reason = notManagerReason(info);
    if (expected === undefined) expect(reason).toBeUndefined();
    else expect(reason).toMatch(expected);
  });
});

describe('nodes', () => {
  it("a node's address: Status.Addr, or the manager address when a manager reports 0.0.0.0", () => {
    expect(nodeAddress(node('w', '10.231.0.12'))).toBe('10.231.0.12');
    expect(nodeAddress(MANAGER)).toBe('10.231.0.11');
    expect(nodeAddress(node('x', ''))).toBe('');
  });

  it('names every node Swarm cannot place tasks on, with its state and availability', () => {
    const nodes = [
      MANAGER,
      node('gantry-node3', '10.231.0.13', 'down', 'active', {
        Status: { State: 'down', Addr: '10.231.0.13', Message: 'heartbeat failure' },
      }),
      node('gantry-node2', '10.231.0.12', 'ready', 'drain'),
    ];
    expect(unavailableNodes(nodes)).toEqual([
      'gantry-node2 (10.231.0.12): ready, drain',
      'gantry-node3 (10.231.0.13): down (heartbeat failure), active',
    ]);
    expect(unavailableNodes([MANAGER])).toEqual([]);
  });

  it('expands each per-node URL over the ready, active nodes, in name order, each naming its node', () => {
    const templates: SmokeTarget[] = [
      { method: 'GET', url: 'http://{node}:18500/health' },
      { method: 'HEAD', url: 'https://{node}/' },
    ];
    const nodes = [
      node('gantry-node3', '10.231.0.13'),
      node('gantry-node2', '10.231.0.12', 'ready', 'drain'),
      MANAGER,
      node('v6', 'fd00::7'),
      node('gantry-node4', '10.231.0.14', 'down'),
    ];
    expect(expandPerNode(templates, nodes)).toEqual([
      { method: 'GET', url: 'http://10.231.0.11:18500/health', node: 'gantry-node1' },
      { method: 'GET', url: 'http://10.231.0.13:18500/health', node: 'gantry-node3' },
      { method: 'GET', url: 'http://[fd00::7]:18500/health', node: 'v6' },
      { method: 'HEAD', url: 'https://10.231.0.11/', node: 'gantry-node1' },
      { method: 'HEAD', url: 'https://10.231.0.13/', node: 'gantry-node3' },
      { method: 'HEAD', url: 'https://[fd00::7]/', node: 'v6' },
    ]);
    expect(expandPerNode(templates, [node('d', '10.231.0.19', 'down')])).toEqual([]);
  });
});
