/**
 * The lockfile fragment every package ships (dist/package/runtime-lock.json, made by
 * scripts/bundle.mjs) is exactly what `npm ci` needs for the model's runtime dependencies: their
 * closure over dependencies and required peers in our package-lock.json — nothing a dev
 * dependency happened to pull in (an optional peer such as node-fetch's `encoding`).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { projectRoot } from './helpers/cli.js';

interface LockEntry {
  version: string;
  dependencies?: Record<string, string>;
  peerDependencies?: Record<string, string>;
  peerDependenciesMeta?: Record<string, { optional?: boolean }>;
  optionalDependencies?: Record<string, string>;
}

describe('dist/package/runtime-lock.json', () => {
  it('is the closure of the runtime dependencies in package-lock.json, without optional peers', () => {
    const lock = JSON.parse(readFileSync(path.join(projectRoot, 'package-lock.json'), 'utf8')) as { packages: Record<string, LockEntry> };
    const runtime = JSON.parse(readFileSync(path.join(projectRoot, 'dist/package/runtime-lock.json'), 'utf8')) as { dependencies: Record<string, string>; packages: Record<string, LockEntry> };
    const resolve = (from: string, name: string): string | null => {
      for (let at = from; ; ) {
        const candidate = `${at ? `${at}/` : ''}node_modules/${name}`;
        if (lock.packages[candidate]) return candidate;
        if (!at) return null;
        const i = at.lastIndexOf('/node_modules/');
        at = i < 0 ? '' : at.slice(0, i);
      }
    };
    const seen = new Set<string>();
    const visit = (at: string) => {
      if (seen.has(at)) return;
      seen.add(at);
      const e = lock.packages[at]!;
      const required = [...Object.keys(e.dependencies ?? {}), ...Object.keys(e.peerDependencies ?? {}).filter((p) => !e.peerDependenciesMeta?.[p]?.optional)];
      for (const name of required) visit(resolve(at, name)!);
      for (const name of Object.keys(e.optionalDependencies ?? {})) {
        const r = resolve(at, name);
        if (r) visit(r);
      }
    };
    for (const name of Object.keys(runtime.dependencies)) visit(`node_modules/${name}`);
    expect(Object.keys(runtime.packages).sort()).toEqual([...seen].sort());
    for (const [at, entry] of Object.entries(runtime.packages)) expect(entry.version, at).toBe(lock.packages[at]!.version);
    expect(Object.keys(runtime.dependencies).sort()).toEqual(['@tensorflow/tfjs', '@tensorflow/tfjs-backend-wasm']);
  });
});
