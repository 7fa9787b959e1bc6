// Module resolution hooks that keep a model module's import graph versioned. Plain JavaScript:
// on Node < 22.15 this file is loaded by `module.register()` in Node's loader thread, where
// no TypeScript loader may be present; on newer Node it is imported and used in-thread by
// `module.registerHooks()`, which also sees `require()`.
import { realpathSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** Prefix of the message a refused import throws, so the build can recognize it. */
export const REFUSED = '[model-build: unversioned import] ';

const inside = (parent, child) => {
  const rel = path.relative(parent, child);
  return rel === '' || (!rel.startsWith('..') && !path.isAbsolute(rel));
};

/**
 * @param {{ entry: string, root: string, own: string, allowed: string[], enforce: boolean, anyParentInside?: boolean }} data
 *   entry: the model module's URL; root: the repository's real root; own: model-build's own
 *   package folder (its TensorFlow.js); allowed: versioned files (tracked, unmodified), POSIX
 *   paths relative to root; enforce: throw on a refused import (else only report it).
 * @param {(message: string) => void} report
 */
export function createGuard(data, report) {
  const allowed = new Set(data.allowed);
  /** URLs in the model module's graph: their imports are judged too. */
  const graph = new Set([data.entry.split('?')[0]]);

  /** Why `url` may not be loaded, or null when it may. */
  const judge = (url) => {
    if (url.startsWith('node:')) return null;
    if (!url.startsWith('file:')) return `${url.slice(0, 80)}: only files inside the repository may be imported`;
    let file = fileURLToPath(url);
    try {
      file = realpathSync(file);
    } catch {
      return null; // does not exist: Node's own resolution error follows
    }
    if (inside(data.own, file)) return null;
    if (inside(data.root, file)) {
      const rel = path.relative(data.root, file).split(path.sep).join('/');
      if (allowed.has(rel)) return null;
      // Installed packages come from the (versioned) lockfile, not from git.
      if (rel.split('/').includes('node_modules')) return null;
      return `${rel} is not versioned (untracked, ignored or modified since the last commit)`;
    }
    return `${file} lies outside the repository`;
  };

  /** Judges one resolution; returns the URL unchanged or throws / reports. */
  /** With `anyParentInside` (CommonJS, whose parents we cannot trace), any repository file's loads count. */
  const guarded = (parent) => {
    if (graph.has(parent)) return true;
    if (!data.anyParentInside || !parent.startsWith('file:')) return false;
    const file = fileURLToPath(parent);
    return inside(data.root, file) && !path.relative(data.root, file).split(path.sep).includes('node_modules');
  };

  return (url, parentURL) => {
    const parent = parentURL ? parentURL.split('?')[0] : undefined;
    if (!parent || !guarded(parent)) return;
    const bare = url.split('?')[0];
    const why = judge(bare);
    if (why === null) {
      graph.add(bare);
      return;
    }
    const message = `${why} (imported by ${parent.startsWith('file:') ? path.relative(data.root, fileURLToPath(parent)) : parent})`;
    report(message);
    if (data.enforce) throw new Error(REFUSED + message);
    graph.add(bare);
  };
}

// ---- module.register() entry points (loader thread) ------------------------------------------

let check;

export function initialize(data) {
  check = createGuard(data, (message) => data.port.postMessage(message));
}

export async function resolve(specifier, context, nextResolve) {
  const result = await nextResolve(specifier, context);
  check?.(result.url, context.parentURL);
  return result;
}
