import { spawn } from 'node:child_process';
import path from 'node:path';

// Restarts the sandbox cluster's kube-apiserver for real (only the fault tests do this, and keep it
// short). Under up.sh's own lock (so no `sandbox up` of another run starts a second one meanwhile):
// SIGTERM to the process its PID file names, wait for it to exit, then up.sh's own start_apiserver
// (the same command line, PID file and log, waiting for /readyz), nothing else of up.sh.

const K8S_HOME = process.env.K8S_HOME ?? '/var/lib/gantry-k8s';
const UP = path.resolve(import.meta.dirname, '../../../sandbox/k8s/up.sh');

const RESTART = `
set -euo pipefail
exec 9>"$K8S_HOME/.lock"
flock -w 120 9 || { echo "up.sh's lock stayed held for 120 s" >&2; exit 3; }
pidfile="$K8S_HOME/run/kube-apiserver.pid"
old=$(cat "$pidfile")
grep -qF "$K8S_HOME/bin/kube-apiserver" "/proc/$old/cmdline" || { echo "PID $old is not the sandbox kube-apiserver" >&2; exit 4; }
echo "old=$old"
kill -TERM "$old"
for _ in $(seq 300); do kill -0 "$old" 2>/dev/null || break; sleep 0.1; done
kill -KILL "$old" 2>/dev/null || true
source <(sed '/^main "\\$@"$/d' "$UP")
start_apiserver >&2
echo "new=$(cat "$pidfile")"
`;

export interface ApiServerRestart {
  oldPid: number;
  newPid: number;
  /** From the SIGTERM to the API answering /readyz again (lock wait excluded). */
  downMs: number;
}

export async function restartApiServer(): Promise<ApiServerRestart> {
  // Not spawnSync: the test's availability probe runs in this process meanwhile.
  const out = await new Promise<{ code: number | null; stdout: string; stderr: string; killedAt: number }>(
    (resolve, reject) => {
      const child = spawn('bash', ['-c', RESTART], {
        env: { ...process.env, K8S_HOME, UP },
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      let stdout = '';
      let stderr = '';
      let killedAt = 0;
      child.stdout.on('data', (c: Buffer) => {
        stdout += c.toString();
        if (killedAt === 0 && stdout.includes('old=')) killedAt = Date.now();
      });
      child.stderr.on('data', (c: Buffer) => {
        stderr += c.toString();
      });
      const timer = setTimeout(() => child.kill('SIGKILL'), 240_000);
      child.on('error', reject);
      child.on('close', (code) => {
        clearTimeout(timer);
        resolve({ code, stdout, stderr, killedAt });
      });
    },
  );
  if (out.code !== 0) throw new Error(`restarting kube-apiserver failed (${out.code}): ${out.stderr}`);
  const pid = (key: string) => Number(new RegExp(`${key}=(\\d+)`).exec(out.stdout)?.[1]);
  return { oldPid: pid('old'), newPid: pid('new'), downMs: Date.now() - out.killedAt };
}
