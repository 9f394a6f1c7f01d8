import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

/**
 * One test's SSH sessions to the shared sandbox sshd, told apart from everyone else's. The sshd is
 * shared by every run on the machine, so counting all its `Accepted publickey` lines counts other
 * runs' handshakes too. Here the test's connections leave from a loopback address of their own
 * (127.a.b.c: all of 127.0.0.0/8 is local on Linux), and only the log lines from that address are
 * counted. An `ssh` first on PATH adds `-o BindAddress=<address>` to the real ssh; Gantry finds ssh
 * on PATH (its per-run wrapper then calls this one), so nothing else about the connection changes.
 *
 * A per-test key would mean adding it to the deploy user's authorized_keys, which every
 * `sandbox.sh up` (the start of every e2e run) rewrites; the source address needs no change to the
 * sandbox.
 */
export interface SshSessions {
  /** The source address of this test's connections. */
  address: string;
  /** Give this to the process that connects (PATH with the tagging `ssh` first). */
  env: { PATH: string };
  /** The tagging `ssh` itself, for a set-up that names its ssh binary. */
  ssh: string;
  /** Completed handshakes from this address so far (sshd's `Accepted publickey … from <address>`). */
  accepted(): number;
  /** TCP connections from this address so far, authenticated or not (`Connection from <address>`). */
  connections(): number;
  cleanup(): void;
}

const octet = (low: number) => low + Math.floor(Math.random() * (255 - low));

export function sshSessions(sshdLog: string): SshSessions {
  // Never 127.0.0.x: that is where everything else connects from.
  const address = `127.${octet(1)}.${octet(0)}.${octet(1)}`;
  const realSsh = execFileSync('sh', ['-c', 'command -v ssh'], { encoding: 'utf8' }).trim();
  if (realSsh === '') throw new Error('no ssh on PATH');
  const dir = mkdtempSync(path.join(tmpdir(), 'gantry-e2e-ssh-tag-'));
  const bin = path.join(dir, 'bin');
  mkdirSync(bin, { mode: 0o700 });
  writeFileSync(path.join(bin, 'ssh'), `#!/bin/sh\nexec '${realSsh}' -o BindAddress=${address} "$@"\n`, {
    mode: 0o700,
  });
  const from = address.replaceAll('.', '\\.');
  const count = (pattern: RegExp) => (readFileSync(sshdLog, 'utf8').match(pattern) ?? []).length;
  return {
    address,
    env: { PATH: `${bin}${path.delimiter}${process.env.PATH ?? '/usr/bin:/bin'}` },
    ssh: path.join(bin, 'ssh'),
    accepted: () => count(new RegExp(`Accepted publickey for \\S+ from ${from} port `, 'g')),
    connections: () => count(new RegExp(`Connection from ${from} port `, 'g')),
    cleanup: () => rmSync(dir, { recursive: true, force: true }),
  };
}
