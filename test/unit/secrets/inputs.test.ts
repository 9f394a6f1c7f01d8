import { describe, expect, it } from 'vitest';
import { ConfigurationError } from '../../../src/core/errors.ts';
import {
  checkSecretName,
  maskParts,
  parseSecretFiles,
  parseSecretInputs,
  parseSecretValues,
} from '../../../src/core/secrets/index.ts';

const entries = (map: Map<string, string>) => Object.fromEntries(map);

describe('parseSecretValues', () => {
  it.each([
    ['empty', '', {}],
    ['blank lines and comments only', '\n# nothing\n  \n', {}],
    ['one line', 'POSTGRES_PASSWORD=s3cret', { POSTGRES_PASSWORD: 's3cret' }],
    [
      'value with = and :',
      'DSN=postgres://u:p@db:5432/app?sslmode=require&x=1',
      {
        DSN: 'postgres://u:p@db:5432/app?sslmode=require&x=1',
      },
    ],
    ['value with # is not a comment', 'A=#hash', { A: '#hash' }],
    ['lines with comments and CRLF', '# creds\r\nA=1\r\n\r\n_B=two words\r\n', { A: '1', _B: 'two words' }],
    ['surrounding whitespace trimmed', '  A = x  \n', { A: ' x' }],
    ['YAML map', 'A: one\nB: "two: quoted"\n', { A: 'one', B: 'two: quoted' }],
    [
      'YAML keeps numbers and booleans as text (failsafe schema)',
      'PORT: 0123\nFLAG: yes\nN: 1e3',
      {
        PORT: '0123',
        FLAG: 'yes',
        N: '1e3',
      },
    ],
    [
      'YAML literal block keeps newlines',
      'KEY: |\n  -----BEGIN KEY-----\n  abc=\n  -----END KEY-----\nB: x\n',
      {
        KEY: '-----BEGIN KEY-----\nabc=\n-----END KEY-----\n',
        B: 'x',
      },
    ],
    ['YAML |- strips the final newline', 'CERT: |-\n  line 1\n  line 2\n', { CERT: 'line 1\nline 2' }],
    ['YAML with a value that looks like NAME=', 'A: B=c\n', { A: 'B=c' }],
    ['YAML with comments', '# db\nA: x # trailing comment\n', { A: 'x' }],
  ])('%s', (_, raw, expected) => {
    expect(entries(parseSecretValues('secrets', raw))).toEqual(expected);
  });

  it.each([
    ['empty value (line)', 'TOKEN=hunter2\nEMPTY=', /secret EMPTY has an empty value \(line 2\)/],
    ['empty value (YAML)', 'A: hunter2\nEMPTY: ""', /secret EMPTY has an empty value/],
    ['empty value (YAML null)', 'A: hunter2\nEMPTY:', /secret EMPTY/],
    ['duplicate (line)', 'A=hunter2\nA=hunter3', /secret A is given twice \(line 2\)/],
    ['duplicate (YAML)', 'A: hunter2\nA: hunter3', /a secret name is given twice/],
    ['bad name (line)', '1A=hunter2', /expected NAME=value lines or a YAML mapping/],
    ['bad name (YAML)', 'my-token: hunter2', /secret name "my-token" is not valid/],
    ['nested YAML', 'A:\n  b: hunter2', /secret A must be a string/],
    ['YAML list', '- hunter2', /expected NAME=value lines or a YAML mapping/],
    ['a bare value', 'hunter2', /line 1 is not NAME=value/],
    [
      'a pasted multi-line value in line form',
      'KEY=-----BEGIN-----\nhunter2\n-----END-----',
      /line 2 is not NAME=value and the text is not a YAML mapping either \(for a multi-line value use YAML/,
    ],
    ['broken YAML', 'A: "hunter2\nB: x', /; YAML error on line 2$/],
  ])('rejects %s, naming the input and never the value', (_, raw, message) => {
    const run = () => parseSecretValues('secrets', raw);
    expect(run).toThrow(ConfigurationError);
    expect(run).toThrow(message);
    expect(run).toThrow(/^Input 'secrets': /);
    expect(run).not.toThrow(/hunter/);
  });
});

describe('checkSecretName', () => {
  it.each(['A', '_A', 'POSTGRES_PASSWORD', 'a1', '_'])('accepts %j', (name) => {
    expect(checkSecretName('secrets', name)).toBe(name);
  });
  it.each(['', '1A', 'A-B', 'A.B', 'A B', 'É'])('rejects %j', (name) => {
    expect(() => checkSecretName('secrets', name)).toThrow(/^Input 'secrets': secret name .* is not valid/);
  });
});

describe('parseSecretFiles', () => {
  it('reads NAME=path lines', () => {
    expect(
      entries(parseSecretFiles('secret-files', '# keys\nTLS_KEY = ./certs/key.pem\nCA=/etc/ca=1.pem\n')),
    ).toEqual({
      TLS_KEY: './certs/key.pem',
      CA: '/etc/ca=1.pem',
    });
  });
  it.each([
    ['./key.pem', /expected NAME=path lines/],
    ['A=', /secret A has no file path/],
    ['A=x\nA=y', /secret A is given twice/],
    ['A-B=x', /secret name "A-B" is not valid/],
  ])('rejects %j', (raw, message) => {
    expect(() => parseSecretFiles('secret-files', raw)).toThrow(message);
    expect(() => parseSecretFiles('secret-files', raw)).toThrow(/^Input 'secret-files': /);
  });
});

describe('parseSecretInputs', () => {
  it('combines both inputs', () => {
    const parsed = parseSecretInputs({ secrets: 'A: x\n', secretFiles: 'B=./b' });
    expect(entries(parsed.values)).toEqual({ A: 'x' });
    expect(entries(parsed.files)).toEqual({ B: './b' });
  });
  it('refuses a NAME given in both', () => {
    expect(() => parseSecretInputs({ secrets: 'A=hunter2', secretFiles: 'A=./a' })).toThrow(
      "Input 'secret-files': secret A is also given in secrets: give it once",
    );
  });
  it('refuses no secrets at all', () => {
    expect(() => parseSecretInputs({ secrets: '\n', secretFiles: '' })).toThrow(
      "Input 'secrets': no secrets given: set secrets or secret-files",
    );
  });
});

describe('maskParts', () => {
  it.each([
    ['single', ['single']],
    ['l1\nl2\n', ['l1\nl2\n', 'l1', 'l2']],
    ['a\r\n  b  \n\n', ['a\r\n  b  \n\n', 'a', 'b']],
  ])('%j -> %j', (value, parts) => expect(maskParts(value)).toEqual(parts));
});
