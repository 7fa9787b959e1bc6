// Bundles the action (dist/index.js) and the CLI (dist/cli.js) as ESM with esbuild.
// ncc cannot bundle @actions/artifact 6 / @actions/cache 6; esbuild can, in well under 2 s.
import { build } from 'esbuild';
import { copyFileSync, rmSync } from 'node:fs';

// CommonJS dependencies expect require, __filename and __dirname; ESM has none of them.
const banner = [
  "import { createRequire as __mbCreateRequire } from 'node:module';",
  "import { fileURLToPath as __mbFileURLToPath } from 'node:url';",
  "import { dirname as __mbDirname } from 'node:path';",
  'const require = __mbCreateRequire(import.meta.url);',
  'const __filename = __mbFileURLToPath(import.meta.url);',
  'const __dirname = __mbDirname(__filename);',
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
