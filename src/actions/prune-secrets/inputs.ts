import { checkSecretStack } from '../../core/secrets/index.ts';
import { readBoolean, readDuration, readInteger, readRequired } from '../../runtime/inputs.ts';
import { readTargetConnection, type TargetConnection } from '../../runtime/kubernetes-connection.ts';

export interface PruneInputs {
  connection: TargetConnection;
  stack: string;
  keep: number;
  dryRun: boolean;
  lockWaitMs: number;
}

/** Reads and checks every input before anything is contacted. */
export function readPruneInputs(): PruneInputs {
  return {
    connection: readTargetConnection(),
    stack: checkSecretStack('stack', readRequired('stack')),
    keep: readInteger('keep', 3, { min: 1, max: 1000 }),
    dryRun: readBoolean('dry-run', false),
    lockWaitMs: readDuration('lock-timeout', '5m'),
  };
}
