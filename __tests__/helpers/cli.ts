import { spawnSync, type SpawnSyncOptions } from 'node:child_process';
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath, pathToFileURL } from 'node:url';

export const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

// Resolved here so the CLI can run with any cwd (a temp repository has no node_modules).
const tsxLoader = pathToFileURL(createRequire(import.meta.url).resolve('tsx')).href;

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs the CLI from source (`tsx`), or the committed bundle with `bundle: true`, in a child process. */
export function cli(args: string[], options: SpawnSyncOptions & { bundle?: boolean } = {}): CliResult {
  const entry = options.bundle
    ? [path.join(projectRoot, 'dist/cli.js')]
    : ['--import', tsxLoader, path.join(projectRoot, 'src/cli/index.ts')];
  const r = spawnSync(process.execPath, [...entry, ...args], {
    encoding: 'utf8',
    cwd: projectRoot,
    ...options,
    env: { ...process.env, ...options.env },
  });
  return { code: r.status ?? -1, stdout: String(r.stdout), stderr: String(r.stderr) };
}
