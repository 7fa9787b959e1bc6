import { createRequire as __mbCreateRequire } from 'node:module';
import { fileURLToPath as __mbFileURLToPath } from 'node:url';
import { dirname as __mbDirname } from 'node:path';
const require = __mbCreateRequire(import.meta.url);
const __mbFilename = __mbFileURLToPath(import.meta.url);
const __mbDirnameValue = __mbDirname(__mbFilename);
import {
  checkConfigRules,
  metricNames
} from "./chunk-EXTS7PAH.js";
import {
  expectedShape,
  planSweep,
  require_dist,
  unknownVariant,
  variantOverrides,
  withOverrides
} from "./chunk-OTOVPBEG.js";
import {
  ownFile
} from "./chunk-AH66PB2E.js";
import {
  compareBytes,
  isInside,
  resolveInside,
  toPosix
} from "./chunk-RIGD5S4O.js";
import {
  didYouMean,
  kindOf
} from "./chunk-4KALBLMG.js";
import {
  ModelBuildError
} from "./chunk-J3ZPWLJ2.js";
import {
  __commonJS,
  __toESM
} from "./chunk-LTRPNYHO.js";

// node_modules/fast-deep-equal/index.js
var require_fast_deep_equal = __commonJS({
  "node_modules/fast-deep-equal/index.js"(exports, module) {
    "use strict";
    module.exports = function equal(a, b) {
      if (a === b) return true;
      if (a && b && typeof a == "object" && typeof b == "object") {
        if (a.constructor !== b.constructor) return false;
        var length, i, keys;
        if (Array.isArray(a)) {
          length = a.length;
          if (length != b.length) return false;
          for (i = length; i-- !== 0; )
            if (!equal(a[i], b[i])) return false;
          return true;
        }
        if (a.constructor === RegExp) return a.source === b.source && a.flags === b.flags;
        if (a.valueOf !== Object.prototype.valueOf) return a.valueOf() === b.valueOf();
        if (a.toString !== Object.prototype.toString) return a.toString() === b.toString();
        keys = Object.keys(a);
        length = keys.length;
        if (length !== Object.keys(b).length) return false;
        for (i = length; i-- !== 0; )
          if (!Object.prototype.hasOwnProperty.call(b, keys[i])) return false;
        for (i = length; i-- !== 0; ) {
          var key = keys[i];
          if (!equal(a[key], b[key])) return false;
        }
        return true;
      }
      return a !== a && b !== b;
    };
  }
});

// node_modules/ajv/dist/runtime/equal.js
var require_equal = __commonJS({
  "node_modules/ajv/dist/runtime/equal.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var equal = require_fast_deep_equal();
    equal.code = 'require("ajv/dist/runtime/equal").default';
    exports.default = equal;
  }
});

// node_modules/ajv/dist/runtime/ucs2length.js
var require_ucs2length = __commonJS({
  "node_modules/ajv/dist/runtime/ucs2length.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    function ucs2length(str) {
      const len = str.length;
      let length = 0;
      let pos = 0;
      let value;
      while (pos < len) {
        length++;
        value = str.charCodeAt(pos++);
        if (value >= 55296 && value <= 56319 && pos < len) {
          value = str.charCodeAt(pos);
          if ((value & 64512) === 56320)
            pos++;
        }
      }
      return length;
    }
    exports.default = ucs2length;
    ucs2length.code = 'require("ajv/dist/runtime/ucs2length").default';
  }
});

// src/core/config/load.ts
var import_yaml2 = __toESM(require_dist(), 1);
import { createHash } from "node:crypto";
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";

