#!/usr/bin/env node
// The floor for `check --no-cache` on this machine: a fresh Node process that does nothing but
// md5 the given files on one worker thread per core (files dealt round-robin, largest first),
// the way check hashes them, without git, pointers, listing or a report. bench/check.mjs times
// it beside check and md5sum, so a missed goal can be told apart from the machine's own limit
// (two vCPUs rarely give 2x; and Node and its threads take time to start).
//
// Usage: node bench/check/md5-floor.mjs <file list, one per line, on stdin>
import fs from 'node:fs';
import os from 'node:os';
import { Worker } from 'node:worker_threads';

const files = fs.readFileSync(0, 'utf8').split('\n').filter(Boolean);
const sizes = new Map(files.map((f) => [f, fs.statSync(f).size]));
const ordered = [...files].sort((a, b) => sizes.get(b) - sizes.get(a) || (a < b ? -1 : 1));
const threads = os.availableParallelism();
const parts = Array.from({ length: threads }, (_, t) => ordered.filter((_, i) => i % threads === t));
const source = `
const { parentPort, workerData } = require('node:worker_threads');
const fs = require('node:fs');
const crypto = require('node:crypto');
const buf = Buffer.allocUnsafe(1 << 20);
let bytes = 0;
for (const f of workerData) {
  const fd = fs.openSync(f, 'r');
  const h = crypto.createHash('md5');
  for (;;) {
    const n = fs.readSync(fd, buf, 0, buf.length, null);
    if (n === 0) break;
    h.update(n === buf.length ? buf : buf.subarray(0, n));
    bytes += n;
  }
  fs.closeSync(fd);
  h.digest('hex');
}
parentPort.postMessage(bytes);`;
const done = await Promise.all(parts.map((p) => new Promise((resolve, reject) => {
  const w = new Worker(source, { eval: true, workerData: p });
  w.once('message', resolve);
  w.once('error', reject);
})));
process.stdout.write(`${done.reduce((a, b) => a + b, 0)}\n`);
