import { describe, expect, it } from 'vitest';
import * as z from 'zod';
import { lazy } from '../../../src/core/lazy.ts';

describe('lazy', () => {
  it('builds its value at the first read of a property, once', () => {
    let builds = 0;
    const value = lazy(() => {
      builds += 1;
      return { answer: 42, twice: (n: number) => n * 2 };
    });
    expect(builds).toBe(0);
    expect(value.answer).toBe(42);
    expect(value.twice(4)).toBe(8);
    expect('answer' in value).toBe(true);
    expect(Object.keys(value)).toEqual(['answer', 'twice']);
    expect(builds).toBe(1);
  });

  it('stands in for a zod schema: composed, parsed and failing with the same issues', () => {
    const name = lazy(() => z.string().refine((v) => v.trim() !== '', { error: 'must not be empty' }));
    const schema = lazy(() => z.strictObject({ name, tags: z.array(name).optional() }));
    const plain = z.strictObject({
      name: z.string().refine((v) => v.trim() !== '', { error: 'must not be empty' }),
      tags: z.array(z.string().refine((v) => v.trim() !== '', { error: 'must not be empty' })).optional(),
    });
    for (const input of [{ name: 'a', tags: ['b'] }, { name: ' ' }, { name: 'a', extra: 1 }, 'text'])
      expect(schema.safeParse(input)).toEqual(plain.safeParse(input));
    expect(schema instanceof z.ZodObject).toBe(true);
    expect(Object.keys(schema.shape)).toEqual(['name', 'tags']);
  });
});
