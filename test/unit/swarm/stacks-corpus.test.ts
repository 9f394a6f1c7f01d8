import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { ConfigurationError } from '../../../src/core/errors.ts';
import type { ComposeAnalysis } from '../../../src/core/swarm/compose.ts';
import { absentStackFile } from '../../../src/core/swarm/plan.ts';
import { checkStackFiles } from '../../../src/core/swarm/request.ts';
import { isCI } from '../../helpers/ci.ts';

/**
 * The differential test of issue 25: every stack file of test/fixtures/stacks-corpus/ (see its
 * README) is read by Gantry and by the Docker CLI's own loader (`docker stack config`, client side:
 * no daemon), and both must give the same verdict and the same view of the stack.
 */
const CORPUS = path.resolve(import.meta.dirname, '../../fixtures/stacks-corpus');
const STACK = 'corpus';

/**
 * A Docker CLI that has `docker stack config` (added after 20.10: Debian's docker.io, which the
 * sandbox installs as /usr/bin/docker, has not). GANTRY_DOCKER_CLI names the only one to use;
 * else /usr/local/bin/docker (the machine's CLI 28), then the `docker` on PATH, then /usr/bin/docker.
 */
function findDockerCli(): { cli: string | undefined; tried: string[] } {
  const explicit = process.env.GANTRY_DOCKER_CLI;
  const candidates =
    explicit !== undefined && explicit !== ''
      ? [explicit]
      : ['/usr/local/bin/docker', 'docker', '/usr/bin/docker'];
  const tried: string[] = [];
  for (const candidate of candidates) {
    const probe = spawnSync(candidate, ['stack', 'config', '--help'], { encoding: 'utf8', timeout: 15_000 });
    const version = spawnSync(candidate, ['version', '--format', '{{.Client.Version}}'], {
      encoding: 'utf8',
      timeout: 15_000,
      env: { PATH: process.env.PATH ?? '', DOCKER_HOST: 'unix:///nonexistent.sock' },
    }).stdout.trim();
    if (probe.status === 0 && /--compose-file/.test(probe.stdout)) return { cli: candidate, tried };
    tried.push(`${candidate} (${probe.error ? 'not found' : `version ${version || '?'}: no stack config`})`);
  }
  return { cli: undefined, tried };
}

interface Sidecar {
  why?: string;
  env?: Record<string, string>;
  also?: string[];
  gantryRefuses?: string;
}

const cases = readdirSync(CORPUS)
  .filter((f) => f.endsWith('.yml') && !f.endsWith('.extra.yml'))
  .sort()
  .map((file) => {
    const name = file.slice(0, -'.yml'.length);
    const sidecarPath = path.join(CORPUS, `${name}.json`);
    const sidecar: Sidecar = existsSync(sidecarPath) ? JSON.parse(readFileSync(sidecarPath, 'utf8')) : {};
    return { name, files: [file, ...(sidecar.also ?? [])].map((f) => path.join(CORPUS, f)), sidecar };
  });

type Verdict = { accepted: true; view: View } | { accepted: false; reason: string };
interface View {
  services: Record<
    string,
    {
      image: string | null;
      mode: string;
      replicas: number | null;
      secrets: string[];
      configs: string[];
      networks: string[];
    }
  >;
  secrets: Record<string, string>;
  configs: Record<string, string>;
  networks: Record<string, string>;
}

/** Gantry: the deploy's own checks, in its order (stack files, then the files Docker reads). */
function gantry(files: string[], env: Record<string, string>): Verdict {
  let analysis: ComposeAnalysis;
  try {
    analysis = checkStackFiles(
      files.map((p) => ({ path: p, text: readFileSync(p, 'utf8') })),
      new Map(Object.entries(env)),
      STACK,
      { compose: 'compose-file', env: 'env' },
    );
  } catch (error) {
    if (error instanceof ConfigurationError) return { accepted: false, reason: error.message };
    throw error;
  }
  const absent = absentStackFile(analysis, existsSync);
  if (absent !== undefined) return { accepted: false, reason: absent };
  const named = (objects: ComposeAnalysis['secrets']) =>
    Object.fromEntries(objects.map((o) => [o.key, o.name]));
  return {
    accepted: true,
    view: {
      services: Object.fromEntries(
        analysis.services.map((s) => [
          s.name,
          {
            image: s.image ?? null,
            mode: s.mode ?? 'replicated',
            replicas: s.replicas ?? null,
            secrets: [...s.secrets].sort(),
            configs: [...s.configs].sort(),
            networks: [...s.networks].sort(),
          },
        ]),
      ),
      secrets: named(analysis.secrets),
      configs: named(analysis.configs),
      // `default` is Docker's implicit network, not in its output unless declared
      networks: named(analysis.networks.filter((n) => n.key !== 'default' || n.name !== `${STACK}_default`)),
    },
  };
}

