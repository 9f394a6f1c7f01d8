import { readFileSync } from 'node:fs';
import type { PullSecret } from './kubernetes-namespace.ts';
import { sandboxEnv } from './sandbox-env.ts';

/**
 * The registry's image digest for `repo:tag` (a HEAD of its manifest). Throws, saying why, when the
 * registry cannot be reached, refuses, or answers without a digest: a test that needs the digest
 * fails then, it never goes on with something else.
 */
export async function registryDigest(
  registry: string,
  login: { user: string; password: string },
  repo: string,
  tag: string,
): Promise<string> {
  const url = `http://${registry}/v2/${repo}/manifests/${tag}`;
  let response: Response;
  try {
    response = await fetch(url, {
      method: 'HEAD',
      headers: {
        authorization: `Basic ${Buffer.from(`${login.user}:${login.password}`).toString('base64')}`,
        accept: [
          'application/vnd.docker.distribution.manifest.v2+json',
          'application/vnd.oci.image.manifest.v1+json',
          'application/vnd.docker.distribution.manifest.list.v2+json',
          'application/vnd.oci.image.index.v1+json',
        ].join(', '),
      },
      signal: AbortSignal.timeout(10_000),
    });
  } catch (error) {
    const cause = (error as Error & { cause?: Error }).cause?.message;
    throw new Error(`HEAD ${url} failed: ${(error as Error).message}${cause ? ` (${cause})` : ''}`);
  }
  if (!response.ok) throw new Error(`HEAD ${url} answered ${response.status} ${response.statusText}`);
  const digest = response.headers.get('docker-content-digest') ?? '';
  if (!/^sha256:[0-9a-f]{64}$/.test(digest))
    throw new Error(
      `HEAD ${url} answered without a sha256 digest (Docker-Content-Digest: ${JSON.stringify(digest)})`,
    );
  return digest;
}

/** The sandbox registry's user and password (the password read from its file). */
export const sandboxRegistryLogin = (): { user: string; password: string } => {
  const sandbox = sandboxEnv();
  return { user: sandbox.registryUser, password: readFileSync(sandbox.registryPasswordFile, 'utf8').trim() };
};

/** An image pull secret for the sandbox registry, for createNamespace. */
export const sandboxPullSecret = (name: string): PullSecret => ({
  name,
  registry: sandboxEnv().registry,
  ...sandboxRegistryLogin(),
});

/** The sandbox app image's digest for `tag` as the sandbox registry reports it (throws when it does not). */
export async function sandboxAppDigest(tag: string): Promise<string> {
  const sandbox = sandboxEnv();
  return registryDigest(
    sandbox.registry,
    sandboxRegistryLogin(),
    sandbox.appImage.slice(sandbox.registry.length + 1),
    tag,
  );
}

/** `image@sha256:…` of the sandbox app image for each tag, as the registry reports them. */
export async function sandboxAppRefs(tags: readonly string[]): Promise<Record<string, string>> {
  const { appImage } = sandboxEnv();
  const refs: Record<string, string> = {};
  for (const tag of tags) refs[tag] = `${appImage}@${await sandboxAppDigest(tag)}`;
  return refs;
}
