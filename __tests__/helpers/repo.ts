import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll } from 'vitest';

const made: string[] = [];
afterAll(() => {
  for (const dir of made) rmSync(dir, { recursive: true, force: true });
});

/** A fresh temp folder, removed after the test file. */
export function tempDir(prefix = 'mb-'): string {
  const dir = mkdtempSync(path.join(tmpdir(), prefix));
  made.push(dir);
  return dir;
}

export function git(cwd: string, ...args: string[]): string {
  return execFileSync('git', ['-c', 'protocol.file.allow=always', ...args], { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }).trim();
}

/** Writes files (string or bytes) below `root`, creating folders. */
export function writeFiles(root: string, files: Record<string, string | Buffer>): void {
  for (const [rel, content] of Object.entries(files)) {
    const abs = path.join(root, rel);
    mkdirSync(path.dirname(abs), { recursive: true });
    writeFileSync(abs, content);
  }
}

/** A real git repository with `files` committed on `main`. */
export function makeRepo(files: Record<string, string | Buffer> = {}, options: { lfs?: string[] } = {}): string {
  const root = tempDir('mb-repo-');
  git(root, 'init', '-q', '-b', 'main');
  if (options.lfs) {
    git(root, 'lfs', 'install', '--local');
    for (const pattern of options.lfs) git(root, 'lfs', 'track', pattern);
  }
  writeFiles(root, files);
  commitAll(root, 'initial');
  return root;
}

export function commitAll(root: string, message = 'change'): string {
  git(root, 'add', '-A');
  git(root, 'commit', '-q', '--allow-empty', '-m', message);
  return git(root, 'rev-parse', 'HEAD');
}

export const hasGitLfs = spawnSync('git', ['lfs', 'version']).status === 0;
