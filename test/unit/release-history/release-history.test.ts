import { describe, expect, it } from 'vitest';
import {
  bound,
  entryJson,
  formatHistory,
  HISTORY_LIMIT,
  historyJson,
  missingSecrets,
  newestFirst,
  parseEntries,
  parseEntry,
  pickRollback,
  type ReleaseEntry,
  type ReleaseVerdict,
  releasedBy,
} from '../../../src/core/release-history.ts';

const entry = (
  tag: string,
  minute: number,
  verdict: ReleaseVerdict = 'deployed',
  digest = tag,
): ReleaseEntry => ({
  tag,
  images: { app: `registry.example/app@sha256:${digest}` },
  secrets: { TOKEN: `shop_TOKEN_${tag}` },
  at: new Date(Date.UTC(2026, 11, 6, 12, minute)).toISOString(),
  by: 'ci@runner (gantry release)',
  verdict,
});

describe('the release entry as stored', () => {
  it('round-trips through its JSON, one entry or an array', () => {
    const a = entry('1.0.0', 1);
    const b = { ...entry('1.0.1', 2, 'rolled-back'), rollbackTo: '1.0.0' };
    expect(parseEntries(entryJson(a))).toEqual([a]);
    expect(parseEntries(JSON.stringify([a, b]))).toEqual([a, b]);
  });

  it.each([
    ['not JSON', '{'],
    ['a string', '"x"'],
    ['no tag', JSON.stringify({ ...entry('t', 1), tag: 3 })],
    ['an unknown verdict', JSON.stringify({ ...entry('t', 1), verdict: 'ok' })],
    ['a bad time', JSON.stringify({ ...entry('t', 1), at: 'yesterday' })],
    ['images not strings', JSON.stringify({ ...entry('t', 1), images: { app: 1 } })],
    ['secrets missing', JSON.stringify({ ...entry('t', 1), secrets: undefined })],
  ])('leaves out %s', (_what, text) => {
    expect(parseEntries(text)).toEqual([]);
  });

  it('keeps only the known keys', () => {
    expect(parseEntry({ ...entry('t', 1), extra: 'x' })).toEqual(entry('t', 1));
  });
});

describe('bounding and order', () => {
  it('sorts newest first', () => {
    expect(newestFirst([entry('a', 1), entry('c', 3), entry('b', 2)]).map((e) => e.tag)).toEqual([
      'c',
      'b',
      'a',
    ]);
  });

  it.each([
    [0, 0, 0],
    [5, 5, 0],
    [HISTORY_LIMIT, HISTORY_LIMIT, 0],
    [HISTORY_LIMIT + 1, HISTORY_LIMIT, 1],
    [HISTORY_LIMIT + 7, HISTORY_LIMIT, 7],
  ])('%i entries: keeps %i, drops %i (the oldest)', (count, kept, dropped) => {
    const entries = Array.from({ length: count }, (_, i) => entry(`t${i}`, i));
    const { keep, drop } = bound(entries);
    expect(keep).toHaveLength(kept);
    expect(drop).toHaveLength(dropped);
    for (const old of drop) for (const kept of keep) expect(old.at < kept.at).toBe(true);
  });

  it('takes another limit', () => {
    expect(bound([entry('a', 1), entry('b', 2), entry('c', 3)], 2).drop.map((e) => e.tag)).toEqual(['a']);
  });
});

