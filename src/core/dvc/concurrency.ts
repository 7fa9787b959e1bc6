/** Bounded parallelism and retries with exponential backoff: one helper for every remote call. */

/** Runs `fn` over `items` with at most `limit` calls in flight; results keep the input order. */
export async function mapLimit<T, R>(items: readonly T[], limit: number, fn: (item: T, index: number) => Promise<R>): Promise<R[]> {
  const results = new Array<R>(items.length);
  let next = 0;
  let failed: { error: unknown } | null = null;
  const worker = async () => {
    while (failed === null && next < items.length) {
      const i = next++;
      try {
        results[i] = await fn(items[i]!, i);
      } catch (e) {
        failed ??= { error: e };
      }
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, worker));
  if (failed) throw (failed as { error: unknown }).error;
  return results;
}

export interface RetryPolicy {
  /** Tries in all (1 = no retry). @default 5 */
  attempts?: number;
  /** Delay before the first retry; doubles each time. @default 250 */
  baseDelayMs?: number;
  /** Longest delay between tries. @default 8000 */
  maxDelayMs?: number;
}

/** An error worth trying again (5xx, 429, a dropped connection, a truncated body). */
export class TransientError extends Error {
  /** Makes the type nominal: a plain Error is not a TransientError. */
  readonly transient = true;
  /** @param truncated the body stopped short (retried like the rest, then reported per object). */
  constructor(
    message: string,
    readonly truncated = false,
  ) {
    super(message);
    this.name = 'TransientError';
  }
  static is(e: unknown): e is TransientError {
    return e instanceof TransientError;
  }
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Calls `fn` until it succeeds, retrying only TransientErrors; the last one is rethrown. */
export async function withRetry<T>(fn: (attempt: number) => Promise<T>, policy: RetryPolicy = {}, onRetry?: (e: TransientError, attempt: number) => void): Promise<T> {
  const attempts = policy.attempts ?? 5;
  const base = policy.baseDelayMs ?? 250;
  const max = policy.maxDelayMs ?? 8000;
  for (let attempt = 1; ; attempt++) {
    try {
      return await fn(attempt);
    } catch (e) {
      if (!TransientError.is(e) || attempt >= attempts) throw e;
      onRetry?.(e, attempt);
      await sleep(Math.min(max, base * 2 ** (attempt - 1)));
    }
  }
}
