import { describe, expect, it } from 'vitest';
import { checkImagePins } from '../../../src/core/swarm/image-pins.ts';

const D = `sha256:${'b'.repeat(64)}`;
const services = [{ name: 'api' }, { name: 'worker' }];

describe('checkImagePins (before any connection)', () => {
  it('returns the pins with each repository lower-cased', () => {
    const pins = new Map([
      ['api', `ghcr.io/Acme/Shop@${D}`],
      ['worker', `127.0.0.1:5000/acme/worker@${D}`],
    ]);
    expect([...checkImagePins('images', pins, services)]).toEqual([
      ['api', `ghcr.io/acme/shop@${D}`],
      ['worker', `127.0.0.1:5000/acme/worker@${D}`],
    ]);
  });
  it('refuses a service the stack file does not have, naming the input and what it has', () => {
    expect(() => checkImagePins('images', new Map([['nosuch', `ghcr.io/a/b@${D}`]]), services)).toThrow(
      "Input 'images': names services the stack file does not have: nosuch (it has api, worker)",
    );
  });
  it('refuses an image that is not a reference', () => {
    expect(() => checkImagePins('--image', new Map([['api', `-x/app@${D}`]]), services)).toThrow(
      /^Option '--image': expected image@sha256/,
    );
  });
});
