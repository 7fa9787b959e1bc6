import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

let packageRoot: string | undefined;

/**
 * The folder of model-build's own package.json. Works from `src/` (tests), `lib/` (library)
 * and `dist/` (bundles), which sit at different depths below it.
 */
export function ownPackageRoot(): string {
  if (packageRoot) return packageRoot;
  let dir = path.dirname(fileURLToPath(import.meta.url));
  for (;;) {
    if (existsSync(path.join(dir, 'schema', 'model-build.schema.json'))) return (packageRoot = dir);
    const up = path.dirname(dir);
    if (up === dir) throw new Error('model-build: cannot find its own schema/ folder');
    dir = up;
  }
}

/** Absolute path of a file shipped with model-build, e.g. `schema/model-build.schema.json`. */
export const ownFile = (rel: string): string => path.join(ownPackageRoot(), rel);
