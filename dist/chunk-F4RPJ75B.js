import { createRequire as __mbCreateRequire } from 'node:module';
import { fileURLToPath as __mbFileURLToPath } from 'node:url';
import { dirname as __mbDirname } from 'node:path';
const require = __mbCreateRequire(import.meta.url);
const __mbFilename = __mbFileURLToPath(import.meta.url);
const __mbDirnameValue = __mbDirname(__mbFilename);
import {
  BOOLEAN_TEXT,
  MISSING,
  NUMBER_TEXT
} from "./chunk-FT5MJEK3.js";
import {
  compareBytes
} from "./chunk-RIGD5S4O.js";
import {
  ModelBuildError
} from "./chunk-J3ZPWLJ2.js";

// src/core/profile/frequentItems.ts
import { randomBytes } from "node:crypto";

// src/core/profile/encoding.ts
function encodeFloat64s(values) {
  const bytes = Buffer.alloc(values.length * 8);
  for (let i = 0; i < values.length; i++) bytes.writeDoubleLE(values[i], i * 8);
  return bytes.toString("base64");
}
function decodeFloat64s(text, what) {
  const bytes = decodeBase64(text, what);
  if (bytes.length % 8 !== 0) throw invalid(`${what}: ${bytes.length} bytes is not a whole number of float64 values`);
  const out = new Float64Array(bytes.length / 8);
  for (let i = 0; i < out.length; i++) out[i] = bytes.readDoubleLE(i * 8);
  return out;
}
function decodeBase64(text, what) {
  if (typeof text !== "string" || !/^[A-Za-z0-9+/]*={0,2}$/.test(text) || text.length % 4 !== 0) {
    throw invalid(`${what} is not base64`);
  }
  return Buffer.from(text, "base64");
}
function encodeNumber(x) {
  if (x === void 0 || Number.isNaN(x)) return null;
  if (x === Infinity) return "Infinity";
  if (x === -Infinity) return "-Infinity";
  return x;
}
function decodeNumber(x, what) {
  if (x === null) return void 0;
  if (x === "Infinity") return Infinity;
  if (x === "-Infinity") return -Infinity;
  if (typeof x === "number" && Number.isFinite(x)) return x;
  throw invalid(`${what} is not a number`);
}
function compareUtf8(a, b) {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    let x = a.charCodeAt(i);
    let y = b.charCodeAt(i);
    if (x === y) continue;
    if (x >= 55296) x = x >= 57344 ? x - 2048 : x + 8192;
    if (y >= 55296) y = y >= 57344 ? y - 2048 : y + 8192;
    return x - y;
  }
  return a.length - b.length;
}
function invalid(message) {
  return new ModelBuildError("PACKAGE_INVALID", `invalid sketch: ${message}`, {
    hint: "the profile was written by an incompatible version or was modified; rebuild the profile"
  });
}
function usage(message, hint) {
  return new ModelBuildError("USAGE", message, hint === void 0 ? {} : { hint });
}
function isObject(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
function checkInteger(value, what, min, max) {
  if (typeof value !== "number" || !Number.isInteger(value) || value < min || value > max) {
    throw invalid(`${what} must be an integer in [${min}, ${max}]`);
  }
  return value;
}
function checkHeader(json, kind, version) {
  if (!isObject(json)) throw invalid(`expected a ${kind} sketch object`);
  if (json.kind !== kind) throw invalid(`expected kind "${kind}", found ${JSON.stringify(json.kind)}`);
  if (json.version !== version) {
    throw invalid(`${kind} sketch version ${JSON.stringify(json.version)} is not supported (expected ${version})`);
  }
  return json;
}

// src/core/profile/murmur3.ts
var hashOut = new Uint32Array(4);
var scratch = new Uint8Array(256);
var encoder = new TextEncoder();
function encodeUtf8(text) {
  if (scratch.length < text.length * 3) scratch = new Uint8Array(text.length * 3 + 64);
  return encoder.encodeInto(text, scratch).written;
}
var ASCII_COPY = 64;
function murmur3String(text, seed = 0) {
  const n = text.length;
  if (n <= ASCII_COPY) {
    const bytes = scratch;
    let i = 0;
    for (; i < n; i++) {
      const c = text.charCodeAt(i);
      if (c > 127) break;
      bytes[i] = c;
    }
    if (i === n) return murmur3Bytes(bytes, seed, n);
  }
  const length = encodeUtf8(text);
  murmur3Bytes(scratch, seed, length);
}
var numberBytes = new Uint8Array(8);
var numberView = new DataView(numberBytes.buffer);
function murmur3Number(x, seed = 0) {
  numberView.setFloat64(0, x === 0 ? 0 : Number.isNaN(x) ? NaN : x, true);
  murmur3Bytes(numberBytes, seed);
}
var C1 = 597399067;
var C2 = 2869860233;
var C3 = 951274213;
var C4 = 2716044179;
var rotl = (x, r) => x << r | x >>> 32 - r;
function fmix(h) {
  h ^= h >>> 16;
  h = Math.imul(h, 2246822507);
  h ^= h >>> 13;
  h = Math.imul(h, 3266489909);
  return h ^ h >>> 16;
}
function murmur3Bytes(bytes, seed = 0, len = bytes.length) {
  let h1 = seed | 0;
  let h2 = h1;
  let h3 = h1;
  let h4 = h1;
  const blocks = len & ~15;
  for (let i = 0; i < blocks; i += 16) {
    let k1 = bytes[i] | bytes[i + 1] << 8 | bytes[i + 2] << 16 | bytes[i + 3] << 24;
    let k2 = bytes[i + 4] | bytes[i + 5] << 8 | bytes[i + 6] << 16 | bytes[i + 7] << 24;
    let k3 = bytes[i + 8] | bytes[i + 9] << 8 | bytes[i + 10] << 16 | bytes[i + 11] << 24;
    let k4 = bytes[i + 12] | bytes[i + 13] << 8 | bytes[i + 14] << 16 | bytes[i + 15] << 24;
    k1 = Math.imul(rotl(Math.imul(k1, C1), 15), C2);
    h1 ^= k1;
    h1 = rotl(h1, 19) + h2;
    h1 = Math.imul(h1, 5) + 1444728091 | 0;
    k2 = Math.imul(rotl(Math.imul(k2, C2), 16), C3);
    h2 ^= k2;
    h2 = rotl(h2, 17) + h3;
    h2 = Math.imul(h2, 5) + 197830471 | 0;
    k3 = Math.imul(rotl(Math.imul(k3, C3), 17), C4);
    h3 ^= k3;
    h3 = rotl(h3, 15) + h4;
    h3 = Math.imul(h3, 5) + 2530024501 | 0;
    k4 = Math.imul(rotl(Math.imul(k4, C4), 18), C1);
    h4 ^= k4;
    h4 = rotl(h4, 13) + h1;
    h4 = Math.imul(h4, 5) + 850148119 | 0;
  }
  const tail = len & 15;
  if (tail > 0) {
    let k1 = 0;
    let k2 = 0;
    let k3 = 0;
    let k4 = 0;
    for (let i = 0; i < tail; i++) {
      const b = bytes[blocks + i] << (i & 3) * 8;
      if (i < 4) k1 |= b;
      else if (i < 8) k2 |= b;
      else if (i < 12) k3 |= b;
      else k4 |= b;
    }
    if (tail > 12) h4 ^= Math.imul(rotl(Math.imul(k4, C4), 18), C1);
    if (tail > 8) h3 ^= Math.imul(rotl(Math.imul(k3, C3), 17), C4);
    if (tail > 4) h2 ^= Math.imul(rotl(Math.imul(k2, C2), 16), C3);
    h1 ^= Math.imul(rotl(Math.imul(k1, C1), 15), C2);
  }
  h1 ^= len;
  h2 ^= len;
  h3 ^= len;
  h4 ^= len;
  h1 = h1 + h2 + h3 + h4 | 0;
  h2 = h2 + h1 | 0;
  h3 = h3 + h1 | 0;
  h4 = h4 + h1 | 0;
  h1 = fmix(h1);
  h2 = fmix(h2);
  h3 = fmix(h3);
  h4 = fmix(h4);
  h1 = h1 + h2 + h3 + h4 | 0;
  h2 = h2 + h1 | 0;
  h3 = h3 + h1 | 0;
  h4 = h4 + h1 | 0;
  hashOut[0] = h1;
  hashOut[1] = h2;
  hashOut[2] = h3;
  hashOut[3] = h4;
}

// src/core/profile/frequentItems.ts
var FREQUENT_ITEMS_DEFAULT_LG_MAX_K = 10;
var MAX_SAFE = Number.MAX_SAFE_INTEGER;
var FrequentItemsSketch = class _FrequentItemsSketch {
  lgMaxK;
  /** Most values tracked at once. */
  maxK;
  /**
   * The table. Slot i, when `starts[i]` ≥ 0, tracks the value of `lengths[i]` UTF-16 code units
   * at `chars[starts[i]]`, with its count and its slot hash (`slotHash`).
   */
  starts = emptySlots(MIN_SLOTS);
  lengths = new Int32Array(MIN_SLOTS);
  counts = new Float64Array(MIN_SLOTS);
  hashes = new Int32Array(MIN_SLOTS);
  used = 0;
  /** The tracked values' characters, one after the other, `chars[0 … charsUsed)`. */
  chars = new Uint16Array(MIN_CHARS);
  charsUsed = 0;
  /** Where a purge puts the survivors' characters (then the two arrays trade places). */
  spareChars = new Uint16Array(0);
  /** Survivors of a purge, before they go back into the table (kept: a purge allocates nothing). */
  spare = { starts: new Int32Array(0), lengths: new Int32Array(0), counts: new Float64Array(0), hashes: new Int32Array(0) };
  total = 0;
  offset = 0;
  constructor(options = {}) {
    const lgMaxK = options.lgMaxK ?? FREQUENT_ITEMS_DEFAULT_LG_MAX_K;
    if (!Number.isInteger(lgMaxK) || lgMaxK < 3 || lgMaxK > 20) {
      throw usage(`frequent items lgMaxK must be an integer in [3, 20], got ${lgMaxK}`);
    }
    this.lgMaxK = lgMaxK;
    this.maxK = 2 ** lgMaxK;
  }
  /** Total weight seen. */
  get n() {
    return this.total;
  }
  /** Bound on the under-count of any value (0 while the sketch is exact). */
  get maximumError() {
    return this.offset;
  }
  /** Number of values currently tracked. */
  get size() {
    return this.used;
  }
  get isEmpty() {
    return this.total === 0;
  }
  /** Empties the sketch, as a new one of the same lgMaxK, keeping its memory. */
  reset() {
    this.starts.fill(EMPTY);
    this.used = 0;
    this.charsUsed = 0;
    this.total = 0;
    this.offset = 0;
  }
  update(value, weight = 1) {
    murmur3String(value);
    this.updateLastHashed(value, weight);
  }
  /**
   * `update` of the value that `murmur3String` hashed last (its hash is in `hashOut`): for a
   * caller that hashes a value once for several sketches.
   */
  updateLastHashed(value, weight = 1) {
    if (!Number.isInteger(weight) || weight < 0) throw usage(`frequent items weight must be a non-negative integer, got ${weight}`);
    if (weight === 0) return;
    this.total += weight;
    if (this.add(value, slotHash(hashOut[0], hashOut[1]), weight) && this.used > this.maxK) this.purge();
  }
  /**
   * Folds `other` into this sketch; `other` is not changed. Sketches of any lgMaxK merge; the
   * result keeps this sketch's lgMaxK and the bound n/(C + 1) with C the smaller of the two.
   */
  merge(other) {
    if (other === this) other = _FrequentItemsSketch.fromJSON(other.toJSON());
    this.total += other.total;
    this.offset += other.offset;
    for (let i = 0; i < other.starts.length; i++) if (other.starts[i] !== EMPTY) this.add(other.valueAt(i), other.hashes[i], other.counts[i]);
    if (this.used > this.maxK) this.purge();
    return this;
  }
  /** Lower bound of the true count of `value` (its tracked count, or 0). */
  lowerBound(value) {
    murmur3String(value);
    const i = this.slotOf(value, slotHash(hashOut[0], hashOut[1]));
    return this.starts[i] === EMPTY ? 0 : this.counts[i];
  }
  upperBound(value) {
    return this.lowerBound(value) + this.offset;
  }
  estimate(value) {
    return this.lowerBound(value);
  }
  /** Tracked values, count descending then value by UTF-8 bytes; the first `limit` when given. */
  items(limit) {
    const entries = this.sortedEntries();
    const picked = limit === void 0 ? entries : entries.slice(0, Math.max(0, limit));
    return picked.map(([value, count]) => ({ value, estimate: count, lowerBound: count, upperBound: count + this.offset }));
  }
  /**
   * Values whose true count certainly exceeds `threshold` (lower bound > threshold: no false
   * positives), in `items()` order.
   */
  frequentAbove(threshold) {
    return this.items().filter((item) => item.lowerBound > threshold);
  }
  toJSON() {
    return {
      kind: "frequent-items",
      version: 1,
      lgMaxK: this.lgMaxK,
      n: this.total,
      maximumError: this.offset,
      items: this.sortedEntries()
    };
  }
  static fromJSON(json) {
    const o = checkHeader(json, "frequent-items", 1);
    const sketch = new _FrequentItemsSketch({ lgMaxK: checkInteger(o.lgMaxK, "frequent-items.lgMaxK", 3, 20) });
    sketch.total = checkInteger(o.n, "frequent-items.n", 0, MAX_SAFE);
    sketch.offset = checkInteger(o.maximumError, "frequent-items.maximumError", 0, MAX_SAFE);
    if (!Array.isArray(o.items) || o.items.length > sketch.maxK) throw invalid("frequent-items.items must be an array of at most 2^lgMaxK pairs");
    let sum = 0;
    for (const pair of o.items) {
      if (!Array.isArray(pair) || pair.length !== 2 || typeof pair[0] !== "string") throw invalid("frequent-items.items holds a malformed pair");
      const count = checkInteger(pair[1], "frequent-items count", 1, MAX_SAFE);
      murmur3String(pair[0]);
      if (!sketch.add(pair[0], slotHash(hashOut[0], hashOut[1]), count)) throw invalid(`frequent-items.items lists ${JSON.stringify(pair[0])} twice`);
      sum += count;
    }
    if (sum > sketch.total) throw invalid("frequent-items counts exceed n");
    return sketch;
  }
  sortedEntries() {
    const entries = [];
    for (let i = 0; i < this.starts.length; i++) if (this.starts[i] !== EMPTY) entries.push([this.valueAt(i), this.counts[i]]);
    return entries.sort((a, b) => b[1] - a[1] || compareUtf8(a[0], b[0]));
  }
  /** The value tracked in slot i, as a string. */
  valueAt(i) {
    const start = this.starts[i];
    const end = start + this.lengths[i];
    let out = "";
    for (let at = start; at < end; at += STRING_PIECE) out += String.fromCharCode(...this.chars.subarray(at, Math.min(end, at + STRING_PIECE)));
    return out;
  }
  /** The slot tracking `value`, or the empty slot where it would go. */
  slotOf(value, hash) {
    const { starts, lengths, hashes, chars } = this;
    const mask = starts.length - 1;
    const length = value.length;
    for (let i = hash & mask; ; i = i + 1 & mask) {
      const start = starts[i];
      if (start === EMPTY) return i;
      if (hashes[i] !== hash || lengths[i] !== length) continue;
      let k = 0;
      while (k < length && chars[start + k] === value.charCodeAt(k)) k++;
      if (k === length) return i;
    }
  }
  /** Adds `weight` to the count of `value`; true when it was not tracked (a new counter). */
  add(value, hash, weight) {
    let i = this.slotOf(value, hash);
    if (this.starts[i] !== EMPTY) {
      this.counts[i] = this.counts[i] + weight;
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
  place(i, start, length, count, hash) {
    this.starts[i] = start;
    this.lengths[i] = length;
    this.counts[i] = count;
    this.hashes[i] = hash;
    this.used++;
  }
  /** The empty slot where a value of slot hash `hash`, known to be untracked, goes. */
  freeSlot(hash) {
    const mask = this.starts.length - 1;
    let i = hash & mask;
    while (this.starts[i] !== EMPTY) i = i + 1 & mask;
    return i;
  }
  /** Moves every counter into a table of `slots` slots (a power of two); the characters stay. */
  resize(slots) {
    const { starts, lengths, counts, hashes } = this;
    this.starts = emptySlots(slots);
    this.lengths = new Int32Array(slots);
    this.counts = new Float64Array(slots);
    this.hashes = new Int32Array(slots);
    this.used = 0;
    for (let i = 0; i < starts.length; i++) {
      if (starts[i] !== EMPTY) this.place(this.freeSlot(hashes[i]), starts[i], lengths[i], counts[i], hashes[i]);
    }
  }
  /** Subtracts the (C + 1)-th largest count from every counter and drops the non-positive. */
  purge() {
    const { starts, lengths, counts, hashes, chars } = this;
    let c = Infinity;
    if (this.used === this.maxK + 1) {
      for (let i = 0; i < starts.length; i++) if (starts[i] !== EMPTY && counts[i] < c) c = counts[i];
    } else {
      const sorted = new Float64Array(this.used);
      let n2 = 0;
      for (let i = 0; i < starts.length; i++) if (starts[i] !== EMPTY) sorted[n2++] = counts[i];
      sorted.sort();
      c = sorted[sorted.length - 1 - this.maxK];
    }
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
      const start = starts[i];
      if (start === EMPTY) continue;
      starts[i] = EMPTY;
      if (counts[i] <= c) continue;
      const length = lengths[i];
      to.set(chars.subarray(start, start + length), charsUsed);
      spare.starts[n] = charsUsed;
      spare.lengths[n] = length;
      spare.counts[n] = counts[i] - c;
      spare.hashes[n++] = hashes[i];
      charsUsed += length;
    }
    this.spareChars = chars;
    this.chars = to;
    this.charsUsed = charsUsed;
    this.used = 0;
    for (let j = 0; j < n; j++) this.place(this.freeSlot(spare.hashes[j]), spare.starts[j], spare.lengths[j], spare.counts[j], spare.hashes[j]);
    this.offset += c;
  }
};
var EMPTY = -1;
var MIN_SLOTS = 16;
var MIN_CHARS = 64;
var STRING_PIECE = 4096;
var emptySlots = (slots) => new Int32Array(slots).fill(EMPTY);
var salt = randomBytes(8);
var SALT1 = salt.readInt32LE(0);
var SALT2 = salt.readInt32LE(4);
function slotHash(h1, h2) {
  let h = (h1 ^ SALT1) + Math.imul(h2 ^ SALT2, 2654435761);
  h ^= h >>> 16;
  h = Math.imul(h, 2246822507);
  h ^= h >>> 13;
  h = Math.imul(h, 3266489909);
  return h ^ h >>> 16;
}

// src/core/profile/hyperLogLog.ts
var HLL_DEFAULT_LG_K = 12;
var HLL_MIN_LG_K = 4;
var HLL_MAX_LG_K = 21;
var HASH_ID = "murmur3_x86_128/seed0/h1h2";
var HyperLogLog = class _HyperLogLog {
  lg;
  registers;
  constructor(options = {}) {
    const lgK = options.lgK ?? HLL_DEFAULT_LG_K;
    if (!Number.isInteger(lgK) || lgK < HLL_MIN_LG_K || lgK > HLL_MAX_LG_K) {
      throw usage(`HyperLogLog lgK must be an integer in [${HLL_MIN_LG_K}, ${HLL_MAX_LG_K}], got ${lgK}`);
    }
    this.lg = lgK;
    this.registers = new Uint8Array(1 << lgK);
  }
  /** log2 of the number of registers. */
  get lgK() {
    return this.lg;
  }
  /** Relative standard error of `estimate()`: 1.04/√m. */
  get relativeStandardError() {
    return 1.04 / Math.sqrt(this.registers.length);
  }
  get isEmpty() {
    return this.registers.every((r) => r === 0);
  }
  /** Empties the sketch (no value seen), keeping its lgK and its registers' memory. */
  reset() {
    this.registers.fill(0);
  }
  /** Adds a value (a string, or a number hashed by its binary64 bits). NaN counts as one value. */
  update(value) {
    if (typeof value === "string") murmur3String(value);
    else murmur3Number(value);
    this.updateLastHash();
  }
  /**
   * Adds the value whose hash `hashOut` holds (the last `murmur3String` or `murmur3Number`): for
   * a caller that hashes a value once for several sketches. The words are read here, not passed:
   * a number beyond ±2^30 passed to a call that is not inlined is allocated on the heap.
   */
  updateLastHash() {
    this.updateHash(hashOut[0], hashOut[1]);
  }
  /** Adds a value by its 64-bit hash, given as two unsigned 32-bit halves (high, low). */
  updateHash(high, low) {
    const p = this.lg;
    const index = high >>> 32 - p;
    const rest = high << p;
    let rank;
    if (rest !== 0) rank = Math.clz32(rest) + 1;
    else if (low !== 0) rank = 32 - p + Math.clz32(low) + 1;
    else rank = 65 - p;
    if (rank > this.registers[index]) this.registers[index] = rank;
  }
  /** Estimated number of distinct values. */
  estimate() {
    const m = this.registers.length;
    const q = 64 - this.lgK;
    const counts = new Float64Array(q + 2);
    for (const r of this.registers) counts[r]++;
    let z = m * tau(1 - counts[q + 1] / m);
    for (let k = q; k >= 1; k--) z = 0.5 * (z + counts[k]);
    z += m * sigma(counts[0] / m);
    return m * m / (2 * Math.LN2 * z);
  }
  /** Approximate lower bound: estimate·(1 − s·RSE), never below 0. */
  lowerBound(standardErrors = 2) {
    return Math.max(0, this.estimate() * (1 - standardErrors * this.relativeStandardError));
  }
  upperBound(standardErrors = 2) {
    return this.estimate() * (1 + standardErrors * this.relativeStandardError);
  }
  /** Folds `other` into this sketch (register-wise max). Unequal lgK: the result has the smaller. */
  merge(other) {
    if (other.lgK < this.lgK) {
      this.registers = fold(this.registers, this.lgK, other.lgK);
      this.lg = other.lgK;
    }
    const theirs = other.lgK > this.lgK ? fold(other.registers, other.lgK, this.lgK) : other.registers;
    const mine = this.registers;
    for (let i = 0; i < mine.length; i++) if (theirs[i] > mine[i]) mine[i] = theirs[i];
    return this;
  }
  /** A copy with fewer registers (exactly what sketching with `lgK` would have produced). */
  downsample(lgK) {
    if (!Number.isInteger(lgK) || lgK < HLL_MIN_LG_K || lgK > this.lgK) {
      throw usage(`can only downsample to an lgK in [${HLL_MIN_LG_K}, ${this.lgK}], got ${lgK}`);
    }
    const out = new _HyperLogLog({ lgK });
    out.registers = fold(this.registers, this.lgK, lgK);
    return out;
  }
  clone() {
    const out = new _HyperLogLog({ lgK: this.lgK });
    out.registers.set(this.registers);
    return out;
  }
  toJSON() {
    return {
      kind: "hll",
      version: 1,
      lgK: this.lgK,
      hash: HASH_ID,
      registers: Buffer.from(this.registers.buffer, this.registers.byteOffset, this.registers.length).toString("base64")
    };
  }
  static fromJSON(json) {
    const o = checkHeader(json, "hll", 1);
    const lgK = checkInteger(o.lgK, "hll.lgK", HLL_MIN_LG_K, HLL_MAX_LG_K);
    if (o.hash !== HASH_ID) throw invalid(`hll.hash ${JSON.stringify(o.hash)} is not ${HASH_ID}`);
    const bytes = decodeBase64(o.registers, "hll.registers");
    if (bytes.length !== 1 << lgK) throw invalid(`hll.registers has ${bytes.length} bytes, expected ${1 << lgK}`);
    const maxRank = 65 - lgK;
    for (const r of bytes) if (r > maxRank) throw invalid(`hll register value ${r} exceeds ${maxRank}`);
    const out = new _HyperLogLog({ lgK });
    out.registers.set(bytes);
    return out;
  }
};
function fold(registers, from, to) {
  if (from === to) return registers;
  const d = from - to;
  const out = new Uint8Array(1 << to);
  const lowMask = (1 << d) - 1;
  for (let i = 0; i < registers.length; i++) {
    const r = registers[i];
    if (r === 0) continue;
    const dropped = i & lowMask;
    const rank = dropped !== 0 ? d - (32 - Math.clz32(dropped)) + 1 : d + r;
    const j = i >>> d;
    if (rank > out[j]) out[j] = rank;
  }
  return out;
}
function sigma(x) {
  if (x === 1) return Infinity;
  let y = 1;
  let z = x;
  let previous;
  do {
    x *= x;
    previous = z;
    z += x * y;
    y += y;
  } while (z !== previous);
  return z;
}
function tau(x) {
  if (x === 0 || x === 1) return 0;
  let y = 1;
  let z = 1 - x;
  let previous;
  do {
    x = Math.sqrt(x);
    previous = z;
    y *= 0.5;
    z -= (1 - x) * (1 - x) * y;
  } while (z !== previous);
  return z / 3;
}

// src/core/profile/seeded.ts
function streamUint32(seed, index) {
  const start = seed >>> 0 || 2654435769;
  let t = start + Math.imul(index + 1, 1831565813) >>> 0;
  t = Math.imul(t ^ t >>> 15, t | 1);
  t ^= t + Math.imul(t ^ t >>> 7, t | 61);
  return (t ^ t >>> 14) >>> 0;
}

// src/core/profile/kll.ts
var KLL_DEFAULT_K = 200;
var KLL_MIN_K = 8;
var KLL_MAX_K = 65535;
var KLL_DEFAULT_SEED = 1802267697;
var MIN_LEVEL_CAPACITY = 8;
var MAX_SAFE_COUNT = Number.MAX_SAFE_INTEGER;
function kllRankError(k) {
  return 2.446 / Math.pow(k, 0.9433);
}
var KllSketch = class _KllSketch {
  k;
  coinSeed;
  draws = 0;
  count = 0;
  nanCount = 0;
  low = Infinity;
  high = -Infinity;
  /** Level 0 in arrival order: `buffer0[0 … size0)`. */
  buffer0 = new Float64Array(16);
  size0 = 0;
  /**
   * `upper[h − 1][0 … upperSize[h − 1])` is level h, sorted ascending. The buffers are kept and
   * merged into in place: a compaction allocates nothing once they have reached their capacity.
   */
  upper = [];
  upperSize = [];
  /** Level buffers of before the last `reset`, for levels to come. */
  spareLevels = [];
  retainedCount = 0;
  capacities = [];
  totalCapacity = 0;
  view;
  constructor(options = {}) {
    const k = options.k ?? KLL_DEFAULT_K;
    if (!Number.isInteger(k) || k < KLL_MIN_K || k > KLL_MAX_K) {
      throw usage(`KLL k must be an integer in [${KLL_MIN_K}, ${KLL_MAX_K}], got ${k}`);
    }
    this.k = k;
    this.coinSeed = checkSeed(options.seed ?? KLL_DEFAULT_SEED);
    this.updateCapacities();
  }
  /** Seed of the compaction coin flips. */
  get seed() {
    return this.coinSeed;
  }
  /**
   * Empties the sketch, as `new KllSketch({ k, seed })` would be, but keeps its buffers: a
   * thread that sketches one range after another allocates them once.
   */
  reset(seed = KLL_DEFAULT_SEED) {
    this.coinSeed = checkSeed(seed);
    this.draws = 0;
    this.count = 0;
    this.nanCount = 0;
    this.low = Infinity;
    this.high = -Infinity;
    this.size0 = 0;
    this.spareLevels.push(...this.upper);
    this.upper.length = 0;
    this.upperSize.length = 0;
    this.retainedCount = 0;
    this.view = void 0;
    this.updateCapacities();
  }
  /** Number of values summarized (NaN excluded). */
  get n() {
    return this.count;
  }
  /** Number of NaN values seen (not ranked). */
  get nans() {
    return this.nanCount;
  }
  /** Smallest value seen, or NaN when empty. */
  get min() {
    return this.count === 0 ? NaN : this.low;
  }
  /** Largest value seen, or NaN when empty. */
  get max() {
    return this.count === 0 ? NaN : this.high;
  }
  get isEmpty() {
    return this.count === 0;
  }
  /** Number of values the sketch keeps. */
  get retained() {
    return this.retainedCount;
  }
  /** Whether any compaction happened (otherwise all answers are exact). */
  get isEstimationMode() {
    return this.upper.length > 0;
  }
  /** The documented normalized rank error bound ε(k). */
  get rankError() {
    return kllRankError(this.k);
  }
  update(x) {
    if (x !== x) {
      this.nanCount++;
      return;
    }
    if (x === 0) x = 0;
    if (x < this.low) this.low = x;
    if (x > this.high) this.high = x;
    this.count++;
    if (this.size0 === this.buffer0.length) this.growLevel0(this.size0 + 1);
    this.buffer0[this.size0++] = x;
    this.retainedCount++;
    this.view = void 0;
    if (this.retainedCount > this.totalCapacity) this.compress();
  }
  /** Adds every value of an array (same as calling `update` on each, in order). */
  updateAll(values) {
    for (let i = 0; i < values.length; i++) this.update(values[i]);
  }
  /** Folds `other` into this sketch. Both must have the same k; `other` is not changed. */
  merge(other) {
    if (other.k !== this.k) {
      throw usage(`cannot merge KLL sketches with k ${this.k} and ${other.k}`, "build both profiles with the same k");
    }
    if (other === this) other = other.clone();
    this.nanCount += other.nanCount;
    if (other.count === 0) return this;
    if (this.count + other.count > MAX_SAFE_COUNT) throw usage("KLL sketch count would exceed 2^53");
    this.growLevel0(this.size0 + other.size0);
    this.buffer0.set(other.buffer0.subarray(0, other.size0), this.size0);
    this.size0 += other.size0;
    while (this.upper.length < other.upper.length) this.addLevel();
    for (let h = 0; h < other.upper.length; h++) {
      const size = other.upperSize[h];
      this.mergeIntoLevel(h, other.upper[h], 0, 1, size);
    }
    this.count += other.count;
    this.retainedCount += other.retainedCount;
    if (other.low < this.low) this.low = other.low;
    if (other.high > this.high) this.high = other.high;
    this.view = void 0;
    this.updateCapacities();
    this.compress();
    return this;
  }
  /** Estimated fraction of values ≤ x (0 when empty). */
  cdf(x) {
    if (this.count === 0) return 0;
    const { values, cumulative } = this.sortedView();
    const i = upperBound(values, x);
    return i === 0 ? 0 : cumulative[i - 1] / this.count;
  }
  /** Estimated fraction of values < x (0 when empty). */
  rank(x) {
    if (this.count === 0) return 0;
    const { values, cumulative } = this.sortedView();
    const i = lowerBound(values, x);
    return i === 0 ? 0 : cumulative[i - 1] / this.count;
  }
  /** The value at normalized rank q ∈ [0, 1]; NaN when empty. */
  quantile(q) {
    if (!(q >= 0 && q <= 1)) throw usage(`quantile rank must be in [0, 1], got ${q}`);
    if (this.count === 0) return NaN;
    if (q === 0) return this.low;
    if (q === 1) return this.high;
    const { values, cumulative } = this.sortedView();
    const target = q * this.count;
    let lo = 0;
    let hi = values.length - 1;
    while (lo < hi) {
      const mid = lo + hi >>> 1;
      if (cumulative[mid] >= target) hi = mid;
      else lo = mid + 1;
    }
    return values[lo];
  }
  quantiles(qs) {
    return qs.map((q) => this.quantile(q));
  }
  /** Retained values, ascending, with cumulative weights. Cached until the next change: do not modify. */
  sortedView() {
    if (this.view) return this.view;
    let values = this.buffer0.slice(0, this.size0).sort();
    let weights = new Float64Array(values.length).fill(1);
    for (let h = 0; h < this.upper.length; h++) {
      const level = this.upper[h].subarray(0, this.upperSize[h]);
      if (level.length === 0) continue;
      const w = 2 ** (h + 1);
      const mergedValues = new Float64Array(values.length + level.length);
      const mergedWeights = new Float64Array(mergedValues.length);
      let i = 0;
      let j = 0;
      let o = 0;
      while (i < values.length && j < level.length) {
        if (values[i] <= level[j]) {
          mergedValues[o] = values[i];
          mergedWeights[o++] = weights[i++];
        } else {
          mergedValues[o] = level[j++];
          mergedWeights[o++] = w;
        }
      }
      while (i < values.length) {
        mergedValues[o] = values[i];
        mergedWeights[o++] = weights[i++];
      }
      while (j < level.length) {
        mergedValues[o] = level[j++];
        mergedWeights[o++] = w;
      }
      values = mergedValues;
      weights = mergedWeights;
    }
    let sum = 0;
    for (let i = 0; i < weights.length; i++) weights[i] = sum += weights[i];
    this.view = { values, cumulative: weights, n: this.count };
    return this.view;
  }
  clone() {
    return _KllSketch.fromJSON(this.toJSON());
  }
  toJSON() {
    return {
      kind: "kll",
      version: 1,
      k: this.k,
      seed: this.seed,
      draws: this.draws,
      n: this.count,
      nans: this.nanCount,
      min: encodeNumber(this.count === 0 ? void 0 : this.low),
      max: encodeNumber(this.count === 0 ? void 0 : this.high),
      levels: [encodeFloat64s(this.buffer0.subarray(0, this.size0)), ...this.upper.map((level, h) => encodeFloat64s(level.subarray(0, this.upperSize[h])))]
    };
  }
  static fromJSON(json) {
    const o = checkHeader(json, "kll", 1);
    const k = checkInteger(o.k, "kll.k", KLL_MIN_K, KLL_MAX_K);
    const seed = checkInteger(o.seed, "kll.seed", 0, 4294967295);
    const sketch = new _KllSketch({ k, seed });
    sketch.draws = checkInteger(o.draws, "kll.draws", 0, MAX_SAFE_COUNT);
    sketch.count = checkInteger(o.n, "kll.n", 0, MAX_SAFE_COUNT);
    sketch.nanCount = checkInteger(o.nans, "kll.nans", 0, MAX_SAFE_COUNT);
    if (!Array.isArray(o.levels) || o.levels.length === 0 || o.levels.length > 64) throw invalid("kll.levels must be a non-empty array");
    const levels = o.levels.map((text, h) => decodeFloat64s(text, `kll.levels[${h}]`));
    let weight = 0;
    let retained = 0;
    levels.forEach((level, h) => {
      for (let i = 0; i < level.length; i++) {
        if (Number.isNaN(level[i])) throw invalid(`kll.levels[${h}] holds NaN`);
        if (h > 0 && i > 0 && level[i - 1] > level[i]) throw invalid(`kll.levels[${h}] is not sorted`);
      }
      weight += level.length * 2 ** h;
      retained += level.length;
    });
    if (weight !== sketch.count) throw invalid(`kll levels weigh ${weight}, but n is ${sketch.count}`);
    sketch.growLevel0(levels[0].length);
    sketch.buffer0.set(levels[0]);
    sketch.size0 = levels[0].length;
    sketch.upper = levels.slice(1);
    sketch.upperSize = sketch.upper.map((level) => level.length);
    sketch.retainedCount = retained;
    if (sketch.count > 0) {
      const min = decodeNumber(o.min, "kll.min");
      const max = decodeNumber(o.max, "kll.max");
      if (min === void 0 || max === void 0 || min > max) throw invalid("kll.min/max missing or out of order");
      sketch.low = min;
      sketch.high = max;
    }
    sketch.updateCapacities();
    if (sketch.retainedCount > sketch.totalCapacity) throw invalid("kll levels exceed their capacity");
    return sketch;
  }
  growLevel0(size) {
    if (size <= this.buffer0.length) return;
    const next = new Float64Array(Math.max(size, 2 * this.buffer0.length));
    next.set(this.buffer0.subarray(0, this.size0));
    this.buffer0 = next;
  }
  get numLevels() {
    return this.upper.length + 1;
  }
  updateCapacities() {
    const levels = this.numLevels;
    this.capacities = [];
    this.totalCapacity = 0;
    for (let h = 0; h < levels; h++) {
      const c = levelCapacity(this.k, levels - 1 - h);
      this.capacities.push(c);
      this.totalCapacity += c;
    }
  }
  levelSize(h) {
    return h === 0 ? this.size0 : this.upperSize[h - 1];
  }
  /** A new, empty top level. */
  addLevel() {
    this.upper.push(this.spareLevels.pop() ?? new Float64Array(MIN_LEVEL_CAPACITY));
    this.upperSize.push(0);
  }
  /**
   * Merges `count` sorted items of `from`, at positions first, first + step, …, into level
   * h + 1 (`upper[h]`), in place, from the back: the same order as a forward merge that takes
   * the level's own item first on ties.
   */
  mergeIntoLevel(h, from, first, step, count) {
    if (count === 0) return;
    const size = this.upperSize[h];
    let level = this.upper[h];
    if (size + count > level.length) {
      const grown = new Float64Array(Math.max(size + count, 2 * level.length));
      grown.set(level.subarray(0, size));
      this.upper[h] = level = grown;
    }
    let i = size - 1;
    let j = first + step * (count - 1);
    let o = size + count - 1;
    while (j >= first) {
      if (i >= 0 && level[i] > from[j]) level[o--] = level[i--];
      else {
        level[o--] = from[j];
        j -= step;
      }
    }
    this.upperSize[h] = size + count;
  }
  compress() {
    while (this.retainedCount > this.totalCapacity) {
      let h = 0;
      while (this.levelSize(h) < this.capacities[h]) h++;
      this.compactLevel(h);
    }
  }
  /** Halves level h into level h + 1 (creating it when h is the top level). */
  compactLevel(h) {
    if (h === this.numLevels - 1) {
      this.addLevel();
      this.updateCapacities();
    }
    let sorted;
    let start;
    let size;
    if (h === 0) {
      sorted = this.buffer0;
      size = this.size0;
      start = size & 1;
      sortRange(sorted, start, size);
      this.size0 = start;
    } else {
      sorted = this.upper[h - 1];
      size = this.upperSize[h - 1];
      start = size & 1;
      this.upperSize[h - 1] = start;
    }
    const offset = streamUint32(this.seed, this.draws++) >>> 31;
    const half = size - start >>> 1;
    this.mergeIntoLevel(h, sorted, start + offset, 2, half);
    this.retainedCount -= half;
    this.view = void 0;
  }
};
function sortRange(a, from, to) {
  if (to - from > 32) {
    a.subarray(from, to).sort();
    return;
  }
  for (let i = from + 1; i < to; i++) {
    const x = a[i];
    let j = i - 1;
    while (j >= from && a[j] > x) {
      a[j + 1] = a[j];
      j--;
    }
    a[j + 1] = x;
  }
}
function checkSeed(seed) {
  if (!Number.isInteger(seed) || seed < 0 || seed > 4294967295) throw usage(`KLL seed must be an unsigned 32-bit integer, got ${seed}`);
  return seed;
}
var capacityCache = /* @__PURE__ */ new Map();
function levelCapacity(k, depth) {
  if (depth > 40) return MIN_LEVEL_CAPACITY;
  const key = k * 64 + depth;
  let c = capacityCache.get(key);
  if (c === void 0) {
    const num = 2n * BigInt(k) * 2n ** BigInt(depth);
    const den = 2n * 3n ** BigInt(depth);
    c = Math.max(MIN_LEVEL_CAPACITY, Number((num + den / 2n) / den));
    capacityCache.set(key, c);
  }
  return c;
}
function lowerBound(values, x) {
  let lo = 0;
  let hi = values.length;
  while (lo < hi) {
    const mid = lo + hi >>> 1;
    if (values[mid] < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
function upperBound(values, x) {
  let lo = 0;
  let hi = values.length;
  while (lo < hi) {
    const mid = lo + hi >>> 1;
    if (values[mid] <= x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

// src/core/profile/moments.ts
var Moments = class _Moments {
  n = 0;
  mu = 0;
  sumSquares = 0;
  low = Infinity;
  high = -Infinity;
  skipped = 0;
  /** Number of finite values folded in. */
  get count() {
    return this.n;
  }
  /** NaN and ±Infinity values seen (not folded in). */
  get nonFinite() {
    return this.skipped;
  }
  /** Mean; NaN when empty. */
  get mean() {
    return this.n === 0 ? NaN : this.mu;
  }
  /** Σ(x − mean)². */
  get m2() {
    return this.sumSquares;
  }
  /** Population variance m2/n; NaN when empty. */
  get variance() {
    return this.n === 0 ? NaN : this.sumSquares / this.n;
  }
  /** Sample variance m2/(n − 1); NaN below two values. */
  get sampleVariance() {
    return this.n < 2 ? NaN : this.sumSquares / (this.n - 1);
  }
  /** Population standard deviation. */
  get stddev() {
    return Math.sqrt(this.variance);
  }
  get min() {
    return this.n === 0 ? NaN : this.low;
  }
  get max() {
    return this.n === 0 ? NaN : this.high;
  }
  /** Empties it, as a new Moments. */
  reset() {
    this.n = 0;
    this.mu = 0;
    this.sumSquares = 0;
    this.low = Infinity;
    this.high = -Infinity;
    this.skipped = 0;
  }
  update(x) {
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
  merge(other) {
    this.skipped += other.skipped;
    if (other.n === 0) return this;
    if (this.n === 0) {
      this.n = other.n;
      this.mu = other.mu;
      this.sumSquares = other.sumSquares;
    } else {
      const n = this.n + other.n;
      const delta = other.mu - this.mu;
      this.mu += delta * other.n / n;
      this.sumSquares += other.sumSquares + delta * delta * this.n * other.n / n;
      this.n = n;
    }
    if (other.low < this.low) this.low = other.low;
    if (other.high > this.high) this.high = other.high;
    return this;
  }
  toJSON() {
    const empty = this.n === 0;
    return {
      kind: "moments",
      version: 1,
      count: this.n,
      mean: this.mu,
      m2: this.sumSquares,
      min: empty ? null : this.low,
      max: empty ? null : this.high,
      nonFinite: this.skipped
    };
  }
  /**
   * A state this code produced, taken as it is (a shard from a worker thread): unlike
   * `fromJSON`, it keeps what JSON cannot carry, such as an m2 that overflowed to Infinity.
   */
  static fromState(state) {
    const m = new _Moments();
    m.n = state.count;
    m.mu = state.mean;
    m.sumSquares = state.m2;
    m.skipped = state.nonFinite;
    if (state.count > 0) {
      m.low = state.min;
      m.high = state.max;
    }
    return m;
  }
  static fromJSON(json) {
    const o = checkHeader(json, "moments", 1);
    const m = new _Moments();
    m.n = checkInteger(o.count, "moments.count", 0, Number.MAX_SAFE_INTEGER);
    m.skipped = checkInteger(o.nonFinite, "moments.nonFinite", 0, Number.MAX_SAFE_INTEGER);
    const finite = (v, what) => {
      if (typeof v !== "number" || !Number.isFinite(v)) throw invalid(`${what} must be a finite number`);
      return v;
    };
    m.mu = finite(o.mean, "moments.mean");
    m.sumSquares = finite(o.m2, "moments.m2");
    if (m.sumSquares < 0) throw invalid("moments.m2 is negative");
    if (m.n > 0) {
      m.low = finite(o.min, "moments.min");
      m.high = finite(o.max, "moments.max");
      if (m.low > m.high) throw invalid("moments.min exceeds max");
    } else if (o.min !== null || o.max !== null || m.mu !== 0 || m.sumSquares !== 0) {
      throw invalid("empty moments must have mean 0, m2 0, min and max null");
    }
    return m;
  }
};

// src/core/profile/profiler.ts
var Column = class _Column {
  count = 0;
  missing = 0;
  numbers = 0;
  booleans = 0;
  texts = 0;
  distinct = new HyperLogLog();
  moments = new Moments();
  quantiles;
  frequent = new FrequentItemsSketch();
  length = new Moments();
  /** `kllSeed`: each shard of a parallel profile flips its own coins (see `shardSeed`). */
  constructor(kllSeed) {
    this.quantiles = new KllSketch(kllSeed === void 0 ? {} : { seed: kllSeed });
  }
  /** Empties the column, as `new Column(kllSeed)`, keeping its sketches' memory. */
  reset(kllSeed) {
    this.count = 0;
    this.missing = 0;
    this.numbers = 0;
    this.booleans = 0;
    this.texts = 0;
    if (this.distinct.lgK === HLL_DEFAULT_LG_K) this.distinct.reset();
    else this.distinct = new HyperLogLog();
    this.moments.reset();
    this.quantiles.reset(kllSeed);
    this.frequent.reset();
    this.length.reset();
  }
  /**
   * `update` for CSV text, specialized: the same counts and sketches as `update(raw)`, but
   * plain ASCII cells skip the trim, only cells starting with N/n are looked up as missing
   * tokens, and numbers are parsed without the regular expression (see `decimalValue`).
   */
  updateText(raw) {
    this.count++;
    const n = raw.length;
    if (n === 0) {
      this.missing++;
      return;
    }
    let text = raw;
    const first = raw.charCodeAt(0);
    const last = raw.charCodeAt(n - 1);
    if (!(first > 32 && first < 127 && last > 32 && last < 127)) {
      text = raw.trim();
      if (text === "") {
        this.missing++;
        return;
      }
    }
    const c = text.charCodeAt(0);
    if ((c === 78 || c === 110) && MISSING.has(text)) {
      this.missing++;
      return;
    }
    const x = decimalValue(text);
    if (x === x) {
      this.numbers++;
      murmur3Number(x);
      this.distinct.updateLastHash();
      this.moments.update(x);
      this.quantiles.update(x);
      return;
    }
    murmur3String(text);
    this.distinct.updateLastHash();
    this.frequent.updateLastHashed(text);
    if (BOOLEAN_TEXT.test(text)) {
      this.booleans++;
    } else {
      this.texts++;
      this.length.update(text.length);
    }
  }
  update(raw) {
    if (typeof raw === "string") return this.updateText(raw);
    this.count++;
    const text = raw === null || raw === void 0 ? "" : typeof raw === "string" ? raw.trim() : typeof raw === "object" ? null : String(raw);
    if (text === "" || text !== null && MISSING.has(text)) {
      this.missing++;
      return;
    }
    if (text === null) throw new ModelBuildError("DATA_INVALID", "nested values cannot be profiled");
    if (typeof raw === "number" || NUMBER_TEXT.test(text)) {
      const x = typeof raw === "number" ? raw : Number(text);
      this.numbers++;
      murmur3Number(x);
      this.distinct.updateLastHash();
      this.moments.update(x);
      this.quantiles.update(x);
      return;
    }
    murmur3String(text);
    this.distinct.updateLastHash();
    this.frequent.updateLastHashed(text);
    if (typeof raw === "boolean" || BOOLEAN_TEXT.test(text)) {
      this.booleans++;
    } else {
      this.texts++;
      this.length.update(text.length);
    }
  }
  get type() {
    const present = this.count - this.missing;
    if (present === 0) return "empty";
    if (this.numbers === present) return "number";
    if (this.booleans === present) return "boolean";
    return "string";
  }
  state() {
    return {
      count: this.count,
      missing: this.missing,
      numbers: this.numbers,
      booleans: this.booleans,
      texts: this.texts,
      distinct: this.distinct.toJSON(),
      moments: this.moments.toJSON(),
      quantiles: this.quantiles.toJSON(),
      frequent: this.frequent.toJSON(),
      length: this.length.toJSON()
    };
  }
  /** The very column that produced `s` (sketches restored as they were, coin-flip count included). */
  static restore(s) {
    const c = new _Column();
    Object.assign(c, { count: s.count, missing: s.missing, numbers: s.numbers, booleans: s.booleans, texts: s.texts });
    c.distinct = HyperLogLog.fromJSON(s.distinct);
    c.moments = Moments.fromState(s.moments);
    c.quantiles = KllSketch.fromJSON(s.quantiles);
    c.frequent = FrequentItemsSketch.fromJSON(s.frequent);
    c.length = Moments.fromState(s.length);
    return c;
  }
  static from(s) {
    const c = new _Column();
    Object.assign(c, { count: s.count, missing: s.missing, numbers: s.numbers, booleans: s.booleans, texts: s.texts });
    c.distinct.merge(HyperLogLog.fromJSON(s.distinct));
    c.moments.merge(Moments.fromJSON(s.moments));
    c.quantiles.merge(KllSketch.fromJSON(s.quantiles));
    c.frequent.merge(FrequentItemsSketch.fromJSON(s.frequent));
    c.length.merge(Moments.fromJSON(s.length));
    return c;
  }
  merge(o) {
    this.count += o.count;
    this.missing += o.missing;
    this.numbers += o.numbers;
    this.booleans += o.booleans;
    this.texts += o.texts;
    this.distinct.merge(o.distinct);
    this.moments.merge(o.moments);
    this.quantiles.merge(o.quantiles);
    this.frequent.merge(o.frequent);
    this.length.merge(o.length);
  }
  histogram() {
    const { min, max } = this.moments;
    const n = this.quantiles.n;
    const edges = Array.from({ length: 11 }, (_, i) => i === 10 ? max : min + (max - min) * i / 10);
    const below = edges.map((e, i) => i === 0 ? 0 : i === 10 ? n : Math.round(this.quantiles.rank(e) * n));
    return { edges, counts: below.slice(1).map((b, i) => b - below[i]) };
  }
  summary() {
    const type = this.type;
    const s = {
      count: this.count,
      missing: this.missing,
      missingRate: this.count === 0 ? 0 : this.missing / this.count,
      distinct: Math.round(this.distinct.estimate())
    };
    if (type === "number") {
      const qs = [0.01, 0.05, 0.25, 0.5, 0.75, 0.95, 0.99];
      s.numeric = {
        min: this.moments.min,
        max: this.moments.max,
        mean: this.moments.mean,
        std: this.moments.stddev,
        quantiles: Object.fromEntries(qs.map((q) => [`p${Math.round(q * 100)}`, this.quantiles.quantile(q)])),
        histogram: this.histogram()
      };
    } else if (type !== "empty") {
      s.top = this.frequent.items(20).map((i) => ({ value: i.value, count: i.estimate }));
      if (this.texts > 0) s.length = { mean: this.length.mean, max: this.length.max };
    }
    return s;
  }
};
var Profiler = class _Profiler {
  /** `kllSeed`: the quantile sketches' coin-flip seed (default: the sketch's own default). */
  constructor(kllSeed) {
    this.kllSeed = kllSeed;
  }
  kllSeed;
  columns = /* @__PURE__ */ new Map();
  rows = 0;
  /** CSV rows by position: the header's columns, in header order. */
  positional;
  /** The columns before the last `reset`, by name: emptied and taken again when their name comes. */
  spare = /* @__PURE__ */ new Map();
  /**
   * Empties the profiler, as `new Profiler(kllSeed)`, but keeps its columns' sketches to fill
   * again: a thread that profiles range after range allocates them once, so nothing of a range
   * outlives it (its sketches would otherwise be promoted to V8's old generation with every range,
   * and become garbage there).
   */
  reset(kllSeed) {
    this.kllSeed = kllSeed;
    this.spare.clear();
    for (const [name, c] of this.columns) this.spare.set(name, c);
    this.columns.clear();
    this.rows = 0;
    this.positional = void 0;
  }
  /** A new column for `name`: a spare one emptied, or a new one. */
  newColumn(name) {
    const c = this.spare.get(name);
    if (!c) return new Column(this.kllSeed);
    this.spare.delete(name);
    c.reset(this.kllSeed);
    return c;
  }
  /**
   * Fixes the columns of CSV rows to the header's names, in order, so `updateRow` reaches
   * each column by position (no per-row record object, no per-cell name lookup).
   */
  setHeader(names) {
    this.positional = names.map((name) => {
      let c = this.columns.get(name);
      if (!c) {
        c = this.newColumn(name);
        c.count = this.rows;
        c.missing = this.rows;
        this.columns.set(name, c);
      }
      return c;
    });
  }
  /** One CSV row, one text per header column: the same as `update` of the record they make. */
  updateRow(fields) {
    const columns = this.positional;
    this.rows++;
    for (let i = 0; i < columns.length; i++) columns[i].updateText(fields[i]);
  }
  /** The row count and column states, for merging elsewhere (`fromShard`). */
  shard() {
    return { rows: this.rows, columns: [...this.columns].map(([name, c]) => [name, c.state()]) };
  }
  /**
   * The very profiler a shard came from (sketches as they were, coin flips included): one
   * shard gives the profile a single pass gives; later shards are merged into it in order.
   */
  static fromShard(shard) {
    const p = new _Profiler();
    p.rows = shard.rows;
    for (const [name, state] of shard.columns) p.columns.set(name, Column.restore(state));
    return p;
  }
  update(record) {
    this.rows++;
    let seen = 0;
    for (const name in record) {
      seen++;
      let c = this.columns.get(name);
      if (!c) {
        c = this.newColumn(name);
        c.count = this.rows - 1;
        c.missing = this.rows - 1;
        this.columns.set(name, c);
      }
      c.update(record[name]);
    }
    if (seen !== this.columns.size) {
      for (const [name, c] of this.columns) if (!(name in record)) c.update(null);
    }
  }
  merge(other) {
    for (const [name, o] of other.columns) {
      const mine = this.columns.get(name);
      if (mine) mine.merge(o);
      else {
        const c = new Column();
        c.count = this.rows;
        c.missing = this.rows;
        c.merge(o);
        this.columns.set(name, c);
      }
    }
    for (const [name, c] of this.columns) {
      if (!other.columns.has(name)) {
        c.count += other.rows;
        c.missing += other.rows;
      }
    }
    this.rows += other.rows;
    return this;
  }
  toJSON() {
    const names = [...this.columns.keys()].sort(compareBytes);
    const columns = Object.fromEntries(
      names.map((n) => {
        const c = this.columns.get(n);
        return [n, { type: c.type, summary: c.summary(), state: c.state() }];
      })
    );
    const schema = Object.fromEntries(
      names.map((n) => {
        const { type, summary } = columns[n];
        const entry = { type, missingRate: summary.missingRate };
        if (summary.numeric) entry.range = [summary.numeric.min, summary.numeric.max];
        const items = this.columns.get(n).frequent;
        if (!summary.numeric && type !== "empty" && items.size <= 50 && items.maximumError === 0) {
          entry.categories = items.items().map((i) => i.value).sort(compareBytes);
        }
        return [n, entry];
      })
    );
    return { format: 2, rows: this.rows, columns, schema };
  }
  static fromJSON(profile) {
    if (profile?.format !== 2 || typeof profile.columns !== "object") {
      throw new ModelBuildError("DATA_INVALID", `not a model-build profile (format ${String(profile?.format)}); expected format 2`, {
        hint: "create one with `model-build profile DATA --out profile.json`"
      });
    }
    const p = new _Profiler();
    p.rows = profile.rows;
    for (const [name, col] of Object.entries(profile.columns)) p.columns.set(name, Column.from(col.state));
    return p;
  }
};
function decimalValue(text) {
  const c = text.charCodeAt(0);
  if (!(c >= 48 && c <= 57 || c === 43 || c === 45 || c === 46)) return NaN;
  if (c === 48 && text.length > 1) {
    const c1 = text.charCodeAt(1) | 32;
    if (c1 === 120 || c1 === 98 || c1 === 111) return NaN;
  }
  const x = Number(text);
  if (x === Infinity || x === -Infinity) return NUMBER_TEXT.test(text) ? x : NaN;
  return x;
}
function shardSeed(index) {
  return index === 0 ? void 0 : streamUint32(KLL_DEFAULT_SEED ^ 1588420333, index - 1);
}

export {
  compareUtf8,
  usage,
  FrequentItemsSketch,
  HyperLogLog,
  KllSketch,
  Moments,
  Profiler,
  shardSeed
};
