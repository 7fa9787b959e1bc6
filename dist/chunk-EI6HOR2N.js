import { createRequire as __mbCreateRequire } from 'node:module';
import { fileURLToPath as __mbFileURLToPath } from 'node:url';
import { dirname as __mbDirname } from 'node:path';
const require = __mbCreateRequire(import.meta.url);
const __mbFilename = __mbFileURLToPath(import.meta.url);
const __mbDirnameValue = __mbDirname(__mbFilename);

// src/core/dvc/concurrency.ts
async function mapLimit(items, limit, fn) {
  const results = new Array(items.length);
  let next = 0;
  let failed = null;
  const worker = async () => {
    while (failed === null && next < items.length) {
      const i = next++;
      try {
        results[i] = await fn(items[i], i);
      } catch (e) {
        failed ??= { error: e };
      }
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, worker));
  if (failed) throw failed.error;
  return results;
}
var TransientError = class _TransientError extends Error {
  /** @param truncated the body stopped short (retried like the rest, then reported per object). */
  constructor(message, truncated = false) {
    super(message);
    this.truncated = truncated;
    this.name = "TransientError";
  }
  truncated;
  /** Makes the type nominal: a plain Error is not a TransientError. */
  transient = true;
  static is(e) {
    return e instanceof _TransientError;
  }
};
var sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
async function withRetry(fn, policy = {}, onRetry) {
  const attempts = policy.attempts ?? 5;
  const base = policy.baseDelayMs ?? 250;
  const max = policy.maxDelayMs ?? 8e3;
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

export {
  mapLimit,
  TransientError,
  withRetry
};
