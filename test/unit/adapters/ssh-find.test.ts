import { chmodSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openSshSession } from '../../../src/adapters/ssh.ts';

// openSshSession looks for ssh on PATH before it writes anything: without one that may be run, it is
// a configuration error and no folder is made.
describe('openSshSession without an ssh to run', () => {
  const dirs: string[] = [];
  const savedPath = process.env.PATH;
  afterEach(() => {
    process.env.PATH = savedPath;
    for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
  });

  const open = (baseDir: string) =>
    openSshSession({
      target: { kind: 'ssh', user: 'deploy', host: '127.0.0.1', port: 22 },
      privateKey: 'not used',
      knownHosts: [],
      insecureIgnoreHostKey: false,
      baseDir,
    } as never);

  it.each([
    ['no ssh on PATH', (bin: string) => bin],
    [
      'an ssh that may not be run',
      (bin: string) => {
        writeFileSync(path.join(bin, 'ssh'), '');
        return bin;
      },
    ],
    [
      'a folder named ssh',
      (bin: string) => {
        mkdirSync(path.join(bin, 'ssh'));
        return bin;
      },
    ],
    ['an empty PATH', () => ''],
  ])('%s: refused before anything is written', async (_, prepare) => {
    const root = mkdtempSync(path.join(tmpdir(), 'gantry-findssh-'));
    dirs.push(root);
    const bin = path.join(root, 'bin');
    mkdirSync(bin);
    process.env.PATH = prepare(bin);
    const baseDir = path.join(root, 'work');
    await expect(open(baseDir)).rejects.toThrow('OpenSSH client (ssh) is not installed on this runner');
    expect(readdirSync(root)).toEqual(['bin']);
  });

  it('finds an ssh that may be run in a later PATH folder', async () => {
    const root = mkdtempSync(path.join(tmpdir(), 'gantry-findssh-'));
    dirs.push(root);
    const [empty, bin] = [path.join(root, 'empty'), path.join(root, 'bin')];
    mkdirSync(empty);
    mkdirSync(bin);
    // A stand-in that fails at once: the session then fails at its master, past the lookup.
    writeFileSync(path.join(bin, 'ssh'), '#!/bin/sh\nexit 255\n');
    chmodSync(path.join(bin, 'ssh'), 0o755);
    process.env.PATH = `${empty}${path.delimiter}${bin}`;
    await expect(open(path.join(root, 'work'))).rejects.not.toThrow('is not installed');
  });
});
