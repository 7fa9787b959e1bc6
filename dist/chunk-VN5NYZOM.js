import { createRequire as __mbCreateRequire } from 'node:module';
import { fileURLToPath as __mbFileURLToPath } from 'node:url';
import { dirname as __mbDirname } from 'node:path';
const require = __mbCreateRequire(import.meta.url);
const __mbFilename = __mbFileURLToPath(import.meta.url);
const __mbDirnameValue = __mbDirname(__mbFilename);
import {
  readRecords
} from "./chunk-IIGGXMB5.js";
import {
  loadModel,
  toBoolean,
  toNumber
} from "./chunk-TY4TGASN.js";
import {
  checkOutputFile,
  openAtomicStream
} from "./chunk-ALOC5M2N.js";
import "./chunk-EXTS7PAH.js";
import {
  styleFor
} from "./chunk-TS7JFUTD.js";
import {
  MISSING,
  formatOf
} from "./chunk-FT5MJEK3.js";
import "./chunk-RIGD5S4O.js";
import {
  regularFile
} from "./chunk-4KALBLMG.js";
import {
  ModelBuildError
} from "./chunk-J3ZPWLJ2.js";
import "./chunk-LTRPNYHO.js";

// src/cli/predictCommand.ts
import path from "node:path";

// src/core/predict/inputAudit.ts
var blank = (v) => v === null || v === void 0 || typeof v === "string" && (v.trim() === "" || MISSING.has(v.trim()));
var shown = (v) => {
  const s = typeof v === "string" ? v : JSON.stringify(v) ?? String(v);
  return JSON.stringify(s.length > 40 ? `${s.slice(0, 40)}\u2026` : s);
};
var InputAudit = class {
  /**
   * @param display how the input is named in --strict errors (a path, or "stdin").
   * @param strict refuse the first missing or unparseable value instead of counting it.
   */
  constructor(preprocessor, display, strict = false) {
    this.preprocessor = preprocessor;
    this.display = display;
    this.strict = strict;
  }
  preprocessor;
  display;
  strict;
  tallies = /* @__PURE__ */ new Map();
  /** Counts (or, strict, refuses) the values of `records` that prediction would fill. */
  check(records) {
    const steps = this.preprocessor.steps;
    for (const { line, record } of records) {
      for (let k = 0; k < steps.length; k++) {
        const step = steps[k];
        const raw = Object.hasOwn(record, step.column) ? record[step.column] : void 0;
        let filled;
        switch (step.kind) {
          case "numeric":
          case "bucketized":
            filled = toNumber(raw ?? null) === null;
            break;
          case "boolean":
            filled = toBoolean(raw ?? null) === null;
            break;
          case "categorical":
            filled = raw === null || raw === void 0 || raw === "";
            break;
        }
        if (!filled) continue;
        const missing = blank(raw);
        if (this.strict) this.refuse(step.column, step.kind, raw, missing, line);
        let t = this.tallies.get(step.column);
        if (!t) {
          t = { column: step.column, order: k, missing: 0, unparseable: 0, firstUnparseableLine: void 0 };
          this.tallies.set(step.column, t);
        }
        if (missing) t.missing++;
        else {
          t.unparseable++;
          t.firstUnparseableLine ??= line;
        }
      }
    }
  }
  refuse(column, kind, raw, missing, line) {
    const what = missing ? `column "${column}" is missing${raw === void 0 ? "" : ` (${shown(raw)})`}` : `column "${column}": ${shown(raw)} is not ${kind === "boolean" ? "a boolean" : "a number"}`;
    throw new ModelBuildError("DATA_INVALID", `${what}; --strict refuses inputs that prediction would fill`, {
      file: this.display,
      line,
      hint: "fix the input, or run without --strict to fill it with the value learned in training (the fills are counted on stderr)"
    });
  }
  /** Totals over every column. */
  get totals() {
    let missing = 0;
    let unparseable = 0;
    for (const t of this.tallies.values()) {
      missing += t.missing;
      unparseable += t.unparseable;
    }
    return { missing, unparseable };
  }
  /**
   * One line, or null when nothing was filled, e.g.
   * `filled 3 missing values (sex: 2, body_mass_g: 1); 1 unparseable value (bill_length_mm, line 4)`.
   */
  summary() {
    const { missing, unparseable } = this.totals;
    if (missing + unparseable === 0) return null;
    const by = (key) => [...this.tallies.values()].filter((t) => t[key] > 0).sort((a, b) => b[key] - a[key] || a.order - b.order);
    const plural = (n, word) => `${n} ${word}${n === 1 ? "" : "s"}`;
    const parts = [];
    if (missing > 0) parts.push(`filled ${plural(missing, "missing value")} (${by("missing").map((t) => `${t.column}: ${t.missing}`).join(", ")})`);
    if (unparseable > 0) {
      const cols = by("unparseable").map((t) => {
        const at = t.firstUnparseableLine === void 0 ? "" : t.unparseable === 1 ? `, line ${t.firstUnparseableLine}` : `, first on line ${t.firstUnparseableLine}`;
        return t.unparseable === 1 ? `${t.column}${at}` : `${t.column}: ${t.unparseable}${at}`;
      });
      parts.push(`${missing > 0 ? "" : "filled "}${plural(unparseable, "unparseable value")} (${cols.join("; ")})`);
    }
    return parts.join("; ");
  }
};

// src/core/predict/predictStream.ts
async function predictRecords(model, source, write, options) {
  const audit = new InputAudit(model.preprocessor, options.display, options.strict === true);
  const size = options.batch ?? 4096;
  let batch = [];
  const flush = async () => {
    if (batch.length === 0) return;
    audit.check(batch);
    const predictions = model.predict(batch.map((r) => r.record));
    batch = [];
    await write(`${predictions.map((p) => JSON.stringify(p)).join("\n")}
`);
  };
  for await (const r of source) {
    batch.push(r);
    if (batch.length >= size) await flush();
  }
  await flush();
  return audit;
}

// src/cli/predictCommand.ts
var BATCH = 4096;
async function runPredict(args) {
  const input = path.resolve(args.input);
  regularFile(input, { display: args.input, what: "the file" });
  formatOf(input, args.input, void 0);
  const output = args.output ? path.resolve(args.output) : void 0;
  if (output) checkOutputFile(output, "--output", args.output);
  const model = await loadModel(path.resolve(args.model), { backend: args.backend });
  const file = output ? openAtomicStream(output, args.output) : void 0;
  const write = file ? (text) => file.write(text) : (text) => new Promise((resolve, reject) => process.stdout.write(text, (e) => e ? reject(e) : resolve()));
  try {
    const audit = await predictRecords(model, readRecords(input, { display: args.input }), write, { display: args.input, strict: args.strict, batch: BATCH });
    await file?.commit();
    const summary = audit.summary();
    if (summary) process.stderr.write(`${styleFor(process.stderr).yellow("warning:")} ${summary}
`);
    return 0;
  } catch (e) {
    file?.abort();
    throw e;
  } finally {
    model.dispose();
  }
}
export {
  runPredict
};
