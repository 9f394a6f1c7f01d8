import type * as z from 'zod';
import { configSchema } from '../../../../src/core/config/schema.ts';

/**
 * Every key path of gantry.yml, read from the schema itself (src/core/config/schema.ts): a key a
 * helper adds there is listed here without anyone writing it down. `*` stands for a name the user
 * picks (a target, an image key, a secret), `[]` for an item of a list.
 */
type Def = {
  type: string;
  shape?: Record<string, z.ZodType>;
  innerType?: z.ZodType;
  in?: z.ZodType;
  valueType?: z.ZodType;
  element?: z.ZodType;
  options?: z.ZodType[];
};
const defOf = (schema: z.ZodType): Def => (schema as unknown as { _zod: { def: Def } })._zod.def;

function walk(schema: z.ZodType, at: string, out: Set<string>): void {
  const def = defOf(schema);
  const child = (name: string) => (at === '' ? name : `${at}.${name}`);
  switch (def.type) {
    case 'optional':
    case 'default':
    case 'nullable':
    case 'prefault':
      if (def.innerType) walk(def.innerType, at, out);
      return;
    case 'pipe':
      if (def.in) walk(def.in, at, out);
      return;
    case 'object':
      for (const [name, value] of Object.entries(def.shape ?? {})) {
        out.add(child(name));
        walk(value, child(name), out);
      }
      return;
    case 'record':
      if (def.valueType) walk(def.valueType, child('*'), out);
      return;
    case 'array':
      if (def.element) walk(def.element, `${at}[]`, out);
      return;
    case 'union':
      for (const option of def.options ?? []) walk(option, at, out);
      return;
    default:
      return;
  }
}

export function schemaKeys(): string[] {
  const out = new Set<string>();
  walk(configSchema as unknown as z.ZodType, '', out);
  return [...out].sort();
}
