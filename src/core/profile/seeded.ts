/**
 * Random access into the project's seeded stream. `Rng` in `util/random.ts` is mulberry32: its
 * state after i draws is `seed + i·0x6d2b79f5 (mod 2^32)` and each output is a fixed mix of that
 * state. Sketches need to serialize their generator, and `Rng` keeps its state private, so they
 * carry `(seed, draws)` instead and read the i-th output of the very same stream from here:
 * `streamUint32(seed, i) / 2^32` equals the i-th `new Rng(seed).next()` (tested).
 */
export function streamUint32(seed: number, index: number): number {
  const start = seed >>> 0 || 0x9e3779b9; // Rng maps seed 0 to this constant; mirror it
  let t = (start + Math.imul(index + 1, 0x6d2b79f5)) >>> 0;
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return (t ^ (t >>> 14)) >>> 0;
}
