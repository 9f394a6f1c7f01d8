import { readFileSync } from 'node:fs';
import type { PullSecret } from './kubernetes-namespace.ts';
import { sandboxEnv } from './sandbox-env.ts';

/** The registry's image digest for `repo:tag`, or undefined when the registry does not answer. */
export async function registryDigest(
  registry: string,
  login: { user: string; password: string },
  repo: string,
  tag: string,
): Promise<string | undefined> {
  try {
    const response = await fetch(`http://${registry}/v2/${repo}/manifests/${tag}`, {
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
    return response.ok ? (response.headers.get('docker-content-digest') ?? undefined) : undefined;
  } catch {
    return undefined;
  }
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
  const digest = await registryDigest(
    sandbox.registry,
    sandboxRegistryLogin(),
    sandbox.appImage.slice(sandbox.registry.length + 1),
    tag,
  );
  if (digest === undefined || !/^sha256:[0-9a-f]{64}$/.test(digest))
    throw new Error(`the sandbox registry reported no digest for ${tag}`);
  return digest;
}

/** `image@sha256:…` of the sandbox app image for each tag, as the registry reports them. */
export async function sandboxAppRefs(tags: readonly string[]): Promise<Record<string, string>> {
  const { appImage } = sandboxEnv();
  const refs: Record<string, string> = {};
  for (const tag of tags) refs[tag] = `${appImage}@${await sandboxAppDigest(tag)}`;
  return refs;
}
