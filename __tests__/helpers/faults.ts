/**
 * Helpers for fault tests: the CLI as a child process that may be killed or run beside
 * another, a limit on how many run at once, and tiny file systems (tmpfs, read-only bind
 * mounts) that are unmounted after the test file.
 */
import { execFileSync, spawn } from 'node:child_process';
import { readFileSync, statfsSync } from 'node:fs';
import { cliCommand } from './cli.js';

export interface RunResult {
  /** Exit code, or null when a signal ended the process. */
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

/** Runs the CLI under test (cliCommand()) in a child process without blocking (so two can run at once). */
export function runCli(args: string[], options: { cwd: string; env?: Record<string, string> }): Promise<RunResult> {
  return new Promise((resolve, reject) => {
    const env: NodeJS.ProcessEnv = { ...process.env, ...options.env };
    // Inherited settings would change what a build writes or where it stops.
    for (const k of ['SOURCE_DATE_EPOCH', 'MODEL_BUILD_FAULT_AT', 'MODEL_BUILD_TRACE_STEPS', 'MODEL_BUILD_DEBUG']) {
      if (!options.env || !(k in options.env)) delete env[k];
    }
    const [program, ...entry] = cliCommand();
    const child = spawn(program!, [...entry, ...args], { cwd: options.cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    child.on('error', reject);
    child.on('close', (code, signal) => resolve({ code, signal, stdout, stderr }));
  });
}

/** At most `n` tasks at a time (the machine has few cores and training is CPU-bound). */
export function limiter(n: number): <T>(task: () => Promise<T>) => Promise<T> {
  let running = 0;
  const waiting: Array<() => void> = [];
  return async (task) => {
    if (running >= n) await new Promise<void>((r) => waiting.push(r));
    running++;
    try {
      return await task();
    } finally {
      running--;
      waiting.shift()?.();
    }
  };
}

export const isRoot = process.getuid?.() === 0;

const mounted: string[] = [];

/** Mounts (`mount ...args dir`); returns why not, or null. Unmount with unmountAll. */
export function tryMount(dir: string, ...args: string[]): string | null {
  try {
    execFileSync('mount', [...args, dir], { stdio: ['ignore', 'pipe', 'pipe'] });
    mounted.push(dir);
    return null;
  } catch (e) {
    return String((e as { stderr?: Buffer }).stderr ?? (e as Error).message).trim() || 'mount failed';
  }
}

export function mount(dir: string, ...args: string[]): void {
  const why = tryMount(dir, ...args);
  if (why) throw new Error(`mount ${args.join(' ')} ${dir}: ${why}`);
}

/** Remounts a mounted folder read-only (a tmpfs, or a bind mount). */
export function remountReadOnly(dir: string, bind = false): void {
  execFileSync('mount', ['-o', bind ? 'remount,bind,ro' : 'remount,ro', dir], { stdio: 'pipe' });
}

/** Unmounts what this process mounted, newest first (call in afterAll before temp folders go). */
export function unmountAll(): void {
  for (const dir of mounted.splice(0).reverse()) {
    try {
      execFileSync('umount', [dir], { stdio: 'pipe' });
    } catch {
      execFileSync('umount', ['-l', dir], { stdio: 'pipe' });
    }
  }
}

/** Why a test that needs mounts cannot run here, or null: root, and a tmpfs mounts. */
export function cannotMount(probeDir: string): string | null {
  if (!isRoot) return 'not running as root (mounting a tmpfs needs root)';
  const why = tryMount(probeDir, '-t', 'tmpfs', '-o', 'size=64k', 'tmpfs');
  if (why) return `cannot mount a tmpfs: ${why}`;
  unmountAll();
  return null;
}

/** Bytes still free for an unprivileged file on the file system holding `dir`. */
export function freeBytes(dir: string): number {
  const s = statfsSync(dir);
  return s.bavail * s.bsize;
}

/** A pid no process has: past the kernel's largest. */
export function deadPid(): number {
  try {
    return Number(readFileSync('/proc/sys/kernel/pid_max', 'utf8').trim()) + 1;
  } catch {
    return 2 ** 22 + 1;
  }
}
