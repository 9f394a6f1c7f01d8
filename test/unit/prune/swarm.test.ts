import { describe, expect, it } from 'vitest';
import { type PruneSelection, selectSwarmPrune } from '../../../src/core/prune/index.ts';
import type { SwarmSecret, SwarmService, SwarmTask } from '../../../src/core/swarm/engine-types.ts';
import { docker } from './fixtures.ts';

const STACK = 'fixture-shop';
const V1 = 'fixture-shop_DB_PASSWORD_1a2b3c4d5e6f';
const V2 = 'fixture-shop_DB_PASSWORD_2b3c4d5e6f70';
const V3 = 'fixture-shop_DB_PASSWORD_3c4d5e6f7081';
const V4 = 'fixture-shop_DB_PASSWORD_4d5e6f708192';
const CURRENT = 'in use by service fixture-shop_api (current spec)';
const PREVIOUS = 'rollback target of service fixture-shop_api (previous spec)';
const RUNNING = 'referenced by task znspd88ghotdm9i83o99zpf6y (running)';

/** name -> reason, per list: what the tables compare. */
const summary = (selection: PruneSelection) => ({
  pruned: Object.fromEntries(selection.pruned.map((e) => [e.name, e.reason])),
  kept: selection.kept.map((e) => e.name),
  protected: Object.fromEntries(selection.protected.map((e) => [e.name, e.reason])),
});

const PRUNED = (keep: number) =>
  `older than the newest ${keep === 1 ? 'version' : `${keep} versions`} and not referenced`;

