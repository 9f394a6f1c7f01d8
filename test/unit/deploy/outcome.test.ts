import { describe, expect, it } from 'vitest';
import { afterFailure, type FailedDeployStep } from '../../../src/core/deploy/outcome.ts';

describe('afterFailure: the branch a failed deploy takes (Swarm and Kubernetes alike)', () => {
  it.each([
    [{ aborted: true, changed: true, rollback: true }, 'cancelled'],
    [{ aborted: true, changed: false, rollback: false }, 'cancelled'],
    [{ aborted: false, changed: false, rollback: true }, 'nothing-changed'],
    [{ aborted: false, changed: false, rollback: false }, 'nothing-changed'],
    [{ aborted: false, changed: true, rollback: false }, 'rollback-off'],
    [{ aborted: false, changed: true, rollback: true }, 'roll-back'],
  ] satisfies Array<[Parameters<typeof afterFailure>[0], FailedDeployStep]>)('%j -> %s', (facts, step) => {
    expect(afterFailure(facts)).toBe(step);
  });
});
