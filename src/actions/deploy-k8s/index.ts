import { runAction } from '../../runtime/run-action.ts';
import { run } from './main.ts';
import { post } from './post.ts';

await runAction(run, post);
