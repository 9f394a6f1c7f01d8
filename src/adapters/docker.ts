import { spawn } from 'node:child_process';
import http from 'node:http';
import net from 'node:net';
import { Duplex } from 'node:stream';
import { engineDial } from '../core/connection/engine-dial.ts';
import {
  type ExecOptions,
  type ExecResult,
  exec,
  execStream,
  type StreamOptions,
  ToolError,
} from './exec.ts';

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
  /**
   * At most this many Engine API connections (each one `docker system dial-stdio`, an SSH channel
   * over the one master when remote), opened only when requests run at the same time (default
   * API_CONNECTIONS).
   */
  connections?: number;
}

/**
 * How many Engine API requests bulk work (secrets, prune) runs at once, and the client's default
 * connection limit: OpenSSH allows 10 sessions per connection by default, and the docker CLI's own
 * commands need theirs.
 */
export const API_CONNECTIONS = 4;

export class EngineError extends Error {
  override readonly name = 'EngineError';
  readonly status: number;
  constructor(message: string, status: number) {
    super(message);
    this.status = status;
  }
}

/**
 * An HTTP agent whose connections are `docker system dial-stdio` processes, kept alive between
 * requests, so polling costs a request, not a process and an SSH channel each time. Sequential
 * requests share one connection; requests made at the same time open up to `maxSockets`.
 *
 * Defined at the first connection, not when the module loads: extending http.Agent loads node:http
 * (and with it net and streams), which a run that stops at a bad input never needs.
 */
function defineDialStdioAgent() {
  return class DialStdioAgent extends http.Agent {
    private readonly env: NodeJS.ProcessEnv;
    readonly children = new Set<ReturnType<typeof spawn>>();
    stderr = '';

    constructor(env: NodeJS.ProcessEnv, connections: number) {
      super({ keepAlive: true, maxSockets: connections, maxFreeSockets: connections, scheduling: 'lifo' });
      this.env = env;
    }

    override createConnection(): Duplex {
      this.stderr = ''; // what the last connection opened said
      const dial = engineDial(this.env.DOCKER_HOST);
      if (dial.kind === 'socket') return net.connect(dial.path);
      const child = spawn(dial.command, dial.args, {
        env: this.env,
        stdio: ['pipe', 'pipe', 'pipe'],
      });
      this.children.add(child);
      child.stderr.on('data', (chunk: Buffer) => {
        this.stderr = (this.stderr + chunk.toString()).slice(-4000);
      });
      const socket = Duplex.from({ readable: child.stdout, writable: child.stdin });
      // http.Agent treats its connections as net.Sockets: give the duplex the calls it makes.
      Object.assign(socket, {
        setKeepAlive: () => socket,
        setNoDelay: () => socket,
        setTimeout: () => socket,
        ref: () => socket,
        unref: () => socket,
      });
      socket.on('close', () => child.kill());
      child.on('exit', () => {
        this.children.delete(child);
        socket.destroy();
      });
      return socket;
    }

    override destroy(): void {
      super.destroy();
      for (const child of this.children) child.kill();
    }
  };
}
type DialStdioAgent = InstanceType<ReturnType<typeof defineDialStdioAgent>>;
let dialStdioAgentClass: ReturnType<typeof defineDialStdioAgent> | undefined;

// The engine's answers while its Swarm is not ready again (after an engine restart): worth asking again.
const ENGINE_NOT_READY =
  /swarm does not have a leader|not a swarm manager|rpc error: code = (Unavailable|DeadlineExceeded)|connection (refused|reset)|EOF/i;

/**
 * Whether a failed request says nothing about the engine's state, only that the way to it broke:
 * `docker system dial-stdio` failed or hung up (the SSH session dropped, the engine's socket is
 * gone), or the engine answered that its Swarm is not ready yet. The engine's own refusals are not.
 */
export function isLostConnection(error: unknown): boolean {
  if (error instanceof ToolError) return error.command === 'docker system dial-stdio';
  if (error instanceof EngineError) return error.status >= 500 && ENGINE_NOT_READY.test(error.message);
  return false;
}

/** An event of the engine's stream (the fields Gantry reads). */
export interface EngineEvent {
  Type?: string;
  Action?: string;
  Actor?: { ID?: string; Attributes?: Record<string, string> };
}

export interface EventStream {
  /** Settles when the stream ends, whatever ended it. */
  ended: Promise<void>;
  close(): void;
}

export class DockerClient {
  readonly options: DockerClientOptions;
  /** Engine API requests made (the benchmarks count round trips). */
  apiRequests = 0;
  private agent: DialStdioAgent | undefined;

  constructor(options: DockerClientOptions) {
    this.options = options;
  }

  /** Ends the kept-alive Engine API connection (call when the run is done). */
  close(): void {
    this.agent?.destroy();
    this.agent = undefined;
  }

