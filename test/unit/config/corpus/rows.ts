/**
 * The gantry.yml corpus: what operators type by mistake and attackers on purpose, by kind of key.
 * Each row sets one key of a valid config (BASE) to a bad value; the config must be refused (exit
 * 2) before anything runs, naming the key path. Add a row where a new mistake is found; map a new
 * key of the schema to a kind in KEY_KINDS (config-keys.test.ts fails for a key with no kind).
 * `{port}` is a loopback port that counts connections (none may come).
 */

/** One row: the value (YAML data; RAW_YAML for text that is not), and keys set with it. */
export interface ConfigRow {
  label: string;
  value: unknown;
  /** Other keys (dotted paths of the base) set with this one, for conflicting keys; undefined deletes. */
  with?: Record<string, unknown>;
  /** The key path the error must name, when not the key itself (a conflict named at the other key). */
  names?: string;
}

const row = (label: string, value: unknown, extra: Omit<ConfigRow, 'label' | 'value'> = {}): ConfigRow => ({
  label,
  value,
  ...extra,
});

export const HUNDRED_KB = 'a'.repeat(100 * 1024);
/** Stands for a secret value: the variable the base's secrets and registry password read. */
export const SECRET = 'corpus-config-secret-9b1e';

/**
 * Rows every leaf key gets: a control character, a 100 KB value. (A wrong type is one check of the
 * schema for every key: the kinds whose YAML type matters have their own row.)
 */
export const GENERIC: ConfigRow[] = [
  row('a control character (ESC)', 'x\u001b[31mred'),
  row('a 100 KB value', HUNDRED_KB),
];

export const KINDS = {
  boolean: [row('wrong type: yes', 'yes'), row('wrong type: a number', 1)],
  duration: [row('a word', 'ten minutes'), row('negative', '-5m'), row('an unknown unit', '5w')],
  integer: [row('a word', 'three'), row('fraction', 1.5), row('zero', 0), row('huge', 1e308)],
  'ssh-host': [
    row('wrong scheme http', 'http://127.0.0.1:{port}'),
    row('wrong scheme tcp (unauthenticated engine)', 'tcp://127.0.0.1:{port}'),
    row('port out of range', 'ssh://deploy@127.0.0.1:99999'),
    row('shell metacharacters', 'ssh://deploy@127.0.0.1;touch /tmp/gantry-pwned'),
    row('option injection', 'ssh://-oProxyCommand=touch%20/tmp/gantry-pwned@127.0.0.1'),
    row('empty', ''),
  ],
  'jump-host': [
    row('a scheme', 'http://bastion.example'),
    row('option injection', '-oProxyCommand=id'),
    row('shell metacharacters', 'deploy@bastion;id'),
    row('port out of range', 'deploy@bastion:0'),
  ],
  name: [
    row('path traversal', '../etc'),
    row('shell metacharacters', 'shop;rm -rf /'),
    row('command substitution', '$(id)'),
    row('upper case and spaces', 'My Shop'),
    row('too long', 'a'.repeat(300)),
    row('empty', ''),
    row('wrong type: a list', ['shop']),
  ],
  'variable-name': [row('not a name', '1BAD'), row('shell metacharacters', 'A;id'), row('empty', '')],
  file: [
    row('empty', ''),
    row('a leading dash', '-oProxyCommand=id'),
    row('wrong type: a mapping', { a: 1 }),
  ],
  'file-list': [row('empty list', []), row('an item that is a mapping', [{ a: 1 }])],
  image: [
    row('a URL', 'https://registry.example/app'),
    row('shell metacharacters', 'registry.example/app;id'),
    row('spaces', 'registry example/app'),
    row('a tag', 'registry.example/app:1'),
    row('empty', ''),
  ],
  'url-list': [
    row('wrong scheme ftp', ['ftp://127.0.0.1/']),
    row('wrong scheme file', ['file:///etc/passwd']),
    row('javascript', ['javascript:alert(1)']),
    row('not a URL', ['not a url']),
  ],
  'status-codes': [row('a word', 'ok'), row('out of range', 999), row('reversed range', '299-200')],
  json: [row('unparsable JSON', '{"status": ')],
  regex: [row('unparsable regular expression', '(unclosed')],
  platforms: [row('no architecture', ['linux']), row('shell metacharacters', ['linux/amd64;id'])],
  map: [row('a list, not a mapping', ['A=1']), row('a nested mapping', { A: { b: 1 } })],
  'env-map': [row('a key that is not a name', { '1BAD': 'x' }), row('a list, not a mapping', ['A=1'])],
  'build-args': [row('a key that is not a name', { '1BAD': 'x' }), row('a list', ['A=1'])],
  'env-groups': [
    row('not variable names', { g: ['A', '1B'] }),
    row('shell metacharacters', { g: ['$(id)'] }),
  ],
  enum: [row('not one of the choices', 'nomad'), row('shell metacharacters', 'content;id')],
  severity: [row('unknown severity', ['SEVERE']), row('shell metacharacters', ['HIGH;id'])],
  scanners: [row('unknown scanner', ['rootkit'])],
  'value-source': [
    row('neither env nor file', {}),
    row('both env and file', { env: 'A', file: 'x' }),
    row('a plain string', SECRET),
    row('an env that is not a name', { env: '1BAD' }),
  ],
  mapping: [row('a string, not a mapping', 'yes'), row('a list, not a mapping', ['a'])],
  'pre-deploy': [
    row('a map, not a list', { name: 'm' }),
    row('a job without a command', [{ name: 'm' }]),
    row('a job name with shell metacharacters', [{ name: 'm;id', command: ['x'] }]),
    row('a job name with path traversal', [{ name: '../m', command: ['x'] }]),
    row('an image with a leading dash', [{ name: 'm', command: ['x'], image: '-rm' }]),
    row('a secret nothing provides', [{ name: 'm', command: ['x'], secrets: ['NOPE'] }]),
    row('two jobs of one name', [
      { name: 'm', command: ['x'] },
      { name: 'm', command: ['y'] },
    ]),
  ],
  command: [row('empty', []), row('a string, not a list', 'rm -rf /')],
  volumes: [row('path traversal', ['../../etc:/etc']), row('a mapping', [{ a: 1 }])],
  'preview-urls': [row('wrong scheme', ['ftp://x/']), row('javascript', ['javascript:alert(1)'])],
  /** A key Gantry reads as free text (a username): no kind rows, the generic ones still apply. */
  text: [],
} as const satisfies Record<string, ConfigRow[]>;

export type Kind = keyof typeof KINDS;
