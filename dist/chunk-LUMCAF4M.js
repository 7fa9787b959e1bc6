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

// src/core/profile/rangePool.ts
import path from "node:path";
import { createRequire } from "node:module";
import { pathToFileURL } from "node:url";
import { Worker } from "node:worker_threads";
var WORKER_SOURCE = String.raw`
import('node:worker_threads').then(async ({ parentPort, workerData }) => {
  try {
    if (workerData.loader) (await import(workerData.loader)).register();
    const m = await import(workerData.url);
    const scratch = m.rangeScratch();
    parentPort.on('message', (job) => parentPort.postMessage(m.profileRange(job, scratch)));
  } catch (e) {
    parentPort.postMessage({ fatal: e && e.message ? e.message : String(e) });
  }
});
`;
function tsxLoader(moduleUrl) {
  if (!moduleUrl.endsWith(".ts")) return void 0;
  const require2 = createRequire(moduleUrl);
  return pathToFileURL(path.join(path.dirname(require2.resolve("tsx/package.json")), "dist/esm/api/index.mjs")).href;
}
var failed = (why) => new ModelBuildError("INTERNAL", `a profiling worker thread failed: ${why}`, {
  hint: "set MODEL_BUILD_PROFILE_WORKERS=1 to profile in one thread; report this if it persists"
});
var IN_FLIGHT = 2;
var resourceLimits = { maxYoungGenerationSizeMb: 16 };
var RangePool = class {
  slots = [];
  queue = [];
  broken;
  constructor(size, moduleUrl) {
    const workerData = { url: moduleUrl, loader: tsxLoader(moduleUrl) };
    for (let i = 0; i < size; i++) {
      const slot = { worker: new Worker(WORKER_SOURCE, { eval: true, workerData, resourceLimits }), tasks: [] };
      slot.worker.on("message", (msg) => {
        if ("fatal" in msg) return this.fail(failed(msg.fatal));
        slot.tasks.shift()?.resolve(msg);
        const next = this.queue.shift();
        if (next) this.start(slot, next);
      });
      slot.worker.on("error", (e) => this.fail(failed(e.message)));
      slot.worker.on("exit", (code) => {
        if (slot.tasks.length > 0) this.fail(failed(`it exited with code ${code}`));
      });
      this.slots.push(slot);
    }
  }
  /** Runs a job on the next free worker; `urgent` jobs go ahead of the queue. */
  run(job, urgent = false) {
    if (this.broken) return Promise.reject(this.broken);
    return new Promise((resolve, reject) => {
      const task = { job, resolve, reject };
      let free;
      for (const s of this.slots) if (s.tasks.length < IN_FLIGHT && (!free || s.tasks.length < free.tasks.length)) free = s;
      if (free) this.start(free, task);
      else if (urgent) this.queue.unshift(task);
      else this.queue.push(task);
    });
  }
  async close() {
    this.queue.length = 0;
    await Promise.all(this.slots.map((s) => s.worker.terminate()));
  }
  start(slot, task) {
    slot.tasks.push(task);
    slot.worker.postMessage(task.job);
  }
  fail(e) {
    if (this.broken) return;
    this.broken = e;
    for (const task of [...this.slots.flatMap((s) => s.tasks.splice(0)), ...this.queue.splice(0)]) task.reject(e);
  }
};
export {
  RangePool
};
