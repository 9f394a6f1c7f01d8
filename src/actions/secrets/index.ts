import { closeConnectionsFromState } from '../../runtime/kubernetes-connection.ts';
import { runAction } from '../../runtime/run-action.ts';
import { run } from './main.ts';

await runAction(run, closeConnectionsFromState);
