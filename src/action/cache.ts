import * as cache from '@actions/cache';
import * as core from '@actions/core';

/**
 * Cache helpers where a failure is never the user's problem: an outage, a quota or a corrupt
 * entry becomes a warning and the step carries on without the cache.
 */
export async function restore(paths: string[], key: string, restoreKeys: string[], what: string): Promise<string | undefined> {
  if (!cache.isFeatureAvailable()) return undefined;
  try {
    return await cache.restoreCache(paths, key, restoreKeys);
  } catch (e) {
    core.warning(`model-build: could not restore the ${what} cache (${(e as Error).message}); continuing without it`);
    return undefined;
  }
}

export async function save(paths: string[], key: string, what: string): Promise<void> {
  if (!cache.isFeatureAvailable()) return;
  try {
    await cache.saveCache(paths, key);
  } catch (e) {
    const name = (e as Error).name;
    // Another job of this run saved the same key first: nothing to do.
    if (name === 'ReserveCacheError') return;
    core.warning(`model-build: could not save the ${what} cache (${(e as Error).message}); the next run will rehash`);
  }
}
