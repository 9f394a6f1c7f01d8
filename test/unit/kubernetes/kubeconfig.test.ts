import { describe, expect, it, test } from 'vitest';
import { checkNamespace, parseKubeconfig, resolveContext } from '../../../src/core/kubernetes/kubeconfig.ts';

const KUBECONFIG = `apiVersion: v1
kind: Config
clusters:
  - name: sandbox
    cluster: {server: 'https://127.0.0.1:16443', certificate-authority-data: Q0E=}
contexts:
  - name: admin@sandbox
    context: {cluster: sandbox, user: admin, namespace: shop}
  - name: other
    context: {cluster: sandbox, user: admin}
current-context: admin@sandbox
users:
  - name: admin
    user: {token: s3cr3t-token}
`;

describe('parseKubeconfig', () => {
  it('reads plain YAML and base64 of it alike', () => {
    const plain = parseKubeconfig(KUBECONFIG);
    const b64 = parseKubeconfig(Buffer.from(KUBECONFIG).toString('base64'));
    const wrapped = parseKubeconfig(
      Buffer.from(KUBECONFIG)
        .toString('base64')
        .replace(/(.{76})/g, '$1\n'),
    );
    for (const config of [plain, b64, wrapped]) {
      expect(config.text).toBe(KUBECONFIG);
      expect(config.currentContext).toBe('admin@sandbox');
      expect(config.contexts).toEqual([
        { name: 'admin@sandbox', cluster: 'sandbox', namespace: 'shop' },
        { name: 'other', cluster: 'sandbox', namespace: undefined },
      ]);
    }
  });

  test.each([
    ['', "Input 'kubeconfig': is empty"],
    [
      'not base64 and not yaml: [',
      "Input 'kubeconfig': is neither a kubeconfig (YAML) nor base64 of one (YAML error at line 1)",
    ],
    [
      'aGVsbG8gd29ybGQ=',
      "Input 'kubeconfig': is not a kubeconfig: expected a YAML document (or base64 of one) with `clusters` and `contexts` lists",
    ],
    [
      'kind: Pod\nclusters: []\ncontexts: []',
      "Input 'kubeconfig': is not a kubeconfig: kind is Pod, expected Config",
    ],
    [
      'clusters: []\ncontexts: [{name: a, context: {cluster: gone}}]',
      'Input \'kubeconfig\': context a names cluster "gone", which it does not define',
    ],
  ])('refuses %j', (raw, message) => {
    expect(() => parseKubeconfig(raw)).toThrow(message);
  });

  it('never quotes the file in an error (it holds credentials)', () => {
    const parse = () => parseKubeconfig('users:\n  - {token: s3cr3t-token\n');
    // It throws (toThrow fails when it does not), and what it says leaves the token out.
    expect(parse).toThrow(/^Input 'kubeconfig': /);
    expect(parse).not.toThrow(/s3cr3t/);
  });
});

describe('resolveContext', () => {
  const config = parseKubeconfig(KUBECONFIG);
  it('uses the context input, else current-context', () => {
    expect(resolveContext(config, '')).toEqual({
      name: 'admin@sandbox',
      cluster: 'sandbox',
      namespace: 'shop',
    });
    expect(resolveContext(config, 'other').namespace).toBeUndefined();
  });
  it('an unknown context names the input and lists the ones there are', () => {
    expect(() => resolveContext(config, 'prod')).toThrow(
      'Input \'context\': the kubeconfig has no context "prod"; it has: admin@sandbox, other',
    );
  });
  it('no current-context and no input', () => {
    const none = parseKubeconfig(KUBECONFIG.replace('current-context: admin@sandbox\n', ''));
    expect(() => resolveContext(none, '')).toThrow("Input 'context': the kubeconfig has no current-context");
  });
});

test.each([
  ['', undefined],
  [' shop ', 'shop'],
  ['a-1', 'a-1'],
])('checkNamespace(%j)', (raw, expected) => expect(checkNamespace('namespace', raw)).toBe(expected));
test.each(['Shop', 'shop_1', '-a', 'a'.repeat(64)])('checkNamespace refuses %j', (raw) => {
  expect(() => checkNamespace('namespace', raw)).toThrow(
    /^Input 'namespace': .* is not a valid namespace name/,
  );
});
