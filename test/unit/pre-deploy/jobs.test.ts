import { describe, expect, it } from 'vitest';
import { ConfigurationError } from '../../../src/core/errors.ts';
import {
  beforeApplyJobs,
  checkJobName,
  jobFailure,
  jobLines,
  jobsBudgetMs,
  jobsDetail,
  lastLines,
  type PreDeployJob,
  parseJobVolume,
  resolveJobs,
} from '../../../src/core/pre-deploy/jobs.ts';
import { checkImageReference } from '../../../src/core/registry/reference.ts';

const job = (extra: Partial<PreDeployJob> = {}): PreDeployJob => ({
  name: 'migrate',
  image: undefined,
  command: ['/app/migrate', 'up'],
  env: {},
  secrets: [],
  volumes: [],
  timeoutMs: 60_000,
  ...extra,
});
const images = new Map([
  ['api', 'reg.example/api@sha256:aaa'],
  ['worker', 'reg.example/worker@sha256:bbb'],
]);
const lookup = (imgs: ReadonlyMap<string, string>) => ({
  image: (key: string | undefined) =>
    key === undefined ? (imgs.size === 1 ? [...imgs.values()][0] : undefined) : imgs.get(key),
  secret: (name: string) => (name === 'DB_PASSWORD' ? 'shop_DB_PASSWORD_0123456789ab' : undefined),
  reference: checkImageReference,
});
const refusal = (body: () => unknown): { input: string | undefined; message: string } => {
  try {
    body();
  } catch (error) {
    if (error instanceof ConfigurationError) return { input: error.input, message: error.message };
    throw error;
  }
  throw new Error('expected a refusal');
};

describe('checkJobName', () => {
  it.each(['migrate', 'db-migrate-2', 'a', 'x'.repeat(40)])('accepts %s', (name) => {
    expect(checkJobName('name', ` ${name} `)).toBe(name);
  });
  it.each(['Migrate', '-migrate', 'migrate-', 'db_migrate', 'x'.repeat(41), '', 'a b'])(
    'refuses %j',
    (name) => {
      expect(refusal(() => checkJobName('name', name)).input).toBe('name');
    },
  );
});

describe('parseJobVolume', () => {
  it.each([
    ['data:/data', { name: 'data', path: '/data' }],
    ['uploads_1:/var/lib/app', { name: 'uploads_1', path: '/var/lib/app' }],
  ])('%s', (raw, expected) => {
    expect(parseJobVolume('volumes', raw)).toEqual(expected);
  });
  it.each(['data', 'data:relative', ':/data', 'data:/a:/b', 'data:/a b'])('refuses %j', (raw) => {
    expect(refusal(() => parseJobVolume('volumes', raw)).input).toBe('volumes');
  });
});

describe('resolveJobs', () => {
  it('takes an image key, a reference, or the only image; secrets become their versioned names', () => {
    const jobs = resolveJobs(
      'pre-deploy',
      [
        job({ image: 'worker', secrets: ['DB_PASSWORD'], env: { LEVEL: 'debug' } }),
        job({ name: 'seed', image: 'busybox:1.36' }),
      ],
      lookup(images),
    );
    expect(jobs).toEqual([
      {
        name: 'migrate',
        image: 'reg.example/worker@sha256:bbb',
        command: ['/app/migrate', 'up'],
        env: { LEVEL: 'debug' },
        secrets: [{ name: 'DB_PASSWORD', fullName: 'shop_DB_PASSWORD_0123456789ab' }],
        volumes: [],
        timeoutMs: 60_000,
      },
      expect.objectContaining({ name: 'seed', image: 'busybox:1.36' }),
    ]);
    const single = resolveJobs('pre-deploy', [job()], lookup(new Map([['api', 'r/api@sha256:1']])));
    expect(single[0]?.image).toBe('r/api@sha256:1');
  });

  it('refuses, naming the key: no default image, an unknown secret, a bad reference, a name used twice', () => {
    expect(refusal(() => resolveJobs('pre-deploy', [job()], lookup(images)))).toMatchObject({
      input: 'pre-deploy[0].image',
    });
    expect(
      refusal(() => resolveJobs('pre-deploy', [job({ image: 'api', secrets: ['NOPE'] })], lookup(images))),
    ).toMatchObject({ input: 'pre-deploy[0].secrets', message: expect.stringContaining('NOPE') });
    expect(refusal(() => resolveJobs('pre-deploy', [job({ image: 'Bad Ref' })], lookup(images))).input).toBe(
      'pre-deploy[0].image',
    );
    expect(
      refusal(() => resolveJobs('p', [job({ image: 'api' }), job({ image: 'api' })], lookup(images))).input,
    ).toBe('p[1].name');
  });
});