describe('selectSwarmPrune on the captured engine state', () => {
  it.each([
    [
      1,
      {
        pruned: { [V1]: PRUNED(1) },
        kept: [V4],
        protected: { [V3]: `${CURRENT}; ${RUNNING}`, [V2]: PREVIOUS },
      },
    ],
    [2, { pruned: { [V1]: PRUNED(2) }, kept: [V4, V3], protected: { [V2]: PREVIOUS } }],
    [3, { pruned: { [V1]: PRUNED(3) }, kept: [V4, V3, V2], protected: {} }],
    [4, { pruned: {}, kept: [V4, V3, V2, V1], protected: {} }],
    [10, { pruned: {}, kept: [V4, V3, V2, V1], protected: {} }],
  ])('keep=%i', (keep, expected) => {
    const selection = selectSwarmPrune({
      stack: STACK,
      keep,
      secrets: docker.secrets(),
      services: docker.services(),
      tasks: docker.tasks(),
    });
    expect(summary(selection)).toEqual(expected);
  });

  it('gives full entries: id, name, secret, version, created (from gantry.created), reason', () => {
    const selection = selectSwarmPrune({
      stack: STACK,
      keep: 1,
      secrets: docker.secrets(),
      services: docker.services(),
      tasks: docker.tasks(),
    });
    expect(selection.pruned).toEqual([
      {
        id: '3qkofqvfkorb87pfre0vu1wfo',
        name: V1,
        secret: 'DB_PASSWORD',
        version: '1a2b3c4d5e6f',
        created: '2026-11-23T22:41:20.000Z',
        reason: PRUNED(1),
      },
    ]);
    expect(selection.kept[0]?.reason).toBe('newest version');
  });

  it.each([
    ['no services, no tasks', [], [], [V3, V2, V1], {}],
    ['current spec only', 'current', [], [V2, V1], { [V3]: CURRENT }],
    [
      'previous spec only: the rollback target Docker would let go',
      'previous',
      [],
      [V3, V1],
      { [V2]: PREVIOUS },
    ],
    ['a terminal (shutdown) task does not protect', [], 'shutdown', [V3, V2, V1], {}],
    ['a running task protects', [], 'running', [V2, V1], { [V3]: RUNNING }],
  ] as const)('%s', (_, services, tasks, pruned, protectedBy) => {
    const allServices = docker.services();
    const service = allServices[0] as SwarmService;
    const serviceList: SwarmService[] =
      services === 'current'
        ? [{ ...service, PreviousSpec: undefined } as unknown as SwarmService]
        : services === 'previous'
          ? [{ ...service, Spec: { ...service.Spec, TaskTemplate: {} } }]
          : [];
    const taskList = docker.tasks().filter((t) => t.Status.State === tasks);
    const selection = selectSwarmPrune({
      stack: STACK,
      keep: 1,
      secrets: docker.secrets(),
      services: serviceList,
      tasks: taskList,
    });
    expect(selection.pruned.map((e) => e.name)).toEqual(pruned);
    expect(summary(selection).protected).toEqual(protectedBy);
    expect(selection.kept.map((e) => e.name)).toEqual([V4]);
  });

  it('protects the secret a not-yet-terminal task still wants, ignores failed ones (broken rollback capture)', () => {
    const tasks = docker.tasksAfterBrokenRollback();
    expect(tasks.map((t) => t.Status.State).sort()).toEqual([
      'failed',
      'failed',
      'failed',
      'ready',
      'shutdown',
    ]);
    const selection = selectSwarmPrune({
      stack: STACK,
      keep: 1,
      secrets: docker.secrets(),
      services: [],
      tasks,
    });
    expect(summary(selection).protected).toEqual({
      [V2]: 'referenced by task bhbooc3gif5dlciy4c73yyawq (ready)',
    });
    expect(selection.pruned.map((e) => e.name)).toEqual([V3, V1]);
  });

  it.each([
    ['by ID only', { SecretID: 'ypy8fdx0iaacv728ouy31sz6u' }],
    ['by name only', { SecretName: V2 }],
  ])('a reference %s protects', (_, reference) => {
    const service: Pick<SwarmService, 'ID' | 'Spec'> = {
      ID: 'svc',
      Spec: { Name: 'other_worker', TaskTemplate: { ContainerSpec: { Secrets: [reference] } } },
    };
    const selection = selectSwarmPrune({
      stack: STACK,
      keep: 1,
      secrets: docker.secrets(),
      services: [service],
      tasks: [],
    });
    expect(summary(selection).protected).toEqual({ [V2]: 'in use by service other_worker (current spec)' });
  });

  it('never touches secrets without gantry labels or of other stacks', () => {
    const secrets = docker.secrets();
    const all = (s: PruneSelection) => [...s.pruned, ...s.kept, ...s.protected].map((e) => e.name);
    const shop = selectSwarmPrune({ stack: STACK, keep: 1, secrets, services: [], tasks: [] });
    expect(all(shop).sort()).toEqual([V1, V2, V3, V4]);
    const other = selectSwarmPrune({ stack: 'fixture-other', keep: 1, secrets, services: [], tasks: [] });
    expect(summary(other)).toEqual({
      pruned: {},
      kept: ['fixture-other_DB_PASSWORD_9f8e7d6c5b4a'],
      protected: {},
    });
    const none = selectSwarmPrune({ stack: 'fixture', keep: 1, secrets, services: [], tasks: [] });
    expect(all(none)).toEqual([]);
    // A gantry.stack label without gantry.secret (not a versioned secret) is left alone too.
    const lockLike: SwarmSecret = { ID: 'lock', Spec: { Name: 'x', Labels: { 'gantry.stack': STACK } } };
    expect(
      all(selectSwarmPrune({ stack: STACK, keep: 1, secrets: [lockLike], services: [], tasks: [] })),
    ).toEqual([]);
  });

  it('groups by gantry.secret, orders by gantry.created then CreatedAt, deterministically', () => {
    const secret = (
      id: string,
      name: string,
      created: string | undefined,
      createdAt: string,
    ): SwarmSecret => ({
      ID: id,
      CreatedAt: createdAt,
      Spec: {
        Name: `shop_${name}_${id}`,
        Labels: {
          'gantry.stack': 'shop',
          'gantry.secret': name,
          'gantry.version': id,
          ...(created === undefined ? {} : { 'gantry.created': created }),
        },
      },
    });
    const secrets = [
      secret('b1', 'B', '20261101T000000Z', '2026-11-01T00:00:00.5Z'),
      secret('a2', 'A', '20261102T000000Z', '2026-11-02T00:00:00.1Z'),
      // Same label second as a2, created later on the server: newer.
      secret('a3', 'A', '20261102T000000Z', '2026-11-02T00:00:00.9Z'),
      // No gantry.created: falls back to CreatedAt.
      secret('a1', 'A', undefined, '2026-10-01T00:00:00Z'),
      // Unreadable label: falls back to CreatedAt too.
      secret('b2', 'B', 'garbage', '2026-11-05T00:00:00Z'),
    ];
    for (const order of [secrets, [...secrets].reverse()]) {
      const selection = selectSwarmPrune({ stack: 'shop', keep: 1, secrets: order, services: [], tasks: [] });
      expect(selection.kept.map((e) => e.id)).toEqual(['a3', 'b2']);
      expect(selection.pruned.map((e) => e.id)).toEqual(['a2', 'a1', 'b1']);
      expect(selection.pruned.map((e) => e.created)).toEqual([
        '2026-11-02T00:00:00.000Z',
        '2026-10-01T00:00:00.000Z',
        '2026-11-01T00:00:00.000Z',
      ]);
    }
  });

  it.each([0, -1, 1.5, Number.NaN])('refuses keep=%s naming the input', (keep) => {
    expect(() =>
      selectSwarmPrune({
        stack: STACK,
        keep,
        secrets: [],
        services: [],
        tasks: [],
        keepInput: 'keep-versions',
      }),
    ).toThrow(/^Input 'keep-versions': expected a whole number of at least 1/);
  });

  it('tasks of any state outside the terminal set protect', () => {
    const states: SwarmTask['Status']['State'][] = ['new', 'pending', 'assigned', 'preparing', 'starting'];
    for (const state of states) {
      const task: Pick<SwarmTask, 'ID' | 'ServiceID' | 'Status' | 'Spec'> = {
        ID: `t-${state}`,
        ServiceID: 's',
        Status: { State: state },
        Spec: { ContainerSpec: { Secrets: [{ SecretName: V1 }] } },
      };
      const selection = selectSwarmPrune({
        stack: STACK,
        keep: 1,
        secrets: docker.secrets(),
        services: [],
        tasks: [task],
      });
      expect(summary(selection).protected).toEqual({ [V1]: `referenced by task t-${state} (${state})` });
    }
  });
});
