/** A Git LFS pointer (spec v1): the text git stores in place of a large file. */
export interface LfsPointer {
  oid: string;
  size: number;
}

/** Pointer blobs are smaller than this (git-lfs spec). */
export const MAX_POINTER_SIZE = 1024;

const VERSIONS = new Set(['https://git-lfs.github.com/spec/v1', 'https://hawser.github.com/spec/v1']);

/** Parses pointer text; returns null for anything that is not a v1 pointer. */
export function parseLfsPointer(bytes: Buffer): LfsPointer | null {
  if (bytes.length >= MAX_POINTER_SIZE || bytes.length === 0) return null;
  const text = bytes.toString('utf8');
  if (!text.startsWith('version ')) return null;
  const lines = text.replace(/\n$/, '').split('\n');
  const fields = new Map<string, string>();
  for (const line of lines) {
    const sp = line.indexOf(' ');
    if (sp <= 0) return null;
    fields.set(line.slice(0, sp), line.slice(sp + 1));
  }
  if (!VERSIONS.has(fields.get('version') ?? '')) return null;
  const oid = /^sha256:([0-9a-f]{64})$/.exec(fields.get('oid') ?? '');
  const size = fields.get('size') ?? '';
  if (!oid || !/^\d+$/.test(size)) return null;
  return { oid: oid[1]!, size: Number(size) };
}
