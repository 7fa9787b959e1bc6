/**
 * HyperLogLog distinct-count sketch.
 *
 * - 2^lgK one-byte registers (lgK 4…21, default 12 → 4096 registers, 4 KiB), relative standard
 *   error ≈ 1.04/√(2^lgK) (1.625% at lgK 12).
 * - Hash: the first 64 bits (h1, h2) of MurmurHash3_x86_128, seed 0, of the value's UTF-8 bytes
 *   (strings) or IEEE-754 binary64 little-endian bytes (numbers; -0 as 0). The string "1" and the
 *   number 1 are different values. Register index = top lgK bits; register value = position of
 *   the first 1 in the remaining 64 − lgK bits (65 − lgK when all are 0).
 * - Estimator: Ertl's improved estimator ("New cardinality estimation algorithms for HyperLogLog
 *   sketches", 2017), which needs no empirical bias tables. Its σ-term over the empty registers is
 *   the small-range correction: with many empty registers it behaves as linear counting
 *   m·ln(m/V) (and so is near exact for small counts); its τ-term corrects saturated registers.
 * - Merge: register-wise max. Sketches of different lgK merge by first folding the larger one
 *   down to the smaller lgK (exact: equal to having sketched with the smaller lgK).
 * - JSON: `{ kind: 'hll', version: 1, lgK, hash, registers }`, registers base64, deterministic.
 */
import { checkHeader, checkInteger, decodeBase64, invalid, usage } from './encoding.js';
import { hashOut, murmur3Number, murmur3String } from './murmur3.js';

export const HLL_DEFAULT_LG_K = 12;
export const HLL_MIN_LG_K = 4;
export const HLL_MAX_LG_K = 21;
const HASH_ID = 'murmur3_x86_128/seed0/h1h2';

export interface HyperLogLogJSON {
  kind: 'hll';
  version: 1;
  lgK: number;
  hash: typeof HASH_ID;
  /** One byte per register, base64. */
  registers: string;
}

export interface HyperLogLogOptions {
  /** log2 of the number of registers, 4…21 (default 12). */
  lgK?: number;
}

export class HyperLogLog {
  private lg: number;
  private registers: Uint8Array;

  constructor(options: HyperLogLogOptions = {}) {
    const lgK = options.lgK ?? HLL_DEFAULT_LG_K;
    if (!Number.isInteger(lgK) || lgK < HLL_MIN_LG_K || lgK > HLL_MAX_LG_K) {
      throw usage(`HyperLogLog lgK must be an integer in [${HLL_MIN_LG_K}, ${HLL_MAX_LG_K}], got ${lgK}`);
    }
    this.lg = lgK;
    this.registers = new Uint8Array(1 << lgK);
  }

  /** log2 of the number of registers. */
  get lgK(): number {
    return this.lg;
  }

  /** Relative standard error of `estimate()`: 1.04/√m. */
  get relativeStandardError(): number {
    return 1.04 / Math.sqrt(this.registers.length);
  }

  get isEmpty(): boolean {
    return this.registers.every((r) => r === 0);
  }

  /** Empties the sketch (no value seen), keeping its lgK and its registers' memory. */
  reset(): void {
    this.registers.fill(0);
  }

  /** Adds a value (a string, or a number hashed by its binary64 bits). NaN counts as one value. */
  update(value: string | number): void {
    if (typeof value === 'string') murmur3String(value);
    else murmur3Number(value);
    this.updateLastHash();
  }

  /**
   * Adds the value whose hash `hashOut` holds (the last `murmur3String` or `murmur3Number`): for
   * a caller that hashes a value once for several sketches. The words are read here, not passed:
   * a number beyond ±2^30 passed to a call that is not inlined is allocated on the heap.
   */
  updateLastHash(): void {
    this.updateHash(hashOut[0]!, hashOut[1]!);
  }

  /** Adds a value by its 64-bit hash, given as two unsigned 32-bit halves (high, low). */
  updateHash(high: number, low: number): void {
    const p = this.lg;
    const index = high >>> (32 - p);
    const rest = high << p; // the remaining 32 − p high bits, left-aligned
    let rank: number;
    if (rest !== 0) rank = Math.clz32(rest) + 1;
    else if (low !== 0) rank = 32 - p + Math.clz32(low) + 1;
    else rank = 65 - p;
    if (rank > this.registers[index]!) this.registers[index] = rank;
  }

