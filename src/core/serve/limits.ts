/**
 * Limits of `model-build serve`, each checked before the work it bounds: the body while it
 * streams, the record count while records are parsed. Library callers pass their own values.
 */
import { ModelBuildError } from '../errors.js';
import { formatSize } from '../util/regularFile.js';

export interface ServeLimits {
  /**
   * Bytes of one request body, counted as it arrives (a larger Content-Length is refused
   * before any of it is read).
   * @default 10 MiB
   */
  maxBodyBytes: number;
  /** Records in one request. @default 100 000 */
  maxRecords: number;
  /** How long `close()` lets requests in flight finish before cutting them off. @default 30 000 ms */
  drainTimeoutMs: number;
  /** Time a client has to send a whole request, headers and body. @default 60 000 ms */
  requestTimeoutMs: number;
}

export const SERVE_LIMITS: Readonly<ServeLimits> = {
  maxBodyBytes: 10 * 1024 ** 2,
  // 100 000 records of a few fields fit the default body; a tensor of them is a few MiB.
  maxRecords: 100_000,
  drainTimeoutMs: 30_000,
  requestTimeoutMs: 60_000,
};

/**
 * Largest body limit accepted: a JSON body is parsed whole, and V8 strings stop at ~512 MiB
 * (JSON.parse needs several times the text in memory besides).
 */
export const MAX_BODY_LIMIT = 256 * 1024 ** 2;
/** Largest record limit accepted: one request's records become one tensor batch after another. */
export const MAX_RECORDS_LIMIT = 10_000_000;

/** The defaults with the given overrides, each checked (a library caller's typo is an error, not a server without limits). */
export function serveLimits(given: Partial<ServeLimits> = {}): ServeLimits {
  const limits: ServeLimits = { ...SERVE_LIMITS, ...Object.fromEntries(Object.entries(given).filter(([, v]) => v !== undefined)) };
  const check = (name: keyof ServeLimits, min: number, max: number, show: (n: number) => string = String) => {
    const v = limits[name];
    if (!Number.isInteger(v) || v < min || v > max) {
      throw new ModelBuildError('USAGE', `serve: limits.${name} must be a whole number from ${show(min)} to ${show(max)} (got ${String(v)})`, {
        hint: `leave it out for the default, ${show(SERVE_LIMITS[name])}`,
      });
    }
  };
  check('maxBodyBytes', 1, MAX_BODY_LIMIT, formatSize);
  check('maxRecords', 1, MAX_RECORDS_LIMIT);
  check('drainTimeoutMs', 0, 3_600_000);
  check('requestTimeoutMs', 1000, 3_600_000);
  return limits;
}
