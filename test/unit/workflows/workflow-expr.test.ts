// The expression evaluator the workflow wiring tests run release.yml's `${{ }}` with
// (test/helpers/workflow-expr.ts), on the forms the workflows use and on GitHub's documented semantics.
import { describe, expect, it } from 'vitest';
import {
  evaluate,
  evaluateCondition,
  evaluateTemplate,
  looseEquals,
  type Value,
} from '../../helpers/workflow-expr.ts';

const contexts: Record<string, Value> = {
  inputs: { image: 'ghcr.io/acme/shop', 'tag-latest': false, empty: '' },
  needs: {
    gantry: {
      result: 'success',
      outputs: {
        'build-matrix': '[{"key":"api","platform":"linux/amd64"}]',
        scan: '{"enabled":false,"ignore-unfixed":true}',
        images: '{"api":"r/api@sha256:1","web":"r/web@sha256:2"}',
      },
    },
  },
  matrix: { key: 'web', slug: 'web-linux-amd64' },
  secrets: {},
  steps: { plan: { outputs: { x: '' } } },
};
const ev = (expr: string) => evaluate(expr, { contexts });

describe('workflow expressions', () => {
  it('reads contexts, hyphenated names and index access with an expression', () => {
    expect(ev('inputs.image')).toBe('ghcr.io/acme/shop');
    expect(ev('fromJSON(needs.gantry.outputs.scan).ignore-unfixed')).toBe(true);
    expect(ev('fromJSON(needs.gantry.outputs.images)[matrix.key]')).toBe('r/web@sha256:2');
    expect(ev("fromJSON(needs.gantry.outputs.images)['api']")).toBe('r/api@sha256:1');
    expect(ev('needs.nothing.outputs.x')).toBeNull();
    expect(() => ev('unknown.x')).toThrow(/unknown context unknown/);
    expect(() => ev("hashFiles('x')")).toThrow(/not known/);
  });

  it('&& and || return an operand and short-circuit (the other side is not evaluated)', () => {
    expect(ev("steps.plan.outputs.x || 'fallback'")).toBe('fallback');
    expect(ev("inputs.image || 'fallback'")).toBe('ghcr.io/acme/shop');
    expect(ev("startsWith(inputs.image, 'ghcr.io/') && 'token' || ''")).toBe('token');
    expect(ev("startsWith(inputs.image, 'docker.io/') && 'token' || ''")).toBe('');
    // fromJSON('') would throw: it is never evaluated.
    expect(ev('false && fromJSON(inputs.empty)')).toBe(false);
    expect(ev('true || fromJSON(inputs.empty)')).toBe(true);
  });

  it('compares as GitHub does: strings ignoring case, null equal to empty, other types as numbers', () => {
    expect(looseEquals('Swarm', 'swarm')).toBe(true);
    expect(looseEquals(null, '')).toBe(true);
    expect(ev("secrets.app-secrets != ''")).toBe(false);
    expect(looseEquals(true, 1)).toBe(true);
    expect(looseEquals('3', 3)).toBe(true);
    expect(ev("!(inputs.tag-latest) && inputs.image == 'GHCR.IO/acme/shop'")).toBe(true);
  });

  it('templates: one expression keeps its type, several are pasted in as text', () => {
    expect(evaluateTemplate('${{ fromJSON(needs.gantry.outputs.build-matrix) }}', { contexts })).toEqual([
      { key: 'api', platform: 'linux/amd64' },
    ]);
    expect(evaluateTemplate('gantry-digest-${{ matrix.key }}_${{ matrix.slug }}', { contexts })).toBe(
      'gantry-digest-web_web-linux-amd64',
    );
    expect(evaluateTemplate('${{ inputs.tag-latest }}', { contexts })).toBe(false);
  });

  it('conditions: success() is implied unless a status function is named', () => {
    const failed = { contexts, status: { success: false, failure: true, cancelled: false } };
    expect(evaluateCondition("matrix.key == 'web'", { contexts })).toBe(true);
    expect(evaluateCondition("matrix.key == 'web'", failed)).toBe(false);
    expect(evaluateCondition("!cancelled() && matrix.key == 'web'", failed)).toBe(true);
    expect(evaluateCondition('fromJSON(needs.gantry.outputs.scan).enabled', { contexts })).toBe(false);
    expect(evaluateCondition('${{ always() }}', failed)).toBe(true);
    expect(evaluateCondition(undefined, failed)).toBe(false);
  });
});
