/**
 * Vitest global setup: bundles the CLI from the current sources once per test run, so tests
 * start it as `node <bundle>` instead of compiling TypeScript under tsx in every child process
 * (1–2 s of each spawn, hundreds of spawns a run).
 *
 * The bundle is made by scripts/bundle.mjs itself, run in a temporary mirror of the project
 * (every top-level entry but dist/ symlinked), so it has exactly the real bundle's options,
 * chunks, wasm files and hook files, and never touches the committed dist/. The mirror's
 * dist/package/ is then pointed at the committed one: packages written by a child process
 * carry the same runtime files as packages written in the test process (which read the
 * committed dist/package through ownFile), as with the sources under tsx.
 *
 * The build runs in the background while the first test files start; the helpers in cli.ts
 * wait for it only when a test actually spawns the CLI. MODEL_BUILD_TEST_CLI=source skips it
 * and runs the sources under tsx, as before.
 */
import { spawn } from 'node:child_process';
import { chmodSync, mkdtempSync, readdirSync, renameSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { TestProject } from 'vitest/node';

const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

declare module 'vitest' {
  export interface ProvidedContext {
    /** The mirror folder whose dist/cli.js is the CLI under test; '' to run the sources under tsx. */
    cliBundleDir: string;
  }
}

/** Files in the mirror folder that say how the build ended (written whole, by rename). */
export const READY = 'bundle.ready';
export const FAILED = 'bundle.failed';

export default function setup(project: TestProject): (() => Promise<void>) | undefined {
  if (process.env.MODEL_BUILD_TEST_CLI === 'source') {
    project.provide('cliBundleDir', '');
    return undefined;
  }
  const dir = mkdtempSync(path.join(tmpdir(), 'mb-test-cli-'));
  // Readable by all, like the sources: some tests run the CLI as an unprivileged user.
  chmodSync(dir, 0o755);
  for (const name of readdirSync(projectRoot).sort()) {
    if (name !== 'dist' && name !== '.git') symlinkSync(path.join(projectRoot, name), path.join(dir, name));
  }
  let tornDown = false;
  const finish = (file: string, text: string) => {
    if (tornDown) return;
    writeFileSync(path.join(dir, `${file}.tmp`), text);
    renameSync(path.join(dir, `${file}.tmp`), path.join(dir, file));
  };
  // Its own process group, so teardown can stop esbuild's service process with it.
  const child = spawn(process.execPath, [path.join(dir, 'scripts/bundle.mjs')], { cwd: dir, stdio: ['ignore', 'ignore', 'pipe'], detached: true });
  const closed = new Promise<void>((resolve) => child.on('close', () => resolve()));
  let stderr = '';
  child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
  child.on('error', (e) => finish(FAILED, e.message));
  child.on('close', (code, signal) => {
    if (code !== 0) return finish(FAILED, `scripts/bundle.mjs exited with ${signal ?? code}\n${stderr}`);
    try {
      rmSync(path.join(dir, 'dist/package'), { recursive: true });
      symlinkSync(path.join(projectRoot, 'dist/package'), path.join(dir, 'dist/package'));
      finish(READY, '');
    } catch (e) {
      finish(FAILED, (e as Error).message);
    }
  });
  project.provide('cliBundleDir', dir);
  return async () => {
    tornDown = true;
    // A run that never spawned the CLI may end before the build: stop it before removing its folder.
    if (child.pid !== undefined && child.exitCode === null && child.signalCode === null) {
      try {
        process.kill(-child.pid!, 'SIGKILL');
      } catch {
        /* already gone */
      }
      await closed;
    }
    // Symlinks are removed as links (rm does not follow them): the project stays as it was.
    rmSync(dir, { recursive: true, force: true, maxRetries: 5 });
  };
}
