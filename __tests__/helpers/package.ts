import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { readZip, writeZip } from '../../src/core/package/zip.js';

const sha256 = (b: Buffer) => createHash('sha256').update(b).digest('hex');

/**
 * Rewrites a real package with `edit` applied to its parsed JSON files (set one to a Buffer to
 * write raw bytes), then recomputes
 * metadata.files and MANIFEST.sha256 so every digest matches again: the package another
 * model-build version would have written, which `inspect` and `readPackage` accept. Returns
 * the bytes written to `out`.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- hand-edited package JSON of any shape
export function rewritePackage(archive: string, out: string, edit: (json: Record<string, any>) => void): Buffer {
  const entries = new Map(readZip(readFileSync(archive)).map((e) => [e.name, e.data]));
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- as above
  const json: Record<string, any> = {};
  for (const [name, data] of entries) if (name.endsWith('.json')) json[name] = JSON.parse(data.toString('utf8'));
  edit(json);
  for (const [name, value] of Object.entries(json)) {
    // A Buffer is written as it is (JSON that JSON.stringify could not write, e.g. too deep).
    if (name !== 'metadata.json') entries.set(name, Buffer.isBuffer(value) ? value : Buffer.from(`${JSON.stringify(value, null, 2)}\n`));
  }
  const meta = json['metadata.json'];
  for (const name of Object.keys(meta.files)) meta.files[name] = `sha256:${sha256(entries.get(name)!)}`;
  entries.set('metadata.json', Buffer.from(`${JSON.stringify(meta, null, 2)}\n`));
  entries.delete('MANIFEST.sha256');
  const names = [...entries.keys()].sort();
  entries.set('MANIFEST.sha256', Buffer.from(names.map((n) => `${sha256(entries.get(n)!)}  ${n}\n`).join('')));
  const bytes = writeZip([...entries].map(([name, data]) => ({ name, data })), { mtime: Date.parse(meta.timestamp) / 1000 });
  writeFileSync(out, bytes);
  return bytes;
}

/** One file of a package, as text. */
export function packageEntry(archive: string, name: string): string {
  const entry = readZip(readFileSync(archive)).find((e) => e.name === name);
  if (!entry) throw new Error(`${name} is not in ${archive}`);
  return entry.data.toString('utf8');
}
