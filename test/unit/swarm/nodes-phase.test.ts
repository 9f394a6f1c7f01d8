import { describe, expect, it } from 'vitest';
import type { DockerClient } from '../../../src/adapters/docker.ts';
import { parseSmokeOptions } from '../../../src/core/smoke/options.ts';
import type { SwarmNode } from '../../../src/core/swarm/nodes.ts';
import { collectingReporter } from '../../../src/pipeline/reporter.ts';
import { managerProblem, smokeOnNodes } from '../../../src/pipeline/swarm/nodes.ts';

// The node phase of a Swarm deploy (pipeline/swarm/nodes.ts) on a fake manager: GET /info and GET /nodes.

const fakeManager = (answers: { info?: unknown; nodes?: SwarmNode[] | Error }) => {
  const calls: string[] = [];
  const api = async (method: string, url: string): Promise<unknown> => {
    calls.push(`${method} ${url}`);
    if (url === '/info') return answers.info;
    if (url === '/nodes') {
      if (answers.nodes instanceof Error) throw answers.nodes;
      return answers.nodes ?? [];
    }
    throw new Error(`unexpected ${method} ${url}`);
  };
  return { docker: { api } as unknown as DockerClient, calls };
};

const node = (name: string, state: string, availability: string): SwarmNode => ({
  ID: name,
  Description: { Hostname: name },
  Spec: { Availability: availability },
  Status: { State: state, Addr: `10.231.0.${name.slice(-1)}` },
});

const SMOKE = parseSmokeOptions({ urls: 'http://{node}:18500/health', 'per-node': 'true' });

describe('managerProblem', () => {
  it('is nothing on a manager, the refusal on a worker (one GET /info)', async () => {
    const manager = fakeManager({
      info: { Name: 'm', Swarm: { LocalNodeState: 'active', ControlAvailable: true } },
    });
    expect(await managerProblem(manager.docker)).toBeUndefined();
    expect(manager.calls).toEqual(['GET /info']);
    const worker = fakeManager({
      info: {
        Name: 'w',
        Swarm: {
          LocalNodeState: 'active',
          ControlAvailable: false,
          RemoteManagers: [{ Addr: '10.0.0.1:2377' }],
        },
      },
    });
    expect(await managerProblem(worker.docker)).toMatch(
      /a Swarm worker, not a manager.*managers: 10\.0\.0\.1 /,
    );
  });
});

describe('smokeOnNodes', () => {
  it('warns once per node Swarm cannot place tasks on; a failed rollout runs no smoke check', async () => {
    const report = collectingReporter();
    const { docker } = fakeManager({
      nodes: [
        node('gantry-node1', 'ready', 'active'),
        node('gantry-node2', 'ready', 'drain'),
        node('gantry-node3', 'down', 'active'),
      ],
    });
    const attempt = await smokeOnNodes(docker, 'web: update paused', SMOKE, undefined, report);
    expect(attempt).toEqual({ failure: 'web: update paused', smoke: undefined });
    expect(report.lines).toEqual([
      'warning: node gantry-node2 (10.231.0.2): ready, drain: Swarm places no task there',
      'warning: node gantry-node3 (10.231.0.3): down, active: Swarm places no task there',
    ]);
  });

  it('fails a per-node check when no node is ready and active, and says why it could not list them', async () => {
    const none = await smokeOnNodes(
      fakeManager({ nodes: [node('gantry-node3', 'down', 'active')] }).docker,
      undefined,
      SMOKE,
      undefined,
      collectingReporter(),
    );
    expect(none).toEqual({
      failure: 'smoke check failed: per-node: no Swarm node is ready and active',
      smoke: undefined,
    });
    const report = collectingReporter();
    const unlisted = await smokeOnNodes(
      fakeManager({ nodes: new Error('Engine API GET /nodes: 503 swarm does not have a leader') }).docker,
      undefined,
      undefined,
      undefined,
      report,
    );
    expect(unlisted).toEqual({ failure: undefined, smoke: undefined });
    expect(report.lines).toEqual([
      "warning: could not list the Swarm's nodes: Engine API GET /nodes: 503 swarm does not have a leader",
    ]);
  });

  it('a per-node check whose node list cannot be read (three tries) fails saying so, not "no node is ready"', async () => {
    const manager = fakeManager({
      nodes: new Error('Engine API GET /nodes: 503 swarm does not have a leader'),
    });
    const attempt = await smokeOnNodes(manager.docker, undefined, SMOKE, undefined, collectingReporter());
    expect(attempt).toEqual({
      failure:
        "smoke check could not run: per-node needs the Swarm's nodes, and listing them failed (Engine API GET /nodes: 503 swarm does not have a leader)",
      smoke: undefined,
    });
    expect(manager.calls).toEqual(['GET /nodes', 'GET /nodes', 'GET /nodes']);
  });
});
