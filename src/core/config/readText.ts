import { closeSync, constants, fstatSync, openSync, readSync } from 'node:fs';
import { ModelBuildError } from '../errors.js';
import { MAX_CONFIG_BYTES } from './limits.js';
import { kindOf } from '../util/regularFile.js';

/**
 * Reads a config file as UTF-8 text, refusing before any parsing: anything that is not a regular
 * file (a FIFO would block forever, /dev/zero never ends), a file over the size limit, text that
 * is not UTF-8 (UTF-16, stray Latin-1 bytes) and control characters. Positions are 1-based.
 */
export function readConfigText(abs: string, display: string): { bytes: Buffer; text: string } {
  let fd: number;
  try {
    // O_NONBLOCK: opening a FIFO for reading would otherwise wait for a writer, forever.
    fd = openSync(abs, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  } catch (e) {
    const err = e as NodeJS.ErrnoException;
    const what = err.code === 'EISDIR' ? 'it is a folder, not a file' : err.message;
    throw new ModelBuildError('FILE_UNREADABLE', `cannot read config: ${what}`, {
      file: display,
      hint: 'pass --config with the path of your model-build.yml',
    });
  }
  try {
    const st = fstatSync(fd);
    if (!st.isFile()) {
      throw new ModelBuildError('FILE_UNREADABLE', `the config is ${kindOf(st)}, not a regular file`, {
        file: display,
        hint: 'pass --config with the path of a regular file (model-build.yml)',
      });
    }
    if (st.size > MAX_CONFIG_BYTES) throw tooLarge(display, st.size);
    // Read at most one byte past the limit: a file that grows after fstat is still bounded.
    const buf = Buffer.alloc(Math.min(st.size, MAX_CONFIG_BYTES) + 1);
    let n = 0;
    for (;;) {
      const got = readSync(fd, buf, n, buf.length - n, null);
      if (got === 0) break;
      n += got;
      if (n === buf.length) break;
    }
    if (n > MAX_CONFIG_BYTES) throw tooLarge(display, n);
    const bytes = buf.subarray(0, n);
    return { bytes, text: decodeConfig(bytes, display) };
  } finally {
    closeSync(fd);
  }
}

function tooLarge(display: string, size: number): ModelBuildError {
  return new ModelBuildError(
    'CONFIG_INVALID',
    `the config is ${size} bytes${size > MAX_CONFIG_BYTES + 1 ? ` (${(size / 1048576).toFixed(1)} MiB)` : ' or more'}, over the limit of ${MAX_CONFIG_BYTES} bytes (1 MiB)`,
    { file: display, hint: 'a config describes the build in a few lines; data belongs in data files named by data.path' },
  );
}

/** Strict UTF-8 decoding with the position of the first bad byte; a UTF-8 BOM is dropped. */
export function decodeConfig(bytes: Buffer, display: string): string {
  const utf16 = bytes.length >= 2 && ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff));
  const utf32 = bytes.length >= 4 && bytes[0] === 0 && bytes[1] === 0 && bytes[2] === 0xfe && bytes[3] === 0xff;
  if (utf16 || utf32) {
    throw new ModelBuildError('CONFIG_PARSE', `the config is ${utf32 ? 'UTF-32' : 'UTF-16'} (it starts with a byte order mark); configs must be UTF-8`, {
      file: display,
      line: 1,
      column: 1,
      hint: 'save the file as UTF-8 (in most editors: "Save with Encoding" → UTF-8)',
    });
  }
  const start = bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  const bad = firstInvalidUtf8(bytes, start);
  if (bad >= 0) {
    throw new ModelBuildError('CONFIG_PARSE', `the config is not valid UTF-8: byte 0x${bytes[bad]!.toString(16).padStart(2, '0')} at offset ${bad}`, {
      file: display,
      ...positionOfByte(bytes, start, bad),
      hint: 'save the file as UTF-8 (it may be Latin-1 or Windows-1252)',
    });
  }
  const text = bytes.toString('utf8', start);
  // eslint-disable-next-line no-control-regex -- finding control characters is the point
  const control = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u0084\u0086-\u009f\ufffe\uffff]/.exec(text);
  if (control) {
    const cp = control[0].codePointAt(0)!;
    const nulPairs = cp === 0 && looksLikeUtf16WithoutBom(bytes);
    throw new ModelBuildError('CONFIG_PARSE', `the config holds the control character U+${cp.toString(16).toUpperCase().padStart(4, '0')}; YAML and JSON allow only printable text`, {
      file: display,
      ...positionOfChar(text, control.index),
      hint: nulPairs ? 'the file looks like UTF-16: save it as UTF-8' : 'remove the character (write escapes such as "\\t" inside double quotes instead)',
    });
  }
  return text;
}

/** Offset of the first byte that breaks UTF-8 (overlong forms, surrogates and > U+10FFFF included), or -1. */
export function firstInvalidUtf8(b: Uint8Array, from = 0): number {
  let i = from;
  while (i < b.length) {
    const c = b[i]!;
    if (c < 0x80) {
      i++;
      continue;
    }
    let need: number, min: number, max = 0xbf;
    if (c >= 0xc2 && c <= 0xdf) [need, min] = [1, 0x80];
    else if (c === 0xe0) [need, min] = [2, 0xa0];
    else if (c >= 0xe1 && c <= 0xec) [need, min] = [2, 0x80];
    else if (c === 0xed) [need, min, max] = [2, 0x80, 0x9f];
    else if (c >= 0xee && c <= 0xef) [need, min] = [2, 0x80];
    else if (c === 0xf0) [need, min] = [3, 0x90];
    else if (c >= 0xf1 && c <= 0xf3) [need, min] = [3, 0x80];
    else if (c === 0xf4) [need, min, max] = [3, 0x80, 0x8f];
    else return i;
    // Only the first continuation byte has a narrowed range.
    for (let k = 1; k <= need; k++) {
      const d = b[i + k];
      const [lo, hi] = k === 1 ? [min, max] : [0x80, 0xbf];
      if (d === undefined || d < lo || d > hi) return i;
    }
    i += need + 1;
  }
  return -1;
}

function looksLikeUtf16WithoutBom(b: Uint8Array): boolean {
  const n = Math.min(b.length, 64);
  let zeros = 0;
  for (let i = 0; i < n; i++) if (b[i] === 0) zeros++;
  return n >= 4 && zeros * 3 >= n;
}

function positionOfByte(b: Buffer, start: number, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = start;
  for (let i = start; i < offset; i++) if (b[i] === 0x0a) [line, lineStart] = [line + 1, i + 1];
  return { line, column: b.toString('utf8', lineStart, offset).length + 1 };
}

/** 1-based line and column of a character offset in text (columns count UTF-16 units, as the YAML parser does). */
export function positionOfChar(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) [line, lineStart] = [line + 1, i + 1];
  return { line, column: offset - lineStart + 1 };
}
