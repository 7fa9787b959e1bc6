import { spawnSync, type SpawnSyncOptions } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs the CLI from source (`tsx`), or the committed bundle with `bundle: true`, in a child process. */
export function cli(args: string[], options: SpawnSyncOptions & { bundle?: boolean } = {}): CliResult {
  const entry = options.bundle
    ? [path.join(projectRoot, 'dist/cli.js')]
    : ['--import', 'tsx', path.join(projectRoot, 'src/cli/index.ts')];
  const r = spawnSync(process.execPath, [...entry, ...args], {
    encoding: 'utf8',
    cwd: projectRoot,
    ...options,
    env: { ...process.env, ...options.env },
  });
  return { code: r.status ?? -1, stdout: String(r.stdout), stderr: String(r.stderr) };
}
