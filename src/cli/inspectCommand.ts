import path from 'node:path';
import { readPackage } from '../core/package/readPackage.js';
import { formatBytes, styleFor } from './terminal.js';
import { inspectSignature, signatureLine, type TrustOptions } from './verifySignatureCommand.js';

/**
 * Verifies a package (and the signature beside it, if any: against --public-key or a keyless identity when given) and
 * prints its metadata; exit 0, or 2 (input error) when it is damaged or does not match its signature.
 */
export async function runInspect(args: { archive: string; json: boolean; trust?: TrustOptions | null }): Promise<number> {
  const { entries, ...pkg } = readPackage(path.resolve(args.archive));
  const signature = inspectSignature(pkg.archive, entries, args.trust);
  if (args.json) {
    process.stdout.write(`${JSON.stringify({ ...pkg, signature }, null, 2)}\n`);
    return 0;
  }
  const s = styleFor(process.stdout);
  const m = pkg.metadata;
  const fmt = (v: number) => (Number.isInteger(v) ? String(v) : v.toFixed(4));
  const lines = [
    `${s.bold(m.name)}${m.version ? ` ${m.version}` : ''}  ${s.green('✓ every file matches MANIFEST.sha256 and the metadata schema')}`,
    ...((m.dirty ?? m.code.dirty)
      ? [s.yellow('  ⚠ DIRTY BUILD: built with --allow-dirty from unversioned code or data; not reproducible'), ...(m.problems ?? []).map((p) => s.yellow(`    - ${p}`))]
      : []),
    `  archive   ${pkg.digest}`,
    `  contents  ${pkg.contentDigest}`,
    signatureLine(signature, s),
    `  built     ${m.timestamp} by model-build ${m.createdBy.version}`,
    `  code      ${m.code.commit}${m.code.ref ? ` (${m.code.ref})` : ''}${m.code.dirty ? s.yellow(' DIRTY') : ''}${m.code.repository ? `  ${m.code.repository}` : ''}`,
    `  config    ${m.config.path} ${m.config.digest}`,
    ...(m.variant ? [`  variant   ${m.variant.id}  ${Object.entries(m.variant.overrides).map(([k, v]) => `${k}=${JSON.stringify(v)}`).join(' ')}`] : []),
    ...m.data.map((d) => {
      const read = d.actual !== undefined && d.actual !== d.hash ? s.yellow(`  read ${d.actual ?? 'unknown bytes'} (${d.status ?? 'modified'})`) : '';
      return `  data      ${d.path}  ${d.kind ?? 'unversioned'} ${d.hash ?? ''}${read}${d.rows !== null ? `  ${d.rows} rows` : ''}`;
    }),
    `  training  ${m.task} on ${m.training.backend} (tfjs ${m.training.tfjsVersion}), seed ${m.training.seed}, ${m.training.epochsRun} epochs`,
    `  runtime   node ${m.environment.node} ${m.environment.platform}-${m.environment.arch}; ${Object.entries(m.environment.dependencies).map(([k, v]) => `${k}@${v}`).join(', ')}`,
    `  metrics   ${Object.entries(m.metrics).filter((e): e is [string, number] => typeof e[1] === 'number').map(([k, v]) => `${k} ${fmt(v)}`).join(', ')}`,
    ...m.gates.map((g) => `  gate      ${g.passed ? s.green('✓') : s.red('✗')} ${g.metric} ${g.op} ${g.threshold} (${fmt(g.actual)})`),
    '  files',
    ...pkg.files.map((f) => `    ${f.sha256.slice(0, 12)}  ${formatBytes(f.size).padStart(10)}  ${f.name}`),
  ];
  process.stdout.write(`${lines.join('\n')}\n`);
  return 0;
}
