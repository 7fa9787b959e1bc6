/**
 * MurmurHash3_x86_128 (Austin Appleby, public domain algorithm; this is an independent
 * TypeScript implementation) over UTF-8 bytes. Distinct-count sketches use its first 64 bits
 * (`h1`, `h2`), so any MurmurHash3_x86_128 implementation reproduces their registers.
 */

/** Output of the last hash: `[h1, h2, h3, h4]` as unsigned 32-bit words. Reused, not allocated. */
export const hashOut = new Uint32Array(4);

let scratch = new Uint8Array(256);

const encoder = new TextEncoder();

/** UTF-8 encodes `text` into a shared scratch buffer (lone surrogates → U+FFFD); byte length. */
function encodeUtf8(text: string): number {
  if (scratch.length < text.length * 3) scratch = new Uint8Array(text.length * 3 + 64);
  return encoder.encodeInto(text, scratch).written;
}

/** Strings up to this length that are plain ASCII are copied by char code (their UTF-8 bytes). */
const ASCII_COPY = 64;

/** MurmurHash3_x86_128 of the string's UTF-8 bytes; result in `hashOut`. */
export function murmur3String(text: string, seed = 0): void {
  const n = text.length;
  if (n <= ASCII_COPY) {
    // Short ASCII text, the usual category, skips the encoder call: same bytes, less overhead.
    const bytes = scratch;
    let i = 0;
    for (; i < n; i++) {
      const c = text.charCodeAt(i);
      if (c > 0x7f) break;
      bytes[i] = c;
    }
    if (i === n) return murmur3Bytes(bytes, seed, n);
  }
  const length = encodeUtf8(text);
  murmur3Bytes(scratch, seed, length);
}

const numberBytes = new Uint8Array(8);
const numberView = new DataView(numberBytes.buffer);

/**
 * MurmurHash3_x86_128 of a number's IEEE-754 binary64 little-endian bytes, with -0 hashed as 0
 * and every NaN as the canonical NaN; result in `hashOut`.
 */
export function murmur3Number(x: number, seed = 0): void {
  numberView.setFloat64(0, x === 0 ? 0 : Number.isNaN(x) ? NaN : x, true);
  murmur3Bytes(numberBytes, seed);
}

const C1 = 0x239b961b;
const C2 = 0xab0e9789;
const C3 = 0x38b34ae5;
const C4 = 0xa1e38b93;

const rotl = (x: number, r: number): number => (x << r) | (x >>> (32 - r));

function fmix(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  return h ^ (h >>> 16);
}

/** MurmurHash3_x86_128 of the first `len` bytes of `bytes`; result in `hashOut`. */
export function murmur3Bytes(bytes: Uint8Array, seed = 0, len = bytes.length): void {
  let h1 = seed | 0;
  let h2 = h1;
  let h3 = h1;
  let h4 = h1;
  const blocks = len & ~15;
  for (let i = 0; i < blocks; i += 16) {
    let k1 = bytes[i]! | (bytes[i + 1]! << 8) | (bytes[i + 2]! << 16) | (bytes[i + 3]! << 24);
    let k2 = bytes[i + 4]! | (bytes[i + 5]! << 8) | (bytes[i + 6]! << 16) | (bytes[i + 7]! << 24);
    let k3 = bytes[i + 8]! | (bytes[i + 9]! << 8) | (bytes[i + 10]! << 16) | (bytes[i + 11]! << 24);
    let k4 = bytes[i + 12]! | (bytes[i + 13]! << 8) | (bytes[i + 14]! << 16) | (bytes[i + 15]! << 24);

    k1 = Math.imul(rotl(Math.imul(k1, C1), 15), C2);
    h1 ^= k1;
    h1 = rotl(h1, 19) + h2;
    h1 = (Math.imul(h1, 5) + 0x561ccd1b) | 0;

    k2 = Math.imul(rotl(Math.imul(k2, C2), 16), C3);
    h2 ^= k2;
    h2 = rotl(h2, 17) + h3;
    h2 = (Math.imul(h2, 5) + 0x0bcaa747) | 0;

    k3 = Math.imul(rotl(Math.imul(k3, C3), 17), C4);
    h3 ^= k3;
    h3 = rotl(h3, 15) + h4;
    h3 = (Math.imul(h3, 5) + 0x96cd1c35) | 0;

    k4 = Math.imul(rotl(Math.imul(k4, C4), 18), C1);
    h4 ^= k4;
    h4 = rotl(h4, 13) + h1;
    h4 = (Math.imul(h4, 5) + 0x32ac3b17) | 0;
  }

  const tail = len & 15;
  if (tail > 0) {
    // Remaining 1…15 bytes, little-endian into k1…k4, mixed only for the words they reach.
    let k1 = 0;
    let k2 = 0;
    let k3 = 0;
    let k4 = 0;
    for (let i = 0; i < tail; i++) {
      const b = bytes[blocks + i]! << ((i & 3) * 8);
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
  h1 = (h1 + h2 + h3 + h4) | 0;
  h2 = (h2 + h1) | 0;
  h3 = (h3 + h1) | 0;
  h4 = (h4 + h1) | 0;
  h1 = fmix(h1);
  h2 = fmix(h2);
  h3 = fmix(h3);
  h4 = fmix(h4);
  h1 = (h1 + h2 + h3 + h4) | 0;
  h2 = (h2 + h1) | 0;
  h3 = (h3 + h1) | 0;
  h4 = (h4 + h1) | 0;
  hashOut[0] = h1;
  hashOut[1] = h2;
  hashOut[2] = h3;
  hashOut[3] = h4;
}
