/**
 * Count, mean, variance (Welford's update, Chan et al.'s pairwise merge), min and max of finite
 * numbers. NaN and ±Infinity are not folded in (they would poison the mean); they are counted in
 * `nonFinite`, and min/max are over the finite values only.
 * JSON: `{ kind: 'moments', version: 1, count, mean, m2, min, max, nonFinite }` (m2 = Σ(x − mean)²).
 */
import { checkHeader, checkInteger, invalid } from './encoding.js';

export interface MomentsJSON {
  kind: 'moments';
  version: 1;
  count: number;
  mean: number;
  m2: number;
  min: number | null;
  max: number | null;
  nonFinite: number;
}

export class Moments {
  private n = 0;
  private mu = 0;
  private sumSquares = 0;
  private low = Infinity;
  private high = -Infinity;
  private skipped = 0;

  /** Number of finite values folded in. */
  get count(): number {
    return this.n;
  }

  /** NaN and ±Infinity values seen (not folded in). */
  get nonFinite(): number {
    return this.skipped;
  }

  /** Mean; NaN when empty. */
  get mean(): number {
    return this.n === 0 ? NaN : this.mu;
  }

  /** Σ(x − mean)². */
  get m2(): number {
    return this.sumSquares;
  }

  /** Population variance m2/n; NaN when empty. */
  get variance(): number {
    return this.n === 0 ? NaN : this.sumSquares / this.n;
  }

  /** Sample variance m2/(n − 1); NaN below two values. */
  get sampleVariance(): number {
    return this.n < 2 ? NaN : this.sumSquares / (this.n - 1);
  }

  /** Population standard deviation. */
  get stddev(): number {
    return Math.sqrt(this.variance);
  }

  get min(): number {
    return this.n === 0 ? NaN : this.low;
  }

  get max(): number {
    return this.n === 0 ? NaN : this.high;
  }

  /** Empties it, as a new Moments. */
  reset(): void {
    this.n = 0;
    this.mu = 0;
    this.sumSquares = 0;
    this.low = Infinity;
    this.high = -Infinity;
    this.skipped = 0;
  }

  update(x: number): void {
    if (!Number.isFinite(x)) {
      this.skipped++;
      return;
    }
    this.n++;
    const delta = x - this.mu;
    this.mu += delta / this.n;
    this.sumSquares += delta * (x - this.mu);
    if (x < this.low) this.low = x;
    if (x > this.high) this.high = x;
  }

  /** Chan et al.: n = nA + nB, δ = meanB − meanA, mean = meanA + δ·nB/n, m2 = m2A + m2B + δ²·nA·nB/n. */
  merge(other: Moments): this {
    this.skipped += other.skipped;
    if (other.n === 0) return this;
    if (this.n === 0) {
      this.n = other.n;
      this.mu = other.mu;
      this.sumSquares = other.sumSquares;
    } else {
      const n = this.n + other.n;
      const delta = other.mu - this.mu;
      this.mu += (delta * other.n) / n;
      this.sumSquares += other.sumSquares + (delta * delta * this.n * other.n) / n;
      this.n = n;
    }
    if (other.low < this.low) this.low = other.low;
    if (other.high > this.high) this.high = other.high;
    return this;
  }

  toJSON(): MomentsJSON {
    const empty = this.n === 0;
    return {
      kind: 'moments',
      version: 1,
      count: this.n,
      mean: this.mu,
      m2: this.sumSquares,
      min: empty ? null : this.low,
      max: empty ? null : this.high,
      nonFinite: this.skipped,
    };
  }

  /**
   * A state this code produced, taken as it is (a shard from a worker thread): unlike
   * `fromJSON`, it keeps what JSON cannot carry, such as an m2 that overflowed to Infinity.
   */
  static fromState(state: MomentsJSON): Moments {
    const m = new Moments();
    m.n = state.count;
    m.mu = state.mean;
    m.sumSquares = state.m2;
    m.skipped = state.nonFinite;
    if (state.count > 0) {
      m.low = state.min!;
      m.high = state.max!;
    }
    return m;
  }

  static fromJSON(json: unknown): Moments {
    const o = checkHeader(json, 'moments', 1);
    const m = new Moments();
    m.n = checkInteger(o.count, 'moments.count', 0, Number.MAX_SAFE_INTEGER);
    m.skipped = checkInteger(o.nonFinite, 'moments.nonFinite', 0, Number.MAX_SAFE_INTEGER);
    const finite = (v: unknown, what: string): number => {
      if (typeof v !== 'number' || !Number.isFinite(v)) throw invalid(`${what} must be a finite number`);
      return v;
    };
    m.mu = finite(o.mean, 'moments.mean');
    m.sumSquares = finite(o.m2, 'moments.m2');
    if (m.sumSquares < 0) throw invalid('moments.m2 is negative');
    if (m.n > 0) {
      m.low = finite(o.min, 'moments.min');
      m.high = finite(o.max, 'moments.max');
      if (m.low > m.high) throw invalid('moments.min exceeds max');
    } else if (o.min !== null || o.max !== null || m.mu !== 0 || m.sumSquares !== 0) {
      throw invalid('empty moments must have mean 0, m2 0, min and max null');
    }
    return m;
  }
}
