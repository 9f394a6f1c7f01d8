import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { createInterface } from 'node:readline/promises';
import { parseArgs } from 'node:util';
import { exec } from '../../adapters/exec.ts';
import { detect, filesToRead, InitError, MAX_DEPTH, skipDirectory } from '../../core/init/detect.ts';
import { renderGantryYml, renderWorkflow, targetsOf } from '../../core/init/render.ts';
import type { CliContext } from '../context.ts';
import { gantryVersion } from '../version.ts';

export const INIT_USAGE = `Usage: gantry init [--dir DIR] [--yes]

Looks at DIR (default .): the Dockerfile and its stages, docker-stack.yml or compose files, Kubernetes
manifests or a kustomization, and the git remote origin (read only). Writes a commented gantry.yml and
.github/workflows/release.yml (a caller of Gantry's reusable release workflow) for what it found.
Never overwrites a file: when either exists, nothing is written (exit 2).

  --dir DIR   the directory to look at and write into (default .)
  --yes, -y   write without asking; without it, a terminal is asked y/N and anything else
              (CI, a pipe) gets the files printed and nothing written (exit 2)

Exit code 0: written, 2: nothing written (a file exists, no Dockerfile, not confirmed).
`;

const CONFIG_FILE = 'gantry.yml';
const WORKFLOW_FILE = '.github/workflows/release.yml';
/** Files larger than this are not read (a manifest or Dockerfile is far smaller). */
const MAX_READ = 512 * 1024;

/** Every file under `dir` (posix, relative), skipping .git, node_modules and hidden folders. */
function listFiles(dir: string, prefix = '', depth = 0): string[] {
  let entries: import('node:fs').Dirent[];
  try {
    entries = readdirSync(path.join(dir, prefix), { withFileTypes: true });
  } catch {
    return [];
  }
  return entries.flatMap((e) => {
    const rel = prefix === '' ? e.name : `${prefix}/${e.name}`;
    if (e.isDirectory())
      return depth + 1 < MAX_DEPTH && !skipDirectory(e.name) ? listFiles(dir, rel, depth + 1) : [];
    return e.isFile() ? [rel] : [];
  });
}

function readTexts(dir: string, files: readonly string[]): Record<string, string> {
  const texts: Record<string, string> = {};
  for (const file of filesToRead(files)) {
    try {
      const at = path.join(dir, file);
      if (statSync(at).size <= MAX_READ) texts[file] = readFileSync(at, 'utf8');
    } catch {
      // unreadable: as if absent
    }
  }
  return texts;
}

async function gitOrigin(dir: string): Promise<string | undefined> {
  try {
    const r = await exec('git', ['-C', dir, 'remote', 'get-url', 'origin'], {
      allowFailure: true,
      timeoutMs: 10_000,
    });
    return r.exitCode === 0 && r.stdout.trim() !== '' ? r.stdout.trim() : undefined;
  } catch {
    return undefined; // no git on PATH
  }
}

const exists = (file: string): boolean => {
  try {
    statSync(file);
    return true;
  } catch {
    return false;
  }
};

async function confirm(ctx: CliContext): Promise<boolean> {
  const rl = createInterface({ input: process.stdin, output: process.stdout });
  try {
    const answer = await rl.question(`Write ${CONFIG_FILE} and ${WORKFLOW_FILE}? [y/N] `, {
      signal: ctx.signal,
    });
    return /^y(es)?$/i.test(answer.trim());
  } catch {
    return false;
  } finally {
    rl.close();
  }
}

function nextSteps(config: string, secrets: readonly string[], target: string): string {
  const lines = [
    `Next: check the lines marked TODO, then \`gantry plan -c ${config} --target ${target}\`.`,
    'In the workflow, replace the all-zero SHA with the commit of the Gantry release you pin.',
  ];
  if (secrets.length > 0)
    lines.push(`Secrets are read from the environment (never the file): ${secrets.join(', ')}.`);
  return `${lines.join('\n')}\n`;
}

export async function initCommand(argv: string[], ctx: CliContext): Promise<number> {
  const { values } = parseArgs({
    args: argv,
    strict: true,
    options: {
      dir: { type: 'string', default: '.' },
      yes: { type: 'boolean', short: 'y' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    ctx.out(INIT_USAGE);
    return 0;
  }
  const dir = path.resolve(values.dir);
  if (!exists(dir) || !statSync(dir).isDirectory()) {
    ctx.err(`gantry init: --dir: ${values.dir} is not a directory`);
    return 2;
  }
  const targets = [CONFIG_FILE, WORKFLOW_FILE].map((f) => ({ rel: f, at: path.join(dir, f) }));
  const present = targets.filter((t) => exists(t.at));
  if (present.length > 0) {
    ctx.err(
      `gantry init: ${present.map((t) => t.at).join(' and ')} already exist${present.length === 1 ? 's' : ''}: init never overwrites a file, nothing was written`,
    );
    return 2;
  }
  const files = listFiles(dir);
  let detection: ReturnType<typeof detect>;
  try {
    detection = detect({
      files,
      texts: readTexts(dir, files),
      origin: await gitOrigin(dir),
      dirName: path.basename(dir),
    });
  } catch (error) {
    if (!(error instanceof InitError)) throw error;
    ctx.err(`gantry init: ${error.message} in ${dir}; nothing was written`);
    return 2;
  }
  const texts = [renderGantryYml(detection), renderWorkflow(detection, gantryVersion())];
  if (!values.yes) {
    const shown = targets.map((t, i) => `--- ${t.rel}\n${texts[i]}`).join('\n');
    if (!(process.stdin.isTTY && process.stdout.isTTY && !process.env.CI)) {
      ctx.out(shown);
      ctx.err(
        'gantry init: nothing written: pass --yes to write these files (init asks nothing without a terminal)',
      );
      return 2;
    }
    ctx.out(shown);
    if (!(await confirm(ctx))) {
      ctx.err('gantry init: nothing written');
      return 2;
    }
  }
  mkdirSync(path.join(dir, '.github', 'workflows'), { recursive: true });
  // 'wx': fails if the file appeared meanwhile, so even a race never overwrites one.
  targets.forEach((t, i) => {
    writeFileSync(t.at, texts[i] ?? '', { flag: 'wx' });
  });
  ctx.out(`Wrote ${targets.map((t) => t.at).join(' and ')}.\n`);
  ctx.out(
    nextSteps(
      path.join(values.dir, CONFIG_FILE),
      detection.secrets,
      targetsOf(detection)[0]?.name ?? 'production',
    ),
  );
  return 0;
}
