/**
 * Small, deterministic encodings shared by the sketches' JSON forms.
 */
import { ModelBuildError } from '../errors.js';

/** Float64 values as little-endian IEEE-754 bytes in base64 (exact, keeps ±Infinity). */
export function encodeFloat64s(values: ArrayLike<number>): string {
  const bytes = Buffer.alloc(values.length * 8);
  for (let i = 0; i < values.length; i++) bytes.writeDoubleLE(values[i]!, i * 8);
  return bytes.toString('base64');
}

export function decodeFloat64s(text: string, what: string): Float64Array {
  const bytes = decodeBase64(text, what);
  if (bytes.length % 8 !== 0) throw invalid(`${what}: ${bytes.length} bytes is not a whole number of float64 values`);
  const out = new Float64Array(bytes.length / 8);
  for (let i = 0; i < out.length; i++) out[i] = bytes.readDoubleLE(i * 8);
  return out;
}

export function decodeBase64(text: string, what: string): Buffer {
  if (typeof text !== 'string' || !/^[A-Za-z0-9+/]*={0,2}$/.test(text) || text.length % 4 !== 0) {
    throw invalid(`${what} is not base64`);
  }
  return Buffer.from(text, 'base64');
}

/** A number for JSON: finite numbers as themselves, ±Infinity as strings, none as null. */
export type JsonNumber = number | 'Infinity' | '-Infinity' | null;

export function encodeNumber(x: number | undefined): JsonNumber {
  if (x === undefined || Number.isNaN(x)) return null;
  if (x === Infinity) return 'Infinity';
  if (x === -Infinity) return '-Infinity';
  return x;
}

export function decodeNumber(x: unknown, what: string): number | undefined {
  if (x === null) return undefined;
  if (x === 'Infinity') return Infinity;
  if (x === '-Infinity') return -Infinity;
  if (typeof x === 'number' && Number.isFinite(x)) return x;
  throw invalid(`${what} is not a number`);
}

/**
 * Order of strings by their UTF-8 bytes (= Unicode code point order), without encoding them:
 * UTF-16 order differs only where a surrogate meets a code unit at or above U+E000.
 */
export function compareUtf8(a: string, b: string): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    let x = a.charCodeAt(i);
    let y = b.charCodeAt(i);
    if (x === y) continue;
    if (x >= 0xd800) x = x >= 0xe000 ? x - 0x800 : x + 0x2000;
    if (y >= 0xd800) y = y >= 0xe000 ? y - 0x800 : y + 0x2000;
    return x - y;
  }
  return a.length - b.length;
}

export function invalid(message: string): ModelBuildError {
  return new ModelBuildError('PACKAGE_INVALID', `invalid sketch: ${message}`, {
    hint: 'the profile was written by an incompatible version or was modified; rebuild the profile',
  });
}

export function usage(message: string, hint?: string): ModelBuildError {
  return new ModelBuildError('USAGE', message, hint === undefined ? {} : { hint });
}

export function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function checkInteger(value: unknown, what: string, min: number, max: number): number {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < min || value > max) {
    throw invalid(`${what} must be an integer in [${min}, ${max}]`);
  }
  return value;
}

export function checkHeader(json: unknown, kind: string, version: number): Record<string, unknown> {
  if (!isObject(json)) throw invalid(`expected a ${kind} sketch object`);
  if (json.kind !== kind) throw invalid(`expected kind "${kind}", found ${JSON.stringify(json.kind)}`);
  if (json.version !== version) {
    throw invalid(`${kind} sketch version ${JSON.stringify(json.version)} is not supported (expected ${version})`);
  }
  return json;
}
