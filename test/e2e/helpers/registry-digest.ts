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
