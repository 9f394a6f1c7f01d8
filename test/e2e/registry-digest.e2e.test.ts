import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, expect, inject, it } from 'vitest';
import { resolveDigest } from '../../src/adapters/registry.ts';
import { ConfigurationError } from '../../src/core/errors.ts';
import { sandboxEnv } from './helpers/sandbox-env.ts';

// The registry adapter against the sandbox's real registry (distribution, htpasswd Basic auth,
// plain http on 127.0.0.1): each tag resolves to the digest the registry itself reports, which is
// the sha256 of the manifest it serves; a missing tag and a wrong password are the user's errors.

const unavailable = inject('gantrySandboxUnavailable');
const INPUTS = { reference: '--tag', password: 'registry.password', credentials: 'registry' };
const ACCEPT = [
  'application/vnd.oci.image.index.v1+json',
  'application/vnd.oci.image.manifest.v1+json',
  'application/vnd.docker.distribution.manifest.list.v2+json',
  'application/vnd.docker.distribution.manifest.v2+json',
].join(', ');

describe.skipIf(unavailable)('resolveDigest against the sandbox registry', () => {
  const sandbox = () => sandboxEnv();
  const password = () => readFileSync(sandbox().registryPasswordFile, 'utf8').trim();
  /** curl (a client of its own) with the credentials on stdin's config, never argv. */
  const curl = (tag: string, head: boolean): string =>
    execFileSync(
      'curl',
      [
        '-sS',
        '--fail',
        '--config',
        '-',
        ...(head ? ['-I'] : []),
        '-H',
        `Accept: ${ACCEPT}`,
        `http://${sandbox().registry}/v2/${sandbox().appImage.slice(sandbox().registry.length + 1)}/manifests/${tag}`,
      ],
      { input: `user = "${sandbox().registryUser}:${password()}"\n`, encoding: head ? 'utf8' : 'latin1' },
    );

  it.each(['v1', 'v2', 'broken'])('%s resolves to the digest the registry reports', async (tag) => {
    const resolved = await resolveDigest({
      image: `${sandbox().appImage}:${tag}`,
      username: sandbox().registryUser,
      password: password(),
      inputs: INPUTS,
    });
    const header = /^docker-content-digest:\s*(\S+)/im.exec(curl(tag, true))?.[1];
    expect(header).toMatch(/^sha256:[0-9a-f]{64}$/);
    expect(resolved.digest).toBe(header);
    const body = Buffer.from(curl(tag, false), 'latin1');
    expect(`sha256:${createHash('sha256').update(body).digest('hex')}`).toBe(resolved.digest);
    expect(resolved.pinned).toBe(`${sandbox().appImage}@${header}`);
  });

  it('v1 and v2 are different images', async () => {
    const [v1, v2] = await Promise.all(
      ['v1', 'v2'].map((tag) =>
        resolveDigest({
          image: `${sandbox().appImage}:${tag}`,
          username: sandbox().registryUser,
          password: password(),
          inputs: INPUTS,
        }),
      ),
    );
    expect(v1?.digest).not.toBe(v2?.digest);
  });

  it('a tag that was never pushed is an error naming --tag', async () => {
    const error = await resolveDigest({
      image: `${sandbox().appImage}:never-pushed`,
      username: sandbox().registryUser,
      password: password(),
      inputs: INPUTS,
    }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConfigurationError);
    expect((error as ConfigurationError).input).toBe('--tag');
    expect((error as Error).message).toContain(':never-pushed does not exist');
  });

  it('a wrong password is an error naming registry.password; none at all names registry', async () => {
    const wrong = await resolveDigest({
      image: `${sandbox().appImage}:v1`,
      username: sandbox().registryUser,
      password: `${password()}-wrong`,
      inputs: INPUTS,
    }).catch((e: unknown) => e);
    expect(wrong).toBeInstanceOf(ConfigurationError);
    expect((wrong as ConfigurationError).input).toBe('registry.password');
    expect((wrong as Error).message).not.toContain(password());
    const none = await resolveDigest({ image: `${sandbox().appImage}:v1`, inputs: INPUTS }).catch(
      (e: unknown) => e,
    );
    expect((none as ConfigurationError).input).toBe('registry');
  });
});
