import { ConfigurationError } from '../core/errors.ts';
import { type Challenge, parseWwwAuthenticate, tokenUrl } from '../core/registry/challenge.ts';
import { type ImageReference, isLoopbackHost } from '../core/registry/reference.ts';
import { exponentialBackoff, retry } from '../core/retry.ts';

/**
 * One conversation with a registry's HTTP API about one repository, as `docker pull`/`push` hold it:
 * Basic credentials when given; a `401` with a Bearer challenge runs the Docker token flow
 * (`GET realm?service=&scope=` with the credentials, then the request again with the token), and the
 * token is kept for the next requests until a `401` asks for another scope (a push after pulls).
 * Loopback registries are spoken to over http, every other one over https. With `retry`, a `429`, a
 * `5xx` or a broken connection is tried again with bounded exponential backoff.
 */

export type Method = 'HEAD' | 'GET' | 'PUT';

export interface SessionOptions {
  username?: string | undefined;
  password?: string | undefined;
  signal?: AbortSignal | undefined;
  /** Per request (default 30s). */
  timeoutMs?: number;
  /** The inputs errors name: the password, and where credentials are configured. */
  inputs: { password: string; credentials: string };
  /** Tries of a request that meets a busy or unreachable registry (default 1: no retry). */
  retry?: { attempts: number; baseMs?: number; log?: (line: string) => void };
}

export interface RequestOptions {
  headers?: Record<string, string>;
  body?: Uint8Array;
}

const RETRYABLE_STATUS = new Set([429, 500, 502, 503, 504]);

class RetryableStatus extends Error {
  readonly response: Response;
  constructor(response: Response) {
    super(`answered ${response.status} ${response.statusText}`);
    this.response = response;
  }
}

const basic = (username: string, password: string) =>
  `Basic ${Buffer.from(`${username}:${password}`).toString('base64')}`;

export async function send(
  url: string,
  method: Method,
  init: RequestOptions,
  options: Pick<SessionOptions, 'signal' | 'timeoutMs'>,
): Promise<Response> {
  const timeoutMs = options.timeoutMs ?? 30_000;
  const signals = [AbortSignal.timeout(timeoutMs), ...(options.signal ? [options.signal] : [])];
  try {
    return await fetch(url, {
      method,
      headers: init.headers ?? {},
      ...(init.body === undefined ? {} : { body: init.body }),
      redirect: 'follow',
      signal: AbortSignal.any(signals),
    });
  } catch (error) {
    if (options.signal?.aborted) throw error;
    const e = error as Error & { cause?: Error };
    if (e.name === 'TimeoutError')
      throw new Error(`${method} ${url} did not answer within ${timeoutMs / 1000}s`);
    throw new Error(`cannot reach ${url}: ${e.cause?.message ?? e.message}`);
  }
}

export class RegistrySession {
  readonly reference: ImageReference;
  private readonly options: SessionOptions;
  private readonly credentials: string | undefined;
  private authorization: string | undefined;

  constructor(reference: ImageReference, options: SessionOptions) {
    this.reference = reference;
    this.options = options;
    this.credentials =
      options.username && options.password ? basic(options.username, options.password) : undefined;
    this.authorization = this.credentials;
  }

  /** `https://host/v2/<repository>/<kind>/<reference>` (http for a loopback registry). */
  url(kind: 'manifests' | 'blobs', reference: string): string {
    const { apiHost, repository } = this.reference;
    const scheme = isLoopbackHost(apiHost) ? 'http' : 'https';
    return `${scheme}://${apiHost}/v2/${repository}/${kind}/${reference}`;
  }

