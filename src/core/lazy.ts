/**
 * An object built the first time it is used: `lazy(() => z.strictObject({ … }))` stands in for the
 * schema, builds it at the first read of any of its properties, then forwards everything to it.
 *
 * Why: a module's top-level statements run when a bundle starts, before its first input is read. The
 * zod schemas of gantry.yml and of Trivy's files cost 10 to 20 ms to build there, on every run, even a
 * run that stops at a missing input. Built on first use, they cost nothing until a file is parsed, and
 * the code that composes them (`nonEmpty.optional()`, `configSchema.shape…`) reads as before.
 */
export function lazy<T extends object>(build: () => T): T {
  let built: T | undefined;
  const value = (): T => {
    built ??= build();
    return built;
  };
  return new Proxy({} as T, {
    get: (_, key) => Reflect.get(value(), key),
    set: (_, key, property) => Reflect.set(value(), key, property),
    has: (_, key) => Reflect.has(value(), key),
    ownKeys: () => Reflect.ownKeys(value()),
    getOwnPropertyDescriptor: (_, key) => {
      const descriptor = Reflect.getOwnPropertyDescriptor(value(), key);
      // A proxy may not report a property its own (empty) target lacks as non-configurable.
      return descriptor === undefined ? undefined : { ...descriptor, configurable: true };
    },
    getPrototypeOf: () => Reflect.getPrototypeOf(value()),
  });
}
