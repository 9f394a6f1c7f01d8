import type { GantryConfig, Target } from '../../core/config/model.ts';
import { kubernetesLogsArgs, LineMasker, pickServices, swarmLogsArgs } from '../../core/logs.ts';
import { readWorkloads } from '../kubernetes/status.ts';
import { withTargetLock } from '../lock/target-lock.ts';
import { readSecretValues, readSource } from '../release/config-file.ts';
import type { Reporter } from '../reporter.ts';
import { readStackServices } from '../swarm/status.ts';

export interface LogsRequest {
  /** One service (`web`, `shop_web`) or workload (`web`, `deployment/web`); all when absent. */
  service: string | undefined;
  since: string | undefined;
  follow: boolean;
  /** Masked (replaced by ***) in every line printed. */
  masked: readonly string[];
}

/** Where the lines go: the services' stdout and stderr, already masked. */
export interface LogSink {
  out(text: string): void;
  err(text: string): void;
}

type Streamer = (
  args: readonly string[],
  handlers: { onStdout(chunk: string): void; onStderr(chunk: string): void },
) => Promise<{ cancelled: boolean }>;

/** One `… logs` command, its two streams masked line by line. */
async function streamOne(run: Streamer, args: string[], request: LogsRequest, sink: LogSink) {
  const out = new LineMasker(request.masked);
  const err = new LineMasker(request.masked);
  const emit = (write: (t: string) => void, text: string) => text !== '' && write(text);
  try {
    return await run(args, {
      onStdout: (chunk) => emit(sink.out, out.push(chunk)),
      onStderr: (chunk) => emit(sink.err, err.push(chunk)),
    });
  } finally {
    emit(sink.out, out.end());
    emit(sink.err, err.end());
  }
}

/** Every command's logs: one after another, or side by side when they follow. */
async function streamAll(run: Streamer, argvs: string[][], request: LogsRequest, sink: LogSink) {
  if (request.follow) {
    await Promise.all(argvs.map((args) => streamOne(run, args, request, sink)));
    return;
  }
  for (const args of argvs) {
    const { cancelled } = await streamOne(run, args, request, sink);
    if (cancelled) return;
  }
}

/**
 * Prints the logs of a target's services (Swarm: `docker service logs` over the one SSH session;
 * Kubernetes: `kubectl logs`), secret values masked. SERVICE is checked before anything streams.
 */
export async function streamTargetLogs(
  target: Target,
  request: LogsRequest,
  sink: LogSink,
  report: Reporter,
  signal: AbortSignal,
): Promise<void> {
  await withTargetLock(target, report, signal, {
    swarm: async (docker, stack) => {
      const names = (await readStackServices(docker, stack)).map((s) => s.Spec.Name);
      const picked = pickServices(names, request.service, `${stack}_`, `stack ${stack}`);
      const argvs = picked.map((name) => swarmLogsArgs(name, request.since, request.follow));
      await streamAll((a, h) => docker.stream(a, h), argvs, request, sink);
    },
    kubernetes: async (kubectl, namespace) => {
      const workloads = (await readWorkloads(kubectl, namespace)).map(
        (o) => `${o.kind.toLowerCase()}/${o.metadata.name}`,
      );
      const bare = workloads.map((w) => w.slice(w.indexOf('/') + 1));
      const requested = request.service?.slice(request.service.indexOf('/') + 1);
      const picked = pickServices(bare, requested, '', `namespace ${namespace}`);
      const argvs = picked.map((name) =>
        kubernetesLogsArgs(namespace, workloads[bare.indexOf(name)] ?? name, request.since, request.follow),
      );
      await streamAll((a, h) => kubectl.stream(a, h), argvs, request, sink);
    },
  });
}

/** Every secret value gantry.yml names that can be read here (secrets.values, the registry password). */
export function knownSecretValues(config: GantryConfig): string[] {
  const values = [...readSecretValues(config, false).values()];
  if (config.registry !== undefined) {
    const password = readSource(config.registry.password, config.baseDir);
    if (password !== undefined) values.push(password);
  }
  return values.map((v) => (typeof v === 'string' ? v : Buffer.from(v).toString('utf8')));
}
