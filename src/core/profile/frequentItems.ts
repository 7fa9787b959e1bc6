/**
 * Frequent items (heavy hitters) of a stream of strings: the Misra–Gries summary in its
 * mergeable form (Agarwal et al., "Mergeable summaries", 2012).
 *
 * - Tracks at most C = 2^lgMaxK values (lgMaxK 3…20, default 10 → 1024), each with a counter.
 *   When a new value would make C + 1 counters, the (C + 1)-th largest count c (then the smallest)
 *   is subtracted from every counter, counters at or below 0 are dropped and c is added to the
 *   sketch's `maximumError`. Amortized O(1) per update: each subtraction removes at least c·(C + 1)
 *   weight, so at most n/(C + 1) of them happen.
 * - Guarantee, for every value v with true count f(v): lowerBound(v) ≤ f(v) ≤ upperBound(v) =
 *   lowerBound(v) + maximumError, with maximumError ≤ (n − Σ counters)/(C + 1) ≤ n/(C + 1).
 *   The estimate is the lower bound (never over-counts); with at most C distinct values no
 *   subtraction ever happens and every count is exact. Merge keeps the same guarantee.
 * - Order: count descending, then value by UTF-8 bytes ascending — the same for every insertion
 *   order of the same multiset of counters, so JSON is deterministic and order-independent.
 * - JSON: `{ kind: 'frequent-items', version: 1, lgMaxK, n, maximumError, items: [[value, count]…] }`.
 */
import { checkHeader, checkInteger, compareUtf8, invalid, usage } from './encoding.js';

export const FREQUENT_ITEMS_DEFAULT_LG_MAX_K = 10;
const MAX_SAFE = Number.MAX_SAFE_INTEGER;

export interface FrequentItem {
  value: string;
  /** Best estimate: the lower bound (the tracked count). */
  estimate: number;
  lowerBound: number;
  upperBound: number;
}

export interface FrequentItemsJSON {
  kind: 'frequent-items';
  version: 1;
  lgMaxK: number;
  n: number;
  maximumError: number;
  /** `[value, count]`, count descending then value by UTF-8 bytes. */
  items: Array<[string, number]>;
}

export interface FrequentItemsOptions {
  /** log2 of the most values tracked, 3…20 (default 10 → 1024). */
  lgMaxK?: number;
}

export class FrequentItemsSketch {
  readonly lgMaxK: number;
  /** Most values tracked at once. */
  readonly maxK: number;
  private counts = new Map<string, number>();
  private total = 0;
  private offset = 0;

  constructor(options: FrequentItemsOptions = {}) {
    const lgMaxK = options.lgMaxK ?? FREQUENT_ITEMS_DEFAULT_LG_MAX_K;
    if (!Number.isInteger(lgMaxK) || lgMaxK < 3 || lgMaxK > 20) {
      throw usage(`frequent items lgMaxK must be an integer in [3, 20], got ${lgMaxK}`);
    }
    this.lgMaxK = lgMaxK;
    this.maxK = 2 ** lgMaxK;
  }

  /** Total weight seen. */
  get n(): number {
    return this.total;
  }

  /** Bound on the under-count of any value (0 while the sketch is exact). */
  get maximumError(): number {
    return this.offset;
  }

  /** Number of values currently tracked. */
  get size(): number {
    return this.counts.size;
  }

  get isEmpty(): boolean {
    return this.total === 0;
  }

  update(value: string, weight = 1): void {
    if (!Number.isInteger(weight) || weight < 0) throw usage(`frequent items weight must be a non-negative integer, got ${weight}`);
    if (weight === 0) return;
    this.total += weight;
    const counts = this.counts;
    const current = counts.get(value);
    if (current !== undefined) {
      counts.set(value, current + weight);
      return;
    }
    counts.set(value, weight);
    if (counts.size > this.maxK) this.purge();
  }

  /**
   * Folds `other` into this sketch; `other` is not changed. Sketches of any lgMaxK merge; the
   * result keeps this sketch's lgMaxK and the bound n/(C + 1) with C the smaller of the two.
   */
  merge(other: FrequentItemsSketch): this {
    if (other === this) other = FrequentItemsSketch.fromJSON(other.toJSON());
    this.total += other.total;
    this.offset += other.offset;
    for (const [value, count] of other.counts) this.counts.set(value, (this.counts.get(value) ?? 0) + count);
    if (this.counts.size > this.maxK) this.purge();
    return this;
  }

  /** Lower bound of the true count of `value` (its tracked count, or 0). */
  lowerBound(value: string): number {
    return this.counts.get(value) ?? 0;
  }

  upperBound(value: string): number {
    return this.lowerBound(value) + this.offset;
  }

  estimate(value: string): number {
    return this.lowerBound(value);
  }

  /** Tracked values, count descending then value by UTF-8 bytes; the first `limit` when given. */
  items(limit?: number): FrequentItem[] {
    const entries = this.sortedEntries();
    const picked = limit === undefined ? entries : entries.slice(0, Math.max(0, limit));
    return picked.map(([value, count]) => ({ value, estimate: count, lowerBound: count, upperBound: count + this.offset }));
  }

  /**
   * Values whose true count certainly exceeds `threshold` (lower bound > threshold: no false
   * positives), in `items()` order.
   */
  frequentAbove(threshold: number): FrequentItem[] {
    return this.items().filter((item) => item.lowerBound > threshold);
  }

  toJSON(): FrequentItemsJSON {
    return {
      kind: 'frequent-items',
      version: 1,
      lgMaxK: this.lgMaxK,
      n: this.total,
      maximumError: this.offset,
      items: this.sortedEntries(),
    };
  }

  static fromJSON(json: unknown): FrequentItemsSketch {
    const o = checkHeader(json, 'frequent-items', 1);
    const sketch = new FrequentItemsSketch({ lgMaxK: checkInteger(o.lgMaxK, 'frequent-items.lgMaxK', 3, 20) });
    sketch.total = checkInteger(o.n, 'frequent-items.n', 0, MAX_SAFE);
    sketch.offset = checkInteger(o.maximumError, 'frequent-items.maximumError', 0, MAX_SAFE);
    if (!Array.isArray(o.items) || o.items.length > sketch.maxK) throw invalid('frequent-items.items must be an array of at most 2^lgMaxK pairs');
    let sum = 0;
    for (const pair of o.items as unknown[]) {
      if (!Array.isArray(pair) || pair.length !== 2 || typeof pair[0] !== 'string') throw invalid('frequent-items.items holds a malformed pair');
      const count = checkInteger(pair[1], 'frequent-items count', 1, MAX_SAFE);
      if (sketch.counts.has(pair[0])) throw invalid(`frequent-items.items lists ${JSON.stringify(pair[0])} twice`);
      sketch.counts.set(pair[0], count);
      sum += count;
    }
    if (sum > sketch.total) throw invalid('frequent-items counts exceed n');
    return sketch;
  }

  private sortedEntries(): Array<[string, number]> {
    return [...this.counts].sort((a, b) => b[1] - a[1] || compareUtf8(a[0], b[0]));
  }

  /** Subtracts the (C + 1)-th largest count from every counter and drops the non-positive. */
  private purge(): void {
    const counts = this.counts;
    let c: number;
    if (counts.size === this.maxK + 1) {
      c = Infinity;
      for (const v of counts.values()) if (v < c) c = v;
    } else {
      const sorted = Float64Array.from(counts.values()).sort();
      c = sorted[sorted.length - 1 - this.maxK]!;
    }
    for (const [value, v] of counts) {
      if (v <= c) counts.delete(value);
      else counts.set(value, v - c);
    }
    this.offset += c;
  }
}
