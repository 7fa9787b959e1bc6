import { mkdirSync, readFileSync, renameSync, writeFileSync, type BigIntStats } from 'node:fs';
import path from 'node:path';
import type { FileDigests } from './pool.js';

const FORMAT = 1;

interface Entry extends FileDigests {
  /** mtime in nanoseconds and inode, as strings: JSON has no 64-bit integers. */
  mtime: string;
  ino: string;
}

/**
 * Digests remembered by (path, size, mtime, inode): an unchanged file is never read twice.
 * A changed file changes at least one of these, short of deliberate tampering with mtimes,
 * which `verify` (full rehash) is there to catch.
 */
export class HashCache {
  private entries: Record<string, Entry> = {};
  private dirty = false;

  constructor(readonly file: string | null) {
    if (!file) return;
    try {
      const data = JSON.parse(readFileSync(file, 'utf8')) as { format?: number; entries?: Record<string, Entry> };
      if (data.format === FORMAT && data.entries && typeof data.entries === 'object') this.entries = data.entries;
    } catch {
      // Missing or corrupt cache: start empty. It is only ever an accelerator.
    }
  }

  get(key: string, st: BigIntStats): FileDigests | undefined {
    const e = this.entries[key];
    if (!e || e.size !== Number(st.size) || e.mtime !== String(st.mtimeNs) || e.ino !== String(st.ino)) return undefined;
    const { mtime: _m, ino: _i, ...digests } = e;
    return digests;
  }

  set(key: string, st: BigIntStats, digests: FileDigests): void {
    const prev = this.get(key, st) ?? {};
    this.entries[key] = { ...prev, ...digests, size: Number(st.size), mtime: String(st.mtimeNs), ino: String(st.ino) };
    this.dirty = true;
  }

  /** Writes atomically (temp file + rename); failures are ignored: a lost cache costs only time. */
  save(): void {
    if (!this.file || !this.dirty) return;
    try {
      mkdirSync(path.dirname(this.file), { recursive: true });
      const tmp = `${this.file}.${process.pid}.tmp`;
      writeFileSync(tmp, JSON.stringify({ format: FORMAT, entries: this.entries }));
      renameSync(tmp, this.file);
      this.dirty = false;
    } catch {
      /* read-only checkout, full disk: carry on without a cache */
    }
  }
}
