import { createHash } from 'node:crypto';

export const md5 = (b: string | Buffer) => createHash('md5').update(b).digest('hex');

/** A `.dvc` file as DVC 3 writes it for one file or directory out. */
export function dvcFile(out: { path: string; md5: string; size: number; nfiles?: number; legacy?: boolean }): string {
  const lines = ['outs:', `- md5: ${out.md5}`, `  size: ${out.size}`];
  if (out.nfiles !== undefined) lines.push(`  nfiles: ${out.nfiles}`);
  if (!out.legacy) lines.push('  hash: md5');
  lines.push(`  path: ${out.path}`);
  return `${lines.join('\n')}\n`;
}
