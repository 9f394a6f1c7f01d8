import { execFileSync } from 'node:child_process';

/**
 * The sandbox sshd's processes that serve the connections coming from one loopback address (a test's
 * own, see ssh-sessions.ts): the privileged `sshd: user [priv]` child and its `sshd: user@notty`,
 * as `ss` lists them on the sshd's port. Others' sessions come from other addresses: untouched.
 */
export function sshdPidsServing(address: string, sshdPort: number): number[] {
  const out = execFileSync('ss', ['-Htnp', `( sport = :${sshdPort} )`, 'dst', address], { encoding: 'utf8' });
  return [...new Set([...out.matchAll(/\("sshd",pid=(\d+),/g)].map((m) => Number(m[1])))];
}

/** SIGKILLs the sshd processes serving `address`: its SSH connections drop at once. Returns the PIDs killed. */
export function dropSshSessions(address: string, sshdPort: number): number[] {
  const pids = sshdPidsServing(address, sshdPort);
  for (const pid of pids) {
    try {
      process.kill(pid, 'SIGKILL');
    } catch {
      // Gone already.
    }
  }
  return pids;
}

/**
 * Keeps dropping every connection from `address` (polling every `everyMs`): SSH cannot get back in
 * until `stop()`. Returns how many sshd processes it killed.
 */
export function keepDroppingSsh(address: string, sshdPort: number, everyMs = 100): { stop(): number } {
  let killed = 0;
  const timer = setInterval(() => {
    killed += dropSshSessions(address, sshdPort).length;
  }, everyMs);
  return {
    stop: () => {
      clearInterval(timer);
      return killed;
    },
  };
}
