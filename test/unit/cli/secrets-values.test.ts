import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readCliSecretValues } from '../../../src/cli/commands/secrets.ts';

const dir = mkdtempSync(path.join(tmpdir(), 'gantry-cli-secrets-'));
writeFileSync(path.join(dir, 'cert.pem'), 'line one\nline two\n');
writeFileSync(path.join(dir, 'empty'), '');

describe('gantry secrets: values from the environment and files, never argv', () => {
  it('reads --secret NAME from $NAME and --secret-file NAME=PATH from the file', () => {
    const values = readCliSecretValues(['DB_PASSWORD'], ['TLS_CERT=cert.pem'], { DB_PASSWORD: 'pw' }, dir);
    expect([...values.keys()]).toEqual(['DB_PASSWORD', 'TLS_CERT']);
    expect(values.get('DB_PASSWORD')).toBe('pw');
    expect(Buffer.from(values.get('TLS_CERT') as Uint8Array).toString()).toBe('line one\nline two\n');
  });

  it.each([
    [
      ['DB_PASSWORD'],
      [],
      {},
      "Option '--secret': secret DB_PASSWORD: the environment variable DB_PASSWORD is empty or not set",
    ],
    [
      ['DB_PASSWORD'],
      [],
      { DB_PASSWORD: '' },
      "Option '--secret': secret DB_PASSWORD: the environment variable DB_PASSWORD is empty or not set",
    ],
    [
      ['db-password'],
      [],
      {},
      'Option \'--secret\': secret name "db-password" is not valid: expected a letter or _ then letters, digits or _',
    ],
    [['A', 'A'], [], { A: 'x' }, "Option '--secret': secret A is given twice"],
    [['A'], ['A=cert.pem'], { A: 'x' }, "Option '--secret-file': secret A is also given with --secret"],
    [[], ['A=missing'], {}, "Option '--secret-file': cannot read missing for A (ENOENT)"],
    [[], ['A=empty'], {}, "Option '--secret-file': empty (for A) is empty"],
    [[], ['A'], {}, 'Option \'--secret-file\': expected NAME=path lines, got "A" (line 1)'],
    [[], [], {}, "Option '--secret': no secrets given: use --secret or --secret-file"],
  ])('%j %j %j', (names, files, env, message) => {
    expect(() => readCliSecretValues(names, files, env, dir)).toThrow(message);
  });
});
