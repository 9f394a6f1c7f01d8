import { ConfigurationError } from '../errors.ts';
import { normalizePinnedImage } from '../registry/reference.ts';
import type { ComposeService } from './compose.ts';

/**
 * Checks parsed `service=image@sha256:…` pins against the stack file before any connection: every
 * pinned service must be one the stack file has, and every image a reference the engine can pull
 * (its repository lower-cased, see normalizePinnedImage). Returns the pins as they will be deployed.
 */
export function checkImagePins(
  input: string,
  pins: ReadonlyMap<string, string>,
  services: readonly Pick<ComposeService, 'name'>[],
): Map<string, string> {
  const known = new Set(services.map((s) => s.name));
  const unknown = [...pins.keys()].filter((name) => !known.has(name));
  if (unknown.length > 0) {
    throw new ConfigurationError(
      `names services the stack file does not have: ${unknown.join(', ')} (it has ${[...known].sort().join(', ')})`,
      input,
    );
  }
  return new Map([...pins].map(([service, image]) => [service, normalizePinnedImage(input, image)]));
}
