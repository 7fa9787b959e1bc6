// Preloaded (`node --import`) into an action run by runAction({ shortRetryDelays: true }): the
// sleeps between the GitHub clients' retries (2–20 s, growing) last 5 ms instead, so a test of
// the full retry path does not wait a minute. Every attempt is still made and answered by the
// loopback services; only the waiting goes. The same rule as shortenRetryDelays() in
// githubServices.ts, which does this inside the test process.
const original = globalThis.setTimeout;
const patched = function (handler, timeout, ...args) {
  const t = typeof timeout === 'number' && timeout >= 2_000 && timeout <= 20_000 ? 5 : timeout;
  return original.call(this, handler, t, ...args);
};
Object.assign(patched, original);
globalThis.setTimeout = patched;
