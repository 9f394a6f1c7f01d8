import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../../src/core/config/load.ts';
import { yamlOf } from './corpus/expand.ts';
import { BASE, IMAGES_BASE, KEY_KINDS } from './corpus/keys.ts';
import { SECRET } from './corpus/rows.ts';
import { schemaKeys } from './corpus/schema-keys.ts';

// The gantry.yml corpus covers the schema: a key added to src/core/config/schema.ts without a kind
// in corpus/keys.ts fails here, as does a kind for a key the schema no longer has. The base config
// the rows are set on must itself load (so each row tests its one key).
describe('the gantry.yml corpus', () => {
  it('has a kind for every key of the schema, and no other', () => {
    expect(schemaKeys().filter((k) => !(k in KEY_KINDS))).toEqual([]);
    expect(Object.keys(KEY_KINDS).filter((k) => !schemaKeys().includes(k))).toEqual([]);
  });

  it.each([
    ['image:', BASE],
    ['images:', IMAGES_BASE],
  ])('sets its rows on a config with %s that loads as it is', (_, base) => {
    const text = yamlOf(base).replaceAll('{port}', '22');
    const env = { CORPUS_SECRET: SECRET, CORPUS_REGISTRY_PASSWORD: SECRET };
    expect(() => loadConfig(text, { file: 'gantry.yml', baseDir: '/p', env })).not.toThrow();
  });
});
