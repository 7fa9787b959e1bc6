import { createRequire as __mbCreateRequire } from 'node:module';
import { fileURLToPath as __mbFileURLToPath } from 'node:url';
import { dirname as __mbDirname } from 'node:path';
const require = __mbCreateRequire(import.meta.url);
const __mbFilename = __mbFileURLToPath(import.meta.url);
const __mbDirnameValue = __mbDirname(__mbFilename);
import {
  loadModelFrom,
  preprocessorJson
} from "./chunk-TY4TGASN.js";
import {
  resolveReal
} from "./chunk-MDEWCTW4.js";
import {
  ownFile
} from "./chunk-AH66PB2E.js";
import {
  compareBytes,
  toPosix
} from "./chunk-RIGD5S4O.js";
import {
  formatSize,
  regularFile
} from "./chunk-4KALBLMG.js";
import {
  ModelBuildError
} from "./chunk-J3ZPWLJ2.js";

// src/core/package/readPackage.ts
import { createHash as createHash3 } from "node:crypto";

// src/core/package/metadata.ts
var METADATA_FORMAT = 1;

// src/core/package/writePackage.ts
import { createHash as createHash2 } from "node:crypto";
import { readFileSync } from "node:fs";
import path from "node:path";

// src/core/generated/metadataValidator.ts
var metadataValidator_default = validate10;
var schema11 = { "$schema": "http://json-schema.org/draft-07/schema#", "$id": "https://model-build.dev/schema/metadata.schema.json", "title": "model-build package metadata (metadata.json)", "type": "object", "required": ["format", "name", "version", "timestamp", "createdBy", "code", "data", "config", "task", "label", "training", "metrics", "gates", "gatesPassed", "environment", "files"], "properties": { "format": { "type": "integer", "minimum": 1, "description": "Metadata format; readers refuse formats newer than they know." }, "name": { "type": "string", "pattern": "^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$" }, "version": { "type": ["string", "null"] }, "description": { "type": ["string", "null"] }, "intendedUse": { "type": ["string", "null"] }, "timestamp": { "type": "string", "pattern": "^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?Z$" }, "createdBy": { "type": "object", "required": ["tool", "version"], "properties": { "tool": { "const": "model-build" }, "version": { "type": "string" } } }, "dirty": { "type": "boolean", "description": "True unless the tree was clean and every byte read matched its pointer (a build forced with --allow-dirty). Absent before model-build 0.2: read code.dirty." }, "problems": { "type": "array", "items": { "type": "string" }, "description": "Why the build is dirty, one line each." }, "code": { "type": "object", "required": ["repository", "commit", "tree", "ref", "dirty", "dirtyPaths"], "properties": { "repository": { "type": ["string", "null"] }, "commit": { "type": "string", "pattern": "^[0-9a-f]{40}([0-9a-f]{24})?$" }, "tree": { "type": "string", "pattern": "^[0-9a-f]{40}([0-9a-f]{24})?$" }, "ref": { "type": ["string", "null"] }, "dirty": { "type": "boolean" }, "dirtyPaths": { "type": "array", "items": { "type": "string" } } } }, "data": { "type": "array", "items": { "type": "object", "required": ["path", "pointer", "kind", "hash", "size", "rows"], "properties": { "path": { "type": "string" }, "pointer": { "type": ["string", "null"] }, "kind": { "enum": ["git", "dvc-file", "dvc-dir", "lfs", null] }, "hash": { "type": ["string", "null"], "description": "What the pointer records." }, "actual": { "type": ["string", "null"], "description": "Digest of the bytes actually read." }, "status": { "enum": ["ok", "modified", "not-pulled", "raw-blob", "unversioned", "missing"] }, "size": { "type": ["integer", "null"], "minimum": 0 }, "rows": { "type": ["integer", "null"], "minimum": 0 } } } }, "config": { "type": "object", "required": ["path", "digest", "resolved"], "properties": { "path": { "type": "string" }, "digest": { "type": "string", "pattern": "^sha256:[0-9a-f]{64}$" }, "resolved": { "type": "object" } } }, "variant": { "type": "object", "description": "The sweep variant this package is: its id and the settings it overrides (config.resolved is the result).", "required": ["id", "overrides"], "properties": { "id": { "type": "string", "pattern": "^v[0-9a-f]{8}$" }, "overrides": { "type": "object" } } }, "task": { "enum": ["binary", "multiclass", "regression"] }, "label": { "type": "string" }, "classes": { "type": ["array", "null"], "items": { "type": "string" } }, "training": { "type": "object", "required": ["seed", "backend", "backendVersion", "tfjsVersion", "simd", "epochsRun", "bestEpoch", "stoppedEarly", "history"], "properties": { "seed": { "type": "integer" }, "backend": { "enum": ["tensorflow", "wasm", "cpu"] }, "backendVersion": { "type": "string" }, "tfjsVersion": { "type": "string" }, "simd": { "type": ["boolean", "null"] }, "trainer": { "type": "object", "description": "What trained the weights: dense (model-build's trainer, with the shard count that decides them) or tfjs (a model module).", "required": ["name"], "properties": { "name": { "enum": ["dense", "tfjs"] }, "shards": { "type": "integer", "minimum": 1 } } }, "epochsRun": { "type": "integer", "minimum": 0 }, "bestEpoch": { "type": "integer", "minimum": 0 }, "stoppedEarly": { "type": "boolean" }, "history": { "type": "array", "items": { "type": "object", "required": ["epoch", "loss", "val_loss"] } } } }, "metrics": { "type": "object" }, "gates": { "type": "array", "items": { "type": "object", "required": ["metric", "op", "threshold", "actual", "passed", "margin"], "properties": { "passed": { "type": "boolean" } } } }, "gatesPassed": { "type": "boolean" }, "environment": { "type": "object", "required": ["node", "platform", "arch", "dependencies", "lockfileDigest"], "properties": { "node": { "type": "string" }, "platform": { "type": "string" }, "arch": { "type": "string" }, "dependencies": { "type": "object", "additionalProperties": { "type": "string" } }, "lockfileDigest": { "type": "string", "pattern": "^sha256:[0-9a-f]{64}$" } } }, "files": { "type": "object", "propertyNames": { "not": { "enum": ["metadata.json", "MANIFEST.sha256"] } }, "additionalProperties": { "type": "string", "pattern": "^sha256:[0-9a-f]{64}$" } } } };
var pattern0 = new RegExp("^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$", "u");
var pattern1 = new RegExp("^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?Z$", "u");
var pattern2 = new RegExp("^[0-9a-f]{40}([0-9a-f]{24})?$", "u");
var pattern4 = new RegExp("^sha256:[0-9a-f]{64}$", "u");
var pattern5 = new RegExp("^v[0-9a-f]{8}$", "u");
function validate10(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.format === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "format" }, message: "must have required property 'format'" };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.name === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'" };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.version === void 0) {
      const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "version" }, message: "must have required property 'version'" };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    if (data.timestamp === void 0) {
      const err3 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "timestamp" }, message: "must have required property 'timestamp'" };
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
    }
    if (data.createdBy === void 0) {
      const err4 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "createdBy" }, message: "must have required property 'createdBy'" };
      if (vErrors === null) {
        vErrors = [err4];
      } else {
        vErrors.push(err4);
      }
      errors++;
    }
    if (data.code === void 0) {
      const err5 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "code" }, message: "must have required property 'code'" };
      if (vErrors === null) {
        vErrors = [err5];
      } else {
        vErrors.push(err5);
      }
      errors++;
    }
    if (data.data === void 0) {
      const err6 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "data" }, message: "must have required property 'data'" };
      if (vErrors === null) {
        vErrors = [err6];
      } else {
        vErrors.push(err6);
      }
      errors++;
    }
    if (data.config === void 0) {
      const err7 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "config" }, message: "must have required property 'config'" };
      if (vErrors === null) {
        vErrors = [err7];
      } else {
        vErrors.push(err7);
      }
      errors++;
    }
    if (data.task === void 0) {
      const err8 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "task" }, message: "must have required property 'task'" };
      if (vErrors === null) {
        vErrors = [err8];
      } else {
        vErrors.push(err8);
      }
      errors++;
    }
    if (data.label === void 0) {
      const err9 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "label" }, message: "must have required property 'label'" };
      if (vErrors === null) {
        vErrors = [err9];
      } else {
        vErrors.push(err9);
      }
      errors++;
    }
    if (data.training === void 0) {
      const err10 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "training" }, message: "must have required property 'training'" };
      if (vErrors === null) {
        vErrors = [err10];
      } else {
        vErrors.push(err10);
      }
      errors++;
    }
    if (data.metrics === void 0) {
      const err11 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "metrics" }, message: "must have required property 'metrics'" };
      if (vErrors === null) {
        vErrors = [err11];
      } else {
        vErrors.push(err11);
      }
      errors++;
    }
    if (data.gates === void 0) {
      const err12 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "gates" }, message: "must have required property 'gates'" };
      if (vErrors === null) {
        vErrors = [err12];
      } else {
        vErrors.push(err12);
      }
      errors++;
    }
    if (data.gatesPassed === void 0) {
      const err13 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "gatesPassed" }, message: "must have required property 'gatesPassed'" };
      if (vErrors === null) {
        vErrors = [err13];
      } else {
        vErrors.push(err13);
      }
      errors++;
    }
    if (data.environment === void 0) {
      const err14 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "environment" }, message: "must have required property 'environment'" };
      if (vErrors === null) {
        vErrors = [err14];
      } else {
        vErrors.push(err14);
      }
      errors++;
    }
    if (data.files === void 0) {
      const err15 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "files" }, message: "must have required property 'files'" };
      if (vErrors === null) {
        vErrors = [err15];
      } else {
        vErrors.push(err15);
      }
      errors++;
    }
    if (data.format !== void 0) {
      let data0 = data.format;
      if (!(typeof data0 == "number" && (!(data0 % 1) && !isNaN(data0)))) {
        const err16 = { instancePath: instancePath + "/format", schemaPath: "#/properties/format/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
        if (vErrors === null) {
          vErrors = [err16];
        } else {
          vErrors.push(err16);
        }
        errors++;
      }
      if (typeof data0 == "number") {
        if (data0 < 1 || isNaN(data0)) {
          const err17 = { instancePath: instancePath + "/format", schemaPath: "#/properties/format/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1" };
          if (vErrors === null) {
            vErrors = [err17];
          } else {
            vErrors.push(err17);
          }
          errors++;
        }
      }
    }
    if (data.name !== void 0) {
      let data1 = data.name;
      if (typeof data1 === "string") {
        if (!pattern0.test(data1)) {
          const err18 = { instancePath: instancePath + "/name", schemaPath: "#/properties/name/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$" }, message: 'must match pattern "^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$"' };
          if (vErrors === null) {
            vErrors = [err18];
          } else {
            vErrors.push(err18);
          }
          errors++;
        }
      } else {
        const err19 = { instancePath: instancePath + "/name", schemaPath: "#/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err19];
        } else {
          vErrors.push(err19);
        }
        errors++;
      }
    }
    if (data.version !== void 0) {
      let data2 = data.version;
      if (typeof data2 !== "string" && data2 !== null) {
        const err20 = { instancePath: instancePath + "/version", schemaPath: "#/properties/version/type", keyword: "type", params: { type: schema11.properties.version.type }, message: "must be string,null" };
        if (vErrors === null) {
          vErrors = [err20];
        } else {
          vErrors.push(err20);
        }
        errors++;
      }
    }
    if (data.description !== void 0) {
      let data3 = data.description;
      if (typeof data3 !== "string" && data3 !== null) {
        const err21 = { instancePath: instancePath + "/description", schemaPath: "#/properties/description/type", keyword: "type", params: { type: schema11.properties.description.type }, message: "must be string,null" };
        if (vErrors === null) {
          vErrors = [err21];
        } else {
          vErrors.push(err21);
        }
        errors++;
      }
    }
    if (data.intendedUse !== void 0) {
      let data4 = data.intendedUse;
      if (typeof data4 !== "string" && data4 !== null) {
        const err22 = { instancePath: instancePath + "/intendedUse", schemaPath: "#/properties/intendedUse/type", keyword: "type", params: { type: schema11.properties.intendedUse.type }, message: "must be string,null" };
        if (vErrors === null) {
          vErrors = [err22];
        } else {
          vErrors.push(err22);
        }
        errors++;
      }
    }
    if (data.timestamp !== void 0) {
      let data5 = data.timestamp;
      if (typeof data5 === "string") {
        if (!pattern1.test(data5)) {
          const err23 = { instancePath: instancePath + "/timestamp", schemaPath: "#/properties/timestamp/pattern", keyword: "pattern", params: { pattern: "^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?Z$" }, message: 'must match pattern "^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?Z$"' };
          if (vErrors === null) {
            vErrors = [err23];
          } else {
            vErrors.push(err23);
          }
          errors++;
        }
      } else {
        const err24 = { instancePath: instancePath + "/timestamp", schemaPath: "#/properties/timestamp/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err24];
        } else {
          vErrors.push(err24);
        }
        errors++;
      }
    }
    if (data.createdBy !== void 0) {
      let data6 = data.createdBy;
      if (data6 && typeof data6 == "object" && !Array.isArray(data6)) {
        if (data6.tool === void 0) {
          const err25 = { instancePath: instancePath + "/createdBy", schemaPath: "#/properties/createdBy/required", keyword: "required", params: { missingProperty: "tool" }, message: "must have required property 'tool'" };
          if (vErrors === null) {
            vErrors = [err25];
          } else {
            vErrors.push(err25);
          }
          errors++;
        }
        if (data6.version === void 0) {
          const err26 = { instancePath: instancePath + "/createdBy", schemaPath: "#/properties/createdBy/required", keyword: "required", params: { missingProperty: "version" }, message: "must have required property 'version'" };
          if (vErrors === null) {
            vErrors = [err26];
          } else {
            vErrors.push(err26);
          }
          errors++;
        }
        if (data6.tool !== void 0) {
          if ("model-build" !== data6.tool) {
            const err27 = { instancePath: instancePath + "/createdBy/tool", schemaPath: "#/properties/createdBy/properties/tool/const", keyword: "const", params: { allowedValue: "model-build" }, message: "must be equal to constant" };
            if (vErrors === null) {
              vErrors = [err27];
            } else {
              vErrors.push(err27);
            }
            errors++;
          }
        }
        if (data6.version !== void 0) {
          if (typeof data6.version !== "string") {
            const err28 = { instancePath: instancePath + "/createdBy/version", schemaPath: "#/properties/createdBy/properties/version/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err28];
            } else {
              vErrors.push(err28);
            }
            errors++;
          }
        }
      } else {
        const err29 = { instancePath: instancePath + "/createdBy", schemaPath: "#/properties/createdBy/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err29];
        } else {
          vErrors.push(err29);
        }
        errors++;
      }
    }
    if (data.dirty !== void 0) {
      if (typeof data.dirty !== "boolean") {
        const err30 = { instancePath: instancePath + "/dirty", schemaPath: "#/properties/dirty/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
        if (vErrors === null) {
          vErrors = [err30];
        } else {
          vErrors.push(err30);
        }
        errors++;
      }
    }
    if (data.problems !== void 0) {
      let data10 = data.problems;
      if (Array.isArray(data10)) {
        const len0 = data10.length;
        for (let i0 = 0; i0 < len0; i0++) {
          if (typeof data10[i0] !== "string") {
            const err31 = { instancePath: instancePath + "/problems/" + i0, schemaPath: "#/properties/problems/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err31];
            } else {
              vErrors.push(err31);
            }
            errors++;
          }
        }
      } else {
        const err32 = { instancePath: instancePath + "/problems", schemaPath: "#/properties/problems/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err32];
        } else {
          vErrors.push(err32);
        }
        errors++;
      }
    }
    if (data.code !== void 0) {
      let data12 = data.code;
      if (data12 && typeof data12 == "object" && !Array.isArray(data12)) {
        if (data12.repository === void 0) {
          const err33 = { instancePath: instancePath + "/code", schemaPath: "#/properties/code/required", keyword: "required", params: { missingProperty: "repository" }, message: "must have required property 'repository'" };
          if (vErrors === null) {
            vErrors = [err33];
          } else {
            vErrors.push(err33);
          }
          errors++;
        }
        if (data12.commit === void 0) {
          const err34 = { instancePath: instancePath + "/code", schemaPath: "#/properties/code/required", keyword: "required", params: { missingProperty: "commit" }, message: "must have required property 'commit'" };
          if (vErrors === null) {
            vErrors = [err34];
          } else {
            vErrors.push(err34);
          }
          errors++;
        }
        if (data12.tree === void 0) {
          const err35 = { instancePath: instancePath + "/code", schemaPath: "#/properties/code/required", keyword: "required", params: { missingProperty: "tree" }, message: "must have required property 'tree'" };
          if (vErrors === null) {
            vErrors = [err35];
          } else {
            vErrors.push(err35);
          }
          errors++;
        }
        if (data12.ref === void 0) {
          const err36 = { instancePath: instancePath + "/code", schemaPath: "#/properties/code/required", keyword: "required", params: { missingProperty: "ref" }, message: "must have required property 'ref'" };
          if (vErrors === null) {
            vErrors = [err36];
          } else {
            vErrors.push(err36);
          }
          errors++;
        }
        if (data12.dirty === void 0) {
          const err37 = { instancePath: instancePath + "/code", schemaPath: "#/properties/code/required", keyword: "required", params: { missingProperty: "dirty" }, message: "must have required property 'dirty'" };
          if (vErrors === null) {
            vErrors = [err37];
          } else {
            vErrors.push(err37);
          }
          errors++;
        }
        if (data12.dirtyPaths === void 0) {
          const err38 = { instancePath: instancePath + "/code", schemaPath: "#/properties/code/required", keyword: "required", params: { missingProperty: "dirtyPaths" }, message: "must have required property 'dirtyPaths'" };
          if (vErrors === null) {
            vErrors = [err38];
          } else {
            vErrors.push(err38);
          }
          errors++;
        }
        if (data12.repository !== void 0) {
          let data13 = data12.repository;
          if (typeof data13 !== "string" && data13 !== null) {
            const err39 = { instancePath: instancePath + "/code/repository", schemaPath: "#/properties/code/properties/repository/type", keyword: "type", params: { type: schema11.properties.code.properties.repository.type }, message: "must be string,null" };
            if (vErrors === null) {
              vErrors = [err39];
            } else {
              vErrors.push(err39);
            }
            errors++;
          }
        }
        if (data12.commit !== void 0) {
          let data14 = data12.commit;
          if (typeof data14 === "string") {
            if (!pattern2.test(data14)) {
              const err40 = { instancePath: instancePath + "/code/commit", schemaPath: "#/properties/code/properties/commit/pattern", keyword: "pattern", params: { pattern: "^[0-9a-f]{40}([0-9a-f]{24})?$" }, message: 'must match pattern "^[0-9a-f]{40}([0-9a-f]{24})?$"' };
              if (vErrors === null) {
                vErrors = [err40];
              } else {
                vErrors.push(err40);
              }
              errors++;
            }
          } else {
            const err41 = { instancePath: instancePath + "/code/commit", schemaPath: "#/properties/code/properties/commit/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err41];
            } else {
              vErrors.push(err41);
            }
            errors++;
          }
        }
        if (data12.tree !== void 0) {
          let data15 = data12.tree;
          if (typeof data15 === "string") {
            if (!pattern2.test(data15)) {
              const err42 = { instancePath: instancePath + "/code/tree", schemaPath: "#/properties/code/properties/tree/pattern", keyword: "pattern", params: { pattern: "^[0-9a-f]{40}([0-9a-f]{24})?$" }, message: 'must match pattern "^[0-9a-f]{40}([0-9a-f]{24})?$"' };
              if (vErrors === null) {
                vErrors = [err42];
              } else {
                vErrors.push(err42);
              }
              errors++;
            }
          } else {
            const err43 = { instancePath: instancePath + "/code/tree", schemaPath: "#/properties/code/properties/tree/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err43];
            } else {
              vErrors.push(err43);
            }
            errors++;
          }
        }
        if (data12.ref !== void 0) {
          let data16 = data12.ref;
          if (typeof data16 !== "string" && data16 !== null) {
            const err44 = { instancePath: instancePath + "/code/ref", schemaPath: "#/properties/code/properties/ref/type", keyword: "type", params: { type: schema11.properties.code.properties.ref.type }, message: "must be string,null" };
            if (vErrors === null) {
              vErrors = [err44];
            } else {
              vErrors.push(err44);
            }
            errors++;
          }
        }
        if (data12.dirty !== void 0) {
          if (typeof data12.dirty !== "boolean") {
            const err45 = { instancePath: instancePath + "/code/dirty", schemaPath: "#/properties/code/properties/dirty/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
            if (vErrors === null) {
              vErrors = [err45];
            } else {
              vErrors.push(err45);
            }
            errors++;
          }
        }
        if (data12.dirtyPaths !== void 0) {
          let data18 = data12.dirtyPaths;
          if (Array.isArray(data18)) {
            const len1 = data18.length;
            for (let i1 = 0; i1 < len1; i1++) {
              if (typeof data18[i1] !== "string") {
                const err46 = { instancePath: instancePath + "/code/dirtyPaths/" + i1, schemaPath: "#/properties/code/properties/dirtyPaths/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err46];
                } else {
                  vErrors.push(err46);
                }
                errors++;
              }
            }
          } else {
            const err47 = { instancePath: instancePath + "/code/dirtyPaths", schemaPath: "#/properties/code/properties/dirtyPaths/type", keyword: "type", params: { type: "array" }, message: "must be array" };
            if (vErrors === null) {
              vErrors = [err47];
            } else {
              vErrors.push(err47);
            }
            errors++;
          }
        }
      } else {
        const err48 = { instancePath: instancePath + "/code", schemaPath: "#/properties/code/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err48];
        } else {
          vErrors.push(err48);
        }
        errors++;
      }
    }
    if (data.data !== void 0) {
      let data20 = data.data;
      if (Array.isArray(data20)) {
        const len2 = data20.length;
        for (let i2 = 0; i2 < len2; i2++) {
          let data21 = data20[i2];
          if (data21 && typeof data21 == "object" && !Array.isArray(data21)) {
            if (data21.path === void 0) {
              const err49 = { instancePath: instancePath + "/data/" + i2, schemaPath: "#/properties/data/items/required", keyword: "required", params: { missingProperty: "path" }, message: "must have required property 'path'" };
              if (vErrors === null) {
                vErrors = [err49];
              } else {
                vErrors.push(err49);
              }
              errors++;
            }
            if (data21.pointer === void 0) {
              const err50 = { instancePath: instancePath + "/data/" + i2, schemaPath: "#/properties/data/items/required", keyword: "required", params: { missingProperty: "pointer" }, message: "must have required property 'pointer'" };
              if (vErrors === null) {
                vErrors = [err50];
              } else {
                vErrors.push(err50);
              }
              errors++;
            }
            if (data21.kind === void 0) {
              const err51 = { instancePath: instancePath + "/data/" + i2, schemaPath: "#/properties/data/items/required", keyword: "required", params: { missingProperty: "kind" }, message: "must have required property 'kind'" };
              if (vErrors === null) {
                vErrors = [err51];
              } else {
                vErrors.push(err51);
              }
              errors++;
            }
            if (data21.hash === void 0) {
              const err52 = { instancePath: instancePath + "/data/" + i2, schemaPath: "#/properties/data/items/required", keyword: "required", params: { missingProperty: "hash" }, message: "must have required property 'hash'" };
              if (vErrors === null) {
                vErrors = [err52];
              } else {
                vErrors.push(err52);
              }
              errors++;
            }
            if (data21.size === void 0) {
              const err53 = { instancePath: instancePath + "/data/" + i2, schemaPath: "#/properties/data/items/required", keyword: "required", params: { missingProperty: "size" }, message: "must have required property 'size'" };
              if (vErrors === null) {
                vErrors = [err53];
              } else {
                vErrors.push(err53);
              }
              errors++;
            }
            if (data21.rows === void 0) {
              const err54 = { instancePath: instancePath + "/data/" + i2, schemaPath: "#/properties/data/items/required", keyword: "required", params: { missingProperty: "rows" }, message: "must have required property 'rows'" };
              if (vErrors === null) {
                vErrors = [err54];
              } else {
                vErrors.push(err54);
              }
              errors++;
            }
            if (data21.path !== void 0) {
              if (typeof data21.path !== "string") {
                const err55 = { instancePath: instancePath + "/data/" + i2 + "/path", schemaPath: "#/properties/data/items/properties/path/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err55];
                } else {
                  vErrors.push(err55);
                }
                errors++;
              }
            }
            if (data21.pointer !== void 0) {
              let data23 = data21.pointer;
              if (typeof data23 !== "string" && data23 !== null) {
                const err56 = { instancePath: instancePath + "/data/" + i2 + "/pointer", schemaPath: "#/properties/data/items/properties/pointer/type", keyword: "type", params: { type: schema11.properties.data.items.properties.pointer.type }, message: "must be string,null" };
                if (vErrors === null) {
                  vErrors = [err56];
                } else {
                  vErrors.push(err56);
                }
                errors++;
              }
            }
            if (data21.kind !== void 0) {
              let data24 = data21.kind;
              if (!(data24 === "git" || data24 === "dvc-file" || data24 === "dvc-dir" || data24 === "lfs" || data24 === null)) {
                const err57 = { instancePath: instancePath + "/data/" + i2 + "/kind", schemaPath: "#/properties/data/items/properties/kind/enum", keyword: "enum", params: { allowedValues: schema11.properties.data.items.properties.kind.enum }, message: "must be equal to one of the allowed values" };
                if (vErrors === null) {
                  vErrors = [err57];
                } else {
                  vErrors.push(err57);
                }
                errors++;
              }
            }
            if (data21.hash !== void 0) {
              let data25 = data21.hash;
              if (typeof data25 !== "string" && data25 !== null) {
                const err58 = { instancePath: instancePath + "/data/" + i2 + "/hash", schemaPath: "#/properties/data/items/properties/hash/type", keyword: "type", params: { type: schema11.properties.data.items.properties.hash.type }, message: "must be string,null" };
                if (vErrors === null) {
                  vErrors = [err58];
                } else {
                  vErrors.push(err58);
                }
                errors++;
              }
            }
            if (data21.actual !== void 0) {
              let data26 = data21.actual;
              if (typeof data26 !== "string" && data26 !== null) {
                const err59 = { instancePath: instancePath + "/data/" + i2 + "/actual", schemaPath: "#/properties/data/items/properties/actual/type", keyword: "type", params: { type: schema11.properties.data.items.properties.actual.type }, message: "must be string,null" };
                if (vErrors === null) {
                  vErrors = [err59];
                } else {
                  vErrors.push(err59);
                }
                errors++;
              }
            }
            if (data21.status !== void 0) {
              let data27 = data21.status;
              if (!(data27 === "ok" || data27 === "modified" || data27 === "not-pulled" || data27 === "raw-blob" || data27 === "unversioned" || data27 === "missing")) {
                const err60 = { instancePath: instancePath + "/data/" + i2 + "/status", schemaPath: "#/properties/data/items/properties/status/enum", keyword: "enum", params: { allowedValues: schema11.properties.data.items.properties.status.enum }, message: "must be equal to one of the allowed values" };
                if (vErrors === null) {
                  vErrors = [err60];
                } else {
                  vErrors.push(err60);
                }
                errors++;
              }
            }
            if (data21.size !== void 0) {
              let data28 = data21.size;
              if (!(typeof data28 == "number" && (!(data28 % 1) && !isNaN(data28))) && data28 !== null) {
                const err61 = { instancePath: instancePath + "/data/" + i2 + "/size", schemaPath: "#/properties/data/items/properties/size/type", keyword: "type", params: { type: schema11.properties.data.items.properties.size.type }, message: "must be integer,null" };
                if (vErrors === null) {
                  vErrors = [err61];
                } else {
                  vErrors.push(err61);
                }
                errors++;
              }
              if (typeof data28 == "number") {
                if (data28 < 0 || isNaN(data28)) {
                  const err62 = { instancePath: instancePath + "/data/" + i2 + "/size", schemaPath: "#/properties/data/items/properties/size/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                  if (vErrors === null) {
                    vErrors = [err62];
                  } else {
                    vErrors.push(err62);
                  }
                  errors++;
                }
              }
            }
            if (data21.rows !== void 0) {
              let data29 = data21.rows;
              if (!(typeof data29 == "number" && (!(data29 % 1) && !isNaN(data29))) && data29 !== null) {
                const err63 = { instancePath: instancePath + "/data/" + i2 + "/rows", schemaPath: "#/properties/data/items/properties/rows/type", keyword: "type", params: { type: schema11.properties.data.items.properties.rows.type }, message: "must be integer,null" };
                if (vErrors === null) {
                  vErrors = [err63];
                } else {
                  vErrors.push(err63);
                }
                errors++;
              }
              if (typeof data29 == "number") {
                if (data29 < 0 || isNaN(data29)) {
                  const err64 = { instancePath: instancePath + "/data/" + i2 + "/rows", schemaPath: "#/properties/data/items/properties/rows/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
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
            const err65 = { instancePath: instancePath + "/data/" + i2, schemaPath: "#/properties/data/items/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err65];
            } else {
              vErrors.push(err65);
            }
            errors++;
          }
        }
      } else {
        const err66 = { instancePath: instancePath + "/data", schemaPath: "#/properties/data/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err66];
        } else {
          vErrors.push(err66);
        }
        errors++;
      }
    }
    if (data.config !== void 0) {
      let data30 = data.config;
      if (data30 && typeof data30 == "object" && !Array.isArray(data30)) {
        if (data30.path === void 0) {
          const err67 = { instancePath: instancePath + "/config", schemaPath: "#/properties/config/required", keyword: "required", params: { missingProperty: "path" }, message: "must have required property 'path'" };
          if (vErrors === null) {
            vErrors = [err67];
          } else {
            vErrors.push(err67);
          }
          errors++;
        }
        if (data30.digest === void 0) {
          const err68 = { instancePath: instancePath + "/config", schemaPath: "#/properties/config/required", keyword: "required", params: { missingProperty: "digest" }, message: "must have required property 'digest'" };
          if (vErrors === null) {
            vErrors = [err68];
          } else {
            vErrors.push(err68);
          }
          errors++;
        }
        if (data30.resolved === void 0) {
          const err69 = { instancePath: instancePath + "/config", schemaPath: "#/properties/config/required", keyword: "required", params: { missingProperty: "resolved" }, message: "must have required property 'resolved'" };
          if (vErrors === null) {
            vErrors = [err69];
          } else {
            vErrors.push(err69);
          }
          errors++;
        }
        if (data30.path !== void 0) {
          if (typeof data30.path !== "string") {
            const err70 = { instancePath: instancePath + "/config/path", schemaPath: "#/properties/config/properties/path/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err70];
            } else {
              vErrors.push(err70);
            }
            errors++;
          }
        }
        if (data30.digest !== void 0) {
          let data32 = data30.digest;
          if (typeof data32 === "string") {
            if (!pattern4.test(data32)) {
              const err71 = { instancePath: instancePath + "/config/digest", schemaPath: "#/properties/config/properties/digest/pattern", keyword: "pattern", params: { pattern: "^sha256:[0-9a-f]{64}$" }, message: 'must match pattern "^sha256:[0-9a-f]{64}$"' };
              if (vErrors === null) {
                vErrors = [err71];
              } else {
                vErrors.push(err71);
              }
              errors++;
            }
          } else {
            const err72 = { instancePath: instancePath + "/config/digest", schemaPath: "#/properties/config/properties/digest/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err72];
            } else {
              vErrors.push(err72);
            }
            errors++;
          }
        }
        if (data30.resolved !== void 0) {
          let data33 = data30.resolved;
          if (!(data33 && typeof data33 == "object" && !Array.isArray(data33))) {
            const err73 = { instancePath: instancePath + "/config/resolved", schemaPath: "#/properties/config/properties/resolved/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err73];
            } else {
              vErrors.push(err73);
            }
            errors++;
          }
        }
      } else {
        const err74 = { instancePath: instancePath + "/config", schemaPath: "#/properties/config/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err74];
        } else {
          vErrors.push(err74);
        }
        errors++;
      }
    }
    if (data.variant !== void 0) {
      let data34 = data.variant;
      if (data34 && typeof data34 == "object" && !Array.isArray(data34)) {
        if (data34.id === void 0) {
          const err75 = { instancePath: instancePath + "/variant", schemaPath: "#/properties/variant/required", keyword: "required", params: { missingProperty: "id" }, message: "must have required property 'id'" };
          if (vErrors === null) {
            vErrors = [err75];
          } else {
            vErrors.push(err75);
          }
          errors++;
        }
        if (data34.overrides === void 0) {
          const err76 = { instancePath: instancePath + "/variant", schemaPath: "#/properties/variant/required", keyword: "required", params: { missingProperty: "overrides" }, message: "must have required property 'overrides'" };
          if (vErrors === null) {
            vErrors = [err76];
          } else {
            vErrors.push(err76);
          }
          errors++;
        }
        if (data34.id !== void 0) {
          let data35 = data34.id;
          if (typeof data35 === "string") {
            if (!pattern5.test(data35)) {
              const err77 = { instancePath: instancePath + "/variant/id", schemaPath: "#/properties/variant/properties/id/pattern", keyword: "pattern", params: { pattern: "^v[0-9a-f]{8}$" }, message: 'must match pattern "^v[0-9a-f]{8}$"' };
              if (vErrors === null) {
                vErrors = [err77];
              } else {
                vErrors.push(err77);
              }
              errors++;
            }
          } else {
            const err78 = { instancePath: instancePath + "/variant/id", schemaPath: "#/properties/variant/properties/id/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err78];
            } else {
              vErrors.push(err78);
            }
            errors++;
          }
        }
        if (data34.overrides !== void 0) {
          let data36 = data34.overrides;
          if (!(data36 && typeof data36 == "object" && !Array.isArray(data36))) {
            const err79 = { instancePath: instancePath + "/variant/overrides", schemaPath: "#/properties/variant/properties/overrides/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err79];
            } else {
              vErrors.push(err79);
            }
            errors++;
          }
        }
      } else {
        const err80 = { instancePath: instancePath + "/variant", schemaPath: "#/properties/variant/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err80];
        } else {
          vErrors.push(err80);
        }
        errors++;
      }
    }
    if (data.task !== void 0) {
      let data37 = data.task;
      if (!(data37 === "binary" || data37 === "multiclass" || data37 === "regression")) {
        const err81 = { instancePath: instancePath + "/task", schemaPath: "#/properties/task/enum", keyword: "enum", params: { allowedValues: schema11.properties.task.enum }, message: "must be equal to one of the allowed values" };
        if (vErrors === null) {
          vErrors = [err81];
        } else {
          vErrors.push(err81);
        }
        errors++;
      }
    }
    if (data.label !== void 0) {
      if (typeof data.label !== "string") {
        const err82 = { instancePath: instancePath + "/label", schemaPath: "#/properties/label/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err82];
        } else {
          vErrors.push(err82);
        }
        errors++;
      }
    }
    if (data.classes !== void 0) {
      let data39 = data.classes;
      if (!Array.isArray(data39) && data39 !== null) {
        const err83 = { instancePath: instancePath + "/classes", schemaPath: "#/properties/classes/type", keyword: "type", params: { type: schema11.properties.classes.type }, message: "must be array,null" };
        if (vErrors === null) {
          vErrors = [err83];
        } else {
          vErrors.push(err83);
        }
        errors++;
      }
      if (Array.isArray(data39)) {
        const len3 = data39.length;
        for (let i3 = 0; i3 < len3; i3++) {
          if (typeof data39[i3] !== "string") {
            const err84 = { instancePath: instancePath + "/classes/" + i3, schemaPath: "#/properties/classes/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err84];
            } else {
              vErrors.push(err84);
            }
            errors++;
          }
        }
      }
    }
    if (data.training !== void 0) {
      let data41 = data.training;
      if (data41 && typeof data41 == "object" && !Array.isArray(data41)) {
        if (data41.seed === void 0) {
          const err85 = { instancePath: instancePath + "/training", schemaPath: "#/properties/training/required", keyword: "required", params: { missingProperty: "seed" }, message: "must have required property 'seed'" };
          if (vErrors === null) {
            vErrors = [err85];
          } else {
            vErrors.push(err85);
          }
          errors++;
        }
        if (data41.backend === void 0) {
          const err86 = { instancePath: instancePath + "/training", schemaPath: "#/properties/training/required", keyword: "required", params: { missingProperty: "backend" }, message: "must have required property 'backend'" };
          if (vErrors === null) {
            vErrors = [err86];
          } else {
            vErrors.push(err86);
          }
          errors++;
        }
        if (data41.backendVersion === void 0) {
          const err87 = { instancePath: instancePath + "/training", schemaPath: "#/properties/training/required", keyword: "required", params: { missingProperty: "backendVersion" }, message: "must have required property 'backendVersion'" };
          if (vErrors === null) {
            vErrors = [err87];
          } else {
            vErrors.push(err87);
          }
          errors++;
        }
        if (data41.tfjsVersion === void 0) {
          const err88 = { instancePath: instancePath + "/training", schemaPath: "#/properties/training/required", keyword: "required", params: { missingProperty: "tfjsVersion" }, message: "must have required property 'tfjsVersion'" };
          if (vErrors === null) {
            vErrors = [err88];
          } else {
            vErrors.push(err88);
          }
          errors++;
        }
        if (data41.simd === void 0) {
          const err89 = { instancePath: instancePath + "/training", schemaPath: "#/properties/training/required", keyword: "required", params: { missingProperty: "simd" }, message: "must have required property 'simd'" };
          if (vErrors === null) {
            vErrors = [err89];
          } else {
            vErrors.push(err89);
          }
          errors++;
        }
        if (data41.epochsRun === void 0) {
          const err90 = { instancePath: instancePath + "/training", schemaPath: "#/properties/training/required", keyword: "required", params: { missingProperty: "epochsRun" }, message: "must have required property 'epochsRun'" };
          if (vErrors === null) {
            vErrors = [err90];
          } else {
            vErrors.push(err90);
          }
          errors++;
        }
        if (data41.bestEpoch === void 0) {
          const err91 = { instancePath: instancePath + "/training", schemaPath: "#/properties/training/required", keyword: "required", params: { missingProperty: "bestEpoch" }, message: "must have required property 'bestEpoch'" };
          if (vErrors === null) {
            vErrors = [err91];
          } else {
            vErrors.push(err91);
          }
          errors++;
        }
        if (data41.stoppedEarly === void 0) {
          const err92 = { instancePath: instancePath + "/training", schemaPath: "#/properties/training/required", keyword: "required", params: { missingProperty: "stoppedEarly" }, message: "must have required property 'stoppedEarly'" };
          if (vErrors === null) {
            vErrors = [err92];
          } else {
            vErrors.push(err92);
          }
          errors++;
        }
        if (data41.history === void 0) {
          const err93 = { instancePath: instancePath + "/training", schemaPath: "#/properties/training/required", keyword: "required", params: { missingProperty: "history" }, message: "must have required property 'history'" };
          if (vErrors === null) {
            vErrors = [err93];
          } else {
            vErrors.push(err93);
          }
          errors++;
        }
        if (data41.seed !== void 0) {
          let data42 = data41.seed;
          if (!(typeof data42 == "number" && (!(data42 % 1) && !isNaN(data42)))) {
            const err94 = { instancePath: instancePath + "/training/seed", schemaPath: "#/properties/training/properties/seed/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
            if (vErrors === null) {
              vErrors = [err94];
            } else {
              vErrors.push(err94);
            }
            errors++;
          }
        }
        if (data41.backend !== void 0) {
          let data43 = data41.backend;
          if (!(data43 === "tensorflow" || data43 === "wasm" || data43 === "cpu")) {
            const err95 = { instancePath: instancePath + "/training/backend", schemaPath: "#/properties/training/properties/backend/enum", keyword: "enum", params: { allowedValues: schema11.properties.training.properties.backend.enum }, message: "must be equal to one of the allowed values" };
            if (vErrors === null) {
              vErrors = [err95];
            } else {
              vErrors.push(err95);
            }
            errors++;
          }
        }
        if (data41.backendVersion !== void 0) {
          if (typeof data41.backendVersion !== "string") {
            const err96 = { instancePath: instancePath + "/training/backendVersion", schemaPath: "#/properties/training/properties/backendVersion/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err96];
            } else {
              vErrors.push(err96);
            }
            errors++;
          }
        }
        if (data41.tfjsVersion !== void 0) {
          if (typeof data41.tfjsVersion !== "string") {
            const err97 = { instancePath: instancePath + "/training/tfjsVersion", schemaPath: "#/properties/training/properties/tfjsVersion/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err97];
            } else {
              vErrors.push(err97);
            }
            errors++;
          }
        }
        if (data41.simd !== void 0) {
          let data46 = data41.simd;
          if (typeof data46 !== "boolean" && data46 !== null) {
            const err98 = { instancePath: instancePath + "/training/simd", schemaPath: "#/properties/training/properties/simd/type", keyword: "type", params: { type: schema11.properties.training.properties.simd.type }, message: "must be boolean,null" };
            if (vErrors === null) {
              vErrors = [err98];
            } else {
              vErrors.push(err98);
            }
            errors++;
          }
        }
        if (data41.trainer !== void 0) {
          let data47 = data41.trainer;
          if (data47 && typeof data47 == "object" && !Array.isArray(data47)) {
            if (data47.name === void 0) {
              const err99 = { instancePath: instancePath + "/training/trainer", schemaPath: "#/properties/training/properties/trainer/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'" };
              if (vErrors === null) {
                vErrors = [err99];
              } else {
                vErrors.push(err99);
              }
              errors++;
            }
            if (data47.name !== void 0) {
              let data48 = data47.name;
              if (!(data48 === "dense" || data48 === "tfjs")) {
                const err100 = { instancePath: instancePath + "/training/trainer/name", schemaPath: "#/properties/training/properties/trainer/properties/name/enum", keyword: "enum", params: { allowedValues: schema11.properties.training.properties.trainer.properties.name.enum }, message: "must be equal to one of the allowed values" };
                if (vErrors === null) {
                  vErrors = [err100];
                } else {
                  vErrors.push(err100);
                }
                errors++;
              }
            }
            if (data47.shards !== void 0) {
              let data49 = data47.shards;
              if (!(typeof data49 == "number" && (!(data49 % 1) && !isNaN(data49)))) {
                const err101 = { instancePath: instancePath + "/training/trainer/shards", schemaPath: "#/properties/training/properties/trainer/properties/shards/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                if (vErrors === null) {
                  vErrors = [err101];
                } else {
                  vErrors.push(err101);
                }
                errors++;
              }
              if (typeof data49 == "number") {
                if (data49 < 1 || isNaN(data49)) {
                  const err102 = { instancePath: instancePath + "/training/trainer/shards", schemaPath: "#/properties/training/properties/trainer/properties/shards/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1" };
                  if (vErrors === null) {
                    vErrors = [err102];
                  } else {
                    vErrors.push(err102);
                  }
                  errors++;
                }
              }
            }
          } else {
            const err103 = { instancePath: instancePath + "/training/trainer", schemaPath: "#/properties/training/properties/trainer/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err103];
            } else {
              vErrors.push(err103);
            }
            errors++;
          }
        }
        if (data41.epochsRun !== void 0) {
          let data50 = data41.epochsRun;
          if (!(typeof data50 == "number" && (!(data50 % 1) && !isNaN(data50)))) {
            const err104 = { instancePath: instancePath + "/training/epochsRun", schemaPath: "#/properties/training/properties/epochsRun/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
            if (vErrors === null) {
              vErrors = [err104];
            } else {
              vErrors.push(err104);
            }
            errors++;
          }
          if (typeof data50 == "number") {
            if (data50 < 0 || isNaN(data50)) {
              const err105 = { instancePath: instancePath + "/training/epochsRun", schemaPath: "#/properties/training/properties/epochsRun/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
              if (vErrors === null) {
                vErrors = [err105];
              } else {
                vErrors.push(err105);
              }
              errors++;
            }
          }
        }
        if (data41.bestEpoch !== void 0) {
          let data51 = data41.bestEpoch;
          if (!(typeof data51 == "number" && (!(data51 % 1) && !isNaN(data51)))) {
            const err106 = { instancePath: instancePath + "/training/bestEpoch", schemaPath: "#/properties/training/properties/bestEpoch/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
            if (vErrors === null) {
              vErrors = [err106];
            } else {
              vErrors.push(err106);
            }
            errors++;
          }
          if (typeof data51 == "number") {
            if (data51 < 0 || isNaN(data51)) {
              const err107 = { instancePath: instancePath + "/training/bestEpoch", schemaPath: "#/properties/training/properties/bestEpoch/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
              if (vErrors === null) {
                vErrors = [err107];
              } else {
                vErrors.push(err107);
              }
              errors++;
            }
          }
        }
        if (data41.stoppedEarly !== void 0) {
          if (typeof data41.stoppedEarly !== "boolean") {
            const err108 = { instancePath: instancePath + "/training/stoppedEarly", schemaPath: "#/properties/training/properties/stoppedEarly/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
            if (vErrors === null) {
              vErrors = [err108];
            } else {
              vErrors.push(err108);
            }
            errors++;
          }
        }
        if (data41.history !== void 0) {
          let data53 = data41.history;
          if (Array.isArray(data53)) {
            const len4 = data53.length;
            for (let i4 = 0; i4 < len4; i4++) {
              let data54 = data53[i4];
              if (data54 && typeof data54 == "object" && !Array.isArray(data54)) {
                if (data54.epoch === void 0) {
                  const err109 = { instancePath: instancePath + "/training/history/" + i4, schemaPath: "#/properties/training/properties/history/items/required", keyword: "required", params: { missingProperty: "epoch" }, message: "must have required property 'epoch'" };
                  if (vErrors === null) {
                    vErrors = [err109];
                  } else {
                    vErrors.push(err109);
                  }
                  errors++;
                }
                if (data54.loss === void 0) {
                  const err110 = { instancePath: instancePath + "/training/history/" + i4, schemaPath: "#/properties/training/properties/history/items/required", keyword: "required", params: { missingProperty: "loss" }, message: "must have required property 'loss'" };
                  if (vErrors === null) {
                    vErrors = [err110];
                  } else {
                    vErrors.push(err110);
                  }
                  errors++;
                }
                if (data54.val_loss === void 0) {
                  const err111 = { instancePath: instancePath + "/training/history/" + i4, schemaPath: "#/properties/training/properties/history/items/required", keyword: "required", params: { missingProperty: "val_loss" }, message: "must have required property 'val_loss'" };
                  if (vErrors === null) {
                    vErrors = [err111];
                  } else {
                    vErrors.push(err111);
                  }
                  errors++;
                }
              } else {
                const err112 = { instancePath: instancePath + "/training/history/" + i4, schemaPath: "#/properties/training/properties/history/items/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                if (vErrors === null) {
                  vErrors = [err112];
                } else {
                  vErrors.push(err112);
                }
                errors++;
              }
            }
          } else {
            const err113 = { instancePath: instancePath + "/training/history", schemaPath: "#/properties/training/properties/history/type", keyword: "type", params: { type: "array" }, message: "must be array" };
            if (vErrors === null) {
              vErrors = [err113];
            } else {
              vErrors.push(err113);
            }
            errors++;
          }
        }
      } else {
        const err114 = { instancePath: instancePath + "/training", schemaPath: "#/properties/training/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err114];
        } else {
          vErrors.push(err114);
        }
        errors++;
      }
    }
    if (data.metrics !== void 0) {
      let data55 = data.metrics;
      if (!(data55 && typeof data55 == "object" && !Array.isArray(data55))) {
        const err115 = { instancePath: instancePath + "/metrics", schemaPath: "#/properties/metrics/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err115];
        } else {
          vErrors.push(err115);
        }
        errors++;
      }
    }
    if (data.gates !== void 0) {
      let data56 = data.gates;
      if (Array.isArray(data56)) {
        const len5 = data56.length;
        for (let i5 = 0; i5 < len5; i5++) {
          let data57 = data56[i5];
          if (data57 && typeof data57 == "object" && !Array.isArray(data57)) {
            if (data57.metric === void 0) {
              const err116 = { instancePath: instancePath + "/gates/" + i5, schemaPath: "#/properties/gates/items/required", keyword: "required", params: { missingProperty: "metric" }, message: "must have required property 'metric'" };
              if (vErrors === null) {
                vErrors = [err116];
              } else {
                vErrors.push(err116);
              }
              errors++;
            }
            if (data57.op === void 0) {
              const err117 = { instancePath: instancePath + "/gates/" + i5, schemaPath: "#/properties/gates/items/required", keyword: "required", params: { missingProperty: "op" }, message: "must have required property 'op'" };
              if (vErrors === null) {
                vErrors = [err117];
              } else {
                vErrors.push(err117);
              }
              errors++;
            }
            if (data57.threshold === void 0) {
              const err118 = { instancePath: instancePath + "/gates/" + i5, schemaPath: "#/properties/gates/items/required", keyword: "required", params: { missingProperty: "threshold" }, message: "must have required property 'threshold'" };
              if (vErrors === null) {
                vErrors = [err118];
              } else {
                vErrors.push(err118);
              }
              errors++;
            }
            if (data57.actual === void 0) {
              const err119 = { instancePath: instancePath + "/gates/" + i5, schemaPath: "#/properties/gates/items/required", keyword: "required", params: { missingProperty: "actual" }, message: "must have required property 'actual'" };
              if (vErrors === null) {
                vErrors = [err119];
              } else {
                vErrors.push(err119);
              }
              errors++;
            }
            if (data57.passed === void 0) {
              const err120 = { instancePath: instancePath + "/gates/" + i5, schemaPath: "#/properties/gates/items/required", keyword: "required", params: { missingProperty: "passed" }, message: "must have required property 'passed'" };
              if (vErrors === null) {
                vErrors = [err120];
              } else {
                vErrors.push(err120);
              }
              errors++;
            }
            if (data57.margin === void 0) {
              const err121 = { instancePath: instancePath + "/gates/" + i5, schemaPath: "#/properties/gates/items/required", keyword: "required", params: { missingProperty: "margin" }, message: "must have required property 'margin'" };
              if (vErrors === null) {
                vErrors = [err121];
              } else {
                vErrors.push(err121);
              }
              errors++;
            }
            if (data57.passed !== void 0) {
              if (typeof data57.passed !== "boolean") {
                const err122 = { instancePath: instancePath + "/gates/" + i5 + "/passed", schemaPath: "#/properties/gates/items/properties/passed/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
                if (vErrors === null) {
                  vErrors = [err122];
                } else {
                  vErrors.push(err122);
                }
                errors++;
              }
            }
          } else {
            const err123 = { instancePath: instancePath + "/gates/" + i5, schemaPath: "#/properties/gates/items/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err123];
            } else {
              vErrors.push(err123);
            }
            errors++;
          }
        }
      } else {
        const err124 = { instancePath: instancePath + "/gates", schemaPath: "#/properties/gates/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err124];
        } else {
          vErrors.push(err124);
        }
        errors++;
      }
    }
    if (data.gatesPassed !== void 0) {
      if (typeof data.gatesPassed !== "boolean") {
        const err125 = { instancePath: instancePath + "/gatesPassed", schemaPath: "#/properties/gatesPassed/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
        if (vErrors === null) {
          vErrors = [err125];
        } else {
          vErrors.push(err125);
        }
        errors++;
      }
    }
    if (data.environment !== void 0) {
      let data60 = data.environment;
      if (data60 && typeof data60 == "object" && !Array.isArray(data60)) {
        if (data60.node === void 0) {
          const err126 = { instancePath: instancePath + "/environment", schemaPath: "#/properties/environment/required", keyword: "required", params: { missingProperty: "node" }, message: "must have required property 'node'" };
          if (vErrors === null) {
            vErrors = [err126];
          } else {
            vErrors.push(err126);
          }
          errors++;
        }
        if (data60.platform === void 0) {
          const err127 = { instancePath: instancePath + "/environment", schemaPath: "#/properties/environment/required", keyword: "required", params: { missingProperty: "platform" }, message: "must have required property 'platform'" };
          if (vErrors === null) {
            vErrors = [err127];
          } else {
            vErrors.push(err127);
          }
          errors++;
        }
        if (data60.arch === void 0) {
          const err128 = { instancePath: instancePath + "/environment", schemaPath: "#/properties/environment/required", keyword: "required", params: { missingProperty: "arch" }, message: "must have required property 'arch'" };
          if (vErrors === null) {
            vErrors = [err128];
          } else {
            vErrors.push(err128);
          }
          errors++;
        }
        if (data60.dependencies === void 0) {
          const err129 = { instancePath: instancePath + "/environment", schemaPath: "#/properties/environment/required", keyword: "required", params: { missingProperty: "dependencies" }, message: "must have required property 'dependencies'" };
          if (vErrors === null) {
            vErrors = [err129];
          } else {
            vErrors.push(err129);
          }
          errors++;
        }
        if (data60.lockfileDigest === void 0) {
          const err130 = { instancePath: instancePath + "/environment", schemaPath: "#/properties/environment/required", keyword: "required", params: { missingProperty: "lockfileDigest" }, message: "must have required property 'lockfileDigest'" };
          if (vErrors === null) {
            vErrors = [err130];
          } else {
            vErrors.push(err130);
          }
          errors++;
        }
        if (data60.node !== void 0) {
          if (typeof data60.node !== "string") {
            const err131 = { instancePath: instancePath + "/environment/node", schemaPath: "#/properties/environment/properties/node/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err131];
            } else {
              vErrors.push(err131);
            }
            errors++;
          }
        }
        if (data60.platform !== void 0) {
          if (typeof data60.platform !== "string") {
            const err132 = { instancePath: instancePath + "/environment/platform", schemaPath: "#/properties/environment/properties/platform/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err132];
            } else {
              vErrors.push(err132);
            }
            errors++;
          }
        }
        if (data60.arch !== void 0) {
          if (typeof data60.arch !== "string") {
            const err133 = { instancePath: instancePath + "/environment/arch", schemaPath: "#/properties/environment/properties/arch/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err133];
            } else {
              vErrors.push(err133);
            }
            errors++;
          }
        }
        if (data60.dependencies !== void 0) {
          let data64 = data60.dependencies;
          if (data64 && typeof data64 == "object" && !Array.isArray(data64)) {
            for (const key0 in data64) {
              if (typeof data64[key0] !== "string") {
                const err134 = { instancePath: instancePath + "/environment/dependencies/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/environment/properties/dependencies/additionalProperties/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err134];
                } else {
                  vErrors.push(err134);
                }
                errors++;
              }
            }
          } else {
            const err135 = { instancePath: instancePath + "/environment/dependencies", schemaPath: "#/properties/environment/properties/dependencies/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err135];
            } else {
              vErrors.push(err135);
            }
            errors++;
          }
        }
        if (data60.lockfileDigest !== void 0) {
          let data66 = data60.lockfileDigest;
          if (typeof data66 === "string") {
            if (!pattern4.test(data66)) {
              const err136 = { instancePath: instancePath + "/environment/lockfileDigest", schemaPath: "#/properties/environment/properties/lockfileDigest/pattern", keyword: "pattern", params: { pattern: "^sha256:[0-9a-f]{64}$" }, message: 'must match pattern "^sha256:[0-9a-f]{64}$"' };
              if (vErrors === null) {
                vErrors = [err136];
              } else {
                vErrors.push(err136);
              }
              errors++;
            }
          } else {
            const err137 = { instancePath: instancePath + "/environment/lockfileDigest", schemaPath: "#/properties/environment/properties/lockfileDigest/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err137];
            } else {
              vErrors.push(err137);
            }
            errors++;
          }
        }
      } else {
        const err138 = { instancePath: instancePath + "/environment", schemaPath: "#/properties/environment/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err138];
        } else {
          vErrors.push(err138);
        }
        errors++;
      }
    }
    if (data.files !== void 0) {
      let data67 = data.files;
      if (data67 && typeof data67 == "object" && !Array.isArray(data67)) {
        for (const key1 in data67) {
          const _errs132 = errors;
          const _errs133 = errors;
          const _errs134 = errors;
          if (!(key1 === "metadata.json" || key1 === "MANIFEST.sha256")) {
            const err139 = {};
            if (vErrors === null) {
              vErrors = [err139];
            } else {
              vErrors.push(err139);
            }
            errors++;
          }
          var valid24 = _errs134 === errors;
          if (valid24) {
            const err140 = { instancePath: instancePath + "/files", schemaPath: "#/properties/files/propertyNames/not", keyword: "not", params: {}, message: "must NOT be valid", propertyName: key1 };
            if (vErrors === null) {
              vErrors = [err140];
            } else {
              vErrors.push(err140);
            }
            errors++;
          } else {
            errors = _errs133;
            if (vErrors !== null) {
              if (_errs133) {
                vErrors.length = _errs133;
              } else {
                vErrors = null;
              }
            }
          }
          var valid23 = _errs132 === errors;
          if (!valid23) {
            const err141 = { instancePath: instancePath + "/files", schemaPath: "#/properties/files/propertyNames", keyword: "propertyNames", params: { propertyName: key1 }, message: "property name must be valid" };
            if (vErrors === null) {
              vErrors = [err141];
            } else {
              vErrors.push(err141);
            }
            errors++;
          }
        }
        for (const key2 in data67) {
          let data68 = data67[key2];
          if (typeof data68 === "string") {
            if (!pattern4.test(data68)) {
              const err142 = { instancePath: instancePath + "/files/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/files/additionalProperties/pattern", keyword: "pattern", params: { pattern: "^sha256:[0-9a-f]{64}$" }, message: 'must match pattern "^sha256:[0-9a-f]{64}$"' };
              if (vErrors === null) {
                vErrors = [err142];
              } else {
                vErrors.push(err142);
              }
              errors++;
            }
          } else {
            const err143 = { instancePath: instancePath + "/files/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/files/additionalProperties/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err143];
            } else {
              vErrors.push(err143);
            }
            errors++;
          }
        }
      } else {
        const err144 = { instancePath: instancePath + "/files", schemaPath: "#/properties/files/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err144];
        } else {
          vErrors.push(err144);
        }
        errors++;
      }
    }
  } else {
    const err145 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err145];
    } else {
      vErrors.push(err145);
    }
    errors++;
  }
  validate10.errors = vErrors;
  return errors === 0;
}

// src/core/package/bom.ts
import { createHash } from "node:crypto";

// src/core/package/schemas.ts
var JSON_SCHEMA_DIALECT = "https://json-schema.org/draft/2020-12/schema";
var readable = (v) => String(Number(v.toPrecision(6)));
function describeInputs(p, profile) {
  return p.steps.map((step) => {
    const summary = profile?.columns[step.column]?.summary;
    const numeric = summary?.numeric;
    const range = numeric ? [numeric.min, numeric.max] : void 0;
    const median = numeric?.quantiles.p50;
    switch (step.kind) {
      case "numeric":
      case "bucketized":
        return {
          name: step.column,
          kind: step.kind,
          type: "number",
          ...range ? { range } : {},
          ...step.kind === "bucketized" ? { boundaries: [...step.boundaries] } : {},
          fill: step.fill,
          example: median ?? step.fill,
          missing: `replaced by ${readable(step.fill)}, the value fitted in training`
        };
      case "boolean":
        return {
          name: step.column,
          kind: "boolean",
          type: "boolean",
          fill: step.fill === 1,
          example: step.fill === 1,
          missing: `replaced by ${step.fill === 1 ? "true" : "false"}, the most frequent value in training`
        };
      case "categorical": {
        const top = summary?.top?.find((t) => step.vocabulary.includes(t.value))?.value;
        return {
          name: step.column,
          kind: "categorical",
          type: "string",
          categories: [...step.vocabulary],
          fill: step.fill,
          example: top ?? step.vocabulary[0] ?? step.fill,
          missing: step.fill === null ? "takes the slot for missing and unseen values (`<other>`), as in training" : `replaced by "${step.fill}", the value fitted in training`
        };
      }
    }
  });
}
function exampleRecord(fields) {
  return Object.fromEntries(fields.map((f) => [f.name, typeof f.example === "number" ? Number(f.example.toPrecision(4)) : f.example]));
}
function fieldSchema(f) {
  const missing = `Missing or null: ${f.missing}.`;
  switch (f.kind) {
    case "numeric":
    case "bucketized": {
      const seen = f.range ? ` Seen in training: ${readable(f.range[0])} to ${readable(f.range[1])}; values outside that range are accepted (the model extrapolates).` : "";
      const buckets = f.boundaries ? ` Bucketized at ${f.boundaries.map(readable).join(", ")}.` : "";
      return {
        type: ["number", "null"],
        description: `Number.${seen}${buckets} ${missing} The predictor also reads numeric text ("47.5"); any other text counts as missing.`,
        default: f.fill,
        ...f.range ? { examples: [...new Set(f.range)] } : {}
      };
    }
    case "boolean":
      return {
        type: ["boolean", "null"],
        description: `Boolean. ${missing} The predictor also reads 1/0, "true"/"false" and "yes"/"no"; anything else counts as missing.`,
        default: f.fill
      };
    case "categorical":
      return {
        type: ["string", "null"],
        enum: [...f.categories, null],
        description: `One of the ${f.categories.length} categories the model has a slot for. ${missing} A category not listed is refused by this schema; the predictor itself gives it the shared slot for unseen values (\`<other>\`).`,
        ...f.fill === null ? {} : { default: f.fill }
      };
  }
}
function inputSchema(name, p, fields) {
  return {
    $schema: JSON_SCHEMA_DIALECT,
    title: `${name}: one input record`,
    description: `The columns the model reads to predict "${p.label.column}". Every field may be missing: a missing or null value is filled as in training (see each field). Other fields (the label, ids) are allowed and ignored.`,
    type: "object",
    properties: Object.fromEntries(fields.map((f) => [f.name, fieldSchema(f)])),
    additionalProperties: true,
    examples: [exampleRecord(fields)]
  };
}
function outputMeaning(p, profile) {
  const { label } = p;
  if (label.task !== "regression") {
    return `the most probable class of "${label.column}" (\`label\`), and every class's probability (\`probabilities\`, summing to 1)`;
  }
  const seen = profile?.columns[label.column]?.summary.numeric;
  const range = seen ? `; training labels ranged from ${readable(seen.min)} to ${readable(seen.max)}` : "";
  return `the predicted "${label.column}" (\`value\`), in the label's own units (mean ${readable(label.shift ?? 0)}, standard deviation ${readable(label.scale ?? 1)} in training${range})`;
}
function outputSchema(name, p, profile) {
  const { label } = p;
  const common = {
    $schema: JSON_SCHEMA_DIALECT,
    title: `${name}: one prediction`,
    description: `What predictor.mjs returns for each record: ${outputMeaning(p, profile)}.`,
    type: "object"
  };
  if (label.task === "regression") {
    return {
      ...common,
      description: `${common.description} predict.mjs and \`model-build predict\` write the same number as \`prediction\`.`,
      required: ["value"],
      properties: { value: { type: "number", description: `predicted ${label.column}, in the label's own units` } },
      additionalProperties: false
    };
  }
  const classes = label.classes;
  return {
    ...common,
    required: ["label", "probabilities"],
    properties: {
      label: { enum: classes, description: `the class of ${label.column} with the highest probability` },
      probabilities: {
        type: "object",
        description: "every class with its probability, in the model's class order; they sum to 1",
        required: classes,
        properties: Object.fromEntries(classes.map((c) => [c, { type: "number", minimum: 0, maximum: 1 }])),
        additionalProperties: false
      }
    },
    additionalProperties: false
  };
}

// src/core/package/bom.ts
var BOM_FILE = "bom.cdx.json";
var BOM_SPEC_VERSION = "1.6";
var MODEL_PART_FILES = ["model/model.json", "model/weights.bin", "preprocessor.json"];
var UUID_NAMESPACE_URL = "6ba7b811-9dad-11d1-80b4-00c04fd430c8";
var sha256 = (b) => createHash("sha256").update(b).digest("hex");
var byName = (a, b) => compareBytes(a.name, b.name) || compareBytes(a.value, b.value);
var props = (entries) => entries.filter((e) => e[1] !== null && e[1] !== void 0).map(([name, value]) => ({ name, value: String(value) })).sort(byName);
function bomText(input) {
  return `${JSON.stringify(cycloneDxBom(input), null, 2)}
`;
}
function cycloneDxBom(input) {
  const { metadata: m } = input;
  const libraries = lockfileLibraries(input.files.get("package-lock.json"));
  const data = m.data.map(dataComponent);
  const model = modelComponent(input, data.map((d) => d["bom-ref"]));
  const modelRef = model["bom-ref"];
  const dependencies = [
    { ref: modelRef, dependsOn: libraries.direct },
    ...libraries.components.map((c) => ({ ref: c.ref, dependsOn: c.dependsOn })),
    ...data.map((d) => ({ ref: d["bom-ref"], dependsOn: [] }))
  ].map((d) => ({ ref: d.ref, ...d.dependsOn.length > 0 ? { dependsOn: [...d.dependsOn].sort(compareBytes) } : {} })).sort((a, b) => compareBytes(a.ref, b.ref));
  const components = [...libraries.components.map((c) => c.component), ...data].sort((a, b) => compareBytes(a["bom-ref"], b["bom-ref"]));
  const body = (serialNumber) => ({
    $schema: "http://cyclonedx.org/schema/bom-1.6.schema.json",
    bomFormat: "CycloneDX",
    specVersion: BOM_SPEC_VERSION,
    ...serialNumber ? { serialNumber } : {},
    version: 1,
    metadata: {
      timestamp: m.timestamp,
      lifecycles: [{ phase: "build" }],
      tools: {
        components: [
          { type: "application", name: m.createdBy.tool, version: m.createdBy.version }
        ]
      },
      component: model
    },
    components,
    dependencies
  });
  return body(`urn:uuid:${uuidV5(UUID_NAMESPACE_URL, `urn:sha256:${sha256(JSON.stringify(body()))}`)}`);
}
function modelComponent(input, datasetRefs) {
  const { metadata: m, files } = input;
  const version2 = m.version ?? m.code.commit.slice(0, 12);
  const topology = parseJson(files.get("model/model.json"));
  const arch = describeArchitecture(topology?.modelTopology);
  const parameters = countParameters(topology?.weightsManifest);
  const fields = input.preprocessor ? describeInputs(input.preprocessor, input.profile) : [];
  const parts = MODEL_PART_FILES.filter((f) => files.has(f)).map((f) => ({
    type: "file",
    "bom-ref": `file:${f}`,
    name: f,
    hashes: [{ alg: "SHA-256", content: sha256(files.get(f)) }]
  }));
  const repository = vcsUrl(m.code.repository);
  return {
    type: "machine-learning-model",
    "bom-ref": `model:${m.name}@${version2}`,
    name: m.name,
    version: version2,
    ...m.description ? { description: m.description } : {},
    ...repository ? { externalReferences: [{ type: "vcs", url: `${repository}#${m.code.commit}`, comment: `built from commit ${m.code.commit} (tree ${m.code.tree})${m.code.ref ? ` on ${m.code.ref}` : ""}` }] } : {},
    modelCard: {
      modelParameters: {
        approach: { type: "supervised" },
        task: m.task === "regression" ? "regression" : "classification",
        architectureFamily: arch.family,
        modelArchitecture: arch.description,
        ...datasetRefs.length > 0 ? { datasets: [...datasetRefs].sort(compareBytes).map((ref) => ({ ref })) } : {},
        ...fields.length > 0 ? { inputs: fields.map((f) => ({ format: inputFormat(f) })) } : {},
        outputs: outputFormats(m)
      },
      quantitativeAnalysis: {
        performanceMetrics: Object.entries(m.metrics).filter((e) => typeof e[1] === "number").sort((a, b) => compareBytes(a[0], b[0])).map(([type, value]) => ({ type, value: String(value), slice: "validation" }))
      },
      considerations: considerations(m, fields),
      properties: props([
        ["model-build:gates-passed", m.gatesPassed],
        ...m.gates.map((g) => ["model-build:gate", `${g.metric} ${g.op} ${g.threshold}: ${g.passed ? "passed" : "failed"} (validation ${g.metric} ${g.actual})`])
      ])
    },
    properties: props([
      ["model-build:task", m.task],
      ["model-build:label", m.label],
      ["model-build:classes", m.classes ? JSON.stringify(m.classes) : null],
      ["model-build:parameters", parameters],
      ["model-build:seed", m.training.seed],
      ["model-build:backend", m.training.backend],
      ["model-build:backend-version", m.training.backendVersion],
      ["model-build:tfjs-version", m.training.tfjsVersion],
      ["model-build:simd", m.training.simd],
      ["model-build:epochs-run", m.training.epochsRun],
      ["model-build:best-epoch", m.training.bestEpoch],
      ["model-build:code:repository", m.code.repository],
      ["model-build:code:commit", m.code.commit],
      ["model-build:code:tree", m.code.tree],
      ["model-build:code:ref", m.code.ref],
      ["model-build:dirty", m.dirty ?? m.code.dirty],
      ["model-build:config:path", m.config.path],
      ["model-build:config:digest", m.config.digest],
      ["model-build:variant", m.variant?.id],
      ["model-build:variant:overrides", m.variant ? JSON.stringify(m.variant.overrides) : null],
      ["model-build:environment:node", m.environment.node],
      ["model-build:environment:platform", m.environment.platform],
      ["model-build:environment:arch", m.environment.arch],
      ["model-build:environment:lockfile-digest", m.environment.lockfileDigest]
    ]),
    ...parts.length > 0 ? { components: parts } : {}
  };
}
function dataComponent(d) {
  const read = d.actual !== void 0 ? d.actual : d.hash;
  const identity = digestIdentity(read);
  const versionedBy = d.kind === null ? "not versioned" : d.kind === "git" ? "git" : d.kind === "lfs" ? "Git LFS" : "DVC";
  return {
    type: "data",
    "bom-ref": `data:${d.path}`,
    name: d.path,
    description: `data read by the build, versioned by ${versionedBy}${d.pointer && d.pointer !== d.path ? ` (${d.pointer})` : ""}`,
    ...identity,
    data: [{ type: "dataset", name: d.path }],
    properties: props([
      ["model-build:data:kind", d.kind],
      ["model-build:data:pointer", d.pointer],
      ["model-build:data:recorded-digest", d.hash],
      ["model-build:data:read-digest", read],
      ["model-build:data:status", d.status],
      ["model-build:data:size", d.size],
      ["model-build:data:rows", d.rows]
    ])
  };
}
function digestIdentity(digest) {
  const m = digest ? /^([a-z0-9-]+):([0-9a-f]+)$/.exec(digest) : null;
  if (!m) return {};
  const [, kind, hex] = m;
  if (kind === "md5" && hex.length === 32) return { hashes: [{ alg: "MD5", content: hex }] };
  if (kind === "sha256" && hex.length === 64) return { hashes: [{ alg: "SHA-256", content: hex }] };
  if (kind === "git" && hex.length === 40) return { omniborId: [`gitoid:blob:sha1:${hex}`], swhid: [`swh:1:cnt:${hex}`] };
  if (kind === "git" && hex.length === 64) return { omniborId: [`gitoid:blob:sha256:${hex}`] };
  return {};
}
function lockfileLibraries(lockBytes) {
  const lock = parseJson(lockBytes);
  const packages = lock?.packages ?? {};
  const purlAt = /* @__PURE__ */ new Map();
  const byPurl = /* @__PURE__ */ new Map();
  for (const [at, p] of Object.entries(packages)) {
    if (at === "" || !p.version) continue;
    const name = at.slice(at.lastIndexOf("node_modules/") + "node_modules/".length);
    const purl = npmPurl(name, p.version);
    purlAt.set(at, purl);
    if (byPurl.has(purl)) continue;
    const scope = name.startsWith("@") ? name.slice(0, name.indexOf("/")) : void 0;
    const hashes = integrityHashes(p.integrity);
    byPurl.set(purl, {
      ref: purl,
      dependsOn: [],
      component: {
        type: "library",
        "bom-ref": purl,
        ...scope ? { group: scope } : {},
        name: scope ? name.slice(scope.length + 1) : name,
        version: p.version,
        ...hashes.length > 0 ? { hashes } : {},
        ...p.license ? { licenses: licenseChoice(p.license) } : {},
        purl
      }
    });
  }
  const resolve = (from, dep) => {
    for (let base = from; ; ) {
      const hit = purlAt.get(`${base ? `${base}/` : ""}node_modules/${dep}`);
      if (hit) return hit;
      if (base === "") return void 0;
      const up = base.lastIndexOf("/node_modules/");
      base = up < 0 ? "" : base.slice(0, up);
    }
  };
  for (const [at, p] of Object.entries(packages)) {
    const lib = at === "" ? void 0 : byPurl.get(purlAt.get(at) ?? "");
    if (!lib) continue;
    for (const dep of Object.keys({ ...p.dependencies, ...p.optionalDependencies })) {
      const target = resolve(at, dep);
      if (target && target !== lib.ref && !lib.dependsOn.includes(target)) lib.dependsOn.push(target);
    }
  }
  const root = packages[""];
  const direct = Object.keys({ ...root?.dependencies, ...root?.optionalDependencies }).map((d) => resolve("", d)).filter((r) => r !== void 0);
  return { components: [...byPurl.values()], direct: [...new Set(direct)] };
}
function npmPurl(name, version2) {
  const enc = (s) => encodeURIComponent(s).replace(/%3A/g, ":");
  const lower = name.toLowerCase();
  const slash = lower.startsWith("@") ? lower.indexOf("/") : -1;
  const path2 = slash > 0 ? `${enc(lower.slice(0, slash))}/${enc(lower.slice(slash + 1))}` : enc(lower);
  return `pkg:npm/${path2}@${enc(version2).replace(/%2B/g, "+")}`;
}
function integrityHashes(integrity) {
  const algs = { sha1: "SHA-1", sha256: "SHA-256", sha384: "SHA-384", sha512: "SHA-512" };
  const out = [];
  for (const part of (integrity ?? "").split(/\s+/)) {
    const m = /^(sha1|sha256|sha384|sha512)-([A-Za-z0-9+/]+={0,2})$/.exec(part);
    if (!m) continue;
    const alg = algs[m[1]];
    const content = Buffer.from(m[2], "base64").toString("hex");
    if (!out.some((h) => h.alg === alg)) out.push({ alg, content });
  }
  return out.sort((a, b) => compareBytes(a.alg, b.alg));
}
function licenseChoice(license) {
  const tokens = license.trim().split(/\s+/);
  const spdxLike = tokens.every((t) => /^(AND|OR|WITH)$/.test(t) || /^\(*[A-Za-z0-9][A-Za-z0-9.+-]*\)*$/.test(t)) && !/^(SEE|UNLICENSED)$/i.test(tokens[0] ?? "");
  return spdxLike ? [{ expression: license.trim() }] : [{ license: { name: license } }];
}
function vcsUrl(remote) {
  if (!remote) return null;
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(remote)) return remote;
  const scp = /^([^@/:]+@)?([^/:]+):(?!\/\/)(.+)$/.exec(remote);
  if (scp && !/^[a-z]:[\\/]/i.test(remote)) return `ssh://${scp[1] ?? ""}${scp[2]}/${scp[3].replace(/^\//, "")}`;
  if (remote.startsWith("/")) return `file://${remote.split("/").map(encodeURIComponent).join("/")}`;
  return null;
}
function describeArchitecture(topology) {
  const t = topology;
  const layers = (Array.isArray(t?.config) ? t?.config : t?.config?.layers) ?? [];
  if (layers.length === 0) return { family: "neural network", description: "TensorFlow.js layers model" };
  const kinds = layers.map((l) => l.class_name ?? "Layer");
  const family = kinds.every((k) => ["Dense", "Dropout", "InputLayer", "Activation", "BatchNormalization"].includes(k)) ? "multilayer perceptron" : kinds.some((k) => /^Conv/.test(k)) ? "convolutional neural network" : kinds.some((k) => /^(LSTM|GRU|SimpleRNN|Bidirectional)$/.test(k)) ? "recurrent neural network" : "neural network";
  const width = layers.map((l) => l.config?.batch_input_shape).find((s) => Array.isArray(s))?.[1];
  const steps = layers.filter((l) => l.class_name !== "InputLayer").map((l) => {
    const c = l.config ?? {};
    if (l.class_name === "Dense") return `Dense(${c.units ?? "?"}${c.activation ? `, ${c.activation}` : ""})`;
    if (l.class_name === "Dropout") return `Dropout(${c.rate ?? "?"})`;
    return l.class_name ?? "Layer";
  });
  const head = typeof width === "number" ? [`${width} inputs`] : [];
  return { family, description: `${t?.class_name ?? "Model"}: ${[...head, ...steps].join(" \u2192 ")}` };
}
function countParameters(manifest) {
  if (!Array.isArray(manifest)) return null;
  let n = 0;
  for (const group of manifest) {
    for (const w of group.weights ?? []) n += (w.shape ?? []).reduce((a, b) => a * b, 1);
  }
  return n;
}
function inputFormat(f) {
  switch (f.kind) {
    case "categorical": {
      const c = f.categories ?? [];
      return `${f.name}: string, one of ${c.length <= 30 ? c.join(", ") : `${c.length} categories (see input.schema.json)`}`;
    }
    case "bucketized":
      return `${f.name}: number, bucketized at ${(f.boundaries ?? []).map(readable).join(", ")}`;
    default:
      return `${f.name}: ${f.type}`;
  }
}
function outputFormats(m) {
  if (m.task === "regression") return [{ format: `value: number, the predicted ${m.label}` }];
  const classes = m.classes ?? [];
  return [
    { format: `label: string, the most probable ${m.label}${classes.length > 0 && classes.length <= 30 ? `: one of ${classes.join(", ")}` : ""}` },
    { format: `probabilities: object, each class of ${m.label} with its probability (they sum to 1)` }
  ];
}
function considerations(m, fields) {
  const limitations = [];
  if (m.dirty) limitations.push(`Not a clean build (forced with --allow-dirty); it cannot be reproduced from the recorded versions: ${(m.problems ?? []).join("; ") || "the working tree was dirty"}`);
  for (const f of fields) {
    if (f.range) limitations.push(`${f.name} ranged from ${readable(f.range[0])} to ${readable(f.range[1])} in training; outside that range the model extrapolates`);
    if (f.kind === "categorical") limitations.push(`${f.name}: categories not seen in training, and missing values, share one slot`);
  }
  limitations.push(
    `Trained and evaluated with TensorFlow.js ${m.training.tfjsVersion} on the ${m.training.backend} backend; other backends may give slightly different numbers`
  );
  return {
    ...m.intendedUse ? { useCases: [m.intendedUse] } : {},
    technicalLimitations: limitations
  };
}
function uuidV5(namespace, name) {
  const ns = Buffer.from(namespace.replace(/-/g, ""), "hex");
  const b = createHash("sha1").update(ns).update(name, "utf8").digest().subarray(0, 16);
  b[6] = b[6] & 15 | 80;
  b[8] = b[8] & 63 | 128;
  const h = b.toString("hex");
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}
function parseJson(bytes) {
  if (!bytes) return void 0;
  try {
    return JSON.parse(bytes.toString("utf8"));
  } catch {
    return void 0;
  }
}

// src/core/package/modelCard.ts
var fmt = (v) => Number.isInteger(v) ? String(v) : v.toFixed(4);
function modelCard(m, io) {
  const lines = [`# Model card: ${m.name}${m.version ? ` ${m.version}` : ""}`, ""];
  if (m.dirty) {
    lines.push(
      "> **Warning: not a clean build.** It was forced with `--allow-dirty`; it cannot be reproduced from the recorded versions.",
      ...(m.problems ?? []).map((p) => `> - ${p}`),
      ""
    );
  }
  if (m.description) lines.push(m.description, "");
  lines.push("## Intended use", "", m.intendedUse ?? "_Not stated: set `intendedUse` in the config._", "");
  lines.push(
    "## Model",
    "",
    `- Task: ${m.task}, predicting \`${m.label}\`${m.classes ? ` (classes: ${m.classes.join(", ")})` : ""}`,
    m.training.trainer?.name === "dense" ? `- Trained by model-build's dense trainer (${m.training.trainer.shards} shards per batch: the same weights on any CPU and core count), seed ${m.training.seed}; initialized, saved and validated with TensorFlow.js ${m.training.tfjsVersion} on the ${m.training.backend} backend` : `- Trained with TensorFlow.js ${m.training.tfjsVersion} on the ${m.training.backend} backend, seed ${m.training.seed}`,
    `- ${m.training.epochsRun} epochs${m.training.stoppedEarly ? `, stopped early; weights from epoch ${m.training.bestEpoch}` : ""}`,
    "",
    "## Versions",
    "",
    `- Code: commit \`${m.code.commit}\` (tree \`${m.code.tree}\`)${m.code.ref ? ` on \`${m.code.ref}\`` : ""}${m.code.dirty ? " \u2014 **built from a dirty working tree**" : ""}`,
    `- Config: \`${m.config.path}\` (${m.config.digest})${m.variant ? `, sweep variant \`${m.variant.id}\`: ${Object.entries(m.variant.overrides).map(([k, v]) => `\`${k}\` = \`${JSON.stringify(v)}\``).join(", ")}` : ""}`,
    "",
    "| data | versioned by | hash | size | rows |",
    "| --- | --- | --- | --- | --- |",
    ...m.data.map((d) => {
      const differs = d.actual !== void 0 && d.actual !== d.hash;
      const hash = `\`${d.hash ?? "\u2014"}\`${differs ? ` \u2014 **read ${d.actual ? `\`${d.actual}\`` : "unknown bytes"} (${d.status ?? "modified"})**` : ""}`;
      return `| \`${d.path}\` | ${d.kind ?? "not versioned"}${d.pointer && d.pointer !== d.path ? ` (\`${d.pointer}\`)` : ""} | ${hash} | ${d.size ?? "\u2014"} | ${d.rows ?? "\u2014"} |`;
    }),
    "",
    "## Validation metrics",
    "",
    "| metric | value |",
    "| --- | --- |",
    ...Object.entries(m.metrics).filter((e) => typeof e[1] === "number").map(([k, v]) => `| ${k} | ${fmt(v)} |`),
    ""
  );
  if (m.gates.length > 0) {
    lines.push("## Gates", "", "| gate | result | value |", "| --- | --- | --- |");
    for (const g of m.gates) lines.push(`| ${g.metric} ${g.op} ${g.threshold} | ${g.passed ? "passed" : "**failed**"} | ${fmt(g.actual)} |`);
    lines.push("");
  }
  if (m.training.history.length > 0) {
    lines.push("## Training curve", "", trainingChart(m.training.history), "", "Lines: training loss, then validation loss.", "");
  }
  if (io) lines.push(...usage(m, io));
  lines.push(
    "## Running it",
    "",
    "```sh",
    "npm ci",
    "node predict.mjs < records.jsonl > predictions.jsonl",
    "```",
    "",
    "`sha256sum -c MANIFEST.sha256` verifies every file of this package.",
    ""
  );
  return lines.join("\n");
}
function trainingChart(history) {
  return [
    "```mermaid",
    "xychart-beta",
    '  title "loss per epoch"',
    `  x-axis [${history.map((e) => e.epoch).join(", ")}]`,
    '  y-axis "loss"',
    `  line [${history.map((e) => fmt(e.loss)).join(", ")}]`,
    `  line [${history.map((e) => fmt(e.val_loss)).join(", ")}]`,
    "```"
  ].join("\n");
}
var cell = (s) => s.replace(/\|/g, "\\|");
function seenCell(f) {
  if (f.categories) {
    const shown = f.categories.slice(0, 30).map((c) => `\`${cell(c)}\``);
    return `${shown.join(", ")}${f.categories.length > 30 ? `, \u2026 (${f.categories.length} in all, see input.schema.json)` : ""}`;
  }
  const range = f.range ? `${readable(f.range[0])} to ${readable(f.range[1])}` : "\u2014";
  return f.boundaries ? `${range}; buckets cut at ${f.boundaries.map(readable).join(", ")}` : range;
}
function usage(m, io) {
  const fields = describeInputs(io.preprocessor, io.profile);
  const record = JSON.stringify(exampleRecord(fields));
  const tfjs = m.environment.dependencies["@tensorflow/tfjs"] ?? "latest";
  return [
    "## Inputs",
    "",
    `One record is a JSON object with these fields (\`input.schema.json\` is its JSON Schema). Every field may be missing; other fields are ignored. Values outside the training range are accepted. Categories not seen in training are refused by the schema; the predictor gives them the slot for unseen values.`,
    "",
    "| field | type | seen in training | missing or null \u2192 |",
    "| --- | --- | --- | --- |",
    ...fields.map((f) => `| \`${cell(f.name)}\` | ${f.kind === "categorical" ? "category (text)" : f.kind === "bucketized" ? "number (bucketized)" : f.type} | ${seenCell(f)} | ${cell(f.missing)} |`),
    "",
    "## Outputs",
    "",
    `Per record, ${outputMeaning(io.preprocessor, io.profile)}. \`output.schema.json\` is its JSON Schema.`,
    "",
    "## Use it in a browser",
    "",
    `Unpack the package, run \`npm ci\` in it (TensorFlow.js ${tfjs} lands in \`node_modules/\`), save this page as \`index.html\` beside \`predictor.mjs\`, serve the folder with any static server (\`python3 -m http.server\`) and open it. Without \`npm ci\`, point the import map at \`https://cdn.jsdelivr.net/npm/@tensorflow/tfjs@${tfjs}/dist/tf.fesm.min.js\`.`,
    "",
    "```html",
    "<!doctype html>",
    '<meta charset="utf-8">',
    '<script type="importmap">',
    '  { "imports": { "@tensorflow/tfjs": "./node_modules/@tensorflow/tfjs/dist/tf.fesm.min.js" } }',
    "</script>",
    '<pre id="predictions">loading\u2026</pre>',
    '<script type="module">',
    "  import { loadPredictor } from './predictor.mjs';",
    "  const predictor = await loadPredictor(new URL('./', import.meta.url));",
    // `<` escaped: a value holding `</script>` must not end the script element.
    `  const records = [${record.replace(/</g, "\\u003c")}];`,
    "  document.getElementById('predictions').textContent = JSON.stringify(predictor.predict(records), null, 2);",
    "</script>",
    "```",
    "",
    "## Use it in Node",
    "",
    "In the unpacked package, `npm ci`, then save this as `example.mjs` and run `node example.mjs`:",
    "",
    "```js",
    "import { readFile } from 'node:fs/promises';",
    "import { loadPredictor } from './predictor.mjs';",
    "const predictor = await loadPredictor((file) => readFile(new URL(file, import.meta.url)));",
    `console.log(JSON.stringify(predictor.predict([${record}])));`,
    "predictor.dispose();",
    "```",
    "",
    '`predictor.mjs` has no Node built-ins: it runs in browsers, Node, Deno, Bun and Web Workers (types: `predictor.d.mts`). `loadPredictor` takes the package folder\'s URL, a function that reads a file of the package, or the files themselves (`{ "preprocessor.json", "model/model.json", "model/weights.bin" }`); pass `{ tf }` to run on another TensorFlow.js (e.g. `@tensorflow/tfjs-node`). It uses TensorFlow.js\'s current backend: numbers can differ from training\'s in the last digits.',
    "",
    "## Use it over HTTP",
    "",
    `With model-build installed (Node 20+; see its README), serve this package's \`.zip\` as it is (every digest is verified before the model loads) on \`http://127.0.0.1:8080\`, this machine only (\`--host\`, \`--port\` to change):`,
    "",
    "```sh",
    `npx model-build serve ${m.name}-*.zip`,
    "```",
    "",
    "and from another terminal:",
    "",
    "```sh",
    // Single-quoted for the shell: a quote in a value is closed, escaped and reopened.
    `curl -s http://127.0.0.1:8080/predict -H 'content-type: application/json' -d '[${record.replace(/'/g, "'\\''")}]'`,
    "```",
    "",
    'The answer is `{"predictions": [...]}`, one per record as in Outputs (`Accept: application/x-ndjson` gives JSON Lines). `POST /predict` also reads JSON Lines (`application/x-ndjson`) and CSV (`text/csv`, with a header row); a record that does not match `input.schema.json` is answered 400 naming the record, the field and what it takes. `GET /schema` returns both schemas, `GET /metadata` this package\'s `metadata.json`, `GET /health` 200 once the model is loaded. SIGTERM finishes the requests in flight, then stops.',
    ""
  ];
}

// src/core/package/zip.ts
import { closeSync, fstatSync, fsyncSync, openSync, readSync, renameSync, rmSync, writeSync } from "node:fs";
import { deflateRawSync, inflateRawSync } from "node:zlib";
var ZIP_DEFAULT_LIMITS = {
  maxTotalBytes: 2 * 1024 ** 3,
  maxEntryBytes: 1024 ** 3,
  maxRatio: 200,
  maxEntries: 1e4,
  // 10 000 entries with names of a few KiB each; model-build's own is a few KiB.
  maxCentralDirectoryBytes: 64 * 1024 ** 2
};
var RATIO_EXEMPT_BYTES = 1024 * 1024;
var SIG_LOCAL = 67324752;
var SIG_CENTRAL = 33639248;
var SIG_EOCD = 101010256;
var SIG_ZIP64_LOCATOR = 117853008;
var SIG_DATA_DESCRIPTOR = 134695760;
var ZIP64_LOCATOR_SIZE = 20;
var EOCD_SIZE = 22;
var LOCAL_SIZE = 30;
var CENTRAL_SIZE = 46;
var EOCD_SEARCH = EOCD_SIZE + 65535;
var U32_MAX = 4294967295;
var U16_MAX = 65535;
var FLAG_ENCRYPTED = 1;
var FLAG_DATA_DESCRIPTOR = 8;
var FLAG_STRONG_ENCRYPTION = 64;
var FLAG_UTF8 = 2048;
var HOST_UNIX = 3;
var VERSION_MADE_BY = HOST_UNIX << 8 | 20;
var S_IFMT = 61440;
var S_IFREG = 32768;
var S_IFDIR = 16384;
var S_IFLNK = 40960;
var EXTRA_ZIP64 = 1;
var EXTRA_UNICODE_PATH = 28789;
var CRC_TABLE = (() => {
  const table = new Int32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 3988292384 ^ c >>> 1 : c >>> 1;
    table[n] = c;
  }
  return table;
})();
function crc32(data, crc = 0) {
  let c = ~crc;
  for (let i = 0; i < data.length; i++) c = CRC_TABLE[(c ^ data[i]) & 255] ^ c >>> 8;
  return ~c >>> 0;
}
function unsafeName(name) {
  if (name === "") return "is empty";
  if (name.includes("\0")) return "contains a NUL byte";
  if (/[\x01-\x1f\x7f]/.test(name)) return "contains a control character";
  if (name.includes("\\")) return "contains a backslash (a path separator on Windows)";
  if (name.startsWith("/")) return "is an absolute path";
  if (/^[A-Za-z]:/.test(name)) return "starts with a drive letter";
  for (const segment of name.split("/")) {
    if (segment === "") return "has an empty path segment";
    if (segment === "..") return 'has a ".." path segment (zip-slip)';
    if (/^[. ]+$/.test(segment)) return "has a path segment made only of dots or spaces";
  }
  return null;
}
var show = (name) => JSON.stringify(name);
var entryLabel = (name) => `zip entry ${show(name)}`;
var foldKey = (name) => name.normalize("NFC").toLowerCase().normalize("NFC");
function checkCollisions(entries, fail) {
  const hint = "extracting would silently overwrite one of the entries; give every file a distinct name (ignoring case)";
  const exact = /* @__PURE__ */ new Map();
  const nfc = /* @__PURE__ */ new Map();
  const folded = /* @__PURE__ */ new Map();
  const files = /* @__PURE__ */ new Map();
  const folders = /* @__PURE__ */ new Map();
  for (const { name, folder } of entries) {
    const full = folder ? `${name}/` : name;
    const seen = exact.get(full);
    if (seen !== void 0) fail(`${entryLabel(full)}: duplicate name`, hint);
    exact.set(full, full);
    const n = `${name.normalize("NFC")}${folder ? "/" : ""}`;
    const sameNfc = nfc.get(n);
    if (sameNfc !== void 0) fail(`${entryLabel(full)}: collides with ${show(sameNfc)} after Unicode normalization (NFC)`, hint);
    nfc.set(n, full);
    const f = `${foldKey(name)}${folder ? "/" : ""}`;
    const sameFold = folded.get(f);
    if (sameFold !== void 0) fail(`${entryLabel(full)}: collides with ${show(sameFold)} on case-insensitive file systems`, hint);
    folded.set(f, full);
    const key = foldKey(name);
    if (!folder) files.set(key, full);
    const parts = name.split("/");
    for (let i = 1; i <= parts.length - (folder ? 0 : 1); i++) {
      const prefix = foldKey(parts.slice(0, i).join("/"));
      if (!folders.has(prefix)) folders.set(prefix, full);
    }
  }
  for (const [key, file] of files) {
    const other = folders.get(key);
    if (other !== void 0) fail(`${entryLabel(file)}: is a file, but ${show(other)} needs a folder at the same path`, hint);
  }
}
var DOS_MIN = Date.UTC(1980, 0, 1, 0, 0, 0);
var DOS_MAX = Date.UTC(2107, 11, 31, 23, 59, 58);
function toDosDateTime(mtime) {
  const ms = Math.min(DOS_MAX, Math.max(DOS_MIN, Math.floor(mtime) * 1e3));
  const d = new Date(ms);
  return {
    time: d.getUTCHours() << 11 | d.getUTCMinutes() << 5 | d.getUTCSeconds() >> 1,
    date: d.getUTCFullYear() - 1980 << 9 | d.getUTCMonth() + 1 << 5 | d.getUTCDate()
  };
}
function fromDosDateTime(time, date) {
  const ms = Date.UTC(
    1980 + (date >>> 9),
    (date >>> 5 & 15) - 1,
    date & 31,
    time >>> 11,
    time >>> 5 & 63,
    (time & 31) * 2
  );
  return Math.floor(ms / 1e3);
}
function writeFail(message, hint) {
  throw new ModelBuildError("PACKAGE_INVALID", `cannot write zip: ${message}`, { hint });
}
function writeZip(entries, options) {
  const level = options.level ?? 9;
  if (!Number.isInteger(level) || level < 0 || level > 9) {
    writeFail(`compression level ${String(level)} is not an integer from 0 to 9`, "pass a level from 0 (store) to 9 (smallest)");
  }
  if (typeof options.mtime !== "number" || !Number.isFinite(options.mtime)) {
    writeFail(`mtime ${String(options.mtime)} is not a number of seconds`, "pass seconds since the epoch, e.g. SOURCE_DATE_EPOCH");
  }
  if (entries.length > U16_MAX) {
    writeFail(`${entries.length} entries; zip without ZIP64 holds at most ${U16_MAX}`, "package fewer files, e.g. by bundling small ones");
  }
  const nameHint = 'package file names must be relative paths with "/" separators and no "." or ".." segments';
  const prepared = entries.map((entry) => {
    const { name, data } = entry;
    if (typeof name !== "string") writeFail(`entry name ${String(name)} is not a string`, nameHint);
    const nameBytes = Buffer.from(name, "utf8");
    if (nameBytes.toString("utf8") !== name) writeFail(`${entryLabel(name)}: unsafe name: is not valid Unicode`, nameHint);
    if (name.endsWith("/")) writeFail(`${entryLabel(name)}: unsafe name: ends in "/" (folder entries are not written)`, nameHint);
    const reason = unsafeName(name);
    if (reason) writeFail(`${entryLabel(name)}: unsafe name: ${reason}`, nameHint);
    if (nameBytes.length > U16_MAX) writeFail(`${entryLabel(name)}: name is longer than ${U16_MAX} bytes`, nameHint);
    if (!(data instanceof Uint8Array)) writeFail(`${entryLabel(name)}: data is not a Buffer`, "pass file contents as a Buffer");
    if (data.length > U32_MAX) {
      writeFail(`${entryLabel(name)}: ${data.length} bytes; zip without ZIP64 holds at most ${U32_MAX} per entry`, "package smaller files");
    }
    return { name, nameBytes, data, executable: entry.executable === true };
  });
  prepared.sort((a, b) => Buffer.compare(a.nameBytes, b.nameBytes));
  checkCollisions(
    prepared.map(({ name }) => ({ name, folder: false })),
    (message, hint) => writeFail(message, hint)
  );
  const { time, date } = toDosDateTime(options.mtime);
  const parts = [];
  const central = [];
  let offset = 0;
  const archiveTooBig = () => writeFail(`the archive would exceed ${U32_MAX} bytes; ZIP64 is not supported`, "package fewer or smaller files");
  for (const entry of prepared) {
    const crc = crc32(entry.data);
    let method = 0;
    let stored = entry.data;
    if (level > 0 && entry.data.length > 0) {
      const deflated = deflateRawSync(entry.data, { level });
      if (deflated.length < entry.data.length) {
        method = 8;
        stored = deflated;
      }
    }
    const versionNeeded = method === 8 ? 20 : 10;
    const local = Buffer.alloc(LOCAL_SIZE);
    local.writeUInt32LE(SIG_LOCAL, 0);
    local.writeUInt16LE(versionNeeded, 4);
    local.writeUInt16LE(FLAG_UTF8, 6);
    local.writeUInt16LE(method, 8);
    local.writeUInt16LE(time, 10);
    local.writeUInt16LE(date, 12);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(stored.length, 18);
    local.writeUInt32LE(entry.data.length, 22);
    local.writeUInt16LE(entry.nameBytes.length, 26);
    local.writeUInt16LE(0, 28);
    const mode = entry.executable ? 33261 : 33188;
    const header = Buffer.alloc(CENTRAL_SIZE);
    header.writeUInt32LE(SIG_CENTRAL, 0);
    header.writeUInt16LE(VERSION_MADE_BY, 4);
    header.writeUInt16LE(versionNeeded, 6);
    header.writeUInt16LE(FLAG_UTF8, 8);
    header.writeUInt16LE(method, 10);
    header.writeUInt16LE(time, 12);
    header.writeUInt16LE(date, 14);
    header.writeUInt32LE(crc, 16);
    header.writeUInt32LE(stored.length, 20);
    header.writeUInt32LE(entry.data.length, 24);
    header.writeUInt16LE(entry.nameBytes.length, 28);
    header.writeUInt32LE(mode << 16 >>> 0, 38);
    header.writeUInt32LE(offset, 42);
    parts.push(local, entry.nameBytes, stored);
    central.push(header, entry.nameBytes);
    offset += LOCAL_SIZE + entry.nameBytes.length + stored.length;
    if (offset > U32_MAX) archiveTooBig();
  }
  const centralSize = central.reduce((sum, b) => sum + b.length, 0);
  if (offset + centralSize + EOCD_SIZE > U32_MAX) archiveTooBig();
  const eocd = Buffer.alloc(EOCD_SIZE);
  eocd.writeUInt32LE(SIG_EOCD, 0);
  eocd.writeUInt16LE(prepared.length, 8);
  eocd.writeUInt16LE(prepared.length, 10);
  eocd.writeUInt32LE(centralSize, 12);
  eocd.writeUInt32LE(offset, 16);
  return Buffer.concat([...parts, ...central, eocd]);
}
var HINT_BROKEN = "the file is not a complete zip archive: copy or download it again";
var HINT_UNSUPPORTED = "recreate the archive with model-build (or `zip -X`) without ZIP64, encryption, splitting or unusual compression";
var HINT_UNSAFE = "the archive may be malicious: do not extract it with other tools; recreate it from trusted files";
var HINT_TAMPERED = "the archive is corrupt or was modified after it was written: obtain a fresh copy";
var limitHint = (option) => `if the archive is trusted, raise the ${option} option; otherwise it may be a zip bomb`;
function extraFields(extra) {
  const fields = [];
  let p = 0;
  while (p + 4 <= extra.length) {
    const id = extra.readUInt16LE(p);
    const size = extra.readUInt16LE(p + 2);
    if (p + 4 + size > extra.length) break;
    fields.push({ id, data: extra.subarray(p + 4, p + 4 + size) });
    p += 4 + size;
  }
  return fields;
}
var utf8 = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });
var utf8Lenient = new TextDecoder("utf-8", { ignoreBOM: true });
function bufferSource(buf) {
  return { size: buf.length, read: (offset, length) => buf.subarray(offset, offset + length) };
}
var ZipFile = class {
  size;
  bytesRead = 0;
  fd;
  /** Opens `file`, which the caller has checked is a regular file. */
  constructor(file) {
    const fd = openSync(file, "r");
    try {
      const st = fstatSync(fd);
      if (!st.isFile()) throw new Error("not a regular file");
      this.size = st.size;
    } catch (e) {
      closeSync(fd);
      throw e;
    }
    this.fd = fd;
  }
  read(offset, length) {
    if (this.fd === void 0) throw new Error("the archive is closed");
    const out = Buffer.alloc(length);
    let got = 0;
    while (got < length) {
      const n = readSync(this.fd, out, got, length - got, offset + got);
      if (n === 0) throw new Error(`the file ends at ${offset + got} bytes (it changed while being read)`);
      got += n;
    }
    this.bytesRead += got;
    return out;
  }
  close() {
    if (this.fd !== void 0) closeSync(this.fd);
    this.fd = void 0;
  }
};
var asSource = (input) => Buffer.isBuffer(input) ? bufferSource(input) : input;
function parse(input, options) {
  const source = options.display;
  const limits = { ...ZIP_DEFAULT_LIMITS, ...definedOnly(options) };
  const fail = (message, hint) => {
    throw new ModelBuildError("PACKAGE_INVALID", message, { hint, file: source });
  };
  if (!Buffer.isBuffer(input) && (typeof input !== "object" || input === null || typeof input.read !== "function")) {
    fail("not a zip archive: expected a Buffer", "pass the archive bytes as a Buffer");
  }
  const src = asSource(input);
  const size = src.size;
  if (size < EOCD_SIZE) fail(`not a zip archive: only ${size} bytes`, HINT_BROKEN);
  const tailStart = Math.max(0, size - EOCD_SEARCH - ZIP64_LOCATOR_SIZE);
  const tail = src.read(tailStart, size - tailStart);
  let at = -1;
  for (let i = tail.length - EOCD_SIZE; i >= Math.max(0, tail.length - EOCD_SEARCH); i--) {
    if (tail.readUInt32LE(i) === SIG_EOCD && i + EOCD_SIZE + tail.readUInt16LE(i + 20) === tail.length) {
      at = i;
      break;
    }
  }
  if (at < 0) fail("not a zip archive (or truncated): no end-of-central-directory record", HINT_BROKEN);
  const eocd = tailStart + at;
  const disk = tail.readUInt16LE(at + 4);
  const cdDisk = tail.readUInt16LE(at + 6);
  const onDisk = tail.readUInt16LE(at + 8);
  const total = tail.readUInt16LE(at + 10);
  const cdSize = tail.readUInt32LE(at + 12);
  const cdOffset = tail.readUInt32LE(at + 16);
  if (at >= ZIP64_LOCATOR_SIZE && tail.readUInt32LE(at - ZIP64_LOCATOR_SIZE) === SIG_ZIP64_LOCATOR || total === U16_MAX || onDisk === U16_MAX || cdSize === U32_MAX || cdOffset === U32_MAX) {
    fail("ZIP64 archives are not supported", HINT_UNSUPPORTED);
  }
  if (disk !== 0 || cdDisk !== 0 || onDisk !== total) fail("multi-disk (split) zip archives are not supported", HINT_UNSUPPORTED);
  if (total > limits.maxEntries) {
    fail(`zip archive has ${total} entries, more than the limit of ${limits.maxEntries}`, limitHint("maxEntries"));
  }
  const cdEnd = cdOffset + cdSize;
  if (cdEnd > eocd) {
    fail(`zip central directory out of bounds (offset ${cdOffset}, ${cdSize} bytes, but the record list ends at ${eocd})`, HINT_BROKEN);
  }
  if (cdSize > limits.maxCentralDirectoryBytes) {
    fail(`zip central directory is ${cdSize} bytes, more than the limit of ${limits.maxCentralDirectoryBytes}`, limitHint("maxCentralDirectoryBytes"));
  }
  if (cdEnd < eocd && prependedBy(src, eocd - cdEnd, cdOffset, cdSize)) {
    fail(`${eocd - cdEnd} bytes before the first zip entry (prepended data: the file may be a script or program with a zip archive appended)`, HINT_UNSAFE);
  }
  const cd = src.read(cdOffset, cdSize);
  const parsed = [];
  let totalBytes = 0;
  let totalCompressed = 0;
  let q = 0;
  for (let k = 0; k < total; k++) {
    const p = cdOffset + q;
    if (q + CENTRAL_SIZE > cdSize) fail(`zip central directory is truncated at entry ${k + 1} of ${total}`, HINT_BROKEN);
    if (cd.readUInt32LE(q) !== SIG_CENTRAL) {
      fail(`zip central directory is corrupt: no entry header at offset ${p} (entry ${k + 1} of ${total})`, HINT_BROKEN);
    }
    const flags = cd.readUInt16LE(q + 8);
    const method = cd.readUInt16LE(q + 10);
    const time = cd.readUInt16LE(q + 12);
    const date = cd.readUInt16LE(q + 14);
    const crc = cd.readUInt32LE(q + 16);
    const compressedSize = cd.readUInt32LE(q + 20);
    const size2 = cd.readUInt32LE(q + 24);
    const nameLength = cd.readUInt16LE(q + 28);
    const extraLength = cd.readUInt16LE(q + 30);
    const commentLength = cd.readUInt16LE(q + 32);
    const diskStart = cd.readUInt16LE(q + 34);
    const external = cd.readUInt32LE(q + 38);
    const start = cd.readUInt32LE(q + 42);
    const next = q + CENTRAL_SIZE + nameLength + extraLength + commentLength;
    if (next > cdSize) fail(`zip central directory is truncated at entry ${k + 1} of ${total}`, HINT_BROKEN);
    const nameBytes = cd.subarray(q + CENTRAL_SIZE, q + CENTRAL_SIZE + nameLength);
    const extras = extraFields(cd.subarray(q + CENTRAL_SIZE + nameLength, q + CENTRAL_SIZE + nameLength + extraLength));
    q = next;
    const raw = utf8Lenient.decode(nameBytes);
    const label = entryLabel(raw);
    if (compressedSize === U32_MAX || size2 === U32_MAX || start === U32_MAX || extras.some((f) => f.id === EXTRA_ZIP64)) {
      fail(`${label}: ZIP64 entries are not supported`, HINT_UNSUPPORTED);
    }
    if (diskStart !== 0) fail(`${label}: starts on disk ${diskStart}; multi-disk archives are not supported`, HINT_UNSUPPORTED);
    if (flags & (FLAG_ENCRYPTED | FLAG_STRONG_ENCRYPTION)) fail(`${label}: encrypted entries are not supported`, HINT_UNSUPPORTED);
    if (method !== 0 && method !== 8) {
      fail(`${label}: compression method ${method} is not supported (only 0 = stored and 8 = deflate)`, HINT_UNSUPPORTED);
    }
    let name;
    try {
      name = utf8.decode(nameBytes);
    } catch {
      return fail(`${label}: unsafe name: is not valid UTF-8`, HINT_UNSAFE);
    }
    const folder = name.endsWith("/") && name.length > 1;
    const bare = folder ? name.slice(0, -1) : name;
    const reason = unsafeName(bare);
    if (reason) fail(`${label}: unsafe name: ${reason}`, HINT_UNSAFE);
    checkUnicodePath(extras, nameBytes, name, label, fail);
    const unixMode = external >>> 16;
    const type = unixMode & S_IFMT;
    if (type === S_IFLNK) fail(`${label}: is a symbolic link`, HINT_UNSAFE);
    if (type !== 0 && type !== S_IFREG && type !== S_IFDIR) {
      fail(`${label}: is a special file (mode 0o${unixMode.toString(8)})`, HINT_UNSAFE);
    }
    if (type === S_IFDIR && !folder) fail(`${label}: is marked as a folder but its name does not end in "/"`, HINT_UNSAFE);
    if (folder && size2 !== 0) fail(`${label}: is a folder entry with ${size2} bytes of data`, HINT_UNSAFE);
    const mode = unixMode & 511 || 420;
    if (method === 0 && compressedSize !== size2) {
      fail(`${label}: stored entry is ${compressedSize} bytes but declares ${size2} uncompressed`, HINT_TAMPERED);
    }
    if (size2 > limits.maxEntryBytes) {
      fail(`${label}: declares ${size2} bytes, more than the per-entry limit of ${limits.maxEntryBytes}`, limitHint("maxEntryBytes"));
    }
    if (size2 > RATIO_EXEMPT_BYTES && size2 > compressedSize * limits.maxRatio) {
      const ratio = compressedSize === 0 ? "infinite" : `${Math.round(size2 / compressedSize)}:1`;
      fail(`${label}: compression ratio ${ratio} is over the limit of ${limits.maxRatio}:1`, limitHint("maxRatio"));
    }
    if (compressedSize > limits.maxEntryBytes) {
      fail(`${label}: declares ${compressedSize} compressed bytes, more than the per-entry limit of ${limits.maxEntryBytes}`, limitHint("maxEntryBytes"));
    }
    totalCompressed += compressedSize;
    if (totalCompressed > limits.maxTotalBytes) {
      fail(`zip archive declares more than ${limits.maxTotalBytes} compressed bytes in total (at ${label})`, limitHint("maxTotalBytes"));
    }
    totalBytes += size2;
    if (totalBytes > limits.maxTotalBytes) {
      fail(`zip archive declares more than ${limits.maxTotalBytes} uncompressed bytes in total (at ${label})`, limitHint("maxTotalBytes"));
    }
    if (start + LOCAL_SIZE > cdOffset) fail(`${label}: local header out of bounds (offset ${start})`, HINT_BROKEN);
    const local = src.read(start, LOCAL_SIZE);
    if (local.readUInt32LE(0) !== SIG_LOCAL) fail(`${label}: no local header at offset ${start}`, HINT_BROKEN);
    const localFlags = local.readUInt16LE(6);
    const localMethod = local.readUInt16LE(8);
    const localCrc = local.readUInt32LE(14);
    const localCompressed = local.readUInt32LE(18);
    const localSize = local.readUInt32LE(22);
    const localNameLength = local.readUInt16LE(26);
    const localExtraLength = local.readUInt16LE(28);
    const dataStart = start + LOCAL_SIZE + localNameLength + localExtraLength;
    if (dataStart > cdOffset) fail(`${label}: local header out of bounds (offset ${start}, ends at ${dataStart})`, HINT_BROKEN);
    const localTail = src.read(start + LOCAL_SIZE, localNameLength + localExtraLength);
    const localName = localTail.subarray(0, localNameLength);
    if (!localName.equals(nameBytes)) {
      fail(`${label}: local header names ${show(utf8Lenient.decode(localName))} instead`, HINT_UNSAFE);
    }
    const localExtras = extraFields(localTail.subarray(localNameLength));
    if (localExtras.some((f) => f.id === EXTRA_ZIP64)) fail(`${label}: ZIP64 entries are not supported (local header)`, HINT_UNSUPPORTED);
    checkUnicodePath(localExtras, nameBytes, name, label, fail);
    if (localFlags & (FLAG_ENCRYPTED | FLAG_STRONG_ENCRYPTION)) {
      fail(`${label}: encrypted entries are not supported (local header)`, HINT_UNSUPPORTED);
    }
    if (localMethod !== method) {
      fail(`${label}: local header says compression method ${localMethod}, the central directory ${method}`, HINT_TAMPERED);
    }
    const deferred = (localFlags & FLAG_DATA_DESCRIPTOR) !== 0;
    const agrees = (localValue, central) => localValue === central || deferred && localValue === 0;
    if (!agrees(localCrc, crc)) fail(`${label}: local header CRC-32 disagrees with the central directory`, HINT_TAMPERED);
    if (!agrees(localCompressed, compressedSize) || !agrees(localSize, size2)) {
      fail(`${label}: local header sizes disagree with the central directory`, HINT_TAMPERED);
    }
    const dataEnd = dataStart + compressedSize;
    if (dataEnd > cdOffset) fail(`${label}: data out of bounds (${compressedSize} bytes at offset ${dataStart})`, HINT_BROKEN);
    parsed.push({
      name: folder ? name : bare,
      size: size2,
      compressedSize,
      method,
      crc32: crc,
      mode,
      mtime: fromDosDateTime(time, date),
      folder,
      start,
      dataStart,
      dataEnd,
      deferred
    });
  }
  if (q !== cdSize) fail(`zip central directory size (${cdSize} bytes) disagrees with its ${total} entries`, HINT_BROKEN);
  checkCollisions(
    parsed.map((e) => ({ name: e.folder ? e.name.slice(0, -1) : e.name, folder: e.folder })),
    (message) => fail(message, HINT_UNSAFE)
  );
  const byStart = [...parsed].sort((a, b) => a.start - b.start);
  for (let i = 1; i < byStart.length; i++) {
    const prev = byStart[i - 1];
    const cur = byStart[i];
    if (cur.start < prev.dataEnd) fail(`${entryLabel(cur.name)}: overlaps entry ${show(prev.name)}`, HINT_UNSAFE);
  }
  checkNoHiddenBytes(src, byStart, cdOffset, cdEnd, eocd, fail);
  return parsed;
}
function prependedBy(src, delta, cdOffset, cdSize) {
  const at = cdOffset + delta;
  if (cdSize < CENTRAL_SIZE || src.read(at, 4).readUInt32LE(0) !== SIG_CENTRAL) return false;
  if (src.read(cdOffset, 4).readUInt32LE(0) === SIG_CENTRAL) return false;
  const local = src.read(at + 42, 4).readUInt32LE(0) + delta;
  return local + 4 <= at && src.read(local, 4).readUInt32LE(0) === SIG_LOCAL;
}
function checkNoHiddenBytes(src, byStart, cdOffset, cdEnd, eocd, fail) {
  const first = byStart[0]?.start ?? cdOffset;
  if (first > 0) {
    fail(
      `${first} bytes before the first zip ${byStart.length > 0 ? "entry" : "structure"} (prepended data: the file may be a script or program with a zip archive appended)`,
      HINT_UNSAFE
    );
  }
  for (let i = 0; i < byStart.length; i++) {
    const e = byStart[i];
    const next = i + 1 < byStart.length ? byStart[i + 1].start : cdOffset;
    const gap = next - e.dataEnd;
    if (gap === 0) continue;
    if (e.deferred && (gap === 12 || gap === 16)) {
      const d = src.read(e.dataEnd, gap);
      const o = gap === 16 ? 4 : 0;
      const signed = gap === 12 || d.readUInt32LE(0) === SIG_DATA_DESCRIPTOR;
      if (signed && d.readUInt32LE(o) === e.crc32 && d.readUInt32LE(o + 4) === e.compressedSize && d.readUInt32LE(o + 8) === e.size) continue;
      fail(`${entryLabel(e.name)}: its data descriptor disagrees with the central directory`, HINT_TAMPERED);
    }
    const where = i + 1 < byStart.length ? `before ${entryLabel(byStart[i + 1].name)}` : "before the central directory";
    fail(`${gap} unexplained bytes after ${entryLabel(e.name)}, ${where}`, HINT_UNSAFE);
  }
  if (cdEnd !== eocd) fail(`${eocd - cdEnd} unexplained bytes between the zip central directory and its end record`, HINT_UNSAFE);
}
function checkUnicodePath(extras, nameBytes, name, label, fail) {
  for (const { id, data } of extras) {
    if (id !== EXTRA_UNICODE_PATH || data.length < 5) continue;
    if (data.readUInt32LE(1) !== crc32(nameBytes)) continue;
    if (!data.subarray(5).equals(Buffer.from(name, "utf8"))) {
      fail(`${label}: Unicode path field names ${show(utf8Lenient.decode(data.subarray(5)))} instead`, HINT_UNSAFE);
    }
  }
}
function definedOnly(options) {
  const out = {};
  for (const key of Object.keys(ZIP_DEFAULT_LIMITS)) {
    const value = options[key];
    if (value !== void 0) out[key] = value;
  }
  return out;
}
function guarded(source, run) {
  try {
    return run();
  } catch (e) {
    if (ModelBuildError.is(e)) throw e;
    throw new ModelBuildError("PACKAGE_INVALID", `zip archive is malformed: ${e.message}`, {
      hint: HINT_BROKEN,
      file: source,
      cause: e
    });
  }
}
function readZip(input, options = {}) {
  return guarded(options.display, () => {
    const fail = (message, hint) => {
      throw new ModelBuildError("PACKAGE_INVALID", message, { hint, file: options.display });
    };
    const src = asSource(input);
    const parsed = parse(src, options).filter((e) => !e.folder);
    options.accept?.(parsed.map(({ name, size, compressedSize, method, crc32: crc, mode, mtime }) => ({ name, size, compressedSize, method, crc32: crc, mode, mtime })));
    const out = [];
    for (const entry of parsed) {
      const label = entryLabel(entry.name);
      const raw = src.read(entry.dataStart, entry.dataEnd - entry.dataStart);
      let data;
      if (entry.method === 0) {
        data = Buffer.from(raw);
      } else {
        try {
          data = inflateRawSync(raw, { maxOutputLength: entry.size + 1 });
        } catch (e) {
          const code = e.code;
          if (code === "ERR_BUFFER_TOO_LARGE") fail(`${label}: inflates to more than its declared ${entry.size} bytes`, HINT_UNSAFE);
          return fail(`${label}: compressed data is corrupt (${e.message})`, HINT_TAMPERED);
        }
      }
      if (data.length !== entry.size) {
        fail(`${label}: inflates to ${data.length} bytes, but declares ${entry.size}`, HINT_TAMPERED);
      }
      if (crc32(data) !== entry.crc32) fail(`${label}: CRC-32 mismatch (the data is corrupt or was tampered with)`, HINT_TAMPERED);
      out.push({ name: entry.name, data, mode: entry.mode, mtime: entry.mtime });
    }
    return out;
  });
}

// src/core/package/writePackage.ts
var sha2562 = (b) => createHash2("sha256").update(b).digest("hex");
var json = (v) => `${JSON.stringify(v, null, 2)}
`;
function packageFiles(input) {
  const { loaded, check, result, name } = input;
  const git = check.git;
  if (!git) throw new ModelBuildError("INTERNAL", "cannot package a build without a git commit");
  const config = loaded.config;
  const problems = [...input.problems ?? []];
  const runtimeLock = JSON.parse(readFileSync(ownFile("dist/package/runtime-lock.json"), "utf8"));
  const pkgName = `${name.toLowerCase().replace(/[^a-z0-9._-]/g, "-")}-model`;
  const pkgVersion = config.version && /^\d+\.\d+\.\d+/.test(config.version) ? config.version : "0.0.0";
  const packageJson = {
    name: pkgName,
    version: pkgVersion,
    private: true,
    description: `${name}: a model built by model-build. Run: npm ci && node predict.mjs < records.jsonl; or import { loadPredictor } from predictor.mjs (see MODEL_CARD.md)`,
    type: "module",
    main: "predict.mjs",
    scripts: { predict: "node predict.mjs" },
    engines: { node: ">=20" },
    dependencies: runtimeLock.dependencies
  };
  const lockfile = {
    name: pkgName,
    version: pkgVersion,
    lockfileVersion: 3,
    requires: true,
    packages: { "": { name: pkgName, version: pkgVersion, dependencies: runtimeLock.dependencies, engines: { node: ">=20" } }, ...runtimeLock.packages }
  };
  const files = /* @__PURE__ */ new Map([
    ["model/model.json", Buffer.from(json(input.model.modelJson))],
    ["model/weights.bin", input.model.weights],
    ["preprocessor.json", Buffer.from(preprocessorJson(input.preprocessor))],
    ["metrics.json", Buffer.from(json(result))],
    ["profile.json", Buffer.from(json(input.profile))],
    ["package.json", Buffer.from(json(packageJson))],
    ["package-lock.json", Buffer.from(json(lockfile))],
    ["predict.mjs", readFileSync(ownFile("dist/package/predict.mjs"))],
    ["predictor.mjs", readFileSync(ownFile("dist/package/predictor.mjs"))],
    ["predictor.d.mts", readFileSync(ownFile("dist/package/predictor.d.mts"))],
    ["input.schema.json", Buffer.from(json(inputSchema(name, input.preprocessor, describeInputs(input.preprocessor, input.profile))))],
    ["output.schema.json", Buffer.from(json(outputSchema(name, input.preprocessor, input.profile)))]
  ]);
  const realRoot = resolveReal(git.root).real;
  const realRel = (abs) => toPosix(path.relative(realRoot, resolveReal(abs).real));
  const dataPaths = loaded.dataPaths.map((d) => realRel(d.path));
  const readsIt = (p) => dataPaths.some((d) => p === d || p.startsWith(`${d}/`) || d.startsWith(`${p}/`));
  const rowsByRel = new Map([...input.rows].map(([abs, n]) => [realRel(abs), n]));
  const metadata = {
    format: METADATA_FORMAT,
    name,
    version: config.version ?? null,
    description: config.description ?? null,
    intendedUse: config.intendedUse ?? null,
    timestamp: new Date(input.mtime * 1e3).toISOString().replace(".000Z", "Z"),
    createdBy: { tool: "model-build", version: ownVersion() },
    dirty: git.dirty || problems.length > 0,
    problems,
    code: {
      repository: git.remote,
      commit: git.commit,
      tree: git.tree,
      ref: input.ref !== void 0 ? input.ref : git.ref,
      dirty: git.dirty,
      dirtyPaths: git.dirtyPaths.map((d) => d.path)
    },
    data: check.data.filter((d) => readsIt(d.path)).map((d) => ({
      path: d.path,
      pointer: d.pointer,
      kind: d.kind,
      hash: d.expected,
      // What was read: the pointer's digest only when the check proved the bytes match it.
      actual: input.actual?.get(d.path) ?? (d.status === "ok" ? d.expected : d.actual),
      status: d.status,
      size: d.size.expected ?? d.size.actual,
      rows: rowsByRel.get(d.path) ?? null
    })),
    config: { path: toPosix(path.relative(git.root, loaded.file)), digest: loaded.digest, resolved: config },
    ...loaded.variant ? { variant: { id: loaded.variant.id, overrides: loaded.variant.overrides } } : {},
    task: result.task,
    label: result.label,
    classes: result.classes ?? null,
    training: {
      seed: result.seed,
      backend: result.runtime.backend,
      backendVersion: result.runtime.backendVersion,
      tfjsVersion: result.runtime.tfjsVersion,
      simd: result.runtime.simd,
      trainer: result.trainer,
      epochsRun: result.epochsRun,
      bestEpoch: result.bestEpoch,
      stoppedEarly: result.stoppedEarly,
      history: result.history
    },
    metrics: result.metrics,
    gates: result.gates,
    gatesPassed: result.gatesPassed,
    environment: {
      node: process.versions.node,
      platform: process.platform,
      arch: process.arch,
      dependencies: runtimeLock.dependencies,
      lockfileDigest: `sha256:${sha2562(files.get("package-lock.json"))}`
    },
    files: {}
  };
  files.set("MODEL_CARD.md", Buffer.from(modelCard(metadata, { preprocessor: input.preprocessor, profile: input.profile })));
  files.set(BOM_FILE, Buffer.from(bomText({ metadata, files, preprocessor: input.preprocessor, profile: input.profile })));
  metadata.files = Object.fromEntries([...files.keys()].sort(compareBytes).map((f) => [f, `sha256:${sha2562(files.get(f))}`]));
  validateMetadata(metadata, "metadata.json (as written)");
  files.set("metadata.json", Buffer.from(json(metadata)));
  const manifest = [...files.keys()].sort(compareBytes).map((f) => `${sha2562(files.get(f))}  ${f}
`).join("");
  files.set("MANIFEST.sha256", Buffer.from(manifest));
  return { files, metadata };
}
function archiveName(metadata) {
  return `${metadata.name}${metadata.variant ? `-${metadata.variant.id}` : ""}-${metadata.code.commit.slice(0, 12)}${metadata.dirty ? "-dirty" : ""}.zip`;
}
function archivePackage(input, outDir) {
  const { files, metadata } = packageFiles(input);
  const bytes = writeZip(
    [...files].map(([name, data]) => ({ name, data })),
    { mtime: input.mtime, level: input.level ?? 9 }
  );
  return {
    bytes,
    pkg: {
      archive: path.join(outDir, archiveName(metadata)),
      digest: `sha256:${sha2562(bytes)}`,
      contentDigest: `sha256:${sha2562(files.get("MANIFEST.sha256"))}`,
      metadata,
      files: [...files.keys()].sort(compareBytes)
    }
  };
}
var metadataValidator = metadataValidator_default;
function validateMetadata(value, where) {
  if (!metadataValidator(value)) {
    const e = metadataValidator.errors ?? [];
    throw new ModelBuildError("PACKAGE_INVALID", `${where} does not match the metadata schema: ${e.map((x) => `${x.instancePath || "/"} ${x.message}`).join("; ")}`, {
      hint: "the package is damaged or was not written by model-build"
    });
  }
}
var version;
function ownVersion() {
  version ??= JSON.parse(readFileSync(ownFile("package.json"), "utf8")).version;
  return version;
}

// src/core/package/readPackage.ts
var PACKAGE_JSON_LIMITS = {
  // The resolved config, digests and metrics: kilobytes in practice.
  "metadata.json": 16 * 1024 ** 2,
  // Sketches per column (up to ~30 KiB each) for up to 10 000 columns.
  "profile.json": 256 * 1024 ** 2
};
var PACKAGE_JSON_DEFAULT_LIMIT = 64 * 1024 ** 2;
var sha2563 = (b) => createHash3("sha256").update(b).digest("hex");
function invalid(archive, message, hint) {
  return new ModelBuildError("PACKAGE_INVALID", message, { file: archive, hint: hint ?? "rebuild the package, or fetch it again from where it was published" });
}
function readPackage(archive) {
  regularFile(archive, { what: "the package", missingHint: "name the .zip written by `model-build build`" });
  let zip;
  try {
    zip = new ZipFile(archive);
  } catch (e) {
    throw new ModelBuildError("FILE_UNREADABLE", `cannot read the package (${e.code ?? e.message})`, { file: archive });
  }
  let digest;
  let entries;
  try {
    entries = new Map(readZip(zip, { display: archive, accept: (listing) => checkJsonSizes(archive, listing) }).map((e) => [e.name, e.data]));
    digest = fileDigest(zip);
  } finally {
    zip.close();
  }
  const manifestBytes = entries.get("MANIFEST.sha256");
  if (!manifestBytes) throw invalid(archive, "the archive has no MANIFEST.sha256: it is not a model-build package");
  const listed = /* @__PURE__ */ new Map();
  manifestBytes.toString("utf8").split("\n").filter((l) => l !== "").forEach((line, i) => {
    const m = /^([0-9a-f]{64}) {2}(.+)$/.exec(line);
    if (!m) throw invalid(archive, `MANIFEST.sha256 line ${i + 1} is not "<sha256>  <path>"`);
    listed.set(m[2], m[1]);
  });
  for (const [name, data] of entries) {
    if (name === "MANIFEST.sha256") continue;
    const expected = listed.get(name);
    if (!expected) throw invalid(archive, `${name} is in the archive but not in MANIFEST.sha256: the package was altered`);
    if (sha2563(data) !== expected) throw invalid(archive, `${name} does not match its digest in MANIFEST.sha256: the package was tampered with or damaged`);
  }
  for (const name of listed.keys()) {
    if (!entries.has(name)) throw invalid(archive, `${name} is listed in MANIFEST.sha256 but missing from the archive`);
  }
  const metaBytes = entries.get("metadata.json");
  if (!metaBytes) throw invalid(archive, "the archive has no metadata.json");
  let metadata;
  try {
    metadata = JSON.parse(metaBytes.toString("utf8"));
  } catch {
    throw invalid(archive, "metadata.json is not valid JSON");
  }
  const format = metadata?.format;
  if (typeof format === "number" && format > METADATA_FORMAT) {
    throw invalid(archive, `metadata.json has format ${format}; this model-build reads up to format ${METADATA_FORMAT}`, "upgrade model-build to read this package");
  }
  try {
    validateMetadata(metadata, "metadata.json");
  } catch (e) {
    if (!ModelBuildError.is(e)) throw e;
    throw new ModelBuildError(e.code, e.message, { file: archive, hint: e.hint, details: [...e.details] });
  }
  for (const [name, digest2] of Object.entries(metadata.files)) {
    const data = entries.get(name);
    if (!data || `sha256:${sha2563(data)}` !== digest2) throw invalid(archive, `metadata.json records ${name} with a digest the archive does not match`);
  }
  return {
    archive,
    digest: `sha256:${digest}`,
    contentDigest: `sha256:${sha2563(manifestBytes)}`,
    metadata,
    files: [...entries].sort((a, b) => compareBytes(a[0], b[0])).map(([name, data]) => ({ name, size: data.length, sha256: sha2563(data) })),
    entries
  };
}
function checkJsonSizes(archive, listing) {
  for (const e of listing) {
    if (!e.name.endsWith(".json")) continue;
    const limit = PACKAGE_JSON_LIMITS[e.name] ?? PACKAGE_JSON_DEFAULT_LIMIT;
    if (e.size > limit) {
      throw invalid(archive, `${e.name} declares ${formatSize(e.size)}, more than the limit of ${formatSize(limit)} for this file`, "model-build never writes a file this large: the package was not written by it, or was tampered with");
    }
  }
}
function fileDigest(zip) {
  const hash = createHash3("sha256");
  const piece = 1 << 20;
  for (let at = 0; at < zip.size; at += piece) hash.update(zip.read(at, Math.min(piece, zip.size - at)));
  return hash.digest("hex");
}
function verifyPackage(archive) {
  try {
    const { entries: _entries, ...inspected } = readPackage(archive);
    return { ok: true, package: inspected };
  } catch (e) {
    if (ModelBuildError.is(e)) return { ok: false, error: e };
    throw e;
  }
}
async function loadPackagedModel(archive, options = {}) {
  const { entries } = readPackage(archive);
  const entry = (name) => name === "preprocessor.json" ? name : `model/${name}`;
  return loadModelFrom(
    (name) => {
      const data = entries.get(entry(name));
      if (!data) throw invalid(archive, `the package has no ${entry(name)}`);
      return data;
    },
    options,
    (name) => `${archive} (${entry(name)})`
  );
}

export {
  describeInputs,
  inputSchema,
  outputSchema,
  trainingChart,
  ZipFile,
  readZip,
  archiveName,
  archivePackage,
  readPackage,
  verifyPackage,
  loadPackagedModel
};
