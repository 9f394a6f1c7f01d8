import { spawn } from 'node:child_process';
import http from 'node:http';
import { Duplex } from 'node:stream';
import { type ExecOptions, type ExecResult, exec, ToolError } from './exec.ts';

/**
 * The docker CLI and the Engine API, aimed at one engine. `env` carries DOCKER_HOST (ssh://… through
 * an SshSession, or unix://…), the session's PATH (its ssh wrapper) and a temporary DOCKER_CONFIG.
 * Engine API requests travel through `docker system dial-stdio`: the same route as the CLI (over
 * the SSH master when remote), one short-lived channel per request, and typed JSON back.
 */
export interface DockerClientOptions {
  env: Record<string, string>;
  secrets?: readonly string[];
  log?: (line: string) => void;
  signal?: AbortSignal;
  /** Per CLI command and per API request. */
  timeoutMs?: number;
}

export class EngineError extends Error {
  override readonly name = 'EngineError';
  readonly status: number;
  constructor(message: string, status: number) {
    super(message);
    this.status = status;
  }
}

export class DockerClient {
  readonly options: DockerClientOptions;
  /** Engine API requests made (the benchmarks count round trips). */
  apiRequests = 0;

  constructor(options: DockerClientOptions) {
    this.options = options;
  }

  private get env(): Record<string, string | undefined> {
    return { ...process.env, ...this.options.env };
  }

  /** Runs `docker <args>`; stdin (`input`) is how secret values reach the engine. */
  run(args: readonly string[], extra: Omit<ExecOptions, 'env'> = {}): Promise<ExecResult> {
    return exec('docker', args, {
      env: this.env,
      secrets: [...(this.options.secrets ?? []), ...(extra.secrets ?? [])],
      ...(this.options.log === undefined ? {} : { log: this.options.log }),
      ...(this.options.signal === undefined ? {} : { signal: this.options.signal }),
      timeoutMs: this.options.timeoutMs ?? 120_000,
      ...extra,
    });
  }

  /** One Engine API request; JSON in and out. */
  api<T>(method: string, path: string, body?: unknown): Promise<T> {
    this.apiRequests += 1;
    const timeoutMs = this.options.timeoutMs ?? 120_000;
    return new Promise<T>((resolve, reject) => {
      const child = spawn('docker', ['system', 'dial-stdio'], {
        env: this.env as NodeJS.ProcessEnv,
        stdio: ['pipe', 'pipe', 'pipe'],
      });
      let stderr = '';
      child.stderr.on('data', (chunk: Buffer) => {
        stderr += chunk.toString();
      });
      const socket = Duplex.from({ readable: child.stdout, writable: child.stdin });
      const payload = body === undefined ? undefined : JSON.stringify(body);
      const finish = (error?: Error, value?: T) => {
        clearTimeout(timer);
        child.kill();
        if (error) reject(error);
        else resolve(value as T);
      };
      const timer = setTimeout(
        () =>
          finish(
            new ToolError(
              `Engine API ${method} ${path} timed out after ${timeoutMs} ms`,
              'docker system dial-stdio',
              undefined,
              stderr,
            ),
          ),
        timeoutMs,
      );
      child.on('error', (error) =>
        finish(
          new ToolError(`cannot run docker: ${error.message}`, 'docker system dial-stdio', undefined, ''),
        ),
      );
      const request = http.request(
        {
          createConnection: () => socket as unknown as import('node:net').Socket,
          method,
          path,
          headers: {
            host: 'docker',
            connection: 'close',
            ...(payload === undefined
              ? {}
              : { 'content-type': 'application/json', 'content-length': Buffer.byteLength(payload) }),
          },
        },
        (response) => {
          const chunks: Buffer[] = [];
          response.on('data', (chunk: Buffer) => chunks.push(chunk));
          response.on('end', () => {
            const text = Buffer.concat(chunks).toString('utf8');
            const status = response.statusCode ?? 0;
            if (status >= 400) {
              let message = text.trim();
              try {
                message = (JSON.parse(text) as { message?: string }).message ?? message;
              } catch {
                // Not JSON: keep the text.
              }
              finish(new EngineError(`Engine API ${method} ${path}: ${status} ${message}`, status));
              return;
            }
            try {
              finish(undefined, (text === '' ? undefined : JSON.parse(text)) as T);
            } catch {
              finish(new Error(`Engine API ${method} ${path}: answer is not JSON: ${text.slice(0, 200)}`));
            }
          });
        },
      );
      request.on('error', (error) =>
        finish(
          new ToolError(
            `Engine API ${method} ${path} failed: ${stderr.trim() || error.message}`,
            'docker system dial-stdio',
            undefined,
            stderr,
          ),
        ),
      );
      this.options.signal?.addEventListener('abort', () => finish(new Error('cancelled')), { once: true });
      request.end(payload);
    });
  }
}