type Dict = Record<string, unknown>;
const dict = (value: unknown): Dict => (value !== null && typeof value === 'object' ? (value as Dict) : {});

/** Docker: `docker stack config`, then the names `docker stack deploy` gives (convert.Namespace). */
function docker(cli: string, files: string[], env: Record<string, string>): Verdict {
  const home = mkdtempSync(path.join(tmpdir(), 'gantry-stack-config-'));
  const result = spawnSync(cli, ['stack', 'config', ...files.flatMap((f) => ['-c', f])], {
    encoding: 'utf8',
    timeout: 30_000,
    cwd: home,
    env: {
      PATH: process.env.PATH ?? '',
      HOME: home,
      DOCKER_CONFIG: home,
      DOCKER_HOST: 'unix:///nonexistent.sock',
      ...env,
    },
  });
  if (result.status !== 0) {
    const lines = result.stderr.split('\n').filter((l) => l.trim() !== '' && !l.startsWith('time='));
    return { accepted: false, reason: lines.at(-1) ?? `exit ${result.status}` };
  }
  const config = dict(parse(result.stdout));
  const named = (objects: unknown) =>
    Object.fromEntries(
      Object.entries(dict(objects)).map(([key, o]) => {
        const spec = dict(o);
        return [key, typeof spec.name === 'string' && spec.name !== '' ? spec.name : `${STACK}_${key}`];
      }),
    );
  const sources = (list: unknown) =>
    Array.isArray(list) ? list.map((i) => String(dict(i).source)).sort() : [];
  return {
    accepted: true,
    view: {
      services: Object.fromEntries(
        Object.entries(dict(config.services)).map(([name, raw]) => {
          const spec = dict(raw);
          const deploy = dict(spec.deploy);
          return [
            name,
            {
              image: typeof spec.image === 'string' && spec.image !== '' ? spec.image : null,
              mode: typeof deploy.mode === 'string' ? deploy.mode : 'replicated',
              replicas: typeof deploy.replicas === 'number' ? deploy.replicas : null,
              secrets: sources(spec.secrets),
              configs: sources(spec.configs),
              networks: Object.keys(dict(spec.networks)).sort(),
            },
          ];
        }),
      ),
      secrets: named(config.secrets),
      configs: named(config.configs),
      networks: named(config.networks),
    },
  };
}

const { cli, tried } = findDockerCli();
const inCi = isCI();

describe('stack-file corpus: Gantry reads every file as `docker stack config` does', () => {
  it('has a Docker CLI with `docker stack config` (required in CI)', (context) => {
    if (cli === undefined && !inCi) context.skip(`no Docker CLI with stack config: ${tried.join(', ')}`);
    expect(cli, `no Docker CLI with \`docker stack config\`; tried ${tried.join(', ')}`).toBeDefined();
    if (cli !== undefined)
      expect(execFileSync(cli, ['--version'], { encoding: 'utf8' })).toMatch(/Docker version/);
  });

  it('has cases', () => expect(cases.length).toBeGreaterThan(20));

  it.for(cases)('$name', ({ files, sidecar }, context) => {
    if (cli === undefined) {
      if (inCi) throw new Error(`no Docker CLI with \`docker stack config\`; tried ${tried.join(', ')}`);
      context.skip('no Docker CLI with `docker stack config` here');
      return;
    }
    const env = sidecar.env ?? {};
    const theirs = docker(cli, files, env);
    const ours = gantry(files, env);
    if (!theirs.accepted) {
      expect(ours, `Docker refuses it (${theirs.reason}); Gantry must too`).toMatchObject({
        accepted: false,
      });
      // with Docker's reason, unless the sidecar documents Gantry's own (an unset variable named)
      if (!ours.accepted) expect(ours.reason).toContain(sidecar.gantryRefuses ?? theirs.reason);
      return;
    }
    if (sidecar.gantryRefuses !== undefined) {
      expect(ours, `Gantry refuses it on purpose: ${sidecar.why ?? ''}`).toMatchObject({ accepted: false });
      if (!ours.accepted) expect(ours.reason).toContain(sidecar.gantryRefuses);
      return;
    }
    expect(ours, `Docker accepts it; Gantry must too`).toMatchObject({ accepted: true });
    if (ours.accepted) expect(ours.view).toEqual(theirs.view);
  });
});
