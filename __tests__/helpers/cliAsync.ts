import { spawn } from 'node:child_process';
import { cliCommand, projectRoot, type CliResult } from './cli.js';

/**
 * Runs the CLI under test (cliCommand()) without blocking this process: needed when the server
 * the CLI talks to (a loopback remote) runs in the test process, which `spawnSync` would freeze.
 */
export function cliAsync(args: string[], options: { env?: Record<string, string>; timeoutMs?: number } = {}): Promise<CliResult> {
  return new Promise((resolve, reject) => {
    const [program, ...entry] = cliCommand();
    const child = spawn(program!, [...entry, ...args], {
      cwd: projectRoot,
      env: { ...process.env, ...options.env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    const timer = setTimeout(() => child.kill('SIGKILL'), options.timeoutMs ?? 50_000);
    child.on('error', reject);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code: code ?? -1, stdout, stderr });
    });
  });
}
