import { createRequire as __mbCreateRequire } from 'node:module';
import { fileURLToPath as __mbFileURLToPath } from 'node:url';
import { dirname as __mbDirname } from 'node:path';
const require = __mbCreateRequire(import.meta.url);
const __mbFilename = __mbFileURLToPath(import.meta.url);
const __mbDirnameValue = __mbDirname(__mbFilename);
import {
  profileFile
} from "./chunk-GJ6W6C5D.js";
import "./chunk-IIGGXMB5.js";
import {
  checkOutputFile,
  writeFileAtomic
} from "./chunk-ALOC5M2N.js";
import {
  styleFor
} from "./chunk-TS7JFUTD.js";
import "./chunk-F4RPJ75B.js";
import "./chunk-FT5MJEK3.js";
import "./chunk-RIGD5S4O.js";
import "./chunk-4KALBLMG.js";
import "./chunk-J3ZPWLJ2.js";
import "./chunk-LTRPNYHO.js";

// src/cli/profileCommand.ts
import path from "node:path";
async function runProfile(args) {
  const out = args.out && path.resolve(args.out);
  if (out) checkOutputFile(out, "--out", args.out);
  const profile = await profileFile(path.resolve(args.data), { display: args.data });
  const text = `${JSON.stringify(profile, null, 2)}
`;
  if (out) writeFileAtomic(out, text, args.out);
  if (args.json) process.stdout.write(text);
  else process.stdout.write(formatProfile(profile, args.data, args.out));
  return 0;
}
var num = (v) => Number.isInteger(v) ? String(v) : Math.abs(v) >= 1e3 ? v.toFixed(1) : v.toPrecision(4);
function formatProfile(p, source, out) {
  const s = styleFor(process.stdout);
  const lines = [`${s.bold(source)}: ${p.rows} rows, ${Object.keys(p.columns).length} columns`, ""];
  const width = Math.max(6, ...Object.keys(p.columns).map((c) => c.length));
  lines.push(s.dim(`  ${"column".padEnd(width)}  type     missing  distinct  summary`));
  for (const [name, c] of Object.entries(p.columns)) {
    const sm = c.summary;
    const detail = sm.numeric ? `min ${num(sm.numeric.min)}  p50 ${num(sm.numeric.quantiles.p50)}  mean ${num(sm.numeric.mean)}  max ${num(sm.numeric.max)}` : (sm.top ?? []).slice(0, 4).map((t) => `${t.value} (${t.count})`).join(", ");
    const missing = `${sm.missing}`.padStart(7);
    lines.push(`  ${name.padEnd(width)}  ${c.type.padEnd(7)}  ${missing}  ${String(sm.distinct).padStart(8)}  ${detail}`);
  }
  if (out) lines.push("", `profile written to ${out}`);
  return `${lines.join("\n")}
`;
}
export {
  formatProfile,
  runProfile
};
