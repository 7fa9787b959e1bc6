import { createRequire as __mbCreateRequire } from 'node:module';
import { fileURLToPath as __mbFileURLToPath } from 'node:url';
import { dirname as __mbDirname } from 'node:path';
const require = __mbCreateRequire(import.meta.url);
const __mbFilename = __mbFileURLToPath(import.meta.url);
const __mbDirnameValue = __mbDirname(__mbFilename);

// src/cli/terminal.ts
var wrap = (open, close) => (s) => `\x1B[${open}m${s}\x1B[${close}m`;
function styleFor(stream) {
  const on = Boolean(stream.isTTY) && !("NO_COLOR" in process.env) && process.env.TERM !== "dumb";
  const id = (s) => s;
  return on ? { red: wrap(31, 39), green: wrap(32, 39), yellow: wrap(33, 39), dim: wrap(2, 22), bold: wrap(1, 22) } : { red: id, green: id, yellow: id, dim: id, bold: id };
}
function formatBytes(n) {
  const units = ["B", "KiB", "MiB", "GiB", "TiB"];
  let i = 0;
  while (n >= 1024 && i < units.length - 1) {
    n /= 1024;
    i++;
  }
  return `${i === 0 ? n : n.toFixed(1)} ${units[i]}`;
}
var ProgressLine = class {
  constructor(stream, delayMs = 400) {
    this.stream = stream;
    this.delayMs = delayMs;
  }
  stream;
  delayMs;
  startedAt = Date.now();
  lastDraw = 0;
  shown = false;
  update(text) {
    if (!this.stream.isTTY) return;
    const now = Date.now();
    if (now - this.startedAt < this.delayMs || now - this.lastDraw < 100) return;
    this.lastDraw = now;
    this.shown = true;
    const width = (this.stream.columns || 80) - 1;
    this.stream.write(`\r\x1B[K${text.slice(0, width)}`);
  }
  done() {
    if (this.shown) this.stream.write("\r\x1B[K");
    this.shown = false;
  }
};

export {
  styleFor,
  formatBytes,
  ProgressLine
};
