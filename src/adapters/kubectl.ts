import { chmodSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { versionArgs } from '../core/kubernetes/argv.ts';
import type { K8sObject } from '../core/kubernetes/manifests.ts';
import { parseKubectlJson } from '../core/kubernetes/state.ts';
import { ChecksumError, sha256File } from './checksum.ts';
import { type ExecResult, exec, execStream, type StreamOptions, ToolError } from './exec.ts';

/**
 * kubectl: every call goes through `exec` (argv only, redaction, timeout, cancellation) with this
 * run's kubeconfig and context, and a request timeout so no call can hang on a dead API server.
 */

export interface KubectlOptions {
  binary?: string;
  kubeconfig: string | undefined;
  context: string | undefined;
  log?: (line: string) => void;
  signal?: AbortSignal;
}

export interface RunOptions {
  timeoutMs?: number;
  allowFailure?: boolean;
  /** Do not log the command line (diagnostics, which log their own heading). */
  quiet?: boolean;
  /** Written to kubectl's stdin (`--filename -`): how Secret manifests reach the API server. */
  input?: string;
  /** Values redacted from the logged command and from any error kubectl prints. */
  secrets?: readonly string[];
}

export class Kubectl {
  readonly binary: string;
  private readonly options: KubectlOptions;

  constructor(options: KubectlOptions) {
    this.binary = options.binary ?? 'kubectl';
    this.options = options;
  }

  private globalArgs(): string[] {
    return [
      ...(this.options.kubeconfig === undefined ? [] : ['--kubeconfig', this.options.kubeconfig]),
      ...(this.options.context === undefined ? [] : ['--context', this.options.context]),
    ];
  }

  /**
   * The same kubectl without the cancellation signal: for the clean-up that must still run after a
   * cancel (releasing the deploy lock), which an aborted signal would stop before it starts.
   */
  unsignalled(): Kubectl {
    const { signal: _signal, ...rest } = this.options;
    return new Kubectl({ ...rest, binary: this.binary });
  }

  run(args: readonly string[], options: RunOptions = {}): Promise<ExecResult> {
    return exec(this.binary, [...this.globalArgs(), ...args], {
      timeoutMs: options.timeoutMs ?? 120_000,
      ...(options.allowFailure ? { allowFailure: true } : {}),
      ...(options.input === undefined ? {} : { input: options.input }),
      ...(options.secrets === undefined ? {} : { secrets: options.secrets }),
      ...(this.options.signal === undefined ? {} : { signal: this.options.signal }),
      ...(options.quiet || this.options.log === undefined ? {} : { log: this.options.log }),
      // A kubectl from PATH must not pick up another kubeconfig through the environment.
      env: { ...process.env, KUBECONFIG: this.options.kubeconfig ?? process.env.KUBECONFIG },
    });
  }

  /** Runs kubectl and hands its output over as it comes (`kubectl logs --follow`). */
  stream(
    args: readonly string[],
    handlers: Pick<StreamOptions, 'onStdout' | 'onStderr'>,
  ): Promise<{ cancelled: boolean }> {
    return execStream(this.binary, [...this.globalArgs(), ...args], {
      ...(this.options.signal === undefined ? {} : { signal: this.options.signal }),
      ...(this.options.log === undefined ? {} : { log: this.options.log }),
      env: { ...process.env, KUBECONFIG: this.options.kubeconfig ?? process.env.KUBECONFIG },
      ...handlers,
    });
  }

  async json(args: readonly string[], options: RunOptions = {}): Promise<K8sObject[]> {
    const result = await this.run(args, options);
    return parseKubectlJson(result.stdout);
  }

  /** The server's gitVersion; fails (with kubectl's words) when the server or the credentials are wrong. */
  async serverVersion(): Promise<string> {
    const result = await this.run([...versionArgs(), '--request-timeout=20s'], {
      timeoutMs: 30_000,
      quiet: true,
    });
    const parsed = JSON.parse(result.stdout) as { serverVersion?: { gitVersion?: string } };
    return parsed.serverVersion?.gitVersion ?? 'unknown';
  }
}

// --- install ----------------------------------------------------------------------------------

export const KUBECTL_DOWNLOAD_BASE = 'https://dl.k8s.io';

export function kubectlArch(arch: string = process.arch): string {
  const map: Record<string, string> = {
    x64: 'amd64',
    arm64: 'arm64',
    arm: 'arm',
    s390x: 's390x',
    ppc64: 'ppc64le',
  };
  const value = map[arch];
  if (value === undefined) throw new Error(`kubectl is not published for ${arch}`);
  return value;
}

/** `<base>/release/<version>/bin/<os>/<arch>/kubectl`, as dl.k8s.io publishes it (with `.sha256` next to it). */
export function kubectlUrl(base: string, version: string, platform: string, arch: string): string {
  const os = platform === 'win32' ? 'windows' : platform;
  return `${base.replace(/\/+$/, '')}/release/${version}/bin/${os}/${kubectlArch(arch)}/kubectl${platform === 'win32' ? '.exe' : ''}`;
}

export async function kubectlOnPath(): Promise<string | undefined> {
  try {
    await exec('kubectl', ['version', '--client', '--output=json'], { timeoutMs: 15_000 });
    return 'kubectl';
  } catch (error) {
    return error instanceof ToolError && error.exitCode !== undefined ? 'kubectl' : undefined;
  }
}

/**
 * The kubectl to use: with no `version`, the one on PATH (or, when there is none, `fallback`
 * installed); with a `version`, that release from the tool cache or downloaded from dl.k8s.io (the
 * base is overridable with GANTRY_KUBECTL_DOWNLOAD_BASE, for mirrors and tests) and checked against
 * its published SHA-256 before it is cached or run.
 */
export async function ensureKubectl(options: {
  version: string;
  fallback: string;
  baseUrl?: string;
  log?: (line: string) => void;
}): Promise<{ path: string; version: string; source: 'path' | 'tool-cache' | 'download' }> {
  const log = options.log ?? (() => {});
  if (options.version === '') {
    const found = await kubectlOnPath();
    if (found !== undefined) return { path: found, version: 'from PATH', source: 'path' };
    log(`kubectl is not on PATH; installing ${options.fallback}`);
  }
  const version = options.version || options.fallback;
  const arch = process.arch;
  // Loaded here, not at start-up: @actions/tool-cache is large to evaluate.
  const tc = await import('@actions/tool-cache');
  const cached = tc.find('kubectl', version, arch);
  if (cached !== '') return { path: path.join(cached, 'kubectl'), version, source: 'tool-cache' };
  const base = options.baseUrl ?? (process.env.GANTRY_KUBECTL_DOWNLOAD_BASE || KUBECTL_DOWNLOAD_BASE);
  const url = kubectlUrl(base, version, process.platform, arch);
  log(`Downloading ${url}`);
  const sumFile = await tc.downloadTool(`${url}.sha256`);
  const binary = await tc.downloadTool(url);
  const expected = readFileSync(sumFile, 'utf8').trim().split(/\s+/)[0]?.toLowerCase() ?? '';
  const actual = await sha256File(binary);
  if (!/^[a-f0-9]{64}$/.test(expected) || expected !== actual) {
    throw new ChecksumError(
      `Refusing to install kubectl ${version}: its SHA-256 is ${actual}, but ${url}.sha256 says ${expected || '(nothing)'}. The download was corrupted or tampered with.`,
    );
  }
  log(`SHA-256 verified: ${expected}`);
  chmodSync(binary, 0o755);
  const dir = await tc.cacheFile(binary, 'kubectl', 'kubectl', version, arch);
  return { path: path.join(dir, 'kubectl'), version, source: 'download' };
}
