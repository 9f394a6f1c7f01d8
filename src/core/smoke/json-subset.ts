/**
 * True when `expected` is a subset of `actual`: every key of an expected object is present with a
 * matching value (recursively); arrays match element by element at the same positions and may
 * be longer in `actual`; scalars are compared with ===.
 */
export function isJsonSubset(expected: unknown, actual: unknown): boolean {
  if (Array.isArray(expected)) {
    return (
      Array.isArray(actual) &&
      expected.length <= actual.length &&
      expected.every((item, index) => isJsonSubset(item, actual[index]))
    );
  }
  if (expected !== null && typeof expected === 'object') {
    if (actual === null || typeof actual !== 'object' || Array.isArray(actual)) return false;
    const record = actual as Record<string, unknown>;
    return Object.entries(expected).every(
      ([key, value]) => Object.hasOwn(record, key) && isJsonSubset(value, record[key]),
    );
  }
  return expected === actual;
}
