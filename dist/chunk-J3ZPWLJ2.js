import { createRequire as __mbCreateRequire } from 'node:module';
import { fileURLToPath as __mbFileURLToPath } from 'node:url';
import { dirname as __mbDirname } from 'node:path';
const require = __mbCreateRequire(import.meta.url);
const __mbFilename = __mbFileURLToPath(import.meta.url);
const __mbDirnameValue = __mbDirname(__mbFilename);

// src/core/errors.ts
var ModelBuildError = class _ModelBuildError extends Error {
  code;
  hint;
  location;
  details;
  constructor(code, message, options = {}) {
    super(message, options.cause === void 0 ? void 0 : { cause: options.cause });
    this.name = "ModelBuildError";
    this.code = code;
    this.hint = options.hint;
    this.details = options.details ?? [];
    const { file, line, column, pointer } = options;
    this.location = { file, line, column, pointer };
  }
  static is(value) {
    return value instanceof _ModelBuildError;
  }
  /** `file:line:col: message (hint)` — one line, what a terminal user reads. */
  format() {
    const { file, line, column } = this.location;
    let where = "";
    if (file) where = line ? `${file}:${line}${column ? `:${column}` : ""}: ` : `${file}: `;
    const more = this.details.map((d) => `
  ${d}`).join("");
    return `${where}${this.message}${more}${this.hint ? `
  hint: ${this.hint}` : ""}`;
  }
};

export {
  ModelBuildError
};
