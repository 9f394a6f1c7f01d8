/**
 * Rows of the corpus that Gantry does not refuse before it starts work yet, found by the corpus
 * (`action: input: row label` → what happens instead). They are listed, not run: each is a defect to
 * fix, and its entry goes when it is fixed (the bundle test then runs the row).
 */
export const KNOWN_GAPS: Record<string, string> = {
  'build: target: path traversal': 'the stage name reaches docker build unchecked (docker refuses it)',
  'build: target: shell metacharacters': 'as above (one argv element, no shell: nothing runs from it)',
  'build: target: command substitution': 'as above',
  'build: target: upper case and spaces': 'as above',
  'build: target: too long': 'as above',
  'build: file: a file that is not there': 'not checked before docker build runs',
  'build: file: path traversal out of the workspace': 'not checked before docker build runs',
  'build: context: a file that is not there': 'not checked before docker build runs',
  'build: context: path traversal out of the workspace': 'not checked before docker build runs',
  'build: build-args: a key that is not a name': 'the key reaches docker build --build-arg unchecked',
  'build: labels: a key that is not a name': 'the key reaches docker build --label unchecked',
  'build: secrets: a key that is not a name': 'the id reaches docker build --secret unchecked',
  'build: image: upper case': 'refused by docker, not before it',
  'deploy-k8s: env: a key that is not a name': 'accepted; the manifests are read with it',
  'deploy-k8s: smoke-expect-status: wrong type': 'smoke inputs are read after the cluster is contacted',
  'deploy-k8s: smoke-expect-status: out of range': 'as above',
  'deploy-k8s: smoke-expect-status: reversed range': 'as above',
  'deploy-k8s: smoke-expect-json: unparsable JSON': 'as above',
  'deploy-k8s: smoke-expect-json: YAML, not JSON': 'as above',
  'deploy-k8s: smoke-timeout: wrong type: a word': 'as above',
  'deploy-k8s: smoke-timeout: negative': 'as above',
  'deploy-k8s: smoke-timeout: an unknown unit': 'as above',
  'deploy-k8s: github-token: a control character (BEL)': 'read only with environment set',
  'deploy-k8s: github-token: an escape sequence': 'read only with environment set',
  'deploy-swarm: registry-username: conflicting: a user without a password':
    'refused naming registry (also required), not the missing password',
  'deploy-swarm: smoke-expect-status: reversed range': 'accepted (an empty range)',
  'release: config: path traversal out of the workspace': 'a gantry.yml outside the workspace is read',
  'release: kubeconfig: not a kubeconfig': 'not read for a Swarm target',
  'release: kubeconfig: unparsable YAML': 'not read for a Swarm target',
  'scan-run: ignore-file: path traversal out of the workspace': 'a file outside the workspace is read',
  'secrets: secret-files: path traversal out of the workspace':
    'a file outside the workspace is read as a secret value',
  'build: context: a 100 KB value': 'a 100 KB value is taken as it is; the step goes on',
  'build: file: a 100 KB value': 'a 100 KB value is taken as it is; the step goes on',
  'build: registry-username: a 100 KB value': 'a 100 KB value is taken as it is; the step goes on',
  'build: registry: a 100 KB value': 'a 100 KB value is taken as it is; the step goes on',
  'build: target: a 100 KB value': 'a 100 KB value is taken as it is; the step goes on',
  'deploy-k8s: environment: a 100 KB value': 'a 100 KB value is taken as it is; the step goes on',
  'deploy-k8s: smoke-expect-json: a 100 KB value':
    'smoke inputs are read only with smoke-urls set; a bad one is not refused otherwise',
  'deploy-k8s: smoke-expect-status: a 100 KB value':
    'smoke inputs are read only with smoke-urls set; a bad one is not refused otherwise',
  'deploy-k8s: smoke-timeout: a 100 KB value':
    'smoke inputs are read only with smoke-urls set; a bad one is not refused otherwise',
  'deploy-swarm: env-groups: a 100 KB value': 'a 100 KB value is taken as it is; the step goes on',
  'deploy-swarm: environment: a 100 KB value': 'a 100 KB value is taken as it is; the step goes on',
  'deploy-swarm: github-token: a control character (BEL)':
    'read only with environment set; not refused otherwise',
  'deploy-swarm: github-token: an escape sequence': 'read only with environment set; not refused otherwise',
  'deploy-swarm: registry-username: a 100 KB value': 'a 100 KB value is taken as it is; the step goes on',
  'deploy-swarm: registry: a 100 KB value': 'a 100 KB value is taken as it is; the step goes on',
  'deploy-swarm: smoke-expect-json: YAML, not JSON':
    'smoke inputs are read only with smoke-urls set; a bad one is not refused otherwise',
  'deploy-swarm: smoke-expect-json: a 100 KB value':
    'smoke inputs are read only with smoke-urls set; a bad one is not refused otherwise',
  'deploy-swarm: smoke-expect-json: unparsable JSON':
    'smoke inputs are read only with smoke-urls set; a bad one is not refused otherwise',
  'deploy-swarm: smoke-expect-status: a 100 KB value':
    'smoke inputs are read only with smoke-urls set; a bad one is not refused otherwise',
  'deploy-swarm: smoke-expect-status: out of range':
    'smoke inputs are read only with smoke-urls set; a bad one is not refused otherwise',
  'deploy-swarm: smoke-expect-status: wrong type':
    'smoke inputs are read only with smoke-urls set; a bad one is not refused otherwise',
  'deploy-swarm: smoke-timeout: a 100 KB value':
    'smoke inputs are read only with smoke-urls set; a bad one is not refused otherwise',
  'deploy-swarm: smoke-timeout: an unknown unit':
    'smoke inputs are read only with smoke-urls set; a bad one is not refused otherwise',
  'deploy-swarm: smoke-timeout: negative':
    'smoke inputs are read only with smoke-urls set; a bad one is not refused otherwise',
  'deploy-swarm: smoke-timeout: wrong type: a word':
    'smoke inputs are read only with smoke-urls set; a bad one is not refused otherwise',
  'release: known-hosts: a 100 KB value': 'checked only when the target is connected to (after the build)',
  'release: known-hosts: not a known_hosts line':
    'checked only when the target is connected to (after the build)',
  'release: known-hosts: shell metacharacters':
    'checked only when the target is connected to (after the build)',
  'release: kubeconfig: a 100 KB value': 'a 100 KB value is taken as it is; the step goes on',
  'release: registry-username: a 100 KB value': 'a 100 KB value is taken as it is; the step goes on',
  'release: ssh-key: a 100 KB value': 'checked only when the target is connected to (after the build)',
  'release: ssh-key: a public key': 'checked only when the target is connected to (after the build)',
  'release: ssh-key: not a key': 'checked only when the target is connected to (after the build)',
  'release: tag: a 100 KB value': 'the tag is checked only when the build runs',
  'release: tag: shell metacharacters': 'the tag is checked only when the build runs',
  'release: tag: too long': 'the tag is checked only when the build runs',
  'scan-run: db-repository: a 100 KB value': 'a 100 KB value is taken as it is; the step goes on',
  'scan-run: image: a 100 KB value': 'a 100 KB value is taken as it is; the step goes on',
  'scan-run: java-db-repository: a 100 KB value': 'a 100 KB value is taken as it is; the step goes on',
  'smoke: expect-body: a 100 KB value': 'a 100 KB value is taken as it is; the step goes on',
};
