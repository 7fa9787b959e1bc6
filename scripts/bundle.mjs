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

// predictor.mjs for model packages: the universal predictor (browsers, Node, Deno, Bun,
// Workers), our preprocessing and decoding code bundled, TensorFlow.js left as the bare import.
// Shared helpers (util/paths) import node:path for functions the predictor never calls. Each
// node:* import becomes an empty module without side effects, so tree shaking drops it; a named
// import of one fails the build, and a default one that is used leaves its marker, refused below
// with any other trace of Node.
const unusedNodeBuiltins = {
  name: 'unused-node-builtins',
  setup(b) {
    b.onResolve({ filter: /^node:/ }, (args) => ({ path: args.path, namespace: 'unused-node-builtin', sideEffects: false }));
    b.onLoad({ filter: /.*/, namespace: 'unused-node-builtin' }, () => ({ contents: 'export default "__model_build_node_builtin_in_predictor__";', loader: 'js' }));
  },
};
await build({
  entryPoints: { predictor: 'src/package-runtime/predictor.ts' },
  outdir: 'dist/package',
  outExtension: { '.js': '.mjs' },
  bundle: true,
  platform: 'neutral',
  target: 'es2020',
  format: 'esm',
  banner: { js: '// predictor.mjs: this model in any JavaScript runtime. Written by model-build; types in predictor.d.mts, examples in MODEL_CARD.md.' },
  external: ['@tensorflow/*'],
  plugins: [unusedNodeBuiltins],
  legalComments: 'none',
  logLevel: 'warning',
});
const predictorCode = readFileSync('dist/package/predictor.mjs', 'utf8');
for (const [what, pattern] of [['a Node built-in', /["']node:|__model_build_node_builtin_in_predictor__/], ['process', /\bprocess\./], ['Buffer', /\bBuffer\b/], ['require', /\brequire\(/]]) {
  if (pattern.test(predictorCode)) throw new Error(`bundle: predictor.mjs uses ${what}; it must run in browsers`);
}
copyFileSync('src/package-runtime/predictor.d.mts', 'dist/package/predictor.d.mts');

// predict.mjs for model packages: a Node CLI over predictor.mjs, which it imports at run time
// (one prediction code in the package); TensorFlow.js left to the package's pinned dependencies.
const predictorExternal = {
  name: 'predictor-external',
  setup(b) {
    b.onResolve({ filter: /^\.\/predictor\.js$/ }, (args) => (args.importer.endsWith('predict.ts') ? { path: './predictor.mjs', external: true } : undefined));
  },
};
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
  plugins: [predictorExternal],
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
  const { version, integrity, license, dependencies = {}, peerDependencies = {}, peerDependenciesMeta = {}, optionalDependencies = {} } = lock.packages[location];
  packages[location] = { version, integrity, license, ...(Object.keys(dependencies).length ? { dependencies } : {}) };
  for (const name of Object.keys(dependencies)) visit(resolveFrom(location, name));
  // Optional peers (peerDependenciesMeta) are never installed for their own sake: one that our
  // lockfile holds is there for a dev dependency, and must not reach the package's lock.
  const peers = Object.keys(peerDependencies).filter((name) => !peerDependenciesMeta[name]?.optional);
  // Optional dependencies npm did not install (another platform's) are skipped.
  for (const name of [...peers, ...Object.keys(optionalDependencies)]) {
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
