import { createRequire as __mbCreateRequire } from 'node:module';
import { fileURLToPath as __mbFileURLToPath } from 'node:url';
import { dirname as __mbDirname } from 'node:path';
const require = __mbCreateRequire(import.meta.url);
const __mbFilename = __mbFileURLToPath(import.meta.url);
const __mbDirnameValue = __mbDirname(__mbFilename);
import {
  checkDataFile,
  checkName,
  chunks,
  csvHeader,
  dataLimits,
  formatOf,
  parseCsv,
  parseJsonRecords,
  shortName,
  tooManyKeys
} from "./chunk-FT5MJEK3.js";
import {
  ModelBuildError
} from "./chunk-J3ZPWLJ2.js";

// src/core/data/records.ts
import path from "node:path";
var WHAT = "the file";
async function* readRecords(file, options = {}) {
  const display = options.display ?? file;
  const format = formatOf(file, display, options.format);
  const limits = dataLimits(options.limits);
  await checkDataFile(file, display, format, limits, WHAT);
  const source = chunks(file, display, WHAT);
  if (format !== "csv") {
    const known = /* @__PURE__ */ new Set();
    for await (const r of parseJsonRecords(source, format, display, { limits })) {
      for (const key of Object.keys(r.record)) {
        if (known.has(key)) continue;
        checkName(key, { file: display, line: r.line }, `a key of the record (${shortName(key)})`, limits, false);
        known.add(key);
        if (known.size > limits.maxColumns) throw tooManyKeys(display, r.line, limits);
      }
      yield r;
    }
    return;
  }
  const delimiter = options.delimiter ?? (path.extname(file).toLowerCase() === ".tsv" ? "	" : ",");
  let header;
  for await (const record of parseCsv(source, { delimiter, display, limits })) {
    const { line, fields } = record;
    if (!header) {
      header = csvHeader(record, display, limits, false);
      continue;
    }
    if (fields.length !== header.length) {
      throw new ModelBuildError("DATA_INVALID", `row has ${fields.length} fields, the header has ${header.length}`, {
        file: display,
        line,
        hint: "every row needs one value per column (quote values that contain the delimiter)"
      });
    }
    const out = /* @__PURE__ */ Object.create(null);
    for (let i = 0; i < header.length; i++) out[header[i]] = fields[i];
    yield { line, record: out };
  }
}

export {
  readRecords
};