// src/core/generated/configValidator.ts
var equalModule = __toESM(require_equal(), 1);
var ucs2lengthModule = __toESM(require_ucs2length(), 1);
var runtime_equal = commonJsDefault(equalModule);
var runtime_ucs2length = commonJsDefault(ucs2lengthModule);
function commonJsDefault(m) {
  return typeof m.default === "function" ? m.default : m.default.default;
}
var configValidator_default = validate10;
var schema11 = { "$schema": "http://json-schema.org/draft-07/schema#", "$id": "https://model-build.dev/schema/model-build.schema.json", "title": "model-build configuration", "description": "One file describes the whole model build: where the data is, how features are made, the model, training, quality gates, packaging and monitoring.", "type": "object", "additionalProperties": false, "required": ["name", "data"], "properties": { "$schema": { "type": "string", "description": "Path or URL of this schema, for editors." }, "name": { "type": "string", "pattern": "^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$", "description": "Model name: used for the model folder, the package file name and the artifact name, so it is one path component: 1 to 100 letters, digits, '.', '_' or '-', starting with a letter or digit." }, "version": { "type": "string", "minLength": 1, "maxLength": 100, "description": "Model version written into the package metadata." }, "description": { "type": "string" }, "intendedUse": { "type": "string", "description": "Intended use, copied into the model card." }, "seed": { "type": "integer", "minimum": 1, "maximum": 4294967295, "default": 42, "description": "One seed drives the split, the shuffle, every initializer and every dropout mask." }, "data": { "$ref": "#/definitions/data" }, "features": { "$ref": "#/definitions/features" }, "model": { "$ref": "#/definitions/model" }, "training": { "$ref": "#/definitions/training" }, "gates": { "$ref": "#/definitions/gates" }, "package": { "$ref": "#/definitions/package" }, "monitor": { "$ref": "#/definitions/monitor" }, "sweep": { "$ref": "#/definitions/sweep" } }, "definitions": { "relativePath": { "type": "string", "minLength": 1, "description": "A path relative to the folder holding this config file; it must stay inside the repository." }, "data": { "type": "object", "additionalProperties": false, "required": ["path"], "examples": [{ "path": "data/penguins.csv", "label": "species" }], "properties": { "path": { "$ref": "#/definitions/relativePath", "description": "Training data: a CSV, JSON Lines or JSON file, or a folder of them (e.g. a DVC-tracked directory)." }, "validation": { "$ref": "#/definitions/relativePath", "description": "Optional separate validation data; when absent the training data is split." }, "extra": { "type": "array", "items": { "$ref": "#/definitions/relativePath" }, "uniqueItems": true, "examples": [["data/lookup.csv"]], "description": "Other data the build reads (lookup tables, vocabularies). Checked for versioning like the rest." }, "format": { "enum": ["auto", "csv", "jsonl", "json"], "default": "auto" }, "delimiter": { "type": "string", "minLength": 1, "maxLength": 1, "default": "," }, "label": { "type": "string", "minLength": 1, "description": "The column to predict." }, "columns": { "type": "object", "description": "Per-column type overrides; columns not listed are inferred.", "examples": [{ "zip": "category", "rooms": "number" }], "additionalProperties": { "enum": ["number", "string", "boolean", "category"] } }, "exclude": { "type": "array", "items": { "type": "string", "minLength": 1 }, "uniqueItems": true, "examples": [["id", "comment"]], "description": "Columns that are read but never used as features (ids, free text). Each must be a column of the data." }, "cleaning": { "type": "object", "additionalProperties": false, "examples": [{ "dropMissingLabel": true, "impute": { "body_mass_g": "median" } }], "properties": { "dropMissingLabel": { "type": "boolean", "default": true }, "dropDuplicates": { "type": "boolean", "default": false }, "impute": { "type": "object", "examples": [{ "body_mass_g": "median", "sex": { "constant": "unknown" } }], "additionalProperties": { "examples": ["median", { "constant": 0 }], "oneOf": [{ "enum": ["mean", "median", "mode"] }, { "type": "object", "additionalProperties": false, "required": ["constant"], "properties": { "constant": { "type": ["number", "string", "boolean"] } } }] } }, "clip": { "type": "object", "examples": [{ "body_mass_g": [2500, null] }], "additionalProperties": { "type": "array", "description": "[low, high]; null for no bound on that side.", "examples": [[2500, null]], "items": { "type": ["number", "null"] }, "minItems": 2, "maxItems": 2 } } } }, "split": { "type": "object", "additionalProperties": false, "examples": [{ "validation": 0.2, "stratify": true }], "properties": { "validation": { "type": "number", "exclusiveMinimum": 0, "exclusiveMaximum": 1, "default": 0.2 }, "stratify": { "type": "boolean", "description": "Default: true for classification tasks." } } } } }, "features": { "type": "object", "description": "Per-column feature transforms; columns not listed get a default by type.", "examples": [{ "island": { "type": "categorical" }, "body_mass_g": { "type": "numeric", "transform": "standardize" } }], "additionalProperties": { "examples": [{ "type": "categorical" }, { "type": "numeric", "transform": "standardize" }, { "type": "bucketized", "boundaries": [18, 40, 65] }, "drop"], "oneOf": [{ "type": "object", "additionalProperties": false, "required": ["type"], "properties": { "type": { "const": "numeric" }, "transform": { "enum": ["standardize", "minmax", "log", "none"], "default": "standardize" } } }, { "type": "object", "additionalProperties": false, "required": ["type"], "properties": { "type": { "const": "categorical" }, "topK": { "type": "integer", "minimum": 1, "maximum": 1e5, "description": "Keep the topK most frequent values (the rest share one slot). Without it a column may have at most 1000 distinct values." } } }, { "type": "object", "additionalProperties": false, "required": ["type"], "properties": { "type": { "const": "boolean" } } }, { "type": "object", "additionalProperties": false, "required": ["type", "boundaries"], "properties": { "type": { "const": "bucketized" }, "boundaries": { "type": "array", "items": { "type": "number" }, "minItems": 1, "maxItems": 1e3, "examples": [[18, 40, 65]], "description": "Finite, strictly increasing cut points; the first bucket extends to -infinity and the last to +infinity." } } }, { "const": "drop" }] } }, "model": { "type": "object", "additionalProperties": false, "examples": [{ "task": "multiclass", "hidden": [{ "units": 16, "activation": "relu" }] }], "properties": { "task": { "enum": ["binary", "multiclass", "regression"] }, "hidden": { "type": "array", "maxItems": 100, "description": "Hidden dense layers, input side first.", "examples": [[{ "units": 16, "activation": "relu" }, { "units": 8, "dropout": 0.1 }]], "items": { "title": "layer", "type": "object", "additionalProperties": false, "required": ["units"], "properties": { "units": { "type": "integer", "minimum": 1, "maximum": 65536 }, "activation": { "enum": ["relu", "elu", "selu", "tanh", "sigmoid", "linear", "softplus", "swish"], "default": "relu" }, "dropout": { "type": "number", "minimum": 0, "exclusiveMaximum": 1 } } } }, "l2": { "type": "number", "minimum": 0 }, "optimizer": { "enum": ["adam", "sgd", "rmsprop", "adagrad"], "default": "adam" }, "learningRate": { "type": "number", "exclusiveMinimum": 0, "maximum": 10, "default": 1e-3 }, "module": { "$ref": "#/definitions/relativePath", "description": "Escape hatch: an ES module exporting build(tf, { inputShape, outputUnits, task })." }, "maxClasses": { "type": "integer", "minimum": 2, "description": "Refuse a classification label with more distinct classes than this (default 1000). Above it, consider regression or bucketing the label." }, "maxInputs": { "type": "integer", "minimum": 1, "description": "Refuse a model input wider than this many values after one-hot encoding and bucketing (default 10000)." } } }, "training": { "type": "object", "additionalProperties": false, "examples": [{ "epochs": 60, "batchSize": 32, "backend": "auto" }], "properties": { "epochs": { "type": "integer", "minimum": 1, "maximum": 1e5, "default": 50 }, "batchSize": { "type": "integer", "minimum": 1, "maximum": 65536, "default": 32 }, "backend": { "enum": ["auto", "tensorflow", "wasm", "cpu"], "default": "auto" }, "shards": { "type": "integer", "minimum": 1, "maximum": 64, "default": 4, "description": "Declarative models: each batch is cut into this many logical shards, trained on all cores and summed in shard order. It decides the weights (a build input); the number of cores never does." }, "earlyStopping": { "type": "object", "additionalProperties": false, "examples": [{ "monitor": "val_loss", "patience": 8 }], "properties": { "monitor": { "type": "string", "default": "val_loss" }, "patience": { "type": "integer", "minimum": 0, "maximum": 1e5, "default": 5 }, "minDelta": { "type": "number", "minimum": 0, "default": 0 } } }, "maxParameters": { "type": "integer", "minimum": 1, "description": "Refuse a declarative model with more trainable parameters than this (default 50000000), estimated before TensorFlow.js loads." }, "maxMemoryMiB": { "type": "integer", "minimum": 1, "description": "Refuse a build whose estimated training memory (data, weights, gradients, optimizer state, one batch of activations) exceeds this many MiB (default 4096)." } } }, "gates": { "type": "object", "description": 'Metric thresholds, e.g. auc: ">= 0.85". A failed gate fails the build.', "examples": [{ "accuracy": ">= 0.9" }, { "rmse": "<= 4" }], "propertyNames": { "pattern": "^[A-Za-z][A-Za-z0-9_]*$" }, "additionalProperties": { "title": "comparison string", "examples": [">= 0.9", "<= 4"], "type": "string", "pattern": "^\\s*(>=|<=|>|<|==)\\s*-?[0-9]{1,20}(\\.[0-9]{1,20})?([eE][-+]?[0-9]{1,2})?\\s*$" } }, "package": { "type": "object", "additionalProperties": false, "examples": [{ "out": "model-build-out", "compressionLevel": 9 }], "properties": { "out": { "$ref": "#/definitions/relativePath", "default": "model-build-out" }, "compressionLevel": { "type": "integer", "minimum": 0, "maximum": 9, "default": 9 } } }, "sweep": { "type": "object", "additionalProperties": false, "description": "A hyperparameter sweep: each variant is this config with a few settings overridden. `model-build sweep` builds them all and picks the best; the action fans them out over a job matrix. Variant ids derive from the overrides, so reordering keeps them.", "examples": [{ "grid": { "model.learningRate": [0.01, 3e-3], "seed": [1, 2] }, "select": { "metric": "accuracy" } }], "properties": { "grid": { "type": "object", "description": "Setting path \u2192 values to try; every combination is a variant.", "examples": [{ "model.learningRate": [0.01, 3e-3], "model.hidden": [[{ "units": 16 }], [{ "units": 32 }, { "units": 16 }]] }], "propertyNames": { "minLength": 1, "maxLength": 200 }, "additionalProperties": { "type": "array", "minItems": 1, "maxItems": 256, "examples": [[0.01, 3e-3]] } }, "variants": { "type": "array", "maxItems": 256, "description": "Explicit variants, each a map of setting path \u2192 value (added to the grid's).", "examples": [[{ "model.learningRate": 0.03, "training.batchSize": 64 }]], "items": { "type": "object", "minProperties": 1, "propertyNames": { "minLength": 1, "maxLength": 200 }, "examples": [{ "model.learningRate": 0.03, "training.batchSize": 64 }] } }, "max": { "type": "integer", "minimum": 1, "maximum": 256, "default": 64, "description": "Refuse a sweep with more variants than this; 256 is GitHub's limit of jobs per matrix." }, "select": { "type": "object", "additionalProperties": false, "examples": [{ "metric": "accuracy", "direction": "max" }], "properties": { "metric": { "type": "string", "minLength": 1, "description": "The validation metric that ranks variants (default: accuracy, or rmse for regression)." }, "direction": { "enum": ["max", "min"], "description": "Whether larger is better (default: min for logLoss, rmse and mae, max otherwise)." } } } } }, "monitor": { "type": "object", "additionalProperties": false, "examples": [{ "alpha": 0.05, "features": ["bill_length_mm", "island"] }], "properties": { "alpha": { "type": "number", "exclusiveMinimum": 0, "maximum": 0.5, "default": 0.05, "description": "Report-wide false-alarm level: when new data comes from the training distribution, the chance that monitor flags anything. Every check is a calibrated test; all are decided together (Holm)." }, "ks": { "type": "number", "exclusiveMinimum": 0, "maximum": 0.5, "description": "Deprecated synonym of alpha (model-build 0.1's KS level); alpha wins when both are set." }, "psi": { "type": "number", "minimum": 0, "description": "Minimum PSI a significant shape test must also reach to flag drift (default: none)." }, "jensenShannon": { "type": "number", "minimum": 0, "maximum": 1, "description": "Minimum Jensen\u2013Shannon distance (base 2) a significant shape test must also reach (default: none). With psi, reaching either is enough." }, "missingRateIncrease": { "type": "number", "minimum": 0, "maximum": 1, "default": 0.01, "description": "Minimum rise of the missing-value rate a significant missing-rate test must also reach." }, "bins": { "type": "integer", "minimum": 2, "maximum": 1e3, "default": 10 }, "features": { "type": "array", "items": { "type": "string" }, "uniqueItems": true, "examples": [["bill_length_mm", "island"]], "description": "Columns to check (default: the model's features; every profiled column when monitoring against a profile)." } } } } };
var schema16 = { "type": "object", "description": "Per-column feature transforms; columns not listed get a default by type.", "examples": [{ "island": { "type": "categorical" }, "body_mass_g": { "type": "numeric", "transform": "standardize" } }], "additionalProperties": { "examples": [{ "type": "categorical" }, { "type": "numeric", "transform": "standardize" }, { "type": "bucketized", "boundaries": [18, 40, 65] }, "drop"], "oneOf": [{ "type": "object", "additionalProperties": false, "required": ["type"], "properties": { "type": { "const": "numeric" }, "transform": { "enum": ["standardize", "minmax", "log", "none"], "default": "standardize" } } }, { "type": "object", "additionalProperties": false, "required": ["type"], "properties": { "type": { "const": "categorical" }, "topK": { "type": "integer", "minimum": 1, "maximum": 1e5, "description": "Keep the topK most frequent values (the rest share one slot). Without it a column may have at most 1000 distinct values." } } }, { "type": "object", "additionalProperties": false, "required": ["type"], "properties": { "type": { "const": "boolean" } } }, { "type": "object", "additionalProperties": false, "required": ["type", "boundaries"], "properties": { "type": { "const": "bucketized" }, "boundaries": { "type": "array", "items": { "type": "number" }, "minItems": 1, "maxItems": 1e3, "examples": [[18, 40, 65]], "description": "Finite, strictly increasing cut points; the first bucket extends to -infinity and the last to +infinity." } } }, { "const": "drop" }] } };
var schema19 = { "type": "object", "additionalProperties": false, "examples": [{ "epochs": 60, "batchSize": 32, "backend": "auto" }], "properties": { "epochs": { "type": "integer", "minimum": 1, "maximum": 1e5, "default": 50 }, "batchSize": { "type": "integer", "minimum": 1, "maximum": 65536, "default": 32 }, "backend": { "enum": ["auto", "tensorflow", "wasm", "cpu"], "default": "auto" }, "shards": { "type": "integer", "minimum": 1, "maximum": 64, "default": 4, "description": "Declarative models: each batch is cut into this many logical shards, trained on all cores and summed in shard order. It decides the weights (a build input); the number of cores never does." }, "earlyStopping": { "type": "object", "additionalProperties": false, "examples": [{ "monitor": "val_loss", "patience": 8 }], "properties": { "monitor": { "type": "string", "default": "val_loss" }, "patience": { "type": "integer", "minimum": 0, "maximum": 1e5, "default": 5 }, "minDelta": { "type": "number", "minimum": 0, "default": 0 } } }, "maxParameters": { "type": "integer", "minimum": 1, "description": "Refuse a declarative model with more trainable parameters than this (default 50000000), estimated before TensorFlow.js loads." }, "maxMemoryMiB": { "type": "integer", "minimum": 1, "description": "Refuse a build whose estimated training memory (data, weights, gradients, optimizer state, one batch of activations) exceeds this many MiB (default 4096)." } } };
var schema20 = { "type": "object", "description": 'Metric thresholds, e.g. auc: ">= 0.85". A failed gate fails the build.', "examples": [{ "accuracy": ">= 0.9" }, { "rmse": "<= 4" }], "propertyNames": { "pattern": "^[A-Za-z][A-Za-z0-9_]*$" }, "additionalProperties": { "title": "comparison string", "examples": [">= 0.9", "<= 4"], "type": "string", "pattern": "^\\s*(>=|<=|>|<|==)\\s*-?[0-9]{1,20}(\\.[0-9]{1,20})?([eE][-+]?[0-9]{1,2})?\\s*$" } };
var schema23 = { "type": "object", "additionalProperties": false, "examples": [{ "alpha": 0.05, "features": ["bill_length_mm", "island"] }], "properties": { "alpha": { "type": "number", "exclusiveMinimum": 0, "maximum": 0.5, "default": 0.05, "description": "Report-wide false-alarm level: when new data comes from the training distribution, the chance that monitor flags anything. Every check is a calibrated test; all are decided together (Holm)." }, "ks": { "type": "number", "exclusiveMinimum": 0, "maximum": 0.5, "description": "Deprecated synonym of alpha (model-build 0.1's KS level); alpha wins when both are set." }, "psi": { "type": "number", "minimum": 0, "description": "Minimum PSI a significant shape test must also reach to flag drift (default: none)." }, "jensenShannon": { "type": "number", "minimum": 0, "maximum": 1, "description": "Minimum Jensen\u2013Shannon distance (base 2) a significant shape test must also reach (default: none). With psi, reaching either is enough." }, "missingRateIncrease": { "type": "number", "minimum": 0, "maximum": 1, "default": 0.01, "description": "Minimum rise of the missing-value rate a significant missing-rate test must also reach." }, "bins": { "type": "integer", "minimum": 2, "maximum": 1e3, "default": 10 }, "features": { "type": "array", "items": { "type": "string" }, "uniqueItems": true, "examples": [["bill_length_mm", "island"]], "description": "Columns to check (default: the model's features; every profiled column when monitoring against a profile)." } } };
var schema24 = { "type": "object", "additionalProperties": false, "description": "A hyperparameter sweep: each variant is this config with a few settings overridden. `model-build sweep` builds them all and picks the best; the action fans them out over a job matrix. Variant ids derive from the overrides, so reordering keeps them.", "examples": [{ "grid": { "model.learningRate": [0.01, 3e-3], "seed": [1, 2] }, "select": { "metric": "accuracy" } }], "properties": { "grid": { "type": "object", "description": "Setting path \u2192 values to try; every combination is a variant.", "examples": [{ "model.learningRate": [0.01, 3e-3], "model.hidden": [[{ "units": 16 }], [{ "units": 32 }, { "units": 16 }]] }], "propertyNames": { "minLength": 1, "maxLength": 200 }, "additionalProperties": { "type": "array", "minItems": 1, "maxItems": 256, "examples": [[0.01, 3e-3]] } }, "variants": { "type": "array", "maxItems": 256, "description": "Explicit variants, each a map of setting path \u2192 value (added to the grid's).", "examples": [[{ "model.learningRate": 0.03, "training.batchSize": 64 }]], "items": { "type": "object", "minProperties": 1, "propertyNames": { "minLength": 1, "maxLength": 200 }, "examples": [{ "model.learningRate": 0.03, "training.batchSize": 64 }] } }, "max": { "type": "integer", "minimum": 1, "maximum": 256, "default": 64, "description": "Refuse a sweep with more variants than this; 256 is GitHub's limit of jobs per matrix." }, "select": { "type": "object", "additionalProperties": false, "examples": [{ "metric": "accuracy", "direction": "max" }], "properties": { "metric": { "type": "string", "minLength": 1, "description": "The validation metric that ranks variants (default: accuracy, or rmse for regression)." }, "direction": { "enum": ["max", "min"], "description": "Whether larger is better (default: min for logLoss, rmse and mae, max otherwise)." } } } } };
var func2 = Object.prototype.hasOwnProperty;
var func3 = runtime_ucs2length;
var pattern0 = new RegExp("^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$", "u");
var pattern1 = new RegExp("^[A-Za-z][A-Za-z0-9_]*$", "u");
var pattern2 = new RegExp("^\\s*(>=|<=|>|<|==)\\s*-?[0-9]{1,20}(\\.[0-9]{1,20})?([eE][-+]?[0-9]{1,2})?\\s*$", "u");
var schema12 = { "type": "object", "additionalProperties": false, "required": ["path"], "examples": [{ "path": "data/penguins.csv", "label": "species" }], "properties": { "path": { "$ref": "#/definitions/relativePath", "description": "Training data: a CSV, JSON Lines or JSON file, or a folder of them (e.g. a DVC-tracked directory)." }, "validation": { "$ref": "#/definitions/relativePath", "description": "Optional separate validation data; when absent the training data is split." }, "extra": { "type": "array", "items": { "$ref": "#/definitions/relativePath" }, "uniqueItems": true, "examples": [["data/lookup.csv"]], "description": "Other data the build reads (lookup tables, vocabularies). Checked for versioning like the rest." }, "format": { "enum": ["auto", "csv", "jsonl", "json"], "default": "auto" }, "delimiter": { "type": "string", "minLength": 1, "maxLength": 1, "default": "," }, "label": { "type": "string", "minLength": 1, "description": "The column to predict." }, "columns": { "type": "object", "description": "Per-column type overrides; columns not listed are inferred.", "examples": [{ "zip": "category", "rooms": "number" }], "additionalProperties": { "enum": ["number", "string", "boolean", "category"] } }, "exclude": { "type": "array", "items": { "type": "string", "minLength": 1 }, "uniqueItems": true, "examples": [["id", "comment"]], "description": "Columns that are read but never used as features (ids, free text). Each must be a column of the data." }, "cleaning": { "type": "object", "additionalProperties": false, "examples": [{ "dropMissingLabel": true, "impute": { "body_mass_g": "median" } }], "properties": { "dropMissingLabel": { "type": "boolean", "default": true }, "dropDuplicates": { "type": "boolean", "default": false }, "impute": { "type": "object", "examples": [{ "body_mass_g": "median", "sex": { "constant": "unknown" } }], "additionalProperties": { "examples": ["median", { "constant": 0 }], "oneOf": [{ "enum": ["mean", "median", "mode"] }, { "type": "object", "additionalProperties": false, "required": ["constant"], "properties": { "constant": { "type": ["number", "string", "boolean"] } } }] } }, "clip": { "type": "object", "examples": [{ "body_mass_g": [2500, null] }], "additionalProperties": { "type": "array", "description": "[low, high]; null for no bound on that side.", "examples": [[2500, null]], "items": { "type": ["number", "null"] }, "minItems": 2, "maxItems": 2 } } } }, "split": { "type": "object", "additionalProperties": false, "examples": [{ "validation": 0.2, "stratify": true }], "properties": { "validation": { "type": "number", "exclusiveMinimum": 0, "exclusiveMaximum": 1, "default": 0.2 }, "stratify": { "type": "boolean", "description": "Default: true for classification tasks." } } } } };
var schema13 = { "type": "string", "minLength": 1, "description": "A path relative to the folder holding this config file; it must stay inside the repository." };
var func0 = runtime_equal;
function validate11(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.format === void 0) {
      data.format = "auto";
    }
    if (data.delimiter === void 0) {
      data.delimiter = ",";
    }
    if (data.path === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "path" }, message: "must have required property 'path'", schema: schema12.required, parentSchema: schema12, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!func2.call(schema12.properties, key0)) {
        const err1 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema12, data };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.path !== void 0) {
      let data0 = data.path;
      if (typeof data0 === "string") {
        if (func3(data0) < 1) {
          const err2 = { instancePath: instancePath + "/path", schemaPath: "#/definitions/relativePath/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema13, data: data0 };
          if (vErrors === null) {
            vErrors = [err2];
          } else {
            vErrors.push(err2);
          }
          errors++;
        }
      } else {
        const err3 = { instancePath: instancePath + "/path", schemaPath: "#/definitions/relativePath/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema13.type, parentSchema: schema13, data: data0 };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.validation !== void 0) {
      let data1 = data.validation;
      if (typeof data1 === "string") {
        if (func3(data1) < 1) {
          const err4 = { instancePath: instancePath + "/validation", schemaPath: "#/definitions/relativePath/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema13, data: data1 };
          if (vErrors === null) {
            vErrors = [err4];
          } else {
            vErrors.push(err4);
          }
          errors++;
        }
      } else {
        const err5 = { instancePath: instancePath + "/validation", schemaPath: "#/definitions/relativePath/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema13.type, parentSchema: schema13, data: data1 };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
    if (data.extra !== void 0) {
      let data2 = data.extra;
      if (Array.isArray(data2)) {
        const len0 = data2.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data3 = data2[i0];
          if (typeof data3 === "string") {
            if (func3(data3) < 1) {
              const err6 = { instancePath: instancePath + "/extra/" + i0, schemaPath: "#/definitions/relativePath/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema13, data: data3 };
              if (vErrors === null) {
                vErrors = [err6];
              } else {
                vErrors.push(err6);
              }
              errors++;
            }
          } else {
            const err7 = { instancePath: instancePath + "/extra/" + i0, schemaPath: "#/definitions/relativePath/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema13.type, parentSchema: schema13, data: data3 };
            if (vErrors === null) {
              vErrors = [err7];
            } else {
              vErrors.push(err7);
            }
            errors++;
          }
        }
        let i1 = data2.length;
        let j0;
        if (i1 > 1) {
          outer0: for (; i1--; ) {
            for (j0 = i1; j0--; ) {
              if (func0(data2[i1], data2[j0])) {
                const err8 = { instancePath: instancePath + "/extra", schemaPath: "#/properties/extra/uniqueItems", keyword: "uniqueItems", params: { i: i1, j: j0 }, message: "must NOT have duplicate items (items ## " + j0 + " and " + i1 + " are identical)", schema: true, parentSchema: schema12.properties.extra, data: data2 };
                if (vErrors === null) {
                  vErrors = [err8];
                } else {
                  vErrors.push(err8);
                }
                errors++;
                break outer0;
              }
            }
          }
        }
      } else {
        const err9 = { instancePath: instancePath + "/extra", schemaPath: "#/properties/extra/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema12.properties.extra.type, parentSchema: schema12.properties.extra, data: data2 };
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      }
    }
    let data4 = data.format;
    if (!(data4 === "auto" || data4 === "csv" || data4 === "jsonl" || data4 === "json")) {
      const err10 = { instancePath: instancePath + "/format", schemaPath: "#/properties/format/enum", keyword: "enum", params: { allowedValues: schema12.properties.format.enum }, message: "must be equal to one of the allowed values", schema: schema12.properties.format.enum, parentSchema: schema12.properties.format, data: data4 };
      if (vErrors === null) {
        vErrors = [err10];
      } else {
        vErrors.push(err10);
      }
      errors++;
    }
    let data5 = data.delimiter;
    if (typeof data5 === "string") {
      if (func3(data5) > 1) {
        const err11 = { instancePath: instancePath + "/delimiter", schemaPath: "#/properties/delimiter/maxLength", keyword: "maxLength", params: { limit: 1 }, message: "must NOT have more than 1 characters", schema: 1, parentSchema: schema12.properties.delimiter, data: data5 };
        if (vErrors === null) {
          vErrors = [err11];
        } else {
          vErrors.push(err11);
        }
        errors++;
      }
      if (func3(data5) < 1) {
        const err12 = { instancePath: instancePath + "/delimiter", schemaPath: "#/properties/delimiter/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema12.properties.delimiter, data: data5 };
        if (vErrors === null) {
          vErrors = [err12];
        } else {
          vErrors.push(err12);
        }
        errors++;
      }
    } else {
      const err13 = { instancePath: instancePath + "/delimiter", schemaPath: "#/properties/delimiter/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema12.properties.delimiter.type, parentSchema: schema12.properties.delimiter, data: data5 };
      if (vErrors === null) {
        vErrors = [err13];
      } else {
        vErrors.push(err13);
      }
      errors++;
    }
    if (data.label !== void 0) {
      let data6 = data.label;
      if (typeof data6 === "string") {
        if (func3(data6) < 1) {
          const err14 = { instancePath: instancePath + "/label", schemaPath: "#/properties/label/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema12.properties.label, data: data6 };
          if (vErrors === null) {
            vErrors = [err14];
          } else {
            vErrors.push(err14);
          }
          errors++;
        }
      } else {
        const err15 = { instancePath: instancePath + "/label", schemaPath: "#/properties/label/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema12.properties.label.type, parentSchema: schema12.properties.label, data: data6 };
        if (vErrors === null) {
          vErrors = [err15];
        } else {
          vErrors.push(err15);
        }
        errors++;
      }
    }
    if (data.columns !== void 0) {
      let data7 = data.columns;
      if (data7 && typeof data7 == "object" && !Array.isArray(data7)) {
        for (const key1 in data7) {
          let data8 = data7[key1];
          if (!(data8 === "number" || data8 === "string" || data8 === "boolean" || data8 === "category")) {
            const err16 = { instancePath: instancePath + "/columns/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/columns/additionalProperties/enum", keyword: "enum", params: { allowedValues: schema12.properties.columns.additionalProperties.enum }, message: "must be equal to one of the allowed values", schema: schema12.properties.columns.additionalProperties.enum, parentSchema: schema12.properties.columns.additionalProperties, data: data8 };
            if (vErrors === null) {
              vErrors = [err16];
            } else {
              vErrors.push(err16);
            }
            errors++;
          }
        }
      } else {
        const err17 = { instancePath: instancePath + "/columns", schemaPath: "#/properties/columns/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema12.properties.columns.type, parentSchema: schema12.properties.columns, data: data7 };
        if (vErrors === null) {
          vErrors = [err17];
        } else {
          vErrors.push(err17);
        }
        errors++;
      }
    }
    if (data.exclude !== void 0) {
      let data9 = data.exclude;
      if (Array.isArray(data9)) {
        const len1 = data9.length;
        for (let i2 = 0; i2 < len1; i2++) {
          let data10 = data9[i2];
          if (typeof data10 === "string") {
            if (func3(data10) < 1) {
              const err18 = { instancePath: instancePath + "/exclude/" + i2, schemaPath: "#/properties/exclude/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema12.properties.exclude.items, data: data10 };
              if (vErrors === null) {
                vErrors = [err18];
              } else {
                vErrors.push(err18);
              }
              errors++;
            }
          } else {
            const err19 = { instancePath: instancePath + "/exclude/" + i2, schemaPath: "#/properties/exclude/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema12.properties.exclude.items.type, parentSchema: schema12.properties.exclude.items, data: data10 };
            if (vErrors === null) {
              vErrors = [err19];
            } else {
              vErrors.push(err19);
            }
            errors++;
          }
        }
        let i3 = data9.length;
        let j1;
        if (i3 > 1) {
          const indices0 = {};
          for (; i3--; ) {
            let item0 = data9[i3];
            if (typeof item0 !== "string") {
              continue;
            }
            if (typeof indices0[item0] == "number") {
              j1 = indices0[item0];
              const err20 = { instancePath: instancePath + "/exclude", schemaPath: "#/properties/exclude/uniqueItems", keyword: "uniqueItems", params: { i: i3, j: j1 }, message: "must NOT have duplicate items (items ## " + j1 + " and " + i3 + " are identical)", schema: true, parentSchema: schema12.properties.exclude, data: data9 };
              if (vErrors === null) {
                vErrors = [err20];
              } else {
                vErrors.push(err20);
              }
              errors++;
              break;
            }
            indices0[item0] = i3;
          }
        }
      } else {
        const err21 = { instancePath: instancePath + "/exclude", schemaPath: "#/properties/exclude/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema12.properties.exclude.type, parentSchema: schema12.properties.exclude, data: data9 };
        if (vErrors === null) {
          vErrors = [err21];
        } else {
          vErrors.push(err21);
        }
        errors++;
      }
    }
    if (data.cleaning !== void 0) {
      let data11 = data.cleaning;
      if (data11 && typeof data11 == "object" && !Array.isArray(data11)) {
        if (data11.dropMissingLabel === void 0) {
          data11.dropMissingLabel = true;
        }
        if (data11.dropDuplicates === void 0) {
          data11.dropDuplicates = false;
        }
        for (const key2 in data11) {
          if (!(key2 === "dropMissingLabel" || key2 === "dropDuplicates" || key2 === "impute" || key2 === "clip")) {
            const err22 = { instancePath: instancePath + "/cleaning", schemaPath: "#/properties/cleaning/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key2 }, message: "must NOT have additional properties", schema: false, parentSchema: schema12.properties.cleaning, data: data11 };
            if (vErrors === null) {
              vErrors = [err22];
            } else {
              vErrors.push(err22);
            }
            errors++;
          }
        }
        let data12 = data11.dropMissingLabel;
        if (typeof data12 !== "boolean") {
          const err23 = { instancePath: instancePath + "/cleaning/dropMissingLabel", schemaPath: "#/properties/cleaning/properties/dropMissingLabel/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema12.properties.cleaning.properties.dropMissingLabel.type, parentSchema: schema12.properties.cleaning.properties.dropMissingLabel, data: data12 };
          if (vErrors === null) {
            vErrors = [err23];
          } else {
            vErrors.push(err23);
          }
          errors++;
        }
        let data13 = data11.dropDuplicates;
        if (typeof data13 !== "boolean") {
          const err24 = { instancePath: instancePath + "/cleaning/dropDuplicates", schemaPath: "#/properties/cleaning/properties/dropDuplicates/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema12.properties.cleaning.properties.dropDuplicates.type, parentSchema: schema12.properties.cleaning.properties.dropDuplicates, data: data13 };
          if (vErrors === null) {
            vErrors = [err24];
          } else {
            vErrors.push(err24);
          }
          errors++;
        }
        if (data11.impute !== void 0) {
          let data14 = data11.impute;
          if (data14 && typeof data14 == "object" && !Array.isArray(data14)) {
            for (const key3 in data14) {
              let data15 = data14[key3];
              const _errs37 = errors;
              let valid13 = false;
              let passing0 = null;
              const _errs38 = errors;
              if (!(data15 === "mean" || data15 === "median" || data15 === "mode")) {
                const err25 = { instancePath: instancePath + "/cleaning/impute/" + key3.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/cleaning/properties/impute/additionalProperties/oneOf/0/enum", keyword: "enum", params: { allowedValues: schema12.properties.cleaning.properties.impute.additionalProperties.oneOf[0].enum }, message: "must be equal to one of the allowed values", schema: schema12.properties.cleaning.properties.impute.additionalProperties.oneOf[0].enum, parentSchema: schema12.properties.cleaning.properties.impute.additionalProperties.oneOf[0], data: data15 };
                if (vErrors === null) {
                  vErrors = [err25];
                } else {
                  vErrors.push(err25);
                }
                errors++;
              }
              var _valid0 = _errs38 === errors;
              if (_valid0) {
                valid13 = true;
                passing0 = 0;
              }
              const _errs39 = errors;
              if (data15 && typeof data15 == "object" && !Array.isArray(data15)) {
                if (data15.constant === void 0) {
                  const err26 = { instancePath: instancePath + "/cleaning/impute/" + key3.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/cleaning/properties/impute/additionalProperties/oneOf/1/required", keyword: "required", params: { missingProperty: "constant" }, message: "must have required property 'constant'", schema: schema12.properties.cleaning.properties.impute.additionalProperties.oneOf[1].required, parentSchema: schema12.properties.cleaning.properties.impute.additionalProperties.oneOf[1], data: data15 };
                  if (vErrors === null) {
                    vErrors = [err26];
                  } else {
                    vErrors.push(err26);
                  }
                  errors++;
                }
                for (const key4 in data15) {
                  if (!(key4 === "constant")) {
                    const err27 = { instancePath: instancePath + "/cleaning/impute/" + key3.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/cleaning/properties/impute/additionalProperties/oneOf/1/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key4 }, message: "must NOT have additional properties", schema: false, parentSchema: schema12.properties.cleaning.properties.impute.additionalProperties.oneOf[1], data: data15 };
                    if (vErrors === null) {
                      vErrors = [err27];
                    } else {
                      vErrors.push(err27);
                    }
                    errors++;
                  }
                }
                if (data15.constant !== void 0) {
                  let data16 = data15.constant;
                  if (!(typeof data16 == "number" && isFinite(data16)) && typeof data16 !== "string" && typeof data16 !== "boolean") {
                    const err28 = { instancePath: instancePath + "/cleaning/impute/" + key3.replace(/~/g, "~0").replace(/\//g, "~1") + "/constant", schemaPath: "#/properties/cleaning/properties/impute/additionalProperties/oneOf/1/properties/constant/type", keyword: "type", params: { type: schema12.properties.cleaning.properties.impute.additionalProperties.oneOf[1].properties.constant.type }, message: "must be number,string,boolean", schema: schema12.properties.cleaning.properties.impute.additionalProperties.oneOf[1].properties.constant.type, parentSchema: schema12.properties.cleaning.properties.impute.additionalProperties.oneOf[1].properties.constant, data: data16 };
                    if (vErrors === null) {
                      vErrors = [err28];
                    } else {
                      vErrors.push(err28);
                    }
                    errors++;
                  }
                }
              } else {
                const err29 = { instancePath: instancePath + "/cleaning/impute/" + key3.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/cleaning/properties/impute/additionalProperties/oneOf/1/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema12.properties.cleaning.properties.impute.additionalProperties.oneOf[1].type, parentSchema: schema12.properties.cleaning.properties.impute.additionalProperties.oneOf[1], data: data15 };
                if (vErrors === null) {
                  vErrors = [err29];
                } else {
                  vErrors.push(err29);
                }
                errors++;
              }
              var _valid0 = _errs39 === errors;
              if (_valid0 && valid13) {
                valid13 = false;
                passing0 = [passing0, 1];
              } else {
                if (_valid0) {
                  valid13 = true;
                  passing0 = 1;
                }
              }
              if (!valid13) {
                const err30 = { instancePath: instancePath + "/cleaning/impute/" + key3.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/cleaning/properties/impute/additionalProperties/oneOf", keyword: "oneOf", params: { passingSchemas: passing0 }, message: "must match exactly one schema in oneOf", schema: schema12.properties.cleaning.properties.impute.additionalProperties.oneOf, parentSchema: schema12.properties.cleaning.properties.impute.additionalProperties, data: data15 };
                if (vErrors === null) {
                  vErrors = [err30];
                } else {
                  vErrors.push(err30);
                }
                errors++;
              } else {
                errors = _errs37;
                if (vErrors !== null) {
                  if (_errs37) {
                    vErrors.length = _errs37;
                  } else {
                    vErrors = null;
                  }
                }
              }
            }
          } else {
            const err31 = { instancePath: instancePath + "/cleaning/impute", schemaPath: "#/properties/cleaning/properties/impute/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema12.properties.cleaning.properties.impute.type, parentSchema: schema12.properties.cleaning.properties.impute, data: data14 };
            if (vErrors === null) {
              vErrors = [err31];
            } else {
              vErrors.push(err31);
            }
            errors++;
          }
        }
        if (data11.clip !== void 0) {
          let data17 = data11.clip;
          if (data17 && typeof data17 == "object" && !Array.isArray(data17)) {
            for (const key5 in data17) {
              let data18 = data17[key5];
              if (Array.isArray(data18)) {
                if (data18.length > 2) {
                  const err32 = { instancePath: instancePath + "/cleaning/clip/" + key5.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/cleaning/properties/clip/additionalProperties/maxItems", keyword: "maxItems", params: { limit: 2 }, message: "must NOT have more than 2 items", schema: 2, parentSchema: schema12.properties.cleaning.properties.clip.additionalProperties, data: data18 };
                  if (vErrors === null) {
                    vErrors = [err32];
                  } else {
                    vErrors.push(err32);
                  }
                  errors++;
                }
                if (data18.length < 2) {
                  const err33 = { instancePath: instancePath + "/cleaning/clip/" + key5.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/cleaning/properties/clip/additionalProperties/minItems", keyword: "minItems", params: { limit: 2 }, message: "must NOT have fewer than 2 items", schema: 2, parentSchema: schema12.properties.cleaning.properties.clip.additionalProperties, data: data18 };
                  if (vErrors === null) {
                    vErrors = [err33];
                  } else {
                    vErrors.push(err33);
                  }
                  errors++;
                }
                const len2 = data18.length;
                for (let i4 = 0; i4 < len2; i4++) {
                  let data19 = data18[i4];
                  if (!(typeof data19 == "number" && isFinite(data19)) && data19 !== null) {
                    const err34 = { instancePath: instancePath + "/cleaning/clip/" + key5.replace(/~/g, "~0").replace(/\//g, "~1") + "/" + i4, schemaPath: "#/properties/cleaning/properties/clip/additionalProperties/items/type", keyword: "type", params: { type: schema12.properties.cleaning.properties.clip.additionalProperties.items.type }, message: "must be number,null", schema: schema12.properties.cleaning.properties.clip.additionalProperties.items.type, parentSchema: schema12.properties.cleaning.properties.clip.additionalProperties.items, data: data19 };
                    if (vErrors === null) {
                      vErrors = [err34];
                    } else {
                      vErrors.push(err34);
                    }
                    errors++;
                  }
                }
              } else {
                const err35 = { instancePath: instancePath + "/cleaning/clip/" + key5.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/cleaning/properties/clip/additionalProperties/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema12.properties.cleaning.properties.clip.additionalProperties.type, parentSchema: schema12.properties.cleaning.properties.clip.additionalProperties, data: data18 };
                if (vErrors === null) {
                  vErrors = [err35];
                } else {
                  vErrors.push(err35);
                }
                errors++;
              }
            }
          } else {
            const err36 = { instancePath: instancePath + "/cleaning/clip", schemaPath: "#/properties/cleaning/properties/clip/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema12.properties.cleaning.properties.clip.type, parentSchema: schema12.properties.cleaning.properties.clip, data: data17 };
            if (vErrors === null) {
              vErrors = [err36];
            } else {
              vErrors.push(err36);
            }
            errors++;
          }
        }
      } else {
        const err37 = { instancePath: instancePath + "/cleaning", schemaPath: "#/properties/cleaning/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema12.properties.cleaning.type, parentSchema: schema12.properties.cleaning, data: data11 };
        if (vErrors === null) {
          vErrors = [err37];
        } else {
          vErrors.push(err37);
        }
        errors++;
      }
    }
    if (data.split !== void 0) {
      let data20 = data.split;
      if (data20 && typeof data20 == "object" && !Array.isArray(data20)) {
        if (data20.validation === void 0) {
          data20.validation = 0.2;
        }
        for (const key6 in data20) {
          if (!(key6 === "validation" || key6 === "stratify")) {
            const err38 = { instancePath: instancePath + "/split", schemaPath: "#/properties/split/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key6 }, message: "must NOT have additional properties", schema: false, parentSchema: schema12.properties.split, data: data20 };
            if (vErrors === null) {
              vErrors = [err38];
            } else {
              vErrors.push(err38);
            }
            errors++;
          }
        }
        let data21 = data20.validation;
        if (typeof data21 == "number" && isFinite(data21)) {
          if (data21 >= 1 || isNaN(data21)) {
            const err39 = { instancePath: instancePath + "/split/validation", schemaPath: "#/properties/split/properties/validation/exclusiveMaximum", keyword: "exclusiveMaximum", params: { comparison: "<", limit: 1 }, message: "must be < 1", schema: 1, parentSchema: schema12.properties.split.properties.validation, data: data21 };
            if (vErrors === null) {
              vErrors = [err39];
            } else {
              vErrors.push(err39);
            }
            errors++;
          }
          if (data21 <= 0 || isNaN(data21)) {
            const err40 = { instancePath: instancePath + "/split/validation", schemaPath: "#/properties/split/properties/validation/exclusiveMinimum", keyword: "exclusiveMinimum", params: { comparison: ">", limit: 0 }, message: "must be > 0", schema: 0, parentSchema: schema12.properties.split.properties.validation, data: data21 };
            if (vErrors === null) {
              vErrors = [err40];
            } else {
              vErrors.push(err40);
            }
            errors++;
          }
        } else {
          const err41 = { instancePath: instancePath + "/split/validation", schemaPath: "#/properties/split/properties/validation/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema12.properties.split.properties.validation.type, parentSchema: schema12.properties.split.properties.validation, data: data21 };
          if (vErrors === null) {
            vErrors = [err41];
          } else {
            vErrors.push(err41);
          }
          errors++;
        }
        if (data20.stratify !== void 0) {
          let data22 = data20.stratify;
          if (typeof data22 !== "boolean") {
            const err42 = { instancePath: instancePath + "/split/stratify", schemaPath: "#/properties/split/properties/stratify/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema12.properties.split.properties.stratify.type, parentSchema: schema12.properties.split.properties.stratify, data: data22 };
            if (vErrors === null) {
              vErrors = [err42];
            } else {
              vErrors.push(err42);
            }
            errors++;
          }
        }
      } else {
        const err43 = { instancePath: instancePath + "/split", schemaPath: "#/properties/split/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema12.properties.split.type, parentSchema: schema12.properties.split, data: data20 };
        if (vErrors === null) {
          vErrors = [err43];
        } else {
          vErrors.push(err43);
        }
        errors++;
      }
    }
  } else {
    const err44 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema12.type, parentSchema: schema12, data };
    if (vErrors === null) {
      vErrors = [err44];
    } else {
      vErrors.push(err44);
    }
    errors++;
  }
  validate11.errors = vErrors;
  return errors === 0;
}
var schema17 = { "type": "object", "additionalProperties": false, "examples": [{ "task": "multiclass", "hidden": [{ "units": 16, "activation": "relu" }] }], "properties": { "task": { "enum": ["binary", "multiclass", "regression"] }, "hidden": { "type": "array", "maxItems": 100, "description": "Hidden dense layers, input side first.", "examples": [[{ "units": 16, "activation": "relu" }, { "units": 8, "dropout": 0.1 }]], "items": { "title": "layer", "type": "object", "additionalProperties": false, "required": ["units"], "properties": { "units": { "type": "integer", "minimum": 1, "maximum": 65536 }, "activation": { "enum": ["relu", "elu", "selu", "tanh", "sigmoid", "linear", "softplus", "swish"], "default": "relu" }, "dropout": { "type": "number", "minimum": 0, "exclusiveMaximum": 1 } } } }, "l2": { "type": "number", "minimum": 0 }, "optimizer": { "enum": ["adam", "sgd", "rmsprop", "adagrad"], "default": "adam" }, "learningRate": { "type": "number", "exclusiveMinimum": 0, "maximum": 10, "default": 1e-3 }, "module": { "$ref": "#/definitions/relativePath", "description": "Escape hatch: an ES module exporting build(tf, { inputShape, outputUnits, task })." }, "maxClasses": { "type": "integer", "minimum": 2, "description": "Refuse a classification label with more distinct classes than this (default 1000). Above it, consider regression or bucketing the label." }, "maxInputs": { "type": "integer", "minimum": 1, "description": "Refuse a model input wider than this many values after one-hot encoding and bucketing (default 10000)." } } };
function validate13(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.optimizer === void 0) {
      data.optimizer = "adam";
    }
    if (data.learningRate === void 0) {
      data.learningRate = 1e-3;
    }
    for (const key0 in data) {
      if (!(key0 === "task" || key0 === "hidden" || key0 === "l2" || key0 === "optimizer" || key0 === "learningRate" || key0 === "module" || key0 === "maxClasses" || key0 === "maxInputs")) {
        const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema17, data };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
    }
    if (data.task !== void 0) {
      let data0 = data.task;
      if (!(data0 === "binary" || data0 === "multiclass" || data0 === "regression")) {
        const err1 = { instancePath: instancePath + "/task", schemaPath: "#/properties/task/enum", keyword: "enum", params: { allowedValues: schema17.properties.task.enum }, message: "must be equal to one of the allowed values", schema: schema17.properties.task.enum, parentSchema: schema17.properties.task, data: data0 };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.hidden !== void 0) {
      let data1 = data.hidden;
      if (Array.isArray(data1)) {
        if (data1.length > 100) {
          const err2 = { instancePath: instancePath + "/hidden", schemaPath: "#/properties/hidden/maxItems", keyword: "maxItems", params: { limit: 100 }, message: "must NOT have more than 100 items", schema: 100, parentSchema: schema17.properties.hidden, data: data1 };
          if (vErrors === null) {
            vErrors = [err2];
          } else {
            vErrors.push(err2);
          }
          errors++;
        }
        const len0 = data1.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data2 = data1[i0];
          if (data2 && typeof data2 == "object" && !Array.isArray(data2)) {
            if (data2.activation === void 0) {
              data2.activation = "relu";
            }
            if (data2.units === void 0) {
              const err3 = { instancePath: instancePath + "/hidden/" + i0, schemaPath: "#/properties/hidden/items/required", keyword: "required", params: { missingProperty: "units" }, message: "must have required property 'units'", schema: schema17.properties.hidden.items.required, parentSchema: schema17.properties.hidden.items, data: data2 };
              if (vErrors === null) {
                vErrors = [err3];
              } else {
                vErrors.push(err3);
              }
              errors++;
            }
            for (const key1 in data2) {
              if (!(key1 === "units" || key1 === "activation" || key1 === "dropout")) {
                const err4 = { instancePath: instancePath + "/hidden/" + i0, schemaPath: "#/properties/hidden/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties", schema: false, parentSchema: schema17.properties.hidden.items, data: data2 };
                if (vErrors === null) {
                  vErrors = [err4];
                } else {
                  vErrors.push(err4);
                }
                errors++;
              }
            }
            if (data2.units !== void 0) {
              let data3 = data2.units;
              if (!(typeof data3 == "number" && (!(data3 % 1) && !isNaN(data3)) && isFinite(data3))) {
                const err5 = { instancePath: instancePath + "/hidden/" + i0 + "/units", schemaPath: "#/properties/hidden/items/properties/units/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema17.properties.hidden.items.properties.units.type, parentSchema: schema17.properties.hidden.items.properties.units, data: data3 };
                if (vErrors === null) {
                  vErrors = [err5];
                } else {
                  vErrors.push(err5);
                }
                errors++;
              }
              if (typeof data3 == "number" && isFinite(data3)) {
                if (data3 > 65536 || isNaN(data3)) {
                  const err6 = { instancePath: instancePath + "/hidden/" + i0 + "/units", schemaPath: "#/properties/hidden/items/properties/units/maximum", keyword: "maximum", params: { comparison: "<=", limit: 65536 }, message: "must be <= 65536", schema: 65536, parentSchema: schema17.properties.hidden.items.properties.units, data: data3 };
                  if (vErrors === null) {
                    vErrors = [err6];
                  } else {
                    vErrors.push(err6);
                  }
                  errors++;
                }
                if (data3 < 1 || isNaN(data3)) {
                  const err7 = { instancePath: instancePath + "/hidden/" + i0 + "/units", schemaPath: "#/properties/hidden/items/properties/units/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema17.properties.hidden.items.properties.units, data: data3 };
                  if (vErrors === null) {
                    vErrors = [err7];
                  } else {
                    vErrors.push(err7);
                  }
                  errors++;
                }
              }
            }
            let data4 = data2.activation;
            if (!(data4 === "relu" || data4 === "elu" || data4 === "selu" || data4 === "tanh" || data4 === "sigmoid" || data4 === "linear" || data4 === "softplus" || data4 === "swish")) {
              const err8 = { instancePath: instancePath + "/hidden/" + i0 + "/activation", schemaPath: "#/properties/hidden/items/properties/activation/enum", keyword: "enum", params: { allowedValues: schema17.properties.hidden.items.properties.activation.enum }, message: "must be equal to one of the allowed values", schema: schema17.properties.hidden.items.properties.activation.enum, parentSchema: schema17.properties.hidden.items.properties.activation, data: data4 };
              if (vErrors === null) {
                vErrors = [err8];
              } else {
                vErrors.push(err8);
              }
              errors++;
            }
            if (data2.dropout !== void 0) {
              let data5 = data2.dropout;
              if (typeof data5 == "number" && isFinite(data5)) {
                if (data5 < 0 || isNaN(data5)) {
                  const err9 = { instancePath: instancePath + "/hidden/" + i0 + "/dropout", schemaPath: "#/properties/hidden/items/properties/dropout/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema17.properties.hidden.items.properties.dropout, data: data5 };
                  if (vErrors === null) {
                    vErrors = [err9];
                  } else {
                    vErrors.push(err9);
                  }
                  errors++;
                }
                if (data5 >= 1 || isNaN(data5)) {
                  const err10 = { instancePath: instancePath + "/hidden/" + i0 + "/dropout", schemaPath: "#/properties/hidden/items/properties/dropout/exclusiveMaximum", keyword: "exclusiveMaximum", params: { comparison: "<", limit: 1 }, message: "must be < 1", schema: 1, parentSchema: schema17.properties.hidden.items.properties.dropout, data: data5 };
                  if (vErrors === null) {
                    vErrors = [err10];
                  } else {
                    vErrors.push(err10);
                  }
                  errors++;
                }
              } else {
                const err11 = { instancePath: instancePath + "/hidden/" + i0 + "/dropout", schemaPath: "#/properties/hidden/items/properties/dropout/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema17.properties.hidden.items.properties.dropout.type, parentSchema: schema17.properties.hidden.items.properties.dropout, data: data5 };
                if (vErrors === null) {
                  vErrors = [err11];
                } else {
                  vErrors.push(err11);
                }
                errors++;
              }
            }
          } else {
            const err12 = { instancePath: instancePath + "/hidden/" + i0, schemaPath: "#/properties/hidden/items/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema17.properties.hidden.items.type, parentSchema: schema17.properties.hidden.items, data: data2 };
            if (vErrors === null) {
              vErrors = [err12];
            } else {
              vErrors.push(err12);
            }
            errors++;
          }
        }
      } else {
        const err13 = { instancePath: instancePath + "/hidden", schemaPath: "#/properties/hidden/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema17.properties.hidden.type, parentSchema: schema17.properties.hidden, data: data1 };
        if (vErrors === null) {
          vErrors = [err13];
        } else {
          vErrors.push(err13);
        }
        errors++;
      }
    }
    if (data.l2 !== void 0) {
      let data6 = data.l2;
      if (typeof data6 == "number" && isFinite(data6)) {
        if (data6 < 0 || isNaN(data6)) {
          const err14 = { instancePath: instancePath + "/l2", schemaPath: "#/properties/l2/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema17.properties.l2, data: data6 };
          if (vErrors === null) {
            vErrors = [err14];
          } else {
            vErrors.push(err14);
          }
          errors++;
        }
      } else {
        const err15 = { instancePath: instancePath + "/l2", schemaPath: "#/properties/l2/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema17.properties.l2.type, parentSchema: schema17.properties.l2, data: data6 };
        if (vErrors === null) {
          vErrors = [err15];
        } else {
          vErrors.push(err15);
        }
        errors++;
      }
    }
    let data7 = data.optimizer;
    if (!(data7 === "adam" || data7 === "sgd" || data7 === "rmsprop" || data7 === "adagrad")) {
      const err16 = { instancePath: instancePath + "/optimizer", schemaPath: "#/properties/optimizer/enum", keyword: "enum", params: { allowedValues: schema17.properties.optimizer.enum }, message: "must be equal to one of the allowed values", schema: schema17.properties.optimizer.enum, parentSchema: schema17.properties.optimizer, data: data7 };
      if (vErrors === null) {
        vErrors = [err16];
      } else {
        vErrors.push(err16);
      }
      errors++;
    }
    let data8 = data.learningRate;
    if (typeof data8 == "number" && isFinite(data8)) {
      if (data8 > 10 || isNaN(data8)) {
        const err17 = { instancePath: instancePath + "/learningRate", schemaPath: "#/properties/learningRate/maximum", keyword: "maximum", params: { comparison: "<=", limit: 10 }, message: "must be <= 10", schema: 10, parentSchema: schema17.properties.learningRate, data: data8 };
        if (vErrors === null) {
          vErrors = [err17];
        } else {
          vErrors.push(err17);
        }
        errors++;
      }
      if (data8 <= 0 || isNaN(data8)) {
        const err18 = { instancePath: instancePath + "/learningRate", schemaPath: "#/properties/learningRate/exclusiveMinimum", keyword: "exclusiveMinimum", params: { comparison: ">", limit: 0 }, message: "must be > 0", schema: 0, parentSchema: schema17.properties.learningRate, data: data8 };
        if (vErrors === null) {
          vErrors = [err18];
        } else {
          vErrors.push(err18);
        }
        errors++;
      }
    } else {
      const err19 = { instancePath: instancePath + "/learningRate", schemaPath: "#/properties/learningRate/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema17.properties.learningRate.type, parentSchema: schema17.properties.learningRate, data: data8 };
      if (vErrors === null) {
        vErrors = [err19];
      } else {
        vErrors.push(err19);
      }
      errors++;
    }
    if (data.module !== void 0) {
      let data9 = data.module;
      if (typeof data9 === "string") {
        if (func3(data9) < 1) {
          const err20 = { instancePath: instancePath + "/module", schemaPath: "#/definitions/relativePath/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema13, data: data9 };
          if (vErrors === null) {
            vErrors = [err20];
          } else {
            vErrors.push(err20);
          }
          errors++;
        }
      } else {
        const err21 = { instancePath: instancePath + "/module", schemaPath: "#/definitions/relativePath/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema13.type, parentSchema: schema13, data: data9 };
        if (vErrors === null) {
          vErrors = [err21];
        } else {
          vErrors.push(err21);
        }
        errors++;
      }
    }
    if (data.maxClasses !== void 0) {
      let data10 = data.maxClasses;
      if (!(typeof data10 == "number" && (!(data10 % 1) && !isNaN(data10)) && isFinite(data10))) {
        const err22 = { instancePath: instancePath + "/maxClasses", schemaPath: "#/properties/maxClasses/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema17.properties.maxClasses.type, parentSchema: schema17.properties.maxClasses, data: data10 };
        if (vErrors === null) {
          vErrors = [err22];
        } else {
          vErrors.push(err22);
        }
        errors++;
      }
      if (typeof data10 == "number" && isFinite(data10)) {
        if (data10 < 2 || isNaN(data10)) {
          const err23 = { instancePath: instancePath + "/maxClasses", schemaPath: "#/properties/maxClasses/minimum", keyword: "minimum", params: { comparison: ">=", limit: 2 }, message: "must be >= 2", schema: 2, parentSchema: schema17.properties.maxClasses, data: data10 };
          if (vErrors === null) {
            vErrors = [err23];
          } else {
            vErrors.push(err23);
          }
          errors++;
        }
      }
    }
    if (data.maxInputs !== void 0) {
      let data11 = data.maxInputs;
      if (!(typeof data11 == "number" && (!(data11 % 1) && !isNaN(data11)) && isFinite(data11))) {
        const err24 = { instancePath: instancePath + "/maxInputs", schemaPath: "#/properties/maxInputs/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema17.properties.maxInputs.type, parentSchema: schema17.properties.maxInputs, data: data11 };
        if (vErrors === null) {
          vErrors = [err24];
        } else {
          vErrors.push(err24);
        }
        errors++;
      }
      if (typeof data11 == "number" && isFinite(data11)) {
        if (data11 < 1 || isNaN(data11)) {
          const err25 = { instancePath: instancePath + "/maxInputs", schemaPath: "#/properties/maxInputs/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema17.properties.maxInputs, data: data11 };
          if (vErrors === null) {
            vErrors = [err25];
          } else {
            vErrors.push(err25);
          }
          errors++;
        }
      }
    }
  } else {
    const err26 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema17.type, parentSchema: schema17, data };
    if (vErrors === null) {
      vErrors = [err26];
    } else {
      vErrors.push(err26);
    }
    errors++;
  }
  validate13.errors = vErrors;
  return errors === 0;
}
var schema21 = { "type": "object", "additionalProperties": false, "examples": [{ "out": "model-build-out", "compressionLevel": 9 }], "properties": { "out": { "$ref": "#/definitions/relativePath", "default": "model-build-out" }, "compressionLevel": { "type": "integer", "minimum": 0, "maximum": 9, "default": 9 } } };
function validate15(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.out === void 0) {
      data.out = "model-build-out";
    }
    if (data.compressionLevel === void 0) {
      data.compressionLevel = 9;
    }
    for (const key0 in data) {
      if (!(key0 === "out" || key0 === "compressionLevel")) {
        const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema21, data };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
    }
    let data0 = data.out;
    if (typeof data0 === "string") {
      if (func3(data0) < 1) {
        const err1 = { instancePath: instancePath + "/out", schemaPath: "#/definitions/relativePath/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema13, data: data0 };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    } else {
      const err2 = { instancePath: instancePath + "/out", schemaPath: "#/definitions/relativePath/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema13.type, parentSchema: schema13, data: data0 };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    let data1 = data.compressionLevel;
    if (!(typeof data1 == "number" && (!(data1 % 1) && !isNaN(data1)) && isFinite(data1))) {
      const err3 = { instancePath: instancePath + "/compressionLevel", schemaPath: "#/properties/compressionLevel/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema21.properties.compressionLevel.type, parentSchema: schema21.properties.compressionLevel, data: data1 };
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
    }
    if (typeof data1 == "number" && isFinite(data1)) {
      if (data1 > 9 || isNaN(data1)) {
        const err4 = { instancePath: instancePath + "/compressionLevel", schemaPath: "#/properties/compressionLevel/maximum", keyword: "maximum", params: { comparison: "<=", limit: 9 }, message: "must be <= 9", schema: 9, parentSchema: schema21.properties.compressionLevel, data: data1 };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
      if (data1 < 0 || isNaN(data1)) {
        const err5 = { instancePath: instancePath + "/compressionLevel", schemaPath: "#/properties/compressionLevel/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema21.properties.compressionLevel, data: data1 };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
  } else {
    const err6 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema21.type, parentSchema: schema21, data };
    if (vErrors === null) {
      vErrors = [err6];
    } else {
      vErrors.push(err6);
    }
    errors++;
  }
  validate15.errors = vErrors;
  return errors === 0;
}
function validate10(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.seed === void 0) {
      data.seed = 42;
    }
    if (data.name === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'", schema: schema11.required, parentSchema: schema11, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.data === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "data" }, message: "must have required property 'data'", schema: schema11.required, parentSchema: schema11, data };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!func2.call(schema11.properties, key0)) {
        const err2 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema11, data };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.$schema !== void 0) {
      let data0 = data.$schema;
      if (typeof data0 !== "string") {
        const err3 = { instancePath: instancePath + "/$schema", schemaPath: "#/properties/%24schema/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.$schema.type, parentSchema: schema11.properties.$schema, data: data0 };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.name !== void 0) {
      let data1 = data.name;
      if (typeof data1 === "string") {
        if (!pattern0.test(data1)) {
          const err4 = { instancePath: instancePath + "/name", schemaPath: "#/properties/name/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$" }, message: 'must match pattern "^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$"', schema: "^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$", parentSchema: schema11.properties.name, data: data1 };
          if (vErrors === null) {
            vErrors = [err4];
          } else {
            vErrors.push(err4);
          }
          errors++;
        }
      } else {
        const err5 = { instancePath: instancePath + "/name", schemaPath: "#/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.name.type, parentSchema: schema11.properties.name, data: data1 };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
    if (data.version !== void 0) {
      let data2 = data.version;
      if (typeof data2 === "string") {
        if (func3(data2) > 100) {
          const err6 = { instancePath: instancePath + "/version", schemaPath: "#/properties/version/maxLength", keyword: "maxLength", params: { limit: 100 }, message: "must NOT have more than 100 characters", schema: 100, parentSchema: schema11.properties.version, data: data2 };
          if (vErrors === null) {
            vErrors = [err6];
          } else {
            vErrors.push(err6);
          }
          errors++;
        }
        if (func3(data2) < 1) {
          const err7 = { instancePath: instancePath + "/version", schemaPath: "#/properties/version/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema11.properties.version, data: data2 };
          if (vErrors === null) {
            vErrors = [err7];
          } else {
            vErrors.push(err7);
          }
          errors++;
        }
      } else {
        const err8 = { instancePath: instancePath + "/version", schemaPath: "#/properties/version/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.version.type, parentSchema: schema11.properties.version, data: data2 };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
    }
    if (data.description !== void 0) {
      let data3 = data.description;
      if (typeof data3 !== "string") {
        const err9 = { instancePath: instancePath + "/description", schemaPath: "#/properties/description/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.description.type, parentSchema: schema11.properties.description, data: data3 };
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      }
    }
    if (data.intendedUse !== void 0) {
      let data4 = data.intendedUse;
      if (typeof data4 !== "string") {
        const err10 = { instancePath: instancePath + "/intendedUse", schemaPath: "#/properties/intendedUse/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.intendedUse.type, parentSchema: schema11.properties.intendedUse, data: data4 };
        if (vErrors === null) {
          vErrors = [err10];
        } else {
          vErrors.push(err10);
        }
        errors++;
      }
    }
    let data5 = data.seed;
    if (!(typeof data5 == "number" && (!(data5 % 1) && !isNaN(data5)) && isFinite(data5))) {
      const err11 = { instancePath: instancePath + "/seed", schemaPath: "#/properties/seed/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema11.properties.seed.type, parentSchema: schema11.properties.seed, data: data5 };
      if (vErrors === null) {
        vErrors = [err11];
      } else {
        vErrors.push(err11);
      }
      errors++;
    }
    if (typeof data5 == "number" && isFinite(data5)) {
      if (data5 > 4294967295 || isNaN(data5)) {
        const err12 = { instancePath: instancePath + "/seed", schemaPath: "#/properties/seed/maximum", keyword: "maximum", params: { comparison: "<=", limit: 4294967295 }, message: "must be <= 4294967295", schema: 4294967295, parentSchema: schema11.properties.seed, data: data5 };
        if (vErrors === null) {
          vErrors = [err12];
        } else {
          vErrors.push(err12);
        }
        errors++;
      }
      if (data5 < 1 || isNaN(data5)) {
        const err13 = { instancePath: instancePath + "/seed", schemaPath: "#/properties/seed/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema11.properties.seed, data: data5 };
        if (vErrors === null) {
          vErrors = [err13];
        } else {
          vErrors.push(err13);
        }
        errors++;
      }
    }
    if (data.data !== void 0) {
      if (!validate11(data.data, { instancePath: instancePath + "/data", parentData: data, parentDataProperty: "data", rootData })) {
        vErrors = vErrors === null ? validate11.errors : vErrors.concat(validate11.errors);
        errors = vErrors.length;
      }
    }
    if (data.features !== void 0) {
      let data7 = data.features;
      if (data7 && typeof data7 == "object" && !Array.isArray(data7)) {
        for (const key1 in data7) {
          let data8 = data7[key1];
          const _errs20 = errors;
          let valid3 = false;
          let passing0 = null;
          const _errs21 = errors;
          if (data8 && typeof data8 == "object" && !Array.isArray(data8)) {
            if (data8.type === void 0) {
              const err14 = { instancePath: instancePath + "/features/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/definitions/features/additionalProperties/oneOf/0/required", keyword: "required", params: { missingProperty: "type" }, message: "must have required property 'type'", schema: schema16.additionalProperties.oneOf[0].required, parentSchema: schema16.additionalProperties.oneOf[0], data: data8 };
              if (vErrors === null) {
                vErrors = [err14];
              } else {
                vErrors.push(err14);
              }
              errors++;
            }
            for (const key2 in data8) {
              if (!(key2 === "type" || key2 === "transform")) {
                const err15 = { instancePath: instancePath + "/features/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/definitions/features/additionalProperties/oneOf/0/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key2 }, message: "must NOT have additional properties", schema: false, parentSchema: schema16.additionalProperties.oneOf[0], data: data8 };
                if (vErrors === null) {
                  vErrors = [err15];
                } else {
                  vErrors.push(err15);
                }
                errors++;
              }
            }
            if (data8.type !== void 0) {
              let data9 = data8.type;
              if ("numeric" !== data9) {
                const err16 = { instancePath: instancePath + "/features/" + key1.replace(/~/g, "~0").replace(/\//g, "~1") + "/type", schemaPath: "#/definitions/features/additionalProperties/oneOf/0/properties/type/const", keyword: "const", params: { allowedValue: "numeric" }, message: "must be equal to constant", schema: "numeric", parentSchema: schema16.additionalProperties.oneOf[0].properties.type, data: data9 };
                if (vErrors === null) {
                  vErrors = [err16];
                } else {
                  vErrors.push(err16);
                }
                errors++;
              }
            }
            if (data8.transform !== void 0) {
              let data10 = data8.transform;
              if (!(data10 === "standardize" || data10 === "minmax" || data10 === "log" || data10 === "none")) {
                const err17 = { instancePath: instancePath + "/features/" + key1.replace(/~/g, "~0").replace(/\//g, "~1") + "/transform", schemaPath: "#/definitions/features/additionalProperties/oneOf/0/properties/transform/enum", keyword: "enum", params: { allowedValues: schema16.additionalProperties.oneOf[0].properties.transform.enum }, message: "must be equal to one of the allowed values", schema: schema16.additionalProperties.oneOf[0].properties.transform.enum, parentSchema: schema16.additionalProperties.oneOf[0].properties.transform, data: data10 };
                if (vErrors === null) {
                  vErrors = [err17];
                } else {
                  vErrors.push(err17);
                }
                errors++;
              }
            }
          } else {
            const err18 = { instancePath: instancePath + "/features/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/definitions/features/additionalProperties/oneOf/0/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema16.additionalProperties.oneOf[0].type, parentSchema: schema16.additionalProperties.oneOf[0], data: data8 };
            if (vErrors === null) {
              vErrors = [err18];
            } else {
              vErrors.push(err18);
            }
            errors++;
          }
          var _valid0 = _errs21 === errors;
          if (_valid0) {
            valid3 = true;
            passing0 = 0;
          }
          const _errs26 = errors;
          if (data8 && typeof data8 == "object" && !Array.isArray(data8)) {
            if (data8.type === void 0) {
              const err19 = { instancePath: instancePath + "/features/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/definitions/features/additionalProperties/oneOf/1/required", keyword: "required", params: { missingProperty: "type" }, message: "must have required property 'type'", schema: schema16.additionalProperties.oneOf[1].required, parentSchema: schema16.additionalProperties.oneOf[1], data: data8 };
              if (vErrors === null) {
                vErrors = [err19];
              } else {
                vErrors.push(err19);
              }
              errors++;
            }
            for (const key3 in data8) {
              if (!(key3 === "type" || key3 === "topK")) {
                const err20 = { instancePath: instancePath + "/features/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/definitions/features/additionalProperties/oneOf/1/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key3 }, message: "must NOT have additional properties", schema: false, parentSchema: schema16.additionalProperties.oneOf[1], data: data8 };
                if (vErrors === null) {
                  vErrors = [err20];
                } else {
                  vErrors.push(err20);
                }
                errors++;
              }
            }
            if (data8.type !== void 0) {
              let data11 = data8.type;
              if ("categorical" !== data11) {
                const err21 = { instancePath: instancePath + "/features/" + key1.replace(/~/g, "~0").replace(/\//g, "~1") + "/type", schemaPath: "#/definitions/features/additionalProperties/oneOf/1/properties/type/const", keyword: "const", params: { allowedValue: "categorical" }, message: "must be equal to constant", schema: "categorical", parentSchema: schema16.additionalProperties.oneOf[1].properties.type, data: data11 };
                if (vErrors === null) {
                  vErrors = [err21];
                } else {
                  vErrors.push(err21);
                }
                errors++;
              }
            }
            if (data8.topK !== void 0) {
              let data12 = data8.topK;
              if (!(typeof data12 == "number" && (!(data12 % 1) && !isNaN(data12)) && isFinite(data12))) {
                const err22 = { instancePath: instancePath + "/features/" + key1.replace(/~/g, "~0").replace(/\//g, "~1") + "/topK", schemaPath: "#/definitions/features/additionalProperties/oneOf/1/properties/topK/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema16.additionalProperties.oneOf[1].properties.topK.type, parentSchema: schema16.additionalProperties.oneOf[1].properties.topK, data: data12 };
                if (vErrors === null) {
                  vErrors = [err22];
                } else {
                  vErrors.push(err22);
                }
                errors++;
              }
              if (typeof data12 == "number" && isFinite(data12)) {
                if (data12 > 1e5 || isNaN(data12)) {
                  const err23 = { instancePath: instancePath + "/features/" + key1.replace(/~/g, "~0").replace(/\//g, "~1") + "/topK", schemaPath: "#/definitions/features/additionalProperties/oneOf/1/properties/topK/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1e5 }, message: "must be <= 100000", schema: 1e5, parentSchema: schema16.additionalProperties.oneOf[1].properties.topK, data: data12 };
                  if (vErrors === null) {
                    vErrors = [err23];
                  } else {
                    vErrors.push(err23);
                  }
                  errors++;
                }
                if (data12 < 1 || isNaN(data12)) {
                  const err24 = { instancePath: instancePath + "/features/" + key1.replace(/~/g, "~0").replace(/\//g, "~1") + "/topK", schemaPath: "#/definitions/features/additionalProperties/oneOf/1/properties/topK/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema16.additionalProperties.oneOf[1].properties.topK, data: data12 };
                  if (vErrors === null) {
                    vErrors = [err24];
                  } else {
                    vErrors.push(err24);
                  }
                  errors++;
                }
              }
            }
          } else {
            const err25 = { instancePath: instancePath + "/features/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/definitions/features/additionalProperties/oneOf/1/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema16.additionalProperties.oneOf[1].type, parentSchema: schema16.additionalProperties.oneOf[1], data: data8 };
            if (vErrors === null) {
              vErrors = [err25];
            } else {
              vErrors.push(err25);
            }
            errors++;
          }
          var _valid0 = _errs26 === errors;
          if (_valid0 && valid3) {
            valid3 = false;
            passing0 = [passing0, 1];
          } else {
            if (_valid0) {
              valid3 = true;
              passing0 = 1;
            }
            const _errs32 = errors;
            if (data8 && typeof data8 == "object" && !Array.isArray(data8)) {
              if (data8.type === void 0) {
                const err26 = { instancePath: instancePath + "/features/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/definitions/features/additionalProperties/oneOf/2/required", keyword: "required", params: { missingProperty: "type" }, message: "must have required property 'type'", schema: schema16.additionalProperties.oneOf[2].required, parentSchema: schema16.additionalProperties.oneOf[2], data: data8 };
                if (vErrors === null) {
                  vErrors = [err26];
                } else {
                  vErrors.push(err26);
                }
                errors++;
              }
              for (const key4 in data8) {
                if (!(key4 === "type")) {
                  const err27 = { instancePath: instancePath + "/features/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/definitions/features/additionalProperties/oneOf/2/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key4 }, message: "must NOT have additional properties", schema: false, parentSchema: schema16.additionalProperties.oneOf[2], data: data8 };
                  if (vErrors === null) {
                    vErrors = [err27];
                  } else {
                    vErrors.push(err27);
                  }
                  errors++;
                }
              }
              if (data8.type !== void 0) {
                let data13 = data8.type;
                if ("boolean" !== data13) {
                  const err28 = { instancePath: instancePath + "/features/" + key1.replace(/~/g, "~0").replace(/\//g, "~1") + "/type", schemaPath: "#/definitions/features/additionalProperties/oneOf/2/properties/type/const", keyword: "const", params: { allowedValue: "boolean" }, message: "must be equal to constant", schema: "boolean", parentSchema: schema16.additionalProperties.oneOf[2].properties.type, data: data13 };
                  if (vErrors === null) {
                    vErrors = [err28];
                  } else {
                    vErrors.push(err28);
                  }
                  errors++;
                }
              }
            } else {
              const err29 = { instancePath: instancePath + "/features/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/definitions/features/additionalProperties/oneOf/2/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema16.additionalProperties.oneOf[2].type, parentSchema: schema16.additionalProperties.oneOf[2], data: data8 };
              if (vErrors === null) {
                vErrors = [err29];
              } else {
                vErrors.push(err29);
              }
              errors++;
            }
            var _valid0 = _errs32 === errors;
            if (_valid0 && valid3) {
              valid3 = false;
              passing0 = [passing0, 2];
            } else {
              if (_valid0) {
                valid3 = true;
                passing0 = 2;
              }
              const _errs36 = errors;
              if (data8 && typeof data8 == "object" && !Array.isArray(data8)) {
                if (data8.type === void 0) {
                  const err30 = { instancePath: instancePath + "/features/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/definitions/features/additionalProperties/oneOf/3/required", keyword: "required", params: { missingProperty: "type" }, message: "must have required property 'type'", schema: schema16.additionalProperties.oneOf[3].required, parentSchema: schema16.additionalProperties.oneOf[3], data: data8 };
                  if (vErrors === null) {
                    vErrors = [err30];
                  } else {
                    vErrors.push(err30);
                  }
                  errors++;
                }
                if (data8.boundaries === void 0) {
                  const err31 = { instancePath: instancePath + "/features/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/definitions/features/additionalProperties/oneOf/3/required", keyword: "required", params: { missingProperty: "boundaries" }, message: "must have required property 'boundaries'", schema: schema16.additionalProperties.oneOf[3].required, parentSchema: schema16.additionalProperties.oneOf[3], data: data8 };
                  if (vErrors === null) {
                    vErrors = [err31];
                  } else {
                    vErrors.push(err31);
                  }
                  errors++;
                }
                for (const key5 in data8) {
                  if (!(key5 === "type" || key5 === "boundaries")) {
                    const err32 = { instancePath: instancePath + "/features/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/definitions/features/additionalProperties/oneOf/3/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key5 }, message: "must NOT have additional properties", schema: false, parentSchema: schema16.additionalProperties.oneOf[3], data: data8 };
                    if (vErrors === null) {
                      vErrors = [err32];
                    } else {
                      vErrors.push(err32);
                    }
                    errors++;
                  }
                }
                if (data8.type !== void 0) {
                  let data14 = data8.type;
                  if ("bucketized" !== data14) {
                    const err33 = { instancePath: instancePath + "/features/" + key1.replace(/~/g, "~0").replace(/\//g, "~1") + "/type", schemaPath: "#/definitions/features/additionalProperties/oneOf/3/properties/type/const", keyword: "const", params: { allowedValue: "bucketized" }, message: "must be equal to constant", schema: "bucketized", parentSchema: schema16.additionalProperties.oneOf[3].properties.type, data: data14 };
                    if (vErrors === null) {
                      vErrors = [err33];
                    } else {
                      vErrors.push(err33);
                    }
                    errors++;
                  }
                }
                if (data8.boundaries !== void 0) {
                  let data15 = data8.boundaries;
                  if (Array.isArray(data15)) {
                    if (data15.length > 1e3) {
                      const err34 = { instancePath: instancePath + "/features/" + key1.replace(/~/g, "~0").replace(/\//g, "~1") + "/boundaries", schemaPath: "#/definitions/features/additionalProperties/oneOf/3/properties/boundaries/maxItems", keyword: "maxItems", params: { limit: 1e3 }, message: "must NOT have more than 1000 items", schema: 1e3, parentSchema: schema16.additionalProperties.oneOf[3].properties.boundaries, data: data15 };
                      if (vErrors === null) {
                        vErrors = [err34];
                      } else {
                        vErrors.push(err34);
                      }
                      errors++;
                    }
                    if (data15.length < 1) {
                      const err35 = { instancePath: instancePath + "/features/" + key1.replace(/~/g, "~0").replace(/\//g, "~1") + "/boundaries", schemaPath: "#/definitions/features/additionalProperties/oneOf/3/properties/boundaries/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema16.additionalProperties.oneOf[3].properties.boundaries, data: data15 };
                      if (vErrors === null) {
                        vErrors = [err35];
                      } else {
                        vErrors.push(err35);
                      }
                      errors++;
                    }
                    const len0 = data15.length;
                    for (let i0 = 0; i0 < len0; i0++) {
                      let data16 = data15[i0];
                      if (!(typeof data16 == "number" && isFinite(data16))) {
                        const err36 = { instancePath: instancePath + "/features/" + key1.replace(/~/g, "~0").replace(/\//g, "~1") + "/boundaries/" + i0, schemaPath: "#/definitions/features/additionalProperties/oneOf/3/properties/boundaries/items/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema16.additionalProperties.oneOf[3].properties.boundaries.items.type, parentSchema: schema16.additionalProperties.oneOf[3].properties.boundaries.items, data: data16 };
                        if (vErrors === null) {
                          vErrors = [err36];
                        } else {
                          vErrors.push(err36);
                        }
                        errors++;
                      }
                    }
                  } else {
                    const err37 = { instancePath: instancePath + "/features/" + key1.replace(/~/g, "~0").replace(/\//g, "~1") + "/boundaries", schemaPath: "#/definitions/features/additionalProperties/oneOf/3/properties/boundaries/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema16.additionalProperties.oneOf[3].properties.boundaries.type, parentSchema: schema16.additionalProperties.oneOf[3].properties.boundaries, data: data15 };
                    if (vErrors === null) {
                      vErrors = [err37];
                    } else {
                      vErrors.push(err37);
                    }
                    errors++;
                  }
                }
              } else {
                const err38 = { instancePath: instancePath + "/features/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/definitions/features/additionalProperties/oneOf/3/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema16.additionalProperties.oneOf[3].type, parentSchema: schema16.additionalProperties.oneOf[3], data: data8 };
                if (vErrors === null) {
                  vErrors = [err38];
                } else {
                  vErrors.push(err38);
                }
                errors++;
              }
              var _valid0 = _errs36 === errors;
              if (_valid0 && valid3) {
                valid3 = false;
                passing0 = [passing0, 3];
              } else {
                if (_valid0) {
                  valid3 = true;
                  passing0 = 3;
                }
                const _errs44 = errors;
                if ("drop" !== data8) {
                  const err39 = { instancePath: instancePath + "/features/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/definitions/features/additionalProperties/oneOf/4/const", keyword: "const", params: { allowedValue: "drop" }, message: "must be equal to constant", schema: "drop", parentSchema: schema16.additionalProperties.oneOf[4], data: data8 };
                  if (vErrors === null) {
                    vErrors = [err39];
                  } else {
                    vErrors.push(err39);
                  }
                  errors++;
                }
                var _valid0 = _errs44 === errors;
                if (_valid0 && valid3) {
                  valid3 = false;
                  passing0 = [passing0, 4];
                } else {
                  if (_valid0) {
                    valid3 = true;
                    passing0 = 4;
                  }
                }
              }
            }
          }
          if (!valid3) {
            const err40 = { instancePath: instancePath + "/features/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/definitions/features/additionalProperties/oneOf", keyword: "oneOf", params: { passingSchemas: passing0 }, message: "must match exactly one schema in oneOf", schema: schema16.additionalProperties.oneOf, parentSchema: schema16.additionalProperties, data: data8 };
            if (vErrors === null) {
              vErrors = [err40];
            } else {
              vErrors.push(err40);
            }
            errors++;
          } else {
            errors = _errs20;
            if (vErrors !== null) {
              if (_errs20) {
                vErrors.length = _errs20;
              } else {
                vErrors = null;
              }
            }
          }
        }
      } else {
        const err41 = { instancePath: instancePath + "/features", schemaPath: "#/definitions/features/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema16.type, parentSchema: schema16, data: data7 };
        if (vErrors === null) {
          vErrors = [err41];
        } else {
          vErrors.push(err41);
        }
        errors++;
      }
    }
    if (data.model !== void 0) {
      if (!validate13(data.model, { instancePath: instancePath + "/model", parentData: data, parentDataProperty: "model", rootData })) {
        vErrors = vErrors === null ? validate13.errors : vErrors.concat(validate13.errors);
        errors = vErrors.length;
      }
    }
    if (data.training !== void 0) {
      let data18 = data.training;
      if (data18 && typeof data18 == "object" && !Array.isArray(data18)) {
        if (data18.epochs === void 0) {
          data18.epochs = 50;
        }
        if (data18.batchSize === void 0) {
          data18.batchSize = 32;
        }
        if (data18.backend === void 0) {
          data18.backend = "auto";
        }
        if (data18.shards === void 0) {
          data18.shards = 4;
        }
        for (const key6 in data18) {
          if (!(key6 === "epochs" || key6 === "batchSize" || key6 === "backend" || key6 === "shards" || key6 === "earlyStopping" || key6 === "maxParameters" || key6 === "maxMemoryMiB")) {
            const err42 = { instancePath: instancePath + "/training", schemaPath: "#/definitions/training/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key6 }, message: "must NOT have additional properties", schema: false, parentSchema: schema19, data: data18 };
            if (vErrors === null) {
              vErrors = [err42];
            } else {
              vErrors.push(err42);
            }
            errors++;
          }
        }
        let data19 = data18.epochs;
        if (!(typeof data19 == "number" && (!(data19 % 1) && !isNaN(data19)) && isFinite(data19))) {
          const err43 = { instancePath: instancePath + "/training/epochs", schemaPath: "#/definitions/training/properties/epochs/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema19.properties.epochs.type, parentSchema: schema19.properties.epochs, data: data19 };
          if (vErrors === null) {
            vErrors = [err43];
          } else {
            vErrors.push(err43);
          }
          errors++;
        }
        if (typeof data19 == "number" && isFinite(data19)) {
          if (data19 > 1e5 || isNaN(data19)) {
            const err44 = { instancePath: instancePath + "/training/epochs", schemaPath: "#/definitions/training/properties/epochs/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1e5 }, message: "must be <= 100000", schema: 1e5, parentSchema: schema19.properties.epochs, data: data19 };
            if (vErrors === null) {
              vErrors = [err44];
            } else {
              vErrors.push(err44);
            }
            errors++;
          }
          if (data19 < 1 || isNaN(data19)) {
            const err45 = { instancePath: instancePath + "/training/epochs", schemaPath: "#/definitions/training/properties/epochs/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema19.properties.epochs, data: data19 };
            if (vErrors === null) {
              vErrors = [err45];
            } else {
              vErrors.push(err45);
            }
            errors++;
          }
        }
        let data20 = data18.batchSize;
        if (!(typeof data20 == "number" && (!(data20 % 1) && !isNaN(data20)) && isFinite(data20))) {
          const err46 = { instancePath: instancePath + "/training/batchSize", schemaPath: "#/definitions/training/properties/batchSize/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema19.properties.batchSize.type, parentSchema: schema19.properties.batchSize, data: data20 };
          if (vErrors === null) {
            vErrors = [err46];
          } else {
            vErrors.push(err46);
          }
          errors++;
        }
        if (typeof data20 == "number" && isFinite(data20)) {
          if (data20 > 65536 || isNaN(data20)) {
            const err47 = { instancePath: instancePath + "/training/batchSize", schemaPath: "#/definitions/training/properties/batchSize/maximum", keyword: "maximum", params: { comparison: "<=", limit: 65536 }, message: "must be <= 65536", schema: 65536, parentSchema: schema19.properties.batchSize, data: data20 };
            if (vErrors === null) {
              vErrors = [err47];
            } else {
              vErrors.push(err47);
            }
            errors++;
          }
          if (data20 < 1 || isNaN(data20)) {
            const err48 = { instancePath: instancePath + "/training/batchSize", schemaPath: "#/definitions/training/properties/batchSize/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema19.properties.batchSize, data: data20 };
            if (vErrors === null) {
              vErrors = [err48];
            } else {
              vErrors.push(err48);
            }
            errors++;
          }
        }
        let data21 = data18.backend;
        if (!(data21 === "auto" || data21 === "tensorflow" || data21 === "wasm" || data21 === "cpu")) {
          const err49 = { instancePath: instancePath + "/training/backend", schemaPath: "#/definitions/training/properties/backend/enum", keyword: "enum", params: { allowedValues: schema19.properties.backend.enum }, message: "must be equal to one of the allowed values", schema: schema19.properties.backend.enum, parentSchema: schema19.properties.backend, data: data21 };
          if (vErrors === null) {
            vErrors = [err49];
          } else {
            vErrors.push(err49);
          }
          errors++;
        }
        let data22 = data18.shards;
        if (!(typeof data22 == "number" && (!(data22 % 1) && !isNaN(data22)) && isFinite(data22))) {
          const err50 = { instancePath: instancePath + "/training/shards", schemaPath: "#/definitions/training/properties/shards/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema19.properties.shards.type, parentSchema: schema19.properties.shards, data: data22 };
          if (vErrors === null) {
            vErrors = [err50];
          } else {
            vErrors.push(err50);
          }
          errors++;
        }
        if (typeof data22 == "number" && isFinite(data22)) {
          if (data22 > 64 || isNaN(data22)) {
            const err51 = { instancePath: instancePath + "/training/shards", schemaPath: "#/definitions/training/properties/shards/maximum", keyword: "maximum", params: { comparison: "<=", limit: 64 }, message: "must be <= 64", schema: 64, parentSchema: schema19.properties.shards, data: data22 };
            if (vErrors === null) {
              vErrors = [err51];
            } else {
              vErrors.push(err51);
            }
            errors++;
          }
          if (data22 < 1 || isNaN(data22)) {
            const err52 = { instancePath: instancePath + "/training/shards", schemaPath: "#/definitions/training/properties/shards/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema19.properties.shards, data: data22 };
            if (vErrors === null) {
              vErrors = [err52];
            } else {
              vErrors.push(err52);
            }
            errors++;
          }
        }
        if (data18.earlyStopping !== void 0) {
          let data23 = data18.earlyStopping;
          if (data23 && typeof data23 == "object" && !Array.isArray(data23)) {
            if (data23.monitor === void 0) {
              data23.monitor = "val_loss";
            }
            if (data23.patience === void 0) {
              data23.patience = 5;
            }
            if (data23.minDelta === void 0) {
              data23.minDelta = 0;
            }
            for (const key7 in data23) {
              if (!(key7 === "monitor" || key7 === "patience" || key7 === "minDelta")) {
                const err53 = { instancePath: instancePath + "/training/earlyStopping", schemaPath: "#/definitions/training/properties/earlyStopping/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key7 }, message: "must NOT have additional properties", schema: false, parentSchema: schema19.properties.earlyStopping, data: data23 };
                if (vErrors === null) {
                  vErrors = [err53];
                } else {
                  vErrors.push(err53);
                }
                errors++;
              }
            }
            let data24 = data23.monitor;
            if (typeof data24 !== "string") {
              const err54 = { instancePath: instancePath + "/training/earlyStopping/monitor", schemaPath: "#/definitions/training/properties/earlyStopping/properties/monitor/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema19.properties.earlyStopping.properties.monitor.type, parentSchema: schema19.properties.earlyStopping.properties.monitor, data: data24 };
              if (vErrors === null) {
                vErrors = [err54];
              } else {
                vErrors.push(err54);
              }
              errors++;
            }
            let data25 = data23.patience;
            if (!(typeof data25 == "number" && (!(data25 % 1) && !isNaN(data25)) && isFinite(data25))) {
              const err55 = { instancePath: instancePath + "/training/earlyStopping/patience", schemaPath: "#/definitions/training/properties/earlyStopping/properties/patience/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema19.properties.earlyStopping.properties.patience.type, parentSchema: schema19.properties.earlyStopping.properties.patience, data: data25 };
              if (vErrors === null) {
                vErrors = [err55];
              } else {
                vErrors.push(err55);
              }
              errors++;
            }
            if (typeof data25 == "number" && isFinite(data25)) {
              if (data25 > 1e5 || isNaN(data25)) {
                const err56 = { instancePath: instancePath + "/training/earlyStopping/patience", schemaPath: "#/definitions/training/properties/earlyStopping/properties/patience/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1e5 }, message: "must be <= 100000", schema: 1e5, parentSchema: schema19.properties.earlyStopping.properties.patience, data: data25 };
                if (vErrors === null) {
                  vErrors = [err56];
                } else {
                  vErrors.push(err56);
                }
                errors++;
              }
              if (data25 < 0 || isNaN(data25)) {
                const err57 = { instancePath: instancePath + "/training/earlyStopping/patience", schemaPath: "#/definitions/training/properties/earlyStopping/properties/patience/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema19.properties.earlyStopping.properties.patience, data: data25 };
                if (vErrors === null) {
                  vErrors = [err57];
                } else {
                  vErrors.push(err57);
                }
                errors++;
              }
            }
            let data26 = data23.minDelta;
            if (typeof data26 == "number" && isFinite(data26)) {
              if (data26 < 0 || isNaN(data26)) {
                const err58 = { instancePath: instancePath + "/training/earlyStopping/minDelta", schemaPath: "#/definitions/training/properties/earlyStopping/properties/minDelta/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema19.properties.earlyStopping.properties.minDelta, data: data26 };
                if (vErrors === null) {
                  vErrors = [err58];
                } else {
                  vErrors.push(err58);
                }
                errors++;
              }
            } else {
              const err59 = { instancePath: instancePath + "/training/earlyStopping/minDelta", schemaPath: "#/definitions/training/properties/earlyStopping/properties/minDelta/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema19.properties.earlyStopping.properties.minDelta.type, parentSchema: schema19.properties.earlyStopping.properties.minDelta, data: data26 };
              if (vErrors === null) {
                vErrors = [err59];
              } else {
                vErrors.push(err59);
              }
              errors++;
            }
          } else {
            const err60 = { instancePath: instancePath + "/training/earlyStopping", schemaPath: "#/definitions/training/properties/earlyStopping/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema19.properties.earlyStopping.type, parentSchema: schema19.properties.earlyStopping, data: data23 };
            if (vErrors === null) {
              vErrors = [err60];
            } else {
              vErrors.push(err60);
            }
            errors++;
          }
        }
        if (data18.maxParameters !== void 0) {
          let data27 = data18.maxParameters;
          if (!(typeof data27 == "number" && (!(data27 % 1) && !isNaN(data27)) && isFinite(data27))) {
            const err61 = { instancePath: instancePath + "/training/maxParameters", schemaPath: "#/definitions/training/properties/maxParameters/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema19.properties.maxParameters.type, parentSchema: schema19.properties.maxParameters, data: data27 };
            if (vErrors === null) {
              vErrors = [err61];
            } else {
              vErrors.push(err61);
            }
            errors++;
          }
          if (typeof data27 == "number" && isFinite(data27)) {
            if (data27 < 1 || isNaN(data27)) {
              const err62 = { instancePath: instancePath + "/training/maxParameters", schemaPath: "#/definitions/training/properties/maxParameters/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema19.properties.maxParameters, data: data27 };
              if (vErrors === null) {
                vErrors = [err62];
              } else {
                vErrors.push(err62);
              }
              errors++;
            }
          }
        }
        if (data18.maxMemoryMiB !== void 0) {
          let data28 = data18.maxMemoryMiB;
          if (!(typeof data28 == "number" && (!(data28 % 1) && !isNaN(data28)) && isFinite(data28))) {
            const err63 = { instancePath: instancePath + "/training/maxMemoryMiB", schemaPath: "#/definitions/training/properties/maxMemoryMiB/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema19.properties.maxMemoryMiB.type, parentSchema: schema19.properties.maxMemoryMiB, data: data28 };
            if (vErrors === null) {
              vErrors = [err63];
            } else {
              vErrors.push(err63);
            }
            errors++;
          }
          if (typeof data28 == "number" && isFinite(data28)) {
            if (data28 < 1 || isNaN(data28)) {
              const err64 = { instancePath: instancePath + "/training/maxMemoryMiB", schemaPath: "#/definitions/training/properties/maxMemoryMiB/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema19.properties.maxMemoryMiB, data: data28 };
              if (vErrors === null) {
                vErrors = [err64];
              } else {
                vErrors.push(err64);
              }
              errors++;
            }
          }
        }
      } else {
        const err65 = { instancePath: instancePath + "/training", schemaPath: "#/definitions/training/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema19.type, parentSchema: schema19, data: data18 };
        if (vErrors === null) {
          vErrors = [err65];
        } else {
          vErrors.push(err65);
        }
        errors++;
      }
    }
    if (data.gates !== void 0) {
      let data29 = data.gates;
      if (data29 && typeof data29 == "object" && !Array.isArray(data29)) {
        for (const key8 in data29) {
          const _errs73 = errors;
          if (typeof key8 === "string") {
            if (!pattern1.test(key8)) {
              const err66 = { instancePath: instancePath + "/gates", schemaPath: "#/definitions/gates/propertyNames/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z][A-Za-z0-9_]*$" }, message: 'must match pattern "^[A-Za-z][A-Za-z0-9_]*$"', schema: "^[A-Za-z][A-Za-z0-9_]*$", parentSchema: schema20.propertyNames, data: key8, propertyName: key8 };
              if (vErrors === null) {
                vErrors = [err66];
              } else {
                vErrors.push(err66);
              }
              errors++;
            }
          }
          var valid14 = _errs73 === errors;
          if (!valid14) {
            const err67 = { instancePath: instancePath + "/gates", schemaPath: "#/definitions/gates/propertyNames", keyword: "propertyNames", params: { propertyName: key8 }, message: "property name must be valid", schema: schema20.propertyNames, parentSchema: schema20, data: data29 };
            if (vErrors === null) {
              vErrors = [err67];
            } else {
              vErrors.push(err67);
            }
            errors++;
          }
        }
        for (const key9 in data29) {
          let data30 = data29[key9];
          if (typeof data30 === "string") {
            if (!pattern2.test(data30)) {
              const err68 = { instancePath: instancePath + "/gates/" + key9.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/definitions/gates/additionalProperties/pattern", keyword: "pattern", params: { pattern: "^\\s*(>=|<=|>|<|==)\\s*-?[0-9]{1,20}(\\.[0-9]{1,20})?([eE][-+]?[0-9]{1,2})?\\s*$" }, message: 'must match pattern "^\\s*(>=|<=|>|<|==)\\s*-?[0-9]{1,20}(\\.[0-9]{1,20})?([eE][-+]?[0-9]{1,2})?\\s*$"', schema: "^\\s*(>=|<=|>|<|==)\\s*-?[0-9]{1,20}(\\.[0-9]{1,20})?([eE][-+]?[0-9]{1,2})?\\s*$", parentSchema: schema20.additionalProperties, data: data30 };
              if (vErrors === null) {
                vErrors = [err68];
              } else {
                vErrors.push(err68);
              }
              errors++;
            }
          } else {
            const err69 = { instancePath: instancePath + "/gates/" + key9.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/definitions/gates/additionalProperties/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema20.additionalProperties.type, parentSchema: schema20.additionalProperties, data: data30 };
            if (vErrors === null) {
              vErrors = [err69];
            } else {
              vErrors.push(err69);
            }
            errors++;
          }
        }
      } else {
        const err70 = { instancePath: instancePath + "/gates", schemaPath: "#/definitions/gates/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema20.type, parentSchema: schema20, data: data29 };
        if (vErrors === null) {
          vErrors = [err70];
        } else {
          vErrors.push(err70);
        }
        errors++;
      }
    }
    if (data.package !== void 0) {
      if (!validate15(data.package, { instancePath: instancePath + "/package", parentData: data, parentDataProperty: "package", rootData })) {
        vErrors = vErrors === null ? validate15.errors : vErrors.concat(validate15.errors);
        errors = vErrors.length;
      }
    }
    if (data.monitor !== void 0) {
      let data32 = data.monitor;
      if (data32 && typeof data32 == "object" && !Array.isArray(data32)) {
        if (data32.alpha === void 0) {
          data32.alpha = 0.05;
        }
        if (data32.missingRateIncrease === void 0) {
          data32.missingRateIncrease = 0.01;
        }
        if (data32.bins === void 0) {
          data32.bins = 10;
        }
        for (const key10 in data32) {
          if (!(key10 === "alpha" || key10 === "ks" || key10 === "psi" || key10 === "jensenShannon" || key10 === "missingRateIncrease" || key10 === "bins" || key10 === "features")) {
            const err71 = { instancePath: instancePath + "/monitor", schemaPath: "#/definitions/monitor/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key10 }, message: "must NOT have additional properties", schema: false, parentSchema: schema23, data: data32 };
            if (vErrors === null) {
              vErrors = [err71];
            } else {
              vErrors.push(err71);
            }
            errors++;
          }
        }
        let data33 = data32.alpha;
        if (typeof data33 == "number" && isFinite(data33)) {
          if (data33 > 0.5 || isNaN(data33)) {
            const err72 = { instancePath: instancePath + "/monitor/alpha", schemaPath: "#/definitions/monitor/properties/alpha/maximum", keyword: "maximum", params: { comparison: "<=", limit: 0.5 }, message: "must be <= 0.5", schema: 0.5, parentSchema: schema23.properties.alpha, data: data33 };
            if (vErrors === null) {
              vErrors = [err72];
            } else {
              vErrors.push(err72);
            }
            errors++;
          }
          if (data33 <= 0 || isNaN(data33)) {
            const err73 = { instancePath: instancePath + "/monitor/alpha", schemaPath: "#/definitions/monitor/properties/alpha/exclusiveMinimum", keyword: "exclusiveMinimum", params: { comparison: ">", limit: 0 }, message: "must be > 0", schema: 0, parentSchema: schema23.properties.alpha, data: data33 };
            if (vErrors === null) {
              vErrors = [err73];
            } else {
              vErrors.push(err73);
            }
            errors++;
          }
        } else {
          const err74 = { instancePath: instancePath + "/monitor/alpha", schemaPath: "#/definitions/monitor/properties/alpha/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema23.properties.alpha.type, parentSchema: schema23.properties.alpha, data: data33 };
          if (vErrors === null) {
            vErrors = [err74];
          } else {
            vErrors.push(err74);
          }
          errors++;
        }
        if (data32.ks !== void 0) {
          let data34 = data32.ks;
          if (typeof data34 == "number" && isFinite(data34)) {
            if (data34 > 0.5 || isNaN(data34)) {
              const err75 = { instancePath: instancePath + "/monitor/ks", schemaPath: "#/definitions/monitor/properties/ks/maximum", keyword: "maximum", params: { comparison: "<=", limit: 0.5 }, message: "must be <= 0.5", schema: 0.5, parentSchema: schema23.properties.ks, data: data34 };
              if (vErrors === null) {
                vErrors = [err75];
              } else {
                vErrors.push(err75);
              }
              errors++;
            }
            if (data34 <= 0 || isNaN(data34)) {
              const err76 = { instancePath: instancePath + "/monitor/ks", schemaPath: "#/definitions/monitor/properties/ks/exclusiveMinimum", keyword: "exclusiveMinimum", params: { comparison: ">", limit: 0 }, message: "must be > 0", schema: 0, parentSchema: schema23.properties.ks, data: data34 };
              if (vErrors === null) {
                vErrors = [err76];
              } else {
                vErrors.push(err76);
              }
              errors++;
            }
          } else {
            const err77 = { instancePath: instancePath + "/monitor/ks", schemaPath: "#/definitions/monitor/properties/ks/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema23.properties.ks.type, parentSchema: schema23.properties.ks, data: data34 };
            if (vErrors === null) {
              vErrors = [err77];
            } else {
              vErrors.push(err77);
            }
            errors++;
          }
        }
        if (data32.psi !== void 0) {
          let data35 = data32.psi;
          if (typeof data35 == "number" && isFinite(data35)) {
            if (data35 < 0 || isNaN(data35)) {
              const err78 = { instancePath: instancePath + "/monitor/psi", schemaPath: "#/definitions/monitor/properties/psi/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema23.properties.psi, data: data35 };
              if (vErrors === null) {
                vErrors = [err78];
              } else {
                vErrors.push(err78);
              }
              errors++;
            }
          } else {
            const err79 = { instancePath: instancePath + "/monitor/psi", schemaPath: "#/definitions/monitor/properties/psi/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema23.properties.psi.type, parentSchema: schema23.properties.psi, data: data35 };
            if (vErrors === null) {
              vErrors = [err79];
            } else {
              vErrors.push(err79);
            }
            errors++;
          }
        }
        if (data32.jensenShannon !== void 0) {
          let data36 = data32.jensenShannon;
          if (typeof data36 == "number" && isFinite(data36)) {
            if (data36 > 1 || isNaN(data36)) {
              const err80 = { instancePath: instancePath + "/monitor/jensenShannon", schemaPath: "#/definitions/monitor/properties/jensenShannon/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1 }, message: "must be <= 1", schema: 1, parentSchema: schema23.properties.jensenShannon, data: data36 };
              if (vErrors === null) {
                vErrors = [err80];
              } else {
                vErrors.push(err80);
              }
              errors++;
            }
            if (data36 < 0 || isNaN(data36)) {
              const err81 = { instancePath: instancePath + "/monitor/jensenShannon", schemaPath: "#/definitions/monitor/properties/jensenShannon/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema23.properties.jensenShannon, data: data36 };
              if (vErrors === null) {
                vErrors = [err81];
              } else {
                vErrors.push(err81);
              }
              errors++;
            }
          } else {
            const err82 = { instancePath: instancePath + "/monitor/jensenShannon", schemaPath: "#/definitions/monitor/properties/jensenShannon/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema23.properties.jensenShannon.type, parentSchema: schema23.properties.jensenShannon, data: data36 };
            if (vErrors === null) {
              vErrors = [err82];
            } else {
              vErrors.push(err82);
            }
            errors++;
          }
        }
        let data37 = data32.missingRateIncrease;
        if (typeof data37 == "number" && isFinite(data37)) {
          if (data37 > 1 || isNaN(data37)) {
            const err83 = { instancePath: instancePath + "/monitor/missingRateIncrease", schemaPath: "#/definitions/monitor/properties/missingRateIncrease/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1 }, message: "must be <= 1", schema: 1, parentSchema: schema23.properties.missingRateIncrease, data: data37 };
            if (vErrors === null) {
              vErrors = [err83];
            } else {
              vErrors.push(err83);
            }
            errors++;
          }
          if (data37 < 0 || isNaN(data37)) {
            const err84 = { instancePath: instancePath + "/monitor/missingRateIncrease", schemaPath: "#/definitions/monitor/properties/missingRateIncrease/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema23.properties.missingRateIncrease, data: data37 };
            if (vErrors === null) {
              vErrors = [err84];
            } else {
              vErrors.push(err84);
            }
            errors++;
          }
        } else {
          const err85 = { instancePath: instancePath + "/monitor/missingRateIncrease", schemaPath: "#/definitions/monitor/properties/missingRateIncrease/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema23.properties.missingRateIncrease.type, parentSchema: schema23.properties.missingRateIncrease, data: data37 };
          if (vErrors === null) {
            vErrors = [err85];
          } else {
            vErrors.push(err85);
          }
          errors++;
        }
        let data38 = data32.bins;
        if (!(typeof data38 == "number" && (!(data38 % 1) && !isNaN(data38)) && isFinite(data38))) {
          const err86 = { instancePath: instancePath + "/monitor/bins", schemaPath: "#/definitions/monitor/properties/bins/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema23.properties.bins.type, parentSchema: schema23.properties.bins, data: data38 };
          if (vErrors === null) {
            vErrors = [err86];
          } else {
            vErrors.push(err86);
          }
          errors++;
        }
        if (typeof data38 == "number" && isFinite(data38)) {
          if (data38 > 1e3 || isNaN(data38)) {
            const err87 = { instancePath: instancePath + "/monitor/bins", schemaPath: "#/definitions/monitor/properties/bins/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1e3 }, message: "must be <= 1000", schema: 1e3, parentSchema: schema23.properties.bins, data: data38 };
            if (vErrors === null) {
              vErrors = [err87];
            } else {
              vErrors.push(err87);
            }
            errors++;
          }
          if (data38 < 2 || isNaN(data38)) {
            const err88 = { instancePath: instancePath + "/monitor/bins", schemaPath: "#/definitions/monitor/properties/bins/minimum", keyword: "minimum", params: { comparison: ">=", limit: 2 }, message: "must be >= 2", schema: 2, parentSchema: schema23.properties.bins, data: data38 };
            if (vErrors === null) {
              vErrors = [err88];
            } else {
              vErrors.push(err88);
            }
            errors++;
          }
        }
        if (data32.features !== void 0) {
          let data39 = data32.features;
          if (Array.isArray(data39)) {
            const len1 = data39.length;
            for (let i1 = 0; i1 < len1; i1++) {
              let data40 = data39[i1];
              if (typeof data40 !== "string") {
                const err89 = { instancePath: instancePath + "/monitor/features/" + i1, schemaPath: "#/definitions/monitor/properties/features/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema23.properties.features.items.type, parentSchema: schema23.properties.features.items, data: data40 };
                if (vErrors === null) {
                  vErrors = [err89];
                } else {
                  vErrors.push(err89);
                }
                errors++;
              }
            }
            let i2 = data39.length;
            let j0;
            if (i2 > 1) {
              const indices0 = {};
              for (; i2--; ) {
                let item0 = data39[i2];
                if (typeof item0 !== "string") {
                  continue;
                }
                if (typeof indices0[item0] == "number") {
                  j0 = indices0[item0];
                  const err90 = { instancePath: instancePath + "/monitor/features", schemaPath: "#/definitions/monitor/properties/features/uniqueItems", keyword: "uniqueItems", params: { i: i2, j: j0 }, message: "must NOT have duplicate items (items ## " + j0 + " and " + i2 + " are identical)", schema: true, parentSchema: schema23.properties.features, data: data39 };
                  if (vErrors === null) {
                    vErrors = [err90];
                  } else {
                    vErrors.push(err90);
                  }
                  errors++;
                  break;
                }
                indices0[item0] = i2;
              }
            }
          } else {
            const err91 = { instancePath: instancePath + "/monitor/features", schemaPath: "#/definitions/monitor/properties/features/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema23.properties.features.type, parentSchema: schema23.properties.features, data: data39 };
            if (vErrors === null) {
              vErrors = [err91];
            } else {
              vErrors.push(err91);
            }
            errors++;
          }
        }
      } else {
        const err92 = { instancePath: instancePath + "/monitor", schemaPath: "#/definitions/monitor/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema23.type, parentSchema: schema23, data: data32 };
        if (vErrors === null) {
          vErrors = [err92];
        } else {
          vErrors.push(err92);
        }
        errors++;
      }
    }
    if (data.sweep !== void 0) {
      let data41 = data.sweep;
      if (data41 && typeof data41 == "object" && !Array.isArray(data41)) {
        if (data41.max === void 0) {
          data41.max = 64;
        }
        for (const key11 in data41) {
          if (!(key11 === "grid" || key11 === "variants" || key11 === "max" || key11 === "select")) {
            const err93 = { instancePath: instancePath + "/sweep", schemaPath: "#/definitions/sweep/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key11 }, message: "must NOT have additional properties", schema: false, parentSchema: schema24, data: data41 };
            if (vErrors === null) {
              vErrors = [err93];
            } else {
              vErrors.push(err93);
            }
            errors++;
          }
        }
        if (data41.grid !== void 0) {
          let data42 = data41.grid;
          if (data42 && typeof data42 == "object" && !Array.isArray(data42)) {
            for (const key12 in data42) {
              const _errs104 = errors;
              if (typeof key12 === "string") {
                if (func3(key12) > 200) {
                  const err94 = { instancePath: instancePath + "/sweep/grid", schemaPath: "#/definitions/sweep/properties/grid/propertyNames/maxLength", keyword: "maxLength", params: { limit: 200 }, message: "must NOT have more than 200 characters", schema: 200, parentSchema: schema24.properties.grid.propertyNames, data: key12, propertyName: key12 };
                  if (vErrors === null) {
                    vErrors = [err94];
                  } else {
                    vErrors.push(err94);
                  }
                  errors++;
                }
                if (func3(key12) < 1) {
                  const err95 = { instancePath: instancePath + "/sweep/grid", schemaPath: "#/definitions/sweep/properties/grid/propertyNames/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema24.properties.grid.propertyNames, data: key12, propertyName: key12 };
                  if (vErrors === null) {
                    vErrors = [err95];
                  } else {
                    vErrors.push(err95);
                  }
                  errors++;
                }
              }
              var valid23 = _errs104 === errors;
              if (!valid23) {
                const err96 = { instancePath: instancePath + "/sweep/grid", schemaPath: "#/definitions/sweep/properties/grid/propertyNames", keyword: "propertyNames", params: { propertyName: key12 }, message: "property name must be valid", schema: schema24.properties.grid.propertyNames, parentSchema: schema24.properties.grid, data: data42 };
                if (vErrors === null) {
                  vErrors = [err96];
                } else {
                  vErrors.push(err96);
                }
                errors++;
              }
            }
            for (const key13 in data42) {
              let data43 = data42[key13];
              if (Array.isArray(data43)) {
                if (data43.length > 256) {
                  const err97 = { instancePath: instancePath + "/sweep/grid/" + key13.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/definitions/sweep/properties/grid/additionalProperties/maxItems", keyword: "maxItems", params: { limit: 256 }, message: "must NOT have more than 256 items", schema: 256, parentSchema: schema24.properties.grid.additionalProperties, data: data43 };
                  if (vErrors === null) {
                    vErrors = [err97];
                  } else {
                    vErrors.push(err97);
                  }
                  errors++;
                }
                if (data43.length < 1) {
                  const err98 = { instancePath: instancePath + "/sweep/grid/" + key13.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/definitions/sweep/properties/grid/additionalProperties/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema24.properties.grid.additionalProperties, data: data43 };
                  if (vErrors === null) {
                    vErrors = [err98];
                  } else {
                    vErrors.push(err98);
                  }
                  errors++;
                }
              } else {
                const err99 = { instancePath: instancePath + "/sweep/grid/" + key13.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/definitions/sweep/properties/grid/additionalProperties/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema24.properties.grid.additionalProperties.type, parentSchema: schema24.properties.grid.additionalProperties, data: data43 };
                if (vErrors === null) {
                  vErrors = [err99];
                } else {
                  vErrors.push(err99);
                }
                errors++;
              }
            }
          } else {
            const err100 = { instancePath: instancePath + "/sweep/grid", schemaPath: "#/definitions/sweep/properties/grid/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema24.properties.grid.type, parentSchema: schema24.properties.grid, data: data42 };
            if (vErrors === null) {
              vErrors = [err100];
            } else {
              vErrors.push(err100);
            }
            errors++;
          }
        }
        if (data41.variants !== void 0) {
          let data44 = data41.variants;
          if (Array.isArray(data44)) {
            if (data44.length > 256) {
              const err101 = { instancePath: instancePath + "/sweep/variants", schemaPath: "#/definitions/sweep/properties/variants/maxItems", keyword: "maxItems", params: { limit: 256 }, message: "must NOT have more than 256 items", schema: 256, parentSchema: schema24.properties.variants, data: data44 };
              if (vErrors === null) {
                vErrors = [err101];
              } else {
                vErrors.push(err101);
              }
              errors++;
            }
            const len2 = data44.length;
            for (let i3 = 0; i3 < len2; i3++) {
              let data45 = data44[i3];
              if (data45 && typeof data45 == "object" && !Array.isArray(data45)) {
                if (Object.keys(data45).length < 1) {
                  const err102 = { instancePath: instancePath + "/sweep/variants/" + i3, schemaPath: "#/definitions/sweep/properties/variants/items/minProperties", keyword: "minProperties", params: { limit: 1 }, message: "must NOT have fewer than 1 properties", schema: 1, parentSchema: schema24.properties.variants.items, data: data45 };
                  if (vErrors === null) {
                    vErrors = [err102];
                  } else {
                    vErrors.push(err102);
                  }
                  errors++;
                }
                for (const key14 in data45) {
                  const _errs112 = errors;
                  if (typeof key14 === "string") {
                    if (func3(key14) > 200) {
                      const err103 = { instancePath: instancePath + "/sweep/variants/" + i3, schemaPath: "#/definitions/sweep/properties/variants/items/propertyNames/maxLength", keyword: "maxLength", params: { limit: 200 }, message: "must NOT have more than 200 characters", schema: 200, parentSchema: schema24.properties.variants.items.propertyNames, data: key14, propertyName: key14 };
                      if (vErrors === null) {
                        vErrors = [err103];
                      } else {
                        vErrors.push(err103);
                      }
                      errors++;
                    }
                    if (func3(key14) < 1) {
                      const err104 = { instancePath: instancePath + "/sweep/variants/" + i3, schemaPath: "#/definitions/sweep/properties/variants/items/propertyNames/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema24.properties.variants.items.propertyNames, data: key14, propertyName: key14 };
                      if (vErrors === null) {
                        vErrors = [err104];
                      } else {
                        vErrors.push(err104);
                      }
                      errors++;
                    }
                  }
                  var valid27 = _errs112 === errors;
                  if (!valid27) {
                    const err105 = { instancePath: instancePath + "/sweep/variants/" + i3, schemaPath: "#/definitions/sweep/properties/variants/items/propertyNames", keyword: "propertyNames", params: { propertyName: key14 }, message: "property name must be valid", schema: schema24.properties.variants.items.propertyNames, parentSchema: schema24.properties.variants.items, data: data45 };
                    if (vErrors === null) {
                      vErrors = [err105];
                    } else {
                      vErrors.push(err105);
                    }
                    errors++;
                  }
                }
              } else {
                const err106 = { instancePath: instancePath + "/sweep/variants/" + i3, schemaPath: "#/definitions/sweep/properties/variants/items/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema24.properties.variants.items.type, parentSchema: schema24.properties.variants.items, data: data45 };
                if (vErrors === null) {
                  vErrors = [err106];
                } else {
                  vErrors.push(err106);
                }
                errors++;
              }
            }
          } else {
            const err107 = { instancePath: instancePath + "/sweep/variants", schemaPath: "#/definitions/sweep/properties/variants/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema24.properties.variants.type, parentSchema: schema24.properties.variants, data: data44 };
            if (vErrors === null) {
              vErrors = [err107];
            } else {
              vErrors.push(err107);
            }
            errors++;
          }
        }
        let data46 = data41.max;
        if (!(typeof data46 == "number" && (!(data46 % 1) && !isNaN(data46)) && isFinite(data46))) {
          const err108 = { instancePath: instancePath + "/sweep/max", schemaPath: "#/definitions/sweep/properties/max/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema24.properties.max.type, parentSchema: schema24.properties.max, data: data46 };
          if (vErrors === null) {
            vErrors = [err108];
          } else {
            vErrors.push(err108);
          }
          errors++;
        }
        if (typeof data46 == "number" && isFinite(data46)) {
          if (data46 > 256 || isNaN(data46)) {
            const err109 = { instancePath: instancePath + "/sweep/max", schemaPath: "#/definitions/sweep/properties/max/maximum", keyword: "maximum", params: { comparison: "<=", limit: 256 }, message: "must be <= 256", schema: 256, parentSchema: schema24.properties.max, data: data46 };
            if (vErrors === null) {
              vErrors = [err109];
            } else {
              vErrors.push(err109);
            }
            errors++;
          }
          if (data46 < 1 || isNaN(data46)) {
            const err110 = { instancePath: instancePath + "/sweep/max", schemaPath: "#/definitions/sweep/properties/max/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema24.properties.max, data: data46 };
            if (vErrors === null) {
              vErrors = [err110];
            } else {
              vErrors.push(err110);
            }
            errors++;
          }
        }
        if (data41.select !== void 0) {
          let data47 = data41.select;
          if (data47 && typeof data47 == "object" && !Array.isArray(data47)) {
            for (const key15 in data47) {
              if (!(key15 === "metric" || key15 === "direction")) {
                const err111 = { instancePath: instancePath + "/sweep/select", schemaPath: "#/definitions/sweep/properties/select/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key15 }, message: "must NOT have additional properties", schema: false, parentSchema: schema24.properties.select, data: data47 };
                if (vErrors === null) {
                  vErrors = [err111];
                } else {
                  vErrors.push(err111);
                }
                errors++;
              }
            }
            if (data47.metric !== void 0) {
              let data48 = data47.metric;
              if (typeof data48 === "string") {
                if (func3(data48) < 1) {
                  const err112 = { instancePath: instancePath + "/sweep/select/metric", schemaPath: "#/definitions/sweep/properties/select/properties/metric/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema24.properties.select.properties.metric, data: data48 };
                  if (vErrors === null) {
                    vErrors = [err112];
                  } else {
                    vErrors.push(err112);
                  }
                  errors++;
                }
              } else {
                const err113 = { instancePath: instancePath + "/sweep/select/metric", schemaPath: "#/definitions/sweep/properties/select/properties/metric/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema24.properties.select.properties.metric.type, parentSchema: schema24.properties.select.properties.metric, data: data48 };
                if (vErrors === null) {
                  vErrors = [err113];
                } else {
                  vErrors.push(err113);
                }
                errors++;
              }
            }
            if (data47.direction !== void 0) {
              let data49 = data47.direction;
              if (!(data49 === "max" || data49 === "min")) {
                const err114 = { instancePath: instancePath + "/sweep/select/direction", schemaPath: "#/definitions/sweep/properties/select/properties/direction/enum", keyword: "enum", params: { allowedValues: schema24.properties.select.properties.direction.enum }, message: "must be equal to one of the allowed values", schema: schema24.properties.select.properties.direction.enum, parentSchema: schema24.properties.select.properties.direction, data: data49 };
                if (vErrors === null) {
                  vErrors = [err114];
                } else {
                  vErrors.push(err114);
                }
                errors++;
              }
            }
          } else {
            const err115 = { instancePath: instancePath + "/sweep/select", schemaPath: "#/definitions/sweep/properties/select/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema24.properties.select.type, parentSchema: schema24.properties.select, data: data47 };
            if (vErrors === null) {
              vErrors = [err115];
            } else {
              vErrors.push(err115);
            }
            errors++;
          }
        }
      } else {
        const err116 = { instancePath: instancePath + "/sweep", schemaPath: "#/definitions/sweep/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema24.type, parentSchema: schema24, data: data41 };
        if (vErrors === null) {
          vErrors = [err116];
        } else {
          vErrors.push(err116);
        }
        errors++;
      }
    }
  } else {
    const err117 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.type, parentSchema: schema11, data };
    if (vErrors === null) {
      vErrors = [err117];
    } else {
      vErrors.push(err117);
    }
    errors++;
  }
  validate10.errors = vErrors;
  return errors === 0;
}

// src/core/config/oneOfBranch.ts
function discriminator(branches) {
  const maps = branches.filter((b) => b.properties);
  if (maps.length < 2) return void 0;
  const keys = Object.keys(maps[0].properties).filter((k) => maps.every((b) => b.properties[k]?.const !== void 0));
  return keys[0];
}
function narrowOneOf(errors) {
  let out = errors;
  for (const umbrella of errors.filter((e) => e.keyword === "oneOf")) {
    const value = umbrella.data;
    const branches = umbrella.schema;
    if (!Array.isArray(branches) || value === null || typeof value !== "object" || Array.isArray(value)) continue;
    const key = discriminator(branches);
    if (key === void 0) continue;
    const prefix = `${umbrella.schemaPath}/`;
    const below = (e) => e.instancePath === umbrella.instancePath || e.instancePath.startsWith(`${umbrella.instancePath}/`);
    const inBranch = (e) => e.schemaPath.startsWith(prefix) && below(e);
    const chosen = branches.findIndex((b) => b.properties?.[key]?.const !== void 0 && b.properties[key].const === value[key]);
    if (chosen >= 0) {
      out = out.filter((e) => e === umbrella || !inBranch(e) || e.schemaPath.startsWith(`${prefix}${chosen}/`));
      continue;
    }
    const allowed = branches.flatMap((b) => b.properties?.[key]?.const === void 0 ? [] : [b.properties[key].const]);
    const replacement = value[key] === void 0 ? { ...umbrella, keyword: "required", params: { missingProperty: key }, message: `must have required property '${key}'` } : { ...umbrella, keyword: "enum", instancePath: `${umbrella.instancePath}/${key.replace(/~/g, "~0").replace(/\//g, "~1")}`, params: { allowedValues: allowed }, data: value[key] };
    out = [...out.filter((e) => e !== umbrella && !inBranch(e)), replacement];
  }
  return out;
}

// src/core/config/limits.ts
var MAX_CONFIG_BYTES = 1024 * 1024;
var MAX_CONFIG_DEPTH = 32;
var MAX_CONFIG_VALUES = 1e5;
var MAX_CONFIG_ALIASES = 1e3;
var MAX_CONFIG_STRING = 65536;

// src/core/config/readText.ts
import { closeSync, constants, fstatSync, openSync, readSync } from "node:fs";
function readConfigText(abs, display) {
  let fd;
  try {
    fd = openSync(abs, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  } catch (e) {
    const err = e;
    const what = err.code === "EISDIR" ? "it is a folder, not a file" : err.message;
    throw new ModelBuildError("FILE_UNREADABLE", `cannot read config: ${what}`, {
      file: display,
      hint: "pass --config with the path of your model-build.yml"
    });
  }
  try {
    const st = fstatSync(fd);
    if (!st.isFile()) {
      throw new ModelBuildError("FILE_UNREADABLE", `the config is ${kindOf(st)}, not a regular file`, {
        file: display,
        hint: "pass --config with the path of a regular file (model-build.yml)"
      });
    }
    if (st.size > MAX_CONFIG_BYTES) throw tooLarge(display, st.size);
    const buf = Buffer.alloc(Math.min(st.size, MAX_CONFIG_BYTES) + 1);
    let n = 0;
    for (; ; ) {
      const got = readSync(fd, buf, n, buf.length - n, null);
      if (got === 0) break;
      n += got;
      if (n === buf.length) break;
    }
    if (n > MAX_CONFIG_BYTES) throw tooLarge(display, n);
    const bytes = buf.subarray(0, n);
    return { bytes, text: decodeConfig(bytes, display) };
  } finally {
    closeSync(fd);
  }
}
function tooLarge(display, size) {
  return new ModelBuildError(
    "CONFIG_INVALID",
    `the config is ${size} bytes${size > MAX_CONFIG_BYTES + 1 ? ` (${(size / 1048576).toFixed(1)} MiB)` : " or more"}, over the limit of ${MAX_CONFIG_BYTES} bytes (1 MiB)`,
    { file: display, hint: "a config describes the build in a few lines; data belongs in data files named by data.path" }
  );
}
function decodeConfig(bytes, display) {
  const utf16 = bytes.length >= 2 && (bytes[0] === 255 && bytes[1] === 254 || bytes[0] === 254 && bytes[1] === 255);
  const utf32 = bytes.length >= 4 && bytes[0] === 0 && bytes[1] === 0 && bytes[2] === 254 && bytes[3] === 255;
  if (utf16 || utf32) {
    throw new ModelBuildError("CONFIG_PARSE", `the config is ${utf32 ? "UTF-32" : "UTF-16"} (it starts with a byte order mark); configs must be UTF-8`, {
      file: display,
      line: 1,
      column: 1,
      hint: 'save the file as UTF-8 (in most editors: "Save with Encoding" \u2192 UTF-8)'
    });
  }
  const start = bytes.length >= 3 && bytes[0] === 239 && bytes[1] === 187 && bytes[2] === 191 ? 3 : 0;
  const bad = firstInvalidUtf8(bytes, start);
  if (bad >= 0) {
    throw new ModelBuildError("CONFIG_PARSE", `the config is not valid UTF-8: byte 0x${bytes[bad].toString(16).padStart(2, "0")} at offset ${bad}`, {
      file: display,
      ...positionOfByte(bytes, start, bad),
      hint: "save the file as UTF-8 (it may be Latin-1 or Windows-1252)"
    });
  }
  const text = bytes.toString("utf8", start);
  const control = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u0084\u0086-\u009f\ufffe\uffff]/.exec(text);
  if (control) {
    const cp = control[0].codePointAt(0);
    const nulPairs = cp === 0 && looksLikeUtf16WithoutBom(bytes);
    throw new ModelBuildError("CONFIG_PARSE", `the config holds the control character U+${cp.toString(16).toUpperCase().padStart(4, "0")}; YAML and JSON allow only printable text`, {
      file: display,
      ...positionOfChar(text, control.index),
      hint: nulPairs ? "the file looks like UTF-16: save it as UTF-8" : 'remove the character (write escapes such as "\\t" inside double quotes instead)'
    });
  }
  return text;
}
function firstInvalidUtf8(b, from = 0) {
  let i = from;
  while (i < b.length) {
    const c = b[i];
    if (c < 128) {
      i++;
      continue;
    }
    let need, min, max = 191;
    if (c >= 194 && c <= 223) [need, min] = [1, 128];
    else if (c === 224) [need, min] = [2, 160];
    else if (c >= 225 && c <= 236) [need, min] = [2, 128];
    else if (c === 237) [need, min, max] = [2, 128, 159];
    else if (c >= 238 && c <= 239) [need, min] = [2, 128];
    else if (c === 240) [need, min] = [3, 144];
    else if (c >= 241 && c <= 243) [need, min] = [3, 128];
    else if (c === 244) [need, min, max] = [3, 128, 143];
    else return i;
    for (let k = 1; k <= need; k++) {
      const d = b[i + k];
      const [lo, hi] = k === 1 ? [min, max] : [128, 191];
      if (d === void 0 || d < lo || d > hi) return i;
    }
    i += need + 1;
  }
  return -1;
}
function looksLikeUtf16WithoutBom(b) {
  const n = Math.min(b.length, 64);
  let zeros = 0;
  for (let i = 0; i < n; i++) if (b[i] === 0) zeros++;
  return n >= 4 && zeros * 3 >= n;
}
function positionOfByte(b, start, offset) {
  let line = 1;
  let lineStart = start;
  for (let i = start; i < offset; i++) if (b[i] === 10) [line, lineStart] = [line + 1, i + 1];
  return { line, column: b.toString("utf8", lineStart, offset).length + 1 };
}
function positionOfChar(text, offset) {
  let line = 1;
  let lineStart = 0;
  for (let i = text.indexOf("\n"); i !== -1 && i < offset; i = text.indexOf("\n", i + 1)) [line, lineStart] = [line + 1, i + 1];
  return { line, column: offset - lineStart + 1 };
}

// src/core/config/shape.ts
var import_yaml = __toESM(require_dist(), 1);
var ALLOWED_TAGS = new Set(["str", "int", "float", "bool", "null", "map", "seq"].map((t) => `tag:yaml.org,2002:${t}`));
var escapePointer = (s) => s.replace(/~/g, "~0").replace(/\//g, "~1");
function checkDocumentShape(doc, lines, file) {
  const sizes = /* @__PURE__ */ new Map();
  const open = /* @__PURE__ */ new Set();
  let aliases = 0;
  const fail = (node, message, pointer, hint) => {
    const offset = node?.range?.[0];
    const pos = offset === void 0 ? {} : (({ line, col }) => ({ line, column: col }))(lines.linePos(offset));
    throw new ModelBuildError("CONFIG_INVALID", message, { file, pointer: pointer || "/", ...pos, hint });
  };
  const visit = (node, pointer, depth) => {
    if (node === null || node === void 0) return { values: 1, height: 0 };
    if (depth > MAX_CONFIG_DEPTH) {
      fail(node, `the config nests deeper than ${MAX_CONFIG_DEPTH} levels at ${pointer}`, pointer, "no setting nests more than a few levels: flatten it");
    }
    if ((0, import_yaml.isAlias)(node)) {
      if (++aliases > MAX_CONFIG_ALIASES) fail(node, `the config uses more than ${MAX_CONFIG_ALIASES} aliases`, pointer, "write the settings out");
      const target = node.resolve(doc);
      if (!target) return fail(node, `alias *${node.source} names no anchor before it`, pointer);
      if (open.has(target)) fail(node, `alias *${node.source} refers to a value that contains it`, pointer, "an alias cannot point at its own parent");
      const size = sizes.get(target) ?? visit(target, pointer, depth);
      if (depth + size.height > MAX_CONFIG_DEPTH) {
        fail(node, `alias *${node.source} expands deeper than ${MAX_CONFIG_DEPTH} levels at ${pointer}`, pointer, "write the settings out");
      }
      if (size.values > MAX_CONFIG_VALUES) {
        fail(node, `alias *${node.source} expands to ${size.values} values, over the limit of ${MAX_CONFIG_VALUES}`, pointer, 'nested aliases multiply (an "alias bomb"); write the settings out');
      }
      return size;
    }
    const tag = node.tag;
    if (tag !== void 0 && !ALLOWED_TAGS.has(tag)) {
      const shown = tag.startsWith("tag:yaml.org,2002:") ? `!!${tag.slice(18)}` : tag;
      fail(node, `the YAML tag ${shown} is not allowed in a config`, pointer, "remove the tag: settings are plain strings, numbers, booleans, lists and mappings");
    }
    let result;
    if ((0, import_yaml.isScalar)(node)) {
      const v = node.value;
      if (typeof v === "string" && v.length > MAX_CONFIG_STRING) {
        fail(node, `a string of ${v.length} characters at ${pointer}, over the limit of ${MAX_CONFIG_STRING}`, pointer);
      }
      if (typeof v === "number" && !Number.isFinite(v)) fail(node, `${pointer} is ${String(v)}; settings must be finite numbers`, pointer, nonFiniteHint(pointer));
      if (typeof v !== "string" && typeof v !== "number" && typeof v !== "boolean" && v !== null) {
        fail(node, `${pointer} holds a value that is not a string, number, boolean or null`, pointer);
      }
      result = { values: 1, height: 0 };
    } else if ((0, import_yaml.isMap)(node) || (0, import_yaml.isSeq)(node)) {
      open.add(node);
      let values = 1;
      let height = 0;
      node.items.forEach((item, index) => {
        let child;
        if ((0, import_yaml.isPair)(item)) {
          const key = item.key;
          if (key !== null && !(0, import_yaml.isScalar)(key) && !(0, import_yaml.isAlias)(key)) fail(key, `a key at ${pointer || "/"} is a list or mapping; keys must be plain names`, pointer);
          const keyValue = (0, import_yaml.isScalar)(key) ? key.value : void 0;
          const name = keyValue === null || keyValue === void 0 ? "" : String(keyValue);
          if (name === "<<" && (0, import_yaml.isScalar)(key) && key.source === "<<") {
            fail(key, `YAML merge keys (<<) are not supported, at ${pointer || "/"}`, pointer, "write the settings out, or use an alias (*name) as a whole value");
          }
          const at = `${pointer}/${escapePointer(name)}`;
          const k = visit(key, at, depth + 1);
          const v = visit(item.value, at, depth + 1);
          child = { values: k.values + v.values, height: Math.max(k.height, v.height) };
        } else child = visit(item, `${pointer}/${index}`, depth + 1);
        values += child.values;
        height = Math.max(height, child.height + 1);
        if (values > MAX_CONFIG_VALUES) {
          fail(
            node,
            `the config holds more than ${MAX_CONFIG_VALUES} values (keys, items and scalars, aliases expanded) at ${pointer || "/"}`,
            pointer,
            aliases > 0 ? 'nested aliases multiply (an "alias bomb"): write the settings out' : "a config describes a build; lists of data belong in data files"
          );
        }
      });
      open.delete(node);
      result = { values, height };
    } else {
      return fail(node, `unsupported YAML node at ${pointer || "/"}`, pointer);
    }
    sizes.set(node, result);
    return result;
  };
  visit(doc.contents, "", 0);
}
function nonFiniteHint(pointer) {
  if (/^\/features\/[^/]+\/boundaries\//.test(pointer)) {
    return "drop it: the first bucket already extends to -\u221E and the last to +\u221E";
  }
  if (/^\/data\/cleaning\/clip\//.test(pointer)) return 'use null for "no bound" on that side';
  return ".inf, .nan and numbers too large for a double cannot be used by the build or written to its JSON files";
}

// src/core/config/strictJson.ts
var WS = /* @__PURE__ */ new Set([32, 9, 10, 13]);
function checkStrictJson(text, maxDepth) {
  let i = 0;
  const fail = (message, at = i) => ({ offset: at, message });
  const skip = () => {
    while (i < text.length && WS.has(text.charCodeAt(i))) i++;
  };
  const describe3 = (at) => {
    if (at >= text.length) return "the end of the file";
    if (text.startsWith("//", at) || text.startsWith("/*", at)) return "a comment (JSON has none)";
    return `"${String.fromCodePoint(text.codePointAt(at))}"`;
  };
  const stack = [];
  const scalar = () => {
    const c = text[i];
    if (c === '"') return string();
    if (c === "-" || c !== void 0 && c >= "0" && c <= "9") return number();
    for (const word of ["true", "false", "null"]) {
      if (text.startsWith(word, i)) {
        i += word.length;
        return null;
      }
    }
    if (c === "'") return fail("strings must use double quotes in JSON");
    return fail(`expected a value, found ${describe3(i)}`);
  };
  const string = () => {
    const open = i++;
    while (i < text.length) {
      const c = text.charCodeAt(i);
      if (c === 34) {
        i++;
        return null;
      }
      if (c < 32) return fail("a raw control character or line break inside a string (write it as an escape such as \\n)");
      if (c === 92) {
        const e = text[i + 1];
        if (e === "u") {
          if (!/^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) return fail("\\u must be followed by 4 hex digits");
          i += 6;
        } else if (e !== void 0 && '"\\/bfnrt'.includes(e)) i += 2;
        else return fail(`invalid escape "\\${e ?? ""}" in a string`);
        continue;
      }
      i++;
    }
    return fail("a string that is never closed", open);
  };
  const number = () => {
    const m = /^-?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][-+]?[0-9]+)?/.exec(text.slice(i, i + 400));
    if (!m) return fail(`invalid number starting with ${describe3(i)}`);
    const next = text[i + m[0].length];
    if (next !== void 0 && /[0-9A-Za-z_.]/.test(next)) return fail(`invalid number "${text.slice(i, i + m[0].length + 1)}\u2026" (JSON numbers are decimal, without leading zeros)`);
    i += m[0].length;
    return null;
  };
  skip();
  for (; ; ) {
    const c = text[i];
    if (c === "{" || c === "[") {
      if (stack.length >= maxDepth) return fail(`nested more than ${maxDepth} levels deep`);
      stack.push(c);
      i++;
      skip();
      if (text[i] === (c === "{" ? "}" : "]")) {
        stack.pop();
        i++;
      } else if (c === "{") {
        const key = expectKey();
        if (key) return key;
        continue;
      } else continue;
    } else {
      const err = scalar();
      if (err) return err;
    }
    for (; ; ) {
      skip();
      const top = stack[stack.length - 1];
      if (top === void 0) {
        if (i < text.length) return fail(`unexpected ${describe3(i)} after the end of the JSON value`);
        return null;
      }
      const close = top === "{" ? "}" : "]";
      if (text[i] === close) {
        stack.pop();
        i++;
        continue;
      }
      if (text[i] !== ",") return fail(`expected "," or "${close}", found ${describe3(i)}`);
      i++;
      skip();
      if (text[i] === close) return fail(`a trailing comma before "${close}" (JSON allows none)`, i);
      if (top === "{") {
        const key = expectKey();
        if (key) return key;
      }
      break;
    }
  }
  function expectKey() {
    if (text[i] !== '"') return fail(`expected a property name in double quotes, found ${describe3(i)}`);
    const err = string();
    if (err) return err;
    skip();
    if (text[i] !== ":") return fail(`expected ":" after the property name, found ${describe3(i)}`);
    i++;
    skip();
    return null;
  }
}

// src/core/config/load.ts
var DEFAULT_CONFIG_NAMES = ["model-build.yml", "model-build.yaml", "model-build.json"];
var schemaDoc;
function configSchema() {
  return schemaDoc ??= JSON.parse(readFileSync(ownFile("schema/model-build.schema.json"), "utf8"));
}
var schemaValidator = configValidator_default;
function findConfigFile(file, cwd) {
  if (file) {
    const abs = path.resolve(cwd, file);
    if (!existsSync(abs)) {
      throw new ModelBuildError("CONFIG_NOT_FOUND", `config file not found: ${abs}`, {
        hint: "pass --config with the path of your model-build.yml"
      });
    }
    return abs;
  }
  for (const name of DEFAULT_CONFIG_NAMES) {
    const abs = path.join(cwd, name);
    if (existsSync(abs)) return abs;
  }
  throw new ModelBuildError("CONFIG_NOT_FOUND", `no ${DEFAULT_CONFIG_NAMES.join(", ")} in ${cwd}`, {
    hint: "create model-build.yml (see README) or pass --config FILE"
  });
}
function loadConfig(file, options = {}) {
  const cwd = path.resolve(options.cwd ?? process.cwd());
  const abs = findConfigFile(file, cwd);
  const display = path.relative(cwd, abs) || abs;
  const { bytes, text } = readConfigText(abs, display);
  const lineCounter = new import_yaml2.LineCounter();
  const at = (offset) => {
    const { line, col } = lineCounter.linePos(offset);
    return { line, column: col };
  };
  if (/\.json$/i.test(abs)) {
    const bad = checkStrictJson(text, MAX_CONFIG_DEPTH);
    if (bad) {
      throw new ModelBuildError("CONFIG_PARSE", `not valid JSON: ${bad.message}`, {
        file: display,
        ...positionOfChar(text, bad.offset),
        hint: "a .json config must be strict JSON (double-quoted names, no comments or trailing commas); name it .yml for YAML"
      });
    }
  }
  const doc = (0, import_yaml2.parseDocument)(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const problem = doc.errors[0];
  if (problem) {
    const exhausted = problem.code === "RESOURCE_EXHAUSTION";
    throw new ModelBuildError("CONFIG_PARSE", exhausted ? `the config nests too deeply to parse (the limit is ${MAX_CONFIG_DEPTH} levels)` : `not valid YAML/JSON: ${problem.message.split("\n")[0]}`, {
      file: display,
      ...at(problem.pos[0]),
      hint: exhausted ? "no setting nests more than a few levels" : problem.code === "DUPLICATE_KEY" ? "each setting may appear once: remove one of them" : void 0
    });
  }
  checkDocumentShape(doc, lineCounter, display);
  const warning = doc.warnings[0];
  if (warning) {
    throw new ModelBuildError("CONFIG_PARSE", `not valid YAML/JSON: ${warning.message.split("\n")[0]}`, { file: display, ...at(warning.pos[0]) });
  }
  let value;
  try {
    value = doc.toJS({ maxAliasCount: -1 });
  } catch (e) {
    throw new ModelBuildError("CONFIG_INVALID", `cannot read the config's values: ${e.message}`, { file: display });
  }
  if (value === null || typeof value !== "object" || Array.isArray(value)) {
    const what = value === null || value === void 0 ? "empty" : Array.isArray(value) ? "a list" : `a single ${typeof value}`;
    throw new ModelBuildError("CONFIG_INVALID", `the config is ${what}; it must be a mapping of settings (name, data, ...)`, {
      file: display,
      ...doc.contents?.range ? at(doc.contents.range[0]) : { line: 1 },
      hint: "start from the example in README: name: my-model, then data: { path: ..., label: ... }"
    });
  }
  const raw = structuredClone(value);
  const validate = schemaValidator;
  if (!validate(value)) {
    const problems = describeErrors(validate.errors ?? [], doc, lineCounter);
    const first = problems[0];
    throw new ModelBuildError("CONFIG_INVALID", first.message, {
      file: display,
      line: first.line,
      column: first.column,
      pointer: first.pointer,
      hint: first.hint,
      details: problems.slice(1).map((p) => `${display}:${p.line ?? "?"}:${p.column ?? "?"}: ${p.message}${p.hint ? ` (${p.hint})` : ""}`)
    });
  }
  let config = value;
  const locate = (pointer, atKey = false) => positionOf(doc, pointer, atKey, lineCounter);
  checkConfigRules(config, { file: display, locate });
  const sweep = config.sweep ? sweepOf(config, raw, { file: display, locate, doc, lineCounter }) : void 0;
  let variant;
  if (options.variant !== void 0) {
    variant = sweep?.variants.find((v) => v.id === options.variant);
    if (!variant) throw unknownVariant(options.variant, sweep, display);
    config = variantConfig(raw, variantOverrides(variant, configSchema()), display).config;
  }
  const root = path.resolve(options.root ?? path.dirname(abs));
  return {
    file: abs,
    config,
    ...sweep ? { sweep } : {},
    ...variant ? { variant } : {},
    digest: `sha256:${createHash("sha256").update(bytes).digest("hex")}`,
    dataPaths: dataPathsOf(config, path.dirname(abs), root, display, doc, lineCounter),
    locate
  };
}
function variantConfig(raw, bySegments, display, doc, lineCounter) {
  const value = withOverrides(raw, bySegments);
  const validate = schemaValidator;
  if (!validate(value)) {
    const first = describeErrors(validate.errors ?? [], doc ?? new import_yaml2.Document(), lineCounter ?? new import_yaml2.LineCounter())[0];
    return { problem: { message: first.message, pointer: first.pointer } };
  }
  const config = value;
  try {
    checkConfigRules(config, { file: display });
  } catch (e) {
    if (!ModelBuildError.is(e)) throw e;
    return { problem: { message: e.message, pointer: e.location.pointer ?? "/" } };
  }
  return { config };
}
function sweepOf(config, raw, at) {
  const plan = planSweep(config.sweep, {
    file: at.file,
    schema: configSchema(),
    locate: at.locate,
    validate: (bySegments) => variantConfig(raw, bySegments, at.file, at.doc, at.lineCounter).problem ?? null
  });
  const metric = plan.select.metric;
  if (metric !== null) {
    const task = config.model?.task;
    const known = task ? metricNames(task) : [...new Set(["binary", "multiclass", "regression"].flatMap(metricNames))].sort();
    if (!known.includes(metric)) {
      const guess = didYouMean(metric, known);
      throw new ModelBuildError("CONFIG_INVALID", `sweep.select.metric "${metric}" names no metric of ${task ? `a ${task} model` : "any task"}`, {
        file: at.file,
        pointer: "/sweep/select/metric",
        ...at.locate("/sweep/select/metric"),
        hint: `${guess ? `did you mean "${guess}"? ` : ""}metrics: ${known.join(", ")}`
      });
    }
  }
  return plan;
}
function dataPathsOf(config, base, root, display, contents, lines) {
  const wanted = [["/data/path", config.data.path]];
  if (config.data.validation) wanted.push(["/data/validation", config.data.validation]);
  (config.data.extra ?? []).forEach((p, i) => wanted.push([`/data/extra/${i}`, p]));
  return wanted.map(([pointer, given]) => {
    const pos = positionOf(contents, pointer, false, lines);
    return {
      pointer,
      given,
      path: resolveInside(root, base, given, { what: `data path ${pointer}`, file: display, pointer, ...pos })
    };
  });
}
function describeErrors(errors, contents, lines) {
  const narrowed = narrowOneOf(errors);
  const specific = narrowed.filter((e) => e.keyword !== "oneOf" && e.keyword !== "anyOf" && e.keyword !== "if");
  const chosen = specific.length > 0 ? specific : narrowed;
  const seen = /* @__PURE__ */ new Set();
  const problems = [];
  for (const e of chosen) {
    const problem = describe(e, contents, lines);
    const key = `${problem.pointer}|${problem.message}`;
    if (seen.has(key)) continue;
    seen.add(key);
    problems.push(problem);
  }
  const depth = (p) => p.pointer.split("/").length;
  return problems.sort((a, b) => (a.line ?? 0) - (b.line ?? 0) || depth(b) - depth(a));
}
function describe(e, contents, lines) {
  const at = e.instancePath || "/";
  if (e.keyword === "additionalProperty" || e.keyword === "additionalProperties") {
    const key = String(e.params.additionalProperty);
    const pointer = `${e.instancePath}/${escapePointer2(key)}`;
    const known = Object.keys(e.parentSchema?.properties ?? {});
    const guess = didYouMean(key, known);
    return {
      pointer,
      message: `unknown setting "${key}" at ${at}`,
      hint: guess ? `did you mean "${guess}"?` : known.length ? `allowed here: ${known.join(", ")}` : void 0,
      ...positionOf(contents, pointer, true, lines)
    };
  }
  let message = `${at}: ${e.message ?? "is invalid"}`;
  if (e.keyword === "enum") {
    const allowed = e.params.allowedValues;
    message = `${at} must be one of ${allowed.map((v) => JSON.stringify(v)).join(", ")}`;
  } else if (e.keyword === "required") {
    message = `${at} is missing the required setting "${e.params.missingProperty}"`;
  } else if (e.keyword === "pattern" && e.instancePath.startsWith("/gates/")) {
    message = `${at} must be a comparison like ">= 0.85" (operators >=, <=, >, <, ==)`;
  } else if (e.keyword === "pattern" && e.instancePath === "/name") {
    const pattern = e.params.pattern;
    message = `/name must be 1 to 100 letters, digits, ".", "_" or "-", starting with a letter or digit (pattern ${pattern}): it names a folder and files`;
  } else if (e.keyword === "propertyNames") {
    message = `${at} has a key that is not allowed: ${e.params.propertyName ?? ""}`.trimEnd();
  }
  let hint = typeHint(e);
  const shape = SHAPE_KEYWORDS.has(e.keyword) || e.keyword === "enum" || e.keyword === "required" && !hint ? expectedShape(configSchema(), e.instancePath, e.data) : void 0;
  if (shape && e.keyword === "required") hint = shape.example;
  else if (shape && !isLengthLimit(e) && (e.keyword !== "enum" || shape.alternatives)) message = shape.message;
  return { pointer: e.instancePath, message, hint, ...positionOf(contents, e.instancePath, false, lines) };
}
var SHAPE_KEYWORDS = /* @__PURE__ */ new Set(["type", "const", "oneOf", "minItems", "maxItems"]);
function isLengthLimit(e) {
  if (e.keyword !== "minItems" && e.keyword !== "maxItems") return false;
  const s = e.parentSchema;
  return s?.minItems === void 0 || s.minItems !== s.maxItems;
}
function typeHint(e) {
  if (e.keyword !== "type" || typeof e.data !== "string") return void 0;
  const want = String(e.params.type);
  if (want.includes("boolean") && /^(y|n|yes|no|on|off)$/i.test(e.data)) return `YAML 1.2 reads "${e.data}" as text: write true or false`;
  if (/number|integer/.test(want) && /^[-+]?[0-9][0-9_]*(\.[0-9_]*)?$/.test(e.data)) return `write the number without quotes or underscores, e.g. ${e.data.replace(/_/g, "")}`;
  return void 0;
}
var escapePointer2 = (s) => s.replace(/~/g, "~0").replace(/\//g, "~1");
var unescapePointer = (s) => s.replace(/~1/g, "/").replace(/~0/g, "~");
function positionOf(doc, pointer, atKey, lines) {
  let node = doc.contents;
  let keyNode;
  let via;
  for (const raw of pointer.split("/").slice(1)) {
    const part = unescapePointer(raw);
    if ((0, import_yaml2.isAlias)(node)) {
      via ??= node;
      node = node.resolve(doc);
    }
    if ((0, import_yaml2.isMap)(node)) {
      const pair = node.items.find((p) => ((0, import_yaml2.isScalar)(p.key) ? String(p.key.value) : String(p.key)) === part);
      if (!pair) break;
      keyNode = pair.key;
      node = pair.value;
    } else if ((0, import_yaml2.isSeq)(node)) {
      keyNode = void 0;
      node = node.items[Number(part)];
    } else break;
  }
  const target = via ?? (atKey && keyNode ? keyNode : node);
  const offset = target?.range?.[0];
  if (offset === void 0) return {};
  const { line, col } = lines.linePos(offset);
  return { line, column: col };
}

// src/core/provenance/git.ts
import path2 from "node:path";
import { existsSync as existsSync2, statSync } from "node:fs";

// src/core/util/exec.ts
import { spawn } from "node:child_process";
function execFile(file, args, options) {
  return new Promise((resolve, reject) => {
    const child = spawn(file, args, {
      cwd: options.cwd,
      env: options.env ?? process.env,
      stdio: [options.input === void 0 ? "ignore" : "pipe", "pipe", "pipe"],
      shell: false
    });
    const out = [];
    const err = [];
    child.stdout.on("data", (b) => out.push(b));
    child.stderr.on("data", (b) => err.push(b));
    child.on("error", reject);
    child.on(
      "close",
      (code) => resolve({ code: code ?? 1, stdout: Buffer.concat(out), stderr: Buffer.concat(err).toString("utf8") })
    );
    if (child.stdin) {
      child.stdin.on("error", () => void 0);
      child.stdin.end(options.input);
    }
  });
}

// src/core/provenance/git.ts
var GIT_ENV = {
  ...process.env,
  LC_ALL: "C",
  GIT_OPTIONAL_LOCKS: "0",
  // status must not take the index lock (another git may be running)
  GIT_TERMINAL_PROMPT: "0"
};
var Git = class {
  constructor(cwd) {
    this.cwd = cwd;
  }
  cwd;
  /** Runs git; returns stdout, or throws with git's own message. */
  async run(args, input) {
    const r = await this.tryRun(args, input);
    if (r.code !== 0) {
      const said = r.stderr.split("\n").find((l) => /^(fatal|error): /.test(l)) ?? r.stderr.trim().split("\n")[0] ?? "";
      throw new ModelBuildError("GIT_FAILED", `git ${args[0]} failed in ${this.cwd}: ${said.replace(/^(fatal|error): /, "") || `exit code ${r.code}`}`, {
        hint: "run the same git command yourself to see the whole message; repair the repository (or re-clone it) and try again"
      });
    }
    return r.stdout;
  }
  async tryRun(args, input) {
    try {
      return await execFile("git", args, { cwd: this.cwd, input, env: GIT_ENV });
    } catch (e) {
      throw new ModelBuildError("GIT_FAILED", `cannot run git: ${e.message}`, {
        hint: "install git and make sure it is on PATH"
      });
    }
  }
  async text(args) {
    return (await this.run(args)).toString("utf8").trim();
  }
};
async function readGitFacts(cwd) {
  let isDir = false;
  try {
    isDir = statSync(cwd).isDirectory();
  } catch {
  }
  if (!isDir) {
    throw new ModelBuildError("FILE_UNREADABLE", `${cwd} is not a folder`, { file: cwd, hint: "point --root (or `root`) at a folder inside your repository" });
  }
  const git = new Git(cwd);
  const [top, head, ref, remote] = await Promise.all([
    git.tryRun(["rev-parse", "--show-toplevel", "--git-common-dir", "--is-shallow-repository"]),
    git.tryRun(["show", "-s", "--format=%H%n%T%n%ct", "HEAD^{commit}", "--"]),
    git.tryRun(["symbolic-ref", "-q", "HEAD"]),
    git.tryRun(["config", "--get", "remote.origin.url"])
  ]);
  if (top.code !== 0) {
    const said = top.stderr.trim().split("\n")[0].replace(/^fatal: /, "");
    if (said && !/^not a git repository \(or any/.test(said)) {
      const dubious = /dubious ownership/.test(said);
      return {
        ok: false,
        reason: "not-a-repository",
        message: `git cannot use the repository at ${cwd}: ${said}`,
        hint: dubious ? "git refuses a repository owned by another user: run as its owner, or `git config --global --add safe.directory <path>` if you trust it" : "repair or remove the broken `.git` (for a moved worktree: `git worktree repair`), or point --root at your repository"
      };
    }
    return {
      ok: false,
      reason: "not-a-repository",
      message: `${cwd} is not inside a git repository, so the code is not versioned`,
      hint: 'run `git init && git add -A && git commit -m "initial"`, or point --root at your repository'
    };
  }
  const [root = "", commonDir = "", shallow = ""] = top.stdout.toString("utf8").split("\n");
  if (head.code !== 0) {
    const named = await git.tryRun(["rev-parse", "--verify", "-q", "HEAD"]);
    if (named.code !== 0) {
      return {
        ok: false,
        reason: "no-commits",
        message: `the repository at ${root} has no commits yet`,
        hint: "commit your code and data pointers first: `git add -A && git commit`"
      };
    }
    const said = head.stderr.trim().split("\n")[0]?.replace(/^(fatal|error): /, "") || `exit code ${head.code}`;
    throw new ModelBuildError("GIT_FAILED", `HEAD names ${named.stdout.toString("utf8").trim()}, but git cannot read that commit: ${said}`, {
      hint: "the repository is damaged (a missing or corrupt object): `git fsck` names what is wrong; fetch the object again or re-clone"
    });
  }
  const [commit = "", tree = "", time = ""] = head.stdout.toString("utf8").trim().split("\n");
  const refName = ref.code === 0 ? ref.stdout.toString("utf8").trim() : null;
  return {
    ok: true,
    facts: {
      root,
      commit,
      tree,
      ref: refName,
      detached: refName === null,
      shallow: shallow === "true",
      commitTime: Number(time),
      remote: remote.code === 0 ? stripCredentials(remote.stdout.toString("utf8").trim()) : null,
      // Printed relative to the folder git ran in, when it is relative.
      commonDir: path2.resolve(cwd, commonDir)
    }
  };
}
function stripCredentials(url) {
  return url.replace(/^([a-z][a-z0-9+.-]*:\/\/)[^/@]*@/i, "$1");
}
async function dirtyPaths(root) {
  const out = await new Git(root).run([
    "status",
    "--porcelain=v2",
    "-z",
    "--untracked-files=all",
    "--ignore-submodules=none"
  ]);
  const fields = out.toString("utf8").split("\0");
  const result = [];
  for (let i = 0; i < fields.length; i++) {
    const line = fields[i];
    if (line === "") continue;
    const kind = line[0];
    if (kind === "?") {
      result.push({ path: line.slice(2), state: "untracked" });
      continue;
    }
    if (kind !== "1" && kind !== "2" && kind !== "u") continue;
    const fixed = kind === "1" ? 8 : kind === "2" ? 9 : 10;
    const parts = line.split(" ");
    const xy = parts[1];
    const sub = parts[2];
    const p = parts.slice(fixed).join(" ");
    const submodule = sub.startsWith("S") || void 0;
    if (kind === "u") result.push({ path: p, state: "conflict", submodule });
    else if (kind === "2") result.push({ path: p, state: "renamed", from: fields[++i], submodule });
    else result.push({ path: p, state: classify(xy), submodule });
  }
  return result.sort((a, b) => a.path < b.path ? -1 : a.path > b.path ? 1 : 0);
}
function classify(xy) {
  const [x, y] = [xy[0], xy[1]];
  if (x === "D" || y === "D") return "deleted";
  if (x === "T" || y === "T") return "type-changed";
  if (y !== ".") return "modified";
  return "staged";
}
async function commitTree(root, commit) {
  const out = await new Git(root).run(["ls-tree", "-r", "-z", "-l", "--full-tree", commit, "--"]);
  const entries = [];
  for (const rec of out.toString("utf8").split("\0")) {
    if (!rec) continue;
    const tab = rec.indexOf("	");
    const [mode, type, oid, size] = rec.slice(0, tab).split(/ +/);
    entries.push({
      mode,
      type,
      oid,
      size: size === "-" ? -1 : Number(size),
      path: rec.slice(tab + 1)
    });
  }
  return entries;
}
function uninitializedSubmodules(root, tree) {
  return tree.filter((e) => e.type === "commit" && !existsSync2(path2.join(root, e.path, ".git"))).map((e) => e.path);
}
async function attributeOf(root, attr, paths) {
  const result = /* @__PURE__ */ new Map();
  if (paths.length === 0) return result;
  const out = await new Git(root).run(["check-attr", "-z", "--stdin", attr], paths.join("\0") + "\0");
  const f = out.toString("utf8").split("\0");
  for (let i = 0; i + 2 < f.length; i += 3) result.set(f[i], f[i + 2]);
  return result;
}
async function readBlobs(root, oids) {
  const result = /* @__PURE__ */ new Map();
  if (oids.length === 0) return result;
  const unique = [...new Set(oids)];
  const out = await new Git(root).run(["cat-file", "--batch"], unique.join("\n") + "\n");
  let pos = 0;
  for (const oid of unique) {
    const nl = out.indexOf(10, pos);
    const header = out.subarray(pos, nl).toString("utf8").split(" ");
    const size = Number(header[2]);
    result.set(oid, out.subarray(nl + 1, nl + 1 + size));
    pos = nl + 1 + size + 1;
  }
  return result;
}

// src/core/hashing/hasher.ts
import { statSync as statSync3 } from "node:fs";
import path4 from "node:path";

// src/core/hashing/cache.ts
import { mkdirSync, readdirSync, readFileSync as readFileSync2, renameSync, statSync as statSync2, unlinkSync, writeFileSync } from "node:fs";
import path3 from "node:path";

// src/core/util/process.ts
function isAlive(pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return e.code === "EPERM";
  }
}

// src/core/hashing/cache.ts
var CACHE_FORMAT = 2;
var HEX = { md5: /^[0-9a-f]{32}$/, "md5-dos2unix": /^[0-9a-f]{32}$/, sha256: /^[0-9a-f]{64}$/ };
var DIGITS = /^\d{1,30}$/;
function validEntry(v) {
  if (!v || typeof v !== "object" || Array.isArray(v)) return void 0;
  const e = v;
  if (!Number.isSafeInteger(e.size) || e.size < 0) return void 0;
  for (const k of ["mtime", "ctime", "ino"]) if (typeof e[k] !== "string" || !DIGITS.test(e[k])) return void 0;
  for (const [algo, re] of Object.entries(HEX)) if (e[algo] !== void 0 && (typeof e[algo] !== "string" || !re.test(e[algo]))) return void 0;
  return e;
}
var HashCache = class {
  constructor(file) {
    this.file = file;
    if (!file) return;
    sweepStaleTemps(file);
    let savedAt;
    let data;
    try {
      savedAt = statSync2(file, { bigint: true }).mtimeNs;
      data = JSON.parse(readFileSync2(file, "utf8"));
    } catch {
      return;
    }
    if (data?.format !== CACHE_FORMAT || !data.entries || typeof data.entries !== "object") return;
    for (const [key, value] of Object.entries(data.entries)) {
      const e = validEntry(value);
      if (e && BigInt(e.ctime) < savedAt) this.entries.set(key, e);
    }
  }
  file;
  entries = /* @__PURE__ */ new Map();
  dirty = false;
  /** Entries loaded or added: 0 when there was no usable cache file. */
  get size() {
    return this.entries.size;
  }
  get(key, st) {
    const e = this.entries.get(key);
    if (!e || e.size !== Number(st.size) || e.mtime !== String(st.mtimeNs) || e.ctime !== String(st.ctimeNs) || e.ino !== String(st.ino)) return void 0;
    const { mtime: _m, ctime: _c, ino: _i, ...digests } = e;
    return digests;
  }
  set(key, st, digests) {
    const prev = this.get(key, st) ?? {};
    this.entries.set(key, { ...prev, ...digests, size: Number(st.size), mtime: String(st.mtimeNs), ctime: String(st.ctimeNs), ino: String(st.ino) });
    this.dirty = true;
  }
  /**
   * Writes atomically (a temp file named by our PID, then rename); failures are ignored: a lost
   * cache costs only time. A temp file left by a killed process is swept by the next one.
   */
  save() {
    if (!this.file || !this.dirty) return;
    const tmp = tempName(this.file, process.pid);
    try {
      mkdirSync(path3.dirname(this.file), { recursive: true });
      const entries = Object.fromEntries([...this.entries].sort(([a], [b]) => compareBytes(a, b)));
      writeFileSync(tmp, JSON.stringify({ format: CACHE_FORMAT, entries }));
      renameSync(tmp, this.file);
      this.dirty = false;
    } catch {
      try {
        unlinkSync(tmp);
      } catch {
      }
    }
  }
};
var tempName = (file, pid) => `${file}.${pid}.tmp`;
function sweepStaleTemps(file) {
  const dir = path3.dirname(file);
  const base = path3.basename(file);
  const removed = [];
  let names;
  try {
    names = readdirSync(dir);
  } catch {
    return removed;
  }
  for (const name of names.sort()) {
    if (!name.startsWith(`${base}.`) || !name.endsWith(".tmp")) continue;
    const pid = name.slice(base.length + 1, -".tmp".length);
    if (!/^\d{1,10}$/.test(pid) || Number(pid) !== process.pid && isAlive(Number(pid))) continue;
    try {
      unlinkSync(path3.join(dir, name));
      removed.push(name);
    } catch {
    }
  }
  return removed;
}

// src/core/hashing/pool.ts
import { availableParallelism } from "node:os";
import { Worker } from "node:worker_threads";

// src/core/hashing/worker.ts
var WORKER_SOURCE = String.raw`
'use strict';
const { parentPort } = require('node:worker_threads');
const fs = require('node:fs');
const crypto = require('node:crypto');
const CHUNK = 1 << 20;
const TEXT_BLOCK = 512;
const buf = Buffer.allocUnsafe(CHUNK);

// DVC's istextblock: no NUL byte and at most 30% of bytes outside printable ASCII + \n\r\t\f\b.
function isTextBlock(block) {
  if (block.length === 0) return true;
  let nontext = 0;
  for (let i = 0; i < block.length; i++) {
    const b = block[i];
    if (b === 0) return false;
    if (!((b >= 32 && b < 127) || b === 10 || b === 13 || b === 9 || b === 12 || b === 8)) nontext++;
  }
  return nontext / block.length <= 0.3;
}

function hashFile(file, algos) {
  const want = new Set(algos);
  const fd = fs.openSync(file, 'r');
  try {
    const md5 = want.has('md5') ? crypto.createHash('md5') : null;
    const sha256 = want.has('sha256') ? crypto.createHash('sha256') : null;
    let d2u = want.has('md5-dos2unix') ? crypto.createHash('md5') : null;
    let text = null;
    let size = 0;
    for (;;) {
      const n = fs.readSync(fd, buf, 0, CHUNK, null);
      if (n === 0) break;
      const chunk = n === CHUNK ? buf : buf.subarray(0, n);
      if (size === 0 && d2u) text = isTextBlock(chunk.subarray(0, TEXT_BLOCK));
      size += n;
      if (md5) md5.update(chunk);
      if (sha256) sha256.update(chunk);
      if (d2u && text) {
        // DVC 2 replaced CRLF with LF per 1 MiB chunk, so a pair split by a chunk boundary
        // stays as it is. The recorded hashes carry that quirk, so we reproduce it.
        let start = 0;
        let i = chunk.indexOf(13);
        while (i !== -1) {
          if (i + 1 < chunk.length && chunk[i + 1] === 10) {
            d2u.update(chunk.subarray(start, i));
            start = i + 1;
          }
          i = chunk.indexOf(13, i + 1);
        }
        d2u.update(chunk.subarray(start));
      } else if (d2u) {
        d2u.update(chunk);
      }
    }
    const out = { size };
    if (md5) out.md5 = md5.digest('hex');
    if (sha256) out.sha256 = sha256.digest('hex');
    if (d2u) out['md5-dos2unix'] = d2u.digest('hex');
    return out;
  } finally {
    fs.closeSync(fd);
  }
}

// A batch of files in, one answer per file out, in one message.
parentPort.on('message', (batch) => {
  const answers = [];
  for (const job of batch) {
    try {
      answers.push({ id: job.id, result: hashFile(job.file, job.algos) });
    } catch (e) {
      answers.push({ id: job.id, error: { code: e.code || 'EIO', message: e.message } });
    }
  }
  parentPort.postMessage(answers);
});
`;

// src/core/hashing/pool.ts
var FileReadError = class extends Error {
  constructor(file, code, message) {
    super(message);
    this.file = file;
    this.code = code;
    this.name = "FileReadError";
  }
  file;
  code;
};
var BATCH_FILES = 32;
var BATCH_BYTES = 8 << 20;
var BATCHES_PER_THREAD = 2;
var HashPool = class {
  constructor(size = Math.max(1, availableParallelism())) {
    this.size = size;
  }
  size;
  workers = [];
  /** Batches sent to each worker and not yet answered. */
  inFlight = /* @__PURE__ */ new Map();
  queue = [];
  head = 0;
  pending = /* @__PURE__ */ new Map();
  nextId = 0;
  closed = false;
  /** Hashes one file; `bytes` is its expected size, for batching only. */
  hash(file, algos, bytes = 0) {
    if (this.closed) return Promise.reject(new Error(`the hash pool is closed; ${file} was not hashed`));
    return new Promise((resolve, reject) => {
      this.queue.push({ id: this.nextId++, file, algos, bytes, resolve, reject });
      this.pump();
    });
  }
  /** Starts every thread now rather than at the first jobs. */
  prestart() {
    while (!this.closed && this.workers.length < this.size) this.spawn();
  }
  /**
   * Stops the threads. It does not wait for them to be gone (~25 ms at the end of every check):
   * they hold no results and write nothing, and unreferenced they never keep the process alive.
   */
  async close() {
    this.closed = true;
    for (const w of this.workers) {
      w.unref();
      w.terminate().catch(() => void 0);
    }
    this.workers.length = 0;
    this.inFlight.clear();
  }
  /** Sends queued files, in order, in batches to threads with room for one. */
  pump() {
    while (this.head < this.queue.length) {
      const worker = this.take();
      if (!worker) return;
      const batch = [];
      let bytes = 0;
      while (this.head < this.queue.length && batch.length < BATCH_FILES && (batch.length === 0 || bytes + this.queue[this.head].bytes <= BATCH_BYTES)) {
        const job = this.queue[this.head++];
        this.pending.set(job.id, job);
        batch.push({ id: job.id, file: job.file, algos: job.algos });
        bytes += job.bytes;
      }
      if (this.head === this.queue.length) {
        this.queue = [];
        this.head = 0;
      }
      this.inFlight.set(worker, this.inFlight.get(worker) + 1);
      worker.postMessage(batch);
    }
  }
  /** The least busy thread with room for a batch, starting one while there are fewer than `size`. */
  take() {
    let best;
    for (const w of this.workers) if (this.inFlight.get(w) < BATCHES_PER_THREAD && (!best || this.inFlight.get(w) < this.inFlight.get(best))) best = w;
    if (best && this.inFlight.get(best) === 0) return best;
    if (this.workers.length >= this.size) return best;
    return this.spawn();
  }
  spawn() {
    const worker = new Worker(WORKER_SOURCE, { eval: true, execArgv: process.execArgv.filter((a) => !a.startsWith("--input-type")) });
    worker.on("message", (answers) => {
      this.inFlight.set(worker, Math.max(0, (this.inFlight.get(worker) ?? 1) - 1));
      this.pump();
      for (const a of answers) {
        const job = this.pending.get(a.id);
        this.pending.delete(a.id);
        if (!job) continue;
        if (a.result) job.resolve(a.result);
        else job.reject(new FileReadError(job.file, a.error?.code ?? "EIO", a.error?.message ?? "unknown error"));
      }
    });
    worker.on("error", (e) => {
      for (const p of this.pending.values()) p.reject(e);
      this.pending.clear();
    });
    this.workers.push(worker);
    this.inFlight.set(worker, 0);
    return worker;
  }
};

// src/core/hashing/hasher.ts
var Hasher = class {
  constructor(options) {
    this.options = options;
    this.cache = new HashCache(options.cacheFile);
    this.pool = new HashPool(options.concurrency);
  }
  options;
  cache;
  pool;
  progress = { filesDone: 0, filesQueued: 0, bytesDone: 0, bytesQueued: 0, cacheHits: 0, cacheHitBytes: 0 };
  /**
   * Starts the hashing threads now, when the cache is empty (a first or `--no-cache` run, which
   * will hash everything): a thread takes ~60 ms to start, which then overlaps with the caller
   * listing files instead of delaying the first hash. With a cache the threads start when a file
   * misses it, so a run that hashes nothing starts none.
   */
  prestartIfCold() {
    if (this.cache.size === 0) this.pool.prestart();
  }
  async digest(abs, algos) {
    const key = toPosix(path4.relative(this.options.root, abs));
    let st;
    try {
      st = statSync3(abs, { bigint: true });
    } catch (e) {
      throw unreadable(key, e);
    }
    const size = Number(st.size);
    this.progress.filesQueued++;
    this.progress.bytesQueued += size;
    const cached = this.cache.get(key, st);
    if (cached && algos.every((a) => cached[a] !== void 0)) {
      this.progress.cacheHits++;
      this.progress.cacheHitBytes += size;
      this.done(size);
      return cached;
    }
    let digests;
    try {
      digests = await this.pool.hash(abs, algos, size);
    } catch (e) {
      throw e instanceof FileReadError ? unreadable(key, e) : e;
    }
    if (this.cache.file !== null && unchanged(st, abs)) this.cache.set(key, st, digests);
    this.done(size);
    return digests;
  }
  done(size) {
    this.progress.filesDone++;
    this.progress.bytesDone += size;
    this.options.onProgress?.({ ...this.progress });
  }
  async close() {
    this.cache.save();
    await this.pool.close();
  }
};
function unchanged(before, abs) {
  try {
    const after = statSync3(abs, { bigint: true });
    return after.size === before.size && after.mtimeNs === before.mtimeNs && after.ctimeNs === before.ctimeNs && after.ino === before.ino;
  } catch {
    return false;
  }
}
function unreadable(key, e) {
  const reason = e.message.replace(/^[A-Z]+: /, "").replace(/, \w+ '.*'$/, "");
  return new ModelBuildError("FILE_UNREADABLE", `cannot read the file (${e.code ?? "EIO"}: ${reason})`, {
    file: key,
    hint: e.code === "EACCES" || e.code === "EPERM" ? "check the file permissions for the user running model-build" : void 0
  });
}

// src/core/provenance/dvcPointers.ts
var import_yaml3 = __toESM(require_dist(), 1);
import { existsSync as existsSync3, readFileSync as readFileSync3, statSync as statSync4 } from "node:fs";
import path5 from "node:path";

// src/core/provenance/strictText.ts
function decodeStrictUtf8(bytes) {
  try {
    return { ok: true, text: new TextDecoder("utf-8", { fatal: true, ignoreBOM: true }).decode(bytes) };
  } catch {
    const at = validPrefixLength(bytes);
    let line = 1;
    let lineStart = 0;
    for (let i = 0; i < at; i++) {
      if (bytes[i] === 10) {
        line++;
        lineStart = i + 1;
      }
    }
    return { ok: false, line, column: at - lineStart + 1 };
  }
}
function validPrefixLength(bytes) {
  let lo = 0;
  let hi = bytes.length;
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    try {
      new TextDecoder("utf-8", { fatal: true }).decode(bytes.subarray(0, mid), { stream: true });
      lo = mid;
    } catch {
      hi = mid - 1;
    }
  }
  try {
    new TextDecoder("utf-8", { fatal: true }).decode(bytes.subarray(0, lo));
  } catch {
    let start = lo - 1;
    while (start > 0 && (bytes[start] & 192) === 128) start--;
    return start;
  }
  return lo;
}

// src/core/provenance/dvcPointers.ts
var MAX_DVC_FILE_BYTES = 16 * 1024 * 1024;
var MAX_DVC_YAML_ALIASES = 100;
var FIX_HINT = "restore it from git (`git checkout -- FILE`) or regenerate it with `dvc add` / `dvc repro`";
function readPointerText(abs, display) {
  let st;
  try {
    st = statSync4(abs);
  } catch (e) {
    throw new ModelBuildError("FILE_UNREADABLE", `cannot read ${display}: ${e.code ?? e.message}`, {
      file: display,
      hint: "restore it with `git checkout -- FILE`"
    });
  }
  if (!st.isFile()) {
    throw new ModelBuildError("DVC_PARSE", `${display} is ${st.isDirectory() ? "a folder" : "not a regular file (a device, FIFO or socket)"}, not a DVC file`, {
      file: display,
      hint: FIX_HINT
    });
  }
  if (st.size > MAX_DVC_FILE_BYTES) {
    throw new ModelBuildError("DVC_PARSE", `${display} is ${st.size} bytes, more than the ${MAX_DVC_FILE_BYTES}-byte limit for DVC files`, {
      file: display,
      hint: `DVC writes small pointer files; ${FIX_HINT}`
    });
  }
  let bytes;
  try {
    bytes = readFileSync3(abs);
  } catch (e) {
    throw new ModelBuildError("FILE_UNREADABLE", `cannot read ${display}: ${e.code ?? e.message}`, { file: display });
  }
  const decoded = decodeStrictUtf8(bytes);
  if (!decoded.ok) {
    throw new ModelBuildError("DVC_PARSE", "malformed DVC file: not UTF-8 text", {
      file: display,
      line: decoded.line,
      column: decoded.column,
      hint: `DVC writes UTF-8; ${FIX_HINT}`
    });
  }
  return decoded.text;
}
function parseYaml(abs, display) {
  const text = readPointerText(abs, display);
  const lines = new import_yaml3.LineCounter();
  const doc = (0, import_yaml3.parseDocument)(text, { lineCounter: lines, uniqueKeys: true });
  if (doc.errors.length > 0) {
    const err = doc.errors[0];
    const pos = lines.linePos(err.pos[0]);
    throw new ModelBuildError("DVC_PARSE", `malformed DVC file: ${err.message.split("\n")[0]}`, {
      file: display,
      line: pos.line,
      column: pos.col,
      hint: FIX_HINT
    });
  }
  try {
    return doc.toJS({ maxAliasCount: MAX_DVC_YAML_ALIASES });
  } catch (e) {
    const bomb = e instanceof ReferenceError;
    throw new ModelBuildError(
      "DVC_PARSE",
      bomb ? `malformed DVC file: YAML aliases expand to more than ${MAX_DVC_YAML_ALIASES} nodes` : `malformed DVC file: ${e.message}`,
      { file: display, hint: bomb ? `DVC never writes YAML aliases; ${FIX_HINT}` : FIX_HINT }
    );
  }
}
var isRecord = (v) => v !== null && typeof v === "object" && !Array.isArray(v);
function badShape(display, what) {
  return new ModelBuildError("DVC_PARSE", `malformed DVC file: ${what}`, { file: display, hint: FIX_HINT });
}
var describe2 = (v) => v === null ? "null" : Array.isArray(v) ? "a list" : typeof v === "object" ? "a mapping" : `${typeof v} ${JSON.stringify(v)}`.slice(0, 80);
function wholeNumber(v, pointer, where, key) {
  if (v === void 0) return void 0;
  if (typeof v === "number" && Number.isSafeInteger(v) && v >= 0) return v;
  throw badShape(pointer, `${where} ${key} must be a whole number from 0 up (got ${describe2(v)})`);
}
var isDvcFileName = (name) => name.endsWith(".dvc") || name === "dvc.lock" || name === "dvc.yaml";
function toEntry(raw, base, root, pointer, role, stage, where) {
  if (!isRecord(raw)) throw badShape(pointer, `${where} must be a mapping with "path" (got ${describe2(raw)})`);
  if (raw.path === void 0 || raw.path === "") throw badShape(pointer, `${where} has no "path"`);
  if (typeof raw.path !== "string") throw badShape(pointer, `${where} path must be text (got ${describe2(raw.path)})`);
  const out = raw;
  const given = out.path;
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(given) || given.startsWith("remote://")) {
    return { path: given, pointer, reason: "remote location, not checked" };
  }
  if (/[\x00-\x1f]/.test(given)) throw badShape(pointer, `${where} path ${JSON.stringify(given)} has control characters`);
  if (path5.posix.isAbsolute(given) || path5.isAbsolute(given)) {
    throw new ModelBuildError("PATH_ESCAPES_ROOT", `${where} path "${given}" is absolute`, {
      file: pointer,
      hint: "DVC records paths relative to the DVC file; data must live inside the repository for model-build to version it"
    });
  }
  const abs = path5.resolve(base, given);
  if (!isInside(root, abs)) {
    throw new ModelBuildError("PATH_ESCAPES_ROOT", `${where} path "${given}" points outside the repository`, {
      file: pointer,
      hint: "DVC data must live inside the repository for model-build to version it"
    });
  }
  const rel = toPosix(path5.relative(root, abs));
  if (rel === "") throw badShape(pointer, `${where} path "${given}" names the whole repository`);
  const segments = rel.split("/");
  if (segments.some((s) => s === ".git" || s === ".dvc")) {
    throw badShape(pointer, `${where} path "${given}" is inside ${segments.includes(".git") ? ".git" : ".dvc"}, which DVC never tracks`);
  }
  if (rel === pointer) throw badShape(pointer, `${where} path "${given}" is the DVC file itself`);
  if (role === "out") {
    if (isDvcFileName(segments[segments.length - 1])) throw badShape(pointer, `${where} path "${given}" is a DVC file, not data`);
    if (pointer.startsWith(`${rel}/`)) throw badShape(pointer, `${where} path "${given}" contains the DVC file itself`);
  }
  if (out.hash !== void 0 && out.hash !== "md5") {
    throw new ModelBuildError("DVC_UNKNOWN_HASH", `${where} "${given}" uses hash "${String(out.hash)}"; model-build checks md5 only`, {
      file: pointer,
      hint: "use DVC's default md5 hashing (`dvc add` without a custom hash), or remove the entry"
    });
  }
  if (out.md5 === void 0) {
    if (out.etag !== void 0 || out.checksum !== void 0) {
      throw new ModelBuildError("DVC_UNKNOWN_HASH", `${where} "${given}" records ${out.etag !== void 0 ? "an etag" : "a checksum"}, not an md5`, {
        file: pointer,
        hint: "model-build verifies local md5-tracked data; import the data with `dvc add` or `dvc import` so it gets an md5"
      });
    }
    return { path: rel, pointer, reason: "no hash recorded yet (run `dvc commit`)" };
  }
  if (typeof out.md5 !== "string") {
    throw badShape(pointer, `${where} "${given}" md5 must be 32 hex digits as text (got ${describe2(out.md5)}); quote it`);
  }
  if (!/^[0-9a-f]{32}(\.dir)?$/.test(out.md5)) {
    throw badShape(pointer, `${where} "${given}" has an md5 that is not 32 hex digits: "${out.md5.slice(0, 80)}"`);
  }
  const isDir = out.md5.endsWith(".dir");
  const size = wholeNumber(out.size, pointer, where, "size");
  const nfiles = wholeNumber(out.nfiles, pointer, where, "nfiles");
  if (nfiles !== void 0 && !isDir) {
    throw badShape(pointer, `${where} "${given}" records nfiles but its md5 is a file's (no ".dir"); nfiles belongs to directories`);
  }
  return { path: rel, pointer, role, stage, md5: out.md5, legacy: out.hash === void 0, size, nfiles, isDir };
}
function refuseOverlappingOuts(entries, pointer) {
  const outs = /* @__PURE__ */ new Set();
  const local = entries.filter((e) => isSkipped(e) ? !e.reason.startsWith("remote") : e.role === "out");
  for (const e of local) {
    if (outs.has(e.path)) throw badShape(pointer, `"${e.path}" is listed as an out twice`);
    outs.add(e.path);
  }
  for (const e of local) {
    const parts = e.path.split("/");
    for (let i = 1; i < parts.length; i++) {
      const ancestor = parts.slice(0, i).join("/");
      if (outs.has(ancestor)) throw badShape(pointer, `outs overlap: "${e.path}" is inside "${ancestor}"`);
    }
  }
}
var LOCK_SCHEMAS = ["2.0", 2];
function readDvcFile(root, rel) {
  const abs = path5.join(root, rel);
  const doc = parseYaml(abs, rel);
  if (!isRecord(doc)) throw badShape(rel, 'expected a mapping with "outs"');
  const outs = doc.outs;
  if (!Array.isArray(outs)) throw badShape(rel, '"outs" is missing or not a list');
  const entries = outs.map((o, i) => toEntry(o, path5.dirname(abs), root, rel, "out", void 0, `outs[${i}]`));
  refuseOverlappingOuts(entries, rel);
  return entries;
}
function readDvcLock(root, rel) {
  const abs = path5.join(root, rel);
  const doc = parseYaml(abs, rel);
  if (!isRecord(doc)) throw badShape(rel, "expected a mapping of stages");
  if (doc.schema !== void 0 && !LOCK_SCHEMAS.includes(doc.schema)) {
    throw new ModelBuildError("DVC_PARSE", `dvc.lock schema ${describe2(doc.schema)} is not one model-build reads (it reads schema '2.0', written by DVC 2 and 3)`, {
      file: rel,
      hint: "regenerate it with a DVC release that writes schema 2.0 (`dvc repro`), or restore it from git"
    });
  }
  const stages = doc.schema !== void 0 ? doc.stages : doc;
  if (!isRecord(stages)) throw badShape(rel, '"stages" is missing or not a mapping');
  const wdirs = stageWorkDirs(root, path5.dirname(abs));
  const result = [];
  for (const [name, stage] of Object.entries(stages)) {
    if (!isRecord(stage)) throw badShape(rel, `stage "${name}" is not a mapping`);
    const base = path5.resolve(path5.dirname(abs), wdirs.get(name.split("@")[0]) ?? ".");
    for (const role of ["deps", "outs"]) {
      const list = stage[role];
      if (list === void 0) continue;
      if (!Array.isArray(list)) throw badShape(rel, `stage "${name}" ${role} is not a list`);
      list.forEach(
        (o, i) => result.push(toEntry(o, base, root, rel, role === "deps" ? "dep" : "out", name, `stage "${name}" ${role}[${i}]`))
      );
    }
  }
  refuseOverlappingOuts(result, rel);
  return result;
}
function stageWorkDirs(root, dir) {
  const result = /* @__PURE__ */ new Map();
  const file = path5.join(dir, "dvc.yaml");
  if (!existsSync3(file)) return result;
  const text = readPointerText(file, toPosix(path5.relative(root, file)));
  try {
    const doc = (0, import_yaml3.parseDocument)(text).toJS({ maxAliasCount: MAX_DVC_YAML_ALIASES });
    if (isRecord(doc) && isRecord(doc.stages)) {
      for (const [name, s] of Object.entries(doc.stages)) {
        if (isRecord(s) && typeof s.wdir === "string") result.set(name, s.wdir);
      }
    }
  } catch {
  }
  return result;
}
var isSkipped = (e) => "reason" in e;

// src/core/dvc/pointers.ts
import { existsSync as existsSync4 } from "node:fs";
import path6 from "node:path";
function committedOuts(root, tree, boundary, notes) {
  const committed = new Set(tree.filter((t) => t.type === "blob" && t.mode !== "120000").map((t) => t.path));
  const outs = /* @__PURE__ */ new Map();
  for (const e of tree) {
    if (e.type !== "blob" || e.path.startsWith(".dvc/")) continue;
    const base = path6.posix.basename(e.path);
    const isLock = base === "dvc.lock";
    if (!isLock && !(base.endsWith(".dvc") && base !== ".dvc")) continue;
    if (!existsSync4(path6.join(root, e.path))) continue;
    const real = boundary.resolve(path6.join(root, e.path), `DVC pointer ${e.path}`, { file: e.path });
    if (real.linked && !committed.has(real.rel)) {
      throw new ModelBuildError("PATH_ESCAPES_ROOT", `DVC pointer ${e.path} is a symlink to ${real.rel}, which is not committed`, {
        file: e.path,
        hint: "commit the pointer file itself instead of a link to it"
      });
    }
    for (const entry of isLock ? readDvcLock(root, e.path) : readDvcFile(root, e.path)) {
      if (isSkipped(entry)) {
        notes.push(`${entry.pointer}: ${entry.path}: ${entry.reason}`);
        continue;
      }
      if (entry.role !== "out") continue;
      const seen = outs.get(entry.path);
      if (seen && seen.md5 !== entry.md5) {
        throw new ModelBuildError("DVC_PARSE", `${entry.path} is recorded by ${seen.pointer} and ${entry.pointer} with different hashes`, {
          file: entry.pointer,
          hint: "DVC refuses an output recorded twice; keep one pointer"
        });
      }
      if (!seen) outs.set(entry.path, entry);
    }
  }
  return [...outs.values()].sort((a, b) => compareBytes(a.path, b.path));
}
var under = (dir, p) => p === dir || p.startsWith(`${dir}/`);
function selectOuts(outs, dataPaths) {
  if (dataPaths === null) return outs.map((entry) => ({ entry }));
  return outs.filter((entry) => dataPaths.some((dp) => under(dp, entry.path) || entry.isDir && under(entry.path, dp))).map((entry) => ({ entry }));
}
function resolvePullConfig(given, start, root) {
  if (given === null) return null;
  if (given !== void 0 && typeof given !== "string") return given;
  if (given === void 0) {
    const found = DEFAULT_CONFIG_NAMES.map((n) => path6.join(start, n)).find((f) => existsSync4(f));
    return found ? loadConfig(found, { cwd: start, root }) : null;
  }
  return loadConfig(findConfigFile(given, start), { cwd: start, root });
}
function configDataPaths(config, root, boundary) {
  const configRel = path6.relative(root, config.file);
  const paths = /* @__PURE__ */ new Set();
  for (const dp of config.dataPaths) {
    paths.add(toPosix(path6.relative(root, dp.path)));
    paths.add(boundary.resolve(dp.path, `data path ${dp.pointer} "${dp.given}"`, { file: configRel, pointer: dp.pointer }).rel);
  }
  return [...paths].sort(compareBytes);
}

export {
  DEFAULT_CONFIG_NAMES,
  findConfigFile,
  loadConfig,
  isAlive,
  Hasher,
  decodeStrictUtf8,
  readDvcFile,
  readDvcLock,
  isSkipped,
  committedOuts,
  selectOuts,
  resolvePullConfig,
  configDataPaths,
  execFile,
  Git,
  readGitFacts,
  dirtyPaths,
  commitTree,
  uninitializedSubmodules,
  attributeOf,
  readBlobs
};
