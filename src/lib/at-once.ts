/**
 * Runs `each` over the items with at most `limit` of them in flight, taking the next as one
 * finishes: enough to keep a disk or a child process busy without starting every item of an
 * archive at once. The first failure rejects the whole run.
 */
export async function eachAtOnce<T>(items: readonly T[], limit: number, each: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.min(limit, items.length) }, async () => {
      while (next < items.length) await each(items[next++]!);
    }),
  );
}
