import type { DockerClient } from '../../adapters/docker.ts';
import { serviceLogsArgs, servicePsArgs } from '../../core/swarm/argv.ts';
import type { ServiceVerdict } from '../../core/swarm/convergence.ts';
import type { Reporter } from '../reporter.ts';

/** For each failing service: its tasks (`docker service ps`) and its last log lines, each bounded in time. */
export async function diagnose(
  docker: DockerClient,
  failing: readonly ServiceVerdict[],
  report: Reporter,
): Promise<void> {
  for (const service of failing) {
    await report.group(`Diagnostics: ${service.name}`, async () => {
      report.error(`${service.name}: ${service.reason ?? 'did not converge'}`);
      const ps = await docker
        .run(servicePsArgs(service.name), { allowFailure: true, timeoutMs: 15_000 })
        .catch((e: Error) => ({ stdout: e.message }));
      report.info('Tasks (docker service ps --no-trunc):');
      for (const line of ps.stdout.split('\n').slice(0, 20)) report.info(`  ${line}`);
      // Logs are bounded in lines and in time: a hung log stream cannot hang the step.
      const logs = await docker
        .run(serviceLogsArgs(service.name, 30), { allowFailure: true, timeoutMs: 10_000 })
        .catch((e: Error) => ({ stdout: `(logs unavailable: ${e.message.split('\n')[0]})`, stderr: '' }));
      report.info('Last log lines (docker service logs --tail 30):');
      for (const line of `${logs.stdout}\n${'stderr' in logs ? logs.stderr : ''}`
        .trim()
        .split('\n')
        .slice(-30))
        report.info(`  ${line}`);
    });
  }
}
