import { runAction } from '../../runtime/run-action.ts';
import { post, run } from './main.ts';

await runAction(run, post);
