import { describe, expect, it } from 'vitest';
import { drainingTasks, longestGraceMs } from '../../../src/core/swarm/drain.ts';
import type { SwarmService, SwarmTask } from '../../../src/core/swarm/engine-types.ts';

const task = (
  id: string,
  DesiredState: SwarmTask['DesiredState'],
  State: SwarmTask['Status']['State'],
): SwarmTask => ({
  ID: id,
  ServiceID: 's',
  DesiredState,
  Status: { State },
  Spec: {},
});
const service = (grace?: number): SwarmService => ({
  ID: 's',
  Version: { Index: 1 },
  Spec: { Name: 's', TaskTemplate: { ContainerSpec: grace === undefined ? {} : { StopGracePeriod: grace } } },
});

describe('drainingTasks', () => {
  it('tasks told to stop that have not stopped yet', () => {
    const tasks = [
      task('new', 'running', 'running'),
      task('stopping', 'shutdown', 'running'),
      task('stopped', 'shutdown', 'shutdown'),
      task('failed', 'shutdown', 'failed'),
      task('removing', 'remove', 'running'),
      task('starting', 'running', 'starting'),
    ];
    expect(drainingTasks(tasks).map((t) => t.ID)).toEqual(['stopping', 'removing']);
  });
});

describe('longestGraceMs', () => {
  it("the longest stop_grace_period, Docker's 10 s where none is set", () => {
    expect(longestGraceMs([service(20e9), service(5e9)])).toBe(20_000);
    expect(longestGraceMs([service(1e9), service()])).toBe(10_000);
    expect(longestGraceMs([])).toBe(0);
  });
});
