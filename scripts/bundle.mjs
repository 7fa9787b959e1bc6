// Bundles the action (dist/index.js) and the CLI (dist/cli.js) as ESM with esbuild.
// ncc cannot bundle @actions/artifact 6 / @actions/cache 6; esbuild can, in well under 2 s.
import { build } from 'esbuild';
import { copyFileSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';

// CommonJS dependencies expect require, __filename and __dirname; ESM has none of them.
// __filename/__dirname are mapped by `define` (some bundled ESM code declares its own).
const banner = [
  "import { createRequire as __mbCreateRequire } from 'node:module';",
  "import { fileURLToPath as __mbFileURLToPath } from 'node:url';",
  "import { dirname as __mbDirname } from 'node:path';",
  'const require = __mbCreateRequire(import.meta.url);',
  'const __mbFilename = __mbFileURLToPath(import.meta.url);',
  'const __mbDirnameValue = __mbDirname(__mbFilename);',
].join('\n');

rmSync('dist', { recursive: true, force: true });
await build({
  entryPoints: { index: 'src/action/index.ts', cli: 'src/cli/index.ts' },
  outdir: 'dist',
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'esm',
  banner: { js: banner },
  define: { __filename: '__mbFilename', __dirname: '__mbDirnameValue' },
  legalComments: 'none',
  logLevel: 'warning',
  // TensorFlow.js is loaded lazily; splitting keeps it out of the startup path of `check`.
  splitting: true,
  chunkNames: 'chunk-[hash]',
});

// The wasm backend loads its binaries from beside the module that holds it.
for (const name of ['tfjs-backend-wasm.wasm', 'tfjs-backend-wasm-simd.wasm']) {
  copyFileSync(`node_modules/@tensorflow/tfjs-backend-wasm/dist/${name}`, `dist/${name}`);
}

// The model-module import guard's hooks run in Node's loader thread as plain JavaScript.
copyFileSync('src/core/trust/moduleHooks.mjs', 'dist/moduleHooks.mjs');

// predict.mjs for model packages: our preprocessing code bundled, TensorFlow.js left to the
// package's own pinned dependencies.
await build({
  entryPoints: { predict: 'src/package-runtime/predict.ts' },
  outdir: 'dist/package',
  outExtension: { '.js': '.mjs' },
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'esm',
  banner: { js: banner },
  define: { __filename: '__mbFilename', __dirname: '__mbDirnameValue' },
  external: ['@tensorflow/*'],
  legalComments: 'none',
  logLevel: 'warning',
});

// The exact runtime dependencies a package needs, as a lockfile fragment taken from ours, so
// `npm ci` in an unpacked package installs exactly what trained the model.
const RUNTIME = ['@tensorflow/tfjs', '@tensorflow/tfjs-backend-wasm'];
const lock = JSON.parse(readFileSync('package-lock.json', 'utf8'));
const packages = {};
const resolveFrom = (location, name) => {
  for (let at = location; ; ) {
    const candidate = `${at ? `${at}/` : ''}node_modules/${name}`;
    if (lock.packages[candidate]) return candidate;
    if (!at) throw new Error(`bundle: ${name} (needed by ${location || 'the package'}) is not in package-lock.json`);
    const i = at.lastIndexOf('/node_modules/');
    at = i < 0 ? '' : at.slice(0, i);
  }
};
const visit = (location) => {
  if (packages[location]) return;
  const { version, integrity, license, dependencies = {}, peerDependencies = {}, optionalDependencies = {} } = lock.packages[location];
  packages[location] = { version, integrity, license, ...(Object.keys(dependencies).length ? { dependencies } : {}) };
  for (const name of Object.keys(dependencies)) visit(resolveFrom(location, name));
  // Peers that npm did not install were optional (peerDependenciesMeta); skip those too.
  for (const name of Object.keys({ ...peerDependencies, ...optionalDependencies })) {
    try {
      visit(resolveFrom(location, name));
    } catch {
      /* optional and absent */
    }
  }
};
const dependencies = Object.fromEntries(RUNTIME.map((name) => [name, lock.packages[`node_modules/${name}`].version]));
RUNTIME.forEach((name) => visit(`node_modules/${name}`));
const sorted = Object.fromEntries(Object.keys(packages).sort().map((k) => [k, packages[k]]));
mkdirSync('dist/package', { recursive: true });
writeFileSync('dist/package/runtime-lock.json', `${JSON.stringify({ dependencies, packages: sorted }, null, 2)}\n`);
