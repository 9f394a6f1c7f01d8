import http from 'node:http';

/**
 * A fault-injecting HTTP proxy on loopback in front of the sandbox registry: every request goes
 * through to the registry unchanged (Host header included, so the upload URLs the registry hands
 * out point back at the proxy), except the ones a rule picks, which get the rule's fault instead:
 * `reset` (the connection is destroyed once the request has started, mid-body for an upload),
 * `500` (an error answer in the registry's shape), `stall` (no answer for `stallMs`, then a reset).
 * Docker trusts 127.0.0.0/8 as an insecure registry by default, so `docker push` goes through it.
 */
export type Fault = 'reset' | '500' | 'stall';

export interface FaultRule {
  /** Which requests: method and a path pattern (`PUT` + /manifests/). */
  method: string;
  path: RegExp;
  fault: Fault;
  /** How many matching requests get the fault (then they pass); Infinity for every one. */
  times: number;
  stallMs?: number;
}

export interface FaultProxy {
  port: number;
  /** One line per request: `<method> <path> -> <status|fault>`. */
  log: string[];
  /** Replaces the rules (counts start again). */
  setRules(rules: FaultRule[]): void;
  close(): Promise<void>;
}

export function startFaultProxy(upstreamPort: number, port: number): Promise<FaultProxy> {
  let rules: Array<FaultRule & { used: number }> = [];
  const log: string[] = [];
  const sockets = new Set<import('node:net').Socket>();
  const server = http.createServer((req, res) => {
    const where = `${req.method} ${(req.url ?? '').split('?')[0]}`;
    const rule = rules.find((r) => r.method === req.method && r.path.test(req.url ?? '') && r.used < r.times);
    if (rule !== undefined) {
      rule.used += 1;
      log.push(`${where} -> ${rule.fault}`);
      if (rule.fault === '500') {
        req.resume();
        req.on('end', () => {
          const body = JSON.stringify({
            errors: [{ code: 'UNKNOWN', message: 'injected fault', detail: null }],
          });
          res.writeHead(500, {
            'content-type': 'application/json',
            'content-length': Buffer.byteLength(body),
          });
          res.end(body);
        });
        return;
      }
      const wait = rule.fault === 'stall' ? (rule.stallMs ?? 5000) : 50;
      setTimeout(() => req.socket.destroy(), wait);
      return;
    }
    const upstream = http.request(
      { host: '127.0.0.1', port: upstreamPort, method: req.method, path: req.url, headers: req.headers },
      (answer) => {
        log.push(`${where} -> ${answer.statusCode}`);
        res.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(res);
      },
    );
    upstream.on('error', () => req.socket.destroy());
    req.pipe(upstream);
  });
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  return new Promise((resolve, reject) => {
    server.on('error', reject);
    server.listen(port, '127.0.0.1', () =>
      resolve({
        port,
        log,
        setRules: (next) => {
          rules = next.map((r) => ({ ...r, used: 0 }));
        },
        close: () =>
          new Promise((done) => {
            for (const socket of sockets) socket.destroy();
            server.close(() => done());
          }),
      }),
    );
  });
}
