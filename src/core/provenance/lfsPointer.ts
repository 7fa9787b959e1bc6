import { decodeStrictUtf8 } from './strictText.js';

/**
 * Git LFS pointers (spec v1, git-lfs docs/spec.md): the text git stores in place of a large
 * file. Validation follows the spec and the reference client (git-lfs lfs/pointer.go): a blob
 * that announces itself as a pointer but breaks a rule is *malformed*, which is not the same
 * thing as a raw blob that never went through git-lfs.
 */

/** A Git LFS pointer (spec v1). */
export interface LfsPointer {
  /** sha256 of the file's bytes, 64 lowercase hex digits. */
  oid: string;
  size: number;
}

/**
 * Pointer blobs are smaller than this; git-lfs (BlobSizeCutoff) never reads a larger blob as a
 * pointer, so neither do we.
 */
export const MAX_POINTER_SIZE = 1024;

/** Version URLs git-lfs reads as v1 (public launch, pre-release, alpha); compared as plain strings. */
const VERSIONS = ['https://git-lfs.github.com/spec/v1', 'https://hawser.github.com/spec/v1', 'http://git-media.io/v/2'];

/** sha256 of no bytes: git-lfs stores an empty file as an empty blob, the "empty pointer". */
export const EMPTY_SHA256 = 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855';

/** How a committed blob reads as a pointer. */
export type LfsBlob =
  | { kind: 'pointer'; pointer: LfsPointer }
  | { kind: 'malformed'; line: number; problem: string }
  | { kind: 'raw' };

/** A first line that says "I am an LFS pointer" (what git-lfs's own matcher looks for). */
const ANNOUNCES = /^\s*(\uFEFF)?\s*version [^\n]*(git-lfs|hawser|git-media)/;

/** True when the bytes start like a pointer, valid or not: they were meant to be one. */
export function looksLikePointer(head: Buffer): boolean {
  return ANNOUNCES.test(head.subarray(0, 200).toString('latin1').replace(/^\xEF\xBB\xBF/, '\uFEFF'));
}

/**
 * Classifies a committed blob routed through the lfs filter: a valid pointer, a malformed
 * pointer (with the 1-based line and what is wrong), or raw bytes.
 */
export function classifyLfsBlob(bytes: Buffer): LfsBlob {
  if (bytes.length === 0) return { kind: 'pointer', pointer: { oid: EMPTY_SHA256, size: 0 } };
  if (!looksLikePointer(bytes)) return { kind: 'raw' };
  if (bytes.length >= MAX_POINTER_SIZE) {
    return { kind: 'malformed', line: 1, problem: `it is ${bytes.length} bytes; a pointer is under ${MAX_POINTER_SIZE} bytes` };
  }
  const decoded = decodeStrictUtf8(bytes);
  if (!decoded.ok) return { kind: 'malformed', line: decoded.line, problem: `it is not UTF-8 text (column ${decoded.column})` };
  return validate(decoded.text);
}

/** A valid v1 pointer from its bytes, or null (empty, malformed or not a pointer at all). */
export function parseLfsPointer(bytes: Buffer): LfsPointer | null {
  if (bytes.length === 0) return null;
  const c = classifyLfsBlob(bytes);
  return c.kind === 'pointer' ? c.pointer : null;
}

function validate(text: string): LfsBlob {
  const bad = (line: number, problem: string): LfsBlob => ({ kind: 'malformed', line, problem });
  if (text.startsWith('\uFEFF')) return bad(1, 'it starts with a byte-order mark; the first line must be "version …"');
  if (/^\s/.test(text)) return bad(1, 'it starts with whitespace; the first line must be "version …"');
  const cr = text.indexOf('\r');
  if (cr >= 0) return bad(lineAt(text, cr), 'it has Windows line endings (CRLF); every line must end with a single \\n');
  if (!text.endsWith('\n')) return bad(lineAt(text, text.length - 1), 'the last line does not end with a newline');
  const lines = text.slice(0, -1).split('\n');
  const fields = new Map<string, { value: string; line: number }>();
  let previous = '';
  for (let i = 0; i < lines.length; i++) {
    const n = i + 1;
    const line = lines[i]!;
    if (line === '') return bad(n, 'it has a blank line');
    const m = /^([a-z0-9.-]+) (\S(?:.*\S)?)$/.exec(line);
    if (!m) return bad(n, `"${clip(line)}" is not "key value" (lowercase key, one space, a value)`);
    const [, key, value] = m as unknown as [string, string, string];
    if (i === 0) {
      if (key !== 'version') return bad(n, 'the first key must be "version"');
      if (!VERSIONS.includes(value)) return bad(n, `unknown version "${clip(value)}" (expected ${VERSIONS[0]})`);
      continue;
    }
    if (key === 'version') return bad(n, '"version" appears twice');
    if (key !== 'oid' && key !== 'size' && !/^ext-\d-\w+$/.test(key)) {
      return bad(n, `unknown key "${clip(key)}" (a v1 pointer has version, oid, size and ext-N-NAME lines)`);
    }
    if (fields.has(key)) return bad(n, `"${key}" appears twice`);
    if (key < previous) return bad(n, `"${key}" comes after "${previous}"; keys after version are sorted (oid, then size)`);
    previous = key;
    fields.set(key, { value, line: n });
  }
  const oid = fields.get('oid');
  const size = fields.get('size');
  if (!oid) return bad(lines.length + 1, 'the "oid" line is missing');
  if (!size) return bad(lines.length + 1, 'the "size" line is missing');
  const ext = [...fields.keys()].find((k) => k.startsWith('ext-'));
  if (ext) return bad(fields.get(ext)!.line, `it uses the Git LFS extension "${ext}", whose stored bytes model-build cannot verify`);
  const oidProblem = checkOid(oid.value);
  if (oidProblem) return bad(oid.line, oidProblem);
  if (!/^(0|[1-9][0-9]*)$/.test(size.value)) {
    return bad(size.line, `size must be a whole number of bytes without sign or leading zeros (got "${clip(size.value)}")`);
  }
  const bytes = Number(size.value);
  if (!Number.isSafeInteger(bytes)) return bad(size.line, `size ${clip(size.value)} is larger than any file can be`);
  return { kind: 'pointer', pointer: { oid: oid.value.slice('sha256:'.length), size: bytes } };
}

function checkOid(value: string): string | null {
  const colon = value.indexOf(':');
  if (colon < 0) return `oid must be "sha256:" and 64 hex digits (got "${clip(value)}")`;
  const method = value.slice(0, colon);
  if (method !== 'sha256') return `oid uses hash method "${clip(method)}"; Git LFS pointers use sha256`;
  const hex = value.slice(colon + 1);
  if (!/^[0-9a-fA-F]*$/.test(hex)) return `oid has characters that are not hex digits ("${clip(hex)}")`;
  if (hex.length !== 64) return `oid has ${hex.length} hex digits; a sha256 has 64`;
  if (hex !== hex.toLowerCase()) return 'oid has uppercase hex digits; Git LFS writes lowercase';
  return null;
}

const clip = (s: string) => (s.length > 80 ? `${s.slice(0, 77)}...` : s);
const lineAt = (text: string, index: number) => text.slice(0, index).split('\n').length;
