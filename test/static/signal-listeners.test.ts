import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

// execa (loaded at the first command) installs signal-exit, whose SIGTERM/SIGINT listener
// re-raises the signal when no other listener is left. A `process.once('SIGTERM', …)` listener is
// gone after its first call, so signal-exit then killed the action mid-clean-up (a deploy lock left
// held until `post`, a Lease until it expired). Cancellation listeners must stay registered.

const src = path.resolve(import.meta.dirname, '../../src');
const files = (readdirSync(src, { recursive: true }) as string[])
  .filter((f) => f.endsWith('.ts'))
  .map((f) => path.join(src, f));

describe('signal listeners', () => {
  it('are never once-only', () => {
    const offenders = files.filter((f) => /process\.once\(\s*['"]SIG/.test(readFileSync(f, 'utf8')));
    expect(offenders.map((f) => path.relative(src, f))).toEqual([]);
  });

  it('exist where a cancellation is honoured (the check above has files to look at)', () => {
    const listening = files.filter((f) => /process\.on\(\s*['"]SIGTERM/.test(readFileSync(f, 'utf8')));
    expect(listening.map((f) => path.relative(src, f))).toEqual(
      expect.arrayContaining(['runtime/signals.ts', 'cli/gantry.ts']),
    );
    // The actions that honour a cancellation take it from the one runtime helper.
    const mains = ['build', 'scan', 'smoke', 'deploy-swarm', 'deploy-k8s'].map((a) => `actions/${a}/main.ts`);
    const throughHelper = mains.filter((m) =>
      /cancellationSignal\(\)/.test(readFileSync(path.join(src, m), 'utf8')),
    );
    expect(throughHelper).toEqual(mains);
  });
});
