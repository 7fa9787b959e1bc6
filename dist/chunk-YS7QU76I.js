import { createRequire as __mbCreateRequire } from 'node:module';
import { fileURLToPath as __mbFileURLToPath } from 'node:url';
import { dirname as __mbDirname } from 'node:path';
const require = __mbCreateRequire(import.meta.url);
const __mbFilename = __mbFileURLToPath(import.meta.url);
const __mbDirnameValue = __mbDirname(__mbFilename);
import {
  ModelBuildError
} from "./chunk-J3ZPWLJ2.js";
import "./chunk-LTRPNYHO.js";

// src/core/train/densePool.ts
import path from "node:path";
import { createRequire } from "node:module";
import { pathToFileURL } from "node:url";
import { Worker } from "node:worker_threads";
var WORKER_SOURCE = String.raw`
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
function tsxLoader(moduleUrl) {
  if (!moduleUrl.endsWith(".ts")) return void 0;
  const require2 = createRequire(moduleUrl);
  return pathToFileURL(path.join(path.dirname(require2.resolve("tsx/package.json")), "dist/esm/api/index.mjs")).href;
}
var workerFailed = (why) => new ModelBuildError("INTERNAL", `a training worker thread failed: ${why}`, {
  hint: "train with workers: 1 (the same weights, one thread); report this if it persists"
});
var DensePool = class _DensePool {
  workers = [];
  /** What failed workers said (read after a step reports a failure). */
  messages = [];
  constructor() {
  }
  /** Starts the workers and resolves once every one has loaded its module. */
  static async start(shared, moduleUrl) {
    const pool = new _DensePool();
    const loader = tsxLoader(moduleUrl);
    const ready = [];
    for (let index = 1; index < shared.threads; index++) {
      const worker = new Worker(WORKER_SOURCE, { eval: true, workerData: { url: moduleUrl, loader, shared, index } });
      pool.workers.push(worker);
      ready.push(
        new Promise((resolve, reject) => {
          worker.on("message", (msg) => {
            if (msg.ready) resolve();
            if (msg.fatal) reject(workerFailed(msg.fatal));
            if (msg.failed) pool.messages.push(msg.failed);
          });
          worker.on("error", (e) => reject(workerFailed(e.message)));
          worker.on("exit", (code) => reject(workerFailed(`it exited with code ${code} before it was ready`)));
        })
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
  async close() {
    await Promise.all(this.workers.map((w) => w.terminate()));
  }
};
export {
  DensePool,
  workerFailed
};
