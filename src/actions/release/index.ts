import { runAction } from '../../runtime/run-action.ts';
import { removeCredentialsFromState } from './credentials.ts';
import { run } from './main.ts';

await runAction(run, async () => removeCredentialsFromState());
