import { describe, expect, it } from 'vitest';
import { ConfigurationError } from '../../../src/core/errors.ts';
import { actionJobs, parsePreDeployInput } from '../../../src/core/pre-deploy/input.ts';

// A deploy action's `pre-deploy` input: YAML or JSON, the gantry.yml schema, errors naming the input.

const refusal = (body: () => unknown): string => {
  try {
    body();
  } catch (error) {
    if (error instanceof ConfigurationError && error.input === 'pre-deploy') return error.message;
    throw error;
  }
  throw new Error('expected a refusal naming pre-deploy');
};
const PIN = `reg.example/api@sha256:${'a'.repeat(64)}`;

describe('parsePreDeployInput', () => {
  it('reads YAML and JSON alike; empty is no jobs', () => {
    const yaml = parsePreDeployInput(
      'pre-deploy',
      '- name: migrate\n  command: [/app/migrate, up]\n  secrets: [DB]\n  timeout: 90s\n',
    );
    const json = parsePreDeployInput(
      'pre-deploy',
      '[{"name":"migrate","command":["/app/migrate","up"],"secrets":["DB"],"timeout":"90s"}]',
    );
    expect(yaml).toEqual(json);
    expect(yaml).toEqual([
      {
        name: 'migrate',
        image: undefined,
        command: ['/app/migrate', 'up'],
        env: {},
        secrets: ['DB'],
        volumes: [],
        timeoutMs: 90_000,
      },
    ]);
    expect(parsePreDeployInput('pre-deploy', '  \n')).toEqual([]);
  });

  it.each([
    ['[{ name: m', /Input 'pre-deploy': not valid YAML or JSON/],
    ['name: m', /Input 'pre-deploy': expected a list of jobs/],
    ['[{ "name": "m" }]', /Input 'pre-deploy': \[0\]\.command: /],
    [
      '[{ "name": "m;id", "command": ["x"] }]',
      /Input 'pre-deploy': \[0\]\.name: expected lower-case letters/,
    ],
    ['[{ "name": "m", "command": ["x"], "retries": 1 }]', /Input 'pre-deploy': \[0\]: unknown key retries/],
  ])('refuses %j', (raw, expected) => {
    expect(refusal(() => parsePreDeployInput('pre-deploy', raw))).toMatch(expected);
  });
});

describe('actionJobs', () => {
  const jobs = parsePreDeployInput(
    'pre-deploy',
    '[{ "name": "migrate", "command": ["x"], "secrets": ["DB"] }, { "name": "seed", "command": ["y"], "image": "api" }]',
  );
  it('the only pinned image by default, a pin by key, each secret from <NAME>_SECRET', () => {
    expect(
      actionJobs('pre-deploy', jobs, new Map([['api', PIN]]), new Map([['DB_SECRET', 'shop_DB_0123']])),
    ).toEqual([
      expect.objectContaining({
        name: 'migrate',
        image: PIN,
        secrets: [{ name: 'DB', fullName: 'shop_DB_0123' }],
      }),
      expect.objectContaining({ name: 'seed', image: PIN, secrets: [] }),
    ]);
  });
  it('refuses, naming the input and the job key: no secret variable, no default image, a bad image', () => {
    expect(refusal(() => actionJobs('pre-deploy', jobs, new Map([['api', PIN]]), new Map()))).toMatch(
      /Input 'pre-deploy': \[0\]\.secrets: names DB, which is not one of the release's secrets/,
    );
    expect(refusal(() => actionJobs('pre-deploy', jobs, new Map(), new Map([['DB_SECRET', 'x']])))).toMatch(
      /Input 'pre-deploy': \[0\]\.image: is required/,
    );
    const bad = parsePreDeployInput('pre-deploy', '[{ "name": "m", "command": ["x"], "image": "-rm" }]');
    expect(refusal(() => actionJobs('pre-deploy', bad, new Map(), new Map()))).toMatch(
      /Input 'pre-deploy': \[0\]\.image: expected an image reference/,
    );
  });
});
