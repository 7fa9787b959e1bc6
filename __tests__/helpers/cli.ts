import { spawnSync, type SpawnSyncOptions } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { inject } from 'vitest';
import { FAILED, READY } from './cliBundle.js';

export const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

// Resolved here so the CLI can run with any cwd (a temp repository has no node_modules).
const tsxLoader = pathToFileURL(createRequire(import.meta.url).resolve('tsx')).href;

/** The sources under tsx: what cliCommand() gives with MODEL_BUILD_TEST_CLI=source. */
export const sourceCommand: readonly string[] = [process.execPath, '--import', tsxLoader, path.join(projectRoot, 'src/cli/index.ts')];

/** How long a test waits for the run's bundle (cliBundle.ts builds it in the background). */
const BUNDLE_WAIT_MS = 180_000;

let bundleCommand: readonly string[] | undefined;

/**
 * The command (program and leading arguments) that runs the CLI under test: the bundle built
 * from the current sources for this test run (see cliBundle.ts), or the sources under tsx when
 * MODEL_BUILD_TEST_CLI=source or no bundle was provided.
 */
export function cliCommand(): readonly string[] {
  if (bundleCommand) return bundleCommand;
  const dir = inject('cliBundleDir');
  if (!dir) return sourceCommand;
  const pause = new Int32Array(new SharedArrayBuffer(4));
  for (const start = performance.now(); !existsSync(path.join(dir, READY)); ) {
    const failed = path.join(dir, FAILED);
    if (existsSync(failed)) throw new Error(`the CLI bundle for the tests failed to build:\n${readFileSync(failed, 'utf8')}`);
    if (performance.now() - start > BUNDLE_WAIT_MS) throw new Error(`the CLI bundle for the tests was not built in ${BUNDLE_WAIT_MS / 1000} s (${dir})`);
    Atomics.wait(pause, 0, 0, 50);
  }
  return (bundleCommand = [process.execPath, path.join(dir, 'dist/cli.js')]);
}

/** A `#!/bin/sh` script that runs the CLI under test with its arguments (a `model-build` on PATH). */
export function cliScript(): string {
  const quoted = cliCommand().map((a) => `'${a.replace(/'/g, "'\\''")}'`);
  return `#!/bin/sh\nexec ${quoted.join(' ')} "$@"\n`;
}

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs the CLI under test (cliCommand()), or the committed bundle with `bundle: true`, in a child process. */
export function cli(args: string[], options: SpawnSyncOptions & { bundle?: boolean } = {}): CliResult {
  const [program, ...entry] = options.bundle ? [process.execPath, path.join(projectRoot, 'dist/cli.js')] : cliCommand();
  const r = spawnSync(program!, [...entry, ...args], {
    encoding: 'utf8',
    cwd: projectRoot,
    ...options,
    env: { ...process.env, ...options.env },
  });
  return { code: r.status ?? -1, stdout: String(r.stdout), stderr: String(r.stderr) };
}
