import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';

/**
 * A downloaded tool (Trivy, kubectl) could not be trusted: the published checksum lacks the file,
 * or the digests differ. Nothing is cached or run.
 */
export class ChecksumError extends Error {
  override readonly name = 'ChecksumError';
}

/** The SHA-256 of a file, in lower-case hex, read as a stream. */
export async function sha256File(file: string): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of createReadStream(file)) hash.update(chunk as Buffer);
  return hash.digest('hex');
}
