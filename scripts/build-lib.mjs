// Builds the library (src/ → lib/) with tsc, then refuses a lib/ that holds files with no
// source: tsc never removes what it emitted for a deleted or moved module, and `npm pack`
// would ship it. Nothing is deleted here: lib/ may hold files we did not make.
// `--check-only` runs the check without building.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

// Each output kind and the source extension it comes from.
const OUTPUTS = [
  ['.d.ts.map', '.ts'],
  ['.d.ts', '.ts'],
  ['.js.map', '.ts'],
  ['.js', '.ts'],
  ['.d.mts.map', '.mts'],
  ['.d.mts', '.mts'],
  ['.mjs.map', '.mts'],
  ['.mjs', '.mts'],
];

/** Files under `dir`, POSIX paths relative to it, in code-point order. */
function listFiles(dir, prefix = '') {
  const out = [];
  for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
    const rel = prefix ? `${prefix}/${entry.name}` : entry.name;
    if (entry.isDirectory()) out.push(...listFiles(path.join(dir, entry.name), rel));
    else out.push(rel);
  }
  return out;
}

/** lib/ files (relative to lib/) that no file in src/ produces. */
export function staleOutputs(libDir, srcDir) {
  if (!existsSync(libDir)) return [];
  return listFiles(libDir).filter((rel) => {
    const kind = OUTPUTS.find(([ext]) => rel.endsWith(ext));
    return !kind || !existsSync(path.join(srcDir, rel.slice(0, -kind[0].length) + kind[1]));
  });
}

function main() {
  const root = process.cwd();
  if (!process.argv.includes('--check-only')) {
    let tsc;
    try {
      tsc = createRequire(path.join(root, 'package.json')).resolve('typescript/bin/tsc');
    } catch {
      console.error('build-lib: TypeScript is not installed here. Run `npm ci` (it installs the devDependencies) and try again.');
      return 2;
    }
    const built = spawnSync(process.execPath, [tsc, '-p', 'tsconfig.build.json'], { cwd: root, stdio: 'inherit' });
    if (built.status !== 0) return built.status ?? 1;
  }
  const stale = staleOutputs(path.join(root, 'lib'), path.join(root, 'src'));
  if (stale.length === 0) return 0;
  console.error(
    [
      `build-lib: lib/ holds ${stale.length} file(s) with no source in src/, which the package would ship:`,
      ...stale.slice(0, 20).map((rel) => `  lib/${rel}`),
      ...(stale.length > 20 ? [`  … and ${stale.length - 20} more`] : []),
      'lib/ is build output (ignored by git): delete it and run `npm run build` again.',
    ].join('\n'),
  );
  return 1;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) process.exitCode = main();
