import { describe, expect, it } from 'vitest';
import { kubeconfigCredentials } from '../../../src/core/kubernetes/kubeconfig-secrets.ts';

const pem =
  '-----BEGIN PRIVATE KEY-----\nMIIEvQIBADANBgkqhkiG9w0BAQEFAASC\nBKcwggSjAgEAAoIBAQC7\n-----END PRIVATE KEY-----\n';
const keyData = Buffer.from(pem).toString('base64');
const yaml = (user: string) => `apiVersion: v1
kind: Config
clusters: [{name: c, cluster: {server: 'https://10.0.0.1:6443', certificate-authority-data: Q0FDRVJU}}]
contexts: [{name: ctx, context: {cluster: c, user: u}}]
current-context: ctx
users: [{name: u, user: ${user}}]
`;

describe('kubeconfigCredentials', () => {
  it.each([
    ['a token', yaml('{token: tok-0123456789}'), ['tok-0123456789']],
    ['a password (not the username)', yaml('{username: admin, password: pa55-word}'), ['pa55-word']],
    [
      'client key data, and the lines of the PEM it decodes to',
      yaml(`{client-key-data: ${keyData}}`),
      [keyData, 'MIIEvQIBADANBgkqhkiG9w0BAQEFAASC', 'BKcwggSjAgEAAoIBAQC7'],
    ],
    [
      'auth-provider config values and exec env values',
      yaml(
        '{auth-provider: {name: oidc, config: {id-token: idt-secret, refresh-token: rft-secret}}, exec: {command: x, env: [{name: K, value: exec-secret}]}}',
      ),
      ['idt-secret', 'rft-secret', 'exec-secret'],
    ],
    ['no users', 'kind: Config\nclusters: []\ncontexts: []\n', []],
  ])('%s', (_, text, expected) => {
    expect(kubeconfigCredentials(text)).toEqual(expected);
  });

  it('reads the base64 form of a kubeconfig the same way', () => {
    const text = yaml('{token: tok-0123456789}');
    expect(kubeconfigCredentials(Buffer.from(text).toString('base64'))).toEqual(['tok-0123456789']);
  });

  it('leaves public parts out: the server, names, the CA data', () => {
    const found = kubeconfigCredentials(yaml('{token: tok-0123456789}')) ?? [];
    for (const text of ['https://10.0.0.1:6443', 'kind: Config', 'ctx', 'Q0FDRVJU'])
      expect(found).not.toContain(text);
  });

  it('is undefined for text that is not YAML (the caller then masks every line)', () => {
    expect(kubeconfigCredentials('users: [unclosed')).toBeUndefined();
  });
});