describe('what a plan, a log and a failure say', () => {
  it('jobLines', () => {
    expect(
      jobLines([
        {
          name: 'migrate',
          image: 'r/api@sha256:1',
          command: ['sh', '-c', 'migrate up'],
          env: { A: '1', B: '2' },
          secrets: [{ name: 'DB', fullName: 'shop_DB_1' }],
          volumes: [{ name: 'data', path: '/data' }],
          timeoutMs: 90_000,
        },
        {
          name: 'seed',
          image: 'busybox',
          command: ['true'],
          env: {},
          secrets: [],
          volumes: [],
          timeoutMs: 5000,
        },
      ]),
    ).toEqual([
      'migrate: image r/api@sha256:1; command ["sh","-c","migrate up"]; env A, B; secrets shop_DB_1 as /run/secrets/DB; volumes data at /data; timeout 90s',
      'seed: image busybox; command ["true"]; timeout 5s',
    ]);
  });

  it('lastLines keeps the last non-empty lines', () => {
    expect(lastLines('a\r\n\nb  \nc\n', 2)).toEqual(['b', 'c']);
    expect(lastLines(Array.from({ length: 30 }, (_, i) => `l${i}`).join('\n'))).toHaveLength(20);
    expect(lastLines('')).toEqual([]);
  });

  it('jobFailure and jobsDetail', () => {
    expect(
      jobFailure({
        name: 'migrate',
        ok: false,
        seconds: 1,
        reason: 'failed (exit code 3): x',
        lines: ['a', 'b'],
      }),
    ).toBe('pre-deploy job migrate failed (exit code 3): x; its last log lines: a | b');
    expect(jobFailure({ name: 'm', ok: false, seconds: 1, reason: 'timed out after 3s', lines: [] })).toBe(
      'pre-deploy job m timed out after 3s; it logged nothing',
    );
    expect(
      jobsDetail([
        { name: 'a', ok: true, seconds: 1.25, lines: [] },
        { name: 'b', ok: true, seconds: 3, lines: [] },
      ]),
    ).toBe('a completed in 1.3s, b completed in 3.0s');
  });
});

describe('jobsBudgetMs', () => {
  it("the jobs' timeouts and a minute each: the deploy lock's expiry allows for them", () => {
    const resolved = resolveJobs(
      'p',
      [job({ image: 'api' }), job({ name: 'seed', image: 'api', timeoutMs: 5000 })],
      lookup(images),
    );
    expect(jobsBudgetMs(resolved)).toBe(60_000 + 60_000 + 5000 + 60_000);
    expect(jobsBudgetMs([])).toBe(0);
  });
});

describe('beforeApplyJobs', () => {
  it('nothing without jobs: the runner is never called', () => {
    let calls = 0;
    expect(
      beforeApplyJobs([], async () => {
        calls++;
        return [];
      }),
    ).toEqual({});
    expect(calls).toBe(0);
  });

  it('with jobs: their budget, and a beforeApply that runs them and answers the first failure (undefined when all completed)', async () => {
    const resolved = resolveJobs('p', [job({ image: 'api', timeoutMs: 5000 })], lookup(images));
    const passed = beforeApplyJobs(resolved, async () => [
      { name: 'migrate', ok: true, seconds: 1, lines: [] },
    ]);
    expect(passed).toMatchObject({ beforeApplyMs: 65_000 });
    expect('beforeApply' in passed && (await passed.beforeApply())).toBeUndefined();
    const failed = beforeApplyJobs(resolved, async () => [
      { name: 'migrate', ok: true, seconds: 1, lines: [] },
      { name: 'seed', ok: false, seconds: 2, reason: 'exited with code 3', lines: ['boom'] },
    ]);
    expect('beforeApply' in failed && (await failed.beforeApply())).toBe(
      'pre-deploy job seed exited with code 3; its last log lines: boom',
    );
  });
});
