import type { Kubectl } from '../../adapters/kubectl.ts';
import {
  describeArgs,
  eventsArgs,
  getArgs,
  logsArgs,
  podsArgs,
  resource,
} from '../../core/kubernetes/argv.ts';
import type { WorkloadRef } from '../../core/kubernetes/manifests.ts';
import { failingPods, selectorOf } from '../../core/kubernetes/state.ts';
import type { Reporter } from '../reporter.ts';

export const DIAGNOSE_TIMEOUT_MS = 15_000;
const LOG_TAIL = 30;

/** A failed workload's description, events, and its failing pods' last log lines and events. */
export async function diagnose(kubectl: Kubectl, w: WorkloadRef, report: Reporter): Promise<void> {
  await report.group(`Diagnostics: ${resource(w)}`, async () => {
    const safe = async (args: string[]) =>
      kubectl
        .run(args, { allowFailure: true, timeoutMs: DIAGNOSE_TIMEOUT_MS, quiet: true })
        .then((r) => `${r.stdout}\n${r.stderr}`.trim())
        .catch((e: Error) => `(unavailable: ${e.message.split('\n')[0]})`);
    const print = (title: string, text: string, max: number) => {
      report.info(title);
      for (const line of text.split('\n').slice(-max)) report.info(`  ${line}`);
    };
    print(`kubectl describe ${resource(w)}:`, await safe(describeArgs(w)), 60);
    print('Recent events:', await safe(eventsArgs(w)), 15);
    const live = await kubectl
      .json(getArgs(w), { timeoutMs: DIAGNOSE_TIMEOUT_MS, quiet: true })
      .catch(() => []);
    const selector = live[0] === undefined ? undefined : selectorOf(live[0]);
    if (selector === undefined) return;
    const pods = await kubectl
      .json(podsArgs(w.namespace, selector), { timeoutMs: DIAGNOSE_TIMEOUT_MS, quiet: true })
      .catch(() => []);
    for (const pod of failingPods(pods)) {
      report.info(`Pod ${pod.name}: ${pod.reason}`);
      print(
        `Last log lines (kubectl logs ${pod.name} --tail=${LOG_TAIL}):`,
        await safe(logsArgs(w.namespace, pod.name, LOG_TAIL)),
        LOG_TAIL,
      );
      print(
        `Events of pod ${pod.name}:`,
        await safe(eventsArgs({ kind: 'Pod', name: pod.name, namespace: w.namespace })),
        10,
      );
    }
  });
}
