import { mkdirSync, readdirSync, readFileSync, renameSync, statSync, unlinkSync, writeFileSync, type BigIntStats } from 'node:fs';
import path from 'node:path';
import { compareBytes } from '../util/paths.js';
import type { FileDigests } from './pool.js';
import { isAlive } from '../util/process.js';

/**
 * The cache file's format. Bump it whenever what an entry is keyed on changes, so an older
 * cache is ignored instead of trusted. 1: (size, mtime, inode). 2: ctime joined the key.
 */
export const CACHE_FORMAT = 2;

interface Entry extends FileDigests {
  /** mtime and ctime in nanoseconds and the inode, as strings: JSON has no 64-bit integers. */
  mtime: string;
  ctime: string;
  ino: string;
}

const HEX = { md5: /^[0-9a-f]{32}$/, 'md5-dos2unix': /^[0-9a-f]{32}$/, sha256: /^[0-9a-f]{64}$/ } as const;
const DIGITS = /^\d{1,30}$/;

/** A well-formed entry, or undefined: a hand-edited or damaged cache must never produce a digest. */
function validEntry(v: unknown): Entry | undefined {
  if (!v || typeof v !== 'object' || Array.isArray(v)) return undefined;
  const e = v as Record<string, unknown>;
  if (!Number.isSafeInteger(e.size) || (e.size as number) < 0) return undefined;
  for (const k of ['mtime', 'ctime', 'ino'] as const) if (typeof e[k] !== 'string' || !DIGITS.test(e[k] as string)) return undefined;
  for (const [algo, re] of Object.entries(HEX)) if (e[algo] !== undefined && (typeof e[algo] !== 'string' || !re.test(e[algo] as string))) return undefined;
  return e as unknown as Entry;
}

/**
 * Digests remembered by (path, size, mtime, ctime, inode): an unchanged file is never read
 * twice. mtime can be set back by anyone (`touch -d`, `utimes`); ctime cannot: every write,
 * chmod or rename sets it to the kernel's clock, which is why git's index keys on it too.
 * `verify` never uses the cache at all.
 */
export class HashCache {
  private readonly entries = new Map<string, Entry>();
  private dirty = false;

  constructor(readonly file: string | null) {
    if (!file) return;
    sweepStaleTemps(file);
    let savedAt: bigint;
    let data: { format?: unknown; entries?: unknown };
    try {
      savedAt = statSync(file, { bigint: true }).mtimeNs;
      data = JSON.parse(readFileSync(file, 'utf8')) as typeof data;
    } catch {
      return; // missing or corrupt cache: start empty. It is only ever an accelerator.
    }
    if (data?.format !== CACHE_FORMAT || !data.entries || typeof data.entries !== 'object') return;
    for (const [key, value] of Object.entries(data.entries)) {
      const e = validEntry(value);
      // "Racily clean" (as git calls it): a file changed in the same clock tick as the cache
      // was written could keep its ctime, so an entry not older than the cache is not trusted.
      if (e && BigInt(e.ctime) < savedAt) this.entries.set(key, e);
    }
  }

  /** Entries loaded or added: 0 when there was no usable cache file. */
  get size(): number {
    return this.entries.size;
  }

  get(key: string, st: BigIntStats): FileDigests | undefined {
    const e = this.entries.get(key);
    if (!e || e.size !== Number(st.size) || e.mtime !== String(st.mtimeNs) || e.ctime !== String(st.ctimeNs) || e.ino !== String(st.ino)) return undefined;
    const { mtime: _m, ctime: _c, ino: _i, ...digests } = e;
    return digests;
  }

  set(key: string, st: BigIntStats, digests: FileDigests): void {
    const prev = this.get(key, st) ?? {};
    this.entries.set(key, { ...prev, ...digests, size: Number(st.size), mtime: String(st.mtimeNs), ctime: String(st.ctimeNs), ino: String(st.ino) });
    this.dirty = true;
  }

  /**
   * Writes atomically (a temp file named by our PID, then rename); failures are ignored: a lost
   * cache costs only time. A temp file left by a killed process is swept by the next one.
   */
  save(): void {
    if (!this.file || !this.dirty) return;
    const tmp = tempName(this.file, process.pid);
    try {
      mkdirSync(path.dirname(this.file), { recursive: true });
      const entries = Object.fromEntries([...this.entries].sort(([a], [b]) => compareBytes(a, b)));
      writeFileSync(tmp, JSON.stringify({ format: CACHE_FORMAT, entries }));
      renameSync(tmp, this.file);
      this.dirty = false;
    } catch {
      // Read-only checkout, full disk: carry on without a cache, and leave no partial temp file.
      try {
        unlinkSync(tmp);
      } catch {
        /* never created */
      }
    }
  }
}

const tempName = (file: string, pid: number) => `${file}.${pid}.tmp`;

/** Removes `<cache>.<pid>.tmp` files whose process is gone (killed while saving). */
export function sweepStaleTemps(file: string): string[] {
  const dir = path.dirname(file);
  const base = path.basename(file);
  const removed: string[] = [];
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return removed;
  }
  for (const name of names.sort()) {
    if (!name.startsWith(`${base}.`) || !name.endsWith('.tmp')) continue;
    const pid = name.slice(base.length + 1, -'.tmp'.length);
    // Our own PID's temp file is never mid-write here (saves are synchronous), so it is stale too.
    if (!/^\d{1,10}$/.test(pid) || (Number(pid) !== process.pid && isAlive(Number(pid)))) continue;
    try {
      unlinkSync(path.join(dir, name));
      removed.push(name);
    } catch {
      /* another process swept it, or the folder is read-only */
    }
  }
  return removed;
}

