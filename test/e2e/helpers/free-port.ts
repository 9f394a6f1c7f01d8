import { createServer } from 'node:net';

/**
 * A loopback port nothing listens on now: for a stack's host-mode port or a host-network pod (a
 * stack still shutting down may hold a fixed one).
 */
export const freePort = (): Promise<number> =>
  new Promise((resolve, reject) => {
    const server = createServer();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address !== null ? address.port : 0));
    });
  });