  /**
   * The request, authenticated (a Bearer challenge is answered once per request); a refusal is a
   * ConfigurationError naming the password (or, without credentials, where they are configured).
   */
  async request(method: Method, url: string, init: RequestOptions = {}): Promise<Response> {
    let response = await this.sendRetrying(method, url, init);
    if (response.status === 401) {
      const challenges = parseWwwAuthenticate(response.headers.get('www-authenticate') ?? '');
      const bearer = challenges.find((c) => c.scheme === 'bearer');
      await response.body?.cancel();
      if (bearer === undefined) throw this.refused(method, `${method} answered 401`);
      this.authorization = `Bearer ${await this.bearerToken(bearer, method)}`;
      response = await this.sendRetrying(method, url, init);
    }
    if (response.status === 401 || response.status === 403) {
      await response.body?.cancel();
      throw this.refused(method, `${method} answered ${response.status}`);
    }
    return response;
  }

  private async sendRetrying(method: Method, url: string, init: RequestOptions): Promise<Response> {
    const headers = {
      ...init.headers,
      ...(this.authorization === undefined ? {} : { authorization: this.authorization }),
    };
    const policy = this.options.retry;
    const attempts = policy?.attempts ?? 1;
    const once = async () => {
      const response = await send(url, method, { ...init, headers }, this.options);
      if (RETRYABLE_STATUS.has(response.status) && attempts > 1) {
        await response.body?.cancel();
        throw new RetryableStatus(response);
      }
      return response;
    };
    try {
      return await retry(once, {
        delayMs: (attempt, error) =>
          attempt < attempts && !this.options.signal?.aborted && !(error instanceof ConfigurationError)
            ? exponentialBackoff(attempt, policy?.baseMs ?? 1000, 15_000)
            : undefined,
        sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
        onRetry: (attempt, wait, error) =>
          policy?.log?.(
            `${method} ${url}: ${(error as Error).message} (attempt ${attempt} of ${attempts}); retrying in ${wait} ms`,
          ),
      });
    } catch (error) {
      if (error instanceof RetryableStatus) return error.response;
      throw error;
    }
  }

  private async bearerToken(challenge: Challenge, method: Method): Promise<string> {
    const ref = this.reference;
    // A write asks for push itself, as docker does: some registries' challenges name pull only.
    const scope = method === 'PUT' ? { scope: `repository:${ref.repository}:pull,push` } : {};
    const url = tokenUrl({ ...challenge, params: { ...challenge.params, ...scope } }, ref.repository);
    if (url === undefined)
      throw new Error(
        `${ref.registry} sent a Bearer challenge without a usable realm: ${JSON.stringify(challenge.params)}`,
      );
    const host = new URL(url).host;
    // Credentials go to an https token service, or a loopback one (as the registry itself).
    if (this.credentials !== undefined && url.startsWith('http:') && !isLoopbackHost(host))
      throw new Error(`${ref.registry} asks for credentials at ${url}, over plain http: refused`);
    const headers: Record<string, string> =
      this.credentials === undefined ? {} : { authorization: this.credentials };
    const response = await send(url, 'GET', { headers }, this.options);
    if (response.status === 401 || response.status === 403) {
      await response.body?.cancel();
      throw this.refused(method, `the token service ${host} answered ${response.status}`);
    }
    if (!response.ok) throw new Error(`the token service ${url} answered ${response.status}`);
    let body: { token?: unknown; access_token?: unknown };
    try {
      body = (await response.json()) as typeof body;
    } catch {
      throw new Error(`the token service ${host} answered no JSON`);
    }
    const token = typeof body.token === 'string' && body.token ? body.token : body.access_token;
    if (typeof token !== 'string' || token === '')
      throw new Error(`the token service ${host} answered no token`);
    return token;
  }

  private refused(method: Method, why: string): ConfigurationError {
    const ref = this.reference;
    const permission = method === 'PUT' ? 'push' : 'pull';
    return this.credentials === undefined
      ? new ConfigurationError(
          `${ref.registry} requires credentials to ${method === 'PUT' ? 'write to' : 'read'} ${ref.repository} (${why}): set the registry username and password`,
          this.options.inputs.credentials,
        )
      : new ConfigurationError(
          `${ref.registry} refused the credentials of ${this.options.username} for ${ref.repository} (${why}); check the password or token and its ${permission} permission`,
          this.options.inputs.password,
        );
  }
}
