import { expect } from 'vitest';

/** The text without the runner's `::add-mask::` commands (they carry the values on purpose). */
export const withoutMaskCommands = (text: string): string => text.replace(/^::add-mask::.*$/gm, '');

/** Asserts that no value, as given or base64-encoded, appears in the text. */
export function expectNoSecretValues(text: string, values: readonly string[]): void {
  for (const value of values) {
    expect(text).not.toContain(value);
    expect(text).not.toContain(Buffer.from(value).toString('base64'));
  }
}