  /** Estimated number of distinct values. */
  estimate(): number {
    const m = this.registers.length;
    const q = 64 - this.lgK;
    const counts = new Float64Array(q + 2);
    for (const r of this.registers) counts[r]!++;
    let z = m * tau(1 - counts[q + 1]! / m);
    for (let k = q; k >= 1; k--) z = 0.5 * (z + counts[k]!);
    z += m * sigma(counts[0]! / m);
    return (m * m) / (2 * Math.LN2 * z);
  }

  /** Approximate lower bound: estimate·(1 − s·RSE), never below 0. */
  lowerBound(standardErrors = 2): number {
    return Math.max(0, this.estimate() * (1 - standardErrors * this.relativeStandardError));
  }

  upperBound(standardErrors = 2): number {
    return this.estimate() * (1 + standardErrors * this.relativeStandardError);
  }

  /** Folds `other` into this sketch (register-wise max). Unequal lgK: the result has the smaller. */
  merge(other: HyperLogLog): this {
    if (other.lgK < this.lgK) {
      this.registers = fold(this.registers, this.lgK, other.lgK);
      this.lg = other.lgK;
    }
    const theirs = other.lgK > this.lgK ? fold(other.registers, other.lgK, this.lgK) : other.registers;
    const mine = this.registers;
    for (let i = 0; i < mine.length; i++) if (theirs[i]! > mine[i]!) mine[i] = theirs[i]!;
    return this;
  }

  /** A copy with fewer registers (exactly what sketching with `lgK` would have produced). */
  downsample(lgK: number): HyperLogLog {
    if (!Number.isInteger(lgK) || lgK < HLL_MIN_LG_K || lgK > this.lgK) {
      throw usage(`can only downsample to an lgK in [${HLL_MIN_LG_K}, ${this.lgK}], got ${lgK}`);
    }
    const out = new HyperLogLog({ lgK });
    out.registers = fold(this.registers, this.lgK, lgK);
    return out;
  }

  clone(): HyperLogLog {
    const out = new HyperLogLog({ lgK: this.lgK });
    out.registers.set(this.registers);
    return out;
  }

  toJSON(): HyperLogLogJSON {
    return {
      kind: 'hll',
      version: 1,
      lgK: this.lgK,
      hash: HASH_ID,
      registers: Buffer.from(this.registers.buffer, this.registers.byteOffset, this.registers.length).toString('base64'),
    };
  }

  static fromJSON(json: unknown): HyperLogLog {
    const o = checkHeader(json, 'hll', 1);
    const lgK = checkInteger(o.lgK, 'hll.lgK', HLL_MIN_LG_K, HLL_MAX_LG_K);
    if (o.hash !== HASH_ID) throw invalid(`hll.hash ${JSON.stringify(o.hash)} is not ${HASH_ID}`);
    const bytes = decodeBase64(o.registers as string, 'hll.registers');
    if (bytes.length !== 1 << lgK) throw invalid(`hll.registers has ${bytes.length} bytes, expected ${1 << lgK}`);
    const maxRank = 65 - lgK;
    for (const r of bytes) if (r > maxRank) throw invalid(`hll register value ${r} exceeds ${maxRank}`);
    const out = new HyperLogLog({ lgK });
    out.registers.set(bytes);
    return out;
  }
}

/** Registers of a sketch with lgK `from` re-expressed with lgK `to` < `from`. */
function fold(registers: Uint8Array, from: number, to: number): Uint8Array {
  if (from === to) return registers;
  const d = from - to;
  const out = new Uint8Array(1 << to);
  const lowMask = (1 << d) - 1;
  for (let i = 0; i < registers.length; i++) {
    const r = registers[i]!;
    if (r === 0) continue;
    const dropped = i & lowMask; // these index bits now lead the remaining bits
    const rank = dropped !== 0 ? d - (32 - Math.clz32(dropped)) + 1 : d + r;
    const j = i >>> d;
    if (rank > out[j]!) out[j] = rank;
  }
  return out;
}

/** Ertl's σ(x) = x + Σ_{k≥1} x^{2^k}·2^{k−1}. */
function sigma(x: number): number {
  if (x === 1) return Infinity;
  let y = 1;
  let z = x;
  let previous: number;
  do {
    x *= x;
    previous = z;
    z += x * y;
    y += y;
  } while (z !== previous);
  return z;
}

/** Ertl's τ(x) = (1 − x − Σ_{k≥1} (1 − x^{2^−k})²·2^−k) / 3. */
function tau(x: number): number {
  if (x === 0 || x === 1) return 0;
  let y = 1;
  let z = 1 - x;
  let previous: number;
  do {
    x = Math.sqrt(x);
    previous = z;
    y *= 0.5;
    z -= (1 - x) * (1 - x) * y;
  } while (z !== previous);
  return z / 3;
}
