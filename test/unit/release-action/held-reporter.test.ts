import { describe, expect, it } from 'vitest';
import { collectingReporter, heldReporter } from '../../../src/pipeline/reporter.ts';

// The release's Swarm connection opens while the images build: what it says is held, then told in its
// place (the deploy stage), in order, and from then on passed straight on.
describe('heldReporter', () => {
  it('holds every line until released, tells them in order, then forwards', async () => {
    const held = heldReporter();
    held.info('connecting');
    held.warning('host key pinned');
    expect(await held.group('untitled while held', async () => 'body ran')).toBe('body ran');
    held.error('not yet');
    const to = collectingReporter();
    expect(to.lines).toEqual([]);
    held.release(to);
    expect(to.lines).toEqual(['connecting', 'warning: host key pinned', 'error: not yet']);
    held.info('after');
    await held.group('titled', async () => held.info('inside'));
    expect(to.lines.slice(3)).toEqual(['after', '[titled]', 'inside']);
  });

  it('tells nothing twice when released again', () => {
    const held = heldReporter();
    held.info('once');
    const first = collectingReporter();
    held.release(first);
    const second = collectingReporter();
    held.release(second);
    expect([first.lines, second.lines]).toEqual([['once'], []]);
  });
});
