import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type * as TF from '@tensorflow/tfjs';
import type { Backend } from '../config/types.js';
import { ModelBuildError } from '../errors.js';

/** The TensorFlow.js namespace, whichever package provided it. */
export type Tf = typeof TF;

export type BackendName = 'tensorflow' | 'wasm' | 'cpu';

/**
 * Which TensorFlow.js ran: numbers differ by backend, so this goes into every result. Every
 * field here is a build input: it decides the bytes of the model (see RuntimeNotes for what
 * does not).
 */
export interface RuntimeInfo {
  backend: BackendName;
  /** Version of @tensorflow/tfjs-core. */
  tfjsVersion: string;
  /** Version of the backend package (tfjs-node, tfjs-backend-wasm or tfjs-backend-cpu). */
  backendVersion: string;
  /** WebAssembly SIMD in use (wasm only); null for other backends. */
  simd: boolean | null;
}

/**
 * How the backend was arrived at on this host: environment observations. The same resolved
 * backend gives the same bytes however it was asked for, so these never go into a model or a
 * package (they go into the in-memory result, the CLI output and the provenance statement).
 */
export interface RuntimeNotes {
  /** What was asked for: `auto` or a backend by name. */
  requested: Backend;
  /** Why a preferred backend was not used, when `auto` fell back (or training moved off wasm). */
  fallbacks: string[];
}

export interface Runtime {
  tf: Tf;
  info: RuntimeInfo;
  notes: RuntimeNotes;
}

export interface LoadRuntimeOptions {
  backend?: Backend;
  /** The project being built: its own node_modules are searched first for @tensorflow/tfjs-node. */
  projectRoot?: string;
}

const NATIVE_PACKAGES = ['@tensorflow/tfjs-node-gpu', '@tensorflow/tfjs-node'] as const;

/**
 * Loads TensorFlow.js lazily (commands that do not train never pay for it):
 * tfjs-node when it loads, else tfjs on WebAssembly (~4× the pure-JS CPU backend here), else
 * the CPU backend. An explicit backend that cannot load is an error, not a silent fallback.
 */
export async function loadRuntime(options: LoadRuntimeOptions = {}): Promise<Runtime> {
  const wanted = options.backend ?? 'auto';
  const fallbacks: string[] = [];
  if (wanted === 'auto' || wanted === 'tensorflow') {
    const native = loadNative(options.projectRoot, fallbacks);
    if (native) return { ...native, notes: { requested: wanted, fallbacks } };
    if (wanted === 'tensorflow') {
      throw new ModelBuildError('BACKEND_UNAVAILABLE', `backend "tensorflow" requested but @tensorflow/tfjs-node does not load: ${fallbacks.join('; ')}`, {
        hint: 'run `npm install @tensorflow/tfjs-node` in your project, or use backend: auto',
      });
    }
  }
  const tf = cjs(await import('@tensorflow/tfjs')) as unknown as Tf;
  // Production mode: no per-op debug checks, and no console advice from inside the library
  // (our result records the backend and why a faster one was not used).
  tf.enableProdMode();
  if (wanted === 'auto' || wanted === 'wasm') {
    try {
      const wasm = cjs(await import('@tensorflow/tfjs-backend-wasm'));
      wasm.setWasmPaths(`${wasmDir()}${path.sep}`);
      if (!(await tf.setBackend('wasm'))) throw new Error('the wasm backend failed to initialize');
      await tf.ready();
      const simd = Boolean(await tf.env().getAsync('WASM_HAS_SIMD_SUPPORT'));
      return { tf, info: { backend: 'wasm', tfjsVersion: tf.version_core, backendVersion: wasm.version_wasm, simd }, notes: { requested: wanted, fallbacks } };
    } catch (e) {
      if (wanted === 'wasm') {
        throw new ModelBuildError('BACKEND_UNAVAILABLE', `backend "wasm" failed to load: ${(e as Error).message}`, {
          hint: 'use backend: cpu, or reinstall model-build so the .wasm files are present',
        });
      }
      fallbacks.push(`wasm: ${(e as Error).message}`);
    }
  }
  await tf.setBackend('cpu');
  await tf.ready();
  return { tf, info: { backend: 'cpu', tfjsVersion: tf.version_core, backendVersion: tf.version_core, simd: null }, notes: { requested: wanted, fallbacks } };
}

/**
 * The CommonJS exports behind a dynamic import: Node exposes them as named exports, a bundle
 * may only as `default`.
 */
function cjs<T extends object>(mod: T): T {
  const d = (mod as { default?: unknown }).default;
  return d && typeof d === 'object' && !('version_core' in mod) && !('setWasmPaths' in mod) ? (d as T) : mod;
}

/** tfjs-node from the project first, then from model-build's own dependencies. */
function loadNative(projectRoot: string | undefined, fallbacks: string[]): Omit<Runtime, 'notes'> | null {
  const bases = [projectRoot && path.join(projectRoot, 'package.json'), fileURLToPath(import.meta.url)].filter(
    (b): b is string => Boolean(b),
  );
  for (const base of bases) {
    const req = createRequire(base);
    for (const name of NATIVE_PACKAGES) {
      let resolved: string;
      try {
        resolved = req.resolve(name);
      } catch {
        continue;
      }
      try {
        const tf = req(resolved) as Tf & { version: Record<string, string> };
        tf.enableProdMode();
        return {
          tf,
          info: {
            backend: 'tensorflow',
            tfjsVersion: tf.version_core,
            backendVersion: tf.version[name.slice('@tensorflow/'.length)] ?? tf.version_core,
            simd: null,
          },
        };
      } catch (e) {
        fallbacks.push(`${name} (${resolved}): ${(e as Error).message.split('\n')[0]}`);
      }
    }
  }
  if (fallbacks.length === 0) fallbacks.push('@tensorflow/tfjs-node is not installed');
  return null;
}

/** Where the .wasm binaries are: beside a bundle (dist/), or in the installed package. */
function wasmDir(): string {
  const here = path.dirname(fileURLToPath(import.meta.url));
  if (existsSync(path.join(here, 'tfjs-backend-wasm-simd.wasm'))) return here;
  const req = createRequire(import.meta.url);
  return path.dirname(req.resolve('@tensorflow/tfjs-backend-wasm'));
}
