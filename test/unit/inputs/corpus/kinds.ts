/**
 * The bad-input corpus, by kind of input: what users type by mistake and what an attacker types on
 * purpose. Each row is a value that must be refused, naming the input, before anything is contacted.
 * Add a row where a new mistake is found; add a kind for a new sort of input (and map the input to
 * it in action-inputs.ts: the corpus test fails for an input with no kind).
 */

/** One row: what it tries, the value, and other inputs set with it (for conflicting inputs). */
export interface Row {
  label: string;
  value: string;
  with?: Record<string, string>;
}

const row = (label: string, value: string, withInputs?: Record<string, string>): Row => ({
  label,
  value,
  ...(withInputs === undefined ? {} : { with: withInputs }),
});

/** A value of 100 KB on one line: nothing Gantry reads needs it, and nothing must choke on it. */
export const HUNDRED_KB = 'a'.repeat(100 * 1024);

/** Rows every input gets, whatever its kind (a secret or free-text input is exempt from some). */
export const GENERIC: Row[] = [
  row('a control character (BEL)', 'x\u0007y'),
  row('an escape sequence', 'x\u001b[31mred'),
  row('newline injection of a workflow command', 'x\n::set-output name=status::deployed'),
  row('a 100 KB value', HUNDRED_KB),
];

export const KINDS = {
  boolean: [row('wrong type: yes', 'yes'), row('wrong type: 1', '1'), row('blank', '   x')],
  duration: [row('wrong type: a word', 'ten minutes'), row('negative', '-5m'), row('an unknown unit', '5w')],
  integer: [row('wrong type', 'three'), row('fraction', '1.5'), row('zero', '0'), row('huge', '1e308')],
  'ssh-host': [
    row('wrong scheme http', 'http://127.0.0.1:2222'),
    row('wrong scheme tcp (unauthenticated engine)', 'tcp://127.0.0.1:2375'),
    row('port out of range', 'ssh://deploy@127.0.0.1:99999'),
    row('shell metacharacters', 'ssh://deploy@127.0.0.1;touch /tmp/gantry-pwned'),
    row('option injection', 'ssh://-oProxyCommand=touch%20/tmp/gantry-pwned@127.0.0.1'),
    row('no host', 'ssh://deploy@'),
  ],
  'jump-host': [
    row('a scheme', 'http://bastion.example'),
    row('option injection', '-oProxyCommand=id'),
    row('shell metacharacters', 'deploy@bastion;id'),
    row('port out of range', 'deploy@bastion:0'),
  ],
  'private-key': [row('not a key', 'hunter2-not-a-key'), row('a public key', 'ssh-ed25519 AAAAC3Nza test')],
  'known-hosts': [
    row('not a known_hosts line', 'this is not a host key'),
    row('shell metacharacters', '$(touch /tmp/gantry-pwned) ssh-ed25519 AAAA'),
  ],
  name: [
    row('path traversal', '../etc'),
    row('shell metacharacters', 'shop;rm -rf /'),
    row('command substitution', '$(id)'),
    row('upper case and spaces', 'My Shop'),
    row('too long', 'a'.repeat(300)),
  ],
  'file-list': [
    row('path traversal out of the workspace', '../../../../../../etc/shadow'),
    row('a file that is not there', 'nothing-here.yml'),
  ],
  file: [
    row('path traversal out of the workspace', '../../../../../../etc/shadow'),
    row('a file that is not there', 'nothing-here.yml'),
  ],
  'kv-lines': [
    row('no equals sign', 'JUST_A_WORD'),
    row('a key that is not a name', '1BAD=x'),
    row('an empty key', '=x'),
  ],
  'secret-lines': [row('no equals sign', 'DB_PASSWORD'), row('a name with a dot', 'db.password=x')],
  'secret-files': [
    row('path traversal out of the workspace', 'KEY=../../../../../../etc/shadow'),
    row('a file that is not there', 'KEY=nothing-here.txt'),
    row('no equals sign', 'KEY'),
  ],
  image: [
    row('upper case', 'Registry.Example/App'),
    row('a URL', 'https://registry.example/app'),
    row('shell metacharacters', 'registry.example/app;id'),
    row('spaces', 'registry example/app'),
  ],
  'pinned-images': [
    row('not pinned by digest', 'api=registry.example/app:1'),
    row('a short digest', 'api=registry.example/app@sha256:abc'),
    row('no equals sign', 'registry.example/app@sha256:abc'),
  ],
  'url-list': [
    row('wrong scheme ftp', 'ftp://127.0.0.1/'),
    row('wrong scheme file', 'file:///etc/passwd'),
    row('javascript', 'javascript:alert(1)'),
    row('not a URL', 'not a url'),
  ],
  url: [row('wrong scheme ftp', 'ftp://shop.example/'), row('javascript', 'javascript:alert(1)')],
  json: [row('unparsable JSON', '{"status": '), row('YAML, not JSON', 'status: healthy')],
  'json-map': [row('unparsable JSON', '{"linux/amd64": '), row('a list, not a map', '["a"]')],
  'status-codes': [row('wrong type', 'ok'), row('out of range', '999'), row('reversed range', '299-200')],
  regex: [row('unparsable regular expression', '(unclosed')],
  headers: [row('no colon', 'Authorization Bearer x'), row('a name with spaces', 'X Bad: v')],
  version: [
    row('shell metacharacters', '1.2.3;id'),
    row('path traversal', '../../1.2.3'),
    row('not a version', 'latest'),
  ],
  platforms: [row('no architecture', 'linux'), row('shell metacharacters', 'linux/amd64;id')],
  tags: [row('shell metacharacters', 'v1;id'), row('too long', 'v'.repeat(200))],
  kubeconfig: [row('unparsable YAML', 'apiVersion: [v1'), row('not a kubeconfig', 'hello: world')],
  'env-groups': [row('not variable names', 'A,1B'), row('shell metacharacters', 'A,$(id)')],
  'repository-list': [row('a URL scheme', 'https://mirror.example/db'), row('spaces', 'mirror example/db')],
  enum: [row('not one of the choices', 'nomad'), row('shell metacharacters', 'content;id')],
  'free-text': [],
  'pre-deploy-jobs': [
    row('unparsable YAML', '[{ name: m'),
    row('a map, not a list', 'name: m'),
    row('a job without a command', '[{ "name": "m" }]'),
    row('a job name with shell metacharacters', '[{ "name": "m;id", "command": ["x"] }]'),
    row('a job name with path traversal', '[{ "name": "../m", "command": ["x"] }]'),
    row('an image with a leading dash', '[{ "name": "m", "command": ["x"], "image": "-rm" }]'),
    row(
      'a secret nothing provides',
      '[{ "name": "m", "command": ["x"], "image": "busybox", "secrets": ["NOPE"] }]',
    ),
  ],
  // A secret takes any line (masked, never printed); a control character is still refused.
  secret: [row('a control character (BEL)', 'pw\u0007x'), row('an escape sequence', 'pw\u001b[31m')],
} as const satisfies Record<string, Row[]>;

export type Kind = keyof typeof KINDS;
