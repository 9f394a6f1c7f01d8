import { describe, expect, it } from 'vitest';
import { utf8Length } from '../../../src/core/scan/sarif.ts';

describe('utf8Length', () => {
  it.each(['', 'ascii', 'é and ß', 'Ω≈ç√ €', '日本語', '😀 emoji 🧪', 'mixed é 日 😀 x'])(
    '%j as Buffer.byteLength says',
    (text) => {
      expect(utf8Length(text)).toBe(Buffer.byteLength(text, 'utf8'));
    },
  );
});
