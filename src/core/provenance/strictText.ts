/** Strict UTF-8 for pointer files: a byte that is not UTF-8 is an error with its place, never a U+FFFD. */

export type StrictText = { ok: true; text: string } | { ok: false; line: number; column: number };

/** Decodes `bytes` as UTF-8 (a leading BOM kept), or says where the first invalid byte is (1-based). */
export function decodeStrictUtf8(bytes: Uint8Array): StrictText {
  try {
    return { ok: true, text: new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes) };
  } catch {
    const at = validPrefixLength(bytes);
    let line = 1;
    let lineStart = 0;
    for (let i = 0; i < at; i++) {
      if (bytes[i] === 0x0a) {
        line++;
        lineStart = i + 1;
      }
    }
    return { ok: false, line, column: at - lineStart + 1 };
  }
}

/** Length of the longest prefix that is valid UTF-8, a sequence cut at its end allowed. */
function validPrefixLength(bytes: Uint8Array): number {
  // Validity of a prefix (streaming, so a cut sequence is not yet an error) only shrinks as the
  // prefix grows, so a binary search finds the first bad byte in O(n log n).
  let lo = 0;
  let hi = bytes.length;
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    try {
      new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(0, mid), { stream: true });
      lo = mid;
    } catch {
      hi = mid - 1;
    }
  }
  // A sequence cut by the prefix's end is fine while streaming; if the whole prefix is not
  // valid, the bad byte is where that last, unfinished sequence starts.
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(0, lo));
  } catch {
    let start = lo - 1;
    while (start > 0 && (bytes[start]! & 0xc0) === 0x80) start--;
    return start;
  }
  return lo;
}
