import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Connected } from '../pipeline/kubernetes/prepare.ts';
import type { Reporter } from '../pipeline/reporter.ts';
import type { CliEngine, CliTarget } from './connection.ts';

/** What a command does once connected, on either kind of target. */
export interface OnTarget<T> {
  kubernetes(connected: Connected): Promise<T>;
  swarm(engine: CliEngine): Promise<T>;
}

/** Connects to the target (in a temporary folder), runs the command's part and lets go of everything. */
export async function onTarget<T>(
  target: CliTarget,
  report: Reporter,
  signal: AbortSignal,
  run: OnTarget<T>,
): Promise<T> {
  const workDir = mkdtempSync(path.join(tmpdir(), 'gantry-'));
  try {
    if (target.target === 'kubernetes')
      return await run.kubernetes(await target.open(workDir, report, signal));
    const engine = await target.open(workDir, report, signal);
    try {
      return await run.swarm(engine);
    } finally {
      await engine.close();
    }
  } finally {
    rmSync(workDir, { recursive: true, force: true });
  }
}
