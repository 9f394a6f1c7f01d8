// Fails when dist/ differs from what is committed: stale, missing or extra bundles. Run after
// `npm run build`. `git status --porcelain` also sees untracked files, which `git diff` does not.
import { execFileSync } from 'node:child_process';

const status = execFileSync('git', ['status', '--porcelain', '--untracked-files=all', '--', 'dist'], {
  encoding: 'utf8',
});
if (status.trim() !== '') {
  console.error('dist/ does not match a fresh build. Run `npm run build` and commit dist/:');
  console.error(status);
  process.exit(1);
}
console.log('dist/ matches a fresh build');
