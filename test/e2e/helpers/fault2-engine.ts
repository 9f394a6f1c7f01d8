import { execFileSync, spawn } from 'node:child_process';
import path from 'node:path';

// The engine-restart fault test's own Swarm target (fault2-engine.sh): brought up once per file,
// restarted mid-deploy, torn down in afterAll. The shared sandbox engine is never touched.

const SCRIPT = path.join(import.meta.dirname, 'fault2-engine.sh');

export interface OwnEngine {
  /** ssh://deploy@<address>: the target's host for Gantry. */
  host: string;
  knownHosts: string;
  dockerHost: string;
  address: string;
}

export function ownEngineUp(): OwnEngine {
  const out = execFileSync('bash', [SCRIPT, 'up'], { encoding: 'utf8', timeout: 180_000 });
  const value = (key: string) => {
    const found = new RegExp(`^${key}=(.*)$`, 'm').exec(out)?.[1];
    if (found === undefined) throw new Error(`fault2-engine.sh up printed no ${key}: ${out}`);
    return found;
  };
  return {
    host: value('GANTRY_F2_HOST'),
    knownHosts: value('GANTRY_F2_KNOWN_HOSTS'),
    dockerHost: value('GANTRY_F2_DOCKER_HOST'),
    address: value('GANTRY_F2_ADDR'),
  };
}

export function ownEngineDown(): void {
  execFileSync('bash', [SCRIPT, 'down'], { stdio: 'ignore', timeout: 180_000 });
}

/** Stops the engine (SIGTERM, as a restart does), leaves it down `downSeconds`, starts it again. Async: probes run meanwhile. */
export function restartOwnEngine(downSeconds: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn('bash', [SCRIPT, 'restart-engine', String(downSeconds)], {
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (c: Buffer) => {
      stderr += c.toString();
    });
    child.on('error', reject);
    child.on('close', (code) =>
      code === 0 ? resolve() : reject(new Error(`restart-engine exited ${code}: ${stderr}`)),
    );
  });
}

/** The docker CLI on the test's own engine (its unix socket, from the host); trimmed stdout. */
export const ownDocker = (engine: OwnEngine, ...args: string[]): string =>
  execFileSync('docker', args, {
    env: { ...process.env, DOCKER_HOST: engine.dockerHost },
    encoding: 'utf8',
  }).trim();
