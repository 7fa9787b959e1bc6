#!/usr/bin/env node
// `npm run bench [-- NAME... [OPTIONS...]]`: runs bench/NAME.mjs (all bench/*.mjs but this file
// when no name is given), one after another, each in its own Node process with inherited stdio.
// Arguments after the names (from the first one starting with "-", or after a literal "--")
// are passed to every benchmark, e.g. `npm run bench -- check --size-mib 64 --files 200`.

import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import process from 'node:process';
import { fileURLToPath } from 'node:url';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const SELF = path.basename(fileURLToPath(import.meta.url));

const argv = process.argv.slice(2);
const names = [];
let i = 0;
for (; i < argv.length; i++) {
  if (argv[i] === '--') {
    i++;
    break;
  }
  if (argv[i].startsWith('-')) break;
  names.push(argv[i].replace(/\.mjs$/, ''));
}
const passThrough = argv.slice(i);

const available = fs
  .readdirSync(HERE)
  .filter((f) => f.endsWith('.mjs') && f !== SELF)
  .map((f) => f.slice(0, -'.mjs'.length))
  .sort();

const unknown = names.filter((n) => !available.includes(n));
if (unknown.length > 0) {
  process.stderr.write(`bench: unknown benchmark(s): ${unknown.join(', ')} (available: ${available.join(', ') || 'none'})\n`);
  process.exit(2);
}
const selected = names.length > 0 ? names : available;

let failed = 0;
for (const name of selected) {
  process.stderr.write(`\n=== bench/${name}.mjs ${passThrough.join(' ')}\n`);
  const r = spawnSync(process.execPath, [path.join(HERE, `${name}.mjs`), ...passThrough], { stdio: 'inherit' });
  if (r.error || r.status !== 0) {
    failed++;
    process.stderr.write(`=== bench/${name}.mjs failed (${r.error ? r.error.message : `exit ${r.status ?? r.signal}`})\n`);
  }
}
process.exit(failed > 0 ? 1 : 0);
