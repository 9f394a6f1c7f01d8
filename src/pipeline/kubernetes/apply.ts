import { lastLine, ToolError } from '../../adapters/exec.ts';
import type { Kubectl } from '../../adapters/kubectl.ts';
import { applyArgs } from '../../core/kubernetes/argv.ts';
import type { Reporter } from '../reporter.ts';

/**
 * The apply phase: `kubectl apply --server-side`. Returns the API server's refusals, undefined
 * when every object was applied.
 *
 * kubectl applies the objects one by one and goes on past a refused one: an object refused after
 * the dry run passed (a quota the others used up, a webhook) leaves the rest applied. That is a
 * failed deploy like any other: what it changed is read back and undone, never left half-deployed.
 */
export function applyManifests(
  kubectl: Kubectl,
  request: { file: string; namespace: string | undefined; signal?: AbortSignal },
  report: Reporter,
): Promise<string | undefined> {
  const { file, namespace } = request;
  return report.group('kubectl apply --server-side', async () => {
    try {
      const applied = await kubectl.json(applyArgs({ file, namespace, dryRun: false }), {
        timeoutMs: 300_000,
      });
      report.info(`${applied.length} object(s) applied as field manager gantry`);
      return undefined;
    } catch (error) {
      if (!(error instanceof ToolError) || request.signal?.aborted) throw error;
      const words = error.stderr.trim();
      if (words !== '') report.info(words);
      const refusals = words.split('\n').filter((l) => l.startsWith('Error from server'));
      return refusals.length > 0 ? refusals.join('; ') : (lastLine(words) ?? error.message);
    }
  });
}
