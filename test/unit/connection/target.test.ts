import { describe, expect, it } from 'vitest';
import {
  sshConfig,
  sshExitArgs,
  sshMasterArgs,
  sshRunArgs,
} from '../../../src/core/connection/ssh-config.ts';
import {
  checkPrivateKey,
  knownHostsPattern,
  parseDockerTarget,
  parseJumpHost,
  parseKnownHosts,
} from '../../../src/core/connection/target.ts';

describe('parseDockerTarget', () => {
  it.each([
    ['ssh://deploy@10.0.0.5', { kind: 'ssh', user: 'deploy', host: '10.0.0.5', port: 22 }],
    ['ssh://deploy@127.0.0.1:2222', { kind: 'ssh', user: 'deploy', host: '127.0.0.1', port: 2222 }],
    [
      'ssh://ops.user@swarm-1.example.com:22',
      { kind: 'ssh', user: 'ops.user', host: 'swarm-1.example.com', port: 22 },
    ],
    ['ssh://root@[::1]:2200', { kind: 'ssh', user: 'root', host: '::1', port: 2200 }],
    [' ssh://deploy@host/ ', { kind: 'ssh', user: 'deploy', host: 'host', port: 22 }],
    ['unix:///var/run/docker.sock', { kind: 'unix', socket: '/var/run/docker.sock' }],
  ])('%j', (raw, expected) => expect(parseDockerTarget('host', raw)).toEqual(expected));

  it.each([
    ['', /is required/],
    ['deploy@host', /expected ssh:\/\/user@host/],
    ['tcp://host:2375', /expected an ssh:\/\/ or unix:\/\//],
    ['ssh://host', /needs a user name/],
    ['ssh://deploy:pw@host', /must not contain a password/],
    ['ssh://deploy@host/path', /no path/],
    ['ssh://deploy@host_name', /invalid host name/],
    ['ssh://deploy@host:99999', /expected ssh:\/\/user@host/],
    ['unix://relative.sock', /absolute socket path/],
    ['ssh://-oProxyCommand=x@host', /needs a user name/],
    ['ssh://deploy@127.0.0.1:0', /has port 0: expected a port from 1 to 65535/],
    ['ssh://deploy@127.0.0.1:65536', /expected ssh:\/\/user@host/],
    ['ssh://deploy@host\n::notice::x', /holds a newline at position 18/],
    ['unix:///run/docker.sock\u0000', /holds control character U\+0000/],
  ])('rejects %j', (raw, message) => {
    expect(() => parseDockerTarget('host', raw)).toThrow(message);
    expect(() => parseDockerTarget('host', raw)).toThrow(/^Input 'host': /);
  });
});

describe('known hosts', () => {
  it.each([
    ['127.0.0.1', 2222, '[127.0.0.1]:2222'],
    ['swarm.example.com', 22, 'swarm.example.com'],
  ])('pattern for %s:%d is %s', (host, port, pattern) => expect(knownHostsPattern(host, port)).toBe(pattern));

  it('accepts ssh-keyscan lines, skipping comments and blanks', () => {
    const raw =
      '# swarm\n[127.0.0.1]:2222 ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIB4s\n\nhost ecdsa-sha2-nistp256 AAAAE2VjZHNh=\n';
    expect(parseKnownHosts('known-hosts', raw)).toEqual([
      '[127.0.0.1]:2222 ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIB4s',
      'host ecdsa-sha2-nistp256 AAAAE2VjZHNh=',
    ]);
  });
  it.each(['AAAAC3NzaC1lZDI1NTE5', 'host ssh-ed25519', 'host rsa AAAA', 'host ssh-ed25519 n0t!base64'])(
    'rejects %j',
    (raw) =>
      expect(() => parseKnownHosts('known-hosts', raw)).toThrow(
        /^Input 'known-hosts': line 1 is not a known_hosts line/,
      ),
  );
});

describe('checkPrivateKey', () => {
  const body = 'b3BlbnNzaC1rZXktdjEAAAAABG5vbmU=';
  it('accepts OpenSSH and PEM keys and normalises line endings', () => {
    expect(
      checkPrivateKey(
        'ssh-key',
        `-----BEGIN OPENSSH PRIVATE KEY-----\r\n${body}\r\n-----END OPENSSH PRIVATE KEY-----\r\n`,
      ),
    ).toBe(`-----BEGIN OPENSSH PRIVATE KEY-----\n${body}\n-----END OPENSSH PRIVATE KEY-----\n`);
    expect(() =>
      checkPrivateKey('ssh-key', `-----BEGIN RSA PRIVATE KEY-----\n${body}\n-----END RSA PRIVATE KEY-----`),
    ).not.toThrow();
  });
  it('rejects anything else without repeating it', () => {
    let message = '';
    try {
      checkPrivateKey('ssh-key', 'ssh-ed25519 AAAA-this-is-a-public-key');
    } catch (error) {
      message = (error as Error).message;
    }
    expect(message).toMatch(/^Input 'ssh-key': is not a private key/);
    expect(message).not.toContain('AAAA-this');
  });
});

describe('sshConfig', () => {
  const base = {
    target: { kind: 'ssh' as const, user: 'deploy', host: '127.0.0.1', port: 2222 },
    files: { identityFile: '/t/id', knownHostsFile: '/t/known_hosts', controlPath: '/t/cm' },
    insecureIgnoreHostKey: false,
    connectTimeoutSeconds: 15,
  };
  it('pins the host key, uses only this key and multiplexes', () => {
    const config = sshConfig(base);
    for (const line of [
      'Host gantry-target',
      '  HostName 127.0.0.1',
      '  Port 2222',
      '  User deploy',
      '  IdentityFile /t/id',
      '  IdentitiesOnly yes',
      '  UserKnownHostsFile /t/known_hosts',
      '  GlobalKnownHostsFile /dev/null',
      '  StrictHostKeyChecking yes',
      '  BatchMode yes',
      '  ControlMaster auto',
      '  ControlPath /t/cm',
      '  ConnectTimeout 15',
    ]) {
      expect(config.split('\n')).toContain(line);
    }
    expect(config).not.toContain('ProxyJump');
  });
  it('turns host key checking off only when asked', () => {
    const config = sshConfig({ ...base, insecureIgnoreHostKey: true });
    expect(config).toContain('  StrictHostKeyChecking no\n');
    expect(config).toContain('  UserKnownHostsFile /dev/null\n');
  });
  it('reaches a jump host through its own block: the same key, pinned host keys and no prompts', () => {
    const jumpHost = parseJumpHost('jump-host', 'bastion@jump.example.com:2200');
    expect(jumpHost).toEqual({ kind: 'ssh', user: 'bastion', host: 'jump.example.com', port: 2200 });
    const config = sshConfig({
      ...base,
      jump: {
        host: jumpHost,
        ssh: '/usr/bin/ssh',
        configFile: "/t/it's/config",
        errorLog: '/t/100%/jump.log',
      },
    });
    const [target = '', jump = ''] = config.split(/^(?=Host )/m);
    // An explicit ProxyCommand (ssh prefixes `exec`), so the hop's errors land in its own log;
    // each path one shell word, `%` doubled for ssh's tokens.
    expect(target).toContain(
      `  ProxyCommand '/usr/bin/ssh' -F '/t/it'\\''s/config' -E '/t/100%%/jump.log' -W '[%h]:%p' gantry-jump\n`,
    );
    expect(target).not.toContain('ProxyJump');
    expect(jump.split('\n')).toEqual([
      'Host gantry-jump',
      '  HostName jump.example.com',
      '  Port 2200',
      '  User bastion',
      '  IdentityFile /t/id',
      '  IdentitiesOnly yes',
      '  IdentityAgent none',
      '  PasswordAuthentication no',
      '  KbdInteractiveAuthentication no',
      '  BatchMode yes',
      '  UserKnownHostsFile /t/known_hosts',
      '  GlobalKnownHostsFile /dev/null',
      '  StrictHostKeyChecking yes',
      '  UpdateHostKeys no',
      '  HashKnownHosts no',
      '  CheckHostIP no',
      '  ConnectTimeout 15',
      '  LogLevel ERROR',
      '  ControlMaster no',
      '',
    ]);
  });
  it.each([
    ['bastion@jump.example.com', { user: 'bastion', host: 'jump.example.com', port: 22 }],
    ['ssh://ops@10.0.0.1:2022', { user: 'ops', host: '10.0.0.1', port: 2022 }],
    ['ops@[2001:db8::1]:22', { user: 'ops', host: '2001:db8::1', port: 22 }],
  ])('parses the jump host %s', (raw, want) => {
    expect(parseJumpHost('jump-host', raw)).toEqual({ kind: 'ssh', ...want });
  });
  it.each(['jump.example.com', 'ops@', 'ops@host/path', 'ops:pw@host'])(
    'refuses the jump host %s, naming the input',
    (raw) => {
      expect(() => parseJumpHost('jump-host', raw)).toThrow(/^Input 'jump-host': /);
    },
  );
  it.each([
    [
      sshMasterArgs('/t/config', '/t/log'),
      ['-F', '/t/config', '-E', '/t/log', '-M', '-N', '-f', 'gantry-target'],
    ],
    [sshExitArgs('/t/config'), ['-F', '/t/config', '-O', 'exit', 'gantry-target']],
    [
      sshRunArgs('/t/config', ['docker', 'info']),
      ['-F', '/t/config', '-T', 'gantry-target', '--', 'docker', 'info'],
    ],
  ])('argv %j', (argv, expected) => expect(argv).toEqual(expected));
});
