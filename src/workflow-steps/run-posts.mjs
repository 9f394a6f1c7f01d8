// The root action (action.yml, a composite) runs each stage's bundle directly, because `uses: ./actions/x`
// inside a composite would resolve in the caller's workspace. The runner therefore does not run those
// bundles' `post` (which removes SSH keys, kubeconfigs and docker configs and releases a deploy lock). Each
// stage is run with GITHUB_STATE pointing at `<state dir>/<action name>`; this script, run by the root
// action's last step with `if: always()` (so also after a failure or a cancellation), does what the
// runner would: for every state file, newest stage first, it runs `dist/<name>/index.js` again with each
// saved `key` as `STATE_<key>` (as GitHub does, `isPost` included), then removes the state folder.
// Usage: node run-posts.mjs <state dir> <dist dir>. Exits 1 if a post failed (after running them all).
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/** Parses a GITHUB_STATE file: `key<<DELIMITER` blocks (what @actions/core writes) and `key=value` lines. */
export function parseStateFile(text) {
  const state = {};
  const lines = text.split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    const heredoc = /^([^=<]+)<<(.+)$/.exec(line);
    if (heredoc) {
      const [, key, delimiter] = heredoc;
      const value = [];
      for (i++; i < lines.length && lines[i] !== delimiter; i++) value.push(lines[i]);
      state[key] = value.join('\n');
    } else if (line.includes('=')) {
      state[line.slice(0, line.indexOf('='))] = line.slice(line.indexOf('=') + 1);
    }
  }
  return state;
}

/** The stages that left a state file, newest first (deploys before secrets before the build). */
export function stagesToClean(stateDir) {
  if (!existsSync(stateDir)) return [];
  return readdirSync(stateDir)
    .filter((name) => /^[a-z0-9-]+$/.test(name))
    .map((name) => ({ name, at: statSync(path.join(stateDir, name)).mtimeMs }))
    .sort((a, b) => b.at - a.at || a.name.localeCompare(b.name))
    .map((s) => s.name);
}

export function runPosts(stateDir, distDir, env = process.env) {
  let failed = 0;
  for (const name of stagesToClean(stateDir)) {
    const bundle = path.join(distDir, name, 'index.js');
    const state = parseStateFile(readFileSync(path.join(stateDir, name), 'utf8'));
    if (state.isPost !== 'true' || !existsSync(bundle)) continue;
    const stateEnv = Object.fromEntries(Object.entries(state).map(([k, v]) => [`STATE_${k}`, v]));
    console.log(`Post ${name}`);
    const postState = path.join(stateDir, `${name}.post`);
    writeFileSync(postState, '');
    const result = spawnSync(process.execPath, [bundle], {
      stdio: 'inherit',
      env: { ...env, ...stateEnv, GITHUB_STATE: postState },
    });
    if (result.status !== 0) failed++;
  }
  rmSync(stateDir, { recursive: true, force: true });
  return failed;
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(import.meta.filename)) {
  const [stateDir, distDir] = process.argv.slice(2);
  if (!stateDir || !distDir) {
    console.log('::error::usage: run-posts.mjs <state dir> <dist dir>');
    process.exit(2);
  }
  process.exit(runPosts(stateDir, distDir) === 0 ? 0 : 1);
}
