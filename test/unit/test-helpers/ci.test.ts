import { describe, expect, it } from 'vitest';
import { isCI } from '../../helpers/ci.ts';

// The rule the e2e set-up and the Kubernetes gate follow: under CI a test that cannot run fails.
describe('isCI', () => {
  it.each([['true'], ['1'], ['yes'], ['TRUE'], [' true '], ['woodpecker']])('CI=%j is CI', (value) => {
    expect(isCI({ CI: value })).toBe(true);
  });
  it.each([[undefined], [''], ['  '], ['false'], ['FALSE'], ['0'], [' 0 ']])('CI=%j is not', (value) => {
    expect(isCI(value === undefined ? {} : { CI: value })).toBe(false);
  });
});