describe('which release a rollback deploys', () => {
  const history = [
    entry('1.0.0', 1),
    entry('1.1.0', 2),
    entry('1.2.0', 3, 'rolled-back'),
    entry('1.1.0-again', 4, 'deployed', '1.1.0'),
    entry('1.3.0', 5, 'failed'),
  ];

  it.each<[string, ReleaseEntry[], string | undefined, string]>([
    ['the newest deployed before the current one, other images', history, undefined, '1.0.0'],
    [
      'skipping rolled-back and failed ones',
      [entry('a', 1), entry('b', 2, 'rolled-back'), entry('c', 3)],
      undefined,
      'a',
    ],
    ['in any stored order', [entry('c', 3), entry('a', 1), entry('b', 2)], undefined, 'b'],
    ['--to a tag', history, '1.1.0', '1.1.0'],
    ['--to the current one', history, '1.1.0-again', '1.1.0-again'],
    [
      '--to a tag released twice: the newest',
      [entry('x', 1, 'deployed', 'd1'), entry('x', 2, 'deployed', 'd2'), entry('y', 3)],
      'x',
      'x',
    ],
  ])('%s', (_what, entries, to, tag) => {
    expect(pickRollback(entries, to).tag).toBe(tag);
  });

  it('--to a tag released twice picks the newer digest', () => {
    const picked = pickRollback([entry('x', 1, 'deployed', 'd1'), entry('x', 2, 'deployed', 'd2')], 'x');
    expect(picked.images.app).toBe('registry.example/app@sha256:d2');
  });

  it.each<[string, ReleaseEntry[], string | undefined, string]>([
    [
      'an empty record',
      [],
      undefined,
      "Option '--to': the target records no deployed release: nothing to go back to",
    ],
    ['one release only', [entry('a', 1)], undefined, 'no deployed release before the current one (a)'],
    [
      'a tag never released',
      history,
      '9.9.9',
      "Option '--to': no release 9.9.9 in the target's record (deployed: 1.1.0-again, 1.1.0, 1.0.0)",
    ],
    [
      'a tag that was rolled back',
      history,
      '1.2.0',
      "Option '--to': release 1.2.0 was rolled-back on this target, never deployed",
    ],
    ['a tag that failed', history, '1.3.0', 'release 1.3.0 was failed on this target'],
  ])('refuses %s, naming --to', (_what, entries, to, message) => {
    expect(() => pickRollback(entries, to)).toThrow(message);
  });
});

describe('what else a rollback and the record need', () => {
  it('names the secret versions that are gone', () => {
    const e = { ...entry('a', 1), secrets: { B: 'shop_B_2', A: 'shop_A_1' } };
    expect(missingSecrets(e, new Set(['shop_A_1', 'shop_B_2']))).toEqual([]);
    expect(missingSecrets(e, new Set(['shop_A_1']))).toEqual(['shop_B_2']);
    expect(missingSecrets(e, new Set())).toEqual(['shop_A_1', 'shop_B_2']);
  });

  it.each([
    [{}, 'me@host (gantry release)'],
    [{ GITHUB_ACTOR: 'octo' }, 'octo'],
    [
      {
        GITHUB_ACTOR: 'octo',
        GITHUB_SERVER_URL: 'https://github.com',
        GITHUB_REPOSITORY: 'acme/shop',
        GITHUB_RUN_ID: '42',
      },
      'octo (https://github.com/acme/shop/actions/runs/42)',
    ],
  ])('who released: %j', (env, by) => {
    expect(releasedBy(env, 'me@host (gantry release)')).toBe(by);
  });
});

describe('gantry history output', () => {
  const entries = [entry('1.0.0', 1), { ...entry('1.0.0', 3), rollbackTo: '1.0.0' }, entry('1.1.0', 2)];

  it('prints newest first, each image and secret', () => {
    expect(formatHistory('prod', 'stack shop', entries)).toBe(
      [
        'target prod (stack shop): 3 releases, newest first',
        '2026-12-06T12:03:00.000Z  1.0.0  deployed (rollback to 1.0.0)  by ci@runner (gantry release)',
        '    image  app: registry.example/app@sha256:1.0.0',
        '    secret TOKEN: shop_TOKEN_1.0.0',
        '2026-12-06T12:02:00.000Z  1.1.0  deployed  by ci@runner (gantry release)',
        '    image  app: registry.example/app@sha256:1.1.0',
        '    secret TOKEN: shop_TOKEN_1.1.0',
        '2026-12-06T12:01:00.000Z  1.0.0  deployed  by ci@runner (gantry release)',
        '    image  app: registry.example/app@sha256:1.0.0',
        '    secret TOKEN: shop_TOKEN_1.0.0',
        '',
      ].join('\n'),
    );
  });

  it('says when nothing is recorded', () => {
    expect(formatHistory('prod', 'stack shop', [])).toBe('target prod (stack shop): no release recorded\n');
  });

  it('--json has stable keys, newest first', () => {
    const json = historyJson('prod', 'swarm', 'stack shop', entries) as {
      releases: Array<Record<string, unknown>>;
    };
    expect(Object.keys(json)).toEqual(['target', 'kind', 'record', 'releases']);
    expect(json.releases.map((r) => Object.keys(r))).toEqual(
      Array(3).fill(['tag', 'verdict', 'at', 'by', 'images', 'secrets', 'rollbackTo']),
    );
    expect(json.releases.map((r) => r.rollbackTo)).toEqual(['1.0.0', null, null]);
  });
});
