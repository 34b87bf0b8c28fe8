// Runs async work over items with at most `limit` in flight; stops starting new work once `signal` aborts.
export async function runWithConcurrency<T>(
  items: readonly T[], limit: number, worker: (item: T, index: number) => Promise<void>, signal?: AbortSignal,
): Promise<{ started: number }> {
  if (!Number.isInteger(limit) || limit < 1) throw new RangeError(`concurrency limit must be a positive integer, got ${limit}`);
  let next = 0;
  const lane = async (): Promise<void> => {
    while (next < items.length && !signal?.aborted) {
      const index = next++;
      await worker(items[index], index);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, lane));
  return { started: next };
}
