import { trace } from '../../adapters/trace.ts';
import type { StageName } from '../../core/config/plan.ts';
import type { Reporter } from '../reporter.ts';

/** Where a release shows its stages: a reporter that also marks the start of a stage. */
export interface StageReporter extends Reporter {
  stage(name: string): void;
}

export type StageStatus = 'ok' | 'skipped' | 'failed' | 'rolled-back';

export interface StageResult {
  stage: StageName;
  status: StageStatus;
  detail: string;
  seconds: number;
}

/** How a release runs (the CLI's flags, or a workflow's inputs). */
export interface ReleaseOptions {
  dryRun: boolean;
  skipBuild: boolean;
  skipSmoke: boolean;
  tag: string | undefined;
  /** Who holds the target's deploy lock while the release deploys and prunes (`user@host (gantry release)`). */
  lockHolder: string;
  /**
   * Set (by runRelease, not on a dry run): the release is recorded on the target once it reached the
   * deploy stage, with this tag and author; `rollbackTo` marks an entry written by a rollback.
   */
  record?: { tag: string; by: string; rollbackTo?: string };
  /**
   * A rollback: deploy with these secret versions already on the target (NAME -> versioned name)
   * instead of creating versions from values; nothing is pruned. Unset for a release.
   */
  useSecrets?: Readonly<Record<string, string>>;
  /**
   * Images a workflow's build jobs already pushed and merged (image key -> name@sha256:…): nothing is
   * built and these are deployed. Unset: the build stage builds (or resolves --skip-build's tag).
   */
  pinned?: ReadonlyMap<string, string>;
  /** The scan already ran (a workflow's scan jobs): the stage is skipped and says so. */
  skipScan?: boolean;
  /** The Trivy binary to scan with (an action installs a pinned one); unset: `trivy` on PATH, if any. */
  trivy?: string;
}

/** Collects each stage's outcome and timing, and shows it as it ends. */
export class StageLog {
  readonly results: StageResult[] = [];
  private readonly progress: StageReporter;
  constructor(progress: StageReporter) {
    this.progress = progress;
  }

  skip(stage: StageName, detail: string): void {
    this.progress.stage(`${stage}: skipped: ${detail}`);
    this.results.push({ stage, status: 'skipped', detail: `skipped: ${detail}`, seconds: 0 });
  }

  /** Runs one stage; a thrown error that is not a ConfigurationError marks it failed and rethrows. */
  async run<T>(
    stage: StageName,
    body: () => Promise<{ status: StageStatus; detail: string; value: T }>,
  ): Promise<{ status: StageStatus; value: T }> {
    this.progress.stage(stage);
    trace(`stage ${stage}: start`);
    const started = Date.now();
    const record = (status: StageStatus, detail: string) => {
      trace(`stage ${stage}: ${status}`);
      this.results.push({ stage, status, detail, seconds: (Date.now() - started) / 1000 });
      this.progress.info(`${status === 'ok' ? '✔' : status === 'skipped' ? '–' : '✘'} ${stage}: ${detail}`);
    };
    try {
      const { status, detail, value } = await body();
      record(status, detail);
      return { status, value };
    } catch (error) {
      record('failed', (error as Error).message.split('\n')[0] ?? '');
      throw error;
    }
  }

  /** Records a stage that ran inside another one (the smoke check runs inside the deploy). */
  add(result: StageResult): void {
    this.results.push(result);
  }
}

export function formatSummary(results: readonly StageResult[], totalSeconds: number): string {
  const mark = { ok: '✔', skipped: '–', failed: '✘', 'rolled-back': '↺' } as const;
  const lines = results.map(
    (r) => `  ${mark[r.status]} ${r.stage.padEnd(8)} ${r.seconds.toFixed(1).padStart(6)}s  ${r.detail}`,
  );
  return `Release summary (${totalSeconds.toFixed(1)}s):\n${lines.join('\n')}\n`;
}
