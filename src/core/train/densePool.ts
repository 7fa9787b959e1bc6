/**
 * Worker threads for the dense trainer's shards. Each worker imports `denseShards.ts` by its
 * URL (from the compiled library, from a bundle's chunk, or from TypeScript sources, where it
 * registers tsx's loader first) and then blocks in `serveShards` until the run ends, so a step
 * never waits for an event loop.
 */
import path from 'node:path';
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { ModelBuildError } from '../errors.js';
import type { SharedTraining } from './denseShards.js';

/**
 * Run with `eval: true`: nothing to ship beside a bundle. Only dynamic imports, no `require`:
 * a worker inherits `--input-type=module` from a parent run that way, which makes this an ES module.
 */
const WORKER_SOURCE = String.raw`
import('node:worker_threads').then(async ({ parentPort, workerData }) => {
  let m;
  try {
    if (workerData.loader) (await import(workerData.loader)).register();
    m = await import(workerData.url);
  } catch (e) {
    parentPort.postMessage({ fatal: e && e.message ? e.message : String(e) });
    return;
  }
  parentPort.postMessage({ ready: true });
  m.serveShards(workerData.shared, workerData.index, (message) => parentPort.postMessage({ failed: message }));
});
`;

/** tsx's ESM register API, for a worker that must import TypeScript sources. */
function tsxLoader(moduleUrl: string): string | undefined {
  if (!moduleUrl.endsWith('.ts')) return undefined;
  const require = createRequire(moduleUrl);
  return pathToFileURL(path.join(path.dirname(require.resolve('tsx/package.json')), 'dist/esm/api/index.mjs')).href;
}

export const workerFailed = (why: string) =>
  new ModelBuildError('INTERNAL', `a training worker thread failed: ${why}`, {
    hint: 'train with workers: 1 (the same weights, one thread); report this if it persists',
  });

/** Threads 1..threads-1 of a run (thread 0 is the caller). Always `close()` it. */
export class DensePool {
  private readonly workers: Worker[] = [];
  /** What failed workers said (read after a step reports a failure). */
  readonly messages: string[] = [];

  private constructor() {}

  /** Starts the workers and resolves once every one has loaded its module. */
  static async start(shared: SharedTraining, moduleUrl: string): Promise<DensePool> {
    const pool = new DensePool();
    const loader = tsxLoader(moduleUrl);
    const ready: Array<Promise<void>> = [];
    for (let index = 1; index < shared.threads; index++) {
      const worker = new Worker(WORKER_SOURCE, { eval: true, workerData: { url: moduleUrl, loader, shared, index } });
      pool.workers.push(worker);
      ready.push(
        new Promise((resolve, reject) => {
          worker.on('message', (msg: { ready?: true; fatal?: string; failed?: string }) => {
            if (msg.ready) resolve();
            if (msg.fatal) reject(workerFailed(msg.fatal));
            if (msg.failed) pool.messages.push(msg.failed);
          });
          worker.on('error', (e) => reject(workerFailed(e.message)));
          worker.on('exit', (code) => reject(workerFailed(`it exited with code ${code} before it was ready`)));
        }),
      );
    }
    try {
      await Promise.all(ready);
    } catch (e) {
      await pool.close();
      throw e;
    }
    return pool;
  }

  async close(): Promise<void> {
    await Promise.all(this.workers.map((w) => w.terminate()));
  }
}
