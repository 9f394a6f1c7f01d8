import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import path from 'node:path';
import { writeConfig } from './fault-release.ts';
import { sandboxVar } from './sandbox-docker.ts';

// The set-ups that bring `gantry release` to one stage and keep it there long enough to be
// cancelled, for the cancellation table (test/e2e/fault-cancel-release.e2e.test.ts): a build whose
// last step sleeps, many secrets, a deploy lock held by someone else, a prune of many versions.

const root = path.resolve(import.meta.dirname, '../../..');

/** How many more secret values the `secrets` case creates (each one request to the engine). */
export const MANY_SECRETS = 24;

/**
 * gantry.yml (with writeConfig's stack.yml) in `dir` for the stack, healthy at once and smoke-checked.
 * `build`: built from a context whose last step sleeps 60 s, pushed as `build.image`;
 * `manySecrets`: MANY_SECRETS more values besides TOKEN.
 */
export function cancelConfig(
  dir: string,
  stack: string,
  port: number,
  options: { build?: { image: string }; manySecrets?: boolean } = {},
): string {
  const file = writeConfig(dir, stack, port, 'ok');
  let text = readFileSync(file, 'utf8');
  if (options.build !== undefined) {
    const context = path.join(dir, 'context');
    mkdirSync(context, { recursive: true });
    copyFileSync(path.join(root, 'sandbox/images/app/busybox'), path.join(context, 'busybox'));
    writeFileSync(
      path.join(context, 'Dockerfile'),
      'FROM scratch\nCOPY busybox /bin/busybox\nRUN ["/bin/busybox", "sleep", "60"]\n',
    );
    text = text.replace(
      'image: ${GANTRY_APP_IMAGE}',
      `image: ${options.build.image}\nbuild:\n  context: ${context}`,
    );
  }
  if (options.manySecrets === true) {
    const more = Array.from(
      { length: MANY_SECRETS },
      (_, i) => `    S${String(i).padStart(2, '0')}: { env: E2E_TOKEN }`,
    );
    text = text.replace(
      '    TOKEN: { env: E2E_TOKEN }',
      ['    TOKEN: { env: E2E_TOKEN }', ...more].join('\n'),
    );
  }
  writeFileSync(file, text);
  return file;
}

/** The stack's deploy lock, as another run holding it for 10 minutes would have made it. */
export function plantLock(stack: string, holder: string): void {
  execFileSync(
    'docker',
    [
      'config',
      'create',
      '--label',
      `gantry.stack=${stack}`,
      '--label',
      `gantry.lock.holder=${holder}`,
      '--label',
      `gantry.lock.expires=${new Date(Date.now() + 600_000).toISOString()}`,
      `gantry-lock-${stack}`,
      '-',
    ],
    {
      input: holder,
      env: { ...process.env, DOCKER_HOST: sandboxVar('GANTRY_DOCKER_HOST') },
      encoding: 'utf8',
    },
  );
}

/** One Engine API request on the sandbox engine's socket; its status and body. */
function engineApi(
  method: string,
  apiPath: string,
  body?: unknown,
): Promise<{ status: number; text: string }> {
  const socketPath = sandboxVar('GANTRY_DOCKER_HOST').replace(/^unix:\/\//, '');
  const payload = body === undefined ? undefined : JSON.stringify(body);
  return new Promise((resolve, reject) => {
    const req = request(
      {
        socketPath,
        method,
        path: apiPath,
        headers:
          payload === undefined
            ? {}
            : { 'Content-Type': 'application/json', 'Content-Length': Buffer.byteLength(payload) },
      },
      (res) => {
        let text = '';
        res.on('data', (c: Buffer) => {
          text += c.toString();
        });
        res.on('end', () => resolve({ status: res.statusCode ?? 0, text }));
      },
    );
    req.on('error', reject);
    req.end(payload);
  });
}

/**
 * `count` old versions of the stack's TOKEN secret that nothing uses (as releases of other values
 * would have left them), created through the Engine API, 8 at a time; their names.
 */
export async function plantOldVersions(stack: string, count: number): Promise<string[]> {
  const names = Array.from({ length: count }, (_, i) => `${stack}-token-old${String(i).padStart(3, '0')}`);
  for (let i = 0; i < names.length; i += 8) {
    await Promise.all(
      names.slice(i, i + 8).map(async (name) => {
        const r = await engineApi('POST', '/secrets/create', {
          Name: name,
          Labels: { 'gantry.stack': stack, 'gantry.secret': 'TOKEN', 'gantry.version': name.slice(-6) },
          Data: Buffer.from(`old value ${name}`).toString('base64'),
        });
        if (r.status !== 201) throw new Error(`secret create ${name}: HTTP ${r.status} ${r.text}`);
      }),
    );
  }
  return names;
}