  /**
   * Runs `docker <args>`; stdin (`input`) is how secret values reach the engine. `vars` are extra
   * environment variables (stack-file interpolation); they never override DOCKER_HOST, PATH or
   * DOCKER_CONFIG of this client.
   */
  run(
    args: readonly string[],
    extra: Omit<ExecOptions, 'env'> & { vars?: Record<string, string> } = {},
  ): Promise<ExecResult> {
    const { vars, ...rest } = extra;
    return exec('docker', args, {
      env: { ...process.env, ...vars, ...this.options.env },
      secrets: [...(this.options.secrets ?? []), ...(rest.secrets ?? [])],
      ...(this.options.log === undefined ? {} : { log: this.options.log }),
      ...(this.options.signal === undefined ? {} : { signal: this.options.signal }),
      timeoutMs: this.options.timeoutMs ?? 120_000,
      ...rest,
    });
  }

  /**
   * Runs `docker <args>` on this engine (the same DOCKER_HOST: over the one SSH session when
   * remote) and hands its output over as it comes: `docker service logs --follow`.
   */
  stream(
    args: readonly string[],
    handlers: Pick<StreamOptions, 'onStdout' | 'onStderr'>,
  ): Promise<{ cancelled: boolean }> {
    return execStream('docker', args, {
      env: { ...process.env, ...this.options.env },
      secrets: this.options.secrets ?? [],
      ...(this.options.log === undefined ? {} : { log: this.options.log }),
      ...(this.options.signal === undefined ? {} : { signal: this.options.signal }),
      ...handlers,
    });
  }

  /**
   * Follows the engine's event stream (`GET /events?…`, on a connection of its own): `onEvent` for
   * each event as it comes, until `close()`, the run's cancellation, or the stream's end (the
   * connection lost, the engine gone); `ended` settles then, never rejects. Events only say when
   * to look again: what they say is read from the engine, not trusted from them.
   */
  events(path: string, onEvent: (event: EngineEvent) => void): EventStream {
    this.apiRequests += 1;
    const agent = this.connect();
    let request: http.ClientRequest | undefined;
    const ended = new Promise<void>((resolve) => {
      const done = () => {
        this.options.signal?.removeEventListener('abort', close);
        resolve();
      };
      const close = () => {
        request?.destroy();
        done();
      };
      this.options.signal?.addEventListener('abort', close, { once: true });
      request = http.request({ agent, method: 'GET', path, headers: { host: 'docker' } }, (response) => {
        if ((response.statusCode ?? 0) >= 400) {
          response.resume();
          close();
          return;
        }
        let buffered = '';
        response.setEncoding('utf8');
        response.on('data', (chunk: string) => {
          buffered += chunk;
          const lines = buffered.split('\n');
          buffered = lines.pop() ?? '';
          for (const line of lines) {
            try {
              if (line.trim() !== '') onEvent(JSON.parse(line) as EngineEvent);
            } catch {
              // Not an event: skip it.
            }
          }
        });
        response.on('end', done);
        response.on('error', done);
        response.on('close', done);
      });
      request.on('error', done);
      request.on('close', done);
      request.end();
    });
    return { ended, close: () => request?.destroy() };
  }

  /** The agent that opens (and keeps) this client's Engine API connections. */
  private connect(): DialStdioAgent {
    dialStdioAgentClass ??= defineDialStdioAgent();
    this.agent ??= new dialStdioAgentClass(
      { ...process.env, ...this.options.env },
      Math.max(1, this.options.connections ?? API_CONNECTIONS),
    );
    return this.agent;
  }

  /** One Engine API request; JSON in and out. */
  api<T>(method: string, path: string, body?: unknown): Promise<T> {
    this.apiRequests += 1;
    const timeoutMs = this.options.timeoutMs ?? 120_000;
    const agent = this.connect();
    return new Promise<T>((resolve, reject) => {
      const payload = body === undefined ? undefined : JSON.stringify(body);
      let settled = false;
      const finish = (error?: Error, value?: T) => {
        if (settled) return;
        settled = true;
        clearTimeout(timer);
        this.options.signal?.removeEventListener('abort', onAbort);
        if (error) reject(error);
        else resolve(value as T);
      };
      const request = http.request(
        {
          agent,
          method,
          path,
          headers: {
            host: 'docker',
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
      const timer = setTimeout(() => {
        request.destroy();
        finish(
          new ToolError(
            `Engine API ${method} ${path} timed out after ${timeoutMs} ms`,
            'docker system dial-stdio',
            undefined,
            agent.stderr,
          ),
        );
      }, timeoutMs);
      const onAbort = () => {
        request.destroy();
        finish(new Error('cancelled'));
      };
      this.options.signal?.addEventListener('abort', onAbort, { once: true });
      request.on('error', (error) =>
        finish(
          new ToolError(
            `Engine API ${method} ${path} failed: ${agent.stderr.trim() || error.message}`,
            'docker system dial-stdio',
            undefined,
            agent.stderr,
          ),
        ),
      );
      request.end(payload);
    });
  }
}
