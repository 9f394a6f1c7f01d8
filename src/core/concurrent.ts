/**
 * `each` over `items`, at most `limit` at a time; the results in the items' order. After a
 * failure no new item starts; the first failure is thrown once the ones under way have ended.
 */
export async function mapConcurrent<T, R>(
  items: readonly T[],
  limit: number,
  each: (item: T, index: number) => Promise<R>,
): Promise<R[]> {
  const results: R[] = new Array(items.length);
  let next = 0;
  let failure: { error: unknown } | undefined;
  const worker = async () => {
    while (failure === undefined && next < items.length) {
      const at = next++;
      try {
        results[at] = await each(items[at] as T, at);
      } catch (error) {
        failure ??= { error };
      }
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, worker));
  if (failure !== undefined) throw failure.error;
  return results;
}
