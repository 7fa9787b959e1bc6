import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import * as nodeModule from 'node:module';
import path from 'node:path';
import { MessageChannel, receiveMessageOnPort } from 'node:worker_threads';
import { pathToFileURL } from 'node:url';
import { ownFile, ownPackageRoot } from '../util/packageFiles.js';

/** What a guarded import saw: the imports it refused (or, when not enforcing, let through). */
export interface ModuleGuardResult {
  refused: string[];
}

interface GuardData {
  anyParentInside?: boolean;
  entry: string;
  root: string;
  own: string;
  allowed: string[];
  enforce: boolean;
}

type Guard = (url: string, parentURL: string | undefined) => void;
interface HooksModule {
  REFUSED: string;
  createGuard(data: GuardData, report: (m: string) => void): Guard;
}

/** The hooks file: beside this module in the sources and lib/, in dist/ for the bundles. */
function hooksUrl(): URL {
  const beside = new URL('./moduleHooks.mjs', import.meta.url);
  if (beside.protocol === 'file:' && existsSync(beside)) return beside;
  return pathToFileURL(ownFile('dist/moduleHooks.mjs'));
}

/**
 * Imports the model module with every import in its graph judged by the trust boundary: a
 * file must be inside the repository and versioned (or an installed package under a
 * node_modules folder, or model-build's own). Node's module customization hooks see each
 * resolution before the file is loaded, so a refused file never runs. `registerHooks`
 * (Node ≥ 22.15) also sees `require()`; on older Node `register()` sees `import`, and
 * CommonJS's resolver is wrapped in-thread for `require()` while the guard is on.
 */
export async function importGuarded(
  moduleFile: string,
  options: { root: string; allowed: string[]; enforce: boolean },
): Promise<GuardedImport> {
  // The content digest in the URL makes a changed module load afresh in a long-lived process.
  const entry = `${pathToFileURL(moduleFile).href}?sha256=${createHash('sha256').update(readFileSync(moduleFile)).digest('hex')}`;
  const data: GuardData = { entry, root: options.root, own: ownPackageRoot(), allowed: options.allowed, enforce: options.enforce };
  const refused: string[] = [];
  const hooks = (await import(hooksUrl().href)) as HooksModule;
  const registerHooks = (nodeModule as unknown as { registerHooks?: RegisterHooks }).registerHooks;
  if (registerHooks) {
    const check = hooks.createGuard(data, (m) => refused.push(m));
    const handle = registerHooks({
      resolve(specifier, context, next) {
        const r = next(specifier, context);
        check(r.url, context.parentURL);
        return r;
      },
    });
    try {
      return { module: await import(entry), guard: { refused }, refusedMarker: hooks.REFUSED, release: () => handle.deregister() };
    } catch (e) {
      handle.deregister();
      throw e;
    }
  }
  const { port1, port2 } = new MessageChannel();
  nodeModule.register(hooksUrl().href, { data: { ...data, port: port2 }, transferList: [port2] });
  // register() hooks do not see require() on this Node: judge CommonJS resolutions in-thread.
  const unpatch = guardRequire(hooks.createGuard({ ...data, anyParentInside: true }, (m) => refused.push(m)));
  const drain = () => {
    for (let m = receiveMessageOnPort(port1); m; m = receiveMessageOnPort(port1)) refused.push(String(m.message));
  };
  try {
    const module = await import(entry);
    drain();
    // register() cannot be undone; the hooks stay and keep judging this module's graph only.
    const release = () => {
      unpatch();
      drain();
      port1.close();
    };
    return { module, guard: { refused }, refusedMarker: hooks.REFUSED, release };
  } catch (e) {
    unpatch();
    drain();
    port1.close();
    throw e;
  }
}

/** Wraps CommonJS's resolver so every require() from a repository file is judged; returns the undo. */
function guardRequire(check: Guard): () => void {
  const Module = (nodeModule as unknown as { Module: CjsModule }).Module;
  const original = Module._resolveFilename;
  Module._resolveFilename = function (this: unknown, request: string, parent: { filename?: string } | undefined, ...rest: unknown[]) {
    const filename = original.call(this, request, parent, ...rest);
    if (parent?.filename && path.isAbsolute(filename)) check(pathToFileURL(filename).href, pathToFileURL(parent.filename).href);
    return filename;
  };
  return () => {
    Module._resolveFilename = original;
  };
}

interface CjsModule {
  _resolveFilename(this: unknown, request: string, parent: { filename?: string } | undefined, ...rest: unknown[]): string;
}

export interface GuardedImport {
  module: unknown;
  /** Filled as imports happen: also while the module's own code runs, until release(). */
  guard: ModuleGuardResult;
  /** The prefix of the message a refused import throws. */
  refusedMarker: string;
  /** Stops judging (Node ≥ 22.15) and collects the last reports. Call after build(tf, ctx). */
  release(): void;
}

type RegisterHooks = (hooks: {
  resolve(
    specifier: string,
    context: { parentURL?: string },
    next: (specifier: string, context: { parentURL?: string }) => { url: string },
  ): { url: string };
}) => { deregister(): void };
