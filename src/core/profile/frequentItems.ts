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
 * - Memory: the counters live in a hash table of our own (open addressing, at most half full),
 *   and the values' characters in an array of their own, not in a Map of the strings given. A
 *   Map of a high-cardinality column grows and shrinks its table every C + 1 new values (~220
 *   KB of garbage per thousand rows, measured), and the strings it holds live long enough to
 *   survive V8's young-generation collections, which makes V8 grow that generation. And a
 *   string that a parser cut out of a chunk of text may be a slice that keeps the whole chunk
 *   alive: C values held could hold C chunks. Here the table only grows, to at most 4·C slots
 *   (it stays at most half full), and a value tracked takes 2 bytes a character (twice that
 *   while a purge copies them). Where a value sits depends on a salt drawn per process (crafted
 *   values cannot pile up in one place); the output never does.
 */
import { randomBytes } from 'node:crypto';
import { checkHeader, checkInteger, compareUtf8, invalid, usage } from './encoding.js';
import { hashOut, murmur3String } from './murmur3.js';

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
  /**
   * The table. Slot i, when `starts[i]` ≥ 0, tracks the value of `lengths[i]` UTF-16 code units
   * at `chars[starts[i]]`, with its count and its slot hash (`slotHash`).
   */
  private starts = emptySlots(MIN_SLOTS);
  private lengths = new Int32Array(MIN_SLOTS);
  private counts = new Float64Array(MIN_SLOTS);
  private hashes = new Int32Array(MIN_SLOTS);
  private used = 0;
  /** The tracked values' characters, one after the other, `chars[0 … charsUsed)`. */
  private chars = new Uint16Array(MIN_CHARS);
  private charsUsed = 0;
  /** Where a purge puts the survivors' characters (then the two arrays trade places). */
  private spareChars = new Uint16Array(0);
  /** Survivors of a purge, before they go back into the table (kept: a purge allocates nothing). */
  private spare = { starts: new Int32Array(0), lengths: new Int32Array(0), counts: new Float64Array(0), hashes: new Int32Array(0) };
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
    return this.used;
  }

  get isEmpty(): boolean {
    return this.total === 0;
  }

  /** Empties the sketch, as a new one of the same lgMaxK, keeping its memory. */
  reset(): void {
    this.starts.fill(EMPTY);
    this.used = 0;
    this.charsUsed = 0;
    this.total = 0;
    this.offset = 0;
  }

  update(value: string, weight = 1): void {
    murmur3String(value);
    this.updateLastHashed(value, weight);
  }

  /**
   * `update` of the value that `murmur3String` hashed last (its hash is in `hashOut`): for a
   * caller that hashes a value once for several sketches.
   */
  updateLastHashed(value: string, weight = 1): void {
    if (!Number.isInteger(weight) || weight < 0) throw usage(`frequent items weight must be a non-negative integer, got ${weight}`);
    if (weight === 0) return;
    this.total += weight;
    if (this.add(value, slotHash(hashOut[0]!, hashOut[1]!), weight) && this.used > this.maxK) this.purge();
  }

  /**
   * Folds `other` into this sketch; `other` is not changed. Sketches of any lgMaxK merge; the
   * result keeps this sketch's lgMaxK and the bound n/(C + 1) with C the smaller of the two.
   */
  merge(other: FrequentItemsSketch): this {
    if (other === this) other = FrequentItemsSketch.fromJSON(other.toJSON());
    this.total += other.total;
    this.offset += other.offset;
    for (let i = 0; i < other.starts.length; i++) if (other.starts[i]! !== EMPTY) this.add(other.valueAt(i), other.hashes[i]!, other.counts[i]!);
    if (this.used > this.maxK) this.purge();
    return this;
  }

  /** Lower bound of the true count of `value` (its tracked count, or 0). */
  lowerBound(value: string): number {
    murmur3String(value);
    const i = this.slotOf(value, slotHash(hashOut[0]!, hashOut[1]!));
    return this.starts[i]! === EMPTY ? 0 : this.counts[i]!;
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
      murmur3String(pair[0]);
      if (!sketch.add(pair[0], slotHash(hashOut[0]!, hashOut[1]!), count)) throw invalid(`frequent-items.items lists ${JSON.stringify(pair[0])} twice`);
      sum += count;
    }
    if (sum > sketch.total) throw invalid('frequent-items counts exceed n');
    return sketch;
  }

  private sortedEntries(): Array<[string, number]> {
    const entries: Array<[string, number]> = [];
    for (let i = 0; i < this.starts.length; i++) if (this.starts[i]! !== EMPTY) entries.push([this.valueAt(i), this.counts[i]!]);
    return entries.sort((a, b) => b[1] - a[1] || compareUtf8(a[0], b[0]));
  }

  /** The value tracked in slot i, as a string. */
  private valueAt(i: number): string {
    const start = this.starts[i]!;
    const end = start + this.lengths[i]!;
    let out = '';
    for (let at = start; at < end; at += STRING_PIECE) out += String.fromCharCode(...this.chars.subarray(at, Math.min(end, at + STRING_PIECE)));
    return out;
  }

  /** The slot tracking `value`, or the empty slot where it would go. */
  private slotOf(value: string, hash: number): number {
    const { starts, lengths, hashes, chars } = this;
    const mask = starts.length - 1;
    const length = value.length;
    for (let i = hash & mask; ; i = (i + 1) & mask) {
      const start = starts[i]!;
      if (start === EMPTY) return i;
      if (hashes[i] !== hash || lengths[i] !== length) continue;
      let k = 0;
      while (k < length && chars[start + k] === value.charCodeAt(k)) k++;
      if (k === length) return i;
    }
  }

  /** Adds `weight` to the count of `value`; true when it was not tracked (a new counter). */
  private add(value: string, hash: number, weight: number): boolean {
    let i = this.slotOf(value, hash);
    if (this.starts[i]! !== EMPTY) {
      this.counts[i] = this.counts[i]! + weight;
      return false;
    }
    if (2 * (this.used + 1) > this.starts.length) {
      this.resize(2 * this.starts.length);
      i = this.slotOf(value, hash);
    }
    const length = value.length;
    if (this.charsUsed + length > this.chars.length) {
      const grown = new Uint16Array(Math.max(this.charsUsed + length, 2 * this.chars.length));
      grown.set(this.chars.subarray(0, this.charsUsed));
      this.chars = grown;
    }
    const start = this.charsUsed;
    for (let k = 0; k < length; k++) this.chars[start + k] = value.charCodeAt(k);
    this.charsUsed += length;
    this.place(i, start, length, weight, hash);
    return true;
  }

  private place(i: number, start: number, length: number, count: number, hash: number): void {
    this.starts[i] = start;
    this.lengths[i] = length;
    this.counts[i] = count;
    this.hashes[i] = hash;
    this.used++;
  }

  /** The empty slot where a value of slot hash `hash`, known to be untracked, goes. */
  private freeSlot(hash: number): number {
    const mask = this.starts.length - 1;
    let i = hash & mask;
    while (this.starts[i]! !== EMPTY) i = (i + 1) & mask;
    return i;
  }

  /** Moves every counter into a table of `slots` slots (a power of two); the characters stay. */
  private resize(slots: number): void {
    const { starts, lengths, counts, hashes } = this;
    this.starts = emptySlots(slots);
    this.lengths = new Int32Array(slots);
    this.counts = new Float64Array(slots);
    this.hashes = new Int32Array(slots);
    this.used = 0;
    for (let i = 0; i < starts.length; i++) {
      if (starts[i]! !== EMPTY) this.place(this.freeSlot(hashes[i]!), starts[i]!, lengths[i]!, counts[i]!, hashes[i]!);
    }
  }

  /** Subtracts the (C + 1)-th largest count from every counter and drops the non-positive. */
  private purge(): void {
    const { starts, lengths, counts, hashes, chars } = this;
    let c = Infinity;
    if (this.used === this.maxK + 1) {
      for (let i = 0; i < starts.length; i++) if (starts[i]! !== EMPTY && counts[i]! < c) c = counts[i]!;
    } else {
      const sorted = new Float64Array(this.used);
      let n = 0;
      for (let i = 0; i < starts.length; i++) if (starts[i]! !== EMPTY) sorted[n++] = counts[i]!;
      sorted.sort();
      c = sorted[sorted.length - 1 - this.maxK]!;
    }
    // The survivors, aside, their characters copied one after the other; then the table emptied
    // and the survivors put back.
    const spare = this.spare;
    if (spare.counts.length < this.used) {
      spare.starts = new Int32Array(this.used);
      spare.lengths = new Int32Array(this.used);
      spare.counts = new Float64Array(this.used);
      spare.hashes = new Int32Array(this.used);
    }
    if (this.spareChars.length < this.charsUsed) this.spareChars = new Uint16Array(this.chars.length);
    const to = this.spareChars;
    let n = 0;
    let charsUsed = 0;
    for (let i = 0; i < starts.length; i++) {
      const start = starts[i]!;
      if (start === EMPTY) continue;
      starts[i] = EMPTY;
      if (counts[i]! <= c) continue;
      const length = lengths[i]!;
      to.set(chars.subarray(start, start + length), charsUsed);
      spare.starts[n] = charsUsed;
      spare.lengths[n] = length;
      spare.counts[n] = counts[i]! - c;
      spare.hashes[n++] = hashes[i]!;
      charsUsed += length;
    }
    this.spareChars = chars;
    this.chars = to;
    this.charsUsed = charsUsed;
    this.used = 0;
    for (let j = 0; j < n; j++) this.place(this.freeSlot(spare.hashes[j]!), spare.starts[j]!, spare.lengths[j]!, spare.counts[j]!, spare.hashes[j]!);
    this.offset += c;
  }
}

const EMPTY = -1;
const MIN_SLOTS = 16;
const MIN_CHARS = 64;
/** Characters per `String.fromCharCode` call (its arguments go on the stack). */
const STRING_PIECE = 4096;

const emptySlots = (slots: number): Int32Array => new Int32Array(slots).fill(EMPTY);

/** Salt of the slot hash, drawn once per process: it decides where values sit, never what comes out. */
const salt = randomBytes(8);
const SALT1 = salt.readInt32LE(0);
const SALT2 = salt.readInt32LE(4);

/** A value's slot hash: both 32-bit words of its MurmurHash3 mixed with the salt (MurmurHash3's finalizer). */
function slotHash(h1: number, h2: number): number {
  let h = (h1 ^ SALT1) + Math.imul(h2 ^ SALT2, 0x9e3779b1);
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  return h ^ (h >>> 16);
}
