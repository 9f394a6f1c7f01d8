import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import http from 'node:http';
import https from 'node:https';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';

export type Handler = (req: http.IncomingMessage, res: http.ServerResponse, hit: number) => void;

export interface TestServer {
  url: string;
  hits: () => number;
  headersSeen: () => http.IncomingHttpHeaders[];
  close: () => Promise<void>;
}

function listen(
  server: http.Server | https.Server,
  scheme: string,
  state: { hits: number; headers: http.IncomingHttpHeaders[] },
): Promise<TestServer> {
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      resolve({
        url: `${scheme}://127.0.0.1:${port}`,
        hits: () => state.hits,
        headersSeen: () => state.headers,
        close: () =>
          new Promise((done) => {
            server.closeAllConnections();
            server.close(() => done());
          }),
      });
    });
  });
}

/** A real HTTP server on a free loopback port. */
export function startServer(handler: Handler): Promise<TestServer> {
  const state = { hits: 0, headers: [] as http.IncomingHttpHeaders[] };
  const server = http.createServer((req, res) => {
    state.hits += 1;
    state.headers.push(req.headers);
    handler(req, res, state.hits);
  });
  return listen(server, 'http', state);
}

/** A real HTTPS server with a throwaway self-signed certificate made by openssl at run time. */
export function startTlsServer(handler: Handler): Promise<TestServer> {
  const dir = mkdtempSync(path.join(tmpdir(), 'gantry-tls-'));
  execFileSync(
    'openssl',
    [
      'req',
      '-x509',
      '-newkey',
      'rsa:2048',
      '-nodes',
      '-days',
      '1',
      '-subj',
      '/CN=127.0.0.1',
      '-addext',
      'subjectAltName=IP:127.0.0.1',
      '-keyout',
      path.join(dir, 'key.pem'),
      '-out',
      path.join(dir, 'cert.pem'),
    ],
    { stdio: 'ignore' },
  );
  const key = readFileSync(path.join(dir, 'key.pem'));
  const cert = readFileSync(path.join(dir, 'cert.pem'));
  rmSync(dir, { recursive: true, force: true });
  const state = { hits: 0, headers: [] as http.IncomingHttpHeaders[] };
  const server = https.createServer({ key, cert }, (req, res) => {
    state.hits += 1;
    state.headers.push(req.headers);
    handler(req, res, state.hits);
  });
  return listen(server, 'https', state);
}

export const json = (
  res: http.ServerResponse,
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
) => {
  res.writeHead(status, { 'content-type': 'application/json', ...headers });
  res.end(JSON.stringify(body));
};

/** A loopback port with nothing listening (bound, then released). */
export async function closedPortUrl(): Promise<string> {
  const server = await startServer(() => {});
  await server.close();
  return server.url;
}
