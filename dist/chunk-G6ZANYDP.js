import { createRequire as __mbCreateRequire } from 'node:module';
import { fileURLToPath as __mbFileURLToPath } from 'node:url';
import { dirname as __mbDirname } from 'node:path';
const require = __mbCreateRequire(import.meta.url);
const __mbFilename = __mbFileURLToPath(import.meta.url);
const __mbDirnameValue = __mbDirname(__mbFilename);
import {
  CsvParser,
  DATA_LIMITS,
  FrequentItemsSketch,
  HyperLogLog,
  KllSketch,
  Moments,
  Profiler,
  checkDataFile,
  checkName,
  chunks,
  compareBytes,
  compareUtf8,
  csvHeader,
  dataLimits,
  didYouMean,
  formatOf,
  formatSize,
  isInside,
  kindOf,
  listDataFiles,
  parseCsv,
  parseJsonRecords,
  readTable,
  regularFile,
  resolveInside,
  shardSeed,
  shortName,
  toPosix,
  tooManyKeys,
  usage
} from "./chunk-WTPAZB2N.js";
import {
  TransientError,
  mapLimit,
  withRetry
} from "./chunk-EI6HOR2N.js";
import {
  ModelBuildError
} from "./chunk-J3ZPWLJ2.js";
import {
  __commonJS,
  __require,
  __toESM
} from "./chunk-LTRPNYHO.js";

// node_modules/yaml/dist/nodes/identity.js
var require_identity = __commonJS({
  "node_modules/yaml/dist/nodes/identity.js"(exports) {
    "use strict";
    var ALIAS = /* @__PURE__ */ Symbol.for("yaml.alias");
    var DOC = /* @__PURE__ */ Symbol.for("yaml.document");
    var MAP = /* @__PURE__ */ Symbol.for("yaml.map");
    var PAIR = /* @__PURE__ */ Symbol.for("yaml.pair");
    var SCALAR = /* @__PURE__ */ Symbol.for("yaml.scalar");
    var SEQ = /* @__PURE__ */ Symbol.for("yaml.seq");
    var NODE_TYPE = /* @__PURE__ */ Symbol.for("yaml.node.type");
    var isAlias3 = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === ALIAS;
    var isDocument = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === DOC;
    var isMap3 = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === MAP;
    var isPair2 = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === PAIR;
    var isScalar3 = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === SCALAR;
    var isSeq3 = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === SEQ;
    function isCollection(node) {
      if (node && typeof node === "object")
        switch (node[NODE_TYPE]) {
          case MAP:
          case SEQ:
            return true;
        }
      return false;
    }
    function isNode(node) {
      if (node && typeof node === "object")
        switch (node[NODE_TYPE]) {
          case ALIAS:
          case MAP:
          case SCALAR:
          case SEQ:
            return true;
        }
      return false;
    }
    var hasAnchor = (node) => (isScalar3(node) || isCollection(node)) && !!node.anchor;
    exports.ALIAS = ALIAS;
    exports.DOC = DOC;
    exports.MAP = MAP;
    exports.NODE_TYPE = NODE_TYPE;
    exports.PAIR = PAIR;
    exports.SCALAR = SCALAR;
    exports.SEQ = SEQ;
    exports.hasAnchor = hasAnchor;
    exports.isAlias = isAlias3;
    exports.isCollection = isCollection;
    exports.isDocument = isDocument;
    exports.isMap = isMap3;
    exports.isNode = isNode;
    exports.isPair = isPair2;
    exports.isScalar = isScalar3;
    exports.isSeq = isSeq3;
  }
});

// node_modules/yaml/dist/visit.js
var require_visit = __commonJS({
  "node_modules/yaml/dist/visit.js"(exports) {
    "use strict";
    var identity = require_identity();
    var BREAK = /* @__PURE__ */ Symbol("break visit");
    var SKIP = /* @__PURE__ */ Symbol("skip children");
    var REMOVE = /* @__PURE__ */ Symbol("remove node");
    function visit(node, visitor) {
      const visitor_ = initVisitor(visitor);
      if (identity.isDocument(node)) {
        const cd = visit_(null, node.contents, visitor_, Object.freeze([node]));
        if (cd === REMOVE)
          node.contents = null;
      } else
        visit_(null, node, visitor_, Object.freeze([]));
    }
    visit.BREAK = BREAK;
    visit.SKIP = SKIP;
    visit.REMOVE = REMOVE;
    function visit_(key, node, visitor, path31) {
      const ctrl = callVisitor(key, node, visitor, path31);
      if (identity.isNode(ctrl) || identity.isPair(ctrl)) {
        replaceNode(key, path31, ctrl);
        return visit_(key, ctrl, visitor, path31);
      }
      if (typeof ctrl !== "symbol") {
        if (identity.isCollection(node)) {
          path31 = Object.freeze(path31.concat(node));
          for (let i = 0; i < node.items.length; ++i) {
            const ci = visit_(i, node.items[i], visitor, path31);
            if (typeof ci === "number")
              i = ci - 1;
            else if (ci === BREAK)
              return BREAK;
            else if (ci === REMOVE) {
              node.items.splice(i, 1);
              i -= 1;
            }
          }
        } else if (identity.isPair(node)) {
          path31 = Object.freeze(path31.concat(node));
          const ck = visit_("key", node.key, visitor, path31);
          if (ck === BREAK)
            return BREAK;
          else if (ck === REMOVE)
            node.key = null;
          const cv = visit_("value", node.value, visitor, path31);
          if (cv === BREAK)
            return BREAK;
          else if (cv === REMOVE)
            node.value = null;
        }
      }
      return ctrl;
    }
    async function visitAsync(node, visitor) {
      const visitor_ = initVisitor(visitor);
      if (identity.isDocument(node)) {
        const cd = await visitAsync_(null, node.contents, visitor_, Object.freeze([node]));
        if (cd === REMOVE)
          node.contents = null;
      } else
        await visitAsync_(null, node, visitor_, Object.freeze([]));
    }
    visitAsync.BREAK = BREAK;
    visitAsync.SKIP = SKIP;
    visitAsync.REMOVE = REMOVE;
    async function visitAsync_(key, node, visitor, path31) {
      const ctrl = await callVisitor(key, node, visitor, path31);
      if (identity.isNode(ctrl) || identity.isPair(ctrl)) {
        replaceNode(key, path31, ctrl);
        return visitAsync_(key, ctrl, visitor, path31);
      }
      if (typeof ctrl !== "symbol") {
        if (identity.isCollection(node)) {
          path31 = Object.freeze(path31.concat(node));
          for (let i = 0; i < node.items.length; ++i) {
            const ci = await visitAsync_(i, node.items[i], visitor, path31);
            if (typeof ci === "number")
              i = ci - 1;
            else if (ci === BREAK)
              return BREAK;
            else if (ci === REMOVE) {
              node.items.splice(i, 1);
              i -= 1;
            }
          }
        } else if (identity.isPair(node)) {
          path31 = Object.freeze(path31.concat(node));
          const ck = await visitAsync_("key", node.key, visitor, path31);
          if (ck === BREAK)
            return BREAK;
          else if (ck === REMOVE)
            node.key = null;
          const cv = await visitAsync_("value", node.value, visitor, path31);
          if (cv === BREAK)
            return BREAK;
          else if (cv === REMOVE)
            node.value = null;
        }
      }
      return ctrl;
    }
    function initVisitor(visitor) {
      if (typeof visitor === "object" && (visitor.Collection || visitor.Node || visitor.Value)) {
        return Object.assign({
          Alias: visitor.Node,
          Map: visitor.Node,
          Scalar: visitor.Node,
          Seq: visitor.Node
        }, visitor.Value && {
          Map: visitor.Value,
          Scalar: visitor.Value,
          Seq: visitor.Value
        }, visitor.Collection && {
          Map: visitor.Collection,
          Seq: visitor.Collection
        }, visitor);
      }
      return visitor;
    }
    function callVisitor(key, node, visitor, path31) {
      if (typeof visitor === "function")
        return visitor(key, node, path31);
      if (identity.isMap(node))
        return visitor.Map?.(key, node, path31);
      if (identity.isSeq(node))
        return visitor.Seq?.(key, node, path31);
      if (identity.isPair(node))
        return visitor.Pair?.(key, node, path31);
      if (identity.isScalar(node))
        return visitor.Scalar?.(key, node, path31);
      if (identity.isAlias(node))
        return visitor.Alias?.(key, node, path31);
      return void 0;
    }
    function replaceNode(key, path31, node) {
      const parent = path31[path31.length - 1];
      if (identity.isCollection(parent)) {
        parent.items[key] = node;
      } else if (identity.isPair(parent)) {
        if (key === "key")
          parent.key = node;
        else
          parent.value = node;
      } else if (identity.isDocument(parent)) {
        parent.contents = node;
      } else {
        const pt = identity.isAlias(parent) ? "alias" : "scalar";
        throw new Error(`Cannot replace node with ${pt} parent`);
      }
    }
    exports.visit = visit;
    exports.visitAsync = visitAsync;
  }
});

// node_modules/yaml/dist/doc/directives.js
var require_directives = __commonJS({
  "node_modules/yaml/dist/doc/directives.js"(exports) {
    "use strict";
    var identity = require_identity();
    var visit = require_visit();
    var escapeChars = {
      "!": "%21",
      ",": "%2C",
      "[": "%5B",
      "]": "%5D",
      "{": "%7B",
      "}": "%7D"
    };
    var escapeTagName = (tn) => tn.replace(/[!,[\]{}]/g, (ch) => escapeChars[ch]);
    var Directives = class _Directives {
      constructor(yaml, tags) {
        this.docStart = null;
        this.docEnd = false;
        this.yaml = Object.assign({}, _Directives.defaultYaml, yaml);
        this.tags = Object.assign({}, _Directives.defaultTags, tags);
      }
      clone() {
        const copy = new _Directives(this.yaml, this.tags);
        copy.docStart = this.docStart;
        return copy;
      }
      /**
       * During parsing, get a Directives instance for the current document and
       * update the stream state according to the current version's spec.
       */
      atDocument() {
        const res = new _Directives(this.yaml, this.tags);
        switch (this.yaml.version) {
          case "1.1":
            this.atNextDocument = true;
            break;
          case "1.2":
            this.atNextDocument = false;
            this.yaml = {
              explicit: _Directives.defaultYaml.explicit,
              version: "1.2"
            };
            this.tags = Object.assign({}, _Directives.defaultTags);
            break;
        }
        return res;
      }
      /**
       * @param onError - May be called even if the action was successful
       * @returns `true` on success
       */
      add(line, onError) {
        if (this.atNextDocument) {
          this.yaml = { explicit: _Directives.defaultYaml.explicit, version: "1.1" };
          this.tags = Object.assign({}, _Directives.defaultTags);
          this.atNextDocument = false;
        }
        const parts = line.trim().split(/[ \t]+/);
        const name = parts.shift();
        switch (name) {
          case "%TAG": {
            if (parts.length !== 2) {
              onError(0, "%TAG directive should contain exactly two parts");
              if (parts.length < 2)
                return false;
            }
            const [handle, prefix] = parts;
            this.tags[handle] = prefix;
            return true;
          }
          case "%YAML": {
            this.yaml.explicit = true;
            if (parts.length !== 1) {
              onError(0, "%YAML directive should contain exactly one part");
              return false;
            }
            const [version2] = parts;
            if (version2 === "1.1" || version2 === "1.2") {
              this.yaml.version = version2;
              return true;
            } else {
              const isValid = /^\d+\.\d+$/.test(version2);
              onError(6, `Unsupported YAML version ${version2}`, isValid);
              return false;
            }
          }
          default:
            onError(0, `Unknown directive ${name}`, true);
            return false;
        }
      }
      /**
       * Resolves a tag, matching handles to those defined in %TAG directives.
       *
       * @returns Resolved tag, which may also be the non-specific tag `'!'` or a
       *   `'!local'` tag, or `null` if unresolvable.
       */
      tagName(source, onError) {
        if (source === "!")
          return "!";
        if (source[0] !== "!") {
          onError(`Not a valid tag: ${source}`);
          return null;
        }
        if (source[1] === "<") {
          const verbatim = source.slice(2, -1);
          if (verbatim === "!" || verbatim === "!!") {
            onError(`Verbatim tags aren't resolved, so ${source} is invalid.`);
            return null;
          }
          if (source[source.length - 1] !== ">")
            onError("Verbatim tags must end with a >");
          return verbatim;
        }
        const [, handle, suffix] = source.match(/^(.*!)([^!]*)$/s);
        if (!suffix)
          onError(`The ${source} tag has no suffix`);
        const prefix = this.tags[handle];
        if (prefix) {
          try {
            return prefix + decodeURIComponent(suffix);
          } catch (error) {
            onError(String(error));
            return null;
          }
        }
        if (handle === "!")
          return source;
        onError(`Could not resolve tag: ${source}`);
        return null;
      }
      /**
       * Given a fully resolved tag, returns its printable string form,
       * taking into account current tag prefixes and defaults.
       */
      tagString(tag) {
        for (const [handle, prefix] of Object.entries(this.tags)) {
          if (tag.startsWith(prefix))
            return handle + escapeTagName(tag.substring(prefix.length));
        }
        return tag[0] === "!" ? tag : `!<${tag}>`;
      }
      toString(doc) {
        const lines = this.yaml.explicit ? [`%YAML ${this.yaml.version || "1.2"}`] : [];
        const tagEntries = Object.entries(this.tags);
        let tagNames;
        if (doc && tagEntries.length > 0 && identity.isNode(doc.contents)) {
          const tags = {};
          visit.visit(doc.contents, (_key, node) => {
            if (identity.isNode(node) && node.tag)
              tags[node.tag] = true;
          });
          tagNames = Object.keys(tags);
        } else
          tagNames = [];
        for (const [handle, prefix] of tagEntries) {
          if (handle === "!!" && prefix === "tag:yaml.org,2002:")
            continue;
          if (!doc || tagNames.some((tn) => tn.startsWith(prefix)))
            lines.push(`%TAG ${handle} ${prefix}`);
        }
        return lines.join("\n");
      }
    };
    Directives.defaultYaml = { explicit: false, version: "1.2" };
    Directives.defaultTags = { "!!": "tag:yaml.org,2002:" };
    exports.Directives = Directives;
  }
});

// node_modules/yaml/dist/doc/anchors.js
var require_anchors = __commonJS({
  "node_modules/yaml/dist/doc/anchors.js"(exports) {
    "use strict";
    var identity = require_identity();
    var visit = require_visit();
    function anchorIsValid(anchor) {
      if (/[\x00-\x19\s,[\]{}]/.test(anchor)) {
        const sa = JSON.stringify(anchor);
        const msg = `Anchor must not contain whitespace or control characters: ${sa}`;
        throw new Error(msg);
      }
      return true;
    }
    function anchorNames(root) {
      const anchors = /* @__PURE__ */ new Set();
      visit.visit(root, {
        Value(_key, node) {
          if (node.anchor)
            anchors.add(node.anchor);
        }
      });
      return anchors;
    }
    function findNewAnchor(prefix, exclude) {
      for (let i = 1; true; ++i) {
        const name = `${prefix}${i}`;
        if (!exclude.has(name))
          return name;
      }
    }
    function createNodeAnchors(doc, prefix) {
      const aliasObjects = [];
      const sourceObjects = /* @__PURE__ */ new Map();
      let prevAnchors = null;
      return {
        onAnchor: (source) => {
          aliasObjects.push(source);
          prevAnchors ?? (prevAnchors = anchorNames(doc));
          const anchor = findNewAnchor(prefix, prevAnchors);
          prevAnchors.add(anchor);
          return anchor;
        },
        /**
         * With circular references, the source node is only resolved after all
         * of its child nodes are. This is why anchors are set only after all of
         * the nodes have been created.
         */
        setAnchors: () => {
          for (const source of aliasObjects) {
            const ref = sourceObjects.get(source);
            if (typeof ref === "object" && ref.anchor && (identity.isScalar(ref.node) || identity.isCollection(ref.node))) {
              ref.node.anchor = ref.anchor;
            } else {
              const error = new Error("Failed to resolve repeated object (this should not happen)");
              error.source = source;
              throw error;
            }
          }
        },
        sourceObjects
      };
    }
    exports.anchorIsValid = anchorIsValid;
    exports.anchorNames = anchorNames;
    exports.createNodeAnchors = createNodeAnchors;
    exports.findNewAnchor = findNewAnchor;
  }
});

// node_modules/yaml/dist/doc/applyReviver.js
var require_applyReviver = __commonJS({
  "node_modules/yaml/dist/doc/applyReviver.js"(exports) {
    "use strict";
    function applyReviver(reviver, obj, key, val) {
      if (val && typeof val === "object") {
        if (Array.isArray(val)) {
          for (let i = 0, len = val.length; i < len; ++i) {
            const v0 = val[i];
            const v1 = applyReviver(reviver, val, String(i), v0);
            if (v1 === void 0)
              delete val[i];
            else if (v1 !== v0)
              val[i] = v1;
          }
        } else if (val instanceof Map) {
          for (const k of Array.from(val.keys())) {
            const v0 = val.get(k);
            const v1 = applyReviver(reviver, val, k, v0);
            if (v1 === void 0)
              val.delete(k);
            else if (v1 !== v0)
              val.set(k, v1);
          }
        } else if (val instanceof Set) {
          for (const v0 of Array.from(val)) {
            const v1 = applyReviver(reviver, val, v0, v0);
            if (v1 === void 0)
              val.delete(v0);
            else if (v1 !== v0) {
              val.delete(v0);
              val.add(v1);
            }
          }
        } else {
          for (const [k, v0] of Object.entries(val)) {
            const v1 = applyReviver(reviver, val, k, v0);
            if (v1 === void 0)
              delete val[k];
            else if (v1 !== v0)
              val[k] = v1;
          }
        }
      }
      return reviver.call(obj, key, val);
    }
    exports.applyReviver = applyReviver;
  }
});

// node_modules/yaml/dist/nodes/toJS.js
var require_toJS = __commonJS({
  "node_modules/yaml/dist/nodes/toJS.js"(exports) {
    "use strict";
    var identity = require_identity();
    function toJS(value, arg, ctx) {
      if (Array.isArray(value))
        return value.map((v, i) => toJS(v, String(i), ctx));
      if (value && typeof value.toJSON === "function") {
        if (!ctx || !identity.hasAnchor(value))
          return value.toJSON(arg, ctx);
        const data = { aliasCount: 0, count: 1, res: void 0 };
        ctx.anchors.set(value, data);
        ctx.onCreate = (res2) => {
          data.res = res2;
          delete ctx.onCreate;
        };
        const res = value.toJSON(arg, ctx);
        if (ctx.onCreate)
          ctx.onCreate(res);
        return res;
      }
      if (typeof value === "bigint" && !ctx?.keep)
        return Number(value);
      return value;
    }
    exports.toJS = toJS;
  }
});

// node_modules/yaml/dist/nodes/Node.js
var require_Node = __commonJS({
  "node_modules/yaml/dist/nodes/Node.js"(exports) {
    "use strict";
    var applyReviver = require_applyReviver();
    var identity = require_identity();
    var toJS = require_toJS();
    var NodeBase = class {
      constructor(type) {
        Object.defineProperty(this, identity.NODE_TYPE, { value: type });
      }
      /** Create a copy of this node.  */
      clone() {
        const copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
        if (this.range)
          copy.range = this.range.slice();
        return copy;
      }
      /** A plain JavaScript representation of this node. */
      toJS(doc, { mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
        if (!identity.isDocument(doc))
          throw new TypeError("A document argument is required");
        const ctx = {
          anchors: /* @__PURE__ */ new Map(),
          doc,
          keep: true,
          mapAsMap: mapAsMap === true,
          mapKeyWarned: false,
          maxAliasCount: typeof maxAliasCount === "number" ? maxAliasCount : 100
        };
        const res = toJS.toJS(this, "", ctx);
        if (typeof onAnchor === "function")
          for (const { count: count3, res: res2 } of ctx.anchors.values())
            onAnchor(res2, count3);
        return typeof reviver === "function" ? applyReviver.applyReviver(reviver, { "": res }, "", res) : res;
      }
    };
    exports.NodeBase = NodeBase;
  }
});

// node_modules/yaml/dist/nodes/Alias.js
var require_Alias = __commonJS({
  "node_modules/yaml/dist/nodes/Alias.js"(exports) {
    "use strict";
    var anchors = require_anchors();
    var visit = require_visit();
    var identity = require_identity();
    var Node = require_Node();
    var toJS = require_toJS();
    var Alias = class extends Node.NodeBase {
      constructor(source) {
        super(identity.ALIAS);
        this.source = source;
        Object.defineProperty(this, "tag", {
          set() {
            throw new Error("Alias nodes cannot have tags");
          }
        });
      }
      /**
       * Resolve the value of this alias within `doc`, finding the last
       * instance of the `source` anchor before this node.
       */
      resolve(doc, ctx) {
        if (ctx?.maxAliasCount === 0)
          throw new ReferenceError("Alias resolution is disabled");
        let nodes;
        if (ctx?.aliasResolveCache) {
          nodes = ctx.aliasResolveCache;
        } else {
          nodes = [];
          visit.visit(doc, {
            Node: (_key, node) => {
              if (identity.isAlias(node) || identity.hasAnchor(node))
                nodes.push(node);
            }
          });
          if (ctx)
            ctx.aliasResolveCache = nodes;
        }
        let found = void 0;
        for (const node of nodes) {
          if (node === this)
            break;
          if (node.anchor === this.source)
            found = node;
        }
        if (found && ctx) {
          const { anchors: anchors2, doc: doc2, maxAliasCount } = ctx;
          let data = anchors2.get(found);
          if (!data) {
            toJS.toJS(found, null, ctx);
            data = anchors2.get(found);
          }
          if (data?.res === void 0) {
            const msg = "This should not happen: Alias anchor was not resolved?";
            throw new ReferenceError(msg);
          }
          if (maxAliasCount >= 0) {
            data.count += 1;
            if (data.aliasCount === 0)
              data.aliasCount = getAliasCount(doc2, found, anchors2);
            if (data.count * data.aliasCount > maxAliasCount) {
              const msg = "Excessive alias count indicates a resource exhaustion attack";
              throw new ReferenceError(msg);
            }
          }
        }
        return found;
      }
      toJSON(_arg, ctx) {
        if (!ctx)
          return { source: this.source };
        const source = this.resolve(ctx.doc, ctx);
        if (!source) {
          const msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
          throw new ReferenceError(msg);
        }
        return ctx.anchors.get(source).res;
      }
      toString(ctx, _onComment, _onChompKeep) {
        const src = `*${this.source}`;
        if (ctx) {
          anchors.anchorIsValid(this.source);
          if (ctx.options.verifyAliasOrder && !ctx.anchors.has(this.source)) {
            const msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
            throw new Error(msg);
          }
          if (ctx.implicitKey)
            return `${src} `;
        }
        return src;
      }
    };
    function getAliasCount(doc, node, anchors2) {
      if (identity.isAlias(node)) {
        const source = node.resolve(doc);
        const anchor = anchors2 && source && anchors2.get(source);
        return anchor ? anchor.count * anchor.aliasCount : 0;
      } else if (identity.isCollection(node)) {
        let count3 = 0;
        for (const item of node.items) {
          const c = getAliasCount(doc, item, anchors2);
          if (c > count3)
            count3 = c;
        }
        return count3;
      } else if (identity.isPair(node)) {
        const kc = getAliasCount(doc, node.key, anchors2);
        const vc = getAliasCount(doc, node.value, anchors2);
        return Math.max(kc, vc);
      }
      return 1;
    }
    exports.Alias = Alias;
  }
});

// node_modules/yaml/dist/nodes/Scalar.js
var require_Scalar = __commonJS({
  "node_modules/yaml/dist/nodes/Scalar.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Node = require_Node();
    var toJS = require_toJS();
    var isScalarValue = (value) => !value || typeof value !== "function" && typeof value !== "object";
    var Scalar = class extends Node.NodeBase {
      constructor(value) {
        super(identity.SCALAR);
        this.value = value;
      }
      toJSON(arg, ctx) {
        return ctx?.keep ? this.value : toJS.toJS(this.value, arg, ctx);
      }
      toString() {
        return String(this.value);
      }
    };
    Scalar.BLOCK_FOLDED = "BLOCK_FOLDED";
    Scalar.BLOCK_LITERAL = "BLOCK_LITERAL";
    Scalar.PLAIN = "PLAIN";
    Scalar.QUOTE_DOUBLE = "QUOTE_DOUBLE";
    Scalar.QUOTE_SINGLE = "QUOTE_SINGLE";
    exports.Scalar = Scalar;
    exports.isScalarValue = isScalarValue;
  }
});

// node_modules/yaml/dist/doc/createNode.js
var require_createNode = __commonJS({
  "node_modules/yaml/dist/doc/createNode.js"(exports) {
    "use strict";
    var Alias = require_Alias();
    var identity = require_identity();
    var Scalar = require_Scalar();
    var defaultTagPrefix = "tag:yaml.org,2002:";
    function findTagObject(value, tagName, tags) {
      if (tagName) {
        const match = tags.filter((t) => t.tag === tagName);
        const tagObj = match.find((t) => !t.format) ?? match[0];
        if (!tagObj)
          throw new Error(`Tag ${tagName} not found`);
        return tagObj;
      }
      return tags.find((t) => t.identify?.(value) && !t.format);
    }
    function createNode(value, tagName, ctx) {
      if (identity.isDocument(value))
        value = value.contents;
      if (identity.isNode(value))
        return value;
      if (identity.isPair(value)) {
        const map = ctx.schema[identity.MAP].createNode?.(ctx.schema, null, ctx);
        map.items.push(value);
        return map;
      }
      if (value instanceof String || value instanceof Number || value instanceof Boolean || typeof BigInt !== "undefined" && value instanceof BigInt) {
        value = value.valueOf();
      }
      const { aliasDuplicateObjects, onAnchor, onTagObj, schema, sourceObjects } = ctx;
      let ref = void 0;
      if (aliasDuplicateObjects && value && typeof value === "object") {
        ref = sourceObjects.get(value);
        if (ref) {
          ref.anchor ?? (ref.anchor = onAnchor(value));
          return new Alias.Alias(ref.anchor);
        } else {
          ref = { anchor: null, node: null };
          sourceObjects.set(value, ref);
        }
      }
      if (tagName?.startsWith("!!"))
        tagName = defaultTagPrefix + tagName.slice(2);
      let tagObj = findTagObject(value, tagName, schema.tags);
      if (!tagObj) {
        if (value && typeof value.toJSON === "function") {
          value = value.toJSON();
        }
        if (!value || typeof value !== "object") {
          const node2 = new Scalar.Scalar(value);
          if (ref)
            ref.node = node2;
          return node2;
        }
        tagObj = value instanceof Map ? schema[identity.MAP] : Symbol.iterator in Object(value) ? schema[identity.SEQ] : schema[identity.MAP];
      }
      if (onTagObj) {
        onTagObj(tagObj);
        delete ctx.onTagObj;
      }
      const node = tagObj?.createNode ? tagObj.createNode(ctx.schema, value, ctx) : typeof tagObj?.nodeClass?.from === "function" ? tagObj.nodeClass.from(ctx.schema, value, ctx) : new Scalar.Scalar(value);
      if (tagName)
        node.tag = tagName;
      else if (!tagObj.default)
        node.tag = tagObj.tag;
      if (ref)
        ref.node = node;
      return node;
    }
    exports.createNode = createNode;
  }
});

// node_modules/yaml/dist/nodes/Collection.js
var require_Collection = __commonJS({
  "node_modules/yaml/dist/nodes/Collection.js"(exports) {
    "use strict";
    var createNode = require_createNode();
    var identity = require_identity();
    var Node = require_Node();
    function collectionFromPath(schema, path31, value) {
      let v = value;
      for (let i = path31.length - 1; i >= 0; --i) {
        const k = path31[i];
        if (typeof k === "number" && Number.isInteger(k) && k >= 0) {
          const a = [];
          a[k] = v;
          v = a;
        } else {
          v = /* @__PURE__ */ new Map([[k, v]]);
        }
      }
      return createNode.createNode(v, void 0, {
        aliasDuplicateObjects: false,
        keepUndefined: false,
        onAnchor: () => {
          throw new Error("This should not happen, please report a bug.");
        },
        schema,
        sourceObjects: /* @__PURE__ */ new Map()
      });
    }
    var isEmptyPath = (path31) => path31 == null || typeof path31 === "object" && !!path31[Symbol.iterator]().next().done;
    var Collection = class extends Node.NodeBase {
      constructor(type, schema) {
        super(type);
        Object.defineProperty(this, "schema", {
          value: schema,
          configurable: true,
          enumerable: false,
          writable: true
        });
      }
      /**
       * Create a copy of this collection.
       *
       * @param schema - If defined, overwrites the original's schema
       */
      clone(schema) {
        const copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
        if (schema)
          copy.schema = schema;
        copy.items = copy.items.map((it) => identity.isNode(it) || identity.isPair(it) ? it.clone(schema) : it);
        if (this.range)
          copy.range = this.range.slice();
        return copy;
      }
      /**
       * Adds a value to the collection. For `!!map` and `!!omap` the value must
       * be a Pair instance or a `{ key, value }` object, which may not have a key
       * that already exists in the map.
       */
      addIn(path31, value) {
        if (isEmptyPath(path31))
          this.add(value);
        else {
          const [key, ...rest] = path31;
          const node = this.get(key, true);
          if (identity.isCollection(node))
            node.addIn(rest, value);
          else if (node === void 0 && this.schema)
            this.set(key, collectionFromPath(this.schema, rest, value));
          else
            throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
        }
      }
      /**
       * Removes a value from the collection.
       * @returns `true` if the item was found and removed.
       */
      deleteIn(path31) {
        const [key, ...rest] = path31;
        if (rest.length === 0)
          return this.delete(key);
        const node = this.get(key, true);
        if (identity.isCollection(node))
          return node.deleteIn(rest);
        else
          throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
      }
      /**
       * Returns item at `key`, or `undefined` if not found. By default unwraps
       * scalar values from their surrounding node; to disable set `keepScalar` to
       * `true` (collections are always returned intact).
       */
      getIn(path31, keepScalar) {
        const [key, ...rest] = path31;
        const node = this.get(key, true);
        if (rest.length === 0)
          return !keepScalar && identity.isScalar(node) ? node.value : node;
        else
          return identity.isCollection(node) ? node.getIn(rest, keepScalar) : void 0;
      }
      hasAllNullValues(allowScalar) {
        return this.items.every((node) => {
          if (!identity.isPair(node))
            return false;
          const n = node.value;
          return n == null || allowScalar && identity.isScalar(n) && n.value == null && !n.commentBefore && !n.comment && !n.tag;
        });
      }
      /**
       * Checks if the collection includes a value with the key `key`.
       */
      hasIn(path31) {
        const [key, ...rest] = path31;
        if (rest.length === 0)
          return this.has(key);
        const node = this.get(key, true);
        return identity.isCollection(node) ? node.hasIn(rest) : false;
      }
      /**
       * Sets a value in this collection. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       */
      setIn(path31, value) {
        const [key, ...rest] = path31;
        if (rest.length === 0) {
          this.set(key, value);
        } else {
          const node = this.get(key, true);
          if (identity.isCollection(node))
            node.setIn(rest, value);
          else if (node === void 0 && this.schema)
            this.set(key, collectionFromPath(this.schema, rest, value));
          else
            throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
        }
      }
    };
    exports.Collection = Collection;
    exports.collectionFromPath = collectionFromPath;
    exports.isEmptyPath = isEmptyPath;
  }
});

// node_modules/yaml/dist/stringify/stringifyComment.js
var require_stringifyComment = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyComment.js"(exports) {
    "use strict";
    var stringifyComment = (str2) => str2.replace(/^(?!$)(?: $)?/gm, "#");
    function indentComment(comment, indent) {
      if (/^\n+$/.test(comment))
        return comment.substring(1);
      return indent ? comment.replace(/^(?! *$)/gm, indent) : comment;
    }
    var lineComment = (str2, indent, comment) => str2.endsWith("\n") ? indentComment(comment, indent) : comment.includes("\n") ? "\n" + indentComment(comment, indent) : (str2.endsWith(" ") ? "" : " ") + comment;
    exports.indentComment = indentComment;
    exports.lineComment = lineComment;
    exports.stringifyComment = stringifyComment;
  }
});

// node_modules/yaml/dist/stringify/foldFlowLines.js
var require_foldFlowLines = __commonJS({
  "node_modules/yaml/dist/stringify/foldFlowLines.js"(exports) {
    "use strict";
    var FOLD_FLOW = "flow";
    var FOLD_BLOCK = "block";
    var FOLD_QUOTED = "quoted";
    function foldFlowLines(text, indent, mode2 = "flow", { indentAtStart, lineWidth = 80, minContentWidth = 20, onFold, onOverflow } = {}) {
      if (!lineWidth || lineWidth < 0)
        return text;
      if (lineWidth < minContentWidth)
        minContentWidth = 0;
      const endStep = Math.max(1 + minContentWidth, 1 + lineWidth - indent.length);
      if (text.length <= endStep)
        return text;
      const folds = [];
      const escapedFolds = {};
      let end = lineWidth - indent.length;
      if (typeof indentAtStart === "number") {
        if (indentAtStart > lineWidth - Math.max(2, minContentWidth))
          folds.push(0);
        else
          end = lineWidth - indentAtStart;
      }
      let split = void 0;
      let prev = void 0;
      let overflow = false;
      let i = -1;
      let escStart = -1;
      let escEnd = -1;
      if (mode2 === FOLD_BLOCK) {
        i = consumeMoreIndentedLines(text, i, indent.length);
        if (i !== -1)
          end = i + endStep;
      }
      for (let ch; ch = text[i += 1]; ) {
        if (mode2 === FOLD_QUOTED && ch === "\\") {
          escStart = i;
          switch (text[i + 1]) {
            case "x":
              i += 3;
              break;
            case "u":
              i += 5;
              break;
            case "U":
              i += 9;
              break;
            default:
              i += 1;
          }
          escEnd = i;
        }
        if (ch === "\n") {
          if (mode2 === FOLD_BLOCK)
            i = consumeMoreIndentedLines(text, i, indent.length);
          end = i + indent.length + endStep;
          split = void 0;
        } else {
          if (ch === " " && prev && prev !== " " && prev !== "\n" && prev !== "	") {
            const next = text[i + 1];
            if (next && next !== " " && next !== "\n" && next !== "	")
              split = i;
          }
          if (i >= end) {
            if (split) {
              folds.push(split);
              end = split + endStep;
              split = void 0;
            } else if (mode2 === FOLD_QUOTED) {
              while (prev === " " || prev === "	") {
                prev = ch;
                ch = text[i += 1];
                overflow = true;
              }
              const j = i > escEnd + 1 ? i - 2 : escStart - 1;
              if (escapedFolds[j])
                return text;
              folds.push(j);
              escapedFolds[j] = true;
              end = j + endStep;
              split = void 0;
            } else {
              overflow = true;
            }
          }
        }
        prev = ch;
      }
      if (overflow && onOverflow)
        onOverflow();
      if (folds.length === 0)
        return text;
      if (onFold)
        onFold();
      let res = text.slice(0, folds[0]);
      for (let i2 = 0; i2 < folds.length; ++i2) {
        const fold = folds[i2];
        const end2 = folds[i2 + 1] || text.length;
        if (fold === 0)
          res = `
${indent}${text.slice(0, end2)}`;
        else {
          if (mode2 === FOLD_QUOTED && escapedFolds[fold])
            res += `${text[fold]}\\`;
          res += `
${indent}${text.slice(fold + 1, end2)}`;
        }
      }
      return res;
    }
    function consumeMoreIndentedLines(text, i, indent) {
      let end = i;
      let start = i + 1;
      let ch = text[start];
      while (ch === " " || ch === "	") {
        if (i < start + indent) {
          ch = text[++i];
        } else {
          do {
            ch = text[++i];
          } while (ch && ch !== "\n");
          end = i;
          start = i + 1;
          ch = text[start];
        }
      }
      return end;
    }
    exports.FOLD_BLOCK = FOLD_BLOCK;
    exports.FOLD_FLOW = FOLD_FLOW;
    exports.FOLD_QUOTED = FOLD_QUOTED;
    exports.foldFlowLines = foldFlowLines;
  }
});

// node_modules/yaml/dist/stringify/stringifyString.js
var require_stringifyString = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyString.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var foldFlowLines = require_foldFlowLines();
    var getFoldOptions = (ctx, isBlock) => ({
      indentAtStart: isBlock ? ctx.indent.length : ctx.indentAtStart,
      lineWidth: ctx.options.lineWidth,
      minContentWidth: ctx.options.minContentWidth
    });
    var containsDocumentMarker = (str2) => /^(%|---|\.\.\.)/m.test(str2);
    function lineLengthOverLimit(str2, lineWidth, indentLength) {
      if (!lineWidth || lineWidth < 0)
        return false;
      const limit = lineWidth - indentLength;
      const strLen = str2.length;
      if (strLen <= limit)
        return false;
      for (let i = 0, start = 0; i < strLen; ++i) {
        if (str2[i] === "\n") {
          if (i - start > limit)
            return true;
          start = i + 1;
          if (strLen - start <= limit)
            return false;
        }
      }
      return true;
    }
    function doubleQuotedString(value, ctx) {
      const json2 = JSON.stringify(value);
      if (ctx.options.doubleQuotedAsJSON)
        return json2;
      const { implicitKey } = ctx;
      const minMultiLineLength = ctx.options.doubleQuotedMinMultiLineLength;
      const indent = ctx.indent || (containsDocumentMarker(value) ? "  " : "");
      let str2 = "";
      let start = 0;
      for (let i = 0, ch = json2[i]; ch; ch = json2[++i]) {
        if (ch === " " && json2[i + 1] === "\\" && json2[i + 2] === "n") {
          str2 += json2.slice(start, i) + "\\ ";
          i += 1;
          start = i;
          ch = "\\";
        }
        if (ch === "\\")
          switch (json2[i + 1]) {
            case "u":
              {
                str2 += json2.slice(start, i);
                const code = json2.substr(i + 2, 4);
                switch (code) {
                  case "0000":
                    str2 += "\\0";
                    break;
                  case "0007":
                    str2 += "\\a";
                    break;
                  case "000b":
                    str2 += "\\v";
                    break;
                  case "001b":
                    str2 += "\\e";
                    break;
                  case "0085":
                    str2 += "\\N";
                    break;
                  case "00a0":
                    str2 += "\\_";
                    break;
                  case "2028":
                    str2 += "\\L";
                    break;
                  case "2029":
                    str2 += "\\P";
                    break;
                  default:
                    if (code.substr(0, 2) === "00")
                      str2 += "\\x" + code.substr(2);
                    else
                      str2 += json2.substr(i, 6);
                }
                i += 5;
                start = i + 1;
              }
              break;
            case "n":
              if (implicitKey || json2[i + 2] === '"' || json2.length < minMultiLineLength) {
                i += 1;
              } else {
                str2 += json2.slice(start, i) + "\n\n";
                while (json2[i + 2] === "\\" && json2[i + 3] === "n" && json2[i + 4] !== '"') {
                  str2 += "\n";
                  i += 2;
                }
                str2 += indent;
                if (json2[i + 2] === " ")
                  str2 += "\\";
                i += 1;
                start = i + 1;
              }
              break;
            default:
              i += 1;
          }
      }
      str2 = start ? str2 + json2.slice(start) : json2;
      return implicitKey ? str2 : foldFlowLines.foldFlowLines(str2, indent, foldFlowLines.FOLD_QUOTED, getFoldOptions(ctx, false));
    }
    function singleQuotedString(value, ctx) {
      if (ctx.options.singleQuote === false || ctx.implicitKey && value.includes("\n") || /[ \t]\n|\n[ \t]/.test(value))
        return doubleQuotedString(value, ctx);
      const indent = ctx.indent || (containsDocumentMarker(value) ? "  " : "");
      const res = "'" + value.replace(/'/g, "''").replace(/\n+/g, `$&
${indent}`) + "'";
      return ctx.implicitKey ? res : foldFlowLines.foldFlowLines(res, indent, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, false));
    }
    function quotedString(value, ctx) {
      const { singleQuote } = ctx.options;
      let qs;
      if (singleQuote === false)
        qs = doubleQuotedString;
      else {
        const hasDouble = value.includes('"');
        const hasSingle = value.includes("'");
        if (hasDouble && !hasSingle)
          qs = singleQuotedString;
        else if (hasSingle && !hasDouble)
          qs = doubleQuotedString;
        else
          qs = singleQuote ? singleQuotedString : doubleQuotedString;
      }
      return qs(value, ctx);
    }
    var blockEndNewlines;
    try {
      blockEndNewlines = new RegExp("(^|(?<!\n))\n+(?!\n|$)", "g");
    } catch {
      blockEndNewlines = /\n+(?!\n|$)/g;
    }
    function blockString({ comment, type, value }, ctx, onComment, onChompKeep) {
      const { blockQuote, commentString, lineWidth } = ctx.options;
      if (!blockQuote || /\n[\t ]+$/.test(value)) {
        return quotedString(value, ctx);
      }
      const indent = ctx.indent || (ctx.forceBlockIndent || containsDocumentMarker(value) ? "  " : "");
      const literal = blockQuote === "literal" ? true : blockQuote === "folded" || type === Scalar.Scalar.BLOCK_FOLDED ? false : type === Scalar.Scalar.BLOCK_LITERAL ? true : !lineLengthOverLimit(value, lineWidth, indent.length);
      if (!value)
        return literal ? "|\n" : ">\n";
      let chomp;
      let endStart;
      for (endStart = value.length; endStart > 0; --endStart) {
        const ch = value[endStart - 1];
        if (ch !== "\n" && ch !== "	" && ch !== " ")
          break;
      }
      let end = value.substring(endStart);
      const endNlPos = end.indexOf("\n");
      if (endNlPos === -1) {
        chomp = "-";
      } else if (value === end || endNlPos !== end.length - 1) {
        chomp = "+";
        if (onChompKeep)
          onChompKeep();
      } else {
        chomp = "";
      }
      if (end) {
        value = value.slice(0, -end.length);
        if (end[end.length - 1] === "\n")
          end = end.slice(0, -1);
        end = end.replace(blockEndNewlines, `$&${indent}`);
      }
      let startWithSpace = false;
      let startEnd;
      let startNlPos = -1;
      for (startEnd = 0; startEnd < value.length; ++startEnd) {
        const ch = value[startEnd];
        if (ch === " ")
          startWithSpace = true;
        else if (ch === "\n")
          startNlPos = startEnd;
        else
          break;
      }
      let start = value.substring(0, startNlPos < startEnd ? startNlPos + 1 : startEnd);
      if (start) {
        value = value.substring(start.length);
        start = start.replace(/\n+/g, `$&${indent}`);
      }
      const indentSize = indent ? "2" : "1";
      let header = (startWithSpace ? indentSize : "") + chomp;
      if (comment) {
        header += " " + commentString(comment.replace(/ ?[\r\n]+/g, " "));
        if (onComment)
          onComment();
      }
      if (!literal) {
        const foldedValue = value.replace(/\n+/g, "\n$&").replace(/(?:^|\n)([\t ].*)(?:([\n\t ]*)\n(?![\n\t ]))?/g, "$1$2").replace(/\n+/g, `$&${indent}`);
        let literalFallback = false;
        const foldOptions = getFoldOptions(ctx, true);
        if (blockQuote !== "folded" && type !== Scalar.Scalar.BLOCK_FOLDED) {
          foldOptions.onOverflow = () => {
            literalFallback = true;
          };
        }
        const body = foldFlowLines.foldFlowLines(`${start}${foldedValue}${end}`, indent, foldFlowLines.FOLD_BLOCK, foldOptions);
        if (!literalFallback)
          return `>${header}
${indent}${body}`;
      }
      value = value.replace(/\n+/g, `$&${indent}`);
      return `|${header}
${indent}${start}${value}${end}`;
    }
    function plainString(item, ctx, onComment, onChompKeep) {
      const { type, value } = item;
      const { actualString, implicitKey, indent, indentStep, inFlow } = ctx;
      if (implicitKey && value.includes("\n") || inFlow && /[[\]{},]/.test(value)) {
        return quotedString(value, ctx);
      }
      if (/^[\n\t ,[\]{}#&*!|>'"%@`]|^[?-]$|^[?-][ \t]|[\n:][ \t]|[ \t]\n|[\n\t ]#|[\n\t :]$/.test(value)) {
        return implicitKey || inFlow || !value.includes("\n") ? quotedString(value, ctx) : blockString(item, ctx, onComment, onChompKeep);
      }
      if (!implicitKey && !inFlow && type !== Scalar.Scalar.PLAIN && value.includes("\n")) {
        return blockString(item, ctx, onComment, onChompKeep);
      }
      if (containsDocumentMarker(value)) {
        if (indent === "") {
          ctx.forceBlockIndent = true;
          return blockString(item, ctx, onComment, onChompKeep);
        } else if (implicitKey && indent === indentStep) {
          return quotedString(value, ctx);
        }
      }
      const str2 = value.replace(/\n+/g, `$&
${indent}`);
      if (actualString) {
        const test = (tag) => tag.default && tag.tag !== "tag:yaml.org,2002:str" && tag.test?.test(str2);
        const { compat, tags } = ctx.doc.schema;
        if (tags.some(test) || compat?.some(test))
          return quotedString(value, ctx);
      }
      return implicitKey ? str2 : foldFlowLines.foldFlowLines(str2, indent, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, false));
    }
    function stringifyString(item, ctx, onComment, onChompKeep) {
      const { implicitKey, inFlow } = ctx;
      const ss = typeof item.value === "string" ? item : Object.assign({}, item, { value: String(item.value) });
      let { type } = item;
      if (type !== Scalar.Scalar.QUOTE_DOUBLE) {
        if (/[\x00-\x08\x0b-\x1f\x7f-\x9f\u{D800}-\u{DFFF}]/u.test(ss.value))
          type = Scalar.Scalar.QUOTE_DOUBLE;
      }
      const _stringify = (_type) => {
        switch (_type) {
          case Scalar.Scalar.BLOCK_FOLDED:
          case Scalar.Scalar.BLOCK_LITERAL:
            return implicitKey || inFlow ? quotedString(ss.value, ctx) : blockString(ss, ctx, onComment, onChompKeep);
          case Scalar.Scalar.QUOTE_DOUBLE:
            return doubleQuotedString(ss.value, ctx);
          case Scalar.Scalar.QUOTE_SINGLE:
            return singleQuotedString(ss.value, ctx);
          case Scalar.Scalar.PLAIN:
            return plainString(ss, ctx, onComment, onChompKeep);
          default:
            return null;
        }
      };
      let res = _stringify(type);
      if (res === null) {
        const { defaultKeyType, defaultStringType } = ctx.options;
        const t = implicitKey && defaultKeyType || defaultStringType;
        res = _stringify(t);
        if (res === null)
          throw new Error(`Unsupported default string type ${t}`);
      }
      return res;
    }
    exports.stringifyString = stringifyString;
  }
});

// node_modules/yaml/dist/stringify/stringify.js
var require_stringify = __commonJS({
  "node_modules/yaml/dist/stringify/stringify.js"(exports) {
    "use strict";
    var anchors = require_anchors();
    var identity = require_identity();
    var stringifyComment = require_stringifyComment();
    var stringifyString = require_stringifyString();
    function createStringifyContext(doc, options) {
      const opt = Object.assign({
        blockQuote: true,
        commentString: stringifyComment.stringifyComment,
        defaultKeyType: null,
        defaultStringType: "PLAIN",
        directives: null,
        doubleQuotedAsJSON: false,
        doubleQuotedMinMultiLineLength: 40,
        falseStr: "false",
        flowCollectionPadding: true,
        indentSeq: true,
        lineWidth: 80,
        minContentWidth: 20,
        nullStr: "null",
        simpleKeys: false,
        singleQuote: null,
        trailingComma: false,
        trueStr: "true",
        verifyAliasOrder: true
      }, doc.schema.toStringOptions, options);
      let inFlow;
      switch (opt.collectionStyle) {
        case "block":
          inFlow = false;
          break;
        case "flow":
          inFlow = true;
          break;
        default:
          inFlow = null;
      }
      return {
        anchors: /* @__PURE__ */ new Set(),
        doc,
        flowCollectionPadding: opt.flowCollectionPadding ? " " : "",
        indent: "",
        indentStep: typeof opt.indent === "number" ? " ".repeat(opt.indent) : "  ",
        inFlow,
        options: opt
      };
    }
    function getTagObject(tags, item) {
      if (item.tag) {
        const match = tags.filter((t) => t.tag === item.tag);
        if (match.length > 0)
          return match.find((t) => t.format === item.format) ?? match[0];
      }
      let tagObj = void 0;
      let obj;
      if (identity.isScalar(item)) {
        obj = item.value;
        let match = tags.filter((t) => t.identify?.(obj));
        if (match.length > 1) {
          const testMatch = match.filter((t) => t.test);
          if (testMatch.length > 0)
            match = testMatch;
        }
        tagObj = match.find((t) => t.format === item.format) ?? match.find((t) => !t.format);
      } else {
        obj = item;
        tagObj = tags.find((t) => t.nodeClass && obj instanceof t.nodeClass);
      }
      if (!tagObj) {
        const name = obj?.constructor?.name ?? (obj === null ? "null" : typeof obj);
        throw new Error(`Tag not resolved for ${name} value`);
      }
      return tagObj;
    }
    function stringifyProps(node, tagObj, { anchors: anchors$1, doc }) {
      if (!doc.directives)
        return "";
      const props2 = [];
      const anchor = (identity.isScalar(node) || identity.isCollection(node)) && node.anchor;
      if (anchor && anchors.anchorIsValid(anchor)) {
        anchors$1.add(anchor);
        props2.push(`&${anchor}`);
      }
      const tag = node.tag ?? (tagObj.default ? null : tagObj.tag);
      if (tag)
        props2.push(doc.directives.tagString(tag));
      return props2.join(" ");
    }
    function stringify2(item, ctx, onComment, onChompKeep) {
      if (identity.isPair(item))
        return item.toString(ctx, onComment, onChompKeep);
      if (identity.isAlias(item)) {
        if (ctx.doc.directives)
          return item.toString(ctx);
        if (ctx.resolvedAliases?.has(item)) {
          throw new TypeError(`Cannot stringify circular structure without alias nodes`);
        } else {
          if (ctx.resolvedAliases)
            ctx.resolvedAliases.add(item);
          else
            ctx.resolvedAliases = /* @__PURE__ */ new Set([item]);
          item = item.resolve(ctx.doc);
        }
      }
      let tagObj = void 0;
      const node = identity.isNode(item) ? item : ctx.doc.createNode(item, { onTagObj: (o) => tagObj = o });
      tagObj ?? (tagObj = getTagObject(ctx.doc.schema.tags, node));
      const props2 = stringifyProps(node, tagObj, ctx);
      if (props2.length > 0)
        ctx.indentAtStart = (ctx.indentAtStart ?? 0) + props2.length + 1;
      const str2 = typeof tagObj.stringify === "function" ? tagObj.stringify(node, ctx, onComment, onChompKeep) : identity.isScalar(node) ? stringifyString.stringifyString(node, ctx, onComment, onChompKeep) : node.toString(ctx, onComment, onChompKeep);
      if (!props2)
        return str2;
      return identity.isScalar(node) || str2[0] === "{" || str2[0] === "[" ? `${props2} ${str2}` : `${props2}
${ctx.indent}${str2}`;
    }
    exports.createStringifyContext = createStringifyContext;
    exports.stringify = stringify2;
  }
});

// node_modules/yaml/dist/stringify/stringifyPair.js
var require_stringifyPair = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyPair.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Scalar = require_Scalar();
    var stringify2 = require_stringify();
    var stringifyComment = require_stringifyComment();
    function stringifyPair({ key, value }, ctx, onComment, onChompKeep) {
      const { allNullValues, doc, indent, indentStep, options: { commentString, indentSeq, simpleKeys } } = ctx;
      let keyComment = identity.isNode(key) && key.comment || null;
      if (simpleKeys) {
        if (keyComment) {
          throw new Error("With simple keys, key nodes cannot have comments");
        }
        if (identity.isCollection(key) || !identity.isNode(key) && typeof key === "object") {
          const msg = "With simple keys, collection cannot be used as a key value";
          throw new Error(msg);
        }
      }
      let explicitKey = !simpleKeys && (!key || keyComment && value == null && !ctx.inFlow || identity.isCollection(key) || (identity.isScalar(key) ? key.type === Scalar.Scalar.BLOCK_FOLDED || key.type === Scalar.Scalar.BLOCK_LITERAL : typeof key === "object"));
      ctx = Object.assign({}, ctx, {
        allNullValues: false,
        implicitKey: !explicitKey && (simpleKeys || !allNullValues),
        indent: indent + indentStep
      });
      let keyCommentDone = false;
      let chompKeep = false;
      let str2 = stringify2.stringify(key, ctx, () => keyCommentDone = true, () => chompKeep = true);
      if (!explicitKey && !ctx.inFlow && str2.length > 1024) {
        if (simpleKeys)
          throw new Error("With simple keys, single line scalar must not span more than 1024 characters");
        explicitKey = true;
      }
      if (ctx.inFlow) {
        if (allNullValues || value == null) {
          if (keyCommentDone && onComment)
            onComment();
          return str2 === "" ? "?" : explicitKey ? `? ${str2}` : str2;
        }
      } else if (allNullValues && !simpleKeys || value == null && explicitKey) {
        str2 = `? ${str2}`;
        if (keyComment && !keyCommentDone) {
          str2 += stringifyComment.lineComment(str2, ctx.indent, commentString(keyComment));
        } else if (chompKeep && onChompKeep)
          onChompKeep();
        return str2;
      }
      if (keyCommentDone)
        keyComment = null;
      if (explicitKey) {
        if (keyComment)
          str2 += stringifyComment.lineComment(str2, ctx.indent, commentString(keyComment));
        str2 = `? ${str2}
${indent}:`;
      } else {
        str2 = `${str2}:`;
        if (keyComment)
          str2 += stringifyComment.lineComment(str2, ctx.indent, commentString(keyComment));
      }
      let vsb, vcb, valueComment;
      if (identity.isNode(value)) {
        vsb = !!value.spaceBefore;
        vcb = value.commentBefore;
        valueComment = value.comment;
      } else {
        vsb = false;
        vcb = null;
        valueComment = null;
        if (value && typeof value === "object")
          value = doc.createNode(value);
      }
      ctx.implicitKey = false;
      if (!explicitKey && !keyComment && identity.isScalar(value))
        ctx.indentAtStart = str2.length + 1;
      chompKeep = false;
      if (!indentSeq && indentStep.length >= 2 && !ctx.inFlow && !explicitKey && identity.isSeq(value) && !value.flow && !value.tag && !value.anchor) {
        ctx.indent = ctx.indent.substring(2);
      }
      let valueCommentDone = false;
      const valueStr = stringify2.stringify(value, ctx, () => valueCommentDone = true, () => chompKeep = true);
      let ws = " ";
      if (keyComment || vsb || vcb) {
        ws = vsb ? "\n" : "";
        if (vcb) {
          const cs = commentString(vcb);
          ws += `
${stringifyComment.indentComment(cs, ctx.indent)}`;
        }
        if (valueStr === "" && !ctx.inFlow) {
          if (ws === "\n" && valueComment)
            ws = "\n\n";
        } else {
          ws += `
${ctx.indent}`;
        }
      } else if (!explicitKey && identity.isCollection(value)) {
        const vs0 = valueStr[0];
        const nl0 = valueStr.indexOf("\n");
        const hasNewline = nl0 !== -1;
        const flow = ctx.inFlow ?? value.flow ?? value.items.length === 0;
        if (hasNewline || !flow) {
          let hasPropsLine = false;
          if (hasNewline && (vs0 === "&" || vs0 === "!")) {
            let sp0 = valueStr.indexOf(" ");
            if (vs0 === "&" && sp0 !== -1 && sp0 < nl0 && valueStr[sp0 + 1] === "!") {
              sp0 = valueStr.indexOf(" ", sp0 + 1);
            }
            if (sp0 === -1 || nl0 < sp0)
              hasPropsLine = true;
          }
          if (!hasPropsLine)
            ws = `
${ctx.indent}`;
        }
      } else if (valueStr === "" || valueStr[0] === "\n") {
        ws = "";
      }
      str2 += ws + valueStr;
      if (ctx.inFlow) {
        if (valueCommentDone && onComment)
          onComment();
      } else if (valueComment && !valueCommentDone) {
        str2 += stringifyComment.lineComment(str2, ctx.indent, commentString(valueComment));
      } else if (chompKeep && onChompKeep) {
        onChompKeep();
      }
      return str2;
    }
    exports.stringifyPair = stringifyPair;
  }
});

// node_modules/yaml/dist/log.js
var require_log = __commonJS({
  "node_modules/yaml/dist/log.js"(exports) {
    "use strict";
    var node_process = __require("process");
    function debug(logLevel, ...messages) {
      if (logLevel === "debug")
        console.log(...messages);
    }
    function warn(logLevel, warning) {
      if (logLevel === "debug" || logLevel === "warn") {
        if (typeof node_process.emitWarning === "function")
          node_process.emitWarning(warning);
        else
          console.warn(warning);
      }
    }
    exports.debug = debug;
    exports.warn = warn;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/merge.js
var require_merge = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/merge.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Scalar = require_Scalar();
    var MERGE_KEY = "<<";
    var merge = {
      identify: (value) => value === MERGE_KEY || typeof value === "symbol" && value.description === MERGE_KEY,
      default: "key",
      tag: "tag:yaml.org,2002:merge",
      test: /^<<$/,
      resolve: () => Object.assign(new Scalar.Scalar(Symbol(MERGE_KEY)), {
        addToJSMap: addMergeToJSMap
      }),
      stringify: () => MERGE_KEY
    };
    var isMergeKey = (ctx, key) => (merge.identify(key) || identity.isScalar(key) && (!key.type || key.type === Scalar.Scalar.PLAIN) && merge.identify(key.value)) && ctx?.doc.schema.tags.some((tag) => tag.tag === merge.tag && tag.default);
    function addMergeToJSMap(ctx, map, value) {
      const source = resolveAliasValue(ctx, value);
      if (identity.isSeq(source))
        for (const it of source.items)
          mergeValue(ctx, map, it);
      else if (Array.isArray(source))
        for (const it of source)
          mergeValue(ctx, map, it);
      else
        mergeValue(ctx, map, source);
    }
    function mergeValue(ctx, map, value) {
      const source = resolveAliasValue(ctx, value);
      if (!identity.isMap(source))
        throw new Error("Merge sources must be maps or map aliases");
      const srcMap = source.toJSON(null, ctx, Map);
      for (const [key, value2] of srcMap) {
        if (map instanceof Map) {
          if (!map.has(key))
            map.set(key, value2);
        } else if (map instanceof Set) {
          map.add(key);
        } else if (!Object.prototype.hasOwnProperty.call(map, key)) {
          Object.defineProperty(map, key, {
            value: value2,
            writable: true,
            enumerable: true,
            configurable: true
          });
        }
      }
      return map;
    }
    function resolveAliasValue(ctx, value) {
      return ctx && identity.isAlias(value) ? value.resolve(ctx.doc, ctx) : value;
    }
    exports.addMergeToJSMap = addMergeToJSMap;
    exports.isMergeKey = isMergeKey;
    exports.merge = merge;
  }
});

// node_modules/yaml/dist/nodes/addPairToJSMap.js
var require_addPairToJSMap = __commonJS({
  "node_modules/yaml/dist/nodes/addPairToJSMap.js"(exports) {
    "use strict";
    var log = require_log();
    var merge = require_merge();
    var stringify2 = require_stringify();
    var identity = require_identity();
    var toJS = require_toJS();
    function addPairToJSMap(ctx, map, { key, value }) {
      if (identity.isNode(key) && key.addToJSMap)
        key.addToJSMap(ctx, map, value);
      else if (merge.isMergeKey(ctx, key))
        merge.addMergeToJSMap(ctx, map, value);
      else {
        const jsKey = toJS.toJS(key, "", ctx);
        if (map instanceof Map) {
          map.set(jsKey, toJS.toJS(value, jsKey, ctx));
        } else if (map instanceof Set) {
          map.add(jsKey);
        } else {
          const stringKey = stringifyKey(key, jsKey, ctx);
          const jsValue = toJS.toJS(value, stringKey, ctx);
          if (stringKey in map)
            Object.defineProperty(map, stringKey, {
              value: jsValue,
              writable: true,
              enumerable: true,
              configurable: true
            });
          else
            map[stringKey] = jsValue;
        }
      }
      return map;
    }
    function stringifyKey(key, jsKey, ctx) {
      if (jsKey === null)
        return "";
      if (typeof jsKey !== "object")
        return String(jsKey);
      if (identity.isNode(key) && ctx?.doc) {
        const strCtx = stringify2.createStringifyContext(ctx.doc, {});
        strCtx.anchors = /* @__PURE__ */ new Set();
        for (const node of ctx.anchors.keys())
          strCtx.anchors.add(node.anchor);
        strCtx.inFlow = true;
        strCtx.inStringifyKey = true;
        const strKey = key.toString(strCtx);
        if (!ctx.mapKeyWarned) {
          let jsonStr = JSON.stringify(strKey);
          if (jsonStr.length > 40)
            jsonStr = jsonStr.substring(0, 36) + '..."';
          log.warn(ctx.doc.options.logLevel, `Keys with collection values will be stringified due to JS Object restrictions: ${jsonStr}. Set mapAsMap: true to use object keys.`);
          ctx.mapKeyWarned = true;
        }
        return strKey;
      }
      return JSON.stringify(jsKey);
    }
    exports.addPairToJSMap = addPairToJSMap;
  }
});

// node_modules/yaml/dist/nodes/Pair.js
var require_Pair = __commonJS({
  "node_modules/yaml/dist/nodes/Pair.js"(exports) {
    "use strict";
    var createNode = require_createNode();
    var stringifyPair = require_stringifyPair();
    var addPairToJSMap = require_addPairToJSMap();
    var identity = require_identity();
    function createPair(key, value, ctx) {
      const k = createNode.createNode(key, void 0, ctx);
      const v = createNode.createNode(value, void 0, ctx);
      return new Pair(k, v);
    }
    var Pair = class _Pair {
      constructor(key, value = null) {
        Object.defineProperty(this, identity.NODE_TYPE, { value: identity.PAIR });
        this.key = key;
        this.value = value;
      }
      clone(schema) {
        let { key, value } = this;
        if (identity.isNode(key))
          key = key.clone(schema);
        if (identity.isNode(value))
          value = value.clone(schema);
        return new _Pair(key, value);
      }
      toJSON(_, ctx) {
        const pair = ctx?.mapAsMap ? /* @__PURE__ */ new Map() : {};
        return addPairToJSMap.addPairToJSMap(ctx, pair, this);
      }
      toString(ctx, onComment, onChompKeep) {
        return ctx?.doc ? stringifyPair.stringifyPair(this, ctx, onComment, onChompKeep) : JSON.stringify(this);
      }
    };
    exports.Pair = Pair;
    exports.createPair = createPair;
  }
});

// node_modules/yaml/dist/stringify/stringifyCollection.js
var require_stringifyCollection = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyCollection.js"(exports) {
    "use strict";
    var identity = require_identity();
    var stringify2 = require_stringify();
    var stringifyComment = require_stringifyComment();
    function stringifyCollection(collection, ctx, options) {
      const flow = ctx.inFlow ?? collection.flow;
      const stringify3 = flow ? stringifyFlowCollection : stringifyBlockCollection;
      return stringify3(collection, ctx, options);
    }
    function stringifyBlockCollection({ comment, items }, ctx, { blockItemPrefix, flowChars, itemIndent, onChompKeep, onComment }) {
      const { indent, options: { commentString } } = ctx;
      const itemCtx = Object.assign({}, ctx, { indent: itemIndent, type: null });
      let chompKeep = false;
      const lines = [];
      for (let i = 0; i < items.length; ++i) {
        const item = items[i];
        let comment2 = null;
        if (identity.isNode(item)) {
          if (!chompKeep && item.spaceBefore)
            lines.push("");
          addCommentBefore(ctx, lines, item.commentBefore, chompKeep);
          if (item.comment)
            comment2 = item.comment;
        } else if (identity.isPair(item)) {
          const ik = identity.isNode(item.key) ? item.key : null;
          if (ik) {
            if (!chompKeep && ik.spaceBefore)
              lines.push("");
            addCommentBefore(ctx, lines, ik.commentBefore, chompKeep);
          }
        }
        chompKeep = false;
        let str3 = stringify2.stringify(item, itemCtx, () => comment2 = null, () => chompKeep = true);
        if (comment2)
          str3 += stringifyComment.lineComment(str3, itemIndent, commentString(comment2));
        if (chompKeep && comment2)
          chompKeep = false;
        lines.push(blockItemPrefix + str3);
      }
      let str2;
      if (lines.length === 0) {
        str2 = flowChars.start + flowChars.end;
      } else {
        str2 = lines[0];
        for (let i = 1; i < lines.length; ++i) {
          const line = lines[i];
          str2 += line ? `
${indent}${line}` : "\n";
        }
      }
      if (comment) {
        str2 += "\n" + stringifyComment.indentComment(commentString(comment), indent);
        if (onComment)
          onComment();
      } else if (chompKeep && onChompKeep)
        onChompKeep();
      return str2;
    }
    function stringifyFlowCollection({ items }, ctx, { flowChars, itemIndent }) {
      const { indent, indentStep, flowCollectionPadding: fcPadding, options: { commentString } } = ctx;
      itemIndent += indentStep;
      const itemCtx = Object.assign({}, ctx, {
        indent: itemIndent,
        inFlow: true,
        type: null
      });
      let reqNewline = false;
      let linesAtValue = 0;
      const lines = [];
      for (let i = 0; i < items.length; ++i) {
        const item = items[i];
        let comment = null;
        if (identity.isNode(item)) {
          if (item.spaceBefore)
            lines.push("");
          addCommentBefore(ctx, lines, item.commentBefore, false);
          if (item.comment)
            comment = item.comment;
        } else if (identity.isPair(item)) {
          const ik = identity.isNode(item.key) ? item.key : null;
          if (ik) {
            if (ik.spaceBefore)
              lines.push("");
            addCommentBefore(ctx, lines, ik.commentBefore, false);
            if (ik.comment)
              reqNewline = true;
          }
          const iv = identity.isNode(item.value) ? item.value : null;
          if (iv) {
            if (iv.comment)
              comment = iv.comment;
            if (iv.commentBefore)
              reqNewline = true;
          } else if (item.value == null && ik?.comment) {
            comment = ik.comment;
          }
        }
        if (comment)
          reqNewline = true;
        let str2 = stringify2.stringify(item, itemCtx, () => comment = null);
        reqNewline || (reqNewline = lines.length > linesAtValue || str2.includes("\n"));
        if (i < items.length - 1) {
          str2 += ",";
        } else if (ctx.options.trailingComma) {
          if (ctx.options.lineWidth > 0) {
            reqNewline || (reqNewline = lines.reduce((sum, line) => sum + line.length + 2, 2) + (str2.length + 2) > ctx.options.lineWidth);
          }
          if (reqNewline) {
            str2 += ",";
          }
        }
        if (comment)
          str2 += stringifyComment.lineComment(str2, itemIndent, commentString(comment));
        lines.push(str2);
        linesAtValue = lines.length;
      }
      const { start, end } = flowChars;
      if (lines.length === 0) {
        return start + end;
      } else {
        if (!reqNewline) {
          const len = lines.reduce((sum, line) => sum + line.length + 2, 2);
          reqNewline = ctx.options.lineWidth > 0 && len > ctx.options.lineWidth;
        }
        if (reqNewline) {
          let str2 = start;
          for (const line of lines)
            str2 += line ? `
${indentStep}${indent}${line}` : "\n";
          return `${str2}
${indent}${end}`;
        } else {
          return `${start}${fcPadding}${lines.join(" ")}${fcPadding}${end}`;
        }
      }
    }
    function addCommentBefore({ indent, options: { commentString } }, lines, comment, chompKeep) {
      if (comment && chompKeep)
        comment = comment.replace(/^\n+/, "");
      if (comment) {
        const ic = stringifyComment.indentComment(commentString(comment), indent);
        lines.push(ic.trimStart());
      }
    }
    exports.stringifyCollection = stringifyCollection;
  }
});

// node_modules/yaml/dist/nodes/YAMLMap.js
var require_YAMLMap = __commonJS({
  "node_modules/yaml/dist/nodes/YAMLMap.js"(exports) {
    "use strict";
    var stringifyCollection = require_stringifyCollection();
    var addPairToJSMap = require_addPairToJSMap();
    var Collection = require_Collection();
    var identity = require_identity();
    var Pair = require_Pair();
    var Scalar = require_Scalar();
    function findPair(items, key) {
      const k = identity.isScalar(key) ? key.value : key;
      for (const it of items) {
        if (identity.isPair(it)) {
          if (it.key === key || it.key === k)
            return it;
          if (identity.isScalar(it.key) && it.key.value === k)
            return it;
        }
      }
      return void 0;
    }
    var YAMLMap = class extends Collection.Collection {
      static get tagName() {
        return "tag:yaml.org,2002:map";
      }
      constructor(schema) {
        super(identity.MAP, schema);
        this.items = [];
      }
      /**
       * A generic collection parsing method that can be extended
       * to other node classes that inherit from YAMLMap
       */
      static from(schema, obj, ctx) {
        const { keepUndefined, replacer } = ctx;
        const map = new this(schema);
        const add = (key, value) => {
          if (typeof replacer === "function")
            value = replacer.call(obj, key, value);
          else if (Array.isArray(replacer) && !replacer.includes(key))
            return;
          if (value !== void 0 || keepUndefined)
            map.items.push(Pair.createPair(key, value, ctx));
        };
        if (obj instanceof Map) {
          for (const [key, value] of obj)
            add(key, value);
        } else if (obj && typeof obj === "object") {
          for (const key of Object.keys(obj))
            add(key, obj[key]);
        }
        if (typeof schema.sortMapEntries === "function") {
          map.items.sort(schema.sortMapEntries);
        }
        return map;
      }
      /**
       * Adds a value to the collection.
       *
       * @param overwrite - If not set `true`, using a key that is already in the
       *   collection will throw. Otherwise, overwrites the previous value.
       */
      add(pair, overwrite) {
        let _pair;
        if (identity.isPair(pair))
          _pair = pair;
        else if (!pair || typeof pair !== "object" || !("key" in pair)) {
          _pair = new Pair.Pair(pair, pair?.value);
        } else
          _pair = new Pair.Pair(pair.key, pair.value);
        const prev = findPair(this.items, _pair.key);
        const sortEntries = this.schema?.sortMapEntries;
        if (prev) {
          if (!overwrite)
            throw new Error(`Key ${_pair.key} already set`);
          if (identity.isScalar(prev.value) && Scalar.isScalarValue(_pair.value))
            prev.value.value = _pair.value;
          else
            prev.value = _pair.value;
        } else if (sortEntries) {
          const i = this.items.findIndex((item) => sortEntries(_pair, item) < 0);
          if (i === -1)
            this.items.push(_pair);
          else
            this.items.splice(i, 0, _pair);
        } else {
          this.items.push(_pair);
        }
      }
      delete(key) {
        const it = findPair(this.items, key);
        if (!it)
          return false;
        const del = this.items.splice(this.items.indexOf(it), 1);
        return del.length > 0;
      }
      get(key, keepScalar) {
        const it = findPair(this.items, key);
        const node = it?.value;
        return (!keepScalar && identity.isScalar(node) ? node.value : node) ?? void 0;
      }
      has(key) {
        return !!findPair(this.items, key);
      }
      set(key, value) {
        this.add(new Pair.Pair(key, value), true);
      }
      /**
       * @param ctx - Conversion context, originally set in Document#toJS()
       * @param {Class} Type - If set, forces the returned collection type
       * @returns Instance of Type, Map, or Object
       */
      toJSON(_, ctx, Type) {
        const map = Type ? new Type() : ctx?.mapAsMap ? /* @__PURE__ */ new Map() : {};
        if (ctx?.onCreate)
          ctx.onCreate(map);
        for (const item of this.items)
          addPairToJSMap.addPairToJSMap(ctx, map, item);
        return map;
      }
      toString(ctx, onComment, onChompKeep) {
        if (!ctx)
          return JSON.stringify(this);
        for (const item of this.items) {
          if (!identity.isPair(item))
            throw new Error(`Map items must all be pairs; found ${JSON.stringify(item)} instead`);
        }
        if (!ctx.allNullValues && this.hasAllNullValues(false))
          ctx = Object.assign({}, ctx, { allNullValues: true });
        return stringifyCollection.stringifyCollection(this, ctx, {
          blockItemPrefix: "",
          flowChars: { start: "{", end: "}" },
          itemIndent: ctx.indent || "",
          onChompKeep,
          onComment
        });
      }
    };
    exports.YAMLMap = YAMLMap;
    exports.findPair = findPair;
  }
});

// node_modules/yaml/dist/schema/common/map.js
var require_map = __commonJS({
  "node_modules/yaml/dist/schema/common/map.js"(exports) {
    "use strict";
    var identity = require_identity();
    var YAMLMap = require_YAMLMap();
    var map = {
      collection: "map",
      default: true,
      nodeClass: YAMLMap.YAMLMap,
      tag: "tag:yaml.org,2002:map",
      resolve(map2, onError) {
        if (!identity.isMap(map2))
          onError("Expected a mapping for this tag");
        return map2;
      },
      createNode: (schema, obj, ctx) => YAMLMap.YAMLMap.from(schema, obj, ctx)
    };
    exports.map = map;
  }
});

// node_modules/yaml/dist/nodes/YAMLSeq.js
var require_YAMLSeq = __commonJS({
  "node_modules/yaml/dist/nodes/YAMLSeq.js"(exports) {
    "use strict";
    var createNode = require_createNode();
    var stringifyCollection = require_stringifyCollection();
    var Collection = require_Collection();
    var identity = require_identity();
    var Scalar = require_Scalar();
    var toJS = require_toJS();
    var YAMLSeq = class extends Collection.Collection {
      static get tagName() {
        return "tag:yaml.org,2002:seq";
      }
      constructor(schema) {
        super(identity.SEQ, schema);
        this.items = [];
      }
      add(value) {
        this.items.push(value);
      }
      /**
       * Removes a value from the collection.
       *
       * `key` must contain a representation of an integer for this to succeed.
       * It may be wrapped in a `Scalar`.
       *
       * @returns `true` if the item was found and removed.
       */
      delete(key) {
        const idx = asItemIndex(key);
        if (typeof idx !== "number")
          return false;
        const del = this.items.splice(idx, 1);
        return del.length > 0;
      }
      get(key, keepScalar) {
        const idx = asItemIndex(key);
        if (typeof idx !== "number")
          return void 0;
        const it = this.items[idx];
        return !keepScalar && identity.isScalar(it) ? it.value : it;
      }
      /**
       * Checks if the collection includes a value with the key `key`.
       *
       * `key` must contain a representation of an integer for this to succeed.
       * It may be wrapped in a `Scalar`.
       */
      has(key) {
        const idx = asItemIndex(key);
        return typeof idx === "number" && idx < this.items.length;
      }
      /**
       * Sets a value in this collection. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       *
       * If `key` does not contain a representation of an integer, this will throw.
       * It may be wrapped in a `Scalar`.
       */
      set(key, value) {
        const idx = asItemIndex(key);
        if (typeof idx !== "number")
          throw new Error(`Expected a valid index, not ${key}.`);
        const prev = this.items[idx];
        if (identity.isScalar(prev) && Scalar.isScalarValue(value))
          prev.value = value;
        else
          this.items[idx] = value;
      }
      toJSON(_, ctx) {
        const seq = [];
        if (ctx?.onCreate)
          ctx.onCreate(seq);
        let i = 0;
        for (const item of this.items)
          seq.push(toJS.toJS(item, String(i++), ctx));
        return seq;
      }
      toString(ctx, onComment, onChompKeep) {
        if (!ctx)
          return JSON.stringify(this);
        return stringifyCollection.stringifyCollection(this, ctx, {
          blockItemPrefix: "- ",
          flowChars: { start: "[", end: "]" },
          itemIndent: (ctx.indent || "") + "  ",
          onChompKeep,
          onComment
        });
      }
      static from(schema, obj, ctx) {
        const { replacer } = ctx;
        const seq = new this(schema);
        if (obj && Symbol.iterator in Object(obj)) {
          let i = 0;
          for (let it of obj) {
            if (typeof replacer === "function") {
              const key = obj instanceof Set ? it : String(i++);
              it = replacer.call(obj, key, it);
            }
            seq.items.push(createNode.createNode(it, void 0, ctx));
          }
        }
        return seq;
      }
    };
    function asItemIndex(key) {
      let idx = identity.isScalar(key) ? key.value : key;
      if (idx && typeof idx === "string")
        idx = Number(idx);
      return typeof idx === "number" && Number.isInteger(idx) && idx >= 0 ? idx : null;
    }
    exports.YAMLSeq = YAMLSeq;
  }
});

// node_modules/yaml/dist/schema/common/seq.js
var require_seq = __commonJS({
  "node_modules/yaml/dist/schema/common/seq.js"(exports) {
    "use strict";
    var identity = require_identity();
    var YAMLSeq = require_YAMLSeq();
    var seq = {
      collection: "seq",
      default: true,
      nodeClass: YAMLSeq.YAMLSeq,
      tag: "tag:yaml.org,2002:seq",
      resolve(seq2, onError) {
        if (!identity.isSeq(seq2))
          onError("Expected a sequence for this tag");
        return seq2;
      },
      createNode: (schema, obj, ctx) => YAMLSeq.YAMLSeq.from(schema, obj, ctx)
    };
    exports.seq = seq;
  }
});

// node_modules/yaml/dist/schema/common/string.js
var require_string = __commonJS({
  "node_modules/yaml/dist/schema/common/string.js"(exports) {
    "use strict";
    var stringifyString = require_stringifyString();
    var string = {
      identify: (value) => typeof value === "string",
      default: true,
      tag: "tag:yaml.org,2002:str",
      resolve: (str2) => str2,
      stringify(item, ctx, onComment, onChompKeep) {
        ctx = Object.assign({ actualString: true }, ctx);
        return stringifyString.stringifyString(item, ctx, onComment, onChompKeep);
      }
    };
    exports.string = string;
  }
});

// node_modules/yaml/dist/schema/common/null.js
var require_null = __commonJS({
  "node_modules/yaml/dist/schema/common/null.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var nullTag = {
      identify: (value) => value == null,
      createNode: () => new Scalar.Scalar(null),
      default: true,
      tag: "tag:yaml.org,2002:null",
      test: /^(?:~|[Nn]ull|NULL)?$/,
      resolve: () => new Scalar.Scalar(null),
      stringify: ({ source }, ctx) => typeof source === "string" && nullTag.test.test(source) ? source : ctx.options.nullStr
    };
    exports.nullTag = nullTag;
  }
});

// node_modules/yaml/dist/schema/core/bool.js
var require_bool = __commonJS({
  "node_modules/yaml/dist/schema/core/bool.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var boolTag = {
      identify: (value) => typeof value === "boolean",
      default: true,
      tag: "tag:yaml.org,2002:bool",
      test: /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/,
      resolve: (str2) => new Scalar.Scalar(str2[0] === "t" || str2[0] === "T"),
      stringify({ source, value }, ctx) {
        if (source && boolTag.test.test(source)) {
          const sv = source[0] === "t" || source[0] === "T";
          if (value === sv)
            return source;
        }
        return value ? ctx.options.trueStr : ctx.options.falseStr;
      }
    };
    exports.boolTag = boolTag;
  }
});

// node_modules/yaml/dist/stringify/stringifyNumber.js
var require_stringifyNumber = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyNumber.js"(exports) {
    "use strict";
    function stringifyNumber({ format, minFractionDigits, tag, value }) {
      if (typeof value === "bigint")
        return String(value);
      const num2 = typeof value === "number" ? value : Number(value);
      if (!isFinite(num2))
        return isNaN(num2) ? ".nan" : num2 < 0 ? "-.inf" : ".inf";
      let n = Object.is(value, -0) ? "-0" : JSON.stringify(value);
      if (!format && minFractionDigits && (!tag || tag === "tag:yaml.org,2002:float") && /^-?\d/.test(n) && !n.includes("e")) {
        let i = n.indexOf(".");
        if (i < 0) {
          i = n.length;
          n += ".";
        }
        let d = minFractionDigits - (n.length - i - 1);
        while (d-- > 0)
          n += "0";
      }
      return n;
    }
    exports.stringifyNumber = stringifyNumber;
  }
});

// node_modules/yaml/dist/schema/core/float.js
var require_float = __commonJS({
  "node_modules/yaml/dist/schema/core/float.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var stringifyNumber = require_stringifyNumber();
    var floatNaN = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
      resolve: (str2) => str2.slice(-3).toLowerCase() === "nan" ? NaN : str2[0] === "-" ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY,
      stringify: stringifyNumber.stringifyNumber
    };
    var floatExp = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      format: "EXP",
      test: /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/,
      resolve: (str2) => parseFloat(str2),
      stringify(node) {
        const num2 = Number(node.value);
        return isFinite(num2) ? num2.toExponential() : stringifyNumber.stringifyNumber(node);
      }
    };
    var float = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/,
      resolve(str2) {
        const node = new Scalar.Scalar(parseFloat(str2));
        const dot = str2.indexOf(".");
        if (dot !== -1 && str2[str2.length - 1] === "0")
          node.minFractionDigits = str2.length - dot - 1;
        return node;
      },
      stringify: stringifyNumber.stringifyNumber
    };
    exports.float = float;
    exports.floatExp = floatExp;
    exports.floatNaN = floatNaN;
  }
});

// node_modules/yaml/dist/schema/core/int.js
var require_int = __commonJS({
  "node_modules/yaml/dist/schema/core/int.js"(exports) {
    "use strict";
    var stringifyNumber = require_stringifyNumber();
    var intIdentify = (value) => typeof value === "bigint" || Number.isInteger(value);
    var intResolve = (str2, offset, radix, { intAsBigInt }) => intAsBigInt ? BigInt(str2) : parseInt(str2.substring(offset), radix);
    function intStringify(node, radix, prefix) {
      const { value } = node;
      if (intIdentify(value) && value >= 0)
        return prefix + value.toString(radix);
      return stringifyNumber.stringifyNumber(node);
    }
    var intOct = {
      identify: (value) => intIdentify(value) && value >= 0,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "OCT",
      test: /^0o[0-7]+$/,
      resolve: (str2, _onError, opt) => intResolve(str2, 2, 8, opt),
      stringify: (node) => intStringify(node, 8, "0o")
    };
    var int = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      test: /^[-+]?[0-9]+$/,
      resolve: (str2, _onError, opt) => intResolve(str2, 0, 10, opt),
      stringify: stringifyNumber.stringifyNumber
    };
    var intHex = {
      identify: (value) => intIdentify(value) && value >= 0,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "HEX",
      test: /^0x[0-9a-fA-F]+$/,
      resolve: (str2, _onError, opt) => intResolve(str2, 2, 16, opt),
      stringify: (node) => intStringify(node, 16, "0x")
    };
    exports.int = int;
    exports.intHex = intHex;
    exports.intOct = intOct;
  }
});

// node_modules/yaml/dist/schema/core/schema.js
var require_schema = __commonJS({
  "node_modules/yaml/dist/schema/core/schema.js"(exports) {
    "use strict";
    var map = require_map();
    var _null = require_null();
    var seq = require_seq();
    var string = require_string();
    var bool2 = require_bool();
    var float = require_float();
    var int = require_int();
    var schema = [
      map.map,
      seq.seq,
      string.string,
      _null.nullTag,
      bool2.boolTag,
      int.intOct,
      int.int,
      int.intHex,
      float.floatNaN,
      float.floatExp,
      float.float
    ];
    exports.schema = schema;
  }
});

// node_modules/yaml/dist/schema/json/schema.js
var require_schema2 = __commonJS({
  "node_modules/yaml/dist/schema/json/schema.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var map = require_map();
    var seq = require_seq();
    function intIdentify(value) {
      return typeof value === "bigint" || Number.isInteger(value);
    }
    var stringifyJSON = ({ value }) => JSON.stringify(value);
    var jsonScalars = [
      {
        identify: (value) => typeof value === "string",
        default: true,
        tag: "tag:yaml.org,2002:str",
        resolve: (str2) => str2,
        stringify: stringifyJSON
      },
      {
        identify: (value) => value == null,
        createNode: () => new Scalar.Scalar(null),
        default: true,
        tag: "tag:yaml.org,2002:null",
        test: /^null$/,
        resolve: () => null,
        stringify: stringifyJSON
      },
      {
        identify: (value) => typeof value === "boolean",
        default: true,
        tag: "tag:yaml.org,2002:bool",
        test: /^true$|^false$/,
        resolve: (str2) => str2 === "true",
        stringify: stringifyJSON
      },
      {
        identify: intIdentify,
        default: true,
        tag: "tag:yaml.org,2002:int",
        test: /^-?(?:0|[1-9][0-9]*)$/,
        resolve: (str2, _onError, { intAsBigInt }) => intAsBigInt ? BigInt(str2) : parseInt(str2, 10),
        stringify: ({ value }) => intIdentify(value) ? value.toString() : JSON.stringify(value)
      },
      {
        identify: (value) => typeof value === "number",
        default: true,
        tag: "tag:yaml.org,2002:float",
        test: /^-?(?:0|[1-9][0-9]*)(?:\.[0-9]*)?(?:[eE][-+]?[0-9]+)?$/,
        resolve: (str2) => parseFloat(str2),
        stringify: stringifyJSON
      }
    ];
    var jsonError = {
      default: true,
      tag: "",
      test: /^/,
      resolve(str2, onError) {
        onError(`Unresolved plain scalar ${JSON.stringify(str2)}`);
        return str2;
      }
    };
    var schema = [map.map, seq.seq].concat(jsonScalars, jsonError);
    exports.schema = schema;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/binary.js
var require_binary = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/binary.js"(exports) {
    "use strict";
    var node_buffer = __require("buffer");
    var Scalar = require_Scalar();
    var stringifyString = require_stringifyString();
    var binary = {
      identify: (value) => value instanceof Uint8Array,
      // Buffer inherits from Uint8Array
      default: false,
      tag: "tag:yaml.org,2002:binary",
      /**
       * Returns a Buffer in node and an Uint8Array in browsers
       *
       * To use the resulting buffer as an image, you'll want to do something like:
       *
       *   const blob = new Blob([buffer], { type: 'image/jpeg' })
       *   document.querySelector('#photo').src = URL.createObjectURL(blob)
       */
      resolve(src, onError) {
        if (typeof node_buffer.Buffer === "function") {
          return node_buffer.Buffer.from(src, "base64");
        } else if (typeof atob === "function") {
          const str2 = atob(src.replace(/[\n\r]/g, ""));
          const buffer = new Uint8Array(str2.length);
          for (let i = 0; i < str2.length; ++i)
            buffer[i] = str2.charCodeAt(i);
          return buffer;
        } else {
          onError("This environment does not support reading binary tags; either Buffer or atob is required");
          return src;
        }
      },
      stringify({ comment, type, value }, ctx, onComment, onChompKeep) {
        if (!value)
          return "";
        const buf = value;
        let str2;
        if (typeof node_buffer.Buffer === "function") {
          str2 = buf instanceof node_buffer.Buffer ? buf.toString("base64") : node_buffer.Buffer.from(buf.buffer).toString("base64");
        } else if (typeof btoa === "function") {
          let s = "";
          for (let i = 0; i < buf.length; ++i)
            s += String.fromCharCode(buf[i]);
          str2 = btoa(s);
        } else {
          throw new Error("This environment does not support writing binary tags; either Buffer or btoa is required");
        }
        type ?? (type = Scalar.Scalar.BLOCK_LITERAL);
        if (type !== Scalar.Scalar.QUOTE_DOUBLE) {
          const lineWidth = Math.max(ctx.options.lineWidth - ctx.indent.length, ctx.options.minContentWidth);
          const n = Math.ceil(str2.length / lineWidth);
          const lines = new Array(n);
          for (let i = 0, o = 0; i < n; ++i, o += lineWidth) {
            lines[i] = str2.substr(o, lineWidth);
          }
          str2 = lines.join(type === Scalar.Scalar.BLOCK_LITERAL ? "\n" : " ");
        }
        return stringifyString.stringifyString({ comment, type, value: str2 }, ctx, onComment, onChompKeep);
      }
    };
    exports.binary = binary;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/pairs.js
var require_pairs = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/pairs.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Pair = require_Pair();
    var Scalar = require_Scalar();
    var YAMLSeq = require_YAMLSeq();
    function resolvePairs(seq, onError) {
      if (identity.isSeq(seq)) {
        for (let i = 0; i < seq.items.length; ++i) {
          let item = seq.items[i];
          if (identity.isPair(item))
            continue;
          else if (identity.isMap(item)) {
            if (item.items.length > 1)
              onError("Each pair must have its own sequence indicator");
            const pair = item.items[0] || new Pair.Pair(new Scalar.Scalar(null));
            if (item.commentBefore)
              pair.key.commentBefore = pair.key.commentBefore ? `${item.commentBefore}
${pair.key.commentBefore}` : item.commentBefore;
            if (item.comment) {
              const cn = pair.value ?? pair.key;
              cn.comment = cn.comment ? `${item.comment}
${cn.comment}` : item.comment;
            }
            item = pair;
          }
          seq.items[i] = identity.isPair(item) ? item : new Pair.Pair(item);
        }
      } else
        onError("Expected a sequence for this tag");
      return seq;
    }
    function createPairs(schema, iterable, ctx) {
      const { replacer } = ctx;
      const pairs2 = new YAMLSeq.YAMLSeq(schema);
      pairs2.tag = "tag:yaml.org,2002:pairs";
      let i = 0;
      if (iterable && Symbol.iterator in Object(iterable))
        for (let it of iterable) {
          if (typeof replacer === "function")
            it = replacer.call(iterable, String(i++), it);
          let key, value;
          if (Array.isArray(it)) {
            if (it.length === 2) {
              key = it[0];
              value = it[1];
            } else
              throw new TypeError(`Expected [key, value] tuple: ${it}`);
          } else if (it && it instanceof Object) {
            const keys = Object.keys(it);
            if (keys.length === 1) {
              key = keys[0];
              value = it[key];
            } else {
              throw new TypeError(`Expected tuple with one key, not ${keys.length} keys`);
            }
          } else {
            key = it;
          }
          pairs2.items.push(Pair.createPair(key, value, ctx));
        }
      return pairs2;
    }
    var pairs = {
      collection: "seq",
      default: false,
      tag: "tag:yaml.org,2002:pairs",
      resolve: resolvePairs,
      createNode: createPairs
    };
    exports.createPairs = createPairs;
    exports.pairs = pairs;
    exports.resolvePairs = resolvePairs;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/omap.js
var require_omap = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/omap.js"(exports) {
    "use strict";
    var identity = require_identity();
    var toJS = require_toJS();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var pairs = require_pairs();
    var YAMLOMap = class _YAMLOMap extends YAMLSeq.YAMLSeq {
      constructor() {
        super();
        this.add = YAMLMap.YAMLMap.prototype.add.bind(this);
        this.delete = YAMLMap.YAMLMap.prototype.delete.bind(this);
        this.get = YAMLMap.YAMLMap.prototype.get.bind(this);
        this.has = YAMLMap.YAMLMap.prototype.has.bind(this);
        this.set = YAMLMap.YAMLMap.prototype.set.bind(this);
        this.tag = _YAMLOMap.tag;
      }
      /**
       * If `ctx` is given, the return type is actually `Map<unknown, unknown>`,
       * but TypeScript won't allow widening the signature of a child method.
       */
      toJSON(_, ctx) {
        if (!ctx)
          return super.toJSON(_);
        const map = /* @__PURE__ */ new Map();
        if (ctx?.onCreate)
          ctx.onCreate(map);
        for (const pair of this.items) {
          let key, value;
          if (identity.isPair(pair)) {
            key = toJS.toJS(pair.key, "", ctx);
            value = toJS.toJS(pair.value, key, ctx);
          } else {
            key = toJS.toJS(pair, "", ctx);
          }
          if (map.has(key))
            throw new Error("Ordered maps must not include duplicate keys");
          map.set(key, value);
        }
        return map;
      }
      static from(schema, iterable, ctx) {
        const pairs$1 = pairs.createPairs(schema, iterable, ctx);
        const omap2 = new this();
        omap2.items = pairs$1.items;
        return omap2;
      }
    };
    YAMLOMap.tag = "tag:yaml.org,2002:omap";
    var omap = {
      collection: "seq",
      identify: (value) => value instanceof Map,
      nodeClass: YAMLOMap,
      default: false,
      tag: "tag:yaml.org,2002:omap",
      resolve(seq, onError) {
        const pairs$1 = pairs.resolvePairs(seq, onError);
        const seenKeys = [];
        for (const { key } of pairs$1.items) {
          if (identity.isScalar(key)) {
            if (seenKeys.includes(key.value)) {
              onError(`Ordered maps must not include duplicate keys: ${key.value}`);
            } else {
              seenKeys.push(key.value);
            }
          }
        }
        return Object.assign(new YAMLOMap(), pairs$1);
      },
      createNode: (schema, iterable, ctx) => YAMLOMap.from(schema, iterable, ctx)
    };
    exports.YAMLOMap = YAMLOMap;
    exports.omap = omap;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/bool.js
var require_bool2 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/bool.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    function boolStringify({ value, source }, ctx) {
      const boolObj = value ? trueTag : falseTag;
      if (source && boolObj.test.test(source))
        return source;
      return value ? ctx.options.trueStr : ctx.options.falseStr;
    }
    var trueTag = {
      identify: (value) => value === true,
      default: true,
      tag: "tag:yaml.org,2002:bool",
      test: /^(?:Y|y|[Yy]es|YES|[Tt]rue|TRUE|[Oo]n|ON)$/,
      resolve: () => new Scalar.Scalar(true),
      stringify: boolStringify
    };
    var falseTag = {
      identify: (value) => value === false,
      default: true,
      tag: "tag:yaml.org,2002:bool",
      test: /^(?:N|n|[Nn]o|NO|[Ff]alse|FALSE|[Oo]ff|OFF)$/,
      resolve: () => new Scalar.Scalar(false),
      stringify: boolStringify
    };
    exports.falseTag = falseTag;
    exports.trueTag = trueTag;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/float.js
var require_float2 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/float.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var stringifyNumber = require_stringifyNumber();
    var floatNaN = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
      resolve: (str2) => str2.slice(-3).toLowerCase() === "nan" ? NaN : str2[0] === "-" ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY,
      stringify: stringifyNumber.stringifyNumber
    };
    var floatExp = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      format: "EXP",
      test: /^[-+]?(?:[0-9][0-9_]*)?(?:\.[0-9_]*)?[eE][-+]?[0-9]+$/,
      resolve: (str2) => parseFloat(str2.replace(/_/g, "")),
      stringify(node) {
        const num2 = Number(node.value);
        return isFinite(num2) ? num2.toExponential() : stringifyNumber.stringifyNumber(node);
      }
    };
    var float = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^[-+]?(?:[0-9][0-9_]*)?\.[0-9_]*$/,
      resolve(str2) {
        const node = new Scalar.Scalar(parseFloat(str2.replace(/_/g, "")));
        const dot = str2.indexOf(".");
        if (dot !== -1) {
          const f = str2.substring(dot + 1).replace(/_/g, "");
          if (f[f.length - 1] === "0")
            node.minFractionDigits = f.length;
        }
        return node;
      },
      stringify: stringifyNumber.stringifyNumber
    };
    exports.float = float;
    exports.floatExp = floatExp;
    exports.floatNaN = floatNaN;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/int.js
var require_int2 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/int.js"(exports) {
    "use strict";
    var stringifyNumber = require_stringifyNumber();
    var intIdentify = (value) => typeof value === "bigint" || Number.isInteger(value);
    function intResolve(str2, offset, radix, { intAsBigInt }) {
      const sign = str2[0];
      if (sign === "-" || sign === "+")
        offset += 1;
      str2 = str2.substring(offset).replace(/_/g, "");
      if (intAsBigInt) {
        switch (radix) {
          case 2:
            str2 = `0b${str2}`;
            break;
          case 8:
            str2 = `0o${str2}`;
            break;
          case 16:
            str2 = `0x${str2}`;
            break;
        }
        const n2 = BigInt(str2);
        return sign === "-" ? BigInt(-1) * n2 : n2;
      }
      const n = parseInt(str2, radix);
      return sign === "-" ? -1 * n : n;
    }
    function intStringify(node, radix, prefix) {
      const { value } = node;
      if (intIdentify(value)) {
        const str2 = value.toString(radix);
        return value < 0 ? "-" + prefix + str2.substr(1) : prefix + str2;
      }
      return stringifyNumber.stringifyNumber(node);
    }
    var intBin = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "BIN",
      test: /^[-+]?0b[0-1_]+$/,
      resolve: (str2, _onError, opt) => intResolve(str2, 2, 2, opt),
      stringify: (node) => intStringify(node, 2, "0b")
    };
    var intOct = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "OCT",
      test: /^[-+]?0[0-7_]+$/,
      resolve: (str2, _onError, opt) => intResolve(str2, 1, 8, opt),
      stringify: (node) => intStringify(node, 8, "0")
    };
    var int = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      test: /^[-+]?[0-9][0-9_]*$/,
      resolve: (str2, _onError, opt) => intResolve(str2, 0, 10, opt),
      stringify: stringifyNumber.stringifyNumber
    };
    var intHex = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "HEX",
      test: /^[-+]?0x[0-9a-fA-F_]+$/,
      resolve: (str2, _onError, opt) => intResolve(str2, 2, 16, opt),
      stringify: (node) => intStringify(node, 16, "0x")
    };
    exports.int = int;
    exports.intBin = intBin;
    exports.intHex = intHex;
    exports.intOct = intOct;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/set.js
var require_set = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/set.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Pair = require_Pair();
    var YAMLMap = require_YAMLMap();
    var YAMLSet = class _YAMLSet extends YAMLMap.YAMLMap {
      constructor(schema) {
        super(schema);
        this.tag = _YAMLSet.tag;
      }
      add(key) {
        let pair;
        if (identity.isPair(key))
          pair = key;
        else if (key && typeof key === "object" && "key" in key && "value" in key && key.value === null)
          pair = new Pair.Pair(key.key, null);
        else
          pair = new Pair.Pair(key, null);
        const prev = YAMLMap.findPair(this.items, pair.key);
        if (!prev)
          this.items.push(pair);
      }
      /**
       * If `keepPair` is `true`, returns the Pair matching `key`.
       * Otherwise, returns the value of that Pair's key.
       */
      get(key, keepPair) {
        const pair = YAMLMap.findPair(this.items, key);
        return !keepPair && identity.isPair(pair) ? identity.isScalar(pair.key) ? pair.key.value : pair.key : pair;
      }
      set(key, value) {
        if (typeof value !== "boolean")
          throw new Error(`Expected boolean value for set(key, value) in a YAML set, not ${typeof value}`);
        const prev = YAMLMap.findPair(this.items, key);
        if (prev && !value) {
          this.items.splice(this.items.indexOf(prev), 1);
        } else if (!prev && value) {
          this.items.push(new Pair.Pair(key));
        }
      }
      toJSON(_, ctx) {
        return super.toJSON(_, ctx, Set);
      }
      toString(ctx, onComment, onChompKeep) {
        if (!ctx)
          return JSON.stringify(this);
        if (this.hasAllNullValues(true))
          return super.toString(Object.assign({}, ctx, { allNullValues: true }), onComment, onChompKeep);
        else
          throw new Error("Set items must all have null values");
      }
      static from(schema, iterable, ctx) {
        const { replacer } = ctx;
        const set2 = new this(schema);
        if (iterable && Symbol.iterator in Object(iterable))
          for (let value of iterable) {
            if (typeof replacer === "function")
              value = replacer.call(iterable, value, value);
            set2.items.push(Pair.createPair(value, null, ctx));
          }
        return set2;
      }
    };
    YAMLSet.tag = "tag:yaml.org,2002:set";
    var set = {
      collection: "map",
      identify: (value) => value instanceof Set,
      nodeClass: YAMLSet,
      default: false,
      tag: "tag:yaml.org,2002:set",
      createNode: (schema, iterable, ctx) => YAMLSet.from(schema, iterable, ctx),
      resolve(map, onError) {
        if (identity.isMap(map)) {
          if (map.hasAllNullValues(true))
            return Object.assign(new YAMLSet(), map);
          else
            onError("Set items must all have null values");
        } else
          onError("Expected a mapping for this tag");
        return map;
      }
    };
    exports.YAMLSet = YAMLSet;
    exports.set = set;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/timestamp.js
var require_timestamp = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/timestamp.js"(exports) {
    "use strict";
    var stringifyNumber = require_stringifyNumber();
    function parseSexagesimal(str2, asBigInt) {
      const sign = str2[0];
      const parts = sign === "-" || sign === "+" ? str2.substring(1) : str2;
      const num2 = (n) => asBigInt ? BigInt(n) : Number(n);
      const res = parts.replace(/_/g, "").split(":").reduce((res2, p) => res2 * num2(60) + num2(p), num2(0));
      return sign === "-" ? num2(-1) * res : res;
    }
    function stringifySexagesimal(node) {
      let { value } = node;
      let num2 = (n) => n;
      if (typeof value === "bigint")
        num2 = (n) => BigInt(n);
      else if (isNaN(value) || !isFinite(value))
        return stringifyNumber.stringifyNumber(node);
      let sign = "";
      if (value < 0) {
        sign = "-";
        value *= num2(-1);
      }
      const _60 = num2(60);
      const parts = [value % _60];
      if (value < 60) {
        parts.unshift(0);
      } else {
        value = (value - parts[0]) / _60;
        parts.unshift(value % _60);
        if (value >= 60) {
          value = (value - parts[0]) / _60;
          parts.unshift(value);
        }
      }
      return sign + parts.map((n) => String(n).padStart(2, "0")).join(":").replace(/000000\d*$/, "");
    }
    var intTime = {
      identify: (value) => typeof value === "bigint" || Number.isInteger(value),
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "TIME",
      test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+$/,
      resolve: (str2, _onError, { intAsBigInt }) => parseSexagesimal(str2, intAsBigInt),
      stringify: stringifySexagesimal
    };
    var floatTime = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      format: "TIME",
      test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\.[0-9_]*$/,
      resolve: (str2) => parseSexagesimal(str2, false),
      stringify: stringifySexagesimal
    };
    var timestamp = {
      identify: (value) => value instanceof Date,
      default: true,
      tag: "tag:yaml.org,2002:timestamp",
      // If the time zone is omitted, the timestamp is assumed to be specified in UTC. The time part
      // may be omitted altogether, resulting in a date format. In such a case, the time part is
      // assumed to be 00:00:00Z (start of day, UTC).
      test: RegExp("^([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})(?:(?:t|T|[ \\t]+)([0-9]{1,2}):([0-9]{1,2}):([0-9]{1,2}(\\.[0-9]+)?)(?:[ \\t]*(Z|[-+][012]?[0-9](?::[0-9]{2})?))?)?$"),
      resolve(str2) {
        const match = str2.match(timestamp.test);
        if (!match)
          throw new Error("!!timestamp expects a date, starting with yyyy-mm-dd");
        const [, year, month, day, hour, minute, second] = match.map(Number);
        const millisec = match[7] ? Number((match[7] + "00").substr(1, 3)) : 0;
        let date = Date.UTC(year, month - 1, day, hour || 0, minute || 0, second || 0, millisec);
        const tz = match[8];
        if (tz && tz !== "Z") {
          let d = parseSexagesimal(tz, false);
          if (Math.abs(d) < 30)
            d *= 60;
          date -= 6e4 * d;
        }
        return new Date(date);
      },
      stringify: ({ value }) => value?.toISOString().replace(/(T00:00:00)?\.000Z$/, "") ?? ""
    };
    exports.floatTime = floatTime;
    exports.intTime = intTime;
    exports.timestamp = timestamp;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/schema.js
var require_schema3 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/schema.js"(exports) {
    "use strict";
    var map = require_map();
    var _null = require_null();
    var seq = require_seq();
    var string = require_string();
    var binary = require_binary();
    var bool2 = require_bool2();
    var float = require_float2();
    var int = require_int2();
    var merge = require_merge();
    var omap = require_omap();
    var pairs = require_pairs();
    var set = require_set();
    var timestamp = require_timestamp();
    var schema = [
      map.map,
      seq.seq,
      string.string,
      _null.nullTag,
      bool2.trueTag,
      bool2.falseTag,
      int.intBin,
      int.intOct,
      int.int,
      int.intHex,
      float.floatNaN,
      float.floatExp,
      float.float,
      binary.binary,
      merge.merge,
      omap.omap,
      pairs.pairs,
      set.set,
      timestamp.intTime,
      timestamp.floatTime,
      timestamp.timestamp
    ];
    exports.schema = schema;
  }
});

// node_modules/yaml/dist/schema/tags.js
var require_tags = __commonJS({
  "node_modules/yaml/dist/schema/tags.js"(exports) {
    "use strict";
    var map = require_map();
    var _null = require_null();
    var seq = require_seq();
    var string = require_string();
    var bool2 = require_bool();
    var float = require_float();
    var int = require_int();
    var schema = require_schema();
    var schema$1 = require_schema2();
    var binary = require_binary();
    var merge = require_merge();
    var omap = require_omap();
    var pairs = require_pairs();
    var schema$2 = require_schema3();
    var set = require_set();
    var timestamp = require_timestamp();
    var schemas = /* @__PURE__ */ new Map([
      ["core", schema.schema],
      ["failsafe", [map.map, seq.seq, string.string]],
      ["json", schema$1.schema],
      ["yaml11", schema$2.schema],
      ["yaml-1.1", schema$2.schema]
    ]);
    var tagsByName = {
      binary: binary.binary,
      bool: bool2.boolTag,
      float: float.float,
      floatExp: float.floatExp,
      floatNaN: float.floatNaN,
      floatTime: timestamp.floatTime,
      int: int.int,
      intHex: int.intHex,
      intOct: int.intOct,
      intTime: timestamp.intTime,
      map: map.map,
      merge: merge.merge,
      null: _null.nullTag,
      omap: omap.omap,
      pairs: pairs.pairs,
      seq: seq.seq,
      set: set.set,
      timestamp: timestamp.timestamp
    };
    var coreKnownTags = {
      "tag:yaml.org,2002:binary": binary.binary,
      "tag:yaml.org,2002:merge": merge.merge,
      "tag:yaml.org,2002:omap": omap.omap,
      "tag:yaml.org,2002:pairs": pairs.pairs,
      "tag:yaml.org,2002:set": set.set,
      "tag:yaml.org,2002:timestamp": timestamp.timestamp
    };
    function getTags(customTags, schemaName, addMergeTag) {
      const schemaTags = schemas.get(schemaName);
      if (schemaTags && !customTags) {
        return addMergeTag && !schemaTags.includes(merge.merge) ? schemaTags.concat(merge.merge) : schemaTags.slice();
      }
      let tags = schemaTags;
      if (!tags) {
        if (Array.isArray(customTags))
          tags = [];
        else {
          const keys = Array.from(schemas.keys()).filter((key) => key !== "yaml11").map((key) => JSON.stringify(key)).join(", ");
          throw new Error(`Unknown schema "${schemaName}"; use one of ${keys} or define customTags array`);
        }
      }
      if (Array.isArray(customTags)) {
        for (const tag of customTags)
          tags = tags.concat(tag);
      } else if (typeof customTags === "function") {
        tags = customTags(tags.slice());
      }
      if (addMergeTag)
        tags = tags.concat(merge.merge);
      return tags.reduce((tags2, tag) => {
        const tagObj = typeof tag === "string" ? tagsByName[tag] : tag;
        if (!tagObj) {
          const tagName = JSON.stringify(tag);
          const keys = Object.keys(tagsByName).map((key) => JSON.stringify(key)).join(", ");
          throw new Error(`Unknown custom tag ${tagName}; use one of ${keys}`);
        }
        if (!tags2.includes(tagObj))
          tags2.push(tagObj);
        return tags2;
      }, []);
    }
    exports.coreKnownTags = coreKnownTags;
    exports.getTags = getTags;
  }
});

// node_modules/yaml/dist/schema/Schema.js
var require_Schema = __commonJS({
  "node_modules/yaml/dist/schema/Schema.js"(exports) {
    "use strict";
    var identity = require_identity();
    var map = require_map();
    var seq = require_seq();
    var string = require_string();
    var tags = require_tags();
    var sortMapEntriesByKey = (a, b) => a.key < b.key ? -1 : a.key > b.key ? 1 : 0;
    var Schema = class _Schema {
      constructor({ compat, customTags, merge, resolveKnownTags, schema, sortMapEntries, toStringDefaults }) {
        this.compat = Array.isArray(compat) ? tags.getTags(compat, "compat") : compat ? tags.getTags(null, compat) : null;
        this.name = typeof schema === "string" && schema || "core";
        this.knownTags = resolveKnownTags ? tags.coreKnownTags : {};
        this.tags = tags.getTags(customTags, this.name, merge);
        this.toStringOptions = toStringDefaults ?? null;
        Object.defineProperty(this, identity.MAP, { value: map.map });
        Object.defineProperty(this, identity.SCALAR, { value: string.string });
        Object.defineProperty(this, identity.SEQ, { value: seq.seq });
        this.sortMapEntries = typeof sortMapEntries === "function" ? sortMapEntries : sortMapEntries === true ? sortMapEntriesByKey : null;
      }
      clone() {
        const copy = Object.create(_Schema.prototype, Object.getOwnPropertyDescriptors(this));
        copy.tags = this.tags.slice();
        return copy;
      }
    };
    exports.Schema = Schema;
  }
});

// node_modules/yaml/dist/stringify/stringifyDocument.js
var require_stringifyDocument = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyDocument.js"(exports) {
    "use strict";
    var identity = require_identity();
    var stringify2 = require_stringify();
    var stringifyComment = require_stringifyComment();
    function stringifyDocument(doc, options) {
      const lines = [];
      let hasDirectives = options.directives === true;
      if (options.directives !== false && doc.directives) {
        const dir = doc.directives.toString(doc);
        if (dir) {
          lines.push(dir);
          hasDirectives = true;
        } else if (doc.directives.docStart)
          hasDirectives = true;
      }
      if (hasDirectives)
        lines.push("---");
      const ctx = stringify2.createStringifyContext(doc, options);
      const { commentString } = ctx.options;
      if (doc.commentBefore) {
        if (lines.length !== 1)
          lines.unshift("");
        const cs = commentString(doc.commentBefore);
        lines.unshift(stringifyComment.indentComment(cs, ""));
      }
      let chompKeep = false;
      let contentComment = null;
      if (doc.contents) {
        if (identity.isNode(doc.contents)) {
          if (doc.contents.spaceBefore && hasDirectives)
            lines.push("");
          if (doc.contents.commentBefore) {
            const cs = commentString(doc.contents.commentBefore);
            lines.push(stringifyComment.indentComment(cs, ""));
          }
          ctx.forceBlockIndent = !!doc.comment;
          contentComment = doc.contents.comment;
        }
        const onChompKeep = contentComment ? void 0 : () => chompKeep = true;
        let body = stringify2.stringify(doc.contents, ctx, () => contentComment = null, onChompKeep);
        if (contentComment)
          body += stringifyComment.lineComment(body, "", commentString(contentComment));
        if ((body[0] === "|" || body[0] === ">") && lines[lines.length - 1] === "---") {
          lines[lines.length - 1] = `--- ${body}`;
        } else
          lines.push(body);
      } else {
        lines.push(stringify2.stringify(doc.contents, ctx));
      }
      if (doc.directives?.docEnd) {
        if (doc.comment) {
          const cs = commentString(doc.comment);
          if (cs.includes("\n")) {
            lines.push("...");
            lines.push(stringifyComment.indentComment(cs, ""));
          } else {
            lines.push(`... ${cs}`);
          }
        } else {
          lines.push("...");
        }
      } else {
        let dc = doc.comment;
        if (dc && chompKeep)
          dc = dc.replace(/^\n+/, "");
        if (dc) {
          if ((!chompKeep || contentComment) && lines[lines.length - 1] !== "")
            lines.push("");
          lines.push(stringifyComment.indentComment(commentString(dc), ""));
        }
      }
      return lines.join("\n") + "\n";
    }
    exports.stringifyDocument = stringifyDocument;
  }
});

// node_modules/yaml/dist/doc/Document.js
var require_Document = __commonJS({
  "node_modules/yaml/dist/doc/Document.js"(exports) {
    "use strict";
    var Alias = require_Alias();
    var Collection = require_Collection();
    var identity = require_identity();
    var Pair = require_Pair();
    var toJS = require_toJS();
    var Schema = require_Schema();
    var stringifyDocument = require_stringifyDocument();
    var anchors = require_anchors();
    var applyReviver = require_applyReviver();
    var createNode = require_createNode();
    var directives = require_directives();
    var Document2 = class _Document {
      constructor(value, replacer, options) {
        this.commentBefore = null;
        this.comment = null;
        this.errors = [];
        this.warnings = [];
        Object.defineProperty(this, identity.NODE_TYPE, { value: identity.DOC });
        let _replacer = null;
        if (typeof replacer === "function" || Array.isArray(replacer)) {
          _replacer = replacer;
        } else if (options === void 0 && replacer) {
          options = replacer;
          replacer = void 0;
        }
        const opt = Object.assign({
          intAsBigInt: false,
          keepSourceTokens: false,
          logLevel: "warn",
          prettyErrors: true,
          strict: true,
          stringKeys: false,
          uniqueKeys: true,
          version: "1.2"
        }, options);
        this.options = opt;
        let { version: version2 } = opt;
        if (options?._directives) {
          this.directives = options._directives.atDocument();
          if (this.directives.yaml.explicit)
            version2 = this.directives.yaml.version;
        } else
          this.directives = new directives.Directives({ version: version2 });
        this.setSchema(version2, options);
        this.contents = value === void 0 ? null : this.createNode(value, _replacer, options);
      }
      /**
       * Create a deep copy of this Document and its contents.
       *
       * Custom Node values that inherit from `Object` still refer to their original instances.
       */
      clone() {
        const copy = Object.create(_Document.prototype, {
          [identity.NODE_TYPE]: { value: identity.DOC }
        });
        copy.commentBefore = this.commentBefore;
        copy.comment = this.comment;
        copy.errors = this.errors.slice();
        copy.warnings = this.warnings.slice();
        copy.options = Object.assign({}, this.options);
        if (this.directives)
          copy.directives = this.directives.clone();
        copy.schema = this.schema.clone();
        copy.contents = identity.isNode(this.contents) ? this.contents.clone(copy.schema) : this.contents;
        if (this.range)
          copy.range = this.range.slice();
        return copy;
      }
      /** Adds a value to the document. */
      add(value) {
        if (assertCollection(this.contents))
          this.contents.add(value);
      }
      /** Adds a value to the document. */
      addIn(path31, value) {
        if (assertCollection(this.contents))
          this.contents.addIn(path31, value);
      }
      /**
       * Create a new `Alias` node, ensuring that the target `node` has the required anchor.
       *
       * If `node` already has an anchor, `name` is ignored.
       * Otherwise, the `node.anchor` value will be set to `name`,
       * or if an anchor with that name is already present in the document,
       * `name` will be used as a prefix for a new unique anchor.
       * If `name` is undefined, the generated anchor will use 'a' as a prefix.
       */
      createAlias(node, name) {
        if (!node.anchor) {
          const prev = anchors.anchorNames(this);
          node.anchor = // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
          !name || prev.has(name) ? anchors.findNewAnchor(name || "a", prev) : name;
        }
        return new Alias.Alias(node.anchor);
      }
      createNode(value, replacer, options) {
        let _replacer = void 0;
        if (typeof replacer === "function") {
          value = replacer.call({ "": value }, "", value);
          _replacer = replacer;
        } else if (Array.isArray(replacer)) {
          const keyToStr = (v) => typeof v === "number" || v instanceof String || v instanceof Number;
          const asStr = replacer.filter(keyToStr).map(String);
          if (asStr.length > 0)
            replacer = replacer.concat(asStr);
          _replacer = replacer;
        } else if (options === void 0 && replacer) {
          options = replacer;
          replacer = void 0;
        }
        const { aliasDuplicateObjects, anchorPrefix, flow, keepUndefined, onTagObj, tag } = options ?? {};
        const { onAnchor, setAnchors, sourceObjects } = anchors.createNodeAnchors(
          this,
          // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
          anchorPrefix || "a"
        );
        const ctx = {
          aliasDuplicateObjects: aliasDuplicateObjects ?? true,
          keepUndefined: keepUndefined ?? false,
          onAnchor,
          onTagObj,
          replacer: _replacer,
          schema: this.schema,
          sourceObjects
        };
        const node = createNode.createNode(value, tag, ctx);
        if (flow && identity.isCollection(node))
          node.flow = true;
        setAnchors();
        return node;
      }
      /**
       * Convert a key and a value into a `Pair` using the current schema,
       * recursively wrapping all values as `Scalar` or `Collection` nodes.
       */
      createPair(key, value, options = {}) {
        const k = this.createNode(key, null, options);
        const v = this.createNode(value, null, options);
        return new Pair.Pair(k, v);
      }
      /**
       * Removes a value from the document.
       * @returns `true` if the item was found and removed.
       */
      delete(key) {
        return assertCollection(this.contents) ? this.contents.delete(key) : false;
      }
      /**
       * Removes a value from the document.
       * @returns `true` if the item was found and removed.
       */
      deleteIn(path31) {
        if (Collection.isEmptyPath(path31)) {
          if (this.contents == null)
            return false;
          this.contents = null;
          return true;
        }
        return assertCollection(this.contents) ? this.contents.deleteIn(path31) : false;
      }
      /**
       * Returns item at `key`, or `undefined` if not found. By default unwraps
       * scalar values from their surrounding node; to disable set `keepScalar` to
       * `true` (collections are always returned intact).
       */
      get(key, keepScalar) {
        return identity.isCollection(this.contents) ? this.contents.get(key, keepScalar) : void 0;
      }
      /**
       * Returns item at `path`, or `undefined` if not found. By default unwraps
       * scalar values from their surrounding node; to disable set `keepScalar` to
       * `true` (collections are always returned intact).
       */
      getIn(path31, keepScalar) {
        if (Collection.isEmptyPath(path31))
          return !keepScalar && identity.isScalar(this.contents) ? this.contents.value : this.contents;
        return identity.isCollection(this.contents) ? this.contents.getIn(path31, keepScalar) : void 0;
      }
      /**
       * Checks if the document includes a value with the key `key`.
       */
      has(key) {
        return identity.isCollection(this.contents) ? this.contents.has(key) : false;
      }
      /**
       * Checks if the document includes a value at `path`.
       */
      hasIn(path31) {
        if (Collection.isEmptyPath(path31))
          return this.contents !== void 0;
        return identity.isCollection(this.contents) ? this.contents.hasIn(path31) : false;
      }
      /**
       * Sets a value in this document. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       */
      set(key, value) {
        if (this.contents == null) {
          this.contents = Collection.collectionFromPath(this.schema, [key], value);
        } else if (assertCollection(this.contents)) {
          this.contents.set(key, value);
        }
      }
      /**
       * Sets a value in this document. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       */
      setIn(path31, value) {
        if (Collection.isEmptyPath(path31)) {
          this.contents = value;
        } else if (this.contents == null) {
          this.contents = Collection.collectionFromPath(this.schema, Array.from(path31), value);
        } else if (assertCollection(this.contents)) {
          this.contents.setIn(path31, value);
        }
      }
      /**
       * Change the YAML version and schema used by the document.
       * A `null` version disables support for directives, explicit tags, anchors, and aliases.
       * It also requires the `schema` option to be given as a `Schema` instance value.
       *
       * Overrides all previously set schema options.
       */
      setSchema(version2, options = {}) {
        if (typeof version2 === "number")
          version2 = String(version2);
        let opt;
        switch (version2) {
          case "1.1":
            if (this.directives)
              this.directives.yaml.version = "1.1";
            else
              this.directives = new directives.Directives({ version: "1.1" });
            opt = { resolveKnownTags: false, schema: "yaml-1.1" };
            break;
          case "1.2":
          case "next":
            if (this.directives)
              this.directives.yaml.version = version2;
            else
              this.directives = new directives.Directives({ version: version2 });
            opt = { resolveKnownTags: true, schema: "core" };
            break;
          case null:
            if (this.directives)
              delete this.directives;
            opt = null;
            break;
          default: {
            const sv = JSON.stringify(version2);
            throw new Error(`Expected '1.1', '1.2' or null as first argument, but found: ${sv}`);
          }
        }
        if (options.schema instanceof Object)
          this.schema = options.schema;
        else if (opt)
          this.schema = new Schema.Schema(Object.assign(opt, options));
        else
          throw new Error(`With a null YAML version, the { schema: Schema } option is required`);
      }
      // json & jsonArg are only used from toJSON()
      toJS({ json: json2, jsonArg, mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
        const ctx = {
          anchors: /* @__PURE__ */ new Map(),
          doc: this,
          keep: !json2,
          mapAsMap: mapAsMap === true,
          mapKeyWarned: false,
          maxAliasCount: typeof maxAliasCount === "number" ? maxAliasCount : 100
        };
        const res = toJS.toJS(this.contents, jsonArg ?? "", ctx);
        if (typeof onAnchor === "function")
          for (const { count: count3, res: res2 } of ctx.anchors.values())
            onAnchor(res2, count3);
        return typeof reviver === "function" ? applyReviver.applyReviver(reviver, { "": res }, "", res) : res;
      }
      /**
       * A JSON representation of the document `contents`.
       *
       * @param jsonArg Used by `JSON.stringify` to indicate the array index or
       *   property name.
       */
      toJSON(jsonArg, onAnchor) {
        return this.toJS({ json: true, jsonArg, mapAsMap: false, onAnchor });
      }
      /** A YAML representation of the document. */
      toString(options = {}) {
        if (this.errors.length > 0)
          throw new Error("Document with errors cannot be stringified");
        if ("indent" in options && (!Number.isInteger(options.indent) || Number(options.indent) <= 0)) {
          const s = JSON.stringify(options.indent);
          throw new Error(`"indent" option must be a positive integer, not ${s}`);
        }
        return stringifyDocument.stringifyDocument(this, options);
      }
    };
    function assertCollection(contents) {
      if (identity.isCollection(contents))
        return true;
      throw new Error("Expected a YAML collection as document contents");
    }
    exports.Document = Document2;
  }
});

// node_modules/yaml/dist/errors.js
var require_errors = __commonJS({
  "node_modules/yaml/dist/errors.js"(exports) {
    "use strict";
    var YAMLError = class extends Error {
      constructor(name, pos, code, message) {
        super();
        this.name = name;
        this.code = code;
        this.message = message;
        this.pos = pos;
      }
    };
    var YAMLParseError = class extends YAMLError {
      constructor(pos, code, message) {
        super("YAMLParseError", pos, code, message);
      }
    };
    var YAMLWarning = class extends YAMLError {
      constructor(pos, code, message) {
        super("YAMLWarning", pos, code, message);
      }
    };
    var prettifyError = (src, lc) => (error) => {
      if (error.pos[0] === -1)
        return;
      error.linePos = error.pos.map((pos) => lc.linePos(pos));
      const { line, col } = error.linePos[0];
      error.message += ` at line ${line}, column ${col}`;
      let ci = col - 1;
      let lineStr = src.substring(lc.lineStarts[line - 1], lc.lineStarts[line]).replace(/[\n\r]+$/, "");
      if (ci >= 60 && lineStr.length > 80) {
        const trimStart = Math.min(ci - 39, lineStr.length - 79);
        lineStr = "\u2026" + lineStr.substring(trimStart);
        ci -= trimStart - 1;
      }
      if (lineStr.length > 80)
        lineStr = lineStr.substring(0, 79) + "\u2026";
      if (line > 1 && /^ *$/.test(lineStr.substring(0, ci))) {
        let prev = src.substring(lc.lineStarts[line - 2], lc.lineStarts[line - 1]);
        if (prev.length > 80)
          prev = prev.substring(0, 79) + "\u2026\n";
        lineStr = prev + lineStr;
      }
      if (/[^ ]/.test(lineStr)) {
        let count3 = 1;
        const end = error.linePos[1];
        if (end?.line === line && end.col > col) {
          count3 = Math.max(1, Math.min(end.col - col, 80 - ci));
        }
        const pointer2 = " ".repeat(ci) + "^".repeat(count3);
        error.message += `:

${lineStr}
${pointer2}
`;
      }
    };
    exports.YAMLError = YAMLError;
    exports.YAMLParseError = YAMLParseError;
    exports.YAMLWarning = YAMLWarning;
    exports.prettifyError = prettifyError;
  }
});

// node_modules/yaml/dist/compose/resolve-props.js
var require_resolve_props = __commonJS({
  "node_modules/yaml/dist/compose/resolve-props.js"(exports) {
    "use strict";
    function resolveProps(tokens, { flow, indicator, next, offset, onError, parentIndent, startOnNewline }) {
      let spaceBefore = false;
      let atNewline = startOnNewline;
      let hasSpace = startOnNewline;
      let comment = "";
      let commentSep = "";
      let hasNewline = false;
      let reqSpace = false;
      let tab = null;
      let anchor = null;
      let tag = null;
      let newlineAfterProp = null;
      let comma = null;
      let found = null;
      let start = null;
      for (const token of tokens) {
        if (reqSpace) {
          if (token.type !== "space" && token.type !== "newline" && token.type !== "comma")
            onError(token.offset, "MISSING_CHAR", "Tags and anchors must be separated from the next token by white space");
          reqSpace = false;
        }
        if (tab) {
          if (atNewline && token.type !== "comment" && token.type !== "newline") {
            onError(tab, "TAB_AS_INDENT", "Tabs are not allowed as indentation");
          }
          tab = null;
        }
        switch (token.type) {
          case "space":
            if (!flow && (indicator !== "doc-start" || next?.type !== "flow-collection") && token.source.includes("	")) {
              tab = token;
            }
            hasSpace = true;
            break;
          case "comment": {
            if (!hasSpace)
              onError(token, "MISSING_CHAR", "Comments must be separated from other tokens by white space characters");
            const cb = token.source.substring(1) || " ";
            if (!comment)
              comment = cb;
            else
              comment += commentSep + cb;
            commentSep = "";
            atNewline = false;
            break;
          }
          case "newline":
            if (atNewline) {
              if (comment)
                comment += token.source;
              else if (!found || indicator !== "seq-item-ind")
                spaceBefore = true;
            } else
              commentSep += token.source;
            atNewline = true;
            hasNewline = true;
            if (anchor || tag)
              newlineAfterProp = token;
            hasSpace = true;
            break;
          case "anchor":
            if (anchor)
              onError(token, "MULTIPLE_ANCHORS", "A node can have at most one anchor");
            if (token.source.endsWith(":"))
              onError(token.offset + token.source.length - 1, "BAD_ALIAS", "Anchor ending in : is ambiguous", true);
            anchor = token;
            start ?? (start = token.offset);
            atNewline = false;
            hasSpace = false;
            reqSpace = true;
            break;
          case "tag": {
            if (tag)
              onError(token, "MULTIPLE_TAGS", "A node can have at most one tag");
            tag = token;
            start ?? (start = token.offset);
            atNewline = false;
            hasSpace = false;
            reqSpace = true;
            break;
          }
          case indicator:
            if (anchor || tag)
              onError(token, "BAD_PROP_ORDER", `Anchors and tags must be after the ${token.source} indicator`);
            if (found)
              onError(token, "UNEXPECTED_TOKEN", `Unexpected ${token.source} in ${flow ?? "collection"}`);
            found = token;
            atNewline = indicator === "seq-item-ind" || indicator === "explicit-key-ind";
            hasSpace = false;
            break;
          case "comma":
            if (flow) {
              if (comma)
                onError(token, "UNEXPECTED_TOKEN", `Unexpected , in ${flow}`);
              comma = token;
              atNewline = false;
              hasSpace = false;
              break;
            }
          // else fallthrough
          default:
            onError(token, "UNEXPECTED_TOKEN", `Unexpected ${token.type} token`);
            atNewline = false;
            hasSpace = false;
        }
      }
      const last = tokens[tokens.length - 1];
      const end = last ? last.offset + last.source.length : offset;
      if (reqSpace && next && next.type !== "space" && next.type !== "newline" && next.type !== "comma" && (next.type !== "scalar" || next.source !== "")) {
        onError(next.offset, "MISSING_CHAR", "Tags and anchors must be separated from the next token by white space");
      }
      if (tab && (atNewline && tab.indent <= parentIndent || next?.type === "block-map" || next?.type === "block-seq"))
        onError(tab, "TAB_AS_INDENT", "Tabs are not allowed as indentation");
      return {
        comma,
        found,
        spaceBefore,
        comment,
        hasNewline,
        anchor,
        tag,
        newlineAfterProp,
        end,
        start: start ?? end
      };
    }
    exports.resolveProps = resolveProps;
  }
});

// node_modules/yaml/dist/compose/util-contains-newline.js
var require_util_contains_newline = __commonJS({
  "node_modules/yaml/dist/compose/util-contains-newline.js"(exports) {
    "use strict";
    function containsNewline(key) {
      if (!key)
        return null;
      switch (key.type) {
        case "alias":
        case "scalar":
        case "double-quoted-scalar":
        case "single-quoted-scalar":
          if (key.source.includes("\n"))
            return true;
          if (key.end) {
            for (const st of key.end)
              if (st.type === "newline")
                return true;
          }
          return false;
        case "flow-collection":
          for (const it of key.items) {
            for (const st of it.start)
              if (st.type === "newline")
                return true;
            if (it.sep) {
              for (const st of it.sep)
                if (st.type === "newline")
                  return true;
            }
            if (containsNewline(it.key) || containsNewline(it.value))
              return true;
          }
          return false;
        default:
          return true;
      }
    }
    exports.containsNewline = containsNewline;
  }
});

// node_modules/yaml/dist/compose/util-flow-indent-check.js
var require_util_flow_indent_check = __commonJS({
  "node_modules/yaml/dist/compose/util-flow-indent-check.js"(exports) {
    "use strict";
    var utilContainsNewline = require_util_contains_newline();
    function flowIndentCheck(indent, fc, onError) {
      if (fc?.type === "flow-collection") {
        const end = fc.end[0];
        if (end.indent === indent && (end.source === "]" || end.source === "}") && utilContainsNewline.containsNewline(fc)) {
          const msg = "Flow end indicator should be more indented than parent";
          onError(end, "BAD_INDENT", msg, true);
        }
      }
    }
    exports.flowIndentCheck = flowIndentCheck;
  }
});

// node_modules/yaml/dist/compose/util-map-includes.js
var require_util_map_includes = __commonJS({
  "node_modules/yaml/dist/compose/util-map-includes.js"(exports) {
    "use strict";
    var identity = require_identity();
    function mapIncludes(ctx, items, search) {
      const { uniqueKeys } = ctx.options;
      if (uniqueKeys === false)
        return false;
      const isEqual = typeof uniqueKeys === "function" ? uniqueKeys : (a, b) => a === b || identity.isScalar(a) && identity.isScalar(b) && a.value === b.value;
      return items.some((pair) => isEqual(pair.key, search));
    }
    exports.mapIncludes = mapIncludes;
  }
});

// node_modules/yaml/dist/compose/resolve-block-map.js
var require_resolve_block_map = __commonJS({
  "node_modules/yaml/dist/compose/resolve-block-map.js"(exports) {
    "use strict";
    var Pair = require_Pair();
    var YAMLMap = require_YAMLMap();
    var resolveProps = require_resolve_props();
    var utilContainsNewline = require_util_contains_newline();
    var utilFlowIndentCheck = require_util_flow_indent_check();
    var utilMapIncludes = require_util_map_includes();
    var startColMsg = "All mapping items must start at the same column";
    function resolveBlockMap({ composeNode, composeEmptyNode }, ctx, bm, onError, tag) {
      const NodeClass = tag?.nodeClass ?? YAMLMap.YAMLMap;
      const map = new NodeClass(ctx.schema);
      if (ctx.atRoot)
        ctx.atRoot = false;
      let offset = bm.offset;
      let commentEnd = null;
      for (const collItem of bm.items) {
        const { start, key, sep, value } = collItem;
        const keyProps = resolveProps.resolveProps(start, {
          indicator: "explicit-key-ind",
          next: key ?? sep?.[0],
          offset,
          onError,
          parentIndent: bm.indent,
          startOnNewline: true
        });
        const implicitKey = !keyProps.found;
        if (implicitKey) {
          if (key) {
            if (key.type === "block-seq")
              onError(offset, "BLOCK_AS_IMPLICIT_KEY", "A block sequence may not be used as an implicit map key");
            else if ("indent" in key && key.indent !== bm.indent)
              onError(offset, "BAD_INDENT", startColMsg);
          }
          if (!keyProps.anchor && !keyProps.tag && !sep) {
            commentEnd = keyProps.end;
            if (keyProps.comment) {
              if (map.comment)
                map.comment += "\n" + keyProps.comment;
              else
                map.comment = keyProps.comment;
            }
            continue;
          }
          if (keyProps.newlineAfterProp || utilContainsNewline.containsNewline(key)) {
            onError(key ?? start[start.length - 1], "MULTILINE_IMPLICIT_KEY", "Implicit keys need to be on a single line");
          }
        } else if (keyProps.found?.indent !== bm.indent) {
          onError(offset, "BAD_INDENT", startColMsg);
        }
        ctx.atKey = true;
        const keyStart = keyProps.end;
        const keyNode = key ? composeNode(ctx, key, keyProps, onError) : composeEmptyNode(ctx, keyStart, start, null, keyProps, onError);
        if (ctx.schema.compat)
          utilFlowIndentCheck.flowIndentCheck(bm.indent, key, onError);
        ctx.atKey = false;
        if (utilMapIncludes.mapIncludes(ctx, map.items, keyNode))
          onError(keyStart, "DUPLICATE_KEY", "Map keys must be unique");
        const valueProps = resolveProps.resolveProps(sep ?? [], {
          indicator: "map-value-ind",
          next: value,
          offset: keyNode.range[2],
          onError,
          parentIndent: bm.indent,
          startOnNewline: !key || key.type === "block-scalar"
        });
        offset = valueProps.end;
        if (valueProps.found) {
          if (implicitKey) {
            if (value?.type === "block-map" && !valueProps.hasNewline)
              onError(offset, "BLOCK_AS_IMPLICIT_KEY", "Nested mappings are not allowed in compact mappings");
            if (ctx.options.strict && keyProps.start < valueProps.found.offset - 1024)
              onError(keyNode.range, "KEY_OVER_1024_CHARS", "The : indicator must be at most 1024 chars after the start of an implicit block mapping key");
          }
          const valueNode = value ? composeNode(ctx, value, valueProps, onError) : composeEmptyNode(ctx, offset, sep, null, valueProps, onError);
          if (ctx.schema.compat)
            utilFlowIndentCheck.flowIndentCheck(bm.indent, value, onError);
          offset = valueNode.range[2];
          const pair = new Pair.Pair(keyNode, valueNode);
          if (ctx.options.keepSourceTokens)
            pair.srcToken = collItem;
          map.items.push(pair);
        } else {
          if (implicitKey)
            onError(keyNode.range, "MISSING_CHAR", "Implicit map keys need to be followed by map values");
          if (valueProps.comment) {
            if (keyNode.comment)
              keyNode.comment += "\n" + valueProps.comment;
            else
              keyNode.comment = valueProps.comment;
          }
          const pair = new Pair.Pair(keyNode);
          if (ctx.options.keepSourceTokens)
            pair.srcToken = collItem;
          map.items.push(pair);
        }
      }
      if (commentEnd && commentEnd < offset)
        onError(commentEnd, "IMPOSSIBLE", "Map comment with trailing content");
      map.range = [bm.offset, offset, commentEnd ?? offset];
      return map;
    }
    exports.resolveBlockMap = resolveBlockMap;
  }
});

// node_modules/yaml/dist/compose/resolve-block-seq.js
var require_resolve_block_seq = __commonJS({
  "node_modules/yaml/dist/compose/resolve-block-seq.js"(exports) {
    "use strict";
    var YAMLSeq = require_YAMLSeq();
    var resolveProps = require_resolve_props();
    var utilFlowIndentCheck = require_util_flow_indent_check();
    function resolveBlockSeq({ composeNode, composeEmptyNode }, ctx, bs, onError, tag) {
      const NodeClass = tag?.nodeClass ?? YAMLSeq.YAMLSeq;
      const seq = new NodeClass(ctx.schema);
      if (ctx.atRoot)
        ctx.atRoot = false;
      if (ctx.atKey)
        ctx.atKey = false;
      let offset = bs.offset;
      let commentEnd = null;
      for (const { start, value } of bs.items) {
        const props2 = resolveProps.resolveProps(start, {
          indicator: "seq-item-ind",
          next: value,
          offset,
          onError,
          parentIndent: bs.indent,
          startOnNewline: true
        });
        if (!props2.found) {
          if (props2.anchor || props2.tag || value) {
            if (value?.type === "block-seq")
              onError(props2.end, "BAD_INDENT", "All sequence items must start at the same column");
            else
              onError(offset, "MISSING_CHAR", "Sequence item without - indicator");
          } else {
            commentEnd = props2.end;
            if (props2.comment)
              seq.comment = props2.comment;
            continue;
          }
        }
        const node = value ? composeNode(ctx, value, props2, onError) : composeEmptyNode(ctx, props2.end, start, null, props2, onError);
        if (ctx.schema.compat)
          utilFlowIndentCheck.flowIndentCheck(bs.indent, value, onError);
        offset = node.range[2];
        seq.items.push(node);
      }
      seq.range = [bs.offset, offset, commentEnd ?? offset];
      return seq;
    }
    exports.resolveBlockSeq = resolveBlockSeq;
  }
});

// node_modules/yaml/dist/compose/resolve-end.js
var require_resolve_end = __commonJS({
  "node_modules/yaml/dist/compose/resolve-end.js"(exports) {
    "use strict";
    function resolveEnd(end, offset, reqSpace, onError) {
      let comment = "";
      if (end) {
        let hasSpace = false;
        let sep = "";
        for (const token of end) {
          const { source, type } = token;
          switch (type) {
            case "space":
              hasSpace = true;
              break;
            case "comment": {
              if (reqSpace && !hasSpace)
                onError(token, "MISSING_CHAR", "Comments must be separated from other tokens by white space characters");
              const cb = source.substring(1) || " ";
              if (!comment)
                comment = cb;
              else
                comment += sep + cb;
              sep = "";
              break;
            }
            case "newline":
              if (comment)
                sep += source;
              hasSpace = true;
              break;
            default:
              onError(token, "UNEXPECTED_TOKEN", `Unexpected ${type} at node end`);
          }
          offset += source.length;
        }
      }
      return { comment, offset };
    }
    exports.resolveEnd = resolveEnd;
  }
});

// node_modules/yaml/dist/compose/resolve-flow-collection.js
var require_resolve_flow_collection = __commonJS({
  "node_modules/yaml/dist/compose/resolve-flow-collection.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Pair = require_Pair();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var resolveEnd = require_resolve_end();
    var resolveProps = require_resolve_props();
    var utilContainsNewline = require_util_contains_newline();
    var utilMapIncludes = require_util_map_includes();
    var blockMsg = "Block collections are not allowed within flow collections";
    var isBlock = (token) => token && (token.type === "block-map" || token.type === "block-seq");
    function resolveFlowCollection({ composeNode, composeEmptyNode }, ctx, fc, onError, tag) {
      const isMap3 = fc.start.source === "{";
      const fcName = isMap3 ? "flow map" : "flow sequence";
      const NodeClass = tag?.nodeClass ?? (isMap3 ? YAMLMap.YAMLMap : YAMLSeq.YAMLSeq);
      const coll = new NodeClass(ctx.schema);
      coll.flow = true;
      const atRoot = ctx.atRoot;
      if (atRoot)
        ctx.atRoot = false;
      if (ctx.atKey)
        ctx.atKey = false;
      let offset = fc.offset + fc.start.source.length;
      for (let i = 0; i < fc.items.length; ++i) {
        const collItem = fc.items[i];
        const { start, key, sep, value } = collItem;
        const props2 = resolveProps.resolveProps(start, {
          flow: fcName,
          indicator: "explicit-key-ind",
          next: key ?? sep?.[0],
          offset,
          onError,
          parentIndent: fc.indent,
          startOnNewline: false
        });
        if (!props2.found) {
          if (!props2.anchor && !props2.tag && !sep && !value) {
            if (i === 0 && props2.comma)
              onError(props2.comma, "UNEXPECTED_TOKEN", `Unexpected , in ${fcName}`);
            else if (i < fc.items.length - 1)
              onError(props2.start, "UNEXPECTED_TOKEN", `Unexpected empty item in ${fcName}`);
            if (props2.comment) {
              if (coll.comment)
                coll.comment += "\n" + props2.comment;
              else
                coll.comment = props2.comment;
            }
            offset = props2.end;
            continue;
          }
          if (!isMap3 && ctx.options.strict && utilContainsNewline.containsNewline(key))
            onError(
              key,
              // checked by containsNewline()
              "MULTILINE_IMPLICIT_KEY",
              "Implicit keys of flow sequence pairs need to be on a single line"
            );
        }
        if (i === 0) {
          if (props2.comma)
            onError(props2.comma, "UNEXPECTED_TOKEN", `Unexpected , in ${fcName}`);
        } else {
          if (!props2.comma)
            onError(props2.start, "MISSING_CHAR", `Missing , between ${fcName} items`);
          if (props2.comment) {
            let prevItemComment = "";
            loop: for (const st of start) {
              switch (st.type) {
                case "comma":
                case "space":
                  break;
                case "comment":
                  prevItemComment = st.source.substring(1);
                  break loop;
                default:
                  break loop;
              }
            }
            if (prevItemComment) {
              let prev = coll.items[coll.items.length - 1];
              if (identity.isPair(prev))
                prev = prev.value ?? prev.key;
              if (prev.comment)
                prev.comment += "\n" + prevItemComment;
              else
                prev.comment = prevItemComment;
              props2.comment = props2.comment.substring(prevItemComment.length + 1);
            }
          }
        }
        if (!isMap3 && !sep && !props2.found) {
          const valueNode = value ? composeNode(ctx, value, props2, onError) : composeEmptyNode(ctx, props2.end, sep, null, props2, onError);
          coll.items.push(valueNode);
          offset = valueNode.range[2];
          if (isBlock(value))
            onError(valueNode.range, "BLOCK_IN_FLOW", blockMsg);
        } else {
          ctx.atKey = true;
          const keyStart = props2.end;
          const keyNode = key ? composeNode(ctx, key, props2, onError) : composeEmptyNode(ctx, keyStart, start, null, props2, onError);
          if (isBlock(key))
            onError(keyNode.range, "BLOCK_IN_FLOW", blockMsg);
          ctx.atKey = false;
          const valueProps = resolveProps.resolveProps(sep ?? [], {
            flow: fcName,
            indicator: "map-value-ind",
            next: value,
            offset: keyNode.range[2],
            onError,
            parentIndent: fc.indent,
            startOnNewline: false
          });
          if (valueProps.found) {
            if (!isMap3 && !props2.found && ctx.options.strict) {
              if (sep)
                for (const st of sep) {
                  if (st === valueProps.found)
                    break;
                  if (st.type === "newline") {
                    onError(st, "MULTILINE_IMPLICIT_KEY", "Implicit keys of flow sequence pairs need to be on a single line");
                    break;
                  }
                }
              if (props2.start < valueProps.found.offset - 1024)
                onError(valueProps.found, "KEY_OVER_1024_CHARS", "The : indicator must be at most 1024 chars after the start of an implicit flow sequence key");
            }
          } else if (value) {
            if ("source" in value && value.source?.[0] === ":")
              onError(value, "MISSING_CHAR", `Missing space after : in ${fcName}`);
            else
              onError(valueProps.start, "MISSING_CHAR", `Missing , or : between ${fcName} items`);
          }
          const valueNode = value ? composeNode(ctx, value, valueProps, onError) : valueProps.found ? composeEmptyNode(ctx, valueProps.end, sep, null, valueProps, onError) : null;
          if (valueNode) {
            if (isBlock(value))
              onError(valueNode.range, "BLOCK_IN_FLOW", blockMsg);
          } else if (valueProps.comment) {
            if (keyNode.comment)
              keyNode.comment += "\n" + valueProps.comment;
            else
              keyNode.comment = valueProps.comment;
          }
          const pair = new Pair.Pair(keyNode, valueNode);
          if (ctx.options.keepSourceTokens)
            pair.srcToken = collItem;
          if (isMap3) {
            const map = coll;
            if (utilMapIncludes.mapIncludes(ctx, map.items, keyNode))
              onError(keyStart, "DUPLICATE_KEY", "Map keys must be unique");
            map.items.push(pair);
          } else {
            const map = new YAMLMap.YAMLMap(ctx.schema);
            map.flow = true;
            map.items.push(pair);
            const endRange = (valueNode ?? keyNode).range;
            map.range = [keyNode.range[0], endRange[1], endRange[2]];
            coll.items.push(map);
          }
          offset = valueNode ? valueNode.range[2] : valueProps.end;
        }
      }
      const expectedEnd = isMap3 ? "}" : "]";
      const [ce, ...ee] = fc.end;
      let cePos = offset;
      if (ce?.source === expectedEnd)
        cePos = ce.offset + ce.source.length;
      else {
        const name = fcName[0].toUpperCase() + fcName.substring(1);
        const msg = atRoot ? `${name} must end with a ${expectedEnd}` : `${name} in block collection must be sufficiently indented and end with a ${expectedEnd}`;
        onError(offset, atRoot ? "MISSING_CHAR" : "BAD_INDENT", msg);
        if (ce && ce.source.length !== 1)
          ee.unshift(ce);
      }
      if (ee.length > 0) {
        const end = resolveEnd.resolveEnd(ee, cePos, ctx.options.strict, onError);
        if (end.comment) {
          if (coll.comment)
            coll.comment += "\n" + end.comment;
          else
            coll.comment = end.comment;
        }
        coll.range = [fc.offset, cePos, end.offset];
      } else {
        coll.range = [fc.offset, cePos, cePos];
      }
      return coll;
    }
    exports.resolveFlowCollection = resolveFlowCollection;
  }
});

// node_modules/yaml/dist/compose/compose-collection.js
var require_compose_collection = __commonJS({
  "node_modules/yaml/dist/compose/compose-collection.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Scalar = require_Scalar();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var resolveBlockMap = require_resolve_block_map();
    var resolveBlockSeq = require_resolve_block_seq();
    var resolveFlowCollection = require_resolve_flow_collection();
    function resolveCollection(CN, ctx, token, onError, tagName, tag) {
      const coll = token.type === "block-map" ? resolveBlockMap.resolveBlockMap(CN, ctx, token, onError, tag) : token.type === "block-seq" ? resolveBlockSeq.resolveBlockSeq(CN, ctx, token, onError, tag) : resolveFlowCollection.resolveFlowCollection(CN, ctx, token, onError, tag);
      const Coll = coll.constructor;
      if (tagName === "!" || tagName === Coll.tagName) {
        coll.tag = Coll.tagName;
        return coll;
      }
      if (tagName)
        coll.tag = tagName;
      return coll;
    }
    function composeCollection(CN, ctx, token, props2, onError) {
      const tagToken = props2.tag;
      const tagName = !tagToken ? null : ctx.directives.tagName(tagToken.source, (msg) => onError(tagToken, "TAG_RESOLVE_FAILED", msg));
      if (token.type === "block-seq") {
        const { anchor, newlineAfterProp: nl } = props2;
        const lastProp = anchor && tagToken ? anchor.offset > tagToken.offset ? anchor : tagToken : anchor ?? tagToken;
        if (lastProp && (!nl || nl.offset < lastProp.offset)) {
          const message = "Missing newline after block sequence props";
          onError(lastProp, "MISSING_CHAR", message);
        }
      }
      const expType = token.type === "block-map" ? "map" : token.type === "block-seq" ? "seq" : token.start.source === "{" ? "map" : "seq";
      if (!tagToken || !tagName || tagName === "!" || tagName === YAMLMap.YAMLMap.tagName && expType === "map" || tagName === YAMLSeq.YAMLSeq.tagName && expType === "seq") {
        return resolveCollection(CN, ctx, token, onError, tagName);
      }
      let tag = ctx.schema.tags.find((t) => t.tag === tagName && t.collection === expType);
      if (!tag) {
        const kt = ctx.schema.knownTags[tagName];
        if (kt?.collection === expType) {
          ctx.schema.tags.push(Object.assign({}, kt, { default: false }));
          tag = kt;
        } else {
          if (kt) {
            onError(tagToken, "BAD_COLLECTION_TYPE", `${kt.tag} used for ${expType} collection, but expects ${kt.collection ?? "scalar"}`, true);
          } else {
            onError(tagToken, "TAG_RESOLVE_FAILED", `Unresolved tag: ${tagName}`, true);
          }
          return resolveCollection(CN, ctx, token, onError, tagName);
        }
      }
      const coll = resolveCollection(CN, ctx, token, onError, tagName, tag);
      const res = tag.resolve?.(coll, (msg) => onError(tagToken, "TAG_RESOLVE_FAILED", msg), ctx.options) ?? coll;
      const node = identity.isNode(res) ? res : new Scalar.Scalar(res);
      node.range = coll.range;
      node.tag = tagName;
      if (tag?.format)
        node.format = tag.format;
      return node;
    }
    exports.composeCollection = composeCollection;
  }
});

// node_modules/yaml/dist/compose/resolve-block-scalar.js
var require_resolve_block_scalar = __commonJS({
  "node_modules/yaml/dist/compose/resolve-block-scalar.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    function resolveBlockScalar(ctx, scalar2, onError) {
      const start = scalar2.offset;
      const header = parseBlockScalarHeader(scalar2, ctx.options.strict, onError);
      if (!header)
        return { value: "", type: null, comment: "", range: [start, start, start] };
      const type = header.mode === ">" ? Scalar.Scalar.BLOCK_FOLDED : Scalar.Scalar.BLOCK_LITERAL;
      const lines = scalar2.source ? splitLines(scalar2.source) : [];
      let chompStart = lines.length;
      for (let i = lines.length - 1; i >= 0; --i) {
        const content = lines[i][1];
        if (content === "" || content === "\r")
          chompStart = i;
        else
          break;
      }
      if (chompStart === 0) {
        const value2 = header.chomp === "+" && lines.length > 0 ? "\n".repeat(Math.max(1, lines.length - 1)) : "";
        let end2 = start + header.length;
        if (scalar2.source)
          end2 += scalar2.source.length;
        return { value: value2, type, comment: header.comment, range: [start, end2, end2] };
      }
      let trimIndent = scalar2.indent + header.indent;
      let offset = scalar2.offset + header.length;
      let contentStart = 0;
      for (let i = 0; i < chompStart; ++i) {
        const [indent, content] = lines[i];
        if (content === "" || content === "\r") {
          if (header.indent === 0 && indent.length > trimIndent)
            trimIndent = indent.length;
        } else {
          if (indent.length < trimIndent) {
            const message = "Block scalars with more-indented leading empty lines must use an explicit indentation indicator";
            onError(offset + indent.length, "MISSING_CHAR", message);
          }
          if (header.indent === 0)
            trimIndent = indent.length;
          contentStart = i;
          if (trimIndent === 0 && !ctx.atRoot) {
            const message = "Block scalar values in collections must be indented";
            onError(offset, "BAD_INDENT", message);
          }
          break;
        }
        offset += indent.length + content.length + 1;
      }
      for (let i = lines.length - 1; i >= chompStart; --i) {
        if (lines[i][0].length > trimIndent)
          chompStart = i + 1;
      }
      let value = "";
      let sep = "";
      let prevMoreIndented = false;
      for (let i = 0; i < contentStart; ++i)
        value += lines[i][0].slice(trimIndent) + "\n";
      for (let i = contentStart; i < chompStart; ++i) {
        let [indent, content] = lines[i];
        offset += indent.length + content.length + 1;
        const crlf = content[content.length - 1] === "\r";
        if (crlf)
          content = content.slice(0, -1);
        if (content && indent.length < trimIndent) {
          const src = header.indent ? "explicit indentation indicator" : "first line";
          const message = `Block scalar lines must not be less indented than their ${src}`;
          onError(offset - content.length - (crlf ? 2 : 1), "BAD_INDENT", message);
          indent = "";
        }
        if (type === Scalar.Scalar.BLOCK_LITERAL) {
          value += sep + indent.slice(trimIndent) + content;
          sep = "\n";
        } else if (indent.length > trimIndent || content[0] === "	") {
          if (sep === " ")
            sep = "\n";
          else if (!prevMoreIndented && sep === "\n")
            sep = "\n\n";
          value += sep + indent.slice(trimIndent) + content;
          sep = "\n";
          prevMoreIndented = true;
        } else if (content === "") {
          if (sep === "\n")
            value += "\n";
          else
            sep = "\n";
        } else {
          value += sep + content;
          sep = " ";
          prevMoreIndented = false;
        }
      }
      switch (header.chomp) {
        case "-":
          break;
        case "+":
          for (let i = chompStart; i < lines.length; ++i)
            value += "\n" + lines[i][0].slice(trimIndent);
          if (value[value.length - 1] !== "\n")
            value += "\n";
          break;
        default:
          value += "\n";
      }
      const end = start + header.length + scalar2.source.length;
      return { value, type, comment: header.comment, range: [start, end, end] };
    }
    function parseBlockScalarHeader({ offset, props: props2 }, strict, onError) {
      if (props2[0].type !== "block-scalar-header") {
        onError(props2[0], "IMPOSSIBLE", "Block scalar header not found");
        return null;
      }
      const { source } = props2[0];
      const mode2 = source[0];
      let indent = 0;
      let chomp = "";
      let error = -1;
      for (let i = 1; i < source.length; ++i) {
        const ch = source[i];
        if (!chomp && (ch === "-" || ch === "+"))
          chomp = ch;
        else {
          const n = Number(ch);
          if (!indent && n)
            indent = n;
          else if (error === -1)
            error = offset + i;
        }
      }
      if (error !== -1)
        onError(error, "UNEXPECTED_TOKEN", `Block scalar header includes extra characters: ${source}`);
      let hasSpace = false;
      let comment = "";
      let length = source.length;
      for (let i = 1; i < props2.length; ++i) {
        const token = props2[i];
        switch (token.type) {
          case "space":
            hasSpace = true;
          // fallthrough
          case "newline":
            length += token.source.length;
            break;
          case "comment":
            if (strict && !hasSpace) {
              const message = "Comments must be separated from other tokens by white space characters";
              onError(token, "MISSING_CHAR", message);
            }
            length += token.source.length;
            comment = token.source.substring(1);
            break;
          case "error":
            onError(token, "UNEXPECTED_TOKEN", token.message);
            length += token.source.length;
            break;
          /* istanbul ignore next should not happen */
          default: {
            const message = `Unexpected token in block scalar header: ${token.type}`;
            onError(token, "UNEXPECTED_TOKEN", message);
            const ts = token.source;
            if (ts && typeof ts === "string")
              length += ts.length;
          }
        }
      }
      return { mode: mode2, indent, chomp, comment, length };
    }
    function splitLines(source) {
      const split = source.split(/\n( *)/);
      const first = split[0];
      const m = first.match(/^( *)/);
      const line0 = m?.[1] ? [m[1], first.slice(m[1].length)] : ["", first];
      const lines = [line0];
      for (let i = 1; i < split.length; i += 2)
        lines.push([split[i], split[i + 1]]);
      return lines;
    }
    exports.resolveBlockScalar = resolveBlockScalar;
  }
});

// node_modules/yaml/dist/compose/resolve-flow-scalar.js
var require_resolve_flow_scalar = __commonJS({
  "node_modules/yaml/dist/compose/resolve-flow-scalar.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var resolveEnd = require_resolve_end();
    function resolveFlowScalar(scalar2, strict, onError) {
      const { offset, type, source, end } = scalar2;
      let _type;
      let value;
      const _onError = (rel, code, msg) => onError(offset + rel, code, msg);
      switch (type) {
        case "scalar":
          _type = Scalar.Scalar.PLAIN;
          value = plainValue(source, _onError);
          break;
        case "single-quoted-scalar":
          _type = Scalar.Scalar.QUOTE_SINGLE;
          value = singleQuotedValue(source, _onError);
          break;
        case "double-quoted-scalar":
          _type = Scalar.Scalar.QUOTE_DOUBLE;
          value = doubleQuotedValue(source, _onError);
          break;
        /* istanbul ignore next should not happen */
        default:
          onError(scalar2, "UNEXPECTED_TOKEN", `Expected a flow scalar value, but found: ${type}`);
          return {
            value: "",
            type: null,
            comment: "",
            range: [offset, offset + source.length, offset + source.length]
          };
      }
      const valueEnd = offset + source.length;
      const re = resolveEnd.resolveEnd(end, valueEnd, strict, onError);
      return {
        value,
        type: _type,
        comment: re.comment,
        range: [offset, valueEnd, re.offset]
      };
    }
    function plainValue(source, onError) {
      let badChar = "";
      switch (source[0]) {
        /* istanbul ignore next should not happen */
        case "	":
          badChar = "a tab character";
          break;
        case ",":
          badChar = "flow indicator character ,";
          break;
        case "%":
          badChar = "directive indicator character %";
          break;
        case "|":
        case ">": {
          badChar = `block scalar indicator ${source[0]}`;
          break;
        }
        case "@":
        case "`": {
          badChar = `reserved character ${source[0]}`;
          break;
        }
      }
      if (badChar)
        onError(0, "BAD_SCALAR_START", `Plain value cannot start with ${badChar}`);
      return unfoldLines(source);
    }
    function singleQuotedValue(source, onError) {
      if (source[source.length - 1] !== "'" || source.length === 1)
        onError(source.length, "MISSING_CHAR", "Missing closing 'quote");
      return unfoldLines(source.slice(1, -1)).replace(/''/g, "'");
    }
    function unfoldLines(source) {
      const line = /(.*?)\r?\n/sy;
      let match = line.exec(source);
      if (!match)
        return source;
      let trimEnd, trimBoth;
      try {
        trimEnd = new RegExp("(?<![ 	])[ 	]+$");
        trimBoth = new RegExp("^[ 	]+|(?<![ 	])[ 	]+$", "g");
      } catch {
        trimEnd = /[ \t]+$/;
        trimBoth = /^[ \t]+|[ \t]+$/g;
      }
      let res = match[1].replace(trimEnd, "");
      let sep = " ";
      let pos = line.lastIndex;
      while (match = line.exec(source)) {
        const lm = match[1].replace(trimBoth, "");
        if (lm === "") {
          if (sep === "\n")
            res += sep;
          else
            sep = "\n";
        } else {
          res += sep + lm;
          sep = " ";
        }
        pos = line.lastIndex;
      }
      const last = /[ \t]*(.*)/sy;
      last.lastIndex = pos;
      match = last.exec(source);
      return res + sep + (match?.[1] ?? "");
    }
    function doubleQuotedValue(source, onError) {
      let res = "";
      for (let i = 1; i < source.length - 1; ++i) {
        const ch = source[i];
        if (ch === "\r" && source[i + 1] === "\n")
          continue;
        if (ch === "\n") {
          const { fold, offset } = foldNewline(source, i);
          res += fold;
          i = offset;
        } else if (ch === "\\") {
          let next = source[++i];
          const cc = escapeCodes[next];
          if (cc)
            res += cc;
          else if (next === "\n") {
            next = source[i + 1];
            while (next === " " || next === "	")
              next = source[++i + 1];
          } else if (next === "\r" && source[i + 1] === "\n") {
            next = source[++i + 1];
            while (next === " " || next === "	")
              next = source[++i + 1];
          } else if (next === "x" || next === "u" || next === "U") {
            const length = next === "x" ? 2 : next === "u" ? 4 : 8;
            res += parseCharCode(source, i + 1, length, onError);
            i += length;
          } else {
            const raw = source.substr(i - 1, 2);
            onError(i - 1, "BAD_DQ_ESCAPE", `Invalid escape sequence ${raw}`);
            res += raw;
          }
        } else if (ch === " " || ch === "	") {
          const wsStart = i;
          let next = source[i + 1];
          while (next === " " || next === "	")
            next = source[++i + 1];
          if (next !== "\n" && !(next === "\r" && source[i + 2] === "\n"))
            res += i > wsStart ? source.slice(wsStart, i + 1) : ch;
        } else {
          res += ch;
        }
      }
      if (source[source.length - 1] !== '"' || source.length === 1)
        onError(source.length, "MISSING_CHAR", 'Missing closing "quote');
      return res;
    }
    function foldNewline(source, offset) {
      let fold = "";
      let ch = source[offset + 1];
      while (ch === " " || ch === "	" || ch === "\n" || ch === "\r") {
        if (ch === "\r" && source[offset + 2] !== "\n")
          break;
        if (ch === "\n")
          fold += "\n";
        offset += 1;
        ch = source[offset + 1];
      }
      if (!fold)
        fold = " ";
      return { fold, offset };
    }
    var escapeCodes = {
      "0": "\0",
      // null character
      a: "\x07",
      // bell character
      b: "\b",
      // backspace
      e: "\x1B",
      // escape character
      f: "\f",
      // form feed
      n: "\n",
      // line feed
      r: "\r",
      // carriage return
      t: "	",
      // horizontal tab
      v: "\v",
      // vertical tab
      N: "\x85",
      // Unicode next line
      _: "\xA0",
      // Unicode non-breaking space
      L: "\u2028",
      // Unicode line separator
      P: "\u2029",
      // Unicode paragraph separator
      " ": " ",
      '"': '"',
      "/": "/",
      "\\": "\\",
      "	": "	"
    };
    function parseCharCode(source, offset, length, onError) {
      const cc = source.substr(offset, length);
      const ok = cc.length === length && /^[0-9a-fA-F]+$/.test(cc);
      const code = ok ? parseInt(cc, 16) : NaN;
      try {
        return String.fromCodePoint(code);
      } catch {
        const raw = source.substr(offset - 2, length + 2);
        onError(offset - 2, "BAD_DQ_ESCAPE", `Invalid escape sequence ${raw}`);
        return raw;
      }
    }
    exports.resolveFlowScalar = resolveFlowScalar;
  }
});

// node_modules/yaml/dist/compose/compose-scalar.js
var require_compose_scalar = __commonJS({
  "node_modules/yaml/dist/compose/compose-scalar.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Scalar = require_Scalar();
    var resolveBlockScalar = require_resolve_block_scalar();
    var resolveFlowScalar = require_resolve_flow_scalar();
    function composeScalar(ctx, token, tagToken, onError) {
      const { value, type, comment, range } = token.type === "block-scalar" ? resolveBlockScalar.resolveBlockScalar(ctx, token, onError) : resolveFlowScalar.resolveFlowScalar(token, ctx.options.strict, onError);
      const tagName = tagToken ? ctx.directives.tagName(tagToken.source, (msg) => onError(tagToken, "TAG_RESOLVE_FAILED", msg)) : null;
      let tag;
      if (ctx.options.stringKeys && ctx.atKey) {
        tag = ctx.schema[identity.SCALAR];
      } else if (tagName)
        tag = findScalarTagByName(ctx.schema, value, tagName, tagToken, onError);
      else if (token.type === "scalar")
        tag = findScalarTagByTest(ctx, value, token, onError);
      else
        tag = ctx.schema[identity.SCALAR];
      let scalar2;
      try {
        const res = tag.resolve(value, (msg) => onError(tagToken ?? token, "TAG_RESOLVE_FAILED", msg), ctx.options);
        scalar2 = identity.isScalar(res) ? res : new Scalar.Scalar(res);
      } catch (error) {
        const msg = error instanceof Error ? error.message : String(error);
        onError(tagToken ?? token, "TAG_RESOLVE_FAILED", msg);
        scalar2 = new Scalar.Scalar(value);
      }
      scalar2.range = range;
      scalar2.source = value;
      if (type)
        scalar2.type = type;
      if (tagName)
        scalar2.tag = tagName;
      if (tag.format)
        scalar2.format = tag.format;
      if (comment)
        scalar2.comment = comment;
      return scalar2;
    }
    function findScalarTagByName(schema, value, tagName, tagToken, onError) {
      if (tagName === "!")
        return schema[identity.SCALAR];
      const matchWithTest = [];
      for (const tag of schema.tags) {
        if (!tag.collection && tag.tag === tagName) {
          if (tag.default && tag.test)
            matchWithTest.push(tag);
          else
            return tag;
        }
      }
      for (const tag of matchWithTest)
        if (tag.test?.test(value))
          return tag;
      const kt = schema.knownTags[tagName];
      if (kt && !kt.collection) {
        schema.tags.push(Object.assign({}, kt, { default: false, test: void 0 }));
        return kt;
      }
      onError(tagToken, "TAG_RESOLVE_FAILED", `Unresolved tag: ${tagName}`, tagName !== "tag:yaml.org,2002:str");
      return schema[identity.SCALAR];
    }
    function findScalarTagByTest({ atKey, directives, schema }, value, token, onError) {
      const tag = schema.tags.find((tag2) => (tag2.default === true || atKey && tag2.default === "key") && tag2.test?.test(value)) || schema[identity.SCALAR];
      if (schema.compat) {
        const compat = schema.compat.find((tag2) => tag2.default && tag2.test?.test(value)) ?? schema[identity.SCALAR];
        if (tag.tag !== compat.tag) {
          const ts = directives.tagString(tag.tag);
          const cs = directives.tagString(compat.tag);
          const msg = `Value may be parsed as either ${ts} or ${cs}`;
          onError(token, "TAG_RESOLVE_FAILED", msg, true);
        }
      }
      return tag;
    }
    exports.composeScalar = composeScalar;
  }
});

// node_modules/yaml/dist/compose/util-empty-scalar-position.js
var require_util_empty_scalar_position = __commonJS({
  "node_modules/yaml/dist/compose/util-empty-scalar-position.js"(exports) {
    "use strict";
    function emptyScalarPosition(offset, before, pos) {
      if (before) {
        pos ?? (pos = before.length);
        for (let i = pos - 1; i >= 0; --i) {
          let st = before[i];
          switch (st.type) {
            case "space":
            case "comment":
            case "newline":
              offset -= st.source.length;
              continue;
          }
          st = before[++i];
          while (st?.type === "space") {
            offset += st.source.length;
            st = before[++i];
          }
          break;
        }
      }
      return offset;
    }
    exports.emptyScalarPosition = emptyScalarPosition;
  }
});

// node_modules/yaml/dist/compose/compose-node.js
var require_compose_node = __commonJS({
  "node_modules/yaml/dist/compose/compose-node.js"(exports) {
    "use strict";
    var Alias = require_Alias();
    var identity = require_identity();
    var composeCollection = require_compose_collection();
    var composeScalar = require_compose_scalar();
    var resolveEnd = require_resolve_end();
    var utilEmptyScalarPosition = require_util_empty_scalar_position();
    var CN = { composeNode, composeEmptyNode };
    function composeNode(ctx, token, props2, onError) {
      const atKey = ctx.atKey;
      const { spaceBefore, comment, anchor, tag } = props2;
      let node;
      let isSrcToken = true;
      switch (token.type) {
        case "alias":
          node = composeAlias(ctx, token, onError);
          if (anchor || tag)
            onError(token, "ALIAS_PROPS", "An alias node must not specify any properties");
          break;
        case "scalar":
        case "single-quoted-scalar":
        case "double-quoted-scalar":
        case "block-scalar":
          node = composeScalar.composeScalar(ctx, token, tag, onError);
          if (anchor)
            node.anchor = anchor.source.substring(1);
          break;
        case "block-map":
        case "block-seq":
        case "flow-collection":
          try {
            node = composeCollection.composeCollection(CN, ctx, token, props2, onError);
            if (anchor)
              node.anchor = anchor.source.substring(1);
          } catch (error) {
            const message = error instanceof Error ? error.message : String(error);
            onError(token, "RESOURCE_EXHAUSTION", message);
          }
          break;
        default: {
          const message = token.type === "error" ? token.message : `Unsupported token (type: ${token.type})`;
          onError(token, "UNEXPECTED_TOKEN", message);
          isSrcToken = false;
        }
      }
      node ?? (node = composeEmptyNode(ctx, token.offset, void 0, null, props2, onError));
      if (anchor && node.anchor === "")
        onError(anchor, "BAD_ALIAS", "Anchor cannot be an empty string");
      if (atKey && ctx.options.stringKeys && (!identity.isScalar(node) || typeof node.value !== "string" || node.tag && node.tag !== "tag:yaml.org,2002:str")) {
        const msg = "With stringKeys, all keys must be strings";
        onError(tag ?? token, "NON_STRING_KEY", msg);
      }
      if (spaceBefore)
        node.spaceBefore = true;
      if (comment) {
        if (token.type === "scalar" && token.source === "")
          node.comment = comment;
        else
          node.commentBefore = comment;
      }
      if (ctx.options.keepSourceTokens && isSrcToken)
        node.srcToken = token;
      return node;
    }
    function composeEmptyNode(ctx, offset, before, pos, { spaceBefore, comment, anchor, tag, end }, onError) {
      const token = {
        type: "scalar",
        offset: utilEmptyScalarPosition.emptyScalarPosition(offset, before, pos),
        indent: -1,
        source: ""
      };
      const node = composeScalar.composeScalar(ctx, token, tag, onError);
      if (anchor) {
        node.anchor = anchor.source.substring(1);
        if (node.anchor === "")
          onError(anchor, "BAD_ALIAS", "Anchor cannot be an empty string");
      }
      if (spaceBefore)
        node.spaceBefore = true;
      if (comment) {
        node.comment = comment;
        node.range[2] = end;
      }
      return node;
    }
    function composeAlias({ options }, { offset, source, end }, onError) {
      const alias = new Alias.Alias(source.substring(1));
      if (alias.source === "")
        onError(offset, "BAD_ALIAS", "Alias cannot be an empty string");
      if (alias.source.endsWith(":"))
        onError(offset + source.length - 1, "BAD_ALIAS", "Alias ending in : is ambiguous", true);
      const valueEnd = offset + source.length;
      const re = resolveEnd.resolveEnd(end, valueEnd, options.strict, onError);
      alias.range = [offset, valueEnd, re.offset];
      if (re.comment)
        alias.comment = re.comment;
      return alias;
    }
    exports.composeEmptyNode = composeEmptyNode;
    exports.composeNode = composeNode;
  }
});

// node_modules/yaml/dist/compose/compose-doc.js
var require_compose_doc = __commonJS({
  "node_modules/yaml/dist/compose/compose-doc.js"(exports) {
    "use strict";
    var Document2 = require_Document();
    var composeNode = require_compose_node();
    var resolveEnd = require_resolve_end();
    var resolveProps = require_resolve_props();
    function composeDoc(options, directives, { offset, start, value, end }, onError) {
      const opts = Object.assign({ _directives: directives }, options);
      const doc = new Document2.Document(void 0, opts);
      const ctx = {
        atKey: false,
        atRoot: true,
        directives: doc.directives,
        options: doc.options,
        schema: doc.schema
      };
      const props2 = resolveProps.resolveProps(start, {
        indicator: "doc-start",
        next: value ?? end?.[0],
        offset,
        onError,
        parentIndent: 0,
        startOnNewline: true
      });
      if (props2.found) {
        doc.directives.docStart = true;
        if (value && (value.type === "block-map" || value.type === "block-seq") && !props2.hasNewline)
          onError(props2.end, "MISSING_CHAR", "Block collection cannot start on same line with directives-end marker");
      }
      doc.contents = value ? composeNode.composeNode(ctx, value, props2, onError) : composeNode.composeEmptyNode(ctx, props2.end, start, null, props2, onError);
      const contentEnd = doc.contents.range[2];
      const re = resolveEnd.resolveEnd(end, contentEnd, false, onError);
      if (re.comment)
        doc.comment = re.comment;
      doc.range = [offset, contentEnd, re.offset];
      return doc;
    }
    exports.composeDoc = composeDoc;
  }
});

// node_modules/yaml/dist/compose/composer.js
var require_composer = __commonJS({
  "node_modules/yaml/dist/compose/composer.js"(exports) {
    "use strict";
    var node_process = __require("process");
    var directives = require_directives();
    var Document2 = require_Document();
    var errors = require_errors();
    var identity = require_identity();
    var composeDoc = require_compose_doc();
    var resolveEnd = require_resolve_end();
    function getErrorPos(src) {
      if (typeof src === "number")
        return [src, src + 1];
      if (Array.isArray(src))
        return src.length === 2 ? src : [src[0], src[1]];
      const { offset, source } = src;
      return [offset, offset + (typeof source === "string" ? source.length : 1)];
    }
    function parsePrelude(prelude) {
      let comment = "";
      let atComment = false;
      let afterEmptyLine = false;
      for (let i = 0; i < prelude.length; ++i) {
        const source = prelude[i];
        switch (source[0]) {
          case "#":
            comment += (comment === "" ? "" : afterEmptyLine ? "\n\n" : "\n") + (source.substring(1) || " ");
            atComment = true;
            afterEmptyLine = false;
            break;
          case "%":
            if (prelude[i + 1]?.[0] !== "#")
              i += 1;
            atComment = false;
            break;
          default:
            if (!atComment)
              afterEmptyLine = true;
            atComment = false;
        }
      }
      return { comment, afterEmptyLine };
    }
    var Composer = class {
      constructor(options = {}) {
        this.doc = null;
        this.atDirectives = false;
        this.prelude = [];
        this.errors = [];
        this.warnings = [];
        this.onError = (source, code, message, warning) => {
          const pos = getErrorPos(source);
          if (warning)
            this.warnings.push(new errors.YAMLWarning(pos, code, message));
          else
            this.errors.push(new errors.YAMLParseError(pos, code, message));
        };
        this.directives = new directives.Directives({ version: options.version || "1.2" });
        this.options = options;
      }
      decorate(doc, afterDoc) {
        const { comment, afterEmptyLine } = parsePrelude(this.prelude);
        if (comment) {
          const dc = doc.contents;
          if (afterDoc) {
            doc.comment = doc.comment ? `${doc.comment}
${comment}` : comment;
          } else if (afterEmptyLine || doc.directives.docStart || !dc) {
            doc.commentBefore = comment;
          } else if (identity.isCollection(dc) && !dc.flow && dc.items.length > 0) {
            let it = dc.items[0];
            if (identity.isPair(it))
              it = it.key;
            const cb = it.commentBefore;
            it.commentBefore = cb ? `${comment}
${cb}` : comment;
          } else {
            const cb = dc.commentBefore;
            dc.commentBefore = cb ? `${comment}
${cb}` : comment;
          }
        }
        if (afterDoc) {
          for (let i = 0; i < this.errors.length; ++i)
            doc.errors.push(this.errors[i]);
          for (let i = 0; i < this.warnings.length; ++i)
            doc.warnings.push(this.warnings[i]);
        } else {
          doc.errors = this.errors;
          doc.warnings = this.warnings;
        }
        this.prelude = [];
        this.errors = [];
        this.warnings = [];
      }
      /**
       * Current stream status information.
       *
       * Mostly useful at the end of input for an empty stream.
       */
      streamInfo() {
        return {
          comment: parsePrelude(this.prelude).comment,
          directives: this.directives,
          errors: this.errors,
          warnings: this.warnings
        };
      }
      /**
       * Compose tokens into documents.
       *
       * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
       * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
       */
      *compose(tokens, forceDoc = false, endOffset = -1) {
        for (const token of tokens)
          yield* this.next(token);
        yield* this.end(forceDoc, endOffset);
      }
      /** Advance the composer by one CST token. */
      *next(token) {
        if (node_process.env.LOG_STREAM)
          console.dir(token, { depth: null });
        switch (token.type) {
          case "directive":
            this.directives.add(token.source, (offset, message, warning) => {
              const pos = getErrorPos(token);
              pos[0] += offset;
              this.onError(pos, "BAD_DIRECTIVE", message, warning);
            });
            this.prelude.push(token.source);
            this.atDirectives = true;
            break;
          case "document": {
            const doc = composeDoc.composeDoc(this.options, this.directives, token, this.onError);
            if (this.atDirectives && !doc.directives.docStart)
              this.onError(token, "MISSING_CHAR", "Missing directives-end/doc-start indicator line");
            this.decorate(doc, false);
            if (this.doc)
              yield this.doc;
            this.doc = doc;
            this.atDirectives = false;
            break;
          }
          case "byte-order-mark":
          case "space":
            break;
          case "comment":
          case "newline":
            this.prelude.push(token.source);
            break;
          case "error": {
            const msg = token.source ? `${token.message}: ${JSON.stringify(token.source)}` : token.message;
            const error = new errors.YAMLParseError(getErrorPos(token), "UNEXPECTED_TOKEN", msg);
            if (this.atDirectives || !this.doc)
              this.errors.push(error);
            else
              this.doc.errors.push(error);
            break;
          }
          case "doc-end": {
            if (!this.doc) {
              const msg = "Unexpected doc-end without preceding document";
              this.errors.push(new errors.YAMLParseError(getErrorPos(token), "UNEXPECTED_TOKEN", msg));
              break;
            }
            this.doc.directives.docEnd = true;
            const end = resolveEnd.resolveEnd(token.end, token.offset + token.source.length, this.doc.options.strict, this.onError);
            this.decorate(this.doc, true);
            if (end.comment) {
              const dc = this.doc.comment;
              this.doc.comment = dc ? `${dc}
${end.comment}` : end.comment;
            }
            this.doc.range[2] = end.offset;
            break;
          }
          default:
            this.errors.push(new errors.YAMLParseError(getErrorPos(token), "UNEXPECTED_TOKEN", `Unsupported token ${token.type}`));
        }
      }
      /**
       * Call at end of input to yield any remaining document.
       *
       * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
       * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
       */
      *end(forceDoc = false, endOffset = -1) {
        if (this.doc) {
          this.decorate(this.doc, true);
          yield this.doc;
          this.doc = null;
        } else if (forceDoc) {
          const opts = Object.assign({ _directives: this.directives }, this.options);
          const doc = new Document2.Document(void 0, opts);
          if (this.atDirectives)
            this.onError(endOffset, "MISSING_CHAR", "Missing directives-end indicator line");
          doc.range = [0, endOffset, endOffset];
          this.decorate(doc, false);
          yield doc;
        }
      }
    };
    exports.Composer = Composer;
  }
});

// node_modules/yaml/dist/parse/cst-scalar.js
var require_cst_scalar = __commonJS({
  "node_modules/yaml/dist/parse/cst-scalar.js"(exports) {
    "use strict";
    var resolveBlockScalar = require_resolve_block_scalar();
    var resolveFlowScalar = require_resolve_flow_scalar();
    var errors = require_errors();
    var stringifyString = require_stringifyString();
    function resolveAsScalar(token, strict = true, onError) {
      if (token) {
        const _onError = (pos, code, message) => {
          const offset = typeof pos === "number" ? pos : Array.isArray(pos) ? pos[0] : pos.offset;
          if (onError)
            onError(offset, code, message);
          else
            throw new errors.YAMLParseError([offset, offset + 1], code, message);
        };
        switch (token.type) {
          case "scalar":
          case "single-quoted-scalar":
          case "double-quoted-scalar":
            return resolveFlowScalar.resolveFlowScalar(token, strict, _onError);
          case "block-scalar":
            return resolveBlockScalar.resolveBlockScalar({ options: { strict } }, token, _onError);
        }
      }
      return null;
    }
    function createScalarToken(value, context) {
      const { implicitKey = false, indent, inFlow = false, offset = -1, type = "PLAIN" } = context;
      const source = stringifyString.stringifyString({ type, value }, {
        implicitKey,
        indent: indent > 0 ? " ".repeat(indent) : "",
        inFlow,
        options: { blockQuote: true, lineWidth: -1 }
      });
      const end = context.end ?? [
        { type: "newline", offset: -1, indent, source: "\n" }
      ];
      switch (source[0]) {
        case "|":
        case ">": {
          const he = source.indexOf("\n");
          const head = source.substring(0, he);
          const body = source.substring(he + 1) + "\n";
          const props2 = [
            { type: "block-scalar-header", offset, indent, source: head }
          ];
          if (!addEndtoBlockProps(props2, end))
            props2.push({ type: "newline", offset: -1, indent, source: "\n" });
          return { type: "block-scalar", offset, indent, props: props2, source: body };
        }
        case '"':
          return { type: "double-quoted-scalar", offset, indent, source, end };
        case "'":
          return { type: "single-quoted-scalar", offset, indent, source, end };
        default:
          return { type: "scalar", offset, indent, source, end };
      }
    }
    function setScalarValue(token, value, context = {}) {
      let { afterKey = false, implicitKey = false, inFlow = false, type } = context;
      let indent = "indent" in token ? token.indent : null;
      if (afterKey && typeof indent === "number")
        indent += 2;
      if (!type)
        switch (token.type) {
          case "single-quoted-scalar":
            type = "QUOTE_SINGLE";
            break;
          case "double-quoted-scalar":
            type = "QUOTE_DOUBLE";
            break;
          case "block-scalar": {
            const header = token.props[0];
            if (header.type !== "block-scalar-header")
              throw new Error("Invalid block scalar header");
            type = header.source[0] === ">" ? "BLOCK_FOLDED" : "BLOCK_LITERAL";
            break;
          }
          default:
            type = "PLAIN";
        }
      const source = stringifyString.stringifyString({ type, value }, {
        implicitKey: implicitKey || indent === null,
        indent: indent !== null && indent > 0 ? " ".repeat(indent) : "",
        inFlow,
        options: { blockQuote: true, lineWidth: -1 }
      });
      switch (source[0]) {
        case "|":
        case ">":
          setBlockScalarValue(token, source);
          break;
        case '"':
          setFlowScalarValue(token, source, "double-quoted-scalar");
          break;
        case "'":
          setFlowScalarValue(token, source, "single-quoted-scalar");
          break;
        default:
          setFlowScalarValue(token, source, "scalar");
      }
    }
    function setBlockScalarValue(token, source) {
      const he = source.indexOf("\n");
      const head = source.substring(0, he);
      const body = source.substring(he + 1) + "\n";
      if (token.type === "block-scalar") {
        const header = token.props[0];
        if (header.type !== "block-scalar-header")
          throw new Error("Invalid block scalar header");
        header.source = head;
        token.source = body;
      } else {
        const { offset } = token;
        const indent = "indent" in token ? token.indent : -1;
        const props2 = [
          { type: "block-scalar-header", offset, indent, source: head }
        ];
        if (!addEndtoBlockProps(props2, "end" in token ? token.end : void 0))
          props2.push({ type: "newline", offset: -1, indent, source: "\n" });
        for (const key of Object.keys(token))
          if (key !== "type" && key !== "offset")
            delete token[key];
        Object.assign(token, { type: "block-scalar", indent, props: props2, source: body });
      }
    }
    function addEndtoBlockProps(props2, end) {
      if (end)
        for (const st of end)
          switch (st.type) {
            case "space":
            case "comment":
              props2.push(st);
              break;
            case "newline":
              props2.push(st);
              return true;
          }
      return false;
    }
    function setFlowScalarValue(token, source, type) {
      switch (token.type) {
        case "scalar":
        case "double-quoted-scalar":
        case "single-quoted-scalar":
          token.type = type;
          token.source = source;
          break;
        case "block-scalar": {
          const end = token.props.slice(1);
          let oa = source.length;
          if (token.props[0].type === "block-scalar-header")
            oa -= token.props[0].source.length;
          for (const tok of end)
            tok.offset += oa;
          delete token.props;
          Object.assign(token, { type, source, end });
          break;
        }
        case "block-map":
        case "block-seq": {
          const offset = token.offset + source.length;
          const nl = { type: "newline", offset, indent: token.indent, source: "\n" };
          delete token.items;
          Object.assign(token, { type, source, end: [nl] });
          break;
        }
        default: {
          const indent = "indent" in token ? token.indent : -1;
          const end = "end" in token && Array.isArray(token.end) ? token.end.filter((st) => st.type === "space" || st.type === "comment" || st.type === "newline") : [];
          for (const key of Object.keys(token))
            if (key !== "type" && key !== "offset")
              delete token[key];
          Object.assign(token, { type, indent, source, end });
        }
      }
    }
    exports.createScalarToken = createScalarToken;
    exports.resolveAsScalar = resolveAsScalar;
    exports.setScalarValue = setScalarValue;
  }
});

// node_modules/yaml/dist/parse/cst-stringify.js
var require_cst_stringify = __commonJS({
  "node_modules/yaml/dist/parse/cst-stringify.js"(exports) {
    "use strict";
    var stringify2 = (cst) => "type" in cst ? stringifyToken(cst) : stringifyItem(cst);
    function stringifyToken(token) {
      switch (token.type) {
        case "block-scalar": {
          let res = "";
          for (const tok of token.props)
            res += stringifyToken(tok);
          return res + token.source;
        }
        case "block-map":
        case "block-seq": {
          let res = "";
          for (const item of token.items)
            res += stringifyItem(item);
          return res;
        }
        case "flow-collection": {
          let res = token.start.source;
          for (const item of token.items)
            res += stringifyItem(item);
          for (const st of token.end)
            res += st.source;
          return res;
        }
        case "document": {
          let res = stringifyItem(token);
          if (token.end)
            for (const st of token.end)
              res += st.source;
          return res;
        }
        default: {
          let res = token.source;
          if ("end" in token && token.end)
            for (const st of token.end)
              res += st.source;
          return res;
        }
      }
    }
    function stringifyItem({ start, key, sep, value }) {
      let res = "";
      for (const st of start)
        res += st.source;
      if (key)
        res += stringifyToken(key);
      if (sep)
        for (const st of sep)
          res += st.source;
      if (value)
        res += stringifyToken(value);
      return res;
    }
    exports.stringify = stringify2;
  }
});

// node_modules/yaml/dist/parse/cst-visit.js
var require_cst_visit = __commonJS({
  "node_modules/yaml/dist/parse/cst-visit.js"(exports) {
    "use strict";
    var BREAK = /* @__PURE__ */ Symbol("break visit");
    var SKIP = /* @__PURE__ */ Symbol("skip children");
    var REMOVE = /* @__PURE__ */ Symbol("remove item");
    function visit(cst, visitor) {
      if ("type" in cst && cst.type === "document")
        cst = { start: cst.start, value: cst.value };
      _visit(Object.freeze([]), cst, visitor);
    }
    visit.BREAK = BREAK;
    visit.SKIP = SKIP;
    visit.REMOVE = REMOVE;
    visit.itemAtPath = (cst, path31) => {
      let item = cst;
      for (const [field, index] of path31) {
        const tok = item?.[field];
        if (tok && "items" in tok) {
          item = tok.items[index];
        } else
          return void 0;
      }
      return item;
    };
    visit.parentCollection = (cst, path31) => {
      const parent = visit.itemAtPath(cst, path31.slice(0, -1));
      const field = path31[path31.length - 1][0];
      const coll = parent?.[field];
      if (coll && "items" in coll)
        return coll;
      throw new Error("Parent collection not found");
    };
    function _visit(path31, item, visitor) {
      let ctrl = visitor(item, path31);
      if (typeof ctrl === "symbol")
        return ctrl;
      for (const field of ["key", "value"]) {
        const token = item[field];
        if (token && "items" in token) {
          for (let i = 0; i < token.items.length; ++i) {
            const ci = _visit(Object.freeze(path31.concat([[field, i]])), token.items[i], visitor);
            if (typeof ci === "number")
              i = ci - 1;
            else if (ci === BREAK)
              return BREAK;
            else if (ci === REMOVE) {
              token.items.splice(i, 1);
              i -= 1;
            }
          }
          if (typeof ctrl === "function" && field === "key")
            ctrl = ctrl(item, path31);
        }
      }
      return typeof ctrl === "function" ? ctrl(item, path31) : ctrl;
    }
    exports.visit = visit;
  }
});

// node_modules/yaml/dist/parse/cst.js
var require_cst = __commonJS({
  "node_modules/yaml/dist/parse/cst.js"(exports) {
    "use strict";
    var cstScalar = require_cst_scalar();
    var cstStringify = require_cst_stringify();
    var cstVisit = require_cst_visit();
    var BOM = "\uFEFF";
    var DOCUMENT = "";
    var FLOW_END = "";
    var SCALAR = "";
    var isCollection = (token) => !!token && "items" in token;
    var isScalar3 = (token) => !!token && (token.type === "scalar" || token.type === "single-quoted-scalar" || token.type === "double-quoted-scalar" || token.type === "block-scalar");
    function prettyToken(token) {
      switch (token) {
        case BOM:
          return "<BOM>";
        case DOCUMENT:
          return "<DOC>";
        case FLOW_END:
          return "<FLOW_END>";
        case SCALAR:
          return "<SCALAR>";
        default:
          return JSON.stringify(token);
      }
    }
    function tokenType(source) {
      switch (source) {
        case BOM:
          return "byte-order-mark";
        case DOCUMENT:
          return "doc-mode";
        case FLOW_END:
          return "flow-error-end";
        case SCALAR:
          return "scalar";
        case "---":
          return "doc-start";
        case "...":
          return "doc-end";
        case "":
        case "\n":
        case "\r\n":
          return "newline";
        case "-":
          return "seq-item-ind";
        case "?":
          return "explicit-key-ind";
        case ":":
          return "map-value-ind";
        case "{":
          return "flow-map-start";
        case "}":
          return "flow-map-end";
        case "[":
          return "flow-seq-start";
        case "]":
          return "flow-seq-end";
        case ",":
          return "comma";
      }
      switch (source[0]) {
        case " ":
        case "	":
          return "space";
        case "#":
          return "comment";
        case "%":
          return "directive-line";
        case "*":
          return "alias";
        case "&":
          return "anchor";
        case "!":
          return "tag";
        case "'":
          return "single-quoted-scalar";
        case '"':
          return "double-quoted-scalar";
        case "|":
        case ">":
          return "block-scalar-header";
      }
      return null;
    }
    exports.createScalarToken = cstScalar.createScalarToken;
    exports.resolveAsScalar = cstScalar.resolveAsScalar;
    exports.setScalarValue = cstScalar.setScalarValue;
    exports.stringify = cstStringify.stringify;
    exports.visit = cstVisit.visit;
    exports.BOM = BOM;
    exports.DOCUMENT = DOCUMENT;
    exports.FLOW_END = FLOW_END;
    exports.SCALAR = SCALAR;
    exports.isCollection = isCollection;
    exports.isScalar = isScalar3;
    exports.prettyToken = prettyToken;
    exports.tokenType = tokenType;
  }
});

// node_modules/yaml/dist/parse/lexer.js
var require_lexer = __commonJS({
  "node_modules/yaml/dist/parse/lexer.js"(exports) {
    "use strict";
    var cst = require_cst();
    function isEmpty(ch) {
      switch (ch) {
        case void 0:
        case " ":
        case "\n":
        case "\r":
        case "	":
          return true;
        default:
          return false;
      }
    }
    var hexDigits = new Set("0123456789ABCDEFabcdef");
    var tagChars = new Set("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-#;/?:@&=+$_.!~*'()");
    var flowIndicatorChars = new Set(",[]{}");
    var invalidAnchorChars = new Set(" ,[]{}\n\r	");
    var isNotAnchorChar = (ch) => !ch || invalidAnchorChars.has(ch);
    var Lexer = class {
      constructor() {
        this.atEnd = false;
        this.blockScalarIndent = -1;
        this.blockScalarKeep = false;
        this.buffer = "";
        this.flowKey = false;
        this.flowLevel = 0;
        this.indentNext = 0;
        this.indentValue = 0;
        this.lineEndPos = null;
        this.next = null;
        this.pos = 0;
      }
      /**
       * Generate YAML tokens from the `source` string. If `incomplete`,
       * a part of the last line may be left as a buffer for the next call.
       *
       * @returns A generator of lexical tokens
       */
      *lex(source, incomplete = false) {
        if (source) {
          if (typeof source !== "string")
            throw TypeError("source is not a string");
          this.buffer = this.buffer ? this.buffer + source : source;
          this.lineEndPos = null;
        }
        this.atEnd = !incomplete;
        let next = this.next ?? "stream";
        while (next && (incomplete || this.hasChars(1)))
          next = yield* this.parseNext(next);
      }
      atLineEnd() {
        let i = this.pos;
        let ch = this.buffer[i];
        while (ch === " " || ch === "	")
          ch = this.buffer[++i];
        if (!ch || ch === "#" || ch === "\n")
          return true;
        if (ch === "\r")
          return this.buffer[i + 1] === "\n";
        return false;
      }
      charAt(n) {
        return this.buffer[this.pos + n];
      }
      continueScalar(offset) {
        let ch = this.buffer[offset];
        if (this.indentNext > 0) {
          let indent = 0;
          while (ch === " ")
            ch = this.buffer[++indent + offset];
          if (ch === "\r") {
            const next = this.buffer[indent + offset + 1];
            if (next === "\n" || !next && !this.atEnd)
              return offset + indent + 1;
          }
          return ch === "\n" || indent >= this.indentNext || !ch && !this.atEnd ? offset + indent : -1;
        }
        if (ch === "-" || ch === ".") {
          const dt = this.buffer.substr(offset, 3);
          if ((dt === "---" || dt === "...") && isEmpty(this.buffer[offset + 3]))
            return -1;
        }
        return offset;
      }
      getLine() {
        let end = this.lineEndPos;
        if (typeof end !== "number" || end !== -1 && end < this.pos) {
          end = this.buffer.indexOf("\n", this.pos);
          this.lineEndPos = end;
        }
        if (end === -1)
          return this.atEnd ? this.buffer.substring(this.pos) : null;
        if (this.buffer[end - 1] === "\r")
          end -= 1;
        return this.buffer.substring(this.pos, end);
      }
      hasChars(n) {
        return this.pos + n <= this.buffer.length;
      }
      setNext(state) {
        this.buffer = this.buffer.substring(this.pos);
        this.pos = 0;
        this.lineEndPos = null;
        this.next = state;
        return null;
      }
      peek(n) {
        return this.buffer.substr(this.pos, n);
      }
      *parseNext(next) {
        switch (next) {
          case "stream":
            return yield* this.parseStream();
          case "line-start":
            return yield* this.parseLineStart();
          case "block-start":
            return yield* this.parseBlockStart();
          case "doc":
            return yield* this.parseDocument();
          case "flow":
            return yield* this.parseFlowCollection();
          case "quoted-scalar":
            return yield* this.parseQuotedScalar();
          case "block-scalar":
            return yield* this.parseBlockScalar();
          case "plain-scalar":
            return yield* this.parsePlainScalar();
        }
      }
      *parseStream() {
        let line = this.getLine();
        if (line === null)
          return this.setNext("stream");
        if (line[0] === cst.BOM) {
          yield* this.pushCount(1);
          line = line.substring(1);
        }
        if (line[0] === "%") {
          let dirEnd = line.length;
          let cs = line.indexOf("#");
          while (cs !== -1) {
            const ch = line[cs - 1];
            if (ch === " " || ch === "	") {
              dirEnd = cs - 1;
              break;
            } else {
              cs = line.indexOf("#", cs + 1);
            }
          }
          while (true) {
            const ch = line[dirEnd - 1];
            if (ch === " " || ch === "	")
              dirEnd -= 1;
            else
              break;
          }
          const n = (yield* this.pushCount(dirEnd)) + (yield* this.pushSpaces(true));
          yield* this.pushCount(line.length - n);
          this.pushNewline();
          return "stream";
        }
        if (this.atLineEnd()) {
          const sp = yield* this.pushSpaces(true);
          yield* this.pushCount(line.length - sp);
          yield* this.pushNewline();
          return "stream";
        }
        yield cst.DOCUMENT;
        return yield* this.parseLineStart();
      }
      *parseLineStart() {
        const ch = this.charAt(0);
        if (!ch && !this.atEnd)
          return this.setNext("line-start");
        if (ch === "-" || ch === ".") {
          if (!this.atEnd && !this.hasChars(4))
            return this.setNext("line-start");
          const s = this.peek(3);
          if ((s === "---" || s === "...") && isEmpty(this.charAt(3))) {
            yield* this.pushCount(3);
            this.indentValue = 0;
            this.indentNext = 0;
            return s === "---" ? "doc" : "stream";
          }
        }
        this.indentValue = yield* this.pushSpaces(false);
        if (this.indentNext > this.indentValue && !isEmpty(this.charAt(1)))
          this.indentNext = this.indentValue;
        return yield* this.parseBlockStart();
      }
      *parseBlockStart() {
        const [ch0, ch1] = this.peek(2);
        if (!ch1 && !this.atEnd)
          return this.setNext("block-start");
        if ((ch0 === "-" || ch0 === "?" || ch0 === ":") && isEmpty(ch1)) {
          const n = (yield* this.pushCount(1)) + (yield* this.pushSpaces(true));
          this.indentNext = this.indentValue + 1;
          this.indentValue += n;
          return "block-start";
        }
        return "doc";
      }
      *parseDocument() {
        yield* this.pushSpaces(true);
        const line = this.getLine();
        if (line === null)
          return this.setNext("doc");
        let n = yield* this.pushIndicators();
        switch (line[n]) {
          case "#":
            yield* this.pushCount(line.length - n);
          // fallthrough
          case void 0:
            yield* this.pushNewline();
            return yield* this.parseLineStart();
          case "{":
          case "[":
            yield* this.pushCount(1);
            this.flowKey = false;
            this.flowLevel = 1;
            return "flow";
          case "}":
          case "]":
            yield* this.pushCount(1);
            return "doc";
          case "*":
            yield* this.pushUntil(isNotAnchorChar);
            return "doc";
          case '"':
          case "'":
            return yield* this.parseQuotedScalar();
          case "|":
          case ">":
            n += yield* this.parseBlockScalarHeader();
            n += yield* this.pushSpaces(true);
            yield* this.pushCount(line.length - n);
            yield* this.pushNewline();
            return yield* this.parseBlockScalar();
          default:
            return yield* this.parsePlainScalar();
        }
      }
      *parseFlowCollection() {
        let nl, sp;
        let indent = -1;
        do {
          nl = yield* this.pushNewline();
          if (nl > 0) {
            sp = yield* this.pushSpaces(false);
            this.indentValue = indent = sp;
          } else {
            sp = 0;
          }
          sp += yield* this.pushSpaces(true);
        } while (nl + sp > 0);
        const line = this.getLine();
        if (line === null)
          return this.setNext("flow");
        if (indent !== -1 && indent < this.indentNext && line[0] !== "#" || indent === 0 && (line.startsWith("---") || line.startsWith("...")) && isEmpty(line[3])) {
          const atFlowEndMarker = indent === this.indentNext - 1 && this.flowLevel === 1 && (line[0] === "]" || line[0] === "}");
          if (!atFlowEndMarker) {
            this.flowLevel = 0;
            yield cst.FLOW_END;
            return yield* this.parseLineStart();
          }
        }
        let n = 0;
        while (line[n] === ",") {
          n += yield* this.pushCount(1);
          n += yield* this.pushSpaces(true);
          this.flowKey = false;
        }
        n += yield* this.pushIndicators();
        switch (line[n]) {
          case void 0:
            return "flow";
          case "#":
            yield* this.pushCount(line.length - n);
            return "flow";
          case "{":
          case "[":
            yield* this.pushCount(1);
            this.flowKey = false;
            this.flowLevel += 1;
            return "flow";
          case "}":
          case "]":
            yield* this.pushCount(1);
            this.flowKey = true;
            this.flowLevel -= 1;
            return this.flowLevel ? "flow" : "doc";
          case "*":
            yield* this.pushUntil(isNotAnchorChar);
            return "flow";
          case '"':
          case "'":
            this.flowKey = true;
            return yield* this.parseQuotedScalar();
          case ":": {
            const next = this.charAt(1);
            if (this.flowKey || isEmpty(next) || next === ",") {
              this.flowKey = false;
              yield* this.pushCount(1);
              yield* this.pushSpaces(true);
              return "flow";
            }
          }
          // fallthrough
          default:
            this.flowKey = false;
            return yield* this.parsePlainScalar();
        }
      }
      *parseQuotedScalar() {
        const quote = this.charAt(0);
        let end = this.buffer.indexOf(quote, this.pos + 1);
        if (quote === "'") {
          while (end !== -1 && this.buffer[end + 1] === "'")
            end = this.buffer.indexOf("'", end + 2);
        } else {
          while (end !== -1) {
            let n = 0;
            while (this.buffer[end - 1 - n] === "\\")
              n += 1;
            if (n % 2 === 0)
              break;
            end = this.buffer.indexOf('"', end + 1);
          }
        }
        const qb = this.buffer.substring(0, end);
        let nl = qb.indexOf("\n", this.pos);
        if (nl !== -1) {
          while (nl !== -1) {
            const cs = this.continueScalar(nl + 1);
            if (cs === -1)
              break;
            nl = qb.indexOf("\n", cs);
          }
          if (nl !== -1) {
            end = nl - (qb[nl - 1] === "\r" ? 2 : 1);
          }
        }
        if (end === -1) {
          if (!this.atEnd)
            return this.setNext("quoted-scalar");
          end = this.buffer.length;
        }
        yield* this.pushToIndex(end + 1, false);
        return this.flowLevel ? "flow" : "doc";
      }
      *parseBlockScalarHeader() {
        this.blockScalarIndent = -1;
        this.blockScalarKeep = false;
        let i = this.pos;
        while (true) {
          const ch = this.buffer[++i];
          if (ch === "+")
            this.blockScalarKeep = true;
          else if (ch > "0" && ch <= "9")
            this.blockScalarIndent = Number(ch) - 1;
          else if (ch !== "-")
            break;
        }
        return yield* this.pushUntil((ch) => isEmpty(ch) || ch === "#");
      }
      *parseBlockScalar() {
        let nl = this.pos - 1;
        let indent = 0;
        let ch;
        loop: for (let i2 = this.pos; ch = this.buffer[i2]; ++i2) {
          switch (ch) {
            case " ":
              indent += 1;
              break;
            case "\n":
              nl = i2;
              indent = 0;
              break;
            case "\r": {
              const next = this.buffer[i2 + 1];
              if (!next && !this.atEnd)
                return this.setNext("block-scalar");
              if (next === "\n")
                break;
            }
            // fallthrough
            default:
              break loop;
          }
        }
        if (!ch && !this.atEnd)
          return this.setNext("block-scalar");
        if (indent >= this.indentNext) {
          if (this.blockScalarIndent === -1)
            this.indentNext = indent;
          else {
            this.indentNext = this.blockScalarIndent + (this.indentNext === 0 ? 1 : this.indentNext);
          }
          do {
            const cs = this.continueScalar(nl + 1);
            if (cs === -1)
              break;
            nl = this.buffer.indexOf("\n", cs);
          } while (nl !== -1);
          if (nl === -1) {
            if (!this.atEnd)
              return this.setNext("block-scalar");
            nl = this.buffer.length;
          }
        }
        let i = nl + 1;
        ch = this.buffer[i];
        while (ch === " ")
          ch = this.buffer[++i];
        if (ch === "	") {
          while (ch === "	" || ch === " " || ch === "\r" || ch === "\n")
            ch = this.buffer[++i];
          nl = i - 1;
        } else if (!this.blockScalarKeep) {
          do {
            let i2 = nl - 1;
            let ch2 = this.buffer[i2];
            if (ch2 === "\r")
              ch2 = this.buffer[--i2];
            const lastChar = i2;
            while (ch2 === " ")
              ch2 = this.buffer[--i2];
            if (ch2 === "\n" && i2 >= this.pos && i2 + 1 + indent > lastChar)
              nl = i2;
            else
              break;
          } while (true);
        }
        yield cst.SCALAR;
        yield* this.pushToIndex(nl + 1, true);
        return yield* this.parseLineStart();
      }
      *parsePlainScalar() {
        const inFlow = this.flowLevel > 0;
        let end = this.pos - 1;
        let i = this.pos - 1;
        let ch;
        while (ch = this.buffer[++i]) {
          if (ch === ":") {
            const next = this.buffer[i + 1];
            if (isEmpty(next) || inFlow && flowIndicatorChars.has(next))
              break;
            end = i;
          } else if (isEmpty(ch)) {
            let next = this.buffer[i + 1];
            if (ch === "\r") {
              if (next === "\n") {
                i += 1;
                ch = "\n";
                next = this.buffer[i + 1];
              } else
                end = i;
            }
            if (next === "#" || inFlow && flowIndicatorChars.has(next))
              break;
            if (ch === "\n") {
              const cs = this.continueScalar(i + 1);
              if (cs === -1)
                break;
              i = Math.max(i, cs - 2);
            }
          } else {
            if (inFlow && flowIndicatorChars.has(ch))
              break;
            end = i;
          }
        }
        if (!ch && !this.atEnd)
          return this.setNext("plain-scalar");
        yield cst.SCALAR;
        yield* this.pushToIndex(end + 1, true);
        return inFlow ? "flow" : "doc";
      }
      *pushCount(n) {
        if (n > 0) {
          yield this.buffer.substr(this.pos, n);
          this.pos += n;
          return n;
        }
        return 0;
      }
      *pushToIndex(i, allowEmpty) {
        const s = this.buffer.slice(this.pos, i);
        if (s) {
          yield s;
          this.pos += s.length;
          return s.length;
        } else if (allowEmpty)
          yield "";
        return 0;
      }
      *pushIndicators() {
        let n = 0;
        loop: while (true) {
          switch (this.charAt(0)) {
            case "!":
              n += yield* this.pushTag();
              n += yield* this.pushSpaces(true);
              continue loop;
            case "&":
              n += yield* this.pushUntil(isNotAnchorChar);
              n += yield* this.pushSpaces(true);
              continue loop;
            case "-":
            // this is an error
            case "?":
            // this is an error outside flow collections
            case ":": {
              const inFlow = this.flowLevel > 0;
              const ch1 = this.charAt(1);
              if (isEmpty(ch1) || inFlow && flowIndicatorChars.has(ch1)) {
                if (!inFlow)
                  this.indentNext = this.indentValue + 1;
                else if (this.flowKey)
                  this.flowKey = false;
                n += yield* this.pushCount(1);
                n += yield* this.pushSpaces(true);
                continue loop;
              }
            }
          }
          break loop;
        }
        return n;
      }
      *pushTag() {
        if (this.charAt(1) === "<") {
          let i = this.pos + 2;
          let ch = this.buffer[i];
          while (!isEmpty(ch) && ch !== ">")
            ch = this.buffer[++i];
          return yield* this.pushToIndex(ch === ">" ? i + 1 : i, false);
        } else {
          let i = this.pos + 1;
          let ch = this.buffer[i];
          while (ch) {
            if (tagChars.has(ch))
              ch = this.buffer[++i];
            else if (ch === "%" && hexDigits.has(this.buffer[i + 1]) && hexDigits.has(this.buffer[i + 2])) {
              ch = this.buffer[i += 3];
            } else
              break;
          }
          return yield* this.pushToIndex(i, false);
        }
      }
      *pushNewline() {
        const ch = this.buffer[this.pos];
        if (ch === "\n")
          return yield* this.pushCount(1);
        else if (ch === "\r" && this.charAt(1) === "\n")
          return yield* this.pushCount(2);
        else
          return 0;
      }
      *pushSpaces(allowTabs) {
        let i = this.pos - 1;
        let ch;
        do {
          ch = this.buffer[++i];
        } while (ch === " " || allowTabs && ch === "	");
        const n = i - this.pos;
        if (n > 0) {
          yield this.buffer.substr(this.pos, n);
          this.pos = i;
        }
        return n;
      }
      *pushUntil(test) {
        let i = this.pos;
        let ch = this.buffer[i];
        while (!test(ch))
          ch = this.buffer[++i];
        return yield* this.pushToIndex(i, false);
      }
    };
    exports.Lexer = Lexer;
  }
});

// node_modules/yaml/dist/parse/line-counter.js
var require_line_counter = __commonJS({
  "node_modules/yaml/dist/parse/line-counter.js"(exports) {
    "use strict";
    var LineCounter3 = class {
      constructor() {
        this.lineStarts = [];
        this.addNewLine = (offset) => this.lineStarts.push(offset);
        this.linePos = (offset) => {
          let low = 0;
          let high = this.lineStarts.length;
          while (low < high) {
            const mid = low + high >> 1;
            if (this.lineStarts[mid] < offset)
              low = mid + 1;
            else
              high = mid;
          }
          if (this.lineStarts[low] === offset)
            return { line: low + 1, col: 1 };
          if (low === 0)
            return { line: 0, col: offset };
          const start = this.lineStarts[low - 1];
          return { line: low, col: offset - start + 1 };
        };
      }
    };
    exports.LineCounter = LineCounter3;
  }
});

// node_modules/yaml/dist/parse/parser.js
var require_parser = __commonJS({
  "node_modules/yaml/dist/parse/parser.js"(exports) {
    "use strict";
    var node_process = __require("process");
    var cst = require_cst();
    var lexer = require_lexer();
    function includesToken(list, type) {
      for (let i = 0; i < list.length; ++i)
        if (list[i].type === type)
          return true;
      return false;
    }
    function findNonEmptyIndex(list) {
      for (let i = 0; i < list.length; ++i) {
        switch (list[i].type) {
          case "space":
          case "comment":
          case "newline":
            break;
          default:
            return i;
        }
      }
      return -1;
    }
    function isFlowToken(token) {
      switch (token?.type) {
        case "alias":
        case "scalar":
        case "single-quoted-scalar":
        case "double-quoted-scalar":
        case "flow-collection":
          return true;
        default:
          return false;
      }
    }
    function getPrevProps(parent) {
      switch (parent.type) {
        case "document":
          return parent.start;
        case "block-map": {
          const it = parent.items[parent.items.length - 1];
          return it.sep ?? it.start;
        }
        case "block-seq":
          return parent.items[parent.items.length - 1].start;
        /* istanbul ignore next should not happen */
        default:
          return [];
      }
    }
    function getFirstKeyStartProps(prev) {
      if (prev.length === 0)
        return [];
      let i = prev.length;
      loop: while (--i >= 0) {
        switch (prev[i].type) {
          case "doc-start":
          case "explicit-key-ind":
          case "map-value-ind":
          case "seq-item-ind":
          case "newline":
            break loop;
        }
      }
      while (prev[++i]?.type === "space") {
      }
      return prev.splice(i, prev.length);
    }
    function arrayPushArray(target, source) {
      if (source.length < 1e5)
        Array.prototype.push.apply(target, source);
      else
        for (let i = 0; i < source.length; ++i)
          target.push(source[i]);
    }
    function fixFlowSeqItems(fc) {
      if (fc.start.type === "flow-seq-start") {
        for (const it of fc.items) {
          if (it.sep && !it.value && !includesToken(it.start, "explicit-key-ind") && !includesToken(it.sep, "map-value-ind")) {
            if (it.key)
              it.value = it.key;
            delete it.key;
            if (isFlowToken(it.value)) {
              if (it.value.end)
                arrayPushArray(it.value.end, it.sep);
              else
                it.value.end = it.sep;
            } else
              arrayPushArray(it.start, it.sep);
            delete it.sep;
          }
        }
      }
    }
    var Parser = class {
      /**
       * @param onNewLine - If defined, called separately with the start position of
       *   each new line (in `parse()`, including the start of input).
       */
      constructor(onNewLine) {
        this.atNewLine = true;
        this.atScalar = false;
        this.indent = 0;
        this.offset = 0;
        this.onKeyLine = false;
        this.stack = [];
        this.source = "";
        this.type = "";
        this.lexer = new lexer.Lexer();
        this.onNewLine = onNewLine;
      }
      /**
       * Parse `source` as a YAML stream.
       * If `incomplete`, a part of the last line may be left as a buffer for the next call.
       *
       * Errors are not thrown, but yielded as `{ type: 'error', message }` tokens.
       *
       * @returns A generator of tokens representing each directive, document, and other structure.
       */
      *parse(source, incomplete = false) {
        if (this.onNewLine && this.offset === 0)
          this.onNewLine(0);
        for (const lexeme of this.lexer.lex(source, incomplete))
          yield* this.next(lexeme);
        if (!incomplete)
          yield* this.end();
      }
      /**
       * Advance the parser by the `source` of one lexical token.
       */
      *next(source) {
        this.source = source;
        if (node_process.env.LOG_TOKENS)
          console.log("|", cst.prettyToken(source));
        if (this.atScalar) {
          this.atScalar = false;
          yield* this.step();
          this.offset += source.length;
          return;
        }
        const type = cst.tokenType(source);
        if (!type) {
          const message = `Not a YAML token: ${source}`;
          yield* this.pop({ type: "error", offset: this.offset, message, source });
          this.offset += source.length;
        } else if (type === "scalar") {
          this.atNewLine = false;
          this.atScalar = true;
          this.type = "scalar";
        } else {
          this.type = type;
          yield* this.step();
          switch (type) {
            case "newline":
              this.atNewLine = true;
              this.indent = 0;
              if (this.onNewLine)
                this.onNewLine(this.offset + source.length);
              break;
            case "space":
              if (this.atNewLine && source[0] === " ")
                this.indent += source.length;
              break;
            case "explicit-key-ind":
            case "map-value-ind":
            case "seq-item-ind":
              if (this.atNewLine)
                this.indent += source.length;
              break;
            case "doc-mode":
            case "flow-error-end":
              return;
            default:
              this.atNewLine = false;
          }
          this.offset += source.length;
        }
      }
      /** Call at end of input to push out any remaining constructions */
      *end() {
        while (this.stack.length > 0)
          yield* this.pop();
      }
      get sourceToken() {
        const st = {
          type: this.type,
          offset: this.offset,
          indent: this.indent,
          source: this.source
        };
        return st;
      }
      *step() {
        const top = this.peek(1);
        if (this.type === "doc-end" && top?.type !== "doc-end") {
          while (this.stack.length > 0)
            yield* this.pop();
          this.stack.push({
            type: "doc-end",
            offset: this.offset,
            source: this.source
          });
          return;
        }
        if (!top)
          return yield* this.stream();
        switch (top.type) {
          case "document":
            return yield* this.document(top);
          case "alias":
          case "scalar":
          case "single-quoted-scalar":
          case "double-quoted-scalar":
            return yield* this.scalar(top);
          case "block-scalar":
            return yield* this.blockScalar(top);
          case "block-map":
            return yield* this.blockMap(top);
          case "block-seq":
            return yield* this.blockSequence(top);
          case "flow-collection":
            return yield* this.flowCollection(top);
          case "doc-end":
            return yield* this.documentEnd(top);
        }
        yield* this.pop();
      }
      peek(n) {
        return this.stack[this.stack.length - n];
      }
      *pop(error) {
        const token = error ?? this.stack.pop();
        if (!token) {
          const message = "Tried to pop an empty stack";
          yield { type: "error", offset: this.offset, source: "", message };
        } else if (this.stack.length === 0) {
          yield token;
        } else {
          const top = this.peek(1);
          if (token.type === "block-scalar") {
            token.indent = "indent" in top ? top.indent : 0;
          } else if (token.type === "flow-collection" && top.type === "document") {
            token.indent = 0;
          }
          if (token.type === "flow-collection")
            fixFlowSeqItems(token);
          switch (top.type) {
            case "document":
              top.value = token;
              break;
            case "block-scalar":
              top.props.push(token);
              break;
            case "block-map": {
              const it = top.items[top.items.length - 1];
              if (it.value) {
                top.items.push({ start: [], key: token, sep: [] });
                this.onKeyLine = true;
                return;
              } else if (it.sep) {
                it.value = token;
              } else {
                Object.assign(it, { key: token, sep: [] });
                this.onKeyLine = !it.explicitKey;
                return;
              }
              break;
            }
            case "block-seq": {
              const it = top.items[top.items.length - 1];
              if (it.value)
                top.items.push({ start: [], value: token });
              else
                it.value = token;
              break;
            }
            case "flow-collection": {
              const it = top.items[top.items.length - 1];
              if (!it || it.value)
                top.items.push({ start: [], key: token, sep: [] });
              else if (it.sep)
                it.value = token;
              else
                Object.assign(it, { key: token, sep: [] });
              return;
            }
            /* istanbul ignore next should not happen */
            default:
              yield* this.pop();
              yield* this.pop(token);
          }
          if ((top.type === "document" || top.type === "block-map" || top.type === "block-seq") && (token.type === "block-map" || token.type === "block-seq")) {
            const last = token.items[token.items.length - 1];
            if (last && !last.sep && !last.value && last.start.length > 0 && findNonEmptyIndex(last.start) === -1 && (token.indent === 0 || last.start.every((st) => st.type !== "comment" || st.indent < token.indent))) {
              if (top.type === "document")
                top.end = last.start;
              else
                top.items.push({ start: last.start });
              token.items.splice(-1, 1);
            }
          }
        }
      }
      *stream() {
        switch (this.type) {
          case "directive-line":
            yield { type: "directive", offset: this.offset, source: this.source };
            return;
          case "byte-order-mark":
          case "space":
          case "comment":
          case "newline":
            yield this.sourceToken;
            return;
          case "doc-mode":
          case "doc-start": {
            const doc = {
              type: "document",
              offset: this.offset,
              start: []
            };
            if (this.type === "doc-start")
              doc.start.push(this.sourceToken);
            this.stack.push(doc);
            return;
          }
        }
        yield {
          type: "error",
          offset: this.offset,
          message: `Unexpected ${this.type} token in YAML stream`,
          source: this.source
        };
      }
      *document(doc) {
        if (doc.value)
          return yield* this.lineEnd(doc);
        switch (this.type) {
          case "doc-start": {
            if (findNonEmptyIndex(doc.start) !== -1) {
              yield* this.pop();
              yield* this.step();
            } else
              doc.start.push(this.sourceToken);
            return;
          }
          case "anchor":
          case "tag":
          case "space":
          case "comment":
          case "newline":
            doc.start.push(this.sourceToken);
            return;
        }
        const bv = this.startBlockValue(doc);
        if (bv)
          this.stack.push(bv);
        else {
          yield {
            type: "error",
            offset: this.offset,
            message: `Unexpected ${this.type} token in YAML document`,
            source: this.source
          };
        }
      }
      *scalar(scalar2) {
        if (this.type === "map-value-ind") {
          const prev = getPrevProps(this.peek(2));
          const start = getFirstKeyStartProps(prev);
          let sep;
          if (scalar2.end) {
            sep = scalar2.end;
            sep.push(this.sourceToken);
            delete scalar2.end;
          } else
            sep = [this.sourceToken];
          const map = {
            type: "block-map",
            offset: scalar2.offset,
            indent: scalar2.indent,
            items: [{ start, key: scalar2, sep }]
          };
          this.onKeyLine = true;
          this.stack[this.stack.length - 1] = map;
        } else
          yield* this.lineEnd(scalar2);
      }
      *blockScalar(scalar2) {
        switch (this.type) {
          case "space":
          case "comment":
          case "newline":
            scalar2.props.push(this.sourceToken);
            return;
          case "scalar":
            scalar2.source = this.source;
            this.atNewLine = true;
            this.indent = 0;
            if (this.onNewLine) {
              let nl = this.source.indexOf("\n") + 1;
              while (nl !== 0) {
                this.onNewLine(this.offset + nl);
                nl = this.source.indexOf("\n", nl) + 1;
              }
            }
            yield* this.pop();
            break;
          /* istanbul ignore next should not happen */
          default:
            yield* this.pop();
            yield* this.step();
        }
      }
      *blockMap(map) {
        const it = map.items[map.items.length - 1];
        switch (this.type) {
          case "newline":
            this.onKeyLine = false;
            if (it.value) {
              const end = "end" in it.value ? it.value.end : void 0;
              const last = Array.isArray(end) ? end[end.length - 1] : void 0;
              if (last?.type === "comment")
                end?.push(this.sourceToken);
              else
                map.items.push({ start: [this.sourceToken] });
            } else if (it.sep) {
              it.sep.push(this.sourceToken);
            } else {
              it.start.push(this.sourceToken);
            }
            return;
          case "space":
          case "comment":
            if (it.value) {
              map.items.push({ start: [this.sourceToken] });
            } else if (it.sep) {
              it.sep.push(this.sourceToken);
            } else {
              if (this.atIndentedComment(it.start, map.indent)) {
                const prev = map.items[map.items.length - 2];
                const end = prev?.value?.end;
                if (Array.isArray(end)) {
                  arrayPushArray(end, it.start);
                  end.push(this.sourceToken);
                  map.items.pop();
                  return;
                }
              }
              it.start.push(this.sourceToken);
            }
            return;
        }
        if (this.indent >= map.indent) {
          const atMapIndent = !this.onKeyLine && this.indent === map.indent;
          const atNextItem = atMapIndent && (it.sep || it.explicitKey) && this.type !== "seq-item-ind";
          let start = [];
          if (atNextItem && it.sep && !it.value) {
            const nl = [];
            for (let i = 0; i < it.sep.length; ++i) {
              const st = it.sep[i];
              switch (st.type) {
                case "newline":
                  nl.push(i);
                  break;
                case "space":
                  break;
                case "comment":
                  if (st.indent > map.indent)
                    nl.length = 0;
                  break;
                default:
                  nl.length = 0;
              }
            }
            if (nl.length >= 2)
              start = it.sep.splice(nl[1]);
          }
          switch (this.type) {
            case "anchor":
            case "tag":
              if (atNextItem || it.value) {
                start.push(this.sourceToken);
                map.items.push({ start });
                this.onKeyLine = true;
              } else if (it.sep) {
                it.sep.push(this.sourceToken);
              } else {
                it.start.push(this.sourceToken);
              }
              return;
            case "explicit-key-ind":
              if (!it.sep && !it.explicitKey) {
                it.start.push(this.sourceToken);
                it.explicitKey = true;
              } else if (atNextItem || it.value) {
                start.push(this.sourceToken);
                map.items.push({ start, explicitKey: true });
              } else {
                this.stack.push({
                  type: "block-map",
                  offset: this.offset,
                  indent: this.indent,
                  items: [{ start: [this.sourceToken], explicitKey: true }]
                });
              }
              this.onKeyLine = true;
              return;
            case "map-value-ind":
              if (it.explicitKey) {
                if (!it.sep) {
                  if (includesToken(it.start, "newline")) {
                    Object.assign(it, { key: null, sep: [this.sourceToken] });
                  } else {
                    const start2 = getFirstKeyStartProps(it.start);
                    this.stack.push({
                      type: "block-map",
                      offset: this.offset,
                      indent: this.indent,
                      items: [{ start: start2, key: null, sep: [this.sourceToken] }]
                    });
                  }
                } else if (it.value) {
                  map.items.push({ start: [], key: null, sep: [this.sourceToken] });
                } else if (includesToken(it.sep, "map-value-ind")) {
                  this.stack.push({
                    type: "block-map",
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start, key: null, sep: [this.sourceToken] }]
                  });
                } else if (isFlowToken(it.key) && !includesToken(it.sep, "newline")) {
                  const start2 = getFirstKeyStartProps(it.start);
                  const key = it.key;
                  const sep = it.sep;
                  sep.push(this.sourceToken);
                  delete it.key;
                  delete it.sep;
                  this.stack.push({
                    type: "block-map",
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start: start2, key, sep }]
                  });
                } else if (start.length > 0) {
                  it.sep = it.sep.concat(start, this.sourceToken);
                } else {
                  it.sep.push(this.sourceToken);
                }
              } else {
                if (!it.sep) {
                  Object.assign(it, { key: null, sep: [this.sourceToken] });
                } else if (it.value || atNextItem) {
                  map.items.push({ start, key: null, sep: [this.sourceToken] });
                } else if (includesToken(it.sep, "map-value-ind")) {
                  this.stack.push({
                    type: "block-map",
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start: [], key: null, sep: [this.sourceToken] }]
                  });
                } else {
                  it.sep.push(this.sourceToken);
                }
              }
              this.onKeyLine = true;
              return;
            case "alias":
            case "scalar":
            case "single-quoted-scalar":
            case "double-quoted-scalar": {
              const fs = this.flowScalar(this.type);
              if (atNextItem || it.value) {
                map.items.push({ start, key: fs, sep: [] });
                this.onKeyLine = true;
              } else if (it.sep) {
                this.stack.push(fs);
              } else {
                Object.assign(it, { key: fs, sep: [] });
                this.onKeyLine = true;
              }
              return;
            }
            default: {
              const bv = this.startBlockValue(map);
              if (bv) {
                if (bv.type === "block-seq") {
                  if (!it.explicitKey && it.sep && !includesToken(it.sep, "newline")) {
                    yield* this.pop({
                      type: "error",
                      offset: this.offset,
                      message: "Unexpected block-seq-ind on same line with key",
                      source: this.source
                    });
                    return;
                  }
                } else if (atMapIndent) {
                  map.items.push({ start });
                }
                this.stack.push(bv);
                return;
              }
            }
          }
        }
        yield* this.pop();
        yield* this.step();
      }
      *blockSequence(seq) {
        const it = seq.items[seq.items.length - 1];
        switch (this.type) {
          case "newline":
            if (it.value) {
              const end = "end" in it.value ? it.value.end : void 0;
              const last = Array.isArray(end) ? end[end.length - 1] : void 0;
              if (last?.type === "comment")
                end?.push(this.sourceToken);
              else
                seq.items.push({ start: [this.sourceToken] });
            } else
              it.start.push(this.sourceToken);
            return;
          case "space":
          case "comment":
            if (it.value)
              seq.items.push({ start: [this.sourceToken] });
            else {
              if (this.atIndentedComment(it.start, seq.indent)) {
                const prev = seq.items[seq.items.length - 2];
                const end = prev?.value?.end;
                if (Array.isArray(end)) {
                  arrayPushArray(end, it.start);
                  end.push(this.sourceToken);
                  seq.items.pop();
                  return;
                }
              }
              it.start.push(this.sourceToken);
            }
            return;
          case "anchor":
          case "tag":
            if (it.value || this.indent <= seq.indent)
              break;
            it.start.push(this.sourceToken);
            return;
          case "seq-item-ind":
            if (this.indent !== seq.indent)
              break;
            if (it.value || includesToken(it.start, "seq-item-ind"))
              seq.items.push({ start: [this.sourceToken] });
            else
              it.start.push(this.sourceToken);
            return;
        }
        if (this.indent > seq.indent) {
          const bv = this.startBlockValue(seq);
          if (bv) {
            this.stack.push(bv);
            return;
          }
        }
        yield* this.pop();
        yield* this.step();
      }
      *flowCollection(fc) {
        const it = fc.items[fc.items.length - 1];
        if (this.type === "flow-error-end") {
          let top;
          do {
            yield* this.pop();
            top = this.peek(1);
          } while (top?.type === "flow-collection");
        } else if (fc.end.length === 0) {
          switch (this.type) {
            case "comma":
            case "explicit-key-ind":
              if (!it || it.sep)
                fc.items.push({ start: [this.sourceToken] });
              else
                it.start.push(this.sourceToken);
              return;
            case "map-value-ind":
              if (!it || it.value)
                fc.items.push({ start: [], key: null, sep: [this.sourceToken] });
              else if (it.sep)
                it.sep.push(this.sourceToken);
              else
                Object.assign(it, { key: null, sep: [this.sourceToken] });
              return;
            case "space":
            case "comment":
            case "newline":
            case "anchor":
            case "tag":
              if (!it || it.value)
                fc.items.push({ start: [this.sourceToken] });
              else if (it.sep)
                it.sep.push(this.sourceToken);
              else
                it.start.push(this.sourceToken);
              return;
            case "alias":
            case "scalar":
            case "single-quoted-scalar":
            case "double-quoted-scalar": {
              const fs = this.flowScalar(this.type);
              if (!it || it.value)
                fc.items.push({ start: [], key: fs, sep: [] });
              else if (it.sep)
                this.stack.push(fs);
              else
                Object.assign(it, { key: fs, sep: [] });
              return;
            }
            case "flow-map-end":
            case "flow-seq-end":
              fc.end.push(this.sourceToken);
              return;
          }
          const bv = this.startBlockValue(fc);
          if (bv)
            this.stack.push(bv);
          else {
            yield* this.pop();
            yield* this.step();
          }
        } else {
          const parent = this.peek(2);
          if (parent.type === "block-map" && (this.type === "map-value-ind" && parent.indent === fc.indent || this.type === "newline" && !parent.items[parent.items.length - 1].sep)) {
            yield* this.pop();
            yield* this.step();
          } else if (this.type === "map-value-ind" && parent.type !== "flow-collection") {
            const prev = getPrevProps(parent);
            const start = getFirstKeyStartProps(prev);
            fixFlowSeqItems(fc);
            const sep = fc.end.splice(1, fc.end.length);
            sep.push(this.sourceToken);
            const map = {
              type: "block-map",
              offset: fc.offset,
              indent: fc.indent,
              items: [{ start, key: fc, sep }]
            };
            this.onKeyLine = true;
            this.stack[this.stack.length - 1] = map;
          } else {
            yield* this.lineEnd(fc);
          }
        }
      }
      flowScalar(type) {
        if (this.onNewLine) {
          let nl = this.source.indexOf("\n") + 1;
          while (nl !== 0) {
            this.onNewLine(this.offset + nl);
            nl = this.source.indexOf("\n", nl) + 1;
          }
        }
        return {
          type,
          offset: this.offset,
          indent: this.indent,
          source: this.source
        };
      }
      startBlockValue(parent) {
        switch (this.type) {
          case "alias":
          case "scalar":
          case "single-quoted-scalar":
          case "double-quoted-scalar":
            return this.flowScalar(this.type);
          case "block-scalar-header":
            return {
              type: "block-scalar",
              offset: this.offset,
              indent: this.indent,
              props: [this.sourceToken],
              source: ""
            };
          case "flow-map-start":
          case "flow-seq-start":
            return {
              type: "flow-collection",
              offset: this.offset,
              indent: this.indent,
              start: this.sourceToken,
              items: [],
              end: []
            };
          case "seq-item-ind":
            return {
              type: "block-seq",
              offset: this.offset,
              indent: this.indent,
              items: [{ start: [this.sourceToken] }]
            };
          case "explicit-key-ind": {
            this.onKeyLine = true;
            const prev = getPrevProps(parent);
            const start = getFirstKeyStartProps(prev);
            start.push(this.sourceToken);
            return {
              type: "block-map",
              offset: this.offset,
              indent: this.indent,
              items: [{ start, explicitKey: true }]
            };
          }
          case "map-value-ind": {
            this.onKeyLine = true;
            const prev = getPrevProps(parent);
            const start = getFirstKeyStartProps(prev);
            return {
              type: "block-map",
              offset: this.offset,
              indent: this.indent,
              items: [{ start, key: null, sep: [this.sourceToken] }]
            };
          }
        }
        return null;
      }
      atIndentedComment(start, indent) {
        if (this.type !== "comment")
          return false;
        if (this.indent <= indent)
          return false;
        return start.every((st) => st.type === "newline" || st.type === "space");
      }
      *documentEnd(docEnd) {
        if (this.type !== "doc-mode") {
          if (docEnd.end)
            docEnd.end.push(this.sourceToken);
          else
            docEnd.end = [this.sourceToken];
          if (this.type === "newline")
            yield* this.pop();
        }
      }
      *lineEnd(token) {
        switch (this.type) {
          case "comma":
          case "doc-start":
          case "doc-end":
          case "flow-seq-end":
          case "flow-map-end":
          case "map-value-ind":
            yield* this.pop();
            yield* this.step();
            break;
          case "newline":
            this.onKeyLine = false;
          // fallthrough
          case "space":
          case "comment":
          default:
            if (token.end)
              token.end.push(this.sourceToken);
            else
              token.end = [this.sourceToken];
            if (this.type === "newline")
              yield* this.pop();
        }
      }
    };
    exports.Parser = Parser;
  }
});

// node_modules/yaml/dist/public-api.js
var require_public_api = __commonJS({
  "node_modules/yaml/dist/public-api.js"(exports) {
    "use strict";
    var composer = require_composer();
    var Document2 = require_Document();
    var errors = require_errors();
    var log = require_log();
    var identity = require_identity();
    var lineCounter = require_line_counter();
    var parser = require_parser();
    function parseOptions(options) {
      const prettyErrors = options.prettyErrors !== false;
      const lineCounter$1 = options.lineCounter || prettyErrors && new lineCounter.LineCounter() || null;
      return { lineCounter: lineCounter$1, prettyErrors };
    }
    function parseAllDocuments(source, options = {}) {
      const { lineCounter: lineCounter2, prettyErrors } = parseOptions(options);
      const parser$1 = new parser.Parser(lineCounter2?.addNewLine);
      const composer$1 = new composer.Composer(options);
      const docs = Array.from(composer$1.compose(parser$1.parse(source)));
      if (prettyErrors && lineCounter2)
        for (const doc of docs) {
          doc.errors.forEach(errors.prettifyError(source, lineCounter2));
          doc.warnings.forEach(errors.prettifyError(source, lineCounter2));
        }
      if (docs.length > 0)
        return docs;
      return Object.assign([], { empty: true }, composer$1.streamInfo());
    }
    function parseDocument3(source, options = {}) {
      const { lineCounter: lineCounter2, prettyErrors } = parseOptions(options);
      const parser$1 = new parser.Parser(lineCounter2?.addNewLine);
      const composer$1 = new composer.Composer(options);
      let doc = null;
      for (const _doc of composer$1.compose(parser$1.parse(source), true, source.length)) {
        if (!doc)
          doc = _doc;
        else if (doc.options.logLevel !== "silent") {
          doc.errors.push(new errors.YAMLParseError(_doc.range.slice(0, 2), "MULTIPLE_DOCS", "Source contains multiple documents; please use YAML.parseAllDocuments()"));
          break;
        }
      }
      if (prettyErrors && lineCounter2) {
        doc.errors.forEach(errors.prettifyError(source, lineCounter2));
        doc.warnings.forEach(errors.prettifyError(source, lineCounter2));
      }
      return doc;
    }
    function parse2(src, reviver, options) {
      let _reviver = void 0;
      if (typeof reviver === "function") {
        _reviver = reviver;
      } else if (options === void 0 && reviver && typeof reviver === "object") {
        options = reviver;
      }
      const doc = parseDocument3(src, options);
      if (!doc)
        return null;
      doc.warnings.forEach((warning) => log.warn(doc.options.logLevel, warning));
      if (doc.errors.length > 0) {
        if (doc.options.logLevel !== "silent")
          throw doc.errors[0];
        else
          doc.errors = [];
      }
      return doc.toJS(Object.assign({ reviver: _reviver }, options));
    }
    function stringify2(value, replacer, options) {
      let _replacer = null;
      if (typeof replacer === "function" || Array.isArray(replacer)) {
        _replacer = replacer;
      } else if (options === void 0 && replacer) {
        options = replacer;
      }
      if (typeof options === "string")
        options = options.length;
      if (typeof options === "number") {
        const indent = Math.round(options);
        options = indent < 1 ? void 0 : indent > 8 ? { indent: 8 } : { indent };
      }
      if (value === void 0) {
        const { keepUndefined } = options ?? replacer ?? {};
        if (!keepUndefined)
          return void 0;
      }
      if (identity.isDocument(value) && !_replacer)
        return value.toString(options);
      return new Document2.Document(value, _replacer, options).toString(options);
    }
    exports.parse = parse2;
    exports.parseAllDocuments = parseAllDocuments;
    exports.parseDocument = parseDocument3;
    exports.stringify = stringify2;
  }
});

// node_modules/yaml/dist/index.js
var require_dist = __commonJS({
  "node_modules/yaml/dist/index.js"(exports) {
    "use strict";
    var composer = require_composer();
    var Document2 = require_Document();
    var Schema = require_Schema();
    var errors = require_errors();
    var Alias = require_Alias();
    var identity = require_identity();
    var Pair = require_Pair();
    var Scalar = require_Scalar();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var cst = require_cst();
    var lexer = require_lexer();
    var lineCounter = require_line_counter();
    var parser = require_parser();
    var publicApi = require_public_api();
    var visit = require_visit();
    exports.Composer = composer.Composer;
    exports.Document = Document2.Document;
    exports.Schema = Schema.Schema;
    exports.YAMLError = errors.YAMLError;
    exports.YAMLParseError = errors.YAMLParseError;
    exports.YAMLWarning = errors.YAMLWarning;
    exports.Alias = Alias.Alias;
    exports.isAlias = identity.isAlias;
    exports.isCollection = identity.isCollection;
    exports.isDocument = identity.isDocument;
    exports.isMap = identity.isMap;
    exports.isNode = identity.isNode;
    exports.isPair = identity.isPair;
    exports.isScalar = identity.isScalar;
    exports.isSeq = identity.isSeq;
    exports.Pair = Pair.Pair;
    exports.Scalar = Scalar.Scalar;
    exports.YAMLMap = YAMLMap.YAMLMap;
    exports.YAMLSeq = YAMLSeq.YAMLSeq;
    exports.CST = cst;
    exports.Lexer = lexer.Lexer;
    exports.LineCounter = lineCounter.LineCounter;
    exports.Parser = parser.Parser;
    exports.parse = publicApi.parse;
    exports.parseAllDocuments = publicApi.parseAllDocuments;
    exports.parseDocument = publicApi.parseDocument;
    exports.stringify = publicApi.stringify;
    exports.visit = visit.visit;
    exports.visitAsync = visit.visitAsync;
  }
});

// node_modules/ajv/dist/compile/codegen/code.js
var require_code = __commonJS({
  "node_modules/ajv/dist/compile/codegen/code.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.regexpCode = exports.getEsmExportName = exports.getProperty = exports.safeStringify = exports.stringify = exports.strConcat = exports.addCodeArg = exports.str = exports._ = exports.nil = exports._Code = exports.Name = exports.IDENTIFIER = exports._CodeOrName = void 0;
    var _CodeOrName = class {
    };
    exports._CodeOrName = _CodeOrName;
    exports.IDENTIFIER = /^[a-z$_][a-z$_0-9]*$/i;
    var Name = class extends _CodeOrName {
      constructor(s) {
        super();
        if (!exports.IDENTIFIER.test(s))
          throw new Error("CodeGen: name must be a valid identifier");
        this.str = s;
      }
      toString() {
        return this.str;
      }
      emptyStr() {
        return false;
      }
      get names() {
        return { [this.str]: 1 };
      }
    };
    exports.Name = Name;
    var _Code = class extends _CodeOrName {
      constructor(code) {
        super();
        this._items = typeof code === "string" ? [code] : code;
      }
      toString() {
        return this.str;
      }
      emptyStr() {
        if (this._items.length > 1)
          return false;
        const item = this._items[0];
        return item === "" || item === '""';
      }
      get str() {
        var _a;
        return (_a = this._str) !== null && _a !== void 0 ? _a : this._str = this._items.reduce((s, c) => `${s}${c}`, "");
      }
      get names() {
        var _a;
        return (_a = this._names) !== null && _a !== void 0 ? _a : this._names = this._items.reduce((names, c) => {
          if (c instanceof Name)
            names[c.str] = (names[c.str] || 0) + 1;
          return names;
        }, {});
      }
    };
    exports._Code = _Code;
    exports.nil = new _Code("");
    function _(strs, ...args) {
      const code = [strs[0]];
      let i = 0;
      while (i < args.length) {
        addCodeArg(code, args[i]);
        code.push(strs[++i]);
      }
      return new _Code(code);
    }
    exports._ = _;
    var plus = new _Code("+");
    function str2(strs, ...args) {
      const expr = [safeStringify(strs[0])];
      let i = 0;
      while (i < args.length) {
        expr.push(plus);
        addCodeArg(expr, args[i]);
        expr.push(plus, safeStringify(strs[++i]));
      }
      optimize(expr);
      return new _Code(expr);
    }
    exports.str = str2;
    function addCodeArg(code, arg) {
      if (arg instanceof _Code)
        code.push(...arg._items);
      else if (arg instanceof Name)
        code.push(arg);
      else
        code.push(interpolate(arg));
    }
    exports.addCodeArg = addCodeArg;
    function optimize(expr) {
      let i = 1;
      while (i < expr.length - 1) {
        if (expr[i] === plus) {
          const res = mergeExprItems(expr[i - 1], expr[i + 1]);
          if (res !== void 0) {
            expr.splice(i - 1, 3, res);
            continue;
          }
          expr[i++] = "+";
        }
        i++;
      }
    }
    function mergeExprItems(a, b) {
      if (b === '""')
        return a;
      if (a === '""')
        return b;
      if (typeof a == "string") {
        if (b instanceof Name || a[a.length - 1] !== '"')
          return;
        if (typeof b != "string")
          return `${a.slice(0, -1)}${b}"`;
        if (b[0] === '"')
          return a.slice(0, -1) + b.slice(1);
        return;
      }
      if (typeof b == "string" && b[0] === '"' && !(a instanceof Name))
        return `"${a}${b.slice(1)}`;
      return;
    }
    function strConcat(c1, c2) {
      return c2.emptyStr() ? c1 : c1.emptyStr() ? c2 : str2`${c1}${c2}`;
    }
    exports.strConcat = strConcat;
    function interpolate(x) {
      return typeof x == "number" || typeof x == "boolean" || x === null ? x : safeStringify(Array.isArray(x) ? x.join(",") : x);
    }
    function stringify2(x) {
      return new _Code(safeStringify(x));
    }
    exports.stringify = stringify2;
    function safeStringify(x) {
      return JSON.stringify(x).replace(/\u2028/g, "\\u2028").replace(/\u2029/g, "\\u2029");
    }
    exports.safeStringify = safeStringify;
    function getProperty(key) {
      return typeof key == "string" && exports.IDENTIFIER.test(key) ? new _Code(`.${key}`) : _`[${key}]`;
    }
    exports.getProperty = getProperty;
    function getEsmExportName(key) {
      if (typeof key == "string" && exports.IDENTIFIER.test(key)) {
        return new _Code(`${key}`);
      }
      throw new Error(`CodeGen: invalid export name: ${key}, use explicit $id name mapping`);
    }
    exports.getEsmExportName = getEsmExportName;
    function regexpCode(rx) {
      return new _Code(rx.toString());
    }
    exports.regexpCode = regexpCode;
  }
});

// node_modules/ajv/dist/compile/codegen/scope.js
var require_scope = __commonJS({
  "node_modules/ajv/dist/compile/codegen/scope.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.ValueScope = exports.ValueScopeName = exports.Scope = exports.varKinds = exports.UsedValueState = void 0;
    var code_1 = require_code();
    var ValueError = class extends Error {
      constructor(name) {
        super(`CodeGen: "code" for ${name} not defined`);
        this.value = name.value;
      }
    };
    var UsedValueState;
    (function(UsedValueState2) {
      UsedValueState2[UsedValueState2["Started"] = 0] = "Started";
      UsedValueState2[UsedValueState2["Completed"] = 1] = "Completed";
    })(UsedValueState || (exports.UsedValueState = UsedValueState = {}));
    exports.varKinds = {
      const: new code_1.Name("const"),
      let: new code_1.Name("let"),
      var: new code_1.Name("var")
    };
    var Scope = class {
      constructor({ prefixes, parent } = {}) {
        this._names = {};
        this._prefixes = prefixes;
        this._parent = parent;
      }
      toName(nameOrPrefix) {
        return nameOrPrefix instanceof code_1.Name ? nameOrPrefix : this.name(nameOrPrefix);
      }
      name(prefix) {
        return new code_1.Name(this._newName(prefix));
      }
      _newName(prefix) {
        const ng = this._names[prefix] || this._nameGroup(prefix);
        return `${prefix}${ng.index++}`;
      }
      _nameGroup(prefix) {
        var _a, _b;
        if (((_b = (_a = this._parent) === null || _a === void 0 ? void 0 : _a._prefixes) === null || _b === void 0 ? void 0 : _b.has(prefix)) || this._prefixes && !this._prefixes.has(prefix)) {
          throw new Error(`CodeGen: prefix "${prefix}" is not allowed in this scope`);
        }
        return this._names[prefix] = { prefix, index: 0 };
      }
    };
    exports.Scope = Scope;
    var ValueScopeName = class extends code_1.Name {
      constructor(prefix, nameStr) {
        super(nameStr);
        this.prefix = prefix;
      }
      setValue(value, { property, itemIndex }) {
        this.value = value;
        this.scopePath = (0, code_1._)`.${new code_1.Name(property)}[${itemIndex}]`;
      }
    };
    exports.ValueScopeName = ValueScopeName;
    var line = (0, code_1._)`\n`;
    var ValueScope = class extends Scope {
      constructor(opts) {
        super(opts);
        this._values = {};
        this._scope = opts.scope;
        this.opts = { ...opts, _n: opts.lines ? line : code_1.nil };
      }
      get() {
        return this._scope;
      }
      name(prefix) {
        return new ValueScopeName(prefix, this._newName(prefix));
      }
      value(nameOrPrefix, value) {
        var _a;
        if (value.ref === void 0)
          throw new Error("CodeGen: ref must be passed in value");
        const name = this.toName(nameOrPrefix);
        const { prefix } = name;
        const valueKey = (_a = value.key) !== null && _a !== void 0 ? _a : value.ref;
        let vs = this._values[prefix];
        if (vs) {
          const _name = vs.get(valueKey);
          if (_name)
            return _name;
        } else {
          vs = this._values[prefix] = /* @__PURE__ */ new Map();
        }
        vs.set(valueKey, name);
        const s = this._scope[prefix] || (this._scope[prefix] = []);
        const itemIndex = s.length;
        s[itemIndex] = value.ref;
        name.setValue(value, { property: prefix, itemIndex });
        return name;
      }
      getValue(prefix, keyOrRef) {
        const vs = this._values[prefix];
        if (!vs)
          return;
        return vs.get(keyOrRef);
      }
      scopeRefs(scopeName, values = this._values) {
        return this._reduceValues(values, (name) => {
          if (name.scopePath === void 0)
            throw new Error(`CodeGen: name "${name}" has no value`);
          return (0, code_1._)`${scopeName}${name.scopePath}`;
        });
      }
      scopeCode(values = this._values, usedValues, getCode) {
        return this._reduceValues(values, (name) => {
          if (name.value === void 0)
            throw new Error(`CodeGen: name "${name}" has no value`);
          return name.value.code;
        }, usedValues, getCode);
      }
      _reduceValues(values, valueCode, usedValues = {}, getCode) {
        let code = code_1.nil;
        for (const prefix in values) {
          const vs = values[prefix];
          if (!vs)
            continue;
          const nameSet = usedValues[prefix] = usedValues[prefix] || /* @__PURE__ */ new Map();
          vs.forEach((name) => {
            if (nameSet.has(name))
              return;
            nameSet.set(name, UsedValueState.Started);
            let c = valueCode(name);
            if (c) {
              const def = this.opts.es5 ? exports.varKinds.var : exports.varKinds.const;
              code = (0, code_1._)`${code}${def} ${name} = ${c};${this.opts._n}`;
            } else if (c = getCode === null || getCode === void 0 ? void 0 : getCode(name)) {
              code = (0, code_1._)`${code}${c}${this.opts._n}`;
            } else {
              throw new ValueError(name);
            }
            nameSet.set(name, UsedValueState.Completed);
          });
        }
        return code;
      }
    };
    exports.ValueScope = ValueScope;
  }
});

// node_modules/ajv/dist/compile/codegen/index.js
var require_codegen = __commonJS({
  "node_modules/ajv/dist/compile/codegen/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.or = exports.and = exports.not = exports.CodeGen = exports.operators = exports.varKinds = exports.ValueScopeName = exports.ValueScope = exports.Scope = exports.Name = exports.regexpCode = exports.stringify = exports.getProperty = exports.nil = exports.strConcat = exports.str = exports._ = void 0;
    var code_1 = require_code();
    var scope_1 = require_scope();
    var code_2 = require_code();
    Object.defineProperty(exports, "_", { enumerable: true, get: function() {
      return code_2._;
    } });
    Object.defineProperty(exports, "str", { enumerable: true, get: function() {
      return code_2.str;
    } });
    Object.defineProperty(exports, "strConcat", { enumerable: true, get: function() {
      return code_2.strConcat;
    } });
    Object.defineProperty(exports, "nil", { enumerable: true, get: function() {
      return code_2.nil;
    } });
    Object.defineProperty(exports, "getProperty", { enumerable: true, get: function() {
      return code_2.getProperty;
    } });
    Object.defineProperty(exports, "stringify", { enumerable: true, get: function() {
      return code_2.stringify;
    } });
    Object.defineProperty(exports, "regexpCode", { enumerable: true, get: function() {
      return code_2.regexpCode;
    } });
    Object.defineProperty(exports, "Name", { enumerable: true, get: function() {
      return code_2.Name;
    } });
    var scope_2 = require_scope();
    Object.defineProperty(exports, "Scope", { enumerable: true, get: function() {
      return scope_2.Scope;
    } });
    Object.defineProperty(exports, "ValueScope", { enumerable: true, get: function() {
      return scope_2.ValueScope;
    } });
    Object.defineProperty(exports, "ValueScopeName", { enumerable: true, get: function() {
      return scope_2.ValueScopeName;
    } });
    Object.defineProperty(exports, "varKinds", { enumerable: true, get: function() {
      return scope_2.varKinds;
    } });
    exports.operators = {
      GT: new code_1._Code(">"),
      GTE: new code_1._Code(">="),
      LT: new code_1._Code("<"),
      LTE: new code_1._Code("<="),
      EQ: new code_1._Code("==="),
      NEQ: new code_1._Code("!=="),
      NOT: new code_1._Code("!"),
      OR: new code_1._Code("||"),
      AND: new code_1._Code("&&"),
      ADD: new code_1._Code("+")
    };
    var Node = class {
      optimizeNodes() {
        return this;
      }
      optimizeNames(_names, _constants) {
        return this;
      }
    };
    var Def = class extends Node {
      constructor(varKind, name, rhs) {
        super();
        this.varKind = varKind;
        this.name = name;
        this.rhs = rhs;
      }
      render({ es5, _n }) {
        const varKind = es5 ? scope_1.varKinds.var : this.varKind;
        const rhs = this.rhs === void 0 ? "" : ` = ${this.rhs}`;
        return `${varKind} ${this.name}${rhs};` + _n;
      }
      optimizeNames(names, constants5) {
        if (!names[this.name.str])
          return;
        if (this.rhs)
          this.rhs = optimizeExpr(this.rhs, names, constants5);
        return this;
      }
      get names() {
        return this.rhs instanceof code_1._CodeOrName ? this.rhs.names : {};
      }
    };
    var Assign = class extends Node {
      constructor(lhs, rhs, sideEffects) {
        super();
        this.lhs = lhs;
        this.rhs = rhs;
        this.sideEffects = sideEffects;
      }
      render({ _n }) {
        return `${this.lhs} = ${this.rhs};` + _n;
      }
      optimizeNames(names, constants5) {
        if (this.lhs instanceof code_1.Name && !names[this.lhs.str] && !this.sideEffects)
          return;
        this.rhs = optimizeExpr(this.rhs, names, constants5);
        return this;
      }
      get names() {
        const names = this.lhs instanceof code_1.Name ? {} : { ...this.lhs.names };
        return addExprNames(names, this.rhs);
      }
    };
    var AssignOp = class extends Assign {
      constructor(lhs, op, rhs, sideEffects) {
        super(lhs, rhs, sideEffects);
        this.op = op;
      }
      render({ _n }) {
        return `${this.lhs} ${this.op}= ${this.rhs};` + _n;
      }
    };
    var Label = class extends Node {
      constructor(label2) {
        super();
        this.label = label2;
        this.names = {};
      }
      render({ _n }) {
        return `${this.label}:` + _n;
      }
    };
    var Break = class extends Node {
      constructor(label2) {
        super();
        this.label = label2;
        this.names = {};
      }
      render({ _n }) {
        const label2 = this.label ? ` ${this.label}` : "";
        return `break${label2};` + _n;
      }
    };
    var Throw = class extends Node {
      constructor(error) {
        super();
        this.error = error;
      }
      render({ _n }) {
        return `throw ${this.error};` + _n;
      }
      get names() {
        return this.error.names;
      }
    };
    var AnyCode = class extends Node {
      constructor(code) {
        super();
        this.code = code;
      }
      render({ _n }) {
        return `${this.code};` + _n;
      }
      optimizeNodes() {
        return `${this.code}` ? this : void 0;
      }
      optimizeNames(names, constants5) {
        this.code = optimizeExpr(this.code, names, constants5);
        return this;
      }
      get names() {
        return this.code instanceof code_1._CodeOrName ? this.code.names : {};
      }
    };
    var ParentNode = class extends Node {
      constructor(nodes = []) {
        super();
        this.nodes = nodes;
      }
      render(opts) {
        return this.nodes.reduce((code, n) => code + n.render(opts), "");
      }
      optimizeNodes() {
        const { nodes } = this;
        let i = nodes.length;
        while (i--) {
          const n = nodes[i].optimizeNodes();
          if (Array.isArray(n))
            nodes.splice(i, 1, ...n);
          else if (n)
            nodes[i] = n;
          else
            nodes.splice(i, 1);
        }
        return nodes.length > 0 ? this : void 0;
      }
      optimizeNames(names, constants5) {
        const { nodes } = this;
        let i = nodes.length;
        while (i--) {
          const n = nodes[i];
          if (n.optimizeNames(names, constants5))
            continue;
          subtractNames(names, n.names);
          nodes.splice(i, 1);
        }
        return nodes.length > 0 ? this : void 0;
      }
      get names() {
        return this.nodes.reduce((names, n) => addNames(names, n.names), {});
      }
    };
    var BlockNode = class extends ParentNode {
      render(opts) {
        return "{" + opts._n + super.render(opts) + "}" + opts._n;
      }
    };
    var Root = class extends ParentNode {
    };
    var Else = class extends BlockNode {
    };
    Else.kind = "else";
    var If = class _If extends BlockNode {
      constructor(condition, nodes) {
        super(nodes);
        this.condition = condition;
      }
      render(opts) {
        let code = `if(${this.condition})` + super.render(opts);
        if (this.else)
          code += "else " + this.else.render(opts);
        return code;
      }
      optimizeNodes() {
        super.optimizeNodes();
        const cond = this.condition;
        if (cond === true)
          return this.nodes;
        let e = this.else;
        if (e) {
          const ns = e.optimizeNodes();
          e = this.else = Array.isArray(ns) ? new Else(ns) : ns;
        }
        if (e) {
          if (cond === false)
            return e instanceof _If ? e : e.nodes;
          if (this.nodes.length)
            return this;
          return new _If(not(cond), e instanceof _If ? [e] : e.nodes);
        }
        if (cond === false || !this.nodes.length)
          return void 0;
        return this;
      }
      optimizeNames(names, constants5) {
        var _a;
        this.else = (_a = this.else) === null || _a === void 0 ? void 0 : _a.optimizeNames(names, constants5);
        if (!(super.optimizeNames(names, constants5) || this.else))
          return;
        this.condition = optimizeExpr(this.condition, names, constants5);
        return this;
      }
      get names() {
        const names = super.names;
        addExprNames(names, this.condition);
        if (this.else)
          addNames(names, this.else.names);
        return names;
      }
    };
    If.kind = "if";
    var For = class extends BlockNode {
    };
    For.kind = "for";
    var ForLoop = class extends For {
      constructor(iteration) {
        super();
        this.iteration = iteration;
      }
      render(opts) {
        return `for(${this.iteration})` + super.render(opts);
      }
      optimizeNames(names, constants5) {
        if (!super.optimizeNames(names, constants5))
          return;
        this.iteration = optimizeExpr(this.iteration, names, constants5);
        return this;
      }
      get names() {
        return addNames(super.names, this.iteration.names);
      }
    };
    var ForRange = class extends For {
      constructor(varKind, name, from, to) {
        super();
        this.varKind = varKind;
        this.name = name;
        this.from = from;
        this.to = to;
      }
      render(opts) {
        const varKind = opts.es5 ? scope_1.varKinds.var : this.varKind;
        const { name, from, to } = this;
        return `for(${varKind} ${name}=${from}; ${name}<${to}; ${name}++)` + super.render(opts);
      }
      get names() {
        const names = addExprNames(super.names, this.from);
        return addExprNames(names, this.to);
      }
    };
    var ForIter = class extends For {
      constructor(loop, varKind, name, iterable) {
        super();
        this.loop = loop;
        this.varKind = varKind;
        this.name = name;
        this.iterable = iterable;
      }
      render(opts) {
        return `for(${this.varKind} ${this.name} ${this.loop} ${this.iterable})` + super.render(opts);
      }
      optimizeNames(names, constants5) {
        if (!super.optimizeNames(names, constants5))
          return;
        this.iterable = optimizeExpr(this.iterable, names, constants5);
        return this;
      }
      get names() {
        return addNames(super.names, this.iterable.names);
      }
    };
    var Func = class extends BlockNode {
      constructor(name, args, async) {
        super();
        this.name = name;
        this.args = args;
        this.async = async;
      }
      render(opts) {
        const _async = this.async ? "async " : "";
        return `${_async}function ${this.name}(${this.args})` + super.render(opts);
      }
    };
    Func.kind = "func";
    var Return = class extends ParentNode {
      render(opts) {
        return "return " + super.render(opts);
      }
    };
    Return.kind = "return";
    var Try = class extends BlockNode {
      render(opts) {
        let code = "try" + super.render(opts);
        if (this.catch)
          code += this.catch.render(opts);
        if (this.finally)
          code += this.finally.render(opts);
        return code;
      }
      optimizeNodes() {
        var _a, _b;
        super.optimizeNodes();
        (_a = this.catch) === null || _a === void 0 ? void 0 : _a.optimizeNodes();
        (_b = this.finally) === null || _b === void 0 ? void 0 : _b.optimizeNodes();
        return this;
      }
      optimizeNames(names, constants5) {
        var _a, _b;
        super.optimizeNames(names, constants5);
        (_a = this.catch) === null || _a === void 0 ? void 0 : _a.optimizeNames(names, constants5);
        (_b = this.finally) === null || _b === void 0 ? void 0 : _b.optimizeNames(names, constants5);
        return this;
      }
      get names() {
        const names = super.names;
        if (this.catch)
          addNames(names, this.catch.names);
        if (this.finally)
          addNames(names, this.finally.names);
        return names;
      }
    };
    var Catch = class extends BlockNode {
      constructor(error) {
        super();
        this.error = error;
      }
      render(opts) {
        return `catch(${this.error})` + super.render(opts);
      }
    };
    Catch.kind = "catch";
    var Finally = class extends BlockNode {
      render(opts) {
        return "finally" + super.render(opts);
      }
    };
    Finally.kind = "finally";
    var CodeGen = class {
      constructor(extScope, opts = {}) {
        this._values = {};
        this._blockStarts = [];
        this._constants = {};
        this.opts = { ...opts, _n: opts.lines ? "\n" : "" };
        this._extScope = extScope;
        this._scope = new scope_1.Scope({ parent: extScope });
        this._nodes = [new Root()];
      }
      toString() {
        return this._root.render(this.opts);
      }
      // returns unique name in the internal scope
      name(prefix) {
        return this._scope.name(prefix);
      }
      // reserves unique name in the external scope
      scopeName(prefix) {
        return this._extScope.name(prefix);
      }
      // reserves unique name in the external scope and assigns value to it
      scopeValue(prefixOrName, value) {
        const name = this._extScope.value(prefixOrName, value);
        const vs = this._values[name.prefix] || (this._values[name.prefix] = /* @__PURE__ */ new Set());
        vs.add(name);
        return name;
      }
      getScopeValue(prefix, keyOrRef) {
        return this._extScope.getValue(prefix, keyOrRef);
      }
      // return code that assigns values in the external scope to the names that are used internally
      // (same names that were returned by gen.scopeName or gen.scopeValue)
      scopeRefs(scopeName) {
        return this._extScope.scopeRefs(scopeName, this._values);
      }
      scopeCode() {
        return this._extScope.scopeCode(this._values);
      }
      _def(varKind, nameOrPrefix, rhs, constant) {
        const name = this._scope.toName(nameOrPrefix);
        if (rhs !== void 0 && constant)
          this._constants[name.str] = rhs;
        this._leafNode(new Def(varKind, name, rhs));
        return name;
      }
      // `const` declaration (`var` in es5 mode)
      const(nameOrPrefix, rhs, _constant) {
        return this._def(scope_1.varKinds.const, nameOrPrefix, rhs, _constant);
      }
      // `let` declaration with optional assignment (`var` in es5 mode)
      let(nameOrPrefix, rhs, _constant) {
        return this._def(scope_1.varKinds.let, nameOrPrefix, rhs, _constant);
      }
      // `var` declaration with optional assignment
      var(nameOrPrefix, rhs, _constant) {
        return this._def(scope_1.varKinds.var, nameOrPrefix, rhs, _constant);
      }
      // assignment code
      assign(lhs, rhs, sideEffects) {
        return this._leafNode(new Assign(lhs, rhs, sideEffects));
      }
      // `+=` code
      add(lhs, rhs) {
        return this._leafNode(new AssignOp(lhs, exports.operators.ADD, rhs));
      }
      // appends passed SafeExpr to code or executes Block
      code(c) {
        if (typeof c == "function")
          c();
        else if (c !== code_1.nil)
          this._leafNode(new AnyCode(c));
        return this;
      }
      // returns code for object literal for the passed argument list of key-value pairs
      object(...keyValues) {
        const code = ["{"];
        for (const [key, value] of keyValues) {
          if (code.length > 1)
            code.push(",");
          code.push(key);
          if (key !== value || this.opts.es5) {
            code.push(":");
            (0, code_1.addCodeArg)(code, value);
          }
        }
        code.push("}");
        return new code_1._Code(code);
      }
      // `if` clause (or statement if `thenBody` and, optionally, `elseBody` are passed)
      if(condition, thenBody, elseBody) {
        this._blockNode(new If(condition));
        if (thenBody && elseBody) {
          this.code(thenBody).else().code(elseBody).endIf();
        } else if (thenBody) {
          this.code(thenBody).endIf();
        } else if (elseBody) {
          throw new Error('CodeGen: "else" body without "then" body');
        }
        return this;
      }
      // `else if` clause - invalid without `if` or after `else` clauses
      elseIf(condition) {
        return this._elseNode(new If(condition));
      }
      // `else` clause - only valid after `if` or `else if` clauses
      else() {
        return this._elseNode(new Else());
      }
      // end `if` statement (needed if gen.if was used only with condition)
      endIf() {
        return this._endBlockNode(If, Else);
      }
      _for(node, forBody) {
        this._blockNode(node);
        if (forBody)
          this.code(forBody).endFor();
        return this;
      }
      // a generic `for` clause (or statement if `forBody` is passed)
      for(iteration, forBody) {
        return this._for(new ForLoop(iteration), forBody);
      }
      // `for` statement for a range of values
      forRange(nameOrPrefix, from, to, forBody, varKind = this.opts.es5 ? scope_1.varKinds.var : scope_1.varKinds.let) {
        const name = this._scope.toName(nameOrPrefix);
        return this._for(new ForRange(varKind, name, from, to), () => forBody(name));
      }
      // `for-of` statement (in es5 mode replace with a normal for loop)
      forOf(nameOrPrefix, iterable, forBody, varKind = scope_1.varKinds.const) {
        const name = this._scope.toName(nameOrPrefix);
        if (this.opts.es5) {
          const arr = iterable instanceof code_1.Name ? iterable : this.var("_arr", iterable);
          return this.forRange("_i", 0, (0, code_1._)`${arr}.length`, (i) => {
            this.var(name, (0, code_1._)`${arr}[${i}]`);
            forBody(name);
          });
        }
        return this._for(new ForIter("of", varKind, name, iterable), () => forBody(name));
      }
      // `for-in` statement.
      // With option `ownProperties` replaced with a `for-of` loop for object keys
      forIn(nameOrPrefix, obj, forBody, varKind = this.opts.es5 ? scope_1.varKinds.var : scope_1.varKinds.const) {
        if (this.opts.ownProperties) {
          return this.forOf(nameOrPrefix, (0, code_1._)`Object.keys(${obj})`, forBody);
        }
        const name = this._scope.toName(nameOrPrefix);
        return this._for(new ForIter("in", varKind, name, obj), () => forBody(name));
      }
      // end `for` loop
      endFor() {
        return this._endBlockNode(For);
      }
      // `label` statement
      label(label2) {
        return this._leafNode(new Label(label2));
      }
      // `break` statement
      break(label2) {
        return this._leafNode(new Break(label2));
      }
      // `return` statement
      return(value) {
        const node = new Return();
        this._blockNode(node);
        this.code(value);
        if (node.nodes.length !== 1)
          throw new Error('CodeGen: "return" should have one node');
        return this._endBlockNode(Return);
      }
      // `try` statement
      try(tryBody, catchCode, finallyCode) {
        if (!catchCode && !finallyCode)
          throw new Error('CodeGen: "try" without "catch" and "finally"');
        const node = new Try();
        this._blockNode(node);
        this.code(tryBody);
        if (catchCode) {
          const error = this.name("e");
          this._currNode = node.catch = new Catch(error);
          catchCode(error);
        }
        if (finallyCode) {
          this._currNode = node.finally = new Finally();
          this.code(finallyCode);
        }
        return this._endBlockNode(Catch, Finally);
      }
      // `throw` statement
      throw(error) {
        return this._leafNode(new Throw(error));
      }
      // start self-balancing block
      block(body, nodeCount) {
        this._blockStarts.push(this._nodes.length);
        if (body)
          this.code(body).endBlock(nodeCount);
        return this;
      }
      // end the current self-balancing block
      endBlock(nodeCount) {
        const len = this._blockStarts.pop();
        if (len === void 0)
          throw new Error("CodeGen: not in self-balancing block");
        const toClose = this._nodes.length - len;
        if (toClose < 0 || nodeCount !== void 0 && toClose !== nodeCount) {
          throw new Error(`CodeGen: wrong number of nodes: ${toClose} vs ${nodeCount} expected`);
        }
        this._nodes.length = len;
        return this;
      }
      // `function` heading (or definition if funcBody is passed)
      func(name, args = code_1.nil, async, funcBody) {
        this._blockNode(new Func(name, args, async));
        if (funcBody)
          this.code(funcBody).endFunc();
        return this;
      }
      // end function definition
      endFunc() {
        return this._endBlockNode(Func);
      }
      optimize(n = 1) {
        while (n-- > 0) {
          this._root.optimizeNodes();
          this._root.optimizeNames(this._root.names, this._constants);
        }
      }
      _leafNode(node) {
        this._currNode.nodes.push(node);
        return this;
      }
      _blockNode(node) {
        this._currNode.nodes.push(node);
        this._nodes.push(node);
      }
      _endBlockNode(N1, N2) {
        const n = this._currNode;
        if (n instanceof N1 || N2 && n instanceof N2) {
          this._nodes.pop();
          return this;
        }
        throw new Error(`CodeGen: not in block "${N2 ? `${N1.kind}/${N2.kind}` : N1.kind}"`);
      }
      _elseNode(node) {
        const n = this._currNode;
        if (!(n instanceof If)) {
          throw new Error('CodeGen: "else" without "if"');
        }
        this._currNode = n.else = node;
        return this;
      }
      get _root() {
        return this._nodes[0];
      }
      get _currNode() {
        const ns = this._nodes;
        return ns[ns.length - 1];
      }
      set _currNode(node) {
        const ns = this._nodes;
        ns[ns.length - 1] = node;
      }
    };
    exports.CodeGen = CodeGen;
    function addNames(names, from) {
      for (const n in from)
        names[n] = (names[n] || 0) + (from[n] || 0);
      return names;
    }
    function addExprNames(names, from) {
      return from instanceof code_1._CodeOrName ? addNames(names, from.names) : names;
    }
    function optimizeExpr(expr, names, constants5) {
      if (expr instanceof code_1.Name)
        return replaceName(expr);
      if (!canOptimize(expr))
        return expr;
      return new code_1._Code(expr._items.reduce((items, c) => {
        if (c instanceof code_1.Name)
          c = replaceName(c);
        if (c instanceof code_1._Code)
          items.push(...c._items);
        else
          items.push(c);
        return items;
      }, []));
      function replaceName(n) {
        const c = constants5[n.str];
        if (c === void 0 || names[n.str] !== 1)
          return n;
        delete names[n.str];
        return c;
      }
      function canOptimize(e) {
        return e instanceof code_1._Code && e._items.some((c) => c instanceof code_1.Name && names[c.str] === 1 && constants5[c.str] !== void 0);
      }
    }
    function subtractNames(names, from) {
      for (const n in from)
        names[n] = (names[n] || 0) - (from[n] || 0);
    }
    function not(x) {
      return typeof x == "boolean" || typeof x == "number" || x === null ? !x : (0, code_1._)`!${par(x)}`;
    }
    exports.not = not;
    var andCode = mappend(exports.operators.AND);
    function and(...args) {
      return args.reduce(andCode);
    }
    exports.and = and;
    var orCode = mappend(exports.operators.OR);
    function or(...args) {
      return args.reduce(orCode);
    }
    exports.or = or;
    function mappend(op) {
      return (x, y) => x === code_1.nil ? y : y === code_1.nil ? x : (0, code_1._)`${par(x)} ${op} ${par(y)}`;
    }
    function par(x) {
      return x instanceof code_1.Name ? x : (0, code_1._)`(${x})`;
    }
  }
});

// node_modules/ajv/dist/compile/util.js
var require_util = __commonJS({
  "node_modules/ajv/dist/compile/util.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.checkStrictMode = exports.getErrorPath = exports.Type = exports.useFunc = exports.setEvaluated = exports.evaluatedPropsToName = exports.mergeEvaluated = exports.eachItem = exports.unescapeJsonPointer = exports.escapeJsonPointer = exports.escapeFragment = exports.unescapeFragment = exports.schemaRefOrVal = exports.schemaHasRulesButRef = exports.schemaHasRules = exports.checkUnknownRules = exports.alwaysValidSchema = exports.toHash = void 0;
    var codegen_1 = require_codegen();
    var code_1 = require_code();
    function toHash(arr) {
      const hash = {};
      for (const item of arr)
        hash[item] = true;
      return hash;
    }
    exports.toHash = toHash;
    function alwaysValidSchema(it, schema) {
      if (typeof schema == "boolean")
        return schema;
      if (Object.keys(schema).length === 0)
        return true;
      checkUnknownRules(it, schema);
      return !schemaHasRules(schema, it.self.RULES.all);
    }
    exports.alwaysValidSchema = alwaysValidSchema;
    function checkUnknownRules(it, schema = it.schema) {
      const { opts, self } = it;
      if (!opts.strictSchema)
        return;
      if (typeof schema === "boolean")
        return;
      const rules = self.RULES.keywords;
      for (const key in schema) {
        if (!rules[key])
          checkStrictMode(it, `unknown keyword: "${key}"`);
      }
    }
    exports.checkUnknownRules = checkUnknownRules;
    function schemaHasRules(schema, rules) {
      if (typeof schema == "boolean")
        return !schema;
      for (const key in schema)
        if (rules[key])
          return true;
      return false;
    }
    exports.schemaHasRules = schemaHasRules;
    function schemaHasRulesButRef(schema, RULES) {
      if (typeof schema == "boolean")
        return !schema;
      for (const key in schema)
        if (key !== "$ref" && RULES.all[key])
          return true;
      return false;
    }
    exports.schemaHasRulesButRef = schemaHasRulesButRef;
    function schemaRefOrVal({ topSchemaRef, schemaPath }, schema, keyword, $data) {
      if (!$data) {
        if (typeof schema == "number" || typeof schema == "boolean")
          return schema;
        if (typeof schema == "string")
          return (0, codegen_1._)`${schema}`;
      }
      return (0, codegen_1._)`${topSchemaRef}${schemaPath}${(0, codegen_1.getProperty)(keyword)}`;
    }
    exports.schemaRefOrVal = schemaRefOrVal;
    function unescapeFragment(str2) {
      return unescapeJsonPointer(decodeURIComponent(str2));
    }
    exports.unescapeFragment = unescapeFragment;
    function escapeFragment(str2) {
      return encodeURIComponent(escapeJsonPointer(str2));
    }
    exports.escapeFragment = escapeFragment;
    function escapeJsonPointer(str2) {
      if (typeof str2 == "number")
        return `${str2}`;
      return str2.replace(/~/g, "~0").replace(/\//g, "~1");
    }
    exports.escapeJsonPointer = escapeJsonPointer;
    function unescapeJsonPointer(str2) {
      return str2.replace(/~1/g, "/").replace(/~0/g, "~");
    }
    exports.unescapeJsonPointer = unescapeJsonPointer;
    function eachItem(xs, f) {
      if (Array.isArray(xs)) {
        for (const x of xs)
          f(x);
      } else {
        f(xs);
      }
    }
    exports.eachItem = eachItem;
    function makeMergeEvaluated({ mergeNames, mergeToName, mergeValues, resultToName }) {
      return (gen, from, to, toName) => {
        const res = to === void 0 ? from : to instanceof codegen_1.Name ? (from instanceof codegen_1.Name ? mergeNames(gen, from, to) : mergeToName(gen, from, to), to) : from instanceof codegen_1.Name ? (mergeToName(gen, to, from), from) : mergeValues(from, to);
        return toName === codegen_1.Name && !(res instanceof codegen_1.Name) ? resultToName(gen, res) : res;
      };
    }
    exports.mergeEvaluated = {
      props: makeMergeEvaluated({
        mergeNames: (gen, from, to) => gen.if((0, codegen_1._)`${to} !== true && ${from} !== undefined`, () => {
          gen.if((0, codegen_1._)`${from} === true`, () => gen.assign(to, true), () => gen.assign(to, (0, codegen_1._)`${to} || {}`).code((0, codegen_1._)`Object.assign(${to}, ${from})`));
        }),
        mergeToName: (gen, from, to) => gen.if((0, codegen_1._)`${to} !== true`, () => {
          if (from === true) {
            gen.assign(to, true);
          } else {
            gen.assign(to, (0, codegen_1._)`${to} || {}`);
            setEvaluated(gen, to, from);
          }
        }),
        mergeValues: (from, to) => from === true ? true : { ...from, ...to },
        resultToName: evaluatedPropsToName
      }),
      items: makeMergeEvaluated({
        mergeNames: (gen, from, to) => gen.if((0, codegen_1._)`${to} !== true && ${from} !== undefined`, () => gen.assign(to, (0, codegen_1._)`${from} === true ? true : ${to} > ${from} ? ${to} : ${from}`)),
        mergeToName: (gen, from, to) => gen.if((0, codegen_1._)`${to} !== true`, () => gen.assign(to, from === true ? true : (0, codegen_1._)`${to} > ${from} ? ${to} : ${from}`)),
        mergeValues: (from, to) => from === true ? true : Math.max(from, to),
        resultToName: (gen, items) => gen.var("items", items)
      })
    };
    function evaluatedPropsToName(gen, ps) {
      if (ps === true)
        return gen.var("props", true);
      const props2 = gen.var("props", (0, codegen_1._)`{}`);
      if (ps !== void 0)
        setEvaluated(gen, props2, ps);
      return props2;
    }
    exports.evaluatedPropsToName = evaluatedPropsToName;
    function setEvaluated(gen, props2, ps) {
      Object.keys(ps).forEach((p) => gen.assign((0, codegen_1._)`${props2}${(0, codegen_1.getProperty)(p)}`, true));
    }
    exports.setEvaluated = setEvaluated;
    var snippets = {};
    function useFunc(gen, f) {
      return gen.scopeValue("func", {
        ref: f,
        code: snippets[f.code] || (snippets[f.code] = new code_1._Code(f.code))
      });
    }
    exports.useFunc = useFunc;
    var Type;
    (function(Type2) {
      Type2[Type2["Num"] = 0] = "Num";
      Type2[Type2["Str"] = 1] = "Str";
    })(Type || (exports.Type = Type = {}));
    function getErrorPath(dataProp, dataPropType, jsPropertySyntax) {
      if (dataProp instanceof codegen_1.Name) {
        const isNumber = dataPropType === Type.Num;
        return jsPropertySyntax ? isNumber ? (0, codegen_1._)`"[" + ${dataProp} + "]"` : (0, codegen_1._)`"['" + ${dataProp} + "']"` : isNumber ? (0, codegen_1._)`"/" + ${dataProp}` : (0, codegen_1._)`"/" + ${dataProp}.replace(/~/g, "~0").replace(/\\//g, "~1")`;
      }
      return jsPropertySyntax ? (0, codegen_1.getProperty)(dataProp).toString() : "/" + escapeJsonPointer(dataProp);
    }
    exports.getErrorPath = getErrorPath;
    function checkStrictMode(it, msg, mode2 = it.opts.strictSchema) {
      if (!mode2)
        return;
      msg = `strict mode: ${msg}`;
      if (mode2 === true)
        throw new Error(msg);
      it.self.logger.warn(msg);
    }
    exports.checkStrictMode = checkStrictMode;
  }
});

// node_modules/ajv/dist/compile/names.js
var require_names = __commonJS({
  "node_modules/ajv/dist/compile/names.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var names = {
      // validation function arguments
      data: new codegen_1.Name("data"),
      // data passed to validation function
      // args passed from referencing schema
      valCxt: new codegen_1.Name("valCxt"),
      // validation/data context - should not be used directly, it is destructured to the names below
      instancePath: new codegen_1.Name("instancePath"),
      parentData: new codegen_1.Name("parentData"),
      parentDataProperty: new codegen_1.Name("parentDataProperty"),
      rootData: new codegen_1.Name("rootData"),
      // root data - same as the data passed to the first/top validation function
      dynamicAnchors: new codegen_1.Name("dynamicAnchors"),
      // used to support recursiveRef and dynamicRef
      // function scoped variables
      vErrors: new codegen_1.Name("vErrors"),
      // null or array of validation errors
      errors: new codegen_1.Name("errors"),
      // counter of validation errors
      this: new codegen_1.Name("this"),
      // "globals"
      self: new codegen_1.Name("self"),
      scope: new codegen_1.Name("scope"),
      // JTD serialize/parse name for JSON string and position
      json: new codegen_1.Name("json"),
      jsonPos: new codegen_1.Name("jsonPos"),
      jsonLen: new codegen_1.Name("jsonLen"),
      jsonPart: new codegen_1.Name("jsonPart")
    };
    exports.default = names;
  }
});

// node_modules/ajv/dist/compile/errors.js
var require_errors2 = __commonJS({
  "node_modules/ajv/dist/compile/errors.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.extendErrors = exports.resetErrorsCount = exports.reportExtraError = exports.reportError = exports.keyword$DataError = exports.keywordError = void 0;
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var names_1 = require_names();
    exports.keywordError = {
      message: ({ keyword }) => (0, codegen_1.str)`must pass "${keyword}" keyword validation`
    };
    exports.keyword$DataError = {
      message: ({ keyword, schemaType }) => schemaType ? (0, codegen_1.str)`"${keyword}" keyword must be ${schemaType} ($data)` : (0, codegen_1.str)`"${keyword}" keyword is invalid ($data)`
    };
    function reportError(cxt, error = exports.keywordError, errorPaths, overrideAllErrors) {
      const { it } = cxt;
      const { gen, compositeRule, allErrors } = it;
      const errObj = errorObjectCode(cxt, error, errorPaths);
      if (overrideAllErrors !== null && overrideAllErrors !== void 0 ? overrideAllErrors : compositeRule || allErrors) {
        addError(gen, errObj);
      } else {
        returnErrors(it, (0, codegen_1._)`[${errObj}]`);
      }
    }
    exports.reportError = reportError;
    function reportExtraError(cxt, error = exports.keywordError, errorPaths) {
      const { it } = cxt;
      const { gen, compositeRule, allErrors } = it;
      const errObj = errorObjectCode(cxt, error, errorPaths);
      addError(gen, errObj);
      if (!(compositeRule || allErrors)) {
        returnErrors(it, names_1.default.vErrors);
      }
    }
    exports.reportExtraError = reportExtraError;
    function resetErrorsCount(gen, errsCount) {
      gen.assign(names_1.default.errors, errsCount);
      gen.if((0, codegen_1._)`${names_1.default.vErrors} !== null`, () => gen.if(errsCount, () => gen.assign((0, codegen_1._)`${names_1.default.vErrors}.length`, errsCount), () => gen.assign(names_1.default.vErrors, null)));
    }
    exports.resetErrorsCount = resetErrorsCount;
    function extendErrors({ gen, keyword, schemaValue, data, errsCount, it }) {
      if (errsCount === void 0)
        throw new Error("ajv implementation error");
      const err = gen.name("err");
      gen.forRange("i", errsCount, names_1.default.errors, (i) => {
        gen.const(err, (0, codegen_1._)`${names_1.default.vErrors}[${i}]`);
        gen.if((0, codegen_1._)`${err}.instancePath === undefined`, () => gen.assign((0, codegen_1._)`${err}.instancePath`, (0, codegen_1.strConcat)(names_1.default.instancePath, it.errorPath)));
        gen.assign((0, codegen_1._)`${err}.schemaPath`, (0, codegen_1.str)`${it.errSchemaPath}/${keyword}`);
        if (it.opts.verbose) {
          gen.assign((0, codegen_1._)`${err}.schema`, schemaValue);
          gen.assign((0, codegen_1._)`${err}.data`, data);
        }
      });
    }
    exports.extendErrors = extendErrors;
    function addError(gen, errObj) {
      const err = gen.const("err", errObj);
      gen.if((0, codegen_1._)`${names_1.default.vErrors} === null`, () => gen.assign(names_1.default.vErrors, (0, codegen_1._)`[${err}]`), (0, codegen_1._)`${names_1.default.vErrors}.push(${err})`);
      gen.code((0, codegen_1._)`${names_1.default.errors}++`);
    }
    function returnErrors(it, errs) {
      const { gen, validateName, schemaEnv } = it;
      if (schemaEnv.$async) {
        gen.throw((0, codegen_1._)`new ${it.ValidationError}(${errs})`);
      } else {
        gen.assign((0, codegen_1._)`${validateName}.errors`, errs);
        gen.return(false);
      }
    }
    var E = {
      keyword: new codegen_1.Name("keyword"),
      schemaPath: new codegen_1.Name("schemaPath"),
      // also used in JTD errors
      params: new codegen_1.Name("params"),
      propertyName: new codegen_1.Name("propertyName"),
      message: new codegen_1.Name("message"),
      schema: new codegen_1.Name("schema"),
      parentSchema: new codegen_1.Name("parentSchema")
    };
    function errorObjectCode(cxt, error, errorPaths) {
      const { createErrors } = cxt.it;
      if (createErrors === false)
        return (0, codegen_1._)`{}`;
      return errorObject(cxt, error, errorPaths);
    }
    function errorObject(cxt, error, errorPaths = {}) {
      const { gen, it } = cxt;
      const keyValues = [
        errorInstancePath(it, errorPaths),
        errorSchemaPath(cxt, errorPaths)
      ];
      extraErrorProps(cxt, error, keyValues);
      return gen.object(...keyValues);
    }
    function errorInstancePath({ errorPath }, { instancePath }) {
      const instPath = instancePath ? (0, codegen_1.str)`${errorPath}${(0, util_1.getErrorPath)(instancePath, util_1.Type.Str)}` : errorPath;
      return [names_1.default.instancePath, (0, codegen_1.strConcat)(names_1.default.instancePath, instPath)];
    }
    function errorSchemaPath({ keyword, it: { errSchemaPath } }, { schemaPath, parentSchema }) {
      let schPath = parentSchema ? errSchemaPath : (0, codegen_1.str)`${errSchemaPath}/${keyword}`;
      if (schemaPath) {
        schPath = (0, codegen_1.str)`${schPath}${(0, util_1.getErrorPath)(schemaPath, util_1.Type.Str)}`;
      }
      return [E.schemaPath, schPath];
    }
    function extraErrorProps(cxt, { params, message }, keyValues) {
      const { keyword, data, schemaValue, it } = cxt;
      const { opts, propertyName, topSchemaRef, schemaPath } = it;
      keyValues.push([E.keyword, keyword], [E.params, typeof params == "function" ? params(cxt) : params || (0, codegen_1._)`{}`]);
      if (opts.messages) {
        keyValues.push([E.message, typeof message == "function" ? message(cxt) : message]);
      }
      if (opts.verbose) {
        keyValues.push([E.schema, schemaValue], [E.parentSchema, (0, codegen_1._)`${topSchemaRef}${schemaPath}`], [names_1.default.data, data]);
      }
      if (propertyName)
        keyValues.push([E.propertyName, propertyName]);
    }
  }
});

// node_modules/ajv/dist/compile/validate/boolSchema.js
var require_boolSchema = __commonJS({
  "node_modules/ajv/dist/compile/validate/boolSchema.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.boolOrEmptySchema = exports.topBoolOrEmptySchema = void 0;
    var errors_1 = require_errors2();
    var codegen_1 = require_codegen();
    var names_1 = require_names();
    var boolError = {
      message: "boolean schema is false"
    };
    function topBoolOrEmptySchema(it) {
      const { gen, schema, validateName } = it;
      if (schema === false) {
        falseSchemaError(it, false);
      } else if (typeof schema == "object" && schema.$async === true) {
        gen.return(names_1.default.data);
      } else {
        gen.assign((0, codegen_1._)`${validateName}.errors`, null);
        gen.return(true);
      }
    }
    exports.topBoolOrEmptySchema = topBoolOrEmptySchema;
    function boolOrEmptySchema(it, valid) {
      const { gen, schema } = it;
      if (schema === false) {
        gen.var(valid, false);
        falseSchemaError(it);
      } else {
        gen.var(valid, true);
      }
    }
    exports.boolOrEmptySchema = boolOrEmptySchema;
    function falseSchemaError(it, overrideAllErrors) {
      const { gen, data } = it;
      const cxt = {
        gen,
        keyword: "false schema",
        data,
        schema: false,
        schemaCode: false,
        schemaValue: false,
        params: {},
        it
      };
      (0, errors_1.reportError)(cxt, boolError, void 0, overrideAllErrors);
    }
  }
});

// node_modules/ajv/dist/compile/rules.js
var require_rules = __commonJS({
  "node_modules/ajv/dist/compile/rules.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.getRules = exports.isJSONType = void 0;
    var _jsonTypes = ["string", "number", "integer", "boolean", "null", "object", "array"];
    var jsonTypes = new Set(_jsonTypes);
    function isJSONType(x) {
      return typeof x == "string" && jsonTypes.has(x);
    }
    exports.isJSONType = isJSONType;
    function getRules() {
      const groups = {
        number: { type: "number", rules: [] },
        string: { type: "string", rules: [] },
        array: { type: "array", rules: [] },
        object: { type: "object", rules: [] }
      };
      return {
        types: { ...groups, integer: true, boolean: true, null: true },
        rules: [{ rules: [] }, groups.number, groups.string, groups.array, groups.object],
        post: { rules: [] },
        all: {},
        keywords: {}
      };
    }
    exports.getRules = getRules;
  }
});

// node_modules/ajv/dist/compile/validate/applicability.js
var require_applicability = __commonJS({
  "node_modules/ajv/dist/compile/validate/applicability.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.shouldUseRule = exports.shouldUseGroup = exports.schemaHasRulesForType = void 0;
    function schemaHasRulesForType({ schema, self }, type) {
      const group = self.RULES.types[type];
      return group && group !== true && shouldUseGroup(schema, group);
    }
    exports.schemaHasRulesForType = schemaHasRulesForType;
    function shouldUseGroup(schema, group) {
      return group.rules.some((rule) => shouldUseRule(schema, rule));
    }
    exports.shouldUseGroup = shouldUseGroup;
    function shouldUseRule(schema, rule) {
      var _a;
      return schema[rule.keyword] !== void 0 || ((_a = rule.definition.implements) === null || _a === void 0 ? void 0 : _a.some((kwd) => schema[kwd] !== void 0));
    }
    exports.shouldUseRule = shouldUseRule;
  }
});

// node_modules/ajv/dist/compile/validate/dataType.js
var require_dataType = __commonJS({
  "node_modules/ajv/dist/compile/validate/dataType.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.reportTypeError = exports.checkDataTypes = exports.checkDataType = exports.coerceAndCheckDataType = exports.getJSONTypes = exports.getSchemaTypes = exports.DataType = void 0;
    var rules_1 = require_rules();
    var applicability_1 = require_applicability();
    var errors_1 = require_errors2();
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var DataType;
    (function(DataType2) {
      DataType2[DataType2["Correct"] = 0] = "Correct";
      DataType2[DataType2["Wrong"] = 1] = "Wrong";
    })(DataType || (exports.DataType = DataType = {}));
    function getSchemaTypes(schema) {
      const types2 = getJSONTypes(schema.type);
      const hasNull = types2.includes("null");
      if (hasNull) {
        if (schema.nullable === false)
          throw new Error("type: null contradicts nullable: false");
      } else {
        if (!types2.length && schema.nullable !== void 0) {
          throw new Error('"nullable" cannot be used without "type"');
        }
        if (schema.nullable === true)
          types2.push("null");
      }
      return types2;
    }
    exports.getSchemaTypes = getSchemaTypes;
    function getJSONTypes(ts) {
      const types2 = Array.isArray(ts) ? ts : ts ? [ts] : [];
      if (types2.every(rules_1.isJSONType))
        return types2;
      throw new Error("type must be JSONType or JSONType[]: " + types2.join(","));
    }
    exports.getJSONTypes = getJSONTypes;
    function coerceAndCheckDataType(it, types2) {
      const { gen, data, opts } = it;
      const coerceTo = coerceToTypes(types2, opts.coerceTypes);
      const checkTypes = types2.length > 0 && !(coerceTo.length === 0 && types2.length === 1 && (0, applicability_1.schemaHasRulesForType)(it, types2[0]));
      if (checkTypes) {
        const wrongType = checkDataTypes(types2, data, opts.strictNumbers, DataType.Wrong);
        gen.if(wrongType, () => {
          if (coerceTo.length)
            coerceData(it, types2, coerceTo);
          else
            reportTypeError(it);
        });
      }
      return checkTypes;
    }
    exports.coerceAndCheckDataType = coerceAndCheckDataType;
    var COERCIBLE = /* @__PURE__ */ new Set(["string", "number", "integer", "boolean", "null"]);
    function coerceToTypes(types2, coerceTypes) {
      return coerceTypes ? types2.filter((t) => COERCIBLE.has(t) || coerceTypes === "array" && t === "array") : [];
    }
    function coerceData(it, types2, coerceTo) {
      const { gen, data, opts } = it;
      const dataType = gen.let("dataType", (0, codegen_1._)`typeof ${data}`);
      const coerced = gen.let("coerced", (0, codegen_1._)`undefined`);
      if (opts.coerceTypes === "array") {
        gen.if((0, codegen_1._)`${dataType} == 'object' && Array.isArray(${data}) && ${data}.length == 1`, () => gen.assign(data, (0, codegen_1._)`${data}[0]`).assign(dataType, (0, codegen_1._)`typeof ${data}`).if(checkDataTypes(types2, data, opts.strictNumbers), () => gen.assign(coerced, data)));
      }
      gen.if((0, codegen_1._)`${coerced} !== undefined`);
      for (const t of coerceTo) {
        if (COERCIBLE.has(t) || t === "array" && opts.coerceTypes === "array") {
          coerceSpecificType(t);
        }
      }
      gen.else();
      reportTypeError(it);
      gen.endIf();
      gen.if((0, codegen_1._)`${coerced} !== undefined`, () => {
        gen.assign(data, coerced);
        assignParentData(it, coerced);
      });
      function coerceSpecificType(t) {
        switch (t) {
          case "string":
            gen.elseIf((0, codegen_1._)`${dataType} == "number" || ${dataType} == "boolean"`).assign(coerced, (0, codegen_1._)`"" + ${data}`).elseIf((0, codegen_1._)`${data} === null`).assign(coerced, (0, codegen_1._)`""`);
            return;
          case "number":
            gen.elseIf((0, codegen_1._)`${dataType} == "boolean" || ${data} === null
              || (${dataType} == "string" && ${data} && ${data} == +${data})`).assign(coerced, (0, codegen_1._)`+${data}`);
            return;
          case "integer":
            gen.elseIf((0, codegen_1._)`${dataType} === "boolean" || ${data} === null
              || (${dataType} === "string" && ${data} && ${data} == +${data} && !(${data} % 1))`).assign(coerced, (0, codegen_1._)`+${data}`);
            return;
          case "boolean":
            gen.elseIf((0, codegen_1._)`${data} === "false" || ${data} === 0 || ${data} === null`).assign(coerced, false).elseIf((0, codegen_1._)`${data} === "true" || ${data} === 1`).assign(coerced, true);
            return;
          case "null":
            gen.elseIf((0, codegen_1._)`${data} === "" || ${data} === 0 || ${data} === false`);
            gen.assign(coerced, null);
            return;
          case "array":
            gen.elseIf((0, codegen_1._)`${dataType} === "string" || ${dataType} === "number"
              || ${dataType} === "boolean" || ${data} === null`).assign(coerced, (0, codegen_1._)`[${data}]`);
        }
      }
    }
    function assignParentData({ gen, parentData, parentDataProperty }, expr) {
      gen.if((0, codegen_1._)`${parentData} !== undefined`, () => gen.assign((0, codegen_1._)`${parentData}[${parentDataProperty}]`, expr));
    }
    function checkDataType(dataType, data, strictNums, correct = DataType.Correct) {
      const EQ = correct === DataType.Correct ? codegen_1.operators.EQ : codegen_1.operators.NEQ;
      let cond;
      switch (dataType) {
        case "null":
          return (0, codegen_1._)`${data} ${EQ} null`;
        case "array":
          cond = (0, codegen_1._)`Array.isArray(${data})`;
          break;
        case "object":
          cond = (0, codegen_1._)`${data} && typeof ${data} == "object" && !Array.isArray(${data})`;
          break;
        case "integer":
          cond = numCond((0, codegen_1._)`!(${data} % 1) && !isNaN(${data})`);
          break;
        case "number":
          cond = numCond();
          break;
        default:
          return (0, codegen_1._)`typeof ${data} ${EQ} ${dataType}`;
      }
      return correct === DataType.Correct ? cond : (0, codegen_1.not)(cond);
      function numCond(_cond = codegen_1.nil) {
        return (0, codegen_1.and)((0, codegen_1._)`typeof ${data} == "number"`, _cond, strictNums ? (0, codegen_1._)`isFinite(${data})` : codegen_1.nil);
      }
    }
    exports.checkDataType = checkDataType;
    function checkDataTypes(dataTypes, data, strictNums, correct) {
      if (dataTypes.length === 1) {
        return checkDataType(dataTypes[0], data, strictNums, correct);
      }
      let cond;
      const types2 = (0, util_1.toHash)(dataTypes);
      if (types2.array && types2.object) {
        const notObj = (0, codegen_1._)`typeof ${data} != "object"`;
        cond = types2.null ? notObj : (0, codegen_1._)`!${data} || ${notObj}`;
        delete types2.null;
        delete types2.array;
        delete types2.object;
      } else {
        cond = codegen_1.nil;
      }
      if (types2.number)
        delete types2.integer;
      for (const t in types2)
        cond = (0, codegen_1.and)(cond, checkDataType(t, data, strictNums, correct));
      return cond;
    }
    exports.checkDataTypes = checkDataTypes;
    var typeError = {
      message: ({ schema }) => `must be ${schema}`,
      params: ({ schema, schemaValue }) => typeof schema == "string" ? (0, codegen_1._)`{type: ${schema}}` : (0, codegen_1._)`{type: ${schemaValue}}`
    };
    function reportTypeError(it) {
      const cxt = getTypeErrorContext(it);
      (0, errors_1.reportError)(cxt, typeError);
    }
    exports.reportTypeError = reportTypeError;
    function getTypeErrorContext(it) {
      const { gen, data, schema } = it;
      const schemaCode = (0, util_1.schemaRefOrVal)(it, schema, "type");
      return {
        gen,
        keyword: "type",
        data,
        schema: schema.type,
        schemaCode,
        schemaValue: schemaCode,
        parentSchema: schema,
        params: {},
        it
      };
    }
  }
});

// node_modules/ajv/dist/compile/validate/defaults.js
var require_defaults = __commonJS({
  "node_modules/ajv/dist/compile/validate/defaults.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.assignDefaults = void 0;
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    function assignDefaults(it, ty) {
      const { properties, items } = it.schema;
      if (ty === "object" && properties) {
        for (const key in properties) {
          assignDefault(it, key, properties[key].default);
        }
      } else if (ty === "array" && Array.isArray(items)) {
        items.forEach((sch, i) => assignDefault(it, i, sch.default));
      }
    }
    exports.assignDefaults = assignDefaults;
    function assignDefault(it, prop, defaultValue) {
      const { gen, compositeRule, data, opts } = it;
      if (defaultValue === void 0)
        return;
      const childData = (0, codegen_1._)`${data}${(0, codegen_1.getProperty)(prop)}`;
      if (compositeRule) {
        (0, util_1.checkStrictMode)(it, `default is ignored for: ${childData}`);
        return;
      }
      let condition = (0, codegen_1._)`${childData} === undefined`;
      if (opts.useDefaults === "empty") {
        condition = (0, codegen_1._)`${condition} || ${childData} === null || ${childData} === ""`;
      }
      gen.if(condition, (0, codegen_1._)`${childData} = ${(0, codegen_1.stringify)(defaultValue)}`);
    }
  }
});

// node_modules/ajv/dist/vocabularies/code.js
var require_code2 = __commonJS({
  "node_modules/ajv/dist/vocabularies/code.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.validateUnion = exports.validateArray = exports.usePattern = exports.callValidateCode = exports.schemaProperties = exports.allSchemaProperties = exports.noPropertyInData = exports.propertyInData = exports.isOwnProperty = exports.hasPropFunc = exports.reportMissingProp = exports.checkMissingProp = exports.checkReportMissingProp = void 0;
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var names_1 = require_names();
    var util_2 = require_util();
    function checkReportMissingProp(cxt, prop) {
      const { gen, data, it } = cxt;
      gen.if(noPropertyInData(gen, data, prop, it.opts.ownProperties), () => {
        cxt.setParams({ missingProperty: (0, codegen_1._)`${prop}` }, true);
        cxt.error();
      });
    }
    exports.checkReportMissingProp = checkReportMissingProp;
    function checkMissingProp({ gen, data, it: { opts } }, properties, missing) {
      return (0, codegen_1.or)(...properties.map((prop) => (0, codegen_1.and)(noPropertyInData(gen, data, prop, opts.ownProperties), (0, codegen_1._)`${missing} = ${prop}`)));
    }
    exports.checkMissingProp = checkMissingProp;
    function reportMissingProp(cxt, missing) {
      cxt.setParams({ missingProperty: missing }, true);
      cxt.error();
    }
    exports.reportMissingProp = reportMissingProp;
    function hasPropFunc(gen) {
      return gen.scopeValue("func", {
        // eslint-disable-next-line @typescript-eslint/unbound-method
        ref: Object.prototype.hasOwnProperty,
        code: (0, codegen_1._)`Object.prototype.hasOwnProperty`
      });
    }
    exports.hasPropFunc = hasPropFunc;
    function isOwnProperty(gen, data, property) {
      return (0, codegen_1._)`${hasPropFunc(gen)}.call(${data}, ${property})`;
    }
    exports.isOwnProperty = isOwnProperty;
    function propertyInData(gen, data, property, ownProperties) {
      const cond = (0, codegen_1._)`${data}${(0, codegen_1.getProperty)(property)} !== undefined`;
      return ownProperties ? (0, codegen_1._)`${cond} && ${isOwnProperty(gen, data, property)}` : cond;
    }
    exports.propertyInData = propertyInData;
    function noPropertyInData(gen, data, property, ownProperties) {
      const cond = (0, codegen_1._)`${data}${(0, codegen_1.getProperty)(property)} === undefined`;
      return ownProperties ? (0, codegen_1.or)(cond, (0, codegen_1.not)(isOwnProperty(gen, data, property))) : cond;
    }
    exports.noPropertyInData = noPropertyInData;
    function allSchemaProperties(schemaMap) {
      return schemaMap ? Object.keys(schemaMap).filter((p) => p !== "__proto__") : [];
    }
    exports.allSchemaProperties = allSchemaProperties;
    function schemaProperties(it, schemaMap) {
      return allSchemaProperties(schemaMap).filter((p) => !(0, util_1.alwaysValidSchema)(it, schemaMap[p]));
    }
    exports.schemaProperties = schemaProperties;
    function callValidateCode({ schemaCode, data, it: { gen, topSchemaRef, schemaPath, errorPath }, it }, func, context, passSchema) {
      const dataAndSchema = passSchema ? (0, codegen_1._)`${schemaCode}, ${data}, ${topSchemaRef}${schemaPath}` : data;
      const valCxt = [
        [names_1.default.instancePath, (0, codegen_1.strConcat)(names_1.default.instancePath, errorPath)],
        [names_1.default.parentData, it.parentData],
        [names_1.default.parentDataProperty, it.parentDataProperty],
        [names_1.default.rootData, names_1.default.rootData]
      ];
      if (it.opts.dynamicRef)
        valCxt.push([names_1.default.dynamicAnchors, names_1.default.dynamicAnchors]);
      const args = (0, codegen_1._)`${dataAndSchema}, ${gen.object(...valCxt)}`;
      return context !== codegen_1.nil ? (0, codegen_1._)`${func}.call(${context}, ${args})` : (0, codegen_1._)`${func}(${args})`;
    }
    exports.callValidateCode = callValidateCode;
    var newRegExp = (0, codegen_1._)`new RegExp`;
    function usePattern({ gen, it: { opts } }, pattern) {
      const u = opts.unicodeRegExp ? "u" : "";
      const { regExp } = opts.code;
      const rx = regExp(pattern, u);
      return gen.scopeValue("pattern", {
        key: rx.toString(),
        ref: rx,
        code: (0, codegen_1._)`${regExp.code === "new RegExp" ? newRegExp : (0, util_2.useFunc)(gen, regExp)}(${pattern}, ${u})`
      });
    }
    exports.usePattern = usePattern;
    function validateArray(cxt) {
      const { gen, data, keyword, it } = cxt;
      const valid = gen.name("valid");
      if (it.allErrors) {
        const validArr = gen.let("valid", true);
        validateItems(() => gen.assign(validArr, false));
        return validArr;
      }
      gen.var(valid, true);
      validateItems(() => gen.break());
      return valid;
      function validateItems(notValid) {
        const len = gen.const("len", (0, codegen_1._)`${data}.length`);
        gen.forRange("i", 0, len, (i) => {
          cxt.subschema({
            keyword,
            dataProp: i,
            dataPropType: util_1.Type.Num
          }, valid);
          gen.if((0, codegen_1.not)(valid), notValid);
        });
      }
    }
    exports.validateArray = validateArray;
    function validateUnion(cxt) {
      const { gen, schema, keyword, it } = cxt;
      if (!Array.isArray(schema))
        throw new Error("ajv implementation error");
      const alwaysValid = schema.some((sch) => (0, util_1.alwaysValidSchema)(it, sch));
      if (alwaysValid && !it.opts.unevaluated)
        return;
      const valid = gen.let("valid", false);
      const schValid = gen.name("_valid");
      gen.block(() => schema.forEach((_sch, i) => {
        const schCxt = cxt.subschema({
          keyword,
          schemaProp: i,
          compositeRule: true
        }, schValid);
        gen.assign(valid, (0, codegen_1._)`${valid} || ${schValid}`);
        const merged = cxt.mergeValidEvaluated(schCxt, schValid);
        if (!merged)
          gen.if((0, codegen_1.not)(valid));
      }));
      cxt.result(valid, () => cxt.reset(), () => cxt.error(true));
    }
    exports.validateUnion = validateUnion;
  }
});

// node_modules/ajv/dist/compile/validate/keyword.js
var require_keyword = __commonJS({
  "node_modules/ajv/dist/compile/validate/keyword.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.validateKeywordUsage = exports.validSchemaType = exports.funcKeywordCode = exports.macroKeywordCode = void 0;
    var codegen_1 = require_codegen();
    var names_1 = require_names();
    var code_1 = require_code2();
    var errors_1 = require_errors2();
    function macroKeywordCode(cxt, def) {
      const { gen, keyword, schema, parentSchema, it } = cxt;
      const macroSchema = def.macro.call(it.self, schema, parentSchema, it);
      const schemaRef = useKeyword(gen, keyword, macroSchema);
      if (it.opts.validateSchema !== false)
        it.self.validateSchema(macroSchema, true);
      const valid = gen.name("valid");
      cxt.subschema({
        schema: macroSchema,
        schemaPath: codegen_1.nil,
        errSchemaPath: `${it.errSchemaPath}/${keyword}`,
        topSchemaRef: schemaRef,
        compositeRule: true
      }, valid);
      cxt.pass(valid, () => cxt.error(true));
    }
    exports.macroKeywordCode = macroKeywordCode;
    function funcKeywordCode(cxt, def) {
      var _a;
      const { gen, keyword, schema, parentSchema, $data, it } = cxt;
      checkAsyncKeyword(it, def);
      const validate2 = !$data && def.compile ? def.compile.call(it.self, schema, parentSchema, it) : def.validate;
      const validateRef = useKeyword(gen, keyword, validate2);
      const valid = gen.let("valid");
      cxt.block$data(valid, validateKeyword);
      cxt.ok((_a = def.valid) !== null && _a !== void 0 ? _a : valid);
      function validateKeyword() {
        if (def.errors === false) {
          assignValid();
          if (def.modifying)
            modifyData(cxt);
          reportErrs(() => cxt.error());
        } else {
          const ruleErrs = def.async ? validateAsync() : validateSync();
          if (def.modifying)
            modifyData(cxt);
          reportErrs(() => addErrs(cxt, ruleErrs));
        }
      }
      function validateAsync() {
        const ruleErrs = gen.let("ruleErrs", null);
        gen.try(() => assignValid((0, codegen_1._)`await `), (e) => gen.assign(valid, false).if((0, codegen_1._)`${e} instanceof ${it.ValidationError}`, () => gen.assign(ruleErrs, (0, codegen_1._)`${e}.errors`), () => gen.throw(e)));
        return ruleErrs;
      }
      function validateSync() {
        const validateErrs = (0, codegen_1._)`${validateRef}.errors`;
        gen.assign(validateErrs, null);
        assignValid(codegen_1.nil);
        return validateErrs;
      }
      function assignValid(_await = def.async ? (0, codegen_1._)`await ` : codegen_1.nil) {
        const passCxt = it.opts.passContext ? names_1.default.this : names_1.default.self;
        const passSchema = !("compile" in def && !$data || def.schema === false);
        gen.assign(valid, (0, codegen_1._)`${_await}${(0, code_1.callValidateCode)(cxt, validateRef, passCxt, passSchema)}`, def.modifying);
      }
      function reportErrs(errors) {
        var _a2;
        gen.if((0, codegen_1.not)((_a2 = def.valid) !== null && _a2 !== void 0 ? _a2 : valid), errors);
      }
    }
    exports.funcKeywordCode = funcKeywordCode;
    function modifyData(cxt) {
      const { gen, data, it } = cxt;
      gen.if(it.parentData, () => gen.assign(data, (0, codegen_1._)`${it.parentData}[${it.parentDataProperty}]`));
    }
    function addErrs(cxt, errs) {
      const { gen } = cxt;
      gen.if((0, codegen_1._)`Array.isArray(${errs})`, () => {
        gen.assign(names_1.default.vErrors, (0, codegen_1._)`${names_1.default.vErrors} === null ? ${errs} : ${names_1.default.vErrors}.concat(${errs})`).assign(names_1.default.errors, (0, codegen_1._)`${names_1.default.vErrors}.length`);
        (0, errors_1.extendErrors)(cxt);
      }, () => cxt.error());
    }
    function checkAsyncKeyword({ schemaEnv }, def) {
      if (def.async && !schemaEnv.$async)
        throw new Error("async keyword in sync schema");
    }
    function useKeyword(gen, keyword, result) {
      if (result === void 0)
        throw new Error(`keyword "${keyword}" failed to compile`);
      return gen.scopeValue("keyword", typeof result == "function" ? { ref: result } : { ref: result, code: (0, codegen_1.stringify)(result) });
    }
    function validSchemaType(schema, schemaType, allowUndefined = false) {
      return !schemaType.length || schemaType.some((st) => st === "array" ? Array.isArray(schema) : st === "object" ? schema && typeof schema == "object" && !Array.isArray(schema) : typeof schema == st || allowUndefined && typeof schema == "undefined");
    }
    exports.validSchemaType = validSchemaType;
    function validateKeywordUsage({ schema, opts, self, errSchemaPath }, def, keyword) {
      if (Array.isArray(def.keyword) ? !def.keyword.includes(keyword) : def.keyword !== keyword) {
        throw new Error("ajv implementation error");
      }
      const deps = def.dependencies;
      if (deps === null || deps === void 0 ? void 0 : deps.some((kwd) => !Object.prototype.hasOwnProperty.call(schema, kwd))) {
        throw new Error(`parent schema must have dependencies of ${keyword}: ${deps.join(",")}`);
      }
      if (def.validateSchema) {
        const valid = def.validateSchema(schema[keyword]);
        if (!valid) {
          const msg = `keyword "${keyword}" value is invalid at path "${errSchemaPath}": ` + self.errorsText(def.validateSchema.errors);
          if (opts.validateSchema === "log")
            self.logger.error(msg);
          else
            throw new Error(msg);
        }
      }
    }
    exports.validateKeywordUsage = validateKeywordUsage;
  }
});

// node_modules/ajv/dist/compile/validate/subschema.js
var require_subschema = __commonJS({
  "node_modules/ajv/dist/compile/validate/subschema.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.extendSubschemaMode = exports.extendSubschemaData = exports.getSubschema = void 0;
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    function getSubschema(it, { keyword, schemaProp, schema, schemaPath, errSchemaPath, topSchemaRef }) {
      if (keyword !== void 0 && schema !== void 0) {
        throw new Error('both "keyword" and "schema" passed, only one allowed');
      }
      if (keyword !== void 0) {
        const sch = it.schema[keyword];
        return schemaProp === void 0 ? {
          schema: sch,
          schemaPath: (0, codegen_1._)`${it.schemaPath}${(0, codegen_1.getProperty)(keyword)}`,
          errSchemaPath: `${it.errSchemaPath}/${keyword}`
        } : {
          schema: sch[schemaProp],
          schemaPath: (0, codegen_1._)`${it.schemaPath}${(0, codegen_1.getProperty)(keyword)}${(0, codegen_1.getProperty)(schemaProp)}`,
          errSchemaPath: `${it.errSchemaPath}/${keyword}/${(0, util_1.escapeFragment)(schemaProp)}`
        };
      }
      if (schema !== void 0) {
        if (schemaPath === void 0 || errSchemaPath === void 0 || topSchemaRef === void 0) {
          throw new Error('"schemaPath", "errSchemaPath" and "topSchemaRef" are required with "schema"');
        }
        return {
          schema,
          schemaPath,
          topSchemaRef,
          errSchemaPath
        };
      }
      throw new Error('either "keyword" or "schema" must be passed');
    }
    exports.getSubschema = getSubschema;
    function extendSubschemaData(subschema, it, { dataProp, dataPropType: dpType, data, dataTypes, propertyName }) {
      if (data !== void 0 && dataProp !== void 0) {
        throw new Error('both "data" and "dataProp" passed, only one allowed');
      }
      const { gen } = it;
      if (dataProp !== void 0) {
        const { errorPath, dataPathArr, opts } = it;
        const nextData = gen.let("data", (0, codegen_1._)`${it.data}${(0, codegen_1.getProperty)(dataProp)}`, true);
        dataContextProps(nextData);
        subschema.errorPath = (0, codegen_1.str)`${errorPath}${(0, util_1.getErrorPath)(dataProp, dpType, opts.jsPropertySyntax)}`;
        subschema.parentDataProperty = (0, codegen_1._)`${dataProp}`;
        subschema.dataPathArr = [...dataPathArr, subschema.parentDataProperty];
      }
      if (data !== void 0) {
        const nextData = data instanceof codegen_1.Name ? data : gen.let("data", data, true);
        dataContextProps(nextData);
        if (propertyName !== void 0)
          subschema.propertyName = propertyName;
      }
      if (dataTypes)
        subschema.dataTypes = dataTypes;
      function dataContextProps(_nextData) {
        subschema.data = _nextData;
        subschema.dataLevel = it.dataLevel + 1;
        subschema.dataTypes = [];
        it.definedProperties = /* @__PURE__ */ new Set();
        subschema.parentData = it.data;
        subschema.dataNames = [...it.dataNames, _nextData];
      }
    }
    exports.extendSubschemaData = extendSubschemaData;
    function extendSubschemaMode(subschema, { jtdDiscriminator, jtdMetadata, compositeRule, createErrors, allErrors }) {
      if (compositeRule !== void 0)
        subschema.compositeRule = compositeRule;
      if (createErrors !== void 0)
        subschema.createErrors = createErrors;
      if (allErrors !== void 0)
        subschema.allErrors = allErrors;
      subschema.jtdDiscriminator = jtdDiscriminator;
      subschema.jtdMetadata = jtdMetadata;
    }
    exports.extendSubschemaMode = extendSubschemaMode;
  }
});

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

// node_modules/json-schema-traverse/index.js
var require_json_schema_traverse = __commonJS({
  "node_modules/json-schema-traverse/index.js"(exports, module) {
    "use strict";
    var traverse = module.exports = function(schema, opts, cb) {
      if (typeof opts == "function") {
        cb = opts;
        opts = {};
      }
      cb = opts.cb || cb;
      var pre = typeof cb == "function" ? cb : cb.pre || function() {
      };
      var post = cb.post || function() {
      };
      _traverse(opts, pre, post, schema, "", schema);
    };
    traverse.keywords = {
      additionalItems: true,
      items: true,
      contains: true,
      additionalProperties: true,
      propertyNames: true,
      not: true,
      if: true,
      then: true,
      else: true
    };
    traverse.arrayKeywords = {
      items: true,
      allOf: true,
      anyOf: true,
      oneOf: true
    };
    traverse.propsKeywords = {
      $defs: true,
      definitions: true,
      properties: true,
      patternProperties: true,
      dependencies: true
    };
    traverse.skipKeywords = {
      default: true,
      enum: true,
      const: true,
      required: true,
      maximum: true,
      minimum: true,
      exclusiveMaximum: true,
      exclusiveMinimum: true,
      multipleOf: true,
      maxLength: true,
      minLength: true,
      pattern: true,
      format: true,
      maxItems: true,
      minItems: true,
      uniqueItems: true,
      maxProperties: true,
      minProperties: true
    };
    function _traverse(opts, pre, post, schema, jsonPtr, rootSchema, parentJsonPtr, parentKeyword, parentSchema, keyIndex) {
      if (schema && typeof schema == "object" && !Array.isArray(schema)) {
        pre(schema, jsonPtr, rootSchema, parentJsonPtr, parentKeyword, parentSchema, keyIndex);
        for (var key in schema) {
          var sch = schema[key];
          if (Array.isArray(sch)) {
            if (key in traverse.arrayKeywords) {
              for (var i = 0; i < sch.length; i++)
                _traverse(opts, pre, post, sch[i], jsonPtr + "/" + key + "/" + i, rootSchema, jsonPtr, key, schema, i);
            }
          } else if (key in traverse.propsKeywords) {
            if (sch && typeof sch == "object") {
              for (var prop in sch)
                _traverse(opts, pre, post, sch[prop], jsonPtr + "/" + key + "/" + escapeJsonPtr(prop), rootSchema, jsonPtr, key, schema, prop);
            }
          } else if (key in traverse.keywords || opts.allKeys && !(key in traverse.skipKeywords)) {
            _traverse(opts, pre, post, sch, jsonPtr + "/" + key, rootSchema, jsonPtr, key, schema);
          }
        }
        post(schema, jsonPtr, rootSchema, parentJsonPtr, parentKeyword, parentSchema, keyIndex);
      }
    }
    function escapeJsonPtr(str2) {
      return str2.replace(/~/g, "~0").replace(/\//g, "~1");
    }
  }
});

// node_modules/ajv/dist/compile/resolve.js
var require_resolve = __commonJS({
  "node_modules/ajv/dist/compile/resolve.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.getSchemaRefs = exports.resolveUrl = exports.normalizeId = exports._getFullPath = exports.getFullPath = exports.inlineRef = void 0;
    var util_1 = require_util();
    var equal = require_fast_deep_equal();
    var traverse = require_json_schema_traverse();
    var SIMPLE_INLINED = /* @__PURE__ */ new Set([
      "type",
      "format",
      "pattern",
      "maxLength",
      "minLength",
      "maxProperties",
      "minProperties",
      "maxItems",
      "minItems",
      "maximum",
      "minimum",
      "uniqueItems",
      "multipleOf",
      "required",
      "enum",
      "const"
    ]);
    function inlineRef(schema, limit = true) {
      if (typeof schema == "boolean")
        return true;
      if (limit === true)
        return !hasRef(schema);
      if (!limit)
        return false;
      return countKeys(schema) <= limit;
    }
    exports.inlineRef = inlineRef;
    var REF_KEYWORDS = /* @__PURE__ */ new Set([
      "$ref",
      "$recursiveRef",
      "$recursiveAnchor",
      "$dynamicRef",
      "$dynamicAnchor"
    ]);
    function hasRef(schema) {
      for (const key in schema) {
        if (REF_KEYWORDS.has(key))
          return true;
        const sch = schema[key];
        if (Array.isArray(sch) && sch.some(hasRef))
          return true;
        if (typeof sch == "object" && hasRef(sch))
          return true;
      }
      return false;
    }
    function countKeys(schema) {
      let count3 = 0;
      for (const key in schema) {
        if (key === "$ref")
          return Infinity;
        count3++;
        if (SIMPLE_INLINED.has(key))
          continue;
        if (typeof schema[key] == "object") {
          (0, util_1.eachItem)(schema[key], (sch) => count3 += countKeys(sch));
        }
        if (count3 === Infinity)
          return Infinity;
      }
      return count3;
    }
    function getFullPath(resolver, id = "", normalize) {
      if (normalize !== false)
        id = normalizeId(id);
      const p = resolver.parse(id);
      return _getFullPath(resolver, p);
    }
    exports.getFullPath = getFullPath;
    function _getFullPath(resolver, p) {
      const serialized = resolver.serialize(p);
      return serialized.split("#")[0] + "#";
    }
    exports._getFullPath = _getFullPath;
    var TRAILING_SLASH_HASH = /#\/?$/;
    function normalizeId(id) {
      return id ? id.replace(TRAILING_SLASH_HASH, "") : "";
    }
    exports.normalizeId = normalizeId;
    function resolveUrl(resolver, baseId, id) {
      id = normalizeId(id);
      return resolver.resolve(baseId, id);
    }
    exports.resolveUrl = resolveUrl;
    var ANCHOR = /^[a-z_][-a-z0-9._]*$/i;
    function getSchemaRefs(schema, baseId) {
      if (typeof schema == "boolean")
        return {};
      const { schemaId, uriResolver } = this.opts;
      const schId = normalizeId(schema[schemaId] || baseId);
      const baseIds = { "": schId };
      const pathPrefix = getFullPath(uriResolver, schId, false);
      const localRefs = {};
      const schemaRefs = /* @__PURE__ */ new Set();
      traverse(schema, { allKeys: true }, (sch, jsonPtr, _, parentJsonPtr) => {
        if (parentJsonPtr === void 0)
          return;
        const fullPath = pathPrefix + jsonPtr;
        let innerBaseId = baseIds[parentJsonPtr];
        if (typeof sch[schemaId] == "string")
          innerBaseId = addRef.call(this, sch[schemaId]);
        addAnchor.call(this, sch.$anchor);
        addAnchor.call(this, sch.$dynamicAnchor);
        baseIds[jsonPtr] = innerBaseId;
        function addRef(ref) {
          const _resolve = this.opts.uriResolver.resolve;
          ref = normalizeId(innerBaseId ? _resolve(innerBaseId, ref) : ref);
          if (schemaRefs.has(ref))
            throw ambiguos(ref);
          schemaRefs.add(ref);
          let schOrRef = this.refs[ref];
          if (typeof schOrRef == "string")
            schOrRef = this.refs[schOrRef];
          if (typeof schOrRef == "object") {
            checkAmbiguosRef(sch, schOrRef.schema, ref);
          } else if (ref !== normalizeId(fullPath)) {
            if (ref[0] === "#") {
              checkAmbiguosRef(sch, localRefs[ref], ref);
              localRefs[ref] = sch;
            } else {
              this.refs[ref] = fullPath;
            }
          }
          return ref;
        }
        function addAnchor(anchor) {
          if (typeof anchor == "string") {
            if (!ANCHOR.test(anchor))
              throw new Error(`invalid anchor "${anchor}"`);
            addRef.call(this, `#${anchor}`);
          }
        }
      });
      return localRefs;
      function checkAmbiguosRef(sch1, sch2, ref) {
        if (sch2 !== void 0 && !equal(sch1, sch2))
          throw ambiguos(ref);
      }
      function ambiguos(ref) {
        return new Error(`reference "${ref}" resolves to more than one schema`);
      }
    }
    exports.getSchemaRefs = getSchemaRefs;
  }
});

// node_modules/ajv/dist/compile/validate/index.js
var require_validate = __commonJS({
  "node_modules/ajv/dist/compile/validate/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.getData = exports.KeywordCxt = exports.validateFunctionCode = void 0;
    var boolSchema_1 = require_boolSchema();
    var dataType_1 = require_dataType();
    var applicability_1 = require_applicability();
    var dataType_2 = require_dataType();
    var defaults_1 = require_defaults();
    var keyword_1 = require_keyword();
    var subschema_1 = require_subschema();
    var codegen_1 = require_codegen();
    var names_1 = require_names();
    var resolve_1 = require_resolve();
    var util_1 = require_util();
    var errors_1 = require_errors2();
    function validateFunctionCode(it) {
      if (isSchemaObj(it)) {
        checkKeywords(it);
        if (schemaCxtHasRules(it)) {
          topSchemaObjCode(it);
          return;
        }
      }
      validateFunction(it, () => (0, boolSchema_1.topBoolOrEmptySchema)(it));
    }
    exports.validateFunctionCode = validateFunctionCode;
    function validateFunction({ gen, validateName, schema, schemaEnv, opts }, body) {
      if (opts.code.es5) {
        gen.func(validateName, (0, codegen_1._)`${names_1.default.data}, ${names_1.default.valCxt}`, schemaEnv.$async, () => {
          gen.code((0, codegen_1._)`"use strict"; ${funcSourceUrl(schema, opts)}`);
          destructureValCxtES5(gen, opts);
          gen.code(body);
        });
      } else {
        gen.func(validateName, (0, codegen_1._)`${names_1.default.data}, ${destructureValCxt(opts)}`, schemaEnv.$async, () => gen.code(funcSourceUrl(schema, opts)).code(body));
      }
    }
    function destructureValCxt(opts) {
      return (0, codegen_1._)`{${names_1.default.instancePath}="", ${names_1.default.parentData}, ${names_1.default.parentDataProperty}, ${names_1.default.rootData}=${names_1.default.data}${opts.dynamicRef ? (0, codegen_1._)`, ${names_1.default.dynamicAnchors}={}` : codegen_1.nil}}={}`;
    }
    function destructureValCxtES5(gen, opts) {
      gen.if(names_1.default.valCxt, () => {
        gen.var(names_1.default.instancePath, (0, codegen_1._)`${names_1.default.valCxt}.${names_1.default.instancePath}`);
        gen.var(names_1.default.parentData, (0, codegen_1._)`${names_1.default.valCxt}.${names_1.default.parentData}`);
        gen.var(names_1.default.parentDataProperty, (0, codegen_1._)`${names_1.default.valCxt}.${names_1.default.parentDataProperty}`);
        gen.var(names_1.default.rootData, (0, codegen_1._)`${names_1.default.valCxt}.${names_1.default.rootData}`);
        if (opts.dynamicRef)
          gen.var(names_1.default.dynamicAnchors, (0, codegen_1._)`${names_1.default.valCxt}.${names_1.default.dynamicAnchors}`);
      }, () => {
        gen.var(names_1.default.instancePath, (0, codegen_1._)`""`);
        gen.var(names_1.default.parentData, (0, codegen_1._)`undefined`);
        gen.var(names_1.default.parentDataProperty, (0, codegen_1._)`undefined`);
        gen.var(names_1.default.rootData, names_1.default.data);
        if (opts.dynamicRef)
          gen.var(names_1.default.dynamicAnchors, (0, codegen_1._)`{}`);
      });
    }
    function topSchemaObjCode(it) {
      const { schema, opts, gen } = it;
      validateFunction(it, () => {
        if (opts.$comment && schema.$comment)
          commentKeyword(it);
        checkNoDefault(it);
        gen.let(names_1.default.vErrors, null);
        gen.let(names_1.default.errors, 0);
        if (opts.unevaluated)
          resetEvaluated(it);
        typeAndKeywords(it);
        returnResults(it);
      });
      return;
    }
    function resetEvaluated(it) {
      const { gen, validateName } = it;
      it.evaluated = gen.const("evaluated", (0, codegen_1._)`${validateName}.evaluated`);
      gen.if((0, codegen_1._)`${it.evaluated}.dynamicProps`, () => gen.assign((0, codegen_1._)`${it.evaluated}.props`, (0, codegen_1._)`undefined`));
      gen.if((0, codegen_1._)`${it.evaluated}.dynamicItems`, () => gen.assign((0, codegen_1._)`${it.evaluated}.items`, (0, codegen_1._)`undefined`));
    }
    function funcSourceUrl(schema, opts) {
      const schId = typeof schema == "object" && schema[opts.schemaId];
      return schId && (opts.code.source || opts.code.process) ? (0, codegen_1._)`/*# sourceURL=${schId} */` : codegen_1.nil;
    }
    function subschemaCode(it, valid) {
      if (isSchemaObj(it)) {
        checkKeywords(it);
        if (schemaCxtHasRules(it)) {
          subSchemaObjCode(it, valid);
          return;
        }
      }
      (0, boolSchema_1.boolOrEmptySchema)(it, valid);
    }
    function schemaCxtHasRules({ schema, self }) {
      if (typeof schema == "boolean")
        return !schema;
      for (const key in schema)
        if (self.RULES.all[key])
          return true;
      return false;
    }
    function isSchemaObj(it) {
      return typeof it.schema != "boolean";
    }
    function subSchemaObjCode(it, valid) {
      const { schema, gen, opts } = it;
      if (opts.$comment && schema.$comment)
        commentKeyword(it);
      updateContext(it);
      checkAsyncSchema(it);
      const errsCount = gen.const("_errs", names_1.default.errors);
      typeAndKeywords(it, errsCount);
      gen.var(valid, (0, codegen_1._)`${errsCount} === ${names_1.default.errors}`);
    }
    function checkKeywords(it) {
      (0, util_1.checkUnknownRules)(it);
      checkRefsAndKeywords(it);
    }
    function typeAndKeywords(it, errsCount) {
      if (it.opts.jtd)
        return schemaKeywords(it, [], false, errsCount);
      const types2 = (0, dataType_1.getSchemaTypes)(it.schema);
      const checkedTypes = (0, dataType_1.coerceAndCheckDataType)(it, types2);
      schemaKeywords(it, types2, !checkedTypes, errsCount);
    }
    function checkRefsAndKeywords(it) {
      const { schema, errSchemaPath, opts, self } = it;
      if (schema.$ref && opts.ignoreKeywordsWithRef && (0, util_1.schemaHasRulesButRef)(schema, self.RULES)) {
        self.logger.warn(`$ref: keywords ignored in schema at path "${errSchemaPath}"`);
      }
    }
    function checkNoDefault(it) {
      const { schema, opts } = it;
      if (schema.default !== void 0 && opts.useDefaults && opts.strictSchema) {
        (0, util_1.checkStrictMode)(it, "default is ignored in the schema root");
      }
    }
    function updateContext(it) {
      const schId = it.schema[it.opts.schemaId];
      if (schId)
        it.baseId = (0, resolve_1.resolveUrl)(it.opts.uriResolver, it.baseId, schId);
    }
    function checkAsyncSchema(it) {
      if (it.schema.$async && !it.schemaEnv.$async)
        throw new Error("async schema in sync schema");
    }
    function commentKeyword({ gen, schemaEnv, schema, errSchemaPath, opts }) {
      const msg = schema.$comment;
      if (opts.$comment === true) {
        gen.code((0, codegen_1._)`${names_1.default.self}.logger.log(${msg})`);
      } else if (typeof opts.$comment == "function") {
        const schemaPath = (0, codegen_1.str)`${errSchemaPath}/$comment`;
        const rootName = gen.scopeValue("root", { ref: schemaEnv.root });
        gen.code((0, codegen_1._)`${names_1.default.self}.opts.$comment(${msg}, ${schemaPath}, ${rootName}.schema)`);
      }
    }
    function returnResults(it) {
      const { gen, schemaEnv, validateName, ValidationError, opts } = it;
      if (schemaEnv.$async) {
        gen.if((0, codegen_1._)`${names_1.default.errors} === 0`, () => gen.return(names_1.default.data), () => gen.throw((0, codegen_1._)`new ${ValidationError}(${names_1.default.vErrors})`));
      } else {
        gen.assign((0, codegen_1._)`${validateName}.errors`, names_1.default.vErrors);
        if (opts.unevaluated)
          assignEvaluated(it);
        gen.return((0, codegen_1._)`${names_1.default.errors} === 0`);
      }
    }
    function assignEvaluated({ gen, evaluated, props: props2, items }) {
      if (props2 instanceof codegen_1.Name)
        gen.assign((0, codegen_1._)`${evaluated}.props`, props2);
      if (items instanceof codegen_1.Name)
        gen.assign((0, codegen_1._)`${evaluated}.items`, items);
    }
    function schemaKeywords(it, types2, typeErrors, errsCount) {
      const { gen, schema, data, allErrors, opts, self } = it;
      const { RULES } = self;
      if (schema.$ref && (opts.ignoreKeywordsWithRef || !(0, util_1.schemaHasRulesButRef)(schema, RULES))) {
        gen.block(() => keywordCode(it, "$ref", RULES.all.$ref.definition));
        return;
      }
      if (!opts.jtd)
        checkStrictTypes(it, types2);
      gen.block(() => {
        for (const group of RULES.rules)
          groupKeywords(group);
        groupKeywords(RULES.post);
      });
      function groupKeywords(group) {
        if (!(0, applicability_1.shouldUseGroup)(schema, group))
          return;
        if (group.type) {
          gen.if((0, dataType_2.checkDataType)(group.type, data, opts.strictNumbers));
          iterateKeywords(it, group);
          if (types2.length === 1 && types2[0] === group.type && typeErrors) {
            gen.else();
            (0, dataType_2.reportTypeError)(it);
          }
          gen.endIf();
        } else {
          iterateKeywords(it, group);
        }
        if (!allErrors)
          gen.if((0, codegen_1._)`${names_1.default.errors} === ${errsCount || 0}`);
      }
    }
    function iterateKeywords(it, group) {
      const { gen, schema, opts: { useDefaults } } = it;
      if (useDefaults)
        (0, defaults_1.assignDefaults)(it, group.type);
      gen.block(() => {
        for (const rule of group.rules) {
          if ((0, applicability_1.shouldUseRule)(schema, rule)) {
            keywordCode(it, rule.keyword, rule.definition, group.type);
          }
        }
      });
    }
    function checkStrictTypes(it, types2) {
      if (it.schemaEnv.meta || !it.opts.strictTypes)
        return;
      checkContextTypes(it, types2);
      if (!it.opts.allowUnionTypes)
        checkMultipleTypes(it, types2);
      checkKeywordTypes(it, it.dataTypes);
    }
    function checkContextTypes(it, types2) {
      if (!types2.length)
        return;
      if (!it.dataTypes.length) {
        it.dataTypes = types2;
        return;
      }
      types2.forEach((t) => {
        if (!includesType(it.dataTypes, t)) {
          strictTypesError(it, `type "${t}" not allowed by context "${it.dataTypes.join(",")}"`);
        }
      });
      narrowSchemaTypes(it, types2);
    }
    function checkMultipleTypes(it, ts) {
      if (ts.length > 1 && !(ts.length === 2 && ts.includes("null"))) {
        strictTypesError(it, "use allowUnionTypes to allow union type keyword");
      }
    }
    function checkKeywordTypes(it, ts) {
      const rules = it.self.RULES.all;
      for (const keyword in rules) {
        const rule = rules[keyword];
        if (typeof rule == "object" && (0, applicability_1.shouldUseRule)(it.schema, rule)) {
          const { type } = rule.definition;
          if (type.length && !type.some((t) => hasApplicableType(ts, t))) {
            strictTypesError(it, `missing type "${type.join(",")}" for keyword "${keyword}"`);
          }
        }
      }
    }
    function hasApplicableType(schTs, kwdT) {
      return schTs.includes(kwdT) || kwdT === "number" && schTs.includes("integer");
    }
    function includesType(ts, t) {
      return ts.includes(t) || t === "integer" && ts.includes("number");
    }
    function narrowSchemaTypes(it, withTypes) {
      const ts = [];
      for (const t of it.dataTypes) {
        if (includesType(withTypes, t))
          ts.push(t);
        else if (withTypes.includes("integer") && t === "number")
          ts.push("integer");
      }
      it.dataTypes = ts;
    }
    function strictTypesError(it, msg) {
      const schemaPath = it.schemaEnv.baseId + it.errSchemaPath;
      msg += ` at "${schemaPath}" (strictTypes)`;
      (0, util_1.checkStrictMode)(it, msg, it.opts.strictTypes);
    }
    var KeywordCxt = class {
      constructor(it, def, keyword) {
        (0, keyword_1.validateKeywordUsage)(it, def, keyword);
        this.gen = it.gen;
        this.allErrors = it.allErrors;
        this.keyword = keyword;
        this.data = it.data;
        this.schema = it.schema[keyword];
        this.$data = def.$data && it.opts.$data && this.schema && this.schema.$data;
        this.schemaValue = (0, util_1.schemaRefOrVal)(it, this.schema, keyword, this.$data);
        this.schemaType = def.schemaType;
        this.parentSchema = it.schema;
        this.params = {};
        this.it = it;
        this.def = def;
        if (this.$data) {
          this.schemaCode = it.gen.const("vSchema", getData(this.$data, it));
        } else {
          this.schemaCode = this.schemaValue;
          if (!(0, keyword_1.validSchemaType)(this.schema, def.schemaType, def.allowUndefined)) {
            throw new Error(`${keyword} value must be ${JSON.stringify(def.schemaType)}`);
          }
        }
        if ("code" in def ? def.trackErrors : def.errors !== false) {
          this.errsCount = it.gen.const("_errs", names_1.default.errors);
        }
      }
      result(condition, successAction, failAction) {
        this.failResult((0, codegen_1.not)(condition), successAction, failAction);
      }
      failResult(condition, successAction, failAction) {
        this.gen.if(condition);
        if (failAction)
          failAction();
        else
          this.error();
        if (successAction) {
          this.gen.else();
          successAction();
          if (this.allErrors)
            this.gen.endIf();
        } else {
          if (this.allErrors)
            this.gen.endIf();
          else
            this.gen.else();
        }
      }
      pass(condition, failAction) {
        this.failResult((0, codegen_1.not)(condition), void 0, failAction);
      }
      fail(condition) {
        if (condition === void 0) {
          this.error();
          if (!this.allErrors)
            this.gen.if(false);
          return;
        }
        this.gen.if(condition);
        this.error();
        if (this.allErrors)
          this.gen.endIf();
        else
          this.gen.else();
      }
      fail$data(condition) {
        if (!this.$data)
          return this.fail(condition);
        const { schemaCode } = this;
        this.fail((0, codegen_1._)`${schemaCode} !== undefined && (${(0, codegen_1.or)(this.invalid$data(), condition)})`);
      }
      error(append, errorParams, errorPaths) {
        if (errorParams) {
          this.setParams(errorParams);
          this._error(append, errorPaths);
          this.setParams({});
          return;
        }
        this._error(append, errorPaths);
      }
      _error(append, errorPaths) {
        ;
        (append ? errors_1.reportExtraError : errors_1.reportError)(this, this.def.error, errorPaths);
      }
      $dataError() {
        (0, errors_1.reportError)(this, this.def.$dataError || errors_1.keyword$DataError);
      }
      reset() {
        if (this.errsCount === void 0)
          throw new Error('add "trackErrors" to keyword definition');
        (0, errors_1.resetErrorsCount)(this.gen, this.errsCount);
      }
      ok(cond) {
        if (!this.allErrors)
          this.gen.if(cond);
      }
      setParams(obj, assign) {
        if (assign)
          Object.assign(this.params, obj);
        else
          this.params = obj;
      }
      block$data(valid, codeBlock, $dataValid = codegen_1.nil) {
        this.gen.block(() => {
          this.check$data(valid, $dataValid);
          codeBlock();
        });
      }
      check$data(valid = codegen_1.nil, $dataValid = codegen_1.nil) {
        if (!this.$data)
          return;
        const { gen, schemaCode, schemaType, def } = this;
        gen.if((0, codegen_1.or)((0, codegen_1._)`${schemaCode} === undefined`, $dataValid));
        if (valid !== codegen_1.nil)
          gen.assign(valid, true);
        if (schemaType.length || def.validateSchema) {
          gen.elseIf(this.invalid$data());
          this.$dataError();
          if (valid !== codegen_1.nil)
            gen.assign(valid, false);
        }
        gen.else();
      }
      invalid$data() {
        const { gen, schemaCode, schemaType, def, it } = this;
        return (0, codegen_1.or)(wrong$DataType(), invalid$DataSchema());
        function wrong$DataType() {
          if (schemaType.length) {
            if (!(schemaCode instanceof codegen_1.Name))
              throw new Error("ajv implementation error");
            const st = Array.isArray(schemaType) ? schemaType : [schemaType];
            return (0, codegen_1._)`${(0, dataType_2.checkDataTypes)(st, schemaCode, it.opts.strictNumbers, dataType_2.DataType.Wrong)}`;
          }
          return codegen_1.nil;
        }
        function invalid$DataSchema() {
          if (def.validateSchema) {
            const validateSchemaRef = gen.scopeValue("validate$data", { ref: def.validateSchema });
            return (0, codegen_1._)`!${validateSchemaRef}(${schemaCode})`;
          }
          return codegen_1.nil;
        }
      }
      subschema(appl, valid) {
        const subschema = (0, subschema_1.getSubschema)(this.it, appl);
        (0, subschema_1.extendSubschemaData)(subschema, this.it, appl);
        (0, subschema_1.extendSubschemaMode)(subschema, appl);
        const nextContext = { ...this.it, ...subschema, items: void 0, props: void 0 };
        subschemaCode(nextContext, valid);
        return nextContext;
      }
      mergeEvaluated(schemaCxt, toName) {
        const { it, gen } = this;
        if (!it.opts.unevaluated)
          return;
        if (it.props !== true && schemaCxt.props !== void 0) {
          it.props = util_1.mergeEvaluated.props(gen, schemaCxt.props, it.props, toName);
        }
        if (it.items !== true && schemaCxt.items !== void 0) {
          it.items = util_1.mergeEvaluated.items(gen, schemaCxt.items, it.items, toName);
        }
      }
      mergeValidEvaluated(schemaCxt, valid) {
        const { it, gen } = this;
        if (it.opts.unevaluated && (it.props !== true || it.items !== true)) {
          gen.if(valid, () => this.mergeEvaluated(schemaCxt, codegen_1.Name));
          return true;
        }
      }
    };
    exports.KeywordCxt = KeywordCxt;
    function keywordCode(it, keyword, def, ruleType) {
      const cxt = new KeywordCxt(it, def, keyword);
      if ("code" in def) {
        def.code(cxt, ruleType);
      } else if (cxt.$data && def.validate) {
        (0, keyword_1.funcKeywordCode)(cxt, def);
      } else if ("macro" in def) {
        (0, keyword_1.macroKeywordCode)(cxt, def);
      } else if (def.compile || def.validate) {
        (0, keyword_1.funcKeywordCode)(cxt, def);
      }
    }
    var JSON_POINTER = /^\/(?:[^~]|~0|~1)*$/;
    var RELATIVE_JSON_POINTER = /^([0-9]+)(#|\/(?:[^~]|~0|~1)*)?$/;
    function getData($data, { dataLevel, dataNames, dataPathArr }) {
      let jsonPointer;
      let data;
      if ($data === "")
        return names_1.default.rootData;
      if ($data[0] === "/") {
        if (!JSON_POINTER.test($data))
          throw new Error(`Invalid JSON-pointer: ${$data}`);
        jsonPointer = $data;
        data = names_1.default.rootData;
      } else {
        const matches = RELATIVE_JSON_POINTER.exec($data);
        if (!matches)
          throw new Error(`Invalid JSON-pointer: ${$data}`);
        const up = +matches[1];
        jsonPointer = matches[2];
        if (jsonPointer === "#") {
          if (up >= dataLevel)
            throw new Error(errorMsg("property/index", up));
          return dataPathArr[dataLevel - up];
        }
        if (up > dataLevel)
          throw new Error(errorMsg("data", up));
        data = dataNames[dataLevel - up];
        if (!jsonPointer)
          return data;
      }
      let expr = data;
      const segments = jsonPointer.split("/");
      for (const segment of segments) {
        if (segment) {
          data = (0, codegen_1._)`${data}${(0, codegen_1.getProperty)((0, util_1.unescapeJsonPointer)(segment))}`;
          expr = (0, codegen_1._)`${expr} && ${data}`;
        }
      }
      return expr;
      function errorMsg(pointerType, up) {
        return `Cannot access ${pointerType} ${up} levels up, current level is ${dataLevel}`;
      }
    }
    exports.getData = getData;
  }
});

// node_modules/ajv/dist/runtime/validation_error.js
var require_validation_error = __commonJS({
  "node_modules/ajv/dist/runtime/validation_error.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var ValidationError = class extends Error {
      constructor(errors) {
        super("validation failed");
        this.errors = errors;
        this.ajv = this.validation = true;
      }
    };
    exports.default = ValidationError;
  }
});

// node_modules/ajv/dist/compile/ref_error.js
var require_ref_error = __commonJS({
  "node_modules/ajv/dist/compile/ref_error.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var resolve_1 = require_resolve();
    var MissingRefError = class extends Error {
      constructor(resolver, baseId, ref, msg) {
        super(msg || `can't resolve reference ${ref} from id ${baseId}`);
        this.missingRef = (0, resolve_1.resolveUrl)(resolver, baseId, ref);
        this.missingSchema = (0, resolve_1.normalizeId)((0, resolve_1.getFullPath)(resolver, this.missingRef));
      }
    };
    exports.default = MissingRefError;
  }
});

// node_modules/ajv/dist/compile/index.js
var require_compile = __commonJS({
  "node_modules/ajv/dist/compile/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.resolveSchema = exports.getCompilingSchema = exports.resolveRef = exports.compileSchema = exports.SchemaEnv = void 0;
    var codegen_1 = require_codegen();
    var validation_error_1 = require_validation_error();
    var names_1 = require_names();
    var resolve_1 = require_resolve();
    var util_1 = require_util();
    var validate_1 = require_validate();
    var SchemaEnv = class {
      constructor(env) {
        var _a;
        this.refs = {};
        this.dynamicAnchors = {};
        let schema;
        if (typeof env.schema == "object")
          schema = env.schema;
        this.schema = env.schema;
        this.schemaId = env.schemaId;
        this.root = env.root || this;
        this.baseId = (_a = env.baseId) !== null && _a !== void 0 ? _a : (0, resolve_1.normalizeId)(schema === null || schema === void 0 ? void 0 : schema[env.schemaId || "$id"]);
        this.schemaPath = env.schemaPath;
        this.localRefs = env.localRefs;
        this.meta = env.meta;
        this.$async = schema === null || schema === void 0 ? void 0 : schema.$async;
        this.refs = {};
      }
    };
    exports.SchemaEnv = SchemaEnv;
    function compileSchema(sch) {
      const _sch = getCompilingSchema.call(this, sch);
      if (_sch)
        return _sch;
      const rootId = (0, resolve_1.getFullPath)(this.opts.uriResolver, sch.root.baseId);
      const { es5, lines } = this.opts.code;
      const { ownProperties } = this.opts;
      const gen = new codegen_1.CodeGen(this.scope, { es5, lines, ownProperties });
      let _ValidationError;
      if (sch.$async) {
        _ValidationError = gen.scopeValue("Error", {
          ref: validation_error_1.default,
          code: (0, codegen_1._)`require("ajv/dist/runtime/validation_error").default`
        });
      }
      const validateName = gen.scopeName("validate");
      sch.validateName = validateName;
      const schemaCxt = {
        gen,
        allErrors: this.opts.allErrors,
        data: names_1.default.data,
        parentData: names_1.default.parentData,
        parentDataProperty: names_1.default.parentDataProperty,
        dataNames: [names_1.default.data],
        dataPathArr: [codegen_1.nil],
        // TODO can its length be used as dataLevel if nil is removed?
        dataLevel: 0,
        dataTypes: [],
        definedProperties: /* @__PURE__ */ new Set(),
        topSchemaRef: gen.scopeValue("schema", this.opts.code.source === true ? { ref: sch.schema, code: (0, codegen_1.stringify)(sch.schema) } : { ref: sch.schema }),
        validateName,
        ValidationError: _ValidationError,
        schema: sch.schema,
        schemaEnv: sch,
        rootId,
        baseId: sch.baseId || rootId,
        schemaPath: codegen_1.nil,
        errSchemaPath: sch.schemaPath || (this.opts.jtd ? "" : "#"),
        errorPath: (0, codegen_1._)`""`,
        opts: this.opts,
        self: this
      };
      let sourceCode;
      try {
        this._compilations.add(sch);
        (0, validate_1.validateFunctionCode)(schemaCxt);
        gen.optimize(this.opts.code.optimize);
        const validateCode = gen.toString();
        sourceCode = `${gen.scopeRefs(names_1.default.scope)}return ${validateCode}`;
        if (this.opts.code.process)
          sourceCode = this.opts.code.process(sourceCode, sch);
        const makeValidate = new Function(`${names_1.default.self}`, `${names_1.default.scope}`, sourceCode);
        const validate2 = makeValidate(this, this.scope.get());
        this.scope.value(validateName, { ref: validate2 });
        validate2.errors = null;
        validate2.schema = sch.schema;
        validate2.schemaEnv = sch;
        if (sch.$async)
          validate2.$async = true;
        if (this.opts.code.source === true) {
          validate2.source = { validateName, validateCode, scopeValues: gen._values };
        }
        if (this.opts.unevaluated) {
          const { props: props2, items } = schemaCxt;
          validate2.evaluated = {
            props: props2 instanceof codegen_1.Name ? void 0 : props2,
            items: items instanceof codegen_1.Name ? void 0 : items,
            dynamicProps: props2 instanceof codegen_1.Name,
            dynamicItems: items instanceof codegen_1.Name
          };
          if (validate2.source)
            validate2.source.evaluated = (0, codegen_1.stringify)(validate2.evaluated);
        }
        sch.validate = validate2;
        return sch;
      } catch (e) {
        delete sch.validate;
        delete sch.validateName;
        if (sourceCode)
          this.logger.error("Error compiling schema, function code:", sourceCode);
        throw e;
      } finally {
        this._compilations.delete(sch);
      }
    }
    exports.compileSchema = compileSchema;
    function resolveRef2(root, baseId, ref) {
      var _a;
      ref = (0, resolve_1.resolveUrl)(this.opts.uriResolver, baseId, ref);
      const schOrFunc = root.refs[ref];
      if (schOrFunc)
        return schOrFunc;
      let _sch = resolve.call(this, root, ref);
      if (_sch === void 0) {
        const schema = (_a = root.localRefs) === null || _a === void 0 ? void 0 : _a[ref];
        const { schemaId } = this.opts;
        if (schema)
          _sch = new SchemaEnv({ schema, schemaId, root, baseId });
      }
      if (_sch === void 0)
        return;
      return root.refs[ref] = inlineOrCompile.call(this, _sch);
    }
    exports.resolveRef = resolveRef2;
    function inlineOrCompile(sch) {
      if ((0, resolve_1.inlineRef)(sch.schema, this.opts.inlineRefs))
        return sch.schema;
      return sch.validate ? sch : compileSchema.call(this, sch);
    }
    function getCompilingSchema(schEnv) {
      for (const sch of this._compilations) {
        if (sameSchemaEnv(sch, schEnv))
          return sch;
      }
    }
    exports.getCompilingSchema = getCompilingSchema;
    function sameSchemaEnv(s1, s2) {
      return s1.schema === s2.schema && s1.root === s2.root && s1.baseId === s2.baseId;
    }
    function resolve(root, ref) {
      let sch;
      while (typeof (sch = this.refs[ref]) == "string")
        ref = sch;
      return sch || this.schemas[ref] || resolveSchema.call(this, root, ref);
    }
    function resolveSchema(root, ref) {
      const p = this.opts.uriResolver.parse(ref);
      const refPath = (0, resolve_1._getFullPath)(this.opts.uriResolver, p);
      let baseId = (0, resolve_1.getFullPath)(this.opts.uriResolver, root.baseId, void 0);
      if (Object.keys(root.schema).length > 0 && refPath === baseId) {
        return getJsonPointer.call(this, p, root);
      }
      const id = (0, resolve_1.normalizeId)(refPath);
      const schOrRef = this.refs[id] || this.schemas[id];
      if (typeof schOrRef == "string") {
        const sch = resolveSchema.call(this, root, schOrRef);
        if (typeof (sch === null || sch === void 0 ? void 0 : sch.schema) !== "object")
          return;
        return getJsonPointer.call(this, p, sch);
      }
      if (typeof (schOrRef === null || schOrRef === void 0 ? void 0 : schOrRef.schema) !== "object")
        return;
      if (!schOrRef.validate)
        compileSchema.call(this, schOrRef);
      if (id === (0, resolve_1.normalizeId)(ref)) {
        const { schema } = schOrRef;
        const { schemaId } = this.opts;
        const schId = schema[schemaId];
        if (schId)
          baseId = (0, resolve_1.resolveUrl)(this.opts.uriResolver, baseId, schId);
        return new SchemaEnv({ schema, schemaId, root, baseId });
      }
      return getJsonPointer.call(this, p, schOrRef);
    }
    exports.resolveSchema = resolveSchema;
    var PREVENT_SCOPE_CHANGE = /* @__PURE__ */ new Set([
      "properties",
      "patternProperties",
      "enum",
      "dependencies",
      "definitions"
    ]);
    function getJsonPointer(parsedRef, { baseId, schema, root }) {
      var _a;
      if (((_a = parsedRef.fragment) === null || _a === void 0 ? void 0 : _a[0]) !== "/")
        return;
      for (const part of parsedRef.fragment.slice(1).split("/")) {
        if (typeof schema === "boolean")
          return;
        const partSchema = schema[(0, util_1.unescapeFragment)(part)];
        if (partSchema === void 0)
          return;
        schema = partSchema;
        const schId = typeof schema === "object" && schema[this.opts.schemaId];
        if (!PREVENT_SCOPE_CHANGE.has(part) && schId) {
          baseId = (0, resolve_1.resolveUrl)(this.opts.uriResolver, baseId, schId);
        }
      }
      let env;
      if (typeof schema != "boolean" && schema.$ref && !(0, util_1.schemaHasRulesButRef)(schema, this.RULES)) {
        const $ref = (0, resolve_1.resolveUrl)(this.opts.uriResolver, baseId, schema.$ref);
        env = resolveSchema.call(this, root, $ref);
      }
      const { schemaId } = this.opts;
      env = env || new SchemaEnv({ schema, schemaId, root, baseId });
      if (env.schema !== env.root.schema)
        return env;
      return void 0;
    }
  }
});

// node_modules/ajv/dist/refs/data.json
var require_data = __commonJS({
  "node_modules/ajv/dist/refs/data.json"(exports, module) {
    module.exports = {
      $id: "https://raw.githubusercontent.com/ajv-validator/ajv/master/lib/refs/data.json#",
      description: "Meta-schema for $data reference (JSON AnySchema extension proposal)",
      type: "object",
      required: ["$data"],
      properties: {
        $data: {
          type: "string",
          anyOf: [{ format: "relative-json-pointer" }, { format: "json-pointer" }]
        }
      },
      additionalProperties: false
    };
  }
});

// node_modules/fast-uri/lib/utils.js
var require_utils = __commonJS({
  "node_modules/fast-uri/lib/utils.js"(exports, module) {
    "use strict";
    var isUUID = RegExp.prototype.test.bind(/^[\da-f]{8}-[\da-f]{4}-[\da-f]{4}-[\da-f]{4}-[\da-f]{12}$/iu);
    var isIPv4 = RegExp.prototype.test.bind(/^(?:(?:25[0-5]|2[0-4]\d|1\d{2}|[1-9]\d|\d)\.){3}(?:25[0-5]|2[0-4]\d|1\d{2}|[1-9]\d|\d)$/u);
    var isPort = RegExp.prototype.test.bind(/^\d*$/u);
    var isHexPair = RegExp.prototype.test.bind(/^[\da-f]{2}$/iu);
    var isUnreserved = RegExp.prototype.test.bind(/^[\da-z\-._~]$/iu);
    var isPathCharacter = RegExp.prototype.test.bind(/^[A-Za-z0-9\-._~!$&'()*+,;=:@/]$/u);
    var isQueryFragmentCharacter = RegExp.prototype.test.bind(/^[A-Za-z0-9\-._~!$&'()*+,;=:@/?]$/u);
    var isUserinfoCharacter = RegExp.prototype.test.bind(/^[A-Za-z0-9\-._~!$&'()*+,;=:]$/u);
    var BYTE_HEX = new Array(256);
    {
      const HEX_DIGITS = "0123456789ABCDEF";
      for (let i = 0; i < 256; i++) {
        BYTE_HEX[i] = "%" + HEX_DIGITS[i >> 4] + HEX_DIGITS[i & 15];
      }
    }
    function percentEncodeNonAscii(cp) {
      if (cp < 2048) {
        return BYTE_HEX[192 | cp >> 6] + BYTE_HEX[128 | cp & 63];
      }
      if (cp < 65536) {
        return BYTE_HEX[224 | cp >> 12] + BYTE_HEX[128 | cp >> 6 & 63] + BYTE_HEX[128 | cp & 63];
      }
      return BYTE_HEX[240 | cp >> 18] + BYTE_HEX[128 | cp >> 12 & 63] + BYTE_HEX[128 | cp >> 6 & 63] + BYTE_HEX[128 | cp & 63];
    }
    function stringArrayToHexStripped(input) {
      let acc = "";
      let code = 0;
      let i = 0;
      for (i = 0; i < input.length; i++) {
        code = input[i].charCodeAt(0);
        if (code === 48) {
          continue;
        }
        if (!(code >= 48 && code <= 57 || code >= 65 && code <= 70 || code >= 97 && code <= 102)) {
          return "";
        }
        acc += input[i];
        break;
      }
      for (i += 1; i < input.length; i++) {
        code = input[i].charCodeAt(0);
        if (!(code >= 48 && code <= 57 || code >= 65 && code <= 70 || code >= 97 && code <= 102)) {
          return "";
        }
        acc += input[i];
      }
      return acc;
    }
    var isHextet = RegExp.prototype.test.bind(/^[\dA-Fa-f]{1,4}$/);
    var isIPvFuture = RegExp.prototype.test.bind(/^[vV][\dA-Fa-f]+\.[A-Za-z\d\-._~!$&'()*+,;=:]+$/);
    var isZoneCharacter = RegExp.prototype.test.bind(/^[A-Za-z\d\-._~]$/);
    var nonSimpleDomain = RegExp.prototype.test.bind(/[^!"$&'()*+,\-.;=_`a-z{}~]/u);
    function isZoneIdentifier(zone) {
      if (zone.length === 0) return false;
      for (let i = 0; i < zone.length; i++) {
        if (isZoneCharacter(zone[i])) continue;
        if (zone[i] === "%" && i + 2 < zone.length && isHexPair(zone.slice(i + 1, i + 3))) {
          i += 2;
          continue;
        }
        return false;
      }
      return true;
    }
    function compressIPv6ZeroRun(hextets) {
      let bestStart = -1;
      let bestLength = 0;
      let runStart = -1;
      let runLength = 0;
      for (let i = 0; i < hextets.length; i++) {
        if (hextets[i] === "0") {
          if (runStart === -1) runStart = i;
          runLength++;
          if (runLength > bestLength) {
            bestLength = runLength;
            bestStart = runStart;
          }
        } else {
          runStart = -1;
          runLength = 0;
        }
      }
      if (bestLength < 2) return hextets.join(":");
      const head = hextets.slice(0, bestStart).join(":");
      const tail = hextets.slice(bestStart + bestLength).join(":");
      return head + "::" + tail;
    }
    function normalizeIPv6Address(input) {
      const compression = input.indexOf("::");
      if (compression !== -1 && input.indexOf("::", compression + 1) !== -1) return void 0;
      const left = compression === -1 ? input.split(":") : input.slice(0, compression).split(":");
      const right = compression === -1 ? [] : input.slice(compression + 2).split(":");
      if (compression !== -1) {
        if (left.length === 1 && left[0] === "") left.length = 0;
        if (right.length === 1 && right[0] === "") right.length = 0;
      }
      const parts = left.concat(right);
      let hextetCount = 0;
      for (let i = 0; i < parts.length; i++) {
        const part = parts[i];
        if (part === "") return void 0;
        if (part.indexOf(".") !== -1) {
          if (i !== parts.length - 1 || compression !== -1 && right.length === 0 || !isIPv4(part)) return void 0;
          hextetCount += 2;
          continue;
        }
        if (!isHextet(part)) return void 0;
        parts[i] = parseInt(part, 16).toString(16);
        hextetCount++;
      }
      if (compression === -1) {
        if (hextetCount !== 8) return void 0;
        return compressIPv6ZeroRun(parts);
      }
      if (hextetCount >= 8) return void 0;
      const expanded = parts.slice(0, left.length);
      for (let i = hextetCount; i < 8; i++) expanded.push("0");
      for (let i = left.length; i < parts.length; i++) expanded.push(parts[i]);
      return compressIPv6ZeroRun(expanded);
    }
    function normalizeIPv6(host) {
      const bracketed = host[0] === "[" && host[host.length - 1] === "]";
      const hasBracket = host[0] === "[" || host[host.length - 1] === "]";
      if (hasBracket && !bracketed) return { host, isIPV6: false, error: true };
      let input = bracketed ? host.slice(1, -1) : host;
      if (bracketed && isIPvFuture(input)) {
        input = input.toLowerCase();
        return { host: `[${input}]`, escapedHost: input, isIPV6: false, isIPVFuture: true };
      }
      if (findToken(input, ":") < 2) {
        return { host, isIPV6: false, error: bracketed };
      }
      let zoneIdentifier = "";
      const zoneSeparator = input.indexOf("%");
      if (zoneSeparator !== -1) {
        const separatorLength = input.slice(zoneSeparator, zoneSeparator + 3).toLowerCase() === "%25" ? 3 : 1;
        zoneIdentifier = input.slice(zoneSeparator + separatorLength);
        if (!isZoneIdentifier(zoneIdentifier)) return { host, isIPV6: false, error: true };
        input = input.slice(0, zoneSeparator);
      }
      const address = normalizeIPv6Address(input);
      if (address === void 0) return { host, isIPV6: false, error: true };
      return {
        host: address + (zoneIdentifier ? "%" + zoneIdentifier : ""),
        escapedHost: address + (zoneIdentifier ? "%25" + zoneIdentifier : ""),
        isIPV6: true
      };
    }
    function findToken(str2, token) {
      let ind = 0;
      for (let i = 0; i < str2.length; i++) {
        if (str2[i] === token) ind++;
      }
      return ind;
    }
    function removeDotSegments(path31) {
      let input = path31;
      const output = [];
      let nextSlash = -1;
      let len = 0;
      while (len = input.length) {
        if (len === 1) {
          if (input === ".") {
            break;
          } else if (input === "/") {
            output.push("/");
            break;
          } else {
            output.push(input);
            break;
          }
        } else if (len === 2) {
          if (input[0] === ".") {
            if (input[1] === ".") {
              break;
            } else if (input[1] === "/") {
              input = input.slice(2);
              continue;
            }
          } else if (input[0] === "/") {
            if (input[1] === "." || input[1] === "/") {
              output.push("/");
              break;
            }
          }
        } else if (len === 3) {
          if (input === "/..") {
            if (output.length !== 0) {
              output.pop();
            }
            output.push("/");
            break;
          }
        }
        if (input[0] === ".") {
          if (input[1] === ".") {
            if (input[2] === "/") {
              input = input.slice(3);
              continue;
            }
          } else if (input[1] === "/") {
            input = input.slice(2);
            continue;
          }
        } else if (input[0] === "/") {
          if (input[1] === ".") {
            if (input[2] === "/") {
              input = input.slice(2);
              continue;
            } else if (input[2] === ".") {
              if (input[3] === "/") {
                input = input.slice(3);
                if (output.length !== 0) {
                  output.pop();
                }
                continue;
              }
            }
          }
        }
        if ((nextSlash = input.indexOf("/", 1)) === -1) {
          output.push(input);
          break;
        } else {
          output.push(input.slice(0, nextSlash));
          input = input.slice(nextSlash);
        }
      }
      return output.join("");
    }
    function removeDotSegmentsRelative(path31) {
      if (path31 === "" || path31[0] === "/") {
        return removeDotSegments(path31);
      }
      const segments = path31.split("/");
      const last = segments.length - 1;
      const output = [];
      let trailingDirectory = false;
      for (let i = 0; i <= last; i++) {
        const segment = segments[i];
        if (segment === "." || segment === "..") {
          if (segment === "..") {
            if (output.length !== 0 && output[output.length - 1] !== "..") {
              output.pop();
            } else {
              output.push("..");
            }
          }
          trailingDirectory = i === last;
        } else {
          output.push(segment);
        }
      }
      if (trailingDirectory && output[output.length - 1] !== "..") {
        output.push("");
      }
      if (output.length === 0 || output[0] === "" || output[0].includes(":")) {
        output.unshift(".");
      }
      return output.join("/");
    }
    var HOST_DELIMS = { "@": "%40", "/": "%2F", "?": "%3F", "#": "%23", ":": "%3A" };
    var HOST_DELIM_RE = /[@/?#:]/g;
    var HOST_DELIM_NO_COLON_RE = /[@/?#]/g;
    function reescapeHostDelimiters(host, isIP) {
      const re = isIP ? HOST_DELIM_NO_COLON_RE : HOST_DELIM_RE;
      re.lastIndex = 0;
      return host.replace(re, (ch) => HOST_DELIMS[ch]);
    }
    function normalizePercentEncoding(input, decodeUnreserved = false) {
      if (input.indexOf("%") === -1) {
        return input;
      }
      let output = "";
      for (let i = 0; i < input.length; i++) {
        if (input[i] === "%" && i + 2 < input.length) {
          const hex = input.slice(i + 1, i + 3);
          if (isHexPair(hex)) {
            const normalizedHex = hex.toUpperCase();
            const decoded = String.fromCharCode(parseInt(normalizedHex, 16));
            if (decodeUnreserved && isUnreserved(decoded)) {
              output += decoded;
            } else {
              output += "%" + normalizedHex;
            }
            i += 2;
            continue;
          }
        }
        output += input[i];
      }
      return output;
    }
    function normalizePathEncoding(input) {
      let output = "";
      for (let i = 0; i < input.length; i++) {
        const ch = input[i];
        if (ch === "%" && i + 2 < input.length) {
          const hex = input.slice(i + 1, i + 3);
          if (isHexPair(hex)) {
            const normalizedHex = hex.toUpperCase();
            const decoded = String.fromCharCode(parseInt(normalizedHex, 16));
            if (decoded !== "." && isUnreserved(decoded)) {
              output += decoded;
            } else {
              output += "%" + normalizedHex;
            }
            i += 2;
            continue;
          }
        }
        if (isPathCharacter(ch)) {
          output += ch;
        } else {
          const code = input.charCodeAt(i);
          if (code < 128) {
            output += isEscapeSafe(code) ? ch : BYTE_HEX[code];
          } else if (code < 55296 || code > 57343) {
            output += percentEncodeNonAscii(code);
          } else if (code <= 56319 && i + 1 < input.length) {
            const low = input.charCodeAt(i + 1);
            if (low >= 56320 && low <= 57343) {
              output += percentEncodeNonAscii(65536 + (code - 55296 << 10) + (low - 56320));
              i++;
            } else {
              output += percentEncodeNonAscii(65533);
            }
          } else {
            output += percentEncodeNonAscii(65533);
          }
        }
      }
      return output;
    }
    function serializePathEncoding(input, pathNoScheme = false) {
      let output = "";
      let firstSegment = pathNoScheme && input[0] !== "/";
      for (let i = 0; i < input.length; i++) {
        const ch = input[i];
        if (ch === "%" && i + 2 < input.length) {
          const hex = input.slice(i + 1, i + 3);
          if (isHexPair(hex)) {
            output += "%" + hex.toUpperCase();
            i += 2;
            continue;
          }
        }
        if (ch === "/") {
          firstSegment = false;
        }
        if (isPathCharacter(ch) && (ch !== ":" || !firstSegment)) {
          output += ch;
        } else {
          const code = input.charCodeAt(i);
          if (code < 128) {
            output += BYTE_HEX[code];
          } else if (code < 55296 || code > 57343) {
            output += percentEncodeNonAscii(code);
          } else if (code <= 56319 && i + 1 < input.length) {
            const low = input.charCodeAt(i + 1);
            if (low >= 56320 && low <= 57343) {
              output += percentEncodeNonAscii(65536 + (code - 55296 << 10) + (low - 56320));
              i++;
            } else {
              output += percentEncodeNonAscii(65533);
            }
          } else {
            output += percentEncodeNonAscii(65533);
          }
        }
      }
      return output;
    }
    function encodeComponent(input, isAllowed) {
      let output = "";
      for (let i = 0; i < input.length; i++) {
        const ch = input[i];
        if (ch === "%" && i + 2 < input.length) {
          const hex = input.slice(i + 1, i + 3);
          if (isHexPair(hex)) {
            output += "%" + hex.toUpperCase();
            i += 2;
            continue;
          }
        }
        if (isAllowed(ch)) {
          output += ch;
        } else {
          const code = input.charCodeAt(i);
          if (code < 128) {
            output += BYTE_HEX[code];
          } else if (code < 55296 || code > 57343) {
            output += percentEncodeNonAscii(code);
          } else if (code <= 56319 && i + 1 < input.length) {
            const low = input.charCodeAt(i + 1);
            if (low >= 56320 && low <= 57343) {
              output += percentEncodeNonAscii(65536 + (code - 55296 << 10) + (low - 56320));
              i++;
            } else {
              output += percentEncodeNonAscii(65533);
            }
          } else {
            output += percentEncodeNonAscii(65533);
          }
        }
      }
      return output;
    }
    function encodeUserinfo(input) {
      return encodeComponent(input, isUserinfoCharacter);
    }
    function encodeQuery(input) {
      return encodeComponent(input, isQueryFragmentCharacter);
    }
    function encodeFragment(input) {
      return encodeComponent(input, isQueryFragmentCharacter);
    }
    function isEscapeSafe(cp) {
      return cp >= 48 && cp <= 57 || cp >= 65 && cp <= 90 || cp >= 97 && cp <= 122 || cp === 42 || cp === 43 || cp === 45 || cp === 46 || cp === 47 || cp === 64 || cp === 95;
    }
    function normalizeQueryFragmentEncoding(input) {
      let output = "";
      for (let i = 0; i < input.length; i++) {
        const ch = input[i];
        if (ch === "%" && i + 2 < input.length) {
          const hex = input.slice(i + 1, i + 3);
          if (isHexPair(hex)) {
            const normalizedHex = hex.toUpperCase();
            const decoded = String.fromCharCode(parseInt(normalizedHex, 16));
            if (isUnreserved(decoded)) {
              output += decoded;
            } else {
              output += "%" + normalizedHex;
            }
            i += 2;
            continue;
          }
        }
        if (isQueryFragmentCharacter(ch)) {
          output += ch;
        } else {
          const code = input.charCodeAt(i);
          if (code < 128) {
            output += isEscapeSafe(code) ? ch : BYTE_HEX[code];
          } else if (code < 55296 || code > 57343) {
            output += percentEncodeNonAscii(code);
          } else if (code <= 56319 && i + 1 < input.length) {
            const low = input.charCodeAt(i + 1);
            if (low >= 56320 && low <= 57343) {
              output += percentEncodeNonAscii(65536 + (code - 55296 << 10) + (low - 56320));
              i++;
            } else {
              output += percentEncodeNonAscii(65533);
            }
          } else {
            output += percentEncodeNonAscii(65533);
          }
        }
      }
      return output;
    }
    function escapePreservingEscapes(input) {
      let output = "";
      for (let i = 0; i < input.length; i++) {
        if (input[i] === "%" && i + 2 < input.length) {
          const hex = input.slice(i + 1, i + 3);
          if (isHexPair(hex)) {
            output += "%" + hex.toUpperCase();
            i += 2;
            continue;
          }
        }
        output += escape(input[i]);
      }
      return output;
    }
    function recomposeAuthority(component) {
      const uriTokens = [];
      if (component.userinfo !== void 0) {
        uriTokens.push(encodeUserinfo(component.userinfo));
        uriTokens.push("@");
      }
      if (component.host !== void 0) {
        let host = component.host;
        if (!isIPv4(host)) {
          let ipV6res = normalizeIPv6(host);
          if (ipV6res.isIPV6 !== true && ipV6res.isIPVFuture !== true) {
            host = normalizePercentEncoding(host, true);
            ipV6res = normalizeIPv6(host);
          }
          if (ipV6res.isIPV6 === true || ipV6res.isIPVFuture === true) {
            host = `[${ipV6res.escapedHost}]`;
          } else {
            host = reescapeHostDelimiters(host, false);
          }
        }
        uriTokens.push(host);
      }
      if (typeof component.port === "number" || typeof component.port === "string") {
        const port = String(component.port);
        if (!isPort(port)) {
          throw new TypeError("URI port is malformed.");
        }
        uriTokens.push(":");
        uriTokens.push(port);
      }
      return uriTokens.length ? uriTokens.join("") : void 0;
    }
    module.exports = {
      nonSimpleDomain,
      recomposeAuthority,
      reescapeHostDelimiters,
      normalizePercentEncoding,
      normalizePathEncoding,
      serializePathEncoding,
      normalizeQueryFragmentEncoding,
      encodeUserinfo,
      encodeQuery,
      encodeFragment,
      escapePreservingEscapes,
      removeDotSegments,
      removeDotSegmentsRelative,
      isIPv4,
      isUUID,
      normalizeIPv6,
      stringArrayToHexStripped
    };
  }
});

// node_modules/fast-uri/lib/schemes.js
var require_schemes = __commonJS({
  "node_modules/fast-uri/lib/schemes.js"(exports, module) {
    "use strict";
    var { isUUID } = require_utils();
    var URN_REG = /^([\da-z][\d\-a-z]{0,31}):((?:[\w!$'()*+,\-./:;=@]|%[\da-f]{2})+)$/iu;
    var supportedSchemeNames = (
      /** @type {const} */
      [
        "http",
        "https",
        "ws",
        "wss",
        "urn",
        "urn:uuid"
      ]
    );
    function isValidSchemeName(name) {
      return supportedSchemeNames.indexOf(
        /** @type {*} */
        name
      ) !== -1;
    }
    function wsIsSecure(wsComponent) {
      if (wsComponent.secure === true) {
        return true;
      } else if (wsComponent.secure === false) {
        return false;
      } else if (wsComponent.scheme) {
        return wsComponent.scheme.length === 3 && (wsComponent.scheme[0] === "w" || wsComponent.scheme[0] === "W") && (wsComponent.scheme[1] === "s" || wsComponent.scheme[1] === "S") && (wsComponent.scheme[2] === "s" || wsComponent.scheme[2] === "S");
      } else {
        return false;
      }
    }
    function httpParse(component) {
      if (!component.host) {
        component.error = component.error || "HTTP URIs must have a host.";
      }
      return component;
    }
    function httpSerialize(component) {
      const secure = String(component.scheme).toLowerCase() === "https";
      if (component.port === (secure ? 443 : 80) || component.port === "") {
        component.port = void 0;
      }
      if (!component.path) {
        component.path = "/";
      }
      return component;
    }
    function wsParse(wsComponent) {
      wsComponent.secure = wsIsSecure(wsComponent);
      wsComponent.resourceName = (wsComponent.path || "/") + (wsComponent.query ? "?" + wsComponent.query : "");
      wsComponent.path = void 0;
      wsComponent.query = void 0;
      return wsComponent;
    }
    function wsSerialize(wsComponent) {
      if (wsComponent.port === (wsIsSecure(wsComponent) ? 443 : 80) || wsComponent.port === "") {
        wsComponent.port = void 0;
      }
      if (typeof wsComponent.secure === "boolean") {
        wsComponent.scheme = wsComponent.secure ? "wss" : "ws";
        wsComponent.secure = void 0;
      }
      if (wsComponent.resourceName) {
        const queryIndex = wsComponent.resourceName.indexOf("?");
        const path31 = queryIndex === -1 ? wsComponent.resourceName : wsComponent.resourceName.slice(0, queryIndex);
        wsComponent.path = path31 && path31 !== "/" ? path31 : void 0;
        wsComponent.query = queryIndex === -1 ? void 0 : wsComponent.resourceName.slice(queryIndex + 1);
        wsComponent.resourceName = void 0;
      }
      wsComponent.fragment = void 0;
      return wsComponent;
    }
    function urnParse(urnComponent, options) {
      if (!urnComponent.path) {
        urnComponent.error = "URN can not be parsed";
        return urnComponent;
      }
      const matches = urnComponent.path.match(URN_REG);
      if (matches && matches[0] === urnComponent.path) {
        const scheme = options.scheme || urnComponent.scheme || "urn";
        urnComponent.nid = matches[1].toLowerCase();
        urnComponent.nss = matches[2];
        const urnScheme = `${scheme}:${options.nid || urnComponent.nid}`;
        const schemeHandler = getSchemeHandler(urnScheme);
        urnComponent.path = void 0;
        if (schemeHandler) {
          urnComponent = schemeHandler.parse(urnComponent, options);
        }
      } else {
        urnComponent.error = urnComponent.error || "URN can not be parsed.";
      }
      return urnComponent;
    }
    function urnSerialize(urnComponent, options) {
      if (urnComponent.nid === void 0) {
        throw new Error("URN without nid cannot be serialized");
      }
      const scheme = options.scheme || urnComponent.scheme || "urn";
      const nid = urnComponent.nid.toLowerCase();
      const urnScheme = `${scheme}:${options.nid || nid}`;
      const schemeHandler = getSchemeHandler(urnScheme);
      if (schemeHandler) {
        urnComponent = schemeHandler.serialize(urnComponent, options);
      }
      const uriComponent = urnComponent;
      const nss = urnComponent.nss;
      uriComponent.path = `${nid || options.nid}:${nss}`;
      options.skipEscape = true;
      return uriComponent;
    }
    function urnuuidParse(urnComponent, options) {
      const uuidComponent = urnComponent;
      uuidComponent.uuid = uuidComponent.nss;
      uuidComponent.nss = void 0;
      if (!options.tolerant && (!uuidComponent.uuid || !isUUID(uuidComponent.uuid))) {
        uuidComponent.error = uuidComponent.error || "UUID is not valid.";
      }
      return uuidComponent;
    }
    function urnuuidSerialize(uuidComponent) {
      const urnComponent = uuidComponent;
      urnComponent.nss = (uuidComponent.uuid || "").toLowerCase();
      return urnComponent;
    }
    var http = (
      /** @type {SchemeHandler} */
      {
        scheme: "http",
        domainHost: true,
        parse: httpParse,
        serialize: httpSerialize
      }
    );
    var https = (
      /** @type {SchemeHandler} */
      {
        scheme: "https",
        domainHost: http.domainHost,
        parse: httpParse,
        serialize: httpSerialize
      }
    );
    var ws = (
      /** @type {SchemeHandler} */
      {
        scheme: "ws",
        domainHost: true,
        parse: wsParse,
        serialize: wsSerialize
      }
    );
    var wss = (
      /** @type {SchemeHandler} */
      {
        scheme: "wss",
        domainHost: ws.domainHost,
        parse: ws.parse,
        serialize: ws.serialize
      }
    );
    var urn = (
      /** @type {SchemeHandler} */
      {
        scheme: "urn",
        parse: urnParse,
        serialize: urnSerialize,
        skipNormalize: true
      }
    );
    var urnuuid = (
      /** @type {SchemeHandler} */
      {
        scheme: "urn:uuid",
        parse: urnuuidParse,
        serialize: urnuuidSerialize,
        skipNormalize: true
      }
    );
    var SCHEMES = (
      /** @type {Record<SchemeName, SchemeHandler>} */
      {
        http,
        https,
        ws,
        wss,
        urn,
        "urn:uuid": urnuuid
      }
    );
    Object.setPrototypeOf(SCHEMES, null);
    function getSchemeHandler(scheme) {
      return scheme && (SCHEMES[
        /** @type {SchemeName} */
        scheme
      ] || SCHEMES[
        /** @type {SchemeName} */
        scheme.toLowerCase()
      ]) || void 0;
    }
    module.exports = {
      wsIsSecure,
      SCHEMES,
      isValidSchemeName,
      getSchemeHandler
    };
  }
});

// node_modules/fast-uri/index.js
var require_fast_uri = __commonJS({
  "node_modules/fast-uri/index.js"(exports, module) {
    "use strict";
    var { normalizeIPv6, removeDotSegments, removeDotSegmentsRelative, recomposeAuthority, normalizePercentEncoding, normalizePathEncoding, serializePathEncoding, normalizeQueryFragmentEncoding, encodeQuery, encodeFragment, reescapeHostDelimiters, isIPv4, nonSimpleDomain } = require_utils();
    var { SCHEMES, getSchemeHandler } = require_schemes();
    var VALID_SCHEME = /^[A-Za-z][A-Za-z0-9+.-]*$/u;
    var MALFORMED_SCHEME_ERROR = "URI scheme is malformed.";
    var MALFORMED_HOST_ERROR = "URI host is malformed.";
    var FORBIDDEN_DOMAIN_HOST_CHARACTER = /[\0-\x20"#/:<>?@[\\\]^`{|}\x7F]/u;
    function validateScheme(scheme) {
      const stringScheme = String(scheme);
      if (!VALID_SCHEME.test(stringScheme)) {
        throw new TypeError(MALFORMED_SCHEME_ERROR);
      }
      return stringScheme;
    }
    function normalize(uri, options) {
      if (typeof uri === "string") {
        uri = /** @type {T} */
        normalizeString(uri, options);
      } else if (typeof uri === "object") {
        uri = /** @type {T} */
        parse2(serialize(uri, options), options);
      }
      return uri;
    }
    function resolve(baseURI, relativeURI, options) {
      const schemelessOptions = options ? Object.assign({ scheme: "null" }, options) : { scheme: "null" };
      const {
        parsed: baseParsed,
        malformedAuthorityOrPort: baseMalformed,
        malformedPercentEncoding: baseMalformedPercentEncoding,
        malformedSchemeSpecific: baseMalformedSchemeSpecific,
        malformedHost: baseMalformedHost,
        malformedScheme: baseMalformedScheme
      } = parseWithStatus(baseURI, schemelessOptions);
      const {
        parsed: relativeParsed,
        malformedAuthorityOrPort: relativeMalformed,
        malformedPercentEncoding: relativeMalformedPercentEncoding,
        malformedSchemeSpecific: relativeMalformedSchemeSpecific,
        malformedHost: relativeMalformedHost,
        malformedScheme: relativeMalformedScheme
      } = parseWithStatus(relativeURI, schemelessOptions);
      if (baseMalformed || relativeMalformed || baseMalformedPercentEncoding || relativeMalformedPercentEncoding || baseMalformedSchemeSpecific || relativeMalformedSchemeSpecific || baseMalformedHost || relativeMalformedHost || baseMalformedScheme || relativeMalformedScheme) {
        throw new Error(baseParsed.error || relativeParsed.error || "URI is malformed.");
      }
      const resolved = resolveComponent(baseParsed, relativeParsed, schemelessOptions, true);
      const resolvedSchemeHandler = getSchemeHandler(options && options.scheme || resolved.scheme);
      const resolvedHost = resolved.host;
      const resolvedHostIsIP = resolvedHost !== void 0 && resolvedHost !== "" && (isIPv4(resolvedHost) || normalizeIPv6(resolvedHost).isIPV6);
      if (hasForbiddenDomainHost(resolved, options || {}, resolvedSchemeHandler, resolvedHostIsIP)) {
        throw new Error(MALFORMED_HOST_ERROR);
      }
      canonicalizeHost(resolved, options || {}, resolvedSchemeHandler, resolvedHostIsIP);
      const encodedASCIIHost = resolvedHost && resolvedHost.indexOf("%") !== -1 && !new RegExp("\\P{ASCII}", "u").test(resolvedHost);
      if (resolved.error && !encodedASCIIHost) {
        throw new Error(resolved.error);
      }
      schemelessOptions.skipEscape = true;
      return serialize(resolved, schemelessOptions);
    }
    function resolveComponent(base, relative, options, skipNormalization) {
      const target = {};
      if (!skipNormalization) {
        base = parse2(serialize(base, options), options);
        relative = parse2(serialize(relative, options), options);
      }
      options = options || {};
      if (!options.tolerant && relative.scheme) {
        target.scheme = relative.scheme;
        target.userinfo = relative.userinfo;
        target.host = relative.host;
        target.port = relative.port;
        target.path = removeDotSegments(relative.path || "");
        target.query = relative.query;
      } else {
        if (relative.userinfo !== void 0 || relative.host !== void 0 || relative.port !== void 0) {
          target.userinfo = relative.userinfo;
          target.host = relative.host;
          target.port = relative.port;
          target.path = removeDotSegments(relative.path || "");
          target.query = relative.query;
        } else {
          if (!relative.path) {
            target.path = base.path;
            if (relative.query !== void 0) {
              target.query = relative.query;
            } else {
              target.query = base.query;
            }
          } else {
            if (relative.path[0] === "/") {
              target.path = removeDotSegments(relative.path);
            } else {
              const baseHasAuthority = base.userinfo !== void 0 || base.host !== void 0 || base.port !== void 0;
              if (baseHasAuthority && !base.path) {
                target.path = "/" + relative.path;
              } else if (!base.path) {
                target.path = relative.path;
              } else {
                target.path = base.path.slice(0, base.path.lastIndexOf("/") + 1) + relative.path;
              }
              target.path = base.scheme === void 0 && !baseHasAuthority && target.path[0] !== "/" ? removeDotSegmentsRelative(target.path) : removeDotSegments(target.path);
            }
            target.query = relative.query;
          }
          target.userinfo = base.userinfo;
          target.host = base.host;
          target.port = base.port;
        }
        target.scheme = base.scheme;
      }
      target.fragment = relative.fragment;
      return target;
    }
    function equal(uriA, uriB, options) {
      const normalizedA = normalizeComparableURI(uriA, options);
      const normalizedB = normalizeComparableURI(uriB, options);
      return normalizedA !== void 0 && normalizedB !== void 0 && normalizedA === normalizedB;
    }
    function serialize(cmpts, opts) {
      const component = {
        host: cmpts.host,
        scheme: cmpts.scheme,
        userinfo: cmpts.userinfo,
        port: cmpts.port,
        path: cmpts.path,
        query: cmpts.query,
        nid: cmpts.nid,
        nss: cmpts.nss,
        uuid: cmpts.uuid,
        fragment: cmpts.fragment,
        reference: cmpts.reference,
        resourceName: cmpts.resourceName,
        secure: cmpts.secure,
        error: ""
      };
      const options = Object.assign({}, opts);
      const uriTokens = [];
      if (component.scheme) {
        component.scheme = validateScheme(component.scheme);
      }
      const schemeHandler = getSchemeHandler(options.scheme || component.scheme);
      if (schemeHandler && schemeHandler.serialize) schemeHandler.serialize(component, options);
      const hasAuthority = component.userinfo !== void 0 || component.host !== void 0 || component.port !== void 0;
      const schemelessReference = (component.scheme === void 0 || options.reference === "suffix") && !hasAuthority;
      const pathNoScheme = !options.skipEscape && schemelessReference;
      if (component.path !== void 0) {
        if (!options.skipEscape) {
          component.path = serializePathEncoding(component.path, pathNoScheme);
        } else {
          component.path = normalizePercentEncoding(component.path);
        }
      }
      if (options.reference !== "suffix" && component.scheme) {
        component.scheme = validateScheme(component.scheme);
        uriTokens.push(component.scheme, ":");
      }
      const authority = recomposeAuthority(component);
      if (authority !== void 0) {
        if (options.reference !== "suffix") {
          uriTokens.push("//");
        }
        uriTokens.push(authority);
        if (component.path && component.path[0] !== "/") {
          uriTokens.push("/");
        }
      }
      if (component.path !== void 0) {
        let s = component.path;
        if (!options.absolutePath && (!schemeHandler || !schemeHandler.absolutePath)) {
          s = schemelessReference && s[0] !== "/" ? removeDotSegmentsRelative(s) : removeDotSegments(s);
        }
        if (schemelessReference) {
          s = serializePathEncoding(s, true);
        }
        if (authority === void 0 && s[0] === "/" && s[1] === "/") {
          s = "/%2F" + s.slice(2);
        }
        uriTokens.push(s);
      }
      if (component.query !== void 0) {
        uriTokens.push("?", encodeQuery(component.query));
      }
      if (component.fragment !== void 0) {
        uriTokens.push("#", encodeFragment(component.fragment));
      }
      return uriTokens.join("");
    }
    var URI_PARSE = /^(?:([^#/:?]+):)?(?:\/\/((?:([^#/?@]*)@)?(\[[^#/?\]]+\]|[^#/:?]*)(?::(\d*))?))?([^#?]*)(?:\?([^#]*))?(?:#((?:.|[\n\r])*))?/u;
    var AUTHORITY_PREFIX = /^(?:[^#/:?]+:)?\/\/([^/?#]*)/;
    var AUTHORITY_INTRODUCER_REGION = /^(?:[^#/:?]+:)?([/\\\t\n\r]*)/;
    function getParseError(parsed, matches) {
      if (matches[2] !== void 0 && parsed.path && parsed.path[0] !== "/") {
        return 'URI path must start with "/" when authority is present.';
      }
      if (typeof parsed.port === "number" && (parsed.port < 0 || parsed.port > 65535)) {
        return "URI port is malformed.";
      }
      return void 0;
    }
    function hasMalformedPercentEncoding(component) {
      if (component === void 0) return false;
      let percent = component.indexOf("%");
      while (percent !== -1) {
        if (percent + 2 >= component.length || !/^[\da-f]{2}$/iu.test(component.slice(percent + 1, percent + 3))) {
          return true;
        }
        percent = component.indexOf("%", percent + 3);
      }
      return false;
    }
    function isIPLiteral(host) {
      return host[0] === "[" && host[host.length - 1] === "]";
    }
    function hasMalformedComponentPercentEncoding(matches) {
      const host = matches[4];
      return hasMalformedPercentEncoding(matches[3]) || host !== void 0 && !isIPLiteral(host) && hasMalformedPercentEncoding(host) || hasMalformedPercentEncoding(matches[6]) || hasMalformedPercentEncoding(matches[7]) || hasMalformedPercentEncoding(matches[8]);
    }
    function canonicalizeHost(parsed, options, schemeHandler, isIP) {
      if (hasForbiddenDomainHost(parsed, options, schemeHandler, isIP)) {
        parsed.error = parsed.error || MALFORMED_HOST_ERROR;
        return true;
      }
      if (!options.unicodeSupport && (!schemeHandler || !schemeHandler.unicodeSupport) && parsed.host && !isIPLiteral(parsed.host) && (options.domainHost || schemeHandler && schemeHandler.domainHost) && isIP === false && nonSimpleDomain(parsed.host)) {
        let url;
        try {
          url = new URL("http://" + parsed.host);
        } catch (e) {
          parsed.error = parsed.error || "Host's domain name can not be converted to ASCII: " + e;
          return true;
        }
        if (!isHostOnlyURL(url)) {
          parsed.error = parsed.error || MALFORMED_HOST_ERROR;
          return true;
        }
        parsed.host = url.hostname;
      }
      return false;
    }
    function hasForbiddenDomainHost(parsed, options, schemeHandler, isIP) {
      return Boolean(
        parsed.host && isIP === false && !isIPLiteral(parsed.host) && (options.domainHost || schemeHandler && schemeHandler.domainHost) && FORBIDDEN_DOMAIN_HOST_CHARACTER.test(parsed.host)
      );
    }
    function isHostOnlyURL(url) {
      return url.username === "" && url.password === "" && url.port === "" && url.pathname === "/" && url.search === "" && url.hash === "" && url.hostname !== "";
    }
    function parseWithStatus(uri, opts) {
      const options = Object.assign({}, opts);
      const parsed = {
        scheme: void 0,
        userinfo: void 0,
        host: "",
        port: void 0,
        path: "",
        query: void 0,
        fragment: void 0
      };
      let malformedAuthorityOrPort = false;
      let malformedPercentEncoding = false;
      let malformedSchemeSpecific = false;
      let malformedHost = false;
      let malformedIPLiteral = false;
      let malformedScheme = false;
      let isIP = false;
      if (options.reference === "suffix") {
        if (options.scheme) {
          uri = options.scheme + ":" + uri;
        } else {
          uri = "//" + uri;
        }
      }
      const authorityMatch = uri.match(AUTHORITY_PREFIX);
      if (authorityMatch !== null && authorityMatch[1].indexOf("\\") !== -1) {
        parsed.error = "URI authority must not contain a literal backslash.";
        malformedAuthorityOrPort = true;
      }
      const introducerMatch = uri.match(AUTHORITY_INTRODUCER_REGION);
      if (introducerMatch !== null) {
        const region = introducerMatch[1];
        const normalizedRegion = region.replace(/[\t\n\r]/g, "");
        if (normalizedRegion.length >= 2) {
          if (normalizedRegion.slice(0, 2) !== "//") {
            parsed.error = parsed.error || "URI authority must not contain a literal backslash.";
            malformedAuthorityOrPort = true;
          } else if (region.length !== normalizedRegion.length) {
            parsed.error = parsed.error || "URI authority introducer must not contain whitespace.";
            malformedAuthorityOrPort = true;
          }
        }
      }
      const matches = uri.match(URI_PARSE);
      if (matches) {
        parsed.scheme = matches[1];
        parsed.userinfo = matches[3];
        parsed.host = matches[4];
        parsed.port = parseInt(matches[5], 10);
        parsed.path = matches[6] || "";
        parsed.query = matches[7];
        parsed.fragment = matches[8];
        if (parsed.scheme !== void 0) {
          if (VALID_SCHEME.test(parsed.scheme)) {
            parsed.scheme = parsed.scheme.toLowerCase();
          } else {
            parsed.error = parsed.error || MALFORMED_SCHEME_ERROR;
            malformedScheme = true;
          }
        }
        malformedPercentEncoding = hasMalformedComponentPercentEncoding(matches);
        if (malformedPercentEncoding) {
          parsed.error = parsed.error || "URI contains malformed percent-encoding.";
        }
        if (isNaN(parsed.port)) {
          parsed.port = matches[5];
        }
        const parseError = getParseError(parsed, matches);
        if (parseError !== void 0) {
          parsed.error = parsed.error || parseError;
          malformedAuthorityOrPort = true;
        }
        if (parsed.host) {
          const ipv4result = isIPv4(parsed.host);
          if (ipv4result === false) {
            const bracketedIPLiteral = isIPLiteral(parsed.host);
            const hasIPLiteralBracket = parsed.host.indexOf("[") !== -1 || parsed.host.indexOf("]") !== -1;
            const ipv6result = normalizeIPv6(parsed.host);
            isIP = ipv6result.isIPV6 || ipv6result.isIPVFuture === true;
            malformedIPLiteral = hasIPLiteralBracket && (!bracketedIPLiteral || ipv6result.error === true);
            parsed.host = isIP ? ipv6result.host : ipv6result.host.toLowerCase();
            if (malformedIPLiteral) {
              parsed.error = parsed.error || MALFORMED_HOST_ERROR;
              malformedAuthorityOrPort = true;
            }
          } else {
            isIP = true;
          }
        }
        if (parsed.scheme === void 0 && parsed.userinfo === void 0 && parsed.host === void 0 && parsed.port === void 0 && parsed.query === void 0 && !parsed.path) {
          parsed.reference = "same-document";
        } else if (parsed.scheme === void 0) {
          parsed.reference = "relative";
        } else if (parsed.fragment === void 0) {
          parsed.reference = "absolute";
        } else {
          parsed.reference = "uri";
        }
        if (options.reference && options.reference !== "suffix" && options.reference !== parsed.reference) {
          parsed.error = parsed.error || "URI is not a " + options.reference + " reference.";
        }
        const schemeHandler = getSchemeHandler(options.scheme || parsed.scheme);
        if (!malformedIPLiteral) {
          malformedHost = canonicalizeHost(parsed, options, schemeHandler, isIP);
        }
        if (uri.indexOf("%") !== -1 && parsed.host !== void 0 && !malformedIPLiteral) {
          let host = isIP ? parsed.host : normalizePercentEncoding(parsed.host, true);
          if (!isIP) {
            host = normalizePercentEncoding(host.toLowerCase());
          }
          parsed.host = isIP || options.scheme !== "null" ? reescapeHostDelimiters(host, isIP) : host;
        }
        if (!schemeHandler || schemeHandler && !schemeHandler.skipNormalize) {
          if (parsed.path) {
            parsed.path = normalizePathEncoding(parsed.path);
          }
          if (parsed.query) {
            parsed.query = normalizeQueryFragmentEncoding(parsed.query);
          }
          if (parsed.fragment) {
            parsed.fragment = normalizeQueryFragmentEncoding(parsed.fragment);
          }
        }
        if (schemeHandler && schemeHandler.parse) {
          schemeHandler.parse(parsed, options);
          if (schemeHandler === SCHEMES.urn && parsed.nid === void 0) {
            malformedSchemeSpecific = true;
          }
        }
      } else {
        parsed.error = parsed.error || "URI can not be parsed.";
      }
      return { parsed, malformedAuthorityOrPort, malformedPercentEncoding, malformedSchemeSpecific, malformedHost, malformedScheme };
    }
    function parse2(uri, opts) {
      return parseWithStatus(uri, opts).parsed;
    }
    function normalizeString(uri, opts) {
      return normalizeStringWithStatus(uri, opts).normalized;
    }
    function normalizeStringWithStatus(uri, opts) {
      const { parsed, malformedAuthorityOrPort, malformedPercentEncoding, malformedSchemeSpecific, malformedHost, malformedScheme } = parseWithStatus(uri, opts);
      return {
        normalized: malformedAuthorityOrPort || malformedPercentEncoding || malformedSchemeSpecific || malformedHost || malformedScheme ? uri : serialize(parsed, opts),
        malformedAuthorityOrPort,
        malformedPercentEncoding,
        malformedSchemeSpecific,
        malformedHost,
        malformedScheme
      };
    }
    function normalizeComparableURI(uri, opts) {
      if (typeof uri !== "string" && typeof uri !== "object") {
        return void 0;
      }
      let value;
      try {
        value = typeof uri === "string" ? uri : serialize(uri, opts);
      } catch {
        return void 0;
      }
      const { normalized, malformedAuthorityOrPort, malformedPercentEncoding, malformedSchemeSpecific, malformedHost, malformedScheme } = normalizeStringWithStatus(value, opts);
      return malformedAuthorityOrPort || malformedPercentEncoding || malformedSchemeSpecific || malformedHost || malformedScheme ? void 0 : normalized;
    }
    var fastUri = {
      SCHEMES,
      normalize,
      resolve,
      resolveComponent,
      equal,
      serialize,
      parse: parse2
    };
    module.exports = fastUri;
    module.exports.default = fastUri;
    module.exports.fastUri = fastUri;
  }
});

// node_modules/ajv/dist/runtime/uri.js
var require_uri = __commonJS({
  "node_modules/ajv/dist/runtime/uri.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var uri = require_fast_uri();
    uri.code = 'require("ajv/dist/runtime/uri").default';
    exports.default = uri;
  }
});

// node_modules/ajv/dist/core.js
var require_core = __commonJS({
  "node_modules/ajv/dist/core.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.CodeGen = exports.Name = exports.nil = exports.stringify = exports.str = exports._ = exports.KeywordCxt = void 0;
    var validate_1 = require_validate();
    Object.defineProperty(exports, "KeywordCxt", { enumerable: true, get: function() {
      return validate_1.KeywordCxt;
    } });
    var codegen_1 = require_codegen();
    Object.defineProperty(exports, "_", { enumerable: true, get: function() {
      return codegen_1._;
    } });
    Object.defineProperty(exports, "str", { enumerable: true, get: function() {
      return codegen_1.str;
    } });
    Object.defineProperty(exports, "stringify", { enumerable: true, get: function() {
      return codegen_1.stringify;
    } });
    Object.defineProperty(exports, "nil", { enumerable: true, get: function() {
      return codegen_1.nil;
    } });
    Object.defineProperty(exports, "Name", { enumerable: true, get: function() {
      return codegen_1.Name;
    } });
    Object.defineProperty(exports, "CodeGen", { enumerable: true, get: function() {
      return codegen_1.CodeGen;
    } });
    var validation_error_1 = require_validation_error();
    var ref_error_1 = require_ref_error();
    var rules_1 = require_rules();
    var compile_1 = require_compile();
    var codegen_2 = require_codegen();
    var resolve_1 = require_resolve();
    var dataType_1 = require_dataType();
    var util_1 = require_util();
    var $dataRefSchema = require_data();
    var uri_1 = require_uri();
    var defaultRegExp = (str2, flags) => new RegExp(str2, flags);
    defaultRegExp.code = "new RegExp";
    var META_IGNORE_OPTIONS = ["removeAdditional", "useDefaults", "coerceTypes"];
    var EXT_SCOPE_NAMES = /* @__PURE__ */ new Set([
      "validate",
      "serialize",
      "parse",
      "wrapper",
      "root",
      "schema",
      "keyword",
      "pattern",
      "formats",
      "validate$data",
      "func",
      "obj",
      "Error"
    ]);
    var removedOptions = {
      errorDataPath: "",
      format: "`validateFormats: false` can be used instead.",
      nullable: '"nullable" keyword is supported by default.',
      jsonPointers: "Deprecated jsPropertySyntax can be used instead.",
      extendRefs: "Deprecated ignoreKeywordsWithRef can be used instead.",
      missingRefs: "Pass empty schema with $id that should be ignored to ajv.addSchema.",
      processCode: "Use option `code: {process: (code, schemaEnv: object) => string}`",
      sourceCode: "Use option `code: {source: true}`",
      strictDefaults: "It is default now, see option `strict`.",
      strictKeywords: "It is default now, see option `strict`.",
      uniqueItems: '"uniqueItems" keyword is always validated.',
      unknownFormats: "Disable strict mode or pass `true` to `ajv.addFormat` (or `formats` option).",
      cache: "Map is used as cache, schema object as key.",
      serialize: "Map is used as cache, schema object as key.",
      ajvErrors: "It is default now."
    };
    var deprecatedOptions = {
      ignoreKeywordsWithRef: "",
      jsPropertySyntax: "",
      unicode: '"minLength"/"maxLength" account for unicode characters by default.'
    };
    var MAX_EXPRESSION = 200;
    function requiredOptions(o) {
      var _a, _b, _c, _d, _e, _f, _g, _h, _j, _k, _l, _m, _o, _p, _q, _r, _s, _t, _u, _v, _w, _x, _y, _z, _0;
      const s = o.strict;
      const _optz = (_a = o.code) === null || _a === void 0 ? void 0 : _a.optimize;
      const optimize = _optz === true || _optz === void 0 ? 1 : _optz || 0;
      const regExp = (_c = (_b = o.code) === null || _b === void 0 ? void 0 : _b.regExp) !== null && _c !== void 0 ? _c : defaultRegExp;
      const uriResolver = (_d = o.uriResolver) !== null && _d !== void 0 ? _d : uri_1.default;
      return {
        strictSchema: (_f = (_e = o.strictSchema) !== null && _e !== void 0 ? _e : s) !== null && _f !== void 0 ? _f : true,
        strictNumbers: (_h = (_g = o.strictNumbers) !== null && _g !== void 0 ? _g : s) !== null && _h !== void 0 ? _h : true,
        strictTypes: (_k = (_j = o.strictTypes) !== null && _j !== void 0 ? _j : s) !== null && _k !== void 0 ? _k : "log",
        strictTuples: (_m = (_l = o.strictTuples) !== null && _l !== void 0 ? _l : s) !== null && _m !== void 0 ? _m : "log",
        strictRequired: (_p = (_o = o.strictRequired) !== null && _o !== void 0 ? _o : s) !== null && _p !== void 0 ? _p : false,
        code: o.code ? { ...o.code, optimize, regExp } : { optimize, regExp },
        loopRequired: (_q = o.loopRequired) !== null && _q !== void 0 ? _q : MAX_EXPRESSION,
        loopEnum: (_r = o.loopEnum) !== null && _r !== void 0 ? _r : MAX_EXPRESSION,
        meta: (_s = o.meta) !== null && _s !== void 0 ? _s : true,
        messages: (_t = o.messages) !== null && _t !== void 0 ? _t : true,
        inlineRefs: (_u = o.inlineRefs) !== null && _u !== void 0 ? _u : true,
        schemaId: (_v = o.schemaId) !== null && _v !== void 0 ? _v : "$id",
        addUsedSchema: (_w = o.addUsedSchema) !== null && _w !== void 0 ? _w : true,
        validateSchema: (_x = o.validateSchema) !== null && _x !== void 0 ? _x : true,
        validateFormats: (_y = o.validateFormats) !== null && _y !== void 0 ? _y : true,
        unicodeRegExp: (_z = o.unicodeRegExp) !== null && _z !== void 0 ? _z : true,
        int32range: (_0 = o.int32range) !== null && _0 !== void 0 ? _0 : true,
        uriResolver
      };
    }
    var Ajv3 = class {
      constructor(opts = {}) {
        this.schemas = {};
        this.refs = {};
        this.formats = /* @__PURE__ */ Object.create(null);
        this._compilations = /* @__PURE__ */ new Set();
        this._loading = {};
        this._cache = /* @__PURE__ */ new Map();
        opts = this.opts = { ...opts, ...requiredOptions(opts) };
        const { es5, lines } = this.opts.code;
        this.scope = new codegen_2.ValueScope({ scope: {}, prefixes: EXT_SCOPE_NAMES, es5, lines });
        this.logger = getLogger(opts.logger);
        const formatOpt = opts.validateFormats;
        opts.validateFormats = false;
        this.RULES = (0, rules_1.getRules)();
        checkOptions.call(this, removedOptions, opts, "NOT SUPPORTED");
        checkOptions.call(this, deprecatedOptions, opts, "DEPRECATED", "warn");
        this._metaOpts = getMetaSchemaOptions.call(this);
        if (opts.formats)
          addInitialFormats.call(this);
        this._addVocabularies();
        this._addDefaultMetaSchema();
        if (opts.keywords)
          addInitialKeywords.call(this, opts.keywords);
        if (typeof opts.meta == "object")
          this.addMetaSchema(opts.meta);
        addInitialSchemas.call(this);
        opts.validateFormats = formatOpt;
      }
      _addVocabularies() {
        this.addKeyword("$async");
      }
      _addDefaultMetaSchema() {
        const { $data, meta, schemaId } = this.opts;
        let _dataRefSchema = $dataRefSchema;
        if (schemaId === "id") {
          _dataRefSchema = { ...$dataRefSchema };
          _dataRefSchema.id = _dataRefSchema.$id;
          delete _dataRefSchema.$id;
        }
        if (meta && $data)
          this.addMetaSchema(_dataRefSchema, _dataRefSchema[schemaId], false);
      }
      defaultMeta() {
        const { meta, schemaId } = this.opts;
        return this.opts.defaultMeta = typeof meta == "object" ? meta[schemaId] || meta : void 0;
      }
      validate(schemaKeyRef, data) {
        let v;
        if (typeof schemaKeyRef == "string") {
          v = this.getSchema(schemaKeyRef);
          if (!v)
            throw new Error(`no schema with key or ref "${schemaKeyRef}"`);
        } else {
          v = this.compile(schemaKeyRef);
        }
        const valid = v(data);
        if (!("$async" in v))
          this.errors = v.errors;
        return valid;
      }
      compile(schema, _meta) {
        const sch = this._addSchema(schema, _meta);
        return sch.validate || this._compileSchemaEnv(sch);
      }
      compileAsync(schema, meta) {
        if (typeof this.opts.loadSchema != "function") {
          throw new Error("options.loadSchema should be a function");
        }
        const { loadSchema } = this.opts;
        return runCompileAsync.call(this, schema, meta);
        async function runCompileAsync(_schema, _meta) {
          await loadMetaSchema.call(this, _schema.$schema);
          const sch = this._addSchema(_schema, _meta);
          return sch.validate || _compileAsync.call(this, sch);
        }
        async function loadMetaSchema($ref) {
          if ($ref && !this.getSchema($ref)) {
            await runCompileAsync.call(this, { $ref }, true);
          }
        }
        async function _compileAsync(sch) {
          try {
            return this._compileSchemaEnv(sch);
          } catch (e) {
            if (!(e instanceof ref_error_1.default))
              throw e;
            checkLoaded.call(this, e);
            await loadMissingSchema.call(this, e.missingSchema);
            return _compileAsync.call(this, sch);
          }
        }
        function checkLoaded({ missingSchema: ref, missingRef }) {
          if (this.refs[ref]) {
            throw new Error(`AnySchema ${ref} is loaded but ${missingRef} cannot be resolved`);
          }
        }
        async function loadMissingSchema(ref) {
          const _schema = await _loadSchema.call(this, ref);
          if (!this.refs[ref])
            await loadMetaSchema.call(this, _schema.$schema);
          if (!this.refs[ref])
            this.addSchema(_schema, ref, meta);
        }
        async function _loadSchema(ref) {
          const p = this._loading[ref];
          if (p)
            return p;
          try {
            return await (this._loading[ref] = loadSchema(ref));
          } finally {
            delete this._loading[ref];
          }
        }
      }
      // Adds schema to the instance
      addSchema(schema, key, _meta, _validateSchema = this.opts.validateSchema) {
        if (Array.isArray(schema)) {
          for (const sch of schema)
            this.addSchema(sch, void 0, _meta, _validateSchema);
          return this;
        }
        let id;
        if (typeof schema === "object") {
          const { schemaId } = this.opts;
          id = schema[schemaId];
          if (id !== void 0 && typeof id != "string") {
            throw new Error(`schema ${schemaId} must be string`);
          }
        }
        key = (0, resolve_1.normalizeId)(key || id);
        this._checkUnique(key);
        this.schemas[key] = this._addSchema(schema, _meta, key, _validateSchema, true);
        return this;
      }
      // Add schema that will be used to validate other schemas
      // options in META_IGNORE_OPTIONS are alway set to false
      addMetaSchema(schema, key, _validateSchema = this.opts.validateSchema) {
        this.addSchema(schema, key, true, _validateSchema);
        return this;
      }
      //  Validate schema against its meta-schema
      validateSchema(schema, throwOrLogError) {
        if (typeof schema == "boolean")
          return true;
        let $schema;
        $schema = schema.$schema;
        if ($schema !== void 0 && typeof $schema != "string") {
          throw new Error("$schema must be a string");
        }
        $schema = $schema || this.opts.defaultMeta || this.defaultMeta();
        if (!$schema) {
          this.logger.warn("meta-schema not available");
          this.errors = null;
          return true;
        }
        const valid = this.validate($schema, schema);
        if (!valid && throwOrLogError) {
          const message = "schema is invalid: " + this.errorsText();
          if (this.opts.validateSchema === "log")
            this.logger.error(message);
          else
            throw new Error(message);
        }
        return valid;
      }
      // Get compiled schema by `key` or `ref`.
      // (`key` that was passed to `addSchema` or full schema reference - `schema.$id` or resolved id)
      getSchema(keyRef) {
        let sch;
        while (typeof (sch = getSchEnv.call(this, keyRef)) == "string")
          keyRef = sch;
        if (sch === void 0) {
          const { schemaId } = this.opts;
          const root = new compile_1.SchemaEnv({ schema: {}, schemaId });
          sch = compile_1.resolveSchema.call(this, root, keyRef);
          if (!sch)
            return;
          this.refs[keyRef] = sch;
        }
        return sch.validate || this._compileSchemaEnv(sch);
      }
      // Remove cached schema(s).
      // If no parameter is passed all schemas but meta-schemas are removed.
      // If RegExp is passed all schemas with key/id matching pattern but meta-schemas are removed.
      // Even if schema is referenced by other schemas it still can be removed as other schemas have local references.
      removeSchema(schemaKeyRef) {
        if (schemaKeyRef instanceof RegExp) {
          this._removeAllSchemas(this.schemas, schemaKeyRef);
          this._removeAllSchemas(this.refs, schemaKeyRef);
          return this;
        }
        switch (typeof schemaKeyRef) {
          case "undefined":
            this._removeAllSchemas(this.schemas);
            this._removeAllSchemas(this.refs);
            this._cache.clear();
            return this;
          case "string": {
            const sch = getSchEnv.call(this, schemaKeyRef);
            if (typeof sch == "object")
              this._cache.delete(sch.schema);
            delete this.schemas[schemaKeyRef];
            delete this.refs[schemaKeyRef];
            return this;
          }
          case "object": {
            const cacheKey = schemaKeyRef;
            this._cache.delete(cacheKey);
            let id = schemaKeyRef[this.opts.schemaId];
            if (id) {
              id = (0, resolve_1.normalizeId)(id);
              delete this.schemas[id];
              delete this.refs[id];
            }
            return this;
          }
          default:
            throw new Error("ajv.removeSchema: invalid parameter");
        }
      }
      // add "vocabulary" - a collection of keywords
      addVocabulary(definitions) {
        for (const def of definitions)
          this.addKeyword(def);
        return this;
      }
      addKeyword(kwdOrDef, def) {
        let keyword;
        if (typeof kwdOrDef == "string") {
          keyword = kwdOrDef;
          if (typeof def == "object") {
            this.logger.warn("these parameters are deprecated, see docs for addKeyword");
            def.keyword = keyword;
          }
        } else if (typeof kwdOrDef == "object" && def === void 0) {
          def = kwdOrDef;
          keyword = def.keyword;
          if (Array.isArray(keyword) && !keyword.length) {
            throw new Error("addKeywords: keyword must be string or non-empty array");
          }
        } else {
          throw new Error("invalid addKeywords parameters");
        }
        checkKeyword.call(this, keyword, def);
        if (!def) {
          (0, util_1.eachItem)(keyword, (kwd) => addRule.call(this, kwd));
          return this;
        }
        keywordMetaschema.call(this, def);
        const definition = {
          ...def,
          type: (0, dataType_1.getJSONTypes)(def.type),
          schemaType: (0, dataType_1.getJSONTypes)(def.schemaType)
        };
        (0, util_1.eachItem)(keyword, definition.type.length === 0 ? (k) => addRule.call(this, k, definition) : (k) => definition.type.forEach((t) => addRule.call(this, k, definition, t)));
        return this;
      }
      getKeyword(keyword) {
        const rule = this.RULES.all[keyword];
        return typeof rule == "object" ? rule.definition : !!rule;
      }
      // Remove keyword
      removeKeyword(keyword) {
        const { RULES } = this;
        delete RULES.keywords[keyword];
        delete RULES.all[keyword];
        for (const group of RULES.rules) {
          const i = group.rules.findIndex((rule) => rule.keyword === keyword);
          if (i >= 0)
            group.rules.splice(i, 1);
        }
        return this;
      }
      // Add format
      addFormat(name, format) {
        if (typeof format == "string")
          format = new RegExp(format);
        this.formats[name] = format;
        return this;
      }
      errorsText(errors = this.errors, { separator = ", ", dataVar = "data" } = {}) {
        if (!errors || errors.length === 0)
          return "No errors";
        return errors.map((e) => `${dataVar}${e.instancePath} ${e.message}`).reduce((text, msg) => text + separator + msg);
      }
      $dataMetaSchema(metaSchema, keywordsJsonPointers) {
        const rules = this.RULES.all;
        metaSchema = JSON.parse(JSON.stringify(metaSchema));
        for (const jsonPointer of keywordsJsonPointers) {
          const segments = jsonPointer.split("/").slice(1);
          let keywords = metaSchema;
          for (const seg of segments)
            keywords = keywords[seg];
          for (const key in rules) {
            const rule = rules[key];
            if (typeof rule != "object")
              continue;
            const { $data } = rule.definition;
            const schema = keywords[key];
            if ($data && schema)
              keywords[key] = schemaOrData(schema);
          }
        }
        return metaSchema;
      }
      _removeAllSchemas(schemas, regex) {
        for (const keyRef in schemas) {
          const sch = schemas[keyRef];
          if (!regex || regex.test(keyRef)) {
            if (typeof sch == "string") {
              delete schemas[keyRef];
            } else if (sch && !sch.meta) {
              this._cache.delete(sch.schema);
              delete schemas[keyRef];
            }
          }
        }
      }
      _addSchema(schema, meta, baseId, validateSchema = this.opts.validateSchema, addSchema = this.opts.addUsedSchema) {
        let id;
        const { schemaId } = this.opts;
        if (typeof schema == "object") {
          id = schema[schemaId];
        } else {
          if (this.opts.jtd)
            throw new Error("schema must be object");
          else if (typeof schema != "boolean")
            throw new Error("schema must be object or boolean");
        }
        let sch = this._cache.get(schema);
        if (sch !== void 0)
          return sch;
        baseId = (0, resolve_1.normalizeId)(id || baseId);
        const localRefs = resolve_1.getSchemaRefs.call(this, schema, baseId);
        sch = new compile_1.SchemaEnv({ schema, schemaId, meta, baseId, localRefs });
        this._cache.set(sch.schema, sch);
        if (addSchema && !baseId.startsWith("#")) {
          if (baseId)
            this._checkUnique(baseId);
          this.refs[baseId] = sch;
        }
        if (validateSchema)
          this.validateSchema(schema, true);
        return sch;
      }
      _checkUnique(id) {
        if (this.schemas[id] || this.refs[id]) {
          throw new Error(`schema with key or id "${id}" already exists`);
        }
      }
      _compileSchemaEnv(sch) {
        if (sch.meta)
          this._compileMetaSchema(sch);
        else
          compile_1.compileSchema.call(this, sch);
        if (!sch.validate)
          throw new Error("ajv implementation error");
        return sch.validate;
      }
      _compileMetaSchema(sch) {
        const currentOpts = this.opts;
        this.opts = this._metaOpts;
        try {
          compile_1.compileSchema.call(this, sch);
        } finally {
          this.opts = currentOpts;
        }
      }
    };
    Ajv3.ValidationError = validation_error_1.default;
    Ajv3.MissingRefError = ref_error_1.default;
    exports.default = Ajv3;
    function checkOptions(checkOpts, options, msg, log = "error") {
      for (const key in checkOpts) {
        const opt = key;
        if (opt in options)
          this.logger[log](`${msg}: option ${key}. ${checkOpts[opt]}`);
      }
    }
    function getSchEnv(keyRef) {
      keyRef = (0, resolve_1.normalizeId)(keyRef);
      return this.schemas[keyRef] || this.refs[keyRef];
    }
    function addInitialSchemas() {
      const optsSchemas = this.opts.schemas;
      if (!optsSchemas)
        return;
      if (Array.isArray(optsSchemas))
        this.addSchema(optsSchemas);
      else
        for (const key in optsSchemas)
          this.addSchema(optsSchemas[key], key);
    }
    function addInitialFormats() {
      for (const name in this.opts.formats) {
        const format = this.opts.formats[name];
        if (format)
          this.addFormat(name, format);
      }
    }
    function addInitialKeywords(defs) {
      if (Array.isArray(defs)) {
        this.addVocabulary(defs);
        return;
      }
      this.logger.warn("keywords option as map is deprecated, pass array");
      for (const keyword in defs) {
        const def = defs[keyword];
        if (!def.keyword)
          def.keyword = keyword;
        this.addKeyword(def);
      }
    }
    function getMetaSchemaOptions() {
      const metaOpts = { ...this.opts };
      for (const opt of META_IGNORE_OPTIONS)
        delete metaOpts[opt];
      return metaOpts;
    }
    var noLogs = { log() {
    }, warn() {
    }, error() {
    } };
    function getLogger(logger) {
      if (logger === false)
        return noLogs;
      if (logger === void 0)
        return console;
      if (logger.log && logger.warn && logger.error)
        return logger;
      throw new Error("logger must implement log, warn and error methods");
    }
    var KEYWORD_NAME = /^[a-z_$][a-z0-9_$:-]*$/i;
    function checkKeyword(keyword, def) {
      const { RULES } = this;
      (0, util_1.eachItem)(keyword, (kwd) => {
        if (RULES.keywords[kwd])
          throw new Error(`Keyword ${kwd} is already defined`);
        if (!KEYWORD_NAME.test(kwd))
          throw new Error(`Keyword ${kwd} has invalid name`);
      });
      if (!def)
        return;
      if (def.$data && !("code" in def || "validate" in def)) {
        throw new Error('$data keyword must have "code" or "validate" function');
      }
    }
    function addRule(keyword, definition, dataType) {
      var _a;
      const post = definition === null || definition === void 0 ? void 0 : definition.post;
      if (dataType && post)
        throw new Error('keyword with "post" flag cannot have "type"');
      const { RULES } = this;
      let ruleGroup = post ? RULES.post : RULES.rules.find(({ type: t }) => t === dataType);
      if (!ruleGroup) {
        ruleGroup = { type: dataType, rules: [] };
        RULES.rules.push(ruleGroup);
      }
      RULES.keywords[keyword] = true;
      if (!definition)
        return;
      const rule = {
        keyword,
        definition: {
          ...definition,
          type: (0, dataType_1.getJSONTypes)(definition.type),
          schemaType: (0, dataType_1.getJSONTypes)(definition.schemaType)
        }
      };
      if (definition.before)
        addBeforeRule.call(this, ruleGroup, rule, definition.before);
      else
        ruleGroup.rules.push(rule);
      RULES.all[keyword] = rule;
      (_a = definition.implements) === null || _a === void 0 ? void 0 : _a.forEach((kwd) => this.addKeyword(kwd));
    }
    function addBeforeRule(ruleGroup, rule, before) {
      const i = ruleGroup.rules.findIndex((_rule) => _rule.keyword === before);
      if (i >= 0) {
        ruleGroup.rules.splice(i, 0, rule);
      } else {
        ruleGroup.rules.push(rule);
        this.logger.warn(`rule ${before} is not defined`);
      }
    }
    function keywordMetaschema(def) {
      let { metaSchema } = def;
      if (metaSchema === void 0)
        return;
      if (def.$data && this.opts.$data)
        metaSchema = schemaOrData(metaSchema);
      def.validateSchema = this.compile(metaSchema, true);
    }
    var $dataRef = {
      $ref: "https://raw.githubusercontent.com/ajv-validator/ajv/master/lib/refs/data.json#"
    };
    function schemaOrData(schema) {
      return { anyOf: [schema, $dataRef] };
    }
  }
});

// node_modules/ajv/dist/vocabularies/core/id.js
var require_id = __commonJS({
  "node_modules/ajv/dist/vocabularies/core/id.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var def = {
      keyword: "id",
      code() {
        throw new Error('NOT SUPPORTED: keyword "id", use "$id" for schema ID');
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/core/ref.js
var require_ref = __commonJS({
  "node_modules/ajv/dist/vocabularies/core/ref.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.callRef = exports.getValidate = void 0;
    var ref_error_1 = require_ref_error();
    var code_1 = require_code2();
    var codegen_1 = require_codegen();
    var names_1 = require_names();
    var compile_1 = require_compile();
    var util_1 = require_util();
    var def = {
      keyword: "$ref",
      schemaType: "string",
      code(cxt) {
        const { gen, schema: $ref, it } = cxt;
        const { baseId, schemaEnv: env, validateName, opts, self } = it;
        const { root } = env;
        if (($ref === "#" || $ref === "#/") && baseId === root.baseId)
          return callRootRef();
        const schOrEnv = compile_1.resolveRef.call(self, root, baseId, $ref);
        if (schOrEnv === void 0)
          throw new ref_error_1.default(it.opts.uriResolver, baseId, $ref);
        if (schOrEnv instanceof compile_1.SchemaEnv)
          return callValidate(schOrEnv);
        return inlineRefSchema(schOrEnv);
        function callRootRef() {
          if (env === root)
            return callRef(cxt, validateName, env, env.$async);
          const rootName = gen.scopeValue("root", { ref: root });
          return callRef(cxt, (0, codegen_1._)`${rootName}.validate`, root, root.$async);
        }
        function callValidate(sch) {
          const v = getValidate(cxt, sch);
          callRef(cxt, v, sch, sch.$async);
        }
        function inlineRefSchema(sch) {
          const schName = gen.scopeValue("schema", opts.code.source === true ? { ref: sch, code: (0, codegen_1.stringify)(sch) } : { ref: sch });
          const valid = gen.name("valid");
          const schCxt = cxt.subschema({
            schema: sch,
            dataTypes: [],
            schemaPath: codegen_1.nil,
            topSchemaRef: schName,
            errSchemaPath: $ref
          }, valid);
          cxt.mergeEvaluated(schCxt);
          cxt.ok(valid);
        }
      }
    };
    function getValidate(cxt, sch) {
      const { gen } = cxt;
      return sch.validate ? gen.scopeValue("validate", { ref: sch.validate }) : (0, codegen_1._)`${gen.scopeValue("wrapper", { ref: sch })}.validate`;
    }
    exports.getValidate = getValidate;
    function callRef(cxt, v, sch, $async) {
      const { gen, it } = cxt;
      const { allErrors, schemaEnv: env, opts } = it;
      const passCxt = opts.passContext ? names_1.default.this : codegen_1.nil;
      if ($async)
        callAsyncRef();
      else
        callSyncRef();
      function callAsyncRef() {
        if (!env.$async)
          throw new Error("async schema referenced by sync schema");
        const valid = gen.let("valid");
        gen.try(() => {
          gen.code((0, codegen_1._)`await ${(0, code_1.callValidateCode)(cxt, v, passCxt)}`);
          addEvaluatedFrom(v);
          if (!allErrors)
            gen.assign(valid, true);
        }, (e) => {
          gen.if((0, codegen_1._)`!(${e} instanceof ${it.ValidationError})`, () => gen.throw(e));
          addErrorsFrom(e);
          if (!allErrors)
            gen.assign(valid, false);
        });
        cxt.ok(valid);
      }
      function callSyncRef() {
        cxt.result((0, code_1.callValidateCode)(cxt, v, passCxt), () => addEvaluatedFrom(v), () => addErrorsFrom(v));
      }
      function addErrorsFrom(source) {
        const errs = (0, codegen_1._)`${source}.errors`;
        gen.assign(names_1.default.vErrors, (0, codegen_1._)`${names_1.default.vErrors} === null ? ${errs} : ${names_1.default.vErrors}.concat(${errs})`);
        gen.assign(names_1.default.errors, (0, codegen_1._)`${names_1.default.vErrors}.length`);
      }
      function addEvaluatedFrom(source) {
        var _a;
        if (!it.opts.unevaluated)
          return;
        const schEvaluated = (_a = sch === null || sch === void 0 ? void 0 : sch.validate) === null || _a === void 0 ? void 0 : _a.evaluated;
        if (it.props !== true) {
          if (schEvaluated && !schEvaluated.dynamicProps) {
            if (schEvaluated.props !== void 0) {
              it.props = util_1.mergeEvaluated.props(gen, schEvaluated.props, it.props);
            }
          } else {
            const props2 = gen.var("props", (0, codegen_1._)`${source}.evaluated.props`);
            it.props = util_1.mergeEvaluated.props(gen, props2, it.props, codegen_1.Name);
          }
        }
        if (it.items !== true) {
          if (schEvaluated && !schEvaluated.dynamicItems) {
            if (schEvaluated.items !== void 0) {
              it.items = util_1.mergeEvaluated.items(gen, schEvaluated.items, it.items);
            }
          } else {
            const items = gen.var("items", (0, codegen_1._)`${source}.evaluated.items`);
            it.items = util_1.mergeEvaluated.items(gen, items, it.items, codegen_1.Name);
          }
        }
      }
    }
    exports.callRef = callRef;
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/core/index.js
var require_core2 = __commonJS({
  "node_modules/ajv/dist/vocabularies/core/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var id_1 = require_id();
    var ref_1 = require_ref();
    var core = [
      "$schema",
      "$id",
      "$defs",
      "$vocabulary",
      { keyword: "$comment" },
      "definitions",
      id_1.default,
      ref_1.default
    ];
    exports.default = core;
  }
});

// node_modules/ajv/dist/vocabularies/validation/limitNumber.js
var require_limitNumber = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/limitNumber.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var ops = codegen_1.operators;
    var KWDs = {
      maximum: { okStr: "<=", ok: ops.LTE, fail: ops.GT },
      minimum: { okStr: ">=", ok: ops.GTE, fail: ops.LT },
      exclusiveMaximum: { okStr: "<", ok: ops.LT, fail: ops.GTE },
      exclusiveMinimum: { okStr: ">", ok: ops.GT, fail: ops.LTE }
    };
    var error = {
      message: ({ keyword, schemaCode }) => (0, codegen_1.str)`must be ${KWDs[keyword].okStr} ${schemaCode}`,
      params: ({ keyword, schemaCode }) => (0, codegen_1._)`{comparison: ${KWDs[keyword].okStr}, limit: ${schemaCode}}`
    };
    var def = {
      keyword: Object.keys(KWDs),
      type: "number",
      schemaType: "number",
      $data: true,
      error,
      code(cxt) {
        const { keyword, data, schemaCode } = cxt;
        cxt.fail$data((0, codegen_1._)`${data} ${KWDs[keyword].fail} ${schemaCode} || isNaN(${data})`);
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/validation/multipleOf.js
var require_multipleOf = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/multipleOf.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var error = {
      message: ({ schemaCode }) => (0, codegen_1.str)`must be multiple of ${schemaCode}`,
      params: ({ schemaCode }) => (0, codegen_1._)`{multipleOf: ${schemaCode}}`
    };
    var def = {
      keyword: "multipleOf",
      type: "number",
      schemaType: "number",
      $data: true,
      error,
      code(cxt) {
        const { gen, data, schemaCode, it } = cxt;
        const prec = it.opts.multipleOfPrecision;
        const res = gen.let("res");
        const invalid2 = prec ? (0, codegen_1._)`Math.abs(Math.round(${res}) - ${res}) > 1e-${prec}` : (0, codegen_1._)`${res} !== parseInt(${res})`;
        cxt.fail$data((0, codegen_1._)`(${schemaCode} === 0 || (${res} = ${data}/${schemaCode}, ${invalid2}))`);
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/runtime/ucs2length.js
var require_ucs2length = __commonJS({
  "node_modules/ajv/dist/runtime/ucs2length.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    function ucs2length(str2) {
      const len = str2.length;
      let length = 0;
      let pos = 0;
      let value;
      while (pos < len) {
        length++;
        value = str2.charCodeAt(pos++);
        if (value >= 55296 && value <= 56319 && pos < len) {
          value = str2.charCodeAt(pos);
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

// node_modules/ajv/dist/vocabularies/validation/limitLength.js
var require_limitLength = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/limitLength.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var ucs2length_1 = require_ucs2length();
    var error = {
      message({ keyword, schemaCode }) {
        const comp = keyword === "maxLength" ? "more" : "fewer";
        return (0, codegen_1.str)`must NOT have ${comp} than ${schemaCode} characters`;
      },
      params: ({ schemaCode }) => (0, codegen_1._)`{limit: ${schemaCode}}`
    };
    var def = {
      keyword: ["maxLength", "minLength"],
      type: "string",
      schemaType: "number",
      $data: true,
      error,
      code(cxt) {
        const { keyword, data, schemaCode, it } = cxt;
        const op = keyword === "maxLength" ? codegen_1.operators.GT : codegen_1.operators.LT;
        const len = it.opts.unicode === false ? (0, codegen_1._)`${data}.length` : (0, codegen_1._)`${(0, util_1.useFunc)(cxt.gen, ucs2length_1.default)}(${data})`;
        cxt.fail$data((0, codegen_1._)`${len} ${op} ${schemaCode}`);
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/validation/pattern.js
var require_pattern = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/pattern.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var code_1 = require_code2();
    var util_1 = require_util();
    var codegen_1 = require_codegen();
    var error = {
      message: ({ schemaCode }) => (0, codegen_1.str)`must match pattern "${schemaCode}"`,
      params: ({ schemaCode }) => (0, codegen_1._)`{pattern: ${schemaCode}}`
    };
    var def = {
      keyword: "pattern",
      type: "string",
      schemaType: "string",
      $data: true,
      error,
      code(cxt) {
        const { gen, data, $data, schema, schemaCode, it } = cxt;
        const u = it.opts.unicodeRegExp ? "u" : "";
        if ($data) {
          const { regExp } = it.opts.code;
          const regExpCode = regExp.code === "new RegExp" ? (0, codegen_1._)`new RegExp` : (0, util_1.useFunc)(gen, regExp);
          const valid = gen.let("valid");
          gen.try(() => gen.assign(valid, (0, codegen_1._)`${regExpCode}(${schemaCode}, ${u}).test(${data})`), () => gen.assign(valid, false));
          cxt.fail$data((0, codegen_1._)`!${valid}`);
        } else {
          const regExp = (0, code_1.usePattern)(cxt, schema);
          cxt.fail$data((0, codegen_1._)`!${regExp}.test(${data})`);
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/validation/limitProperties.js
var require_limitProperties = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/limitProperties.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var error = {
      message({ keyword, schemaCode }) {
        const comp = keyword === "maxProperties" ? "more" : "fewer";
        return (0, codegen_1.str)`must NOT have ${comp} than ${schemaCode} properties`;
      },
      params: ({ schemaCode }) => (0, codegen_1._)`{limit: ${schemaCode}}`
    };
    var def = {
      keyword: ["maxProperties", "minProperties"],
      type: "object",
      schemaType: "number",
      $data: true,
      error,
      code(cxt) {
        const { keyword, data, schemaCode } = cxt;
        const op = keyword === "maxProperties" ? codegen_1.operators.GT : codegen_1.operators.LT;
        cxt.fail$data((0, codegen_1._)`Object.keys(${data}).length ${op} ${schemaCode}`);
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/validation/required.js
var require_required = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/required.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var code_1 = require_code2();
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var error = {
      message: ({ params: { missingProperty } }) => (0, codegen_1.str)`must have required property '${missingProperty}'`,
      params: ({ params: { missingProperty } }) => (0, codegen_1._)`{missingProperty: ${missingProperty}}`
    };
    var def = {
      keyword: "required",
      type: "object",
      schemaType: "array",
      $data: true,
      error,
      code(cxt) {
        const { gen, schema, schemaCode, data, $data, it } = cxt;
        const { opts } = it;
        if (!$data && schema.length === 0)
          return;
        const useLoop = schema.length >= opts.loopRequired;
        if (it.allErrors)
          allErrorsMode();
        else
          exitOnErrorMode();
        if (opts.strictRequired) {
          const props2 = cxt.parentSchema.properties;
          const { definedProperties } = cxt.it;
          for (const requiredKey of schema) {
            if ((props2 === null || props2 === void 0 ? void 0 : props2[requiredKey]) === void 0 && !definedProperties.has(requiredKey)) {
              const schemaPath = it.schemaEnv.baseId + it.errSchemaPath;
              const msg = `required property "${requiredKey}" is not defined at "${schemaPath}" (strictRequired)`;
              (0, util_1.checkStrictMode)(it, msg, it.opts.strictRequired);
            }
          }
        }
        function allErrorsMode() {
          if (useLoop || $data) {
            cxt.block$data(codegen_1.nil, loopAllRequired);
          } else {
            for (const prop of schema) {
              (0, code_1.checkReportMissingProp)(cxt, prop);
            }
          }
        }
        function exitOnErrorMode() {
          const missing = gen.let("missing");
          if (useLoop || $data) {
            const valid = gen.let("valid", true);
            cxt.block$data(valid, () => loopUntilMissing(missing, valid));
            cxt.ok(valid);
          } else {
            gen.if((0, code_1.checkMissingProp)(cxt, schema, missing));
            (0, code_1.reportMissingProp)(cxt, missing);
            gen.else();
          }
        }
        function loopAllRequired() {
          gen.forOf("prop", schemaCode, (prop) => {
            cxt.setParams({ missingProperty: prop });
            gen.if((0, code_1.noPropertyInData)(gen, data, prop, opts.ownProperties), () => cxt.error());
          });
        }
        function loopUntilMissing(missing, valid) {
          cxt.setParams({ missingProperty: missing });
          gen.forOf(missing, schemaCode, () => {
            gen.assign(valid, (0, code_1.propertyInData)(gen, data, missing, opts.ownProperties));
            gen.if((0, codegen_1.not)(valid), () => {
              cxt.error();
              gen.break();
            });
          }, codegen_1.nil);
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/validation/limitItems.js
var require_limitItems = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/limitItems.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var error = {
      message({ keyword, schemaCode }) {
        const comp = keyword === "maxItems" ? "more" : "fewer";
        return (0, codegen_1.str)`must NOT have ${comp} than ${schemaCode} items`;
      },
      params: ({ schemaCode }) => (0, codegen_1._)`{limit: ${schemaCode}}`
    };
    var def = {
      keyword: ["maxItems", "minItems"],
      type: "array",
      schemaType: "number",
      $data: true,
      error,
      code(cxt) {
        const { keyword, data, schemaCode } = cxt;
        const op = keyword === "maxItems" ? codegen_1.operators.GT : codegen_1.operators.LT;
        cxt.fail$data((0, codegen_1._)`${data}.length ${op} ${schemaCode}`);
      }
    };
    exports.default = def;
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

// node_modules/ajv/dist/vocabularies/validation/uniqueItems.js
var require_uniqueItems = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/uniqueItems.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var dataType_1 = require_dataType();
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var equal_1 = require_equal();
    var error = {
      message: ({ params: { i, j } }) => (0, codegen_1.str)`must NOT have duplicate items (items ## ${j} and ${i} are identical)`,
      params: ({ params: { i, j } }) => (0, codegen_1._)`{i: ${i}, j: ${j}}`
    };
    var def = {
      keyword: "uniqueItems",
      type: "array",
      schemaType: "boolean",
      $data: true,
      error,
      code(cxt) {
        const { gen, data, $data, schema, parentSchema, schemaCode, it } = cxt;
        if (!$data && !schema)
          return;
        const valid = gen.let("valid");
        const itemTypes = parentSchema.items ? (0, dataType_1.getSchemaTypes)(parentSchema.items) : [];
        cxt.block$data(valid, validateUniqueItems, (0, codegen_1._)`${schemaCode} === false`);
        cxt.ok(valid);
        function validateUniqueItems() {
          const i = gen.let("i", (0, codegen_1._)`${data}.length`);
          const j = gen.let("j");
          cxt.setParams({ i, j });
          gen.assign(valid, true);
          gen.if((0, codegen_1._)`${i} > 1`, () => (canOptimize() ? loopN : loopN2)(i, j));
        }
        function canOptimize() {
          return itemTypes.length > 0 && !itemTypes.some((t) => t === "object" || t === "array");
        }
        function loopN(i, j) {
          const item = gen.name("item");
          const wrongType = (0, dataType_1.checkDataTypes)(itemTypes, item, it.opts.strictNumbers, dataType_1.DataType.Wrong);
          const indices = gen.const("indices", (0, codegen_1._)`{}`);
          gen.for((0, codegen_1._)`;${i}--;`, () => {
            gen.let(item, (0, codegen_1._)`${data}[${i}]`);
            gen.if(wrongType, (0, codegen_1._)`continue`);
            if (itemTypes.length > 1)
              gen.if((0, codegen_1._)`typeof ${item} == "string"`, (0, codegen_1._)`${item} += "_"`);
            gen.if((0, codegen_1._)`typeof ${indices}[${item}] == "number"`, () => {
              gen.assign(j, (0, codegen_1._)`${indices}[${item}]`);
              cxt.error();
              gen.assign(valid, false).break();
            }).code((0, codegen_1._)`${indices}[${item}] = ${i}`);
          });
        }
        function loopN2(i, j) {
          const eql = (0, util_1.useFunc)(gen, equal_1.default);
          const outer = gen.name("outer");
          gen.label(outer).for((0, codegen_1._)`;${i}--;`, () => gen.for((0, codegen_1._)`${j} = ${i}; ${j}--;`, () => gen.if((0, codegen_1._)`${eql}(${data}[${i}], ${data}[${j}])`, () => {
            cxt.error();
            gen.assign(valid, false).break(outer);
          })));
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/validation/const.js
var require_const = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/const.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var equal_1 = require_equal();
    var error = {
      message: "must be equal to constant",
      params: ({ schemaCode }) => (0, codegen_1._)`{allowedValue: ${schemaCode}}`
    };
    var def = {
      keyword: "const",
      $data: true,
      error,
      code(cxt) {
        const { gen, data, $data, schemaCode, schema } = cxt;
        if ($data || schema && typeof schema == "object") {
          cxt.fail$data((0, codegen_1._)`!${(0, util_1.useFunc)(gen, equal_1.default)}(${data}, ${schemaCode})`);
        } else {
          cxt.fail((0, codegen_1._)`${schema} !== ${data}`);
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/validation/enum.js
var require_enum = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/enum.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var equal_1 = require_equal();
    var error = {
      message: "must be equal to one of the allowed values",
      params: ({ schemaCode }) => (0, codegen_1._)`{allowedValues: ${schemaCode}}`
    };
    var def = {
      keyword: "enum",
      schemaType: "array",
      $data: true,
      error,
      code(cxt) {
        const { gen, data, $data, schema, schemaCode, it } = cxt;
        if (!$data && schema.length === 0)
          throw new Error("enum must have non-empty array");
        const useLoop = schema.length >= it.opts.loopEnum;
        let eql;
        const getEql = () => eql !== null && eql !== void 0 ? eql : eql = (0, util_1.useFunc)(gen, equal_1.default);
        let valid;
        if (useLoop || $data) {
          valid = gen.let("valid");
          cxt.block$data(valid, loopEnum);
        } else {
          if (!Array.isArray(schema))
            throw new Error("ajv implementation error");
          const vSchema = gen.const("vSchema", schemaCode);
          valid = (0, codegen_1.or)(...schema.map((_x, i) => equalCode(vSchema, i)));
        }
        cxt.pass(valid);
        function loopEnum() {
          gen.assign(valid, false);
          gen.forOf("v", schemaCode, (v) => gen.if((0, codegen_1._)`${getEql()}(${data}, ${v})`, () => gen.assign(valid, true).break()));
        }
        function equalCode(vSchema, i) {
          const sch = schema[i];
          return typeof sch === "object" && sch !== null ? (0, codegen_1._)`${getEql()}(${data}, ${vSchema}[${i}])` : (0, codegen_1._)`${data} === ${sch}`;
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/validation/index.js
var require_validation = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var limitNumber_1 = require_limitNumber();
    var multipleOf_1 = require_multipleOf();
    var limitLength_1 = require_limitLength();
    var pattern_1 = require_pattern();
    var limitProperties_1 = require_limitProperties();
    var required_1 = require_required();
    var limitItems_1 = require_limitItems();
    var uniqueItems_1 = require_uniqueItems();
    var const_1 = require_const();
    var enum_1 = require_enum();
    var validation = [
      // number
      limitNumber_1.default,
      multipleOf_1.default,
      // string
      limitLength_1.default,
      pattern_1.default,
      // object
      limitProperties_1.default,
      required_1.default,
      // array
      limitItems_1.default,
      uniqueItems_1.default,
      // any
      { keyword: "type", schemaType: ["string", "array"] },
      { keyword: "nullable", schemaType: "boolean" },
      const_1.default,
      enum_1.default
    ];
    exports.default = validation;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/additionalItems.js
var require_additionalItems = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/additionalItems.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.validateAdditionalItems = void 0;
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var error = {
      message: ({ params: { len } }) => (0, codegen_1.str)`must NOT have more than ${len} items`,
      params: ({ params: { len } }) => (0, codegen_1._)`{limit: ${len}}`
    };
    var def = {
      keyword: "additionalItems",
      type: "array",
      schemaType: ["boolean", "object"],
      before: "uniqueItems",
      error,
      code(cxt) {
        const { parentSchema, it } = cxt;
        const { items } = parentSchema;
        if (!Array.isArray(items)) {
          (0, util_1.checkStrictMode)(it, '"additionalItems" is ignored when "items" is not an array of schemas');
          return;
        }
        validateAdditionalItems(cxt, items);
      }
    };
    function validateAdditionalItems(cxt, items) {
      const { gen, schema, data, keyword, it } = cxt;
      it.items = true;
      const len = gen.const("len", (0, codegen_1._)`${data}.length`);
      if (schema === false) {
        cxt.setParams({ len: items.length });
        cxt.pass((0, codegen_1._)`${len} <= ${items.length}`);
      } else if (typeof schema == "object" && !(0, util_1.alwaysValidSchema)(it, schema)) {
        const valid = gen.var("valid", (0, codegen_1._)`${len} <= ${items.length}`);
        gen.if((0, codegen_1.not)(valid), () => validateItems(valid));
        cxt.ok(valid);
      }
      function validateItems(valid) {
        gen.forRange("i", items.length, len, (i) => {
          cxt.subschema({ keyword, dataProp: i, dataPropType: util_1.Type.Num }, valid);
          if (!it.allErrors)
            gen.if((0, codegen_1.not)(valid), () => gen.break());
        });
      }
    }
    exports.validateAdditionalItems = validateAdditionalItems;
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/items.js
var require_items = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/items.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.validateTuple = void 0;
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var code_1 = require_code2();
    var def = {
      keyword: "items",
      type: "array",
      schemaType: ["object", "array", "boolean"],
      before: "uniqueItems",
      code(cxt) {
        const { schema, it } = cxt;
        if (Array.isArray(schema))
          return validateTuple(cxt, "additionalItems", schema);
        it.items = true;
        if ((0, util_1.alwaysValidSchema)(it, schema))
          return;
        cxt.ok((0, code_1.validateArray)(cxt));
      }
    };
    function validateTuple(cxt, extraItems, schArr = cxt.schema) {
      const { gen, parentSchema, data, keyword, it } = cxt;
      checkStrictTuple(parentSchema);
      if (it.opts.unevaluated && schArr.length && it.items !== true) {
        it.items = util_1.mergeEvaluated.items(gen, schArr.length, it.items);
      }
      const valid = gen.name("valid");
      const len = gen.const("len", (0, codegen_1._)`${data}.length`);
      schArr.forEach((sch, i) => {
        if ((0, util_1.alwaysValidSchema)(it, sch))
          return;
        gen.if((0, codegen_1._)`${len} > ${i}`, () => cxt.subschema({
          keyword,
          schemaProp: i,
          dataProp: i
        }, valid));
        cxt.ok(valid);
      });
      function checkStrictTuple(sch) {
        const { opts, errSchemaPath } = it;
        const l = schArr.length;
        const fullTuple = l === sch.minItems && (l === sch.maxItems || sch[extraItems] === false);
        if (opts.strictTuples && !fullTuple) {
          const msg = `"${keyword}" is ${l}-tuple, but minItems or maxItems/${extraItems} are not specified or different at path "${errSchemaPath}"`;
          (0, util_1.checkStrictMode)(it, msg, opts.strictTuples);
        }
      }
    }
    exports.validateTuple = validateTuple;
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/prefixItems.js
var require_prefixItems = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/prefixItems.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var items_1 = require_items();
    var def = {
      keyword: "prefixItems",
      type: "array",
      schemaType: ["array"],
      before: "uniqueItems",
      code: (cxt) => (0, items_1.validateTuple)(cxt, "items")
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/items2020.js
var require_items2020 = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/items2020.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var code_1 = require_code2();
    var additionalItems_1 = require_additionalItems();
    var error = {
      message: ({ params: { len } }) => (0, codegen_1.str)`must NOT have more than ${len} items`,
      params: ({ params: { len } }) => (0, codegen_1._)`{limit: ${len}}`
    };
    var def = {
      keyword: "items",
      type: "array",
      schemaType: ["object", "boolean"],
      before: "uniqueItems",
      error,
      code(cxt) {
        const { schema, parentSchema, it } = cxt;
        const { prefixItems } = parentSchema;
        it.items = true;
        if ((0, util_1.alwaysValidSchema)(it, schema))
          return;
        if (prefixItems)
          (0, additionalItems_1.validateAdditionalItems)(cxt, prefixItems);
        else
          cxt.ok((0, code_1.validateArray)(cxt));
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/contains.js
var require_contains = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/contains.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var error = {
      message: ({ params: { min, max } }) => max === void 0 ? (0, codegen_1.str)`must contain at least ${min} valid item(s)` : (0, codegen_1.str)`must contain at least ${min} and no more than ${max} valid item(s)`,
      params: ({ params: { min, max } }) => max === void 0 ? (0, codegen_1._)`{minContains: ${min}}` : (0, codegen_1._)`{minContains: ${min}, maxContains: ${max}}`
    };
    var def = {
      keyword: "contains",
      type: "array",
      schemaType: ["object", "boolean"],
      before: "uniqueItems",
      trackErrors: true,
      error,
      code(cxt) {
        const { gen, schema, parentSchema, data, it } = cxt;
        let min;
        let max;
        const { minContains, maxContains } = parentSchema;
        if (it.opts.next) {
          min = minContains === void 0 ? 1 : minContains;
          max = maxContains;
        } else {
          min = 1;
        }
        const len = gen.const("len", (0, codegen_1._)`${data}.length`);
        cxt.setParams({ min, max });
        if (max === void 0 && min === 0) {
          (0, util_1.checkStrictMode)(it, `"minContains" == 0 without "maxContains": "contains" keyword ignored`);
          return;
        }
        if (max !== void 0 && min > max) {
          (0, util_1.checkStrictMode)(it, `"minContains" > "maxContains" is always invalid`);
          cxt.fail();
          return;
        }
        if ((0, util_1.alwaysValidSchema)(it, schema)) {
          let cond = (0, codegen_1._)`${len} >= ${min}`;
          if (max !== void 0)
            cond = (0, codegen_1._)`${cond} && ${len} <= ${max}`;
          cxt.pass(cond);
          return;
        }
        it.items = true;
        const valid = gen.name("valid");
        if (max === void 0 && min === 1) {
          validateItems(valid, () => gen.if(valid, () => gen.break()));
        } else if (min === 0) {
          gen.let(valid, true);
          if (max !== void 0)
            gen.if((0, codegen_1._)`${data}.length > 0`, validateItemsWithCount);
        } else {
          gen.let(valid, false);
          validateItemsWithCount();
        }
        cxt.result(valid, () => cxt.reset());
        function validateItemsWithCount() {
          const schValid = gen.name("_valid");
          const count3 = gen.let("count", 0);
          validateItems(schValid, () => gen.if(schValid, () => checkLimits(count3)));
        }
        function validateItems(_valid, block) {
          gen.forRange("i", 0, len, (i) => {
            cxt.subschema({
              keyword: "contains",
              dataProp: i,
              dataPropType: util_1.Type.Num,
              compositeRule: true
            }, _valid);
            block();
          });
        }
        function checkLimits(count3) {
          gen.code((0, codegen_1._)`${count3}++`);
          if (max === void 0) {
            gen.if((0, codegen_1._)`${count3} >= ${min}`, () => gen.assign(valid, true).break());
          } else {
            gen.if((0, codegen_1._)`${count3} > ${max}`, () => gen.assign(valid, false).break());
            if (min === 1)
              gen.assign(valid, true);
            else
              gen.if((0, codegen_1._)`${count3} >= ${min}`, () => gen.assign(valid, true));
          }
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/dependencies.js
var require_dependencies = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/dependencies.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.validateSchemaDeps = exports.validatePropertyDeps = exports.error = void 0;
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var code_1 = require_code2();
    exports.error = {
      message: ({ params: { property, depsCount, deps } }) => {
        const property_ies = depsCount === 1 ? "property" : "properties";
        return (0, codegen_1.str)`must have ${property_ies} ${deps} when property ${property} is present`;
      },
      params: ({ params: { property, depsCount, deps, missingProperty } }) => (0, codegen_1._)`{property: ${property},
    missingProperty: ${missingProperty},
    depsCount: ${depsCount},
    deps: ${deps}}`
      // TODO change to reference
    };
    var def = {
      keyword: "dependencies",
      type: "object",
      schemaType: "object",
      error: exports.error,
      code(cxt) {
        const [propDeps, schDeps] = splitDependencies(cxt);
        validatePropertyDeps(cxt, propDeps);
        validateSchemaDeps(cxt, schDeps);
      }
    };
    function splitDependencies({ schema }) {
      const propertyDeps = {};
      const schemaDeps = {};
      for (const key in schema) {
        if (key === "__proto__")
          continue;
        const deps = Array.isArray(schema[key]) ? propertyDeps : schemaDeps;
        deps[key] = schema[key];
      }
      return [propertyDeps, schemaDeps];
    }
    function validatePropertyDeps(cxt, propertyDeps = cxt.schema) {
      const { gen, data, it } = cxt;
      if (Object.keys(propertyDeps).length === 0)
        return;
      const missing = gen.let("missing");
      for (const prop in propertyDeps) {
        const deps = propertyDeps[prop];
        if (deps.length === 0)
          continue;
        const hasProperty = (0, code_1.propertyInData)(gen, data, prop, it.opts.ownProperties);
        cxt.setParams({
          property: prop,
          depsCount: deps.length,
          deps: deps.join(", ")
        });
        if (it.allErrors) {
          gen.if(hasProperty, () => {
            for (const depProp of deps) {
              (0, code_1.checkReportMissingProp)(cxt, depProp);
            }
          });
        } else {
          gen.if((0, codegen_1._)`${hasProperty} && (${(0, code_1.checkMissingProp)(cxt, deps, missing)})`);
          (0, code_1.reportMissingProp)(cxt, missing);
          gen.else();
        }
      }
    }
    exports.validatePropertyDeps = validatePropertyDeps;
    function validateSchemaDeps(cxt, schemaDeps = cxt.schema) {
      const { gen, data, keyword, it } = cxt;
      const valid = gen.name("valid");
      for (const prop in schemaDeps) {
        if ((0, util_1.alwaysValidSchema)(it, schemaDeps[prop]))
          continue;
        gen.if(
          (0, code_1.propertyInData)(gen, data, prop, it.opts.ownProperties),
          () => {
            const schCxt = cxt.subschema({ keyword, schemaProp: prop }, valid);
            cxt.mergeValidEvaluated(schCxt, valid);
          },
          () => gen.var(valid, true)
          // TODO var
        );
        cxt.ok(valid);
      }
    }
    exports.validateSchemaDeps = validateSchemaDeps;
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/propertyNames.js
var require_propertyNames = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/propertyNames.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var error = {
      message: "property name must be valid",
      params: ({ params }) => (0, codegen_1._)`{propertyName: ${params.propertyName}}`
    };
    var def = {
      keyword: "propertyNames",
      type: "object",
      schemaType: ["object", "boolean"],
      error,
      code(cxt) {
        const { gen, schema, data, it } = cxt;
        if ((0, util_1.alwaysValidSchema)(it, schema))
          return;
        const valid = gen.name("valid");
        gen.forIn("key", data, (key) => {
          cxt.setParams({ propertyName: key });
          cxt.subschema({
            keyword: "propertyNames",
            data: key,
            dataTypes: ["string"],
            propertyName: key,
            compositeRule: true
          }, valid);
          gen.if((0, codegen_1.not)(valid), () => {
            cxt.error(true);
            if (!it.allErrors)
              gen.break();
          });
        });
        cxt.ok(valid);
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/additionalProperties.js
var require_additionalProperties = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/additionalProperties.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var code_1 = require_code2();
    var codegen_1 = require_codegen();
    var names_1 = require_names();
    var util_1 = require_util();
    var error = {
      message: "must NOT have additional properties",
      params: ({ params }) => (0, codegen_1._)`{additionalProperty: ${params.additionalProperty}}`
    };
    var def = {
      keyword: "additionalProperties",
      type: ["object"],
      schemaType: ["boolean", "object"],
      allowUndefined: true,
      trackErrors: true,
      error,
      code(cxt) {
        const { gen, schema, parentSchema, data, errsCount, it } = cxt;
        if (!errsCount)
          throw new Error("ajv implementation error");
        const { allErrors, opts } = it;
        it.props = true;
        if (opts.removeAdditional !== "all" && (0, util_1.alwaysValidSchema)(it, schema))
          return;
        const props2 = (0, code_1.allSchemaProperties)(parentSchema.properties);
        const patProps = (0, code_1.allSchemaProperties)(parentSchema.patternProperties);
        checkAdditionalProperties();
        cxt.ok((0, codegen_1._)`${errsCount} === ${names_1.default.errors}`);
        function checkAdditionalProperties() {
          gen.forIn("key", data, (key) => {
            if (!props2.length && !patProps.length)
              additionalPropertyCode(key);
            else
              gen.if(isAdditional(key), () => additionalPropertyCode(key));
          });
        }
        function isAdditional(key) {
          let definedProp;
          if (props2.length > 8) {
            const propsSchema = (0, util_1.schemaRefOrVal)(it, parentSchema.properties, "properties");
            definedProp = (0, code_1.isOwnProperty)(gen, propsSchema, key);
          } else if (props2.length) {
            definedProp = (0, codegen_1.or)(...props2.map((p) => (0, codegen_1._)`${key} === ${p}`));
          } else {
            definedProp = codegen_1.nil;
          }
          if (patProps.length) {
            definedProp = (0, codegen_1.or)(definedProp, ...patProps.map((p) => (0, codegen_1._)`${(0, code_1.usePattern)(cxt, p)}.test(${key})`));
          }
          return (0, codegen_1.not)(definedProp);
        }
        function deleteAdditional(key) {
          gen.code((0, codegen_1._)`delete ${data}[${key}]`);
        }
        function additionalPropertyCode(key) {
          if (opts.removeAdditional === "all" || opts.removeAdditional && schema === false) {
            deleteAdditional(key);
            return;
          }
          if (schema === false) {
            cxt.setParams({ additionalProperty: key });
            cxt.error();
            if (!allErrors)
              gen.break();
            return;
          }
          if (typeof schema == "object" && !(0, util_1.alwaysValidSchema)(it, schema)) {
            const valid = gen.name("valid");
            if (opts.removeAdditional === "failing") {
              applyAdditionalSchema(key, valid, false);
              gen.if((0, codegen_1.not)(valid), () => {
                cxt.reset();
                deleteAdditional(key);
              });
            } else {
              applyAdditionalSchema(key, valid);
              if (!allErrors)
                gen.if((0, codegen_1.not)(valid), () => gen.break());
            }
          }
        }
        function applyAdditionalSchema(key, valid, errors) {
          const subschema = {
            keyword: "additionalProperties",
            dataProp: key,
            dataPropType: util_1.Type.Str
          };
          if (errors === false) {
            Object.assign(subschema, {
              compositeRule: true,
              createErrors: false,
              allErrors: false
            });
          }
          cxt.subschema(subschema, valid);
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/properties.js
var require_properties = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/properties.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var validate_1 = require_validate();
    var code_1 = require_code2();
    var util_1 = require_util();
    var additionalProperties_1 = require_additionalProperties();
    var def = {
      keyword: "properties",
      type: "object",
      schemaType: "object",
      code(cxt) {
        const { gen, schema, parentSchema, data, it } = cxt;
        if (it.opts.removeAdditional === "all" && parentSchema.additionalProperties === void 0) {
          additionalProperties_1.default.code(new validate_1.KeywordCxt(it, additionalProperties_1.default, "additionalProperties"));
        }
        const allProps = (0, code_1.allSchemaProperties)(schema);
        for (const prop of allProps) {
          it.definedProperties.add(prop);
        }
        if (it.opts.unevaluated && allProps.length && it.props !== true) {
          it.props = util_1.mergeEvaluated.props(gen, (0, util_1.toHash)(allProps), it.props);
        }
        const properties = allProps.filter((p) => !(0, util_1.alwaysValidSchema)(it, schema[p]));
        if (properties.length === 0)
          return;
        const valid = gen.name("valid");
        for (const prop of properties) {
          if (hasDefault(prop)) {
            applyPropertySchema(prop);
          } else {
            gen.if((0, code_1.propertyInData)(gen, data, prop, it.opts.ownProperties));
            applyPropertySchema(prop);
            if (!it.allErrors)
              gen.else().var(valid, true);
            gen.endIf();
          }
          cxt.it.definedProperties.add(prop);
          cxt.ok(valid);
        }
        function hasDefault(prop) {
          return it.opts.useDefaults && !it.compositeRule && schema[prop].default !== void 0;
        }
        function applyPropertySchema(prop) {
          cxt.subschema({
            keyword: "properties",
            schemaProp: prop,
            dataProp: prop
          }, valid);
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/patternProperties.js
var require_patternProperties = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/patternProperties.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var code_1 = require_code2();
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var util_2 = require_util();
    var def = {
      keyword: "patternProperties",
      type: "object",
      schemaType: "object",
      code(cxt) {
        const { gen, schema, data, parentSchema, it } = cxt;
        const { opts } = it;
        const patterns = (0, code_1.allSchemaProperties)(schema);
        const alwaysValidPatterns = patterns.filter((p) => (0, util_1.alwaysValidSchema)(it, schema[p]));
        if (patterns.length === 0 || alwaysValidPatterns.length === patterns.length && (!it.opts.unevaluated || it.props === true)) {
          return;
        }
        const checkProperties = opts.strictSchema && !opts.allowMatchingProperties && parentSchema.properties;
        const valid = gen.name("valid");
        if (it.props !== true && !(it.props instanceof codegen_1.Name)) {
          it.props = (0, util_2.evaluatedPropsToName)(gen, it.props);
        }
        const { props: props2 } = it;
        validatePatternProperties();
        function validatePatternProperties() {
          for (const pat of patterns) {
            if (checkProperties)
              checkMatchingProperties(pat);
            if (it.allErrors) {
              validateProperties(pat);
            } else {
              gen.var(valid, true);
              validateProperties(pat);
              gen.if(valid);
            }
          }
        }
        function checkMatchingProperties(pat) {
          for (const prop in checkProperties) {
            if (new RegExp(pat).test(prop)) {
              (0, util_1.checkStrictMode)(it, `property ${prop} matches pattern ${pat} (use allowMatchingProperties)`);
            }
          }
        }
        function validateProperties(pat) {
          gen.forIn("key", data, (key) => {
            gen.if((0, codegen_1._)`${(0, code_1.usePattern)(cxt, pat)}.test(${key})`, () => {
              const alwaysValid = alwaysValidPatterns.includes(pat);
              if (!alwaysValid) {
                cxt.subschema({
                  keyword: "patternProperties",
                  schemaProp: pat,
                  dataProp: key,
                  dataPropType: util_2.Type.Str
                }, valid);
              }
              if (it.opts.unevaluated && props2 !== true) {
                gen.assign((0, codegen_1._)`${props2}[${key}]`, true);
              } else if (!alwaysValid && !it.allErrors) {
                gen.if((0, codegen_1.not)(valid), () => gen.break());
              }
            });
          });
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/not.js
var require_not = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/not.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var util_1 = require_util();
    var def = {
      keyword: "not",
      schemaType: ["object", "boolean"],
      trackErrors: true,
      code(cxt) {
        const { gen, schema, it } = cxt;
        if ((0, util_1.alwaysValidSchema)(it, schema)) {
          cxt.fail();
          return;
        }
        const valid = gen.name("valid");
        cxt.subschema({
          keyword: "not",
          compositeRule: true,
          createErrors: false,
          allErrors: false
        }, valid);
        cxt.failResult(valid, () => cxt.reset(), () => cxt.error());
      },
      error: { message: "must NOT be valid" }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/anyOf.js
var require_anyOf = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/anyOf.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var code_1 = require_code2();
    var def = {
      keyword: "anyOf",
      schemaType: "array",
      trackErrors: true,
      code: code_1.validateUnion,
      error: { message: "must match a schema in anyOf" }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/oneOf.js
var require_oneOf = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/oneOf.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var error = {
      message: "must match exactly one schema in oneOf",
      params: ({ params }) => (0, codegen_1._)`{passingSchemas: ${params.passing}}`
    };
    var def = {
      keyword: "oneOf",
      schemaType: "array",
      trackErrors: true,
      error,
      code(cxt) {
        const { gen, schema, parentSchema, it } = cxt;
        if (!Array.isArray(schema))
          throw new Error("ajv implementation error");
        if (it.opts.discriminator && parentSchema.discriminator)
          return;
        const schArr = schema;
        const valid = gen.let("valid", false);
        const passing = gen.let("passing", null);
        const schValid = gen.name("_valid");
        cxt.setParams({ passing });
        gen.block(validateOneOf);
        cxt.result(valid, () => cxt.reset(), () => cxt.error(true));
        function validateOneOf() {
          schArr.forEach((sch, i) => {
            let schCxt;
            if ((0, util_1.alwaysValidSchema)(it, sch)) {
              gen.var(schValid, true);
            } else {
              schCxt = cxt.subschema({
                keyword: "oneOf",
                schemaProp: i,
                compositeRule: true
              }, schValid);
            }
            if (i > 0) {
              gen.if((0, codegen_1._)`${schValid} && ${valid}`).assign(valid, false).assign(passing, (0, codegen_1._)`[${passing}, ${i}]`).else();
            }
            gen.if(schValid, () => {
              gen.assign(valid, true);
              gen.assign(passing, i);
              if (schCxt)
                cxt.mergeEvaluated(schCxt, codegen_1.Name);
            });
          });
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/allOf.js
var require_allOf = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/allOf.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var util_1 = require_util();
    var def = {
      keyword: "allOf",
      schemaType: "array",
      code(cxt) {
        const { gen, schema, it } = cxt;
        if (!Array.isArray(schema))
          throw new Error("ajv implementation error");
        const valid = gen.name("valid");
        schema.forEach((sch, i) => {
          if ((0, util_1.alwaysValidSchema)(it, sch))
            return;
          const schCxt = cxt.subschema({ keyword: "allOf", schemaProp: i }, valid);
          cxt.ok(valid);
          cxt.mergeEvaluated(schCxt);
        });
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/if.js
var require_if = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/if.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var error = {
      message: ({ params }) => (0, codegen_1.str)`must match "${params.ifClause}" schema`,
      params: ({ params }) => (0, codegen_1._)`{failingKeyword: ${params.ifClause}}`
    };
    var def = {
      keyword: "if",
      schemaType: ["object", "boolean"],
      trackErrors: true,
      error,
      code(cxt) {
        const { gen, parentSchema, it } = cxt;
        if (parentSchema.then === void 0 && parentSchema.else === void 0) {
          (0, util_1.checkStrictMode)(it, '"if" without "then" and "else" is ignored');
        }
        const hasThen = hasSchema(it, "then");
        const hasElse = hasSchema(it, "else");
        if (!hasThen && !hasElse)
          return;
        const valid = gen.let("valid", true);
        const schValid = gen.name("_valid");
        validateIf();
        cxt.reset();
        if (hasThen && hasElse) {
          const ifClause = gen.let("ifClause");
          cxt.setParams({ ifClause });
          gen.if(schValid, validateClause("then", ifClause), validateClause("else", ifClause));
        } else if (hasThen) {
          gen.if(schValid, validateClause("then"));
        } else {
          gen.if((0, codegen_1.not)(schValid), validateClause("else"));
        }
        cxt.pass(valid, () => cxt.error(true));
        function validateIf() {
          const schCxt = cxt.subschema({
            keyword: "if",
            compositeRule: true,
            createErrors: false,
            allErrors: false
          }, schValid);
          cxt.mergeEvaluated(schCxt);
        }
        function validateClause(keyword, ifClause) {
          return () => {
            const schCxt = cxt.subschema({ keyword }, schValid);
            gen.assign(valid, schValid);
            cxt.mergeValidEvaluated(schCxt, valid);
            if (ifClause)
              gen.assign(ifClause, (0, codegen_1._)`${keyword}`);
            else
              cxt.setParams({ ifClause: keyword });
          };
        }
      }
    };
    function hasSchema(it, keyword) {
      const schema = it.schema[keyword];
      return schema !== void 0 && !(0, util_1.alwaysValidSchema)(it, schema);
    }
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/thenElse.js
var require_thenElse = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/thenElse.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var util_1 = require_util();
    var def = {
      keyword: ["then", "else"],
      schemaType: ["object", "boolean"],
      code({ keyword, parentSchema, it }) {
        if (parentSchema.if === void 0)
          (0, util_1.checkStrictMode)(it, `"${keyword}" without "if" is ignored`);
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/index.js
var require_applicator = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var additionalItems_1 = require_additionalItems();
    var prefixItems_1 = require_prefixItems();
    var items_1 = require_items();
    var items2020_1 = require_items2020();
    var contains_1 = require_contains();
    var dependencies_1 = require_dependencies();
    var propertyNames_1 = require_propertyNames();
    var additionalProperties_1 = require_additionalProperties();
    var properties_1 = require_properties();
    var patternProperties_1 = require_patternProperties();
    var not_1 = require_not();
    var anyOf_1 = require_anyOf();
    var oneOf_1 = require_oneOf();
    var allOf_1 = require_allOf();
    var if_1 = require_if();
    var thenElse_1 = require_thenElse();
    function getApplicator(draft2020 = false) {
      const applicator = [
        // any
        not_1.default,
        anyOf_1.default,
        oneOf_1.default,
        allOf_1.default,
        if_1.default,
        thenElse_1.default,
        // object
        propertyNames_1.default,
        additionalProperties_1.default,
        dependencies_1.default,
        properties_1.default,
        patternProperties_1.default
      ];
      if (draft2020)
        applicator.push(prefixItems_1.default, items2020_1.default);
      else
        applicator.push(additionalItems_1.default, items_1.default);
      applicator.push(contains_1.default);
      return applicator;
    }
    exports.default = getApplicator;
  }
});

// node_modules/ajv/dist/vocabularies/format/format.js
var require_format = __commonJS({
  "node_modules/ajv/dist/vocabularies/format/format.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var error = {
      message: ({ schemaCode }) => (0, codegen_1.str)`must match format "${schemaCode}"`,
      params: ({ schemaCode }) => (0, codegen_1._)`{format: ${schemaCode}}`
    };
    var def = {
      keyword: "format",
      type: ["number", "string"],
      schemaType: "string",
      $data: true,
      error,
      code(cxt, ruleType) {
        const { gen, data, $data, schema, schemaCode, it } = cxt;
        const { opts, errSchemaPath, schemaEnv, self } = it;
        if (!opts.validateFormats)
          return;
        if ($data)
          validate$DataFormat();
        else
          validateFormat();
        function validate$DataFormat() {
          const fmts = gen.scopeValue("formats", {
            ref: self.formats,
            code: opts.code.formats
          });
          const fDef = gen.const("fDef", (0, codegen_1._)`${fmts}[${schemaCode}]`);
          const fType = gen.let("fType");
          const format = gen.let("format");
          gen.if((0, codegen_1._)`typeof ${fDef} == "object" && !(${fDef} instanceof RegExp)`, () => gen.assign(fType, (0, codegen_1._)`${fDef}.type || "string"`).assign(format, (0, codegen_1._)`${fDef}.validate`), () => gen.assign(fType, (0, codegen_1._)`"string"`).assign(format, fDef));
          cxt.fail$data((0, codegen_1.or)(unknownFmt(), invalidFmt()));
          function unknownFmt() {
            if (opts.strictSchema === false)
              return codegen_1.nil;
            return (0, codegen_1._)`${schemaCode} && !${format}`;
          }
          function invalidFmt() {
            const callFormat = schemaEnv.$async ? (0, codegen_1._)`(${fDef}.async ? await ${format}(${data}) : ${format}(${data}))` : (0, codegen_1._)`${format}(${data})`;
            const validData = (0, codegen_1._)`(typeof ${format} == "function" ? ${callFormat} : ${format}.test(${data}))`;
            return (0, codegen_1._)`${format} && ${format} !== true && ${fType} === ${ruleType} && !${validData}`;
          }
        }
        function validateFormat() {
          const formatDef = self.formats[schema];
          if (!formatDef) {
            unknownFormat();
            return;
          }
          if (formatDef === true)
            return;
          const [fmtType, format, fmtRef] = getFormat(formatDef);
          if (fmtType === ruleType)
            cxt.pass(validCondition());
          function unknownFormat() {
            if (opts.strictSchema === false) {
              self.logger.warn(unknownMsg());
              return;
            }
            throw new Error(unknownMsg());
            function unknownMsg() {
              return `unknown format "${schema}" ignored in schema at path "${errSchemaPath}"`;
            }
          }
          function getFormat(fmtDef) {
            const code = fmtDef instanceof RegExp ? (0, codegen_1.regexpCode)(fmtDef) : opts.code.formats ? (0, codegen_1._)`${opts.code.formats}${(0, codegen_1.getProperty)(schema)}` : void 0;
            const fmt2 = gen.scopeValue("formats", { key: schema, ref: fmtDef, code });
            if (typeof fmtDef == "object" && !(fmtDef instanceof RegExp)) {
              return [fmtDef.type || "string", fmtDef.validate, (0, codegen_1._)`${fmt2}.validate`];
            }
            return ["string", fmtDef, fmt2];
          }
          function validCondition() {
            if (typeof formatDef == "object" && !(formatDef instanceof RegExp) && formatDef.async) {
              if (!schemaEnv.$async)
                throw new Error("async format in sync schema");
              return (0, codegen_1._)`await ${fmtRef}(${data})`;
            }
            return typeof format == "function" ? (0, codegen_1._)`${fmtRef}(${data})` : (0, codegen_1._)`${fmtRef}.test(${data})`;
          }
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/format/index.js
var require_format2 = __commonJS({
  "node_modules/ajv/dist/vocabularies/format/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var format_1 = require_format();
    var format = [format_1.default];
    exports.default = format;
  }
});

// node_modules/ajv/dist/vocabularies/metadata.js
var require_metadata = __commonJS({
  "node_modules/ajv/dist/vocabularies/metadata.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.contentVocabulary = exports.metadataVocabulary = void 0;
    exports.metadataVocabulary = [
      "title",
      "description",
      "default",
      "deprecated",
      "readOnly",
      "writeOnly",
      "examples"
    ];
    exports.contentVocabulary = [
      "contentMediaType",
      "contentEncoding",
      "contentSchema"
    ];
  }
});

// node_modules/ajv/dist/vocabularies/draft7.js
var require_draft7 = __commonJS({
  "node_modules/ajv/dist/vocabularies/draft7.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var core_1 = require_core2();
    var validation_1 = require_validation();
    var applicator_1 = require_applicator();
    var format_1 = require_format2();
    var metadata_1 = require_metadata();
    var draft7Vocabularies = [
      core_1.default,
      validation_1.default,
      (0, applicator_1.default)(),
      format_1.default,
      metadata_1.metadataVocabulary,
      metadata_1.contentVocabulary
    ];
    exports.default = draft7Vocabularies;
  }
});

// node_modules/ajv/dist/vocabularies/discriminator/types.js
var require_types = __commonJS({
  "node_modules/ajv/dist/vocabularies/discriminator/types.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.DiscrError = void 0;
    var DiscrError;
    (function(DiscrError2) {
      DiscrError2["Tag"] = "tag";
      DiscrError2["Mapping"] = "mapping";
    })(DiscrError || (exports.DiscrError = DiscrError = {}));
  }
});

// node_modules/ajv/dist/vocabularies/discriminator/index.js
var require_discriminator = __commonJS({
  "node_modules/ajv/dist/vocabularies/discriminator/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var types_1 = require_types();
    var compile_1 = require_compile();
    var ref_error_1 = require_ref_error();
    var util_1 = require_util();
    var error = {
      message: ({ params: { discrError, tagName } }) => discrError === types_1.DiscrError.Tag ? `tag "${tagName}" must be string` : `value of tag "${tagName}" must be in oneOf`,
      params: ({ params: { discrError, tag, tagName } }) => (0, codegen_1._)`{error: ${discrError}, tag: ${tagName}, tagValue: ${tag}}`
    };
    var def = {
      keyword: "discriminator",
      type: "object",
      schemaType: "object",
      error,
      code(cxt) {
        const { gen, data, schema, parentSchema, it } = cxt;
        const { oneOf } = parentSchema;
        if (!it.opts.discriminator) {
          throw new Error("discriminator: requires discriminator option");
        }
        const tagName = schema.propertyName;
        if (typeof tagName != "string")
          throw new Error("discriminator: requires propertyName");
        if (schema.mapping)
          throw new Error("discriminator: mapping is not supported");
        if (!oneOf)
          throw new Error("discriminator: requires oneOf keyword");
        const valid = gen.let("valid", false);
        const tag = gen.const("tag", (0, codegen_1._)`${data}${(0, codegen_1.getProperty)(tagName)}`);
        gen.if((0, codegen_1._)`typeof ${tag} == "string"`, () => validateMapping(), () => cxt.error(false, { discrError: types_1.DiscrError.Tag, tag, tagName }));
        cxt.ok(valid);
        function validateMapping() {
          const mapping = getMapping();
          gen.if(false);
          for (const tagValue in mapping) {
            gen.elseIf((0, codegen_1._)`${tag} === ${tagValue}`);
            gen.assign(valid, applyTagSchema(mapping[tagValue]));
          }
          gen.else();
          cxt.error(false, { discrError: types_1.DiscrError.Mapping, tag, tagName });
          gen.endIf();
        }
        function applyTagSchema(schemaProp) {
          const _valid = gen.name("valid");
          const schCxt = cxt.subschema({ keyword: "oneOf", schemaProp }, _valid);
          cxt.mergeEvaluated(schCxt, codegen_1.Name);
          return _valid;
        }
        function getMapping() {
          var _a;
          const oneOfMapping = {};
          const topRequired = hasRequired(parentSchema);
          let tagRequired = true;
          for (let i = 0; i < oneOf.length; i++) {
            let sch = oneOf[i];
            if ((sch === null || sch === void 0 ? void 0 : sch.$ref) && !(0, util_1.schemaHasRulesButRef)(sch, it.self.RULES)) {
              const ref = sch.$ref;
              sch = compile_1.resolveRef.call(it.self, it.schemaEnv.root, it.baseId, ref);
              if (sch instanceof compile_1.SchemaEnv)
                sch = sch.schema;
              if (sch === void 0)
                throw new ref_error_1.default(it.opts.uriResolver, it.baseId, ref);
            }
            const propSch = (_a = sch === null || sch === void 0 ? void 0 : sch.properties) === null || _a === void 0 ? void 0 : _a[tagName];
            if (typeof propSch != "object") {
              throw new Error(`discriminator: oneOf subschemas (or referenced schemas) must have "properties/${tagName}"`);
            }
            tagRequired = tagRequired && (topRequired || hasRequired(sch));
            addMappings(propSch, i);
          }
          if (!tagRequired)
            throw new Error(`discriminator: "${tagName}" must be required`);
          return oneOfMapping;
          function hasRequired({ required }) {
            return Array.isArray(required) && required.includes(tagName);
          }
          function addMappings(sch, i) {
            if (sch.const) {
              addMapping(sch.const, i);
            } else if (sch.enum) {
              for (const tagValue of sch.enum) {
                addMapping(tagValue, i);
              }
            } else {
              throw new Error(`discriminator: "properties/${tagName}" must have "const" or "enum"`);
            }
          }
          function addMapping(tagValue, i) {
            if (typeof tagValue != "string" || tagValue in oneOfMapping) {
              throw new Error(`discriminator: "${tagName}" values must be unique strings`);
            }
            oneOfMapping[tagValue] = i;
          }
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/refs/json-schema-draft-07.json
var require_json_schema_draft_07 = __commonJS({
  "node_modules/ajv/dist/refs/json-schema-draft-07.json"(exports, module) {
    module.exports = {
      $schema: "http://json-schema.org/draft-07/schema#",
      $id: "http://json-schema.org/draft-07/schema#",
      title: "Core schema meta-schema",
      definitions: {
        schemaArray: {
          type: "array",
          minItems: 1,
          items: { $ref: "#" }
        },
        nonNegativeInteger: {
          type: "integer",
          minimum: 0
        },
        nonNegativeIntegerDefault0: {
          allOf: [{ $ref: "#/definitions/nonNegativeInteger" }, { default: 0 }]
        },
        simpleTypes: {
          enum: ["array", "boolean", "integer", "null", "number", "object", "string"]
        },
        stringArray: {
          type: "array",
          items: { type: "string" },
          uniqueItems: true,
          default: []
        }
      },
      type: ["object", "boolean"],
      properties: {
        $id: {
          type: "string",
          format: "uri-reference"
        },
        $schema: {
          type: "string",
          format: "uri"
        },
        $ref: {
          type: "string",
          format: "uri-reference"
        },
        $comment: {
          type: "string"
        },
        title: {
          type: "string"
        },
        description: {
          type: "string"
        },
        default: true,
        readOnly: {
          type: "boolean",
          default: false
        },
        examples: {
          type: "array",
          items: true
        },
        multipleOf: {
          type: "number",
          exclusiveMinimum: 0
        },
        maximum: {
          type: "number"
        },
        exclusiveMaximum: {
          type: "number"
        },
        minimum: {
          type: "number"
        },
        exclusiveMinimum: {
          type: "number"
        },
        maxLength: { $ref: "#/definitions/nonNegativeInteger" },
        minLength: { $ref: "#/definitions/nonNegativeIntegerDefault0" },
        pattern: {
          type: "string",
          format: "regex"
        },
        additionalItems: { $ref: "#" },
        items: {
          anyOf: [{ $ref: "#" }, { $ref: "#/definitions/schemaArray" }],
          default: true
        },
        maxItems: { $ref: "#/definitions/nonNegativeInteger" },
        minItems: { $ref: "#/definitions/nonNegativeIntegerDefault0" },
        uniqueItems: {
          type: "boolean",
          default: false
        },
        contains: { $ref: "#" },
        maxProperties: { $ref: "#/definitions/nonNegativeInteger" },
        minProperties: { $ref: "#/definitions/nonNegativeIntegerDefault0" },
        required: { $ref: "#/definitions/stringArray" },
        additionalProperties: { $ref: "#" },
        definitions: {
          type: "object",
          additionalProperties: { $ref: "#" },
          default: {}
        },
        properties: {
          type: "object",
          additionalProperties: { $ref: "#" },
          default: {}
        },
        patternProperties: {
          type: "object",
          additionalProperties: { $ref: "#" },
          propertyNames: { format: "regex" },
          default: {}
        },
        dependencies: {
          type: "object",
          additionalProperties: {
            anyOf: [{ $ref: "#" }, { $ref: "#/definitions/stringArray" }]
          }
        },
        propertyNames: { $ref: "#" },
        const: true,
        enum: {
          type: "array",
          items: true,
          minItems: 1,
          uniqueItems: true
        },
        type: {
          anyOf: [
            { $ref: "#/definitions/simpleTypes" },
            {
              type: "array",
              items: { $ref: "#/definitions/simpleTypes" },
              minItems: 1,
              uniqueItems: true
            }
          ]
        },
        format: { type: "string" },
        contentMediaType: { type: "string" },
        contentEncoding: { type: "string" },
        if: { $ref: "#" },
        then: { $ref: "#" },
        else: { $ref: "#" },
        allOf: { $ref: "#/definitions/schemaArray" },
        anyOf: { $ref: "#/definitions/schemaArray" },
        oneOf: { $ref: "#/definitions/schemaArray" },
        not: { $ref: "#" }
      },
      default: true
    };
  }
});

// node_modules/ajv/dist/ajv.js
var require_ajv = __commonJS({
  "node_modules/ajv/dist/ajv.js"(exports, module) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.MissingRefError = exports.ValidationError = exports.CodeGen = exports.Name = exports.nil = exports.stringify = exports.str = exports._ = exports.KeywordCxt = exports.Ajv = void 0;
    var core_1 = require_core();
    var draft7_1 = require_draft7();
    var discriminator_1 = require_discriminator();
    var draft7MetaSchema = require_json_schema_draft_07();
    var META_SUPPORT_DATA = ["/properties"];
    var META_SCHEMA_ID = "http://json-schema.org/draft-07/schema";
    var Ajv3 = class extends core_1.default {
      _addVocabularies() {
        super._addVocabularies();
        draft7_1.default.forEach((v) => this.addVocabulary(v));
        if (this.opts.discriminator)
          this.addKeyword(discriminator_1.default);
      }
      _addDefaultMetaSchema() {
        super._addDefaultMetaSchema();
        if (!this.opts.meta)
          return;
        const metaSchema = this.opts.$data ? this.$dataMetaSchema(draft7MetaSchema, META_SUPPORT_DATA) : draft7MetaSchema;
        this.addMetaSchema(metaSchema, META_SCHEMA_ID, false);
        this.refs["http://json-schema.org/schema"] = META_SCHEMA_ID;
      }
      defaultMeta() {
        return this.opts.defaultMeta = super.defaultMeta() || (this.getSchema(META_SCHEMA_ID) ? META_SCHEMA_ID : void 0);
      }
    };
    exports.Ajv = Ajv3;
    module.exports = exports = Ajv3;
    module.exports.Ajv = Ajv3;
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.default = Ajv3;
    var validate_1 = require_validate();
    Object.defineProperty(exports, "KeywordCxt", { enumerable: true, get: function() {
      return validate_1.KeywordCxt;
    } });
    var codegen_1 = require_codegen();
    Object.defineProperty(exports, "_", { enumerable: true, get: function() {
      return codegen_1._;
    } });
    Object.defineProperty(exports, "str", { enumerable: true, get: function() {
      return codegen_1.str;
    } });
    Object.defineProperty(exports, "stringify", { enumerable: true, get: function() {
      return codegen_1.stringify;
    } });
    Object.defineProperty(exports, "nil", { enumerable: true, get: function() {
      return codegen_1.nil;
    } });
    Object.defineProperty(exports, "Name", { enumerable: true, get: function() {
      return codegen_1.Name;
    } });
    Object.defineProperty(exports, "CodeGen", { enumerable: true, get: function() {
      return codegen_1.CodeGen;
    } });
    var validation_error_1 = require_validation_error();
    Object.defineProperty(exports, "ValidationError", { enumerable: true, get: function() {
      return validation_error_1.default;
    } });
    var ref_error_1 = require_ref_error();
    Object.defineProperty(exports, "MissingRefError", { enumerable: true, get: function() {
      return ref_error_1.default;
    } });
  }
});

// node_modules/ignore/index.js
var require_ignore = __commonJS({
  "node_modules/ignore/index.js"(exports, module) {
    function makeArray(subject) {
      return Array.isArray(subject) ? subject : [subject];
    }
    var UNDEFINED = void 0;
    var EMPTY = "";
    var SPACE = " ";
    var ESCAPE = "\\";
    var REGEX_LITERAL_SPECIAL = /[.*+?()[\]{}^$|\\/]/;
    var BOM = "\uFEFF";
    var REGEX_ANCHORED_GLOBSTAR = /^\/\*{2,}$/;
    var REGEX_REPLACE_LEADING_EXCAPED_EXCLAMATION = /^\\!/;
    var REGEX_REPLACE_LEADING_EXCAPED_HASH = /^\\#/;
    var REGEX_SPLITALL_CRLF = /\r?\n/g;
    var DOUBLE_SLASH = "//";
    var SLASH_CODE = 47;
    var DOT_CODE = 46;
    var SLASH = "/";
    var TMP_KEY_IGNORE = "node-ignore";
    if (typeof Symbol !== "undefined") {
      TMP_KEY_IGNORE = /* @__PURE__ */ Symbol.for("node-ignore");
    }
    var KEY_IGNORE = TMP_KEY_IGNORE;
    var define = (object, key, value) => {
      Object.defineProperty(object, key, { value });
      return value;
    };
    var RETURN_FALSE = () => false;
    var POSIX_CLASSES = {
      alnum: "0-9A-Za-z",
      alpha: "A-Za-z",
      blank: " \\t",
      cntrl: "\\x00-\\x1f\\x7f",
      digit: "0-9",
      graph: "!-.0-~",
      lower: "a-z",
      print: " -.0-~",
      punct: "!-.:-@\\[-`{-~",
      // git's `sane-ctype.h` classifies \v and \f as control, not space,
      //   unlike C's `isspace`
      space: " \\t\\n\\r",
      upper: "A-Z",
      xdigit: "0-9A-Fa-f"
    };
    var CLASS_MEMBERS_TO_ESCAPE = "\\]^-[";
    var escapeMember = (char) => CLASS_MEMBERS_TO_ESCAPE.indexOf(char) < 0 ? char : ESCAPE + char;
    var NON_SLASH = "(?!\\/)";
    var classSource = (negated, body) => {
      if (negated) {
        return `[^\\/${body}]`;
      }
      const source = `[${body}]`;
      return new RegExp(source).test("/") ? NON_SLASH + source : source;
    };
    var scanBracket = (pattern, start) => {
      const { length } = pattern;
      let index = start + 1;
      let negated = EMPTY;
      const lead = pattern[index];
      if (lead === "!" || lead === "^") {
        negated = "^";
        index++;
      }
      let body = EMPTY;
      let prev = EMPTY;
      for (; ; ) {
        const char = pattern[index];
        if (char === UNDEFINED) {
          return null;
        }
        if (char === ESCAPE) {
          const escaped = pattern[++index];
          body += escapeMember(escaped);
          prev = escaped;
        } else if (char === "-" && prev && index + 1 < length && pattern[index + 1] !== "]") {
          index++;
          let to = pattern[index];
          if (to === ESCAPE) {
            to = pattern[index += 1];
          }
          if (prev <= to) {
            body += `-${escapeMember(to)}`;
          }
          prev = EMPTY;
        } else if (char === "[" && pattern[index + 1] === ":") {
          const nameStart = index + 2;
          let end = nameStart;
          while (end < length && pattern[end] !== "]") {
            end++;
          }
          if (end === length) {
            return null;
          }
          if (end > nameStart && pattern[end - 1] === ":") {
            const name = pattern.slice(nameStart, end - 1);
            if (!Object.prototype.hasOwnProperty.call(POSIX_CLASSES, name)) {
              return null;
            }
            body += POSIX_CLASSES[name];
            prev = EMPTY;
            index = end;
          } else {
            body += escapeMember("[");
            prev = "[";
            index = nameStart - 2;
          }
        } else {
          body += escapeMember(char);
          prev = char;
        }
        index++;
        if (pattern[index] === "]") {
          return {
            end: index,
            source: classSource(negated, body)
          };
        }
      }
    };
    var NEVER_MATCH = "[]";
    var PLACEHOLDER = "\0";
    var REGEX_RESTORE_PLACEHOLDER = new RegExp(
      `${PLACEHOLDER}(\\d+)${PLACEHOLDER}`,
      "g"
    );
    var TRAILING_WILDCARD = "\uE000";
    var TRAILING_DOUBLESTAR = "\uE001";
    var isReserved = (char) => char === PLACEHOLDER || char === TRAILING_WILDCARD || char === TRAILING_DOUBLESTAR;
    var extractBrackets = (pattern) => {
      const sources = [];
      const hold = (source) => `${PLACEHOLDER}${sources.push(source) - 1}${PLACEHOLDER}`;
      const { length } = pattern;
      let out = EMPTY;
      let index = 0;
      while (index < length) {
        const char = pattern[index];
        if (char === ESCAPE) {
          const escaped = pattern[index + 1];
          if (escaped === SLASH && index + 2 === length) {
            out += hold(NEVER_MATCH);
          } else if (escaped === "*" || escaped === "[" || escaped === SPACE) {
            out += pattern.slice(index, index + 2);
          } else {
            out += hold(
              REGEX_LITERAL_SPECIAL.test(escaped) ? ESCAPE + escaped : isReserved(escaped) ? `[${escaped}]` : escaped
            );
          }
          index += 2;
        } else if (isReserved(char)) {
          out += hold(`[${char}]`);
          index++;
        } else if (char === "[") {
          const scanned = scanBracket(pattern, index);
          if (scanned === null) {
            out += hold(NEVER_MATCH);
            index = length;
          } else {
            out += hold(scanned.source);
            index = scanned.end + 1;
          }
        } else {
          out += char;
          index++;
        }
      }
      return {
        source: out,
        sources
      };
    };
    var DIRECT = null;
    var REGEX_INNER_SLASH = /\/(?!$)/;
    var WILDCARD = "[^\\/]*";
    var REPLACERS = [
      // Replace (\ ) with ' '
      // Only a space: an escaped tab or other whitespace is already a literal by
      //   the time it reaches here, and a bare tab must be left as one, not turned
      //   into a space.
      // (\ ) -> ' '
      // (\\ ) -> '\\ '
      // (\\\ ) -> '\\ '
      [
        // A run of backslashes is taken whole, from its first one, so no match
        //   ever starts again inside it -- `(\\+?) ` did, which made a long run
        //   quadratic.
        /(\\+)( ?)/g,
        (_, run, space) => space ? run.slice(0, run.length - run.length % 2) + SPACE : run,
        ESCAPE + SPACE
      ],
      // git's wildmatch() reads a run of two or more asterisks as one globstar
      //   whenever the run fills a path segment: it starts the pattern or follows
      //   a `/`, and it ends the pattern or comes before a `/`. A run of two is
      //   already `**`; a longer one is folded into `**` here, so the steps
      //   below only ever have to know `**`.
      // `***/foo` -> `**/foo`, `a/***/b` -> `a/**/b`, `a/***` -> `a/**`
      // git also takes a run beside a literal prefix (`a***/b`) or beside an
      //   escaped slash (`***\/b`) as a globstar, and this does not; the README
      //   lists both, under "A run of asterisks".
      [
        /(^|\/)\*{3,}(?=\/|$)/g,
        (_, start) => `${start}**`,
        "*"
      ],
      // Escape metacharacters
      // which is written down by users but means special for regular expressions.
      // > There are 12 characters with special meanings:
      // > - the backslash \,
      // > - the caret ^,
      // > - the dollar sign $,
      // > - the period or dot .,
      // > - the vertical bar or pipe symbol |,
      // > - the question mark ?,
      // > - the asterisk or star *,
      // > - the plus sign +,
      // > - the opening parenthesis (,
      // > - the closing parenthesis ),
      // > - and the opening square bracket [,
      // > - the opening curly brace {,
      // > These special characters are often called "metacharacters".
      [
        /[\\$.|*+(){^]/g,
        (match) => `\\${match}`
      ],
      [
        // > a question mark (?) matches a single character
        /(?!\\)\?/g,
        () => "[^/]",
        "?"
      ],
      // leading slash
      [
        // > A leading slash matches the beginning of the pathname.
        // > For example, "/*.c" matches "cat-file.c" but not "mozilla-sha1/sha1.c".
        // A leading slash matches the beginning of the pathname
        /^\//,
        () => "^",
        SLASH
      ],
      // replace special metacharacter slash after the leading slash
      [
        /\//g,
        () => "\\/",
        SLASH
      ],
      [
        // > A leading "**" followed by a slash means match in all directories.
        // > For example, "**/foo" matches file or directory "foo" anywhere,
        // > the same as pattern "foo".
        // > "**/foo/bar" matches file or directory "bar" anywhere that is directly
        // >   under directory "foo".
        // Notice that the '*'s have been replaced as '\\*'
        /^\^*(?:\\\*\\\*\\\/)+/,
        // '**/foo' <-> 'foo'
        () => "(?:^|\\/)",
        "*"
      ],
      // starting
      [
        // there will be no leading '/'
        //   (which has been replaced by section "leading slash")
        // If starts with '**', adding a '^' to the regular expression also works
        DIRECT,
        (source, pattern) => {
          if (!source || source[0] === "^" || source[0] === "(") {
            return source;
          }
          const anchor = !REGEX_INNER_SLASH.test(pattern) ? "(?:^|\\/)" : "^";
          return anchor + source;
        }
      ],
      // two globstars
      [
        // Use lookahead assertions so that we could match more than one `'/**'`
        /\\\/\\\*\\\*(?=\\\/|$)/g,
        // Zero, one or several directories
        // should not use '*', or it will be replaced by the next replacer
        // Check if it is not the last `'/**'`
        (_, index, str2) => index + 6 < str2.length ? str2.slice(index + 6) === "\\/" ? "(?:\\/[^\\/]+)+" : "(?:\\/[^\\/]+)*" : `\\/${TRAILING_DOUBLESTAR}`,
        "*"
      ],
      // normal intermediate wildcards
      [
        // Never replace escaped '*'
        // ignore rule '\*' will match the path '*'
        // 'abc.*/' -> go
        // 'abc.*'  -> skip this rule,
        //    coz trailing single wildcard will be handed by [trailing wildcard]
        /(^|[^\\])(?:\\\*)+(?!$)/g,
        // '*.js' matches '.js'
        // '*.js' doesn't match 'abc'
        // 1. An asterisk "*" matches anything except a slash.
        // 2. Other consecutive asterisks are considered regular asterisks
        //    and collapse into one non-slash wildcard run.
        (_, p1) => p1 + WILDCARD,
        "*"
      ],
      // trailing wildcard, held apart from a literal star
      [
        // The step above leaves a trailing `*` alone, so a single `\*` is all that
        //   can be left at the end here, and what stands in front of it says which
        //   kind it is. A wildcard arrives as the escaper wrote it, `\*` with
        //   nothing before it; a literal arrives as the user's own escape, which
        //   the escaper doubled, and then the star's own -- `\\` and then `\*`.
        //   There is no third case: every backslash still reaching the chain is
        //   one `\*`, `\[` or `\ ` carries itself, and each is followed by its
        //   own character, so a longer run can never form. This runs while the
        //   two are still distinct, before the unescape steps below collapse the
        //   literal onto the very `\*` a wildcard leaves behind.
        /(^|[^\\])((?:\\\\)*)\\\*$/,
        (match, p1, p2) => p2 === EMPTY ? p1 + TRAILING_WILDCARD : match,
        "*"
      ],
      [
        // unescape, revert step 3 except for back slash
        // For example, if a user escape a '\\*',
        // after step 3, the result will be '\\\\\\*'
        /\\\\\\(?=[$.|*+(){^])/g,
        () => ESCAPE,
        ESCAPE + ESCAPE
      ],
      [
        // '\\\\' -> '\\'
        /\\\\/g,
        () => ESCAPE,
        ESCAPE + ESCAPE
      ],
      [
        // Every real bracket expression -- POSIX classes included -- has already
        //   been held aside by `extractBrackets`, so the only `[` left in the
        //   pattern is an escaped, literal one.
        // A backslash could only stand at the end of the range if it quoted the
        //   `]`, and `\]` is held aside long before this.
        /\\\[([^\]/]*?)($|\])/g,
        // '\\[bar]' -> '\\\\[bar]'
        (match, range, close) => `\\[${range}${close}`,
        "["
      ],
      // ending
      [
        // 'js' will not match 'js.'
        // 'ab' will not match 'abc'
        DIRECT,
        // WTF!
        // https://git-scm.com/docs/gitignore
        // changes in [2.22.1](https://git-scm.com/docs/gitignore/2.22.1)
        // which re-fixes #24, #38
        // > If there is a separator at the end of the pattern then the pattern
        // > will only match directories, otherwise the pattern can match both
        // > files and directories.
        // 'js*' will not match 'a.js'
        // 'js/' will not match 'a.js'
        // 'js' will match 'a.js' and 'a.js/'
        (source) => {
          const last = source[source.length - 1];
          if (!last || last === TRAILING_WILDCARD || last === TRAILING_DOUBLESTAR) {
            return source;
          }
          return last === SLASH ? `${source}$` : `${source}(?=$|\\/$)`;
        }
      ]
    ];
    var REGEX_REPLACE_TRAILING_WILDCARD = /(^|\\\/)?\uE000$/;
    var MODE_IGNORE = "regex";
    var MODE_CHECK_IGNORE = "checkRegex";
    var UNDERSCORE = "_";
    var replaceTrailingWildcard = (_, p1) => {
      const prefix = p1 ? `${p1}[^/]+` : "[^/]*";
      return `${prefix}(?=$|\\/$)`;
    };
    var REGEX_REPLACE_TRAILING_DOUBLESTAR = /\uE001$/;
    var replaceTrailingDoublestar = () => "[\\s\\S]";
    var separatorAfter = (run, at) => {
      let separator = EMPTY;
      for (let index = at + 1; index < run.length && !run[index].wildcard; index++) {
        separator += run[index].single;
      }
      return separator;
    };
    var pinWildcards = (source) => {
      if (source.indexOf(WILDCARD) < 0) {
        return source;
      }
      const tokens = [];
      const { length } = source;
      let index = 0;
      while (index < length) {
        const char = source[index];
        if (source.startsWith(WILDCARD, index)) {
          tokens.push({ wildcard: true });
          index += WILDCARD.length;
        } else if (char === "[") {
          let end = index + 1;
          if (source[end] === "^") {
            end++;
          }
          if (source[end] === "]") {
            end++;
          }
          while (end < length && source[end] !== "]") {
            end += source[end] === ESCAPE ? 2 : 1;
          }
          end++;
          tokens.push({ single: source.slice(index, end) });
          index = end;
        } else if (char === ESCAPE) {
          tokens.push({ single: source.slice(index, index + 2) });
          index += 2;
        } else if (char === "(") {
          let depth = 0;
          let end = index;
          do {
            if (source[end] === ESCAPE) {
              end++;
            } else if (source[end] === "(") {
              depth++;
            } else if (source[end] === ")") {
              depth--;
            }
            end++;
          } while (end < length && depth > 0);
          if ("*+?".indexOf(source[end]) >= 0) {
            end++;
          }
          tokens.push({ boundary: source.slice(index, end) });
          index = end;
        } else if (char === "^" || char === "$") {
          tokens.push({ boundary: char });
          index++;
        } else {
          tokens.push({ single: char });
          index++;
        }
      }
      let out = EMPTY;
      let run = [];
      const flush = () => {
        let lastWildcard;
        run.forEach((token, at) => {
          if (token.wildcard) {
            lastWildcard = at;
          }
        });
        run.forEach((token, at) => {
          if (!token.wildcard) {
            out += token.single;
            return;
          }
          out += at === lastWildcard ? WILDCARD : `(?:(?!${separatorAfter(run, at)})[^\\/])*`;
        });
        run = [];
      };
      tokens.forEach((token) => {
        if (token.boundary === void 0) {
          run.push(token);
          return;
        }
        flush();
        out += token.boundary;
      });
      flush();
      return out;
    };
    var makeRegexPrefix = (pattern) => {
      if (REGEX_ANCHORED_GLOBSTAR.test(pattern)) {
        pattern = "**";
      }
      const { source, sources } = extractBrackets(pattern);
      const replaced = REPLACERS.reduce(
        // A pass whose matcher finds nothing hands back the very string it was
        //   given, so asking first costs a search and saves a rewrite. Ten of the
        //   fifteen passes never fire for a typical .gitignore line, and between
        //   them they were 45% of this chain.
        (prev, [matcher, replacer, required]) => {
          if (matcher === DIRECT) {
            return replacer(prev, pattern);
          }
          if (required !== UNDEFINED && prev.indexOf(required) < 0) {
            return prev;
          }
          return matcher.test(prev) ? prev.replace(matcher, replacer.bind(pattern)) : prev;
        },
        source
      );
      return sources.length ? replaced.replace(
        REGEX_RESTORE_PLACEHOLDER,
        (match, index) => sources[index]
      ) : replaced;
    };
    var checkSourceOf = (body, prefix) => {
      if (body[body.length - 1] === SLASH) {
        prefix = makeRegexPrefix(body.slice(0, -1));
      }
      const head = prefix.slice(0, -1);
      const last = prefix[prefix.length - 1];
      return last === TRAILING_WILDCARD ? `${head}$` : last === TRAILING_DOUBLESTAR ? head : NEVER_MATCH;
    };
    var matchesBasename = (body) => {
      const index = body.indexOf(SLASH);
      return index < 0 || index === body.length - 1;
    };
    var basenameOf = (path31) => {
      const end = path31.length - 1;
      const index = path31.lastIndexOf(
        SLASH,
        path31[end] === SLASH ? end - 1 : end
      );
      return index < 0 ? path31 : path31.slice(index + 1);
    };
    var parentOf = (path31) => {
      if (path31.charCodeAt(0) === SLASH_CODE || path31.indexOf(DOUBLE_SLASH) >= 0) {
        const slices = path31.split(SLASH).filter(Boolean);
        slices.pop();
        return slices.length ? slices.join(SLASH) + SLASH : EMPTY;
      }
      const end = path31.length - 1;
      const cut = path31.lastIndexOf(
        SLASH,
        path31.charCodeAt(end) === SLASH_CODE ? end - 1 : end
      );
      return cut < 0 ? EMPTY : path31.slice(0, cut + 1);
    };
    var isString = (subject) => typeof subject === "string";
    var checkPattern = (pattern) => pattern && isString(pattern);
    var splitPattern = (pattern) => (pattern[pattern.length - 1] === "\r" ? pattern.slice(0, -1) : pattern).split(REGEX_SPLITALL_CRLF).filter(Boolean);
    var IgnoreRule = class {
      constructor(pattern, mark, body, ignoreCase, negative, prefix) {
        this.pattern = pattern;
        this.mark = mark;
        this.negative = negative;
        define(this, "body", body);
        define(this, "ignoreCase", ignoreCase);
        define(this, "regexPrefix", prefix);
      }
      // Worked out on first use and kept behind an own property, the way `regex`
      //   caches itself in `_regex`. Deciding it in the constructor instead would
      //   add a fourth `defineProperty` to every rule ever built, which cost 4% of
      //   every compile -- including the compiles of rules that are never matched
      //   against anything.
      get _basenameOnly() {
        return define(this, "_basenameOnly", matchesBasename(this.body));
      }
      get regex() {
        const key = UNDERSCORE + MODE_IGNORE;
        if (this[key]) {
          return this[key];
        }
        return this._make(MODE_IGNORE, key);
      }
      get checkRegex() {
        const key = UNDERSCORE + MODE_CHECK_IGNORE;
        if (this[key]) {
          return this[key];
        }
        return this._make(MODE_CHECK_IGNORE, key);
      }
      _make(mode2, key) {
        const str2 = pinWildcards(
          mode2 === MODE_IGNORE ? this.regexPrefix.replace(REGEX_REPLACE_TRAILING_WILDCARD, replaceTrailingWildcard).replace(REGEX_REPLACE_TRAILING_DOUBLESTAR, replaceTrailingDoublestar) : checkSourceOf(this.body, this.regexPrefix)
        );
        const regex = this.ignoreCase ? new RegExp(str2, "i") : new RegExp(str2);
        return define(this, key, regex);
      }
    };
    var hasTrailingBackslash = (str2) => {
      let count3 = 0;
      while (str2[str2.length - count3 - 1] === ESCAPE) {
        count3++;
      }
      return count3 % 2 === 1;
    };
    var trimEnd = (body, stripLineEnd) => {
      let lineEnd = body.length;
      let end;
      for (; ; ) {
        if (stripLineEnd && body[lineEnd - 1] === "\r") {
          lineEnd--;
        }
        end = lineEnd;
        while (body[end - 1] === SPACE) {
          end--;
        }
        if (!stripLineEnd || body[end - 1] !== "\n") {
          break;
        }
        lineEnd = end - 1;
      }
      if (end === lineEnd) {
        return body.slice(0, lineEnd);
      }
      let backslashes = 0;
      while (body[end - backslashes - 1] === ESCAPE) {
        backslashes++;
      }
      return backslashes % 2 ? body.slice(0, end - 1) + SPACE : body.slice(0, end);
    };
    var createRule = (pattern, mark, ignoreCase, stripLineEnd, stripBOM) => {
      let body = stripBOM && pattern[0] === BOM ? pattern.slice(1) : pattern;
      if (body[0] === "#") {
        return;
      }
      let negative = false;
      if (body[0] === "!") {
        negative = true;
        body = body.slice(1);
      }
      const last = body[body.length - 1];
      if (last === SPACE || stripLineEnd && (last === "\r" || last === "\n")) {
        body = trimEnd(body, stripLineEnd);
      }
      if (!body || hasTrailingBackslash(body)) {
        return;
      }
      body = body.replace(REGEX_REPLACE_LEADING_EXCAPED_EXCLAMATION, "!").replace(REGEX_REPLACE_LEADING_EXCAPED_HASH, "#");
      const regexPrefix = makeRegexPrefix(body);
      return new IgnoreRule(
        pattern,
        mark,
        body,
        ignoreCase,
        negative,
        regexPrefix
      );
    };
    var RuleManager = class {
      constructor(ignoreCase) {
        this._ignoreCase = ignoreCase;
        this._rules = [];
        this._basenameCount = 0;
      }
      _add(pattern, index) {
        if (pattern && pattern[KEY_IGNORE]) {
          this._rules = this._rules.concat(pattern._rules._rules);
          this._basenameCount += pattern._rules._basenameCount;
          this._added = true;
          return;
        }
        const isStr = isString(pattern);
        const raw = isStr ? pattern : pattern.pattern;
        const rule = checkPattern(raw) && createRule(
          raw,
          isStr ? UNDEFINED : pattern.mark,
          this._ignoreCase,
          !this._split,
          this._stripBOM && !index
        );
        if (rule) {
          this._added = true;
          this._rules.push(rule);
          if (matchesBasename(rule.body)) {
            this._basenameCount++;
          }
        }
      }
      // @param {Array<string> | string | Ignore} pattern
      add(pattern) {
        this._added = false;
        this._split = isString(pattern);
        this._stripBOM = !this._split || pattern[0] === BOM;
        makeArray(
          this._split ? splitPattern(pattern) : pattern
        ).forEach(this._add, this);
        if (this._added) {
          this._literalRules = UNDEFINED;
        }
        return this._added;
      }
      // Match the literal 'abc/' for `checkIgnore`, last rule wins. Only a rule
      //   ending in a wildcard can match it (see `checkSourceOf`), so the rest
      //   are left out once, rather than tested or compiled for every path.
      testLiteral(path31) {
        const rules = this._literalRules || (this._literalRules = this._rules.filter(
          ({ body }) => body[body.length - (body[body.length - 1] === SLASH ? 2 : 1)] === "*"
        ));
        let ignored = false;
        let unignored = false;
        let matchedRule;
        for (let index = rules.length - 1; index >= 0; index--) {
          const rule = rules[index];
          if (rule.checkRegex.test(path31)) {
            ignored = !rule.negative;
            unignored = rule.negative;
            matchedRule = rule.negative ? UNDEFINED : rule;
            break;
          }
        }
        const ret = {
          ignored,
          unignored
        };
        if (matchedRule) {
          ret.rule = matchedRule;
        }
        return ret;
      }
      // Test one single path without recursively checking parent directories
      //
      // - mode `string` either `MODE_IGNORE` or `MODE_CHECK_IGNORE`
      // @returns {TestResult}
      test(path31, mode2) {
        const rules = this._rules;
        const { length } = rules;
        const shortcut = this._basenameCount * 2 >= length;
        const basename = shortcut ? basenameOf(path31) : path31;
        for (let index = length - 1; index >= 0; index--) {
          const rule = rules[index];
          if (rule[mode2].test(
            shortcut && rule._basenameOnly ? basename : path31
          )) {
            const { negative } = rule;
            const ret = {
              ignored: !negative,
              unignored: negative
            };
            if (!negative) {
              ret.rule = rule;
            }
            return ret;
          }
        }
        return {
          ignored: false,
          unignored: false
        };
      }
    };
    var throwError = (message, Ctor) => {
      throw new Ctor(message);
    };
    var checkPath = (path31, originalPath, doThrow) => {
      if (!isString(path31)) {
        return doThrow(
          `path must be a string, but got \`${originalPath}\``,
          TypeError
        );
      }
      if (!path31) {
        return doThrow(`path must not be empty`, TypeError);
      }
      if (checkPath.isNotRelative(path31)) {
        const r = "`path.relative()`d";
        return doThrow(
          `path should be a ${r} string, but got "${originalPath}"`,
          RangeError
        );
      }
      return true;
    };
    var isNotRelative = (path31) => {
      const first = path31.charCodeAt(0);
      if (first === SLASH_CODE) {
        return true;
      }
      if (first !== DOT_CODE) {
        return false;
      }
      if (path31.length === 1) {
        return true;
      }
      const second = path31.charCodeAt(1);
      if (second === SLASH_CODE) {
        return true;
      }
      if (second !== DOT_CODE) {
        return false;
      }
      return path31.length === 2 || path31.charCodeAt(2) === SLASH_CODE;
    };
    checkPath.isNotRelative = isNotRelative;
    checkPath.convert = (p) => p;
    var convertPath = (target) => isString(target) && checkPath.convert(target);
    var Ignore = class {
      constructor({
        ignorecase = true,
        ignoreCase = ignorecase,
        allowRelativePaths = false
      } = {}) {
        define(this, KEY_IGNORE, true);
        this._rules = new RuleManager(ignoreCase);
        this._strictPathCheck = !allowRelativePaths;
        this._initCache();
      }
      _initCache() {
        this._ignoreCache = /* @__PURE__ */ Object.create(null);
        this._testCache = /* @__PURE__ */ Object.create(null);
      }
      add(pattern) {
        if (this._rules.add(pattern)) {
          this._initCache();
        }
        return this;
      }
      // legacy
      addPattern(pattern) {
        return this.add(pattern);
      }
      // @returns {TestResult}
      _test(originalPath, cache, path31) {
        checkPath(
          path31,
          originalPath,
          this._strictPathCheck ? throwError : RETURN_FALSE
        );
        return path31 ? this._t(path31, cache) : {
          ignored: false,
          unignored: false
        };
      }
      checkIgnore(target) {
        const path31 = convertPath(target);
        if (!path31 || path31.charCodeAt(path31.length - 1) !== SLASH_CODE) {
          return this._test(target, this._testCache, path31);
        }
        const dir = this._t(path31, this._testCache);
        if (dir.ignored) {
          return dir;
        }
        const literal = this._rules.testLiteral(path31);
        return literal.ignored || literal.unignored ? literal : dir;
      }
      _t(path31, cache) {
        if (path31 in cache) {
          return cache[path31];
        }
        const parentPath = parentOf(path31);
        const parent = parentPath ? this._t(parentPath, cache) : UNDEFINED;
        return cache[path31] = parent && parent.ignored ? parent : this._rules.test(path31, MODE_IGNORE);
      }
      ignores(path31) {
        return this._test(path31, this._ignoreCache, convertPath(path31)).ignored;
      }
      createFilter() {
        return (path31) => !this.ignores(path31);
      }
      filter(paths) {
        return makeArray(paths).filter(this.createFilter());
      }
      // @returns {TestResult}
      test(path31) {
        return this._test(path31, this._testCache, convertPath(path31));
      }
    };
    var factory = (options) => new Ignore(options);
    var isPathValid = (path31) => checkPath(convertPath(path31), path31, RETURN_FALSE);
    var setupWindows = () => {
      const makePosix = (str2) => /^\\\\\?\\/.test(str2) || /["<>|\u0000-\u001F]+/u.test(str2) ? str2 : str2.replace(/\\/g, "/");
      checkPath.convert = makePosix;
      const REGEX_TEST_WINDOWS_PATH_ABSOLUTE = /^[a-z]:\//i;
      checkPath.isNotRelative = (path31) => REGEX_TEST_WINDOWS_PATH_ABSOLUTE.test(path31) || isNotRelative(path31);
    };
    if (
      // Detect `process` so that it can run in browsers.
      typeof process !== "undefined" && process.platform === "win32"
    ) {
      setupWindows();
    }
    module.exports = factory;
    factory.default = factory;
    module.exports.isPathValid = isPathValid;
    define(module.exports, /* @__PURE__ */ Symbol.for("setupWindows"), setupWindows);
  }
});

// src/core/util/packageFiles.ts
import { existsSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
var packageRoot;
function ownPackageRoot() {
  if (packageRoot) return packageRoot;
  let dir = path.dirname(fileURLToPath(import.meta.url));
  for (; ; ) {
    if (existsSync(path.join(dir, "schema", "model-build.schema.json"))) return packageRoot = dir;
    const up = path.dirname(dir);
    if (up === dir) throw new Error("model-build: cannot find its own schema/ folder");
    dir = up;
  }
}
var ownFile = (rel) => path.join(ownPackageRoot(), rel);

// src/core/config/sweep.ts
import { createHash } from "node:crypto";

// src/core/config/examples.ts
var import_yaml = __toESM(require_dist(), 1);
function resolveRef(root, node) {
  let target = node;
  for (let hops = 0; target.$ref !== void 0 && hops < 16; hops++) {
    const parts = target.$ref.replace(/^#\/?/, "").split("/").filter(Boolean);
    let next = root;
    for (const p of parts) next = next?.[p.replace(/~1/g, "/").replace(/~0/g, "~")];
    if (!next || typeof next !== "object") break;
    const { $ref: _ref, ...rest } = target;
    target = { ...next, ...rest };
  }
  return target;
}
function childOf(root, parent, segment) {
  const s = resolveRef(root, parent);
  if (s.properties && Object.hasOwn(s.properties, segment)) return { segment, byIndex: false, node: resolveRef(root, s.properties[segment]) };
  if (s.items && /^(0|[1-9][0-9]*)$/.test(segment)) return { segment, byIndex: true, node: resolveRef(root, s.items) };
  if (s.additionalProperties && typeof s.additionalProperties === "object") return { segment, byIndex: false, node: resolveRef(root, s.additionalProperties) };
  for (const branch of s.oneOf ?? []) {
    const found = childOf(root, branch, segment);
    if (found) return found;
  }
  return void 0;
}
var unescape = (s) => s.replace(/~1/g, "/").replace(/~0/g, "~");
function schemaSteps(root, pointer2) {
  const steps = [];
  let node = root;
  for (const raw of pointer2.split("/").slice(1)) {
    const step = childOf(root, node, unescape(raw));
    if (!step) break;
    steps.push(step);
    node = step.node;
  }
  return steps;
}
function settingName(steps) {
  return steps.map((s, i) => s.byIndex ? `[${s.segment}]` : `${i === 0 ? "" : "."}${s.segment}`).join("");
}
var types = (s) => s.type === void 0 ? [] : Array.isArray(s.type) ? s.type : [s.type];
var article = (noun) => /^[aeiou]/i.test(noun) ? `an ${noun}` : `a ${noun}`;
var TYPE_NOUN = {
  object: ["mapping", "mappings"],
  array: ["list", "lists"],
  string: ["text", "strings"],
  number: ["number", "numbers"],
  integer: ["whole number", "whole numbers"],
  boolean: ["true or false", "true or false values"],
  null: ["null", "nulls"]
};
function shapeOf(root, node, plural = false) {
  const s = resolveRef(root, node);
  if (s.title) return plural ? `${s.title}s` : article(s.title);
  if (s.oneOf) return [...new Set(s.oneOf.map((b) => shapeOf(root, b, plural)))].join(" or ");
  if (s.const !== void 0) return JSON.stringify(s.const);
  if (s.enum) return `one of ${s.enum.map((v) => JSON.stringify(v)).join(", ")}`;
  const t = types(s);
  if (t.length === 1 && t[0] === "array") {
    const exact = s.minItems !== void 0 && s.minItems === s.maxItems ? `${s.minItems} ` : "";
    const items = s.items ? shapeOf(root, s.items, true) : "values";
    return `${plural ? "lists" : "a list"} of ${exact}${items}`;
  }
  const words = t.map((x) => TYPE_NOUN[x]?.[plural ? 1 : 0] ?? x);
  if (words.length === 0) return plural ? "values" : "a value";
  const joined = words.length === 1 ? words[0] : `${words.slice(0, -1).join(", ")} or ${words.at(-1)}`;
  return plural || t[0] === "string" || t[0] === "boolean" || t[0] === "null" ? joined : article(joined);
}
function flowYaml(value) {
  if (Array.isArray(value)) return `[${value.map(flowYaml).join(", ")}]`;
  if (value !== null && typeof value === "object") {
    const pairs = Object.entries(value).map(([k, v]) => `${flowYaml(k)}: ${flowYaml(v)}`);
    return pairs.length === 0 ? "{}" : `{ ${pairs.join(", ")} }`;
  }
  return (0, import_yaml.stringify)(value, { lineWidth: 0 }).trimEnd();
}
function given(value) {
  if (Array.isArray(value)) return "a list";
  if (value !== null && typeof value === "object") return "a mapping";
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 40 ? `${text.slice(0, 37)}...` : text;
}
function expectedShape(root, pointer2, value) {
  const steps = schemaSteps(root, pointer2);
  if (steps.length !== pointer2.split("/").length - 1) return void 0;
  let at = steps.length - 1;
  while (at >= 0 && steps[at].byIndex) at--;
  if (at < 0) return void 0;
  const setting = steps[at];
  const first = setting.node.examples?.[0];
  if (first === void 0) return void 0;
  const example = `e.g. ${flowYaml(setting.segment)}: ${flowYaml(first)}`;
  const name = settingName(steps.slice(0, at + 1));
  const where = at === steps.length - 1 ? "" : ` at ${settingName(steps)}`;
  return {
    message: `${name} must be ${shapeOf(root, setting.node)} (got ${given(value)}${where}), ${example}`,
    example,
    alternatives: setting.node.oneOf !== void 0
  };
}

// src/core/config/sweep.ts
var MAX_SWEEP_VARIANTS = 256;
var DEFAULT_SWEEP_MAX = 64;
var FIXED = [
  [/^(name|version|description|intendedUse|\$schema)$/, "it names the model, and every variant is the same model"],
  [/^data\.(path|validation|extra|format|delimiter|label)$/, "every variant trains on the same data, so selection compares like with like"],
  [/^data$/, "every variant trains on the same data; override data.exclude, data.columns, data.cleaning or data.split instead"],
  [/^training\.backend$/, "the backend belongs to the runner, not the model: pick it with --backend or the action input"],
  [/^training$/, "override single training settings (training.batchSize, training.epochs, ...)"],
  [/^gates($|\.)/, "every variant is judged by the same gates"],
  [/^package($|\.)/, "packaging settings do not change the model"],
  [/^monitor($|\.)/, "monitoring settings do not change the model"],
  [/^sweep($|\.)/, "a sweep cannot override itself"]
];
var LOWER_IS_BETTER = /* @__PURE__ */ new Set(["logLoss", "rmse", "mae", "loss"]);
function defaultDirection(metric) {
  return LOWER_IS_BETTER.has(metric) ? "min" : "max";
}
function defaultMetric(task) {
  return task === "regression" ? "rmse" : "accuracy";
}
function canonicalJson(value) {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(",")}]`;
  if (value !== null && typeof value === "object") {
    const keys = Object.keys(value).sort();
    return `{${keys.map((k) => `${JSON.stringify(k)}:${canonicalJson(value[k])}`).join(",")}}`;
  }
  if (typeof value === "number" && Object.is(value, -0)) return "0";
  return JSON.stringify(value);
}
function variantId(overrides) {
  return `v${createHash("sha256").update(canonicalJson(overrides)).digest("hex").slice(0, 8)}`;
}
var VARIANT_ID = /^v[0-9a-f]{8}$/;
function isVariantId(s) {
  return VARIANT_ID.test(s);
}
var escapePointer = (s) => s.replace(/~/g, "~0").replace(/\//g, "~1");
function sweepError(ctx, pointer2, message, hint, atKey = false) {
  return new ModelBuildError("CONFIG_INVALID", message, { file: ctx.file, pointer: pointer2, ...ctx.locate(pointer2, atKey), hint });
}
function settingSegments(setting, schema) {
  const parts = setting.split(".");
  const segments = [];
  let node = resolveRef(schema, schema);
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i];
    if (!node) return { unknown: part, known: [] };
    if (node.properties && Object.hasOwn(node.properties, part)) {
      segments.push(part);
      node = resolveRef(schema, node.properties[part]);
    } else if (node.additionalProperties && typeof node.additionalProperties === "object") {
      segments.push(parts.slice(i).join("."));
      return segments;
    } else {
      return { unknown: part, known: Object.keys(node.properties ?? {}) };
    }
    if (part === "") return { unknown: part, known: [] };
  }
  return segments;
}
function applyOverride(target, segments, value) {
  const put = (obj, key, v) => Object.defineProperty(obj, key, { value: v, enumerable: true, writable: true, configurable: true });
  let node = target;
  for (const seg of segments.slice(0, -1)) {
    const next = Object.hasOwn(node, seg) ? node[seg] : void 0;
    if (next !== null && typeof next === "object" && !Array.isArray(next)) {
      node = next;
    } else if (next === void 0 || next === null) {
      const made = {};
      put(node, seg, made);
      node = made;
    } else return;
  }
  put(node, segments[segments.length - 1], structuredClone(value));
}
function planSweep(sweep, ctx) {
  const max = sweep.max ?? DEFAULT_SWEEP_MAX;
  const grid = Object.entries(sweep.grid ?? {});
  const listed2 = sweep.variants ?? [];
  let count3 = listed2.length + (grid.length > 0 ? 1 : 0);
  if (grid.length > 0) {
    let product = 1;
    for (const [, values] of grid) {
      product *= values.length;
      if (product > max) break;
    }
    count3 = listed2.length + product;
  }
  if (count3 === 0) {
    throw sweepError(ctx, "/sweep", "the sweep has no variants", "add sweep.grid (setting: [values]) or sweep.variants (a list of { setting: value })", true);
  }
  if (count3 > max) {
    const hint = max < MAX_SWEEP_VARIANTS ? `raise sweep.max (at most ${MAX_SWEEP_VARIANTS}, GitHub's limit of jobs per matrix), or sweep fewer values` : `GitHub runs at most ${MAX_SWEEP_VARIANTS} jobs per matrix: sweep fewer values, or split the sweep across configs`;
    throw sweepError(ctx, sweep.max !== void 0 ? "/sweep/max" : "/sweep", `the sweep has ${count3 > max ? `more than ${max}` : count3} variants; sweep.max is ${max}`, hint, sweep.max === void 0);
  }
  const specs = [];
  if (grid.length > 0) {
    let combos = [{}];
    for (const [key, values] of grid) combos = combos.flatMap((c) => values.map((v) => ({ ...c, [key]: v })));
    for (const c of combos) specs.push({ overrides: c, source: "/sweep/grid" });
  }
  listed2.forEach((v, i) => specs.push({ overrides: v, source: `/sweep/variants/${i}` }));
  const segmentsOf = /* @__PURE__ */ new Map();
  const checkSetting = (setting, pointer2) => {
    if (segmentsOf.has(setting)) return;
    const fixed = FIXED.find(([re]) => re.test(setting));
    if (fixed) throw sweepError(ctx, pointer2, `sweep: "${setting}" cannot be swept: ${fixed[1]}`, void 0, true);
    const segments = settingSegments(setting, ctx.schema);
    if (!Array.isArray(segments)) {
      const guess = didYouMean(segments.unknown, segments.known);
      throw sweepError(ctx, pointer2, `sweep: "${setting}" is not a setting of the config`, guess ? `did you mean "${setting.replace(segments.unknown, guess)}"?` : "write the setting as a dotted path, e.g. model.learningRate or training.batchSize", true);
    }
    segmentsOf.set(setting, segments);
  };
  for (const [key] of grid) checkSetting(key, `/sweep/grid/${escapePointer(key)}`);
  listed2.forEach((v, i) => Object.keys(v).forEach((key) => checkSetting(key, `/sweep/variants/${i}/${escapePointer(key)}`)));
  const byId = /* @__PURE__ */ new Map();
  for (const spec of specs) {
    const overrides = Object.fromEntries(
      Object.entries(spec.overrides).sort(([a], [b]) => a < b ? -1 : a > b ? 1 : 0).map(([k, v]) => [k, JSON.parse(canonicalJson(v))])
    );
    const keys = Object.keys(overrides);
    for (const a of keys) {
      const b = keys.find((k) => k !== a && k.startsWith(`${a}.`));
      if (b) throw sweepError(ctx, spec.source, `sweep: one variant sets both "${a}" and "${b}"`, `keep one of them`);
    }
    const id = variantId(overrides);
    const label2 = Object.entries(overrides).map(([k, v]) => `${k}=${canonicalJson(v)}`).join(" ");
    const same = byId.get(id);
    if (same) {
      throw sweepError(ctx, spec.source, `sweep: the variant ${label2} appears twice (${same.source} and ${spec.source})`, "each variant must differ in at least one setting");
    }
    const problem = ctx.validate(overridesBySegments(overrides, segmentsOf));
    if (problem) {
      const culprit = keys.find((k) => `/${segmentsOf.get(k).map(escapePointer).join("/")}`.startsWith(problem.pointer) || problem.pointer.startsWith(`/${segmentsOf.get(k).map(escapePointer).join("/")}`));
      const where = spec.source === "/sweep/grid" && culprit ? `/sweep/grid/${escapePointer(culprit)}` : culprit ? `${spec.source}/${escapePointer(culprit)}` : spec.source;
      throw sweepError(ctx, where, `sweep variant ${id} (${label2}): ${problem.message}`);
    }
    byId.set(id, { id, overrides, label: label2, source: spec.source });
  }
  const variants = [...byId.values()].sort((a, b) => a.id < b.id ? -1 : 1);
  const metric = sweep.select?.metric ?? null;
  return { variants, max, select: { metric, direction: sweep.select?.direction ?? (metric ? defaultDirection(metric) : null) } };
}
function overridesBySegments(overrides, segmentsOf) {
  return Object.fromEntries(Object.entries(overrides).map(([k, v]) => [JSON.stringify(segmentsOf.get(k)), v]));
}
function withOverrides(raw, bySegments) {
  const copy = structuredClone(raw);
  for (const [key, value] of Object.entries(bySegments)) applyOverride(copy, JSON.parse(key), value);
  return copy;
}
function variantOverrides(variant, schema) {
  return Object.fromEntries(
    Object.entries(variant.overrides).map(([k, v]) => {
      const segments = settingSegments(k, schema);
      if (!Array.isArray(segments)) throw new ModelBuildError("INTERNAL", `sweep setting ${k} did not resolve`);
      return [JSON.stringify(segments), v];
    })
  );
}
function unknownVariant(id, plan, file) {
  if (!plan) {
    return new ModelBuildError("USAGE", `variant ${id}: ${file} has no sweep section`, { file, hint: "add a sweep section, or build without --variant" });
  }
  const ids = plan.variants.map((v) => v.id);
  const guess = didYouMean(id, ids);
  return new ModelBuildError("USAGE", `variant "${id}" is not in the sweep of ${file}`, {
    file,
    hint: `${guess ? `did you mean ${guess}? ` : ""}\`model-build sweep --plan\` lists the ${ids.length} variants${ids.length <= 8 ? `: ${ids.join(", ")}` : ""}`
  });
}

// src/core/config/load.ts
var import_ajv = __toESM(require_ajv(), 1);
var import_yaml3 = __toESM(require_dist(), 1);
import { createHash as createHash2 } from "node:crypto";
import { existsSync as existsSync2, readFileSync } from "node:fs";
import path2 from "node:path";

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

// src/core/train/metrics.ts
var EPS = 1e-7;
var clip = (p) => Math.min(1 - EPS, Math.max(EPS, p));
var safeDiv = (a, b) => b === 0 ? 0 : a / b;
function binaryMetrics(y, p) {
  let tp = 0, fp = 0, tn = 0, fn = 0, loss = 0;
  for (let i = 0; i < y.length; i++) {
    const predicted = p[i] >= 0.5 ? 1 : 0;
    if (y[i] === 1) {
      if (predicted) tp++;
      else fn++;
    } else if (predicted) fp++;
    else tn++;
    loss -= y[i] === 1 ? Math.log(clip(p[i])) : Math.log(1 - clip(p[i]));
  }
  const precision = safeDiv(tp, tp + fp);
  const recall = safeDiv(tp, tp + fn);
  return {
    accuracy: safeDiv(tp + tn, y.length),
    precision,
    recall,
    f1: safeDiv(2 * precision * recall, precision + recall),
    auc: rocAuc(y, p),
    logLoss: safeDiv(loss, y.length)
  };
}
function rocAuc(y, p) {
  const order = p.map((_, i) => i).sort((a, b) => p[a] - p[b]);
  const ranks = new Array(p.length);
  for (let i = 0; i < order.length; ) {
    let j = i;
    while (j + 1 < order.length && p[order[j + 1]] === p[order[i]]) j++;
    const avg = (i + j) / 2 + 1;
    for (let k = i; k <= j; k++) ranks[order[k]] = avg;
    i = j + 1;
  }
  let positives = 0, rankSum = 0;
  for (let i = 0; i < y.length; i++) {
    if (y[i] !== 1) continue;
    positives++;
    rankSum += ranks[i];
  }
  const negatives = y.length - positives;
  if (positives === 0 || negatives === 0) return Number.NaN;
  return (rankSum - positives * (positives + 1) / 2) / (positives * negatives);
}
function multiclassMetrics(y, probs, classCount) {
  const cm = Array.from({ length: classCount }, () => new Array(classCount).fill(0));
  let correct = 0, loss = 0;
  for (let i = 0; i < y.length; i++) {
    const row = probs[i];
    let best = 0;
    for (let c = 1; c < classCount; c++) if (row[c] > row[best]) best = c;
    cm[y[i]][best]++;
    if (best === y[i]) correct++;
    loss -= Math.log(clip(row[y[i]]));
  }
  let f1Sum = 0;
  for (let c = 0; c < classCount; c++) {
    const tp = cm[c][c];
    const actual = cm[c].reduce((a, b) => a + b, 0);
    const predicted = cm.reduce((a, r) => a + r[c], 0);
    const precision = safeDiv(tp, predicted);
    const recall = safeDiv(tp, actual);
    f1Sum += safeDiv(2 * precision * recall, precision + recall);
  }
  return { accuracy: safeDiv(correct, y.length), macroF1: f1Sum / classCount, logLoss: safeDiv(loss, y.length), confusionMatrix: cm };
}
function regressionMetrics(y, pred) {
  let se = 0, ae = 0, mean2 = 0;
  for (const v of y) mean2 += v;
  mean2 /= y.length || 1;
  let ss = 0;
  for (let i = 0; i < y.length; i++) {
    const d = pred[i] - y[i];
    se += d * d;
    ae += Math.abs(d);
    ss += (y[i] - mean2) ** 2;
  }
  return { rmse: Math.sqrt(safeDiv(se, y.length)), mae: safeDiv(ae, y.length), r2: ss === 0 ? Number.NaN : 1 - se / ss };
}
var LOWER_IS_BETTER2 = /* @__PURE__ */ new Set(["loss", "logLoss", "rmse", "mae"]);

// src/core/config/rules.ts
var escapePointer2 = (s) => s.replace(/~/g, "~0").replace(/\//g, "~1");
function settingError(origin, pointer2, message, hint, atKey = false) {
  return new ModelBuildError("CONFIG_INVALID", message, {
    file: origin?.file,
    pointer: pointer2,
    ...origin?.locate?.(pointer2, atKey) ?? {},
    hint
  });
}
var TASKS = ["binary", "multiclass", "regression"];
function metricNames(task) {
  const m = task === "binary" ? binaryMetrics([0, 1], [0.25, 0.75]) : task === "multiclass" ? multiclassMetrics([0, 1], [[0.75, 0.25], [0.25, 0.75]], 2) : regressionMetrics([0, 1], [0, 1]);
  return Object.keys(m).filter((k) => typeof m[k] === "number");
}
function checkConfigRules(config, origin) {
  for (const [column2, spec] of Object.entries(config.features ?? {})) {
    const at = `/features/${escapePointer2(column2)}`;
    if (column2 === config.data.label && spec !== "drop") {
      throw settingError(origin, at, `features.${column2}: "${column2}" is the label (data.label); it cannot also be a feature`, "remove it from features: the label is never an input", true);
    }
    if (spec !== "drop" && config.data.exclude?.includes(column2)) {
      throw settingError(origin, at, `features.${column2} configures a column that data.exclude also lists`, `keep one: remove "${column2}" from data.exclude, or remove features.${column2}`, true);
    }
    if (spec !== "drop" && spec.type === "bucketized") {
      spec.boundaries.forEach((b, i) => {
        const prev = spec.boundaries[i - 1];
        if (i > 0 && prev !== void 0 && !(b > prev)) {
          throw settingError(
            origin,
            `${at}/boundaries/${i}`,
            `features.${column2}.boundaries must be strictly increasing: ${b} follows ${prev}`,
            "list each cut point once, smallest first, e.g. [18, 40, 65]"
          );
        }
      });
    }
  }
  for (const [column2, bounds] of Object.entries(config.data.cleaning?.clip ?? {})) {
    const [lo, hi] = bounds;
    if (lo !== null && hi !== null && lo > hi) {
      throw settingError(origin, `/data/cleaning/clip/${escapePointer2(column2)}`, `data.cleaning.clip.${column2}: the lower bound ${lo} is above the upper bound ${hi}`, "write [lower, upper]; use null for no bound");
    }
  }
  checkTaskSettings(config, config.model?.task, origin);
}
function checkTaskSettings(config, task, origin) {
  const known = task ? metricNames(task) : [...new Set(TASKS.flatMap(metricNames))].sort();
  const which = task ? `a ${task} model` : "any task";
  const hintFor = (name) => {
    const guess = didYouMean(name, known);
    return `${guess ? `did you mean "${guess}"? ` : ""}metrics of ${which}: ${known.join(", ")}`;
  };
  for (const metric of Object.keys(config.gates ?? {})) {
    if (!known.includes(metric)) {
      throw settingError(origin, `/gates/${escapePointer2(metric)}`, `gate "${metric}" names no metric of ${task ? "this task" : "any task"}`, hintFor(metric), true);
    }
  }
  const monitor = config.training?.earlyStopping?.monitor;
  if (monitor !== void 0 && monitor !== "val_loss") {
    const name = monitor.replace(/^val_/, "");
    if (!known.includes(name)) {
      throw settingError(origin, "/training/earlyStopping/monitor", `training.earlyStopping.monitor: "${monitor}" is not val_loss or a metric of ${which}`, hintFor(name));
    }
  }
}

// src/core/config/shape.ts
var import_yaml2 = __toESM(require_dist(), 1);
var ALLOWED_TAGS = new Set(["str", "int", "float", "bool", "null", "map", "seq"].map((t) => `tag:yaml.org,2002:${t}`));
var escapePointer3 = (s) => s.replace(/~/g, "~0").replace(/\//g, "~1");
function checkDocumentShape(doc, lines, file) {
  const sizes = /* @__PURE__ */ new Map();
  const open2 = /* @__PURE__ */ new Set();
  let aliases = 0;
  const fail2 = (node, message, pointer2, hint) => {
    const offset = node?.range?.[0];
    const pos = offset === void 0 ? {} : (({ line, col }) => ({ line, column: col }))(lines.linePos(offset));
    throw new ModelBuildError("CONFIG_INVALID", message, { file, pointer: pointer2 || "/", ...pos, hint });
  };
  const visit = (node, pointer2, depth) => {
    if (node === null || node === void 0) return { values: 1, height: 0 };
    if (depth > MAX_CONFIG_DEPTH) {
      fail2(node, `the config nests deeper than ${MAX_CONFIG_DEPTH} levels at ${pointer2}`, pointer2, "no setting nests more than a few levels: flatten it");
    }
    if ((0, import_yaml2.isAlias)(node)) {
      if (++aliases > MAX_CONFIG_ALIASES) fail2(node, `the config uses more than ${MAX_CONFIG_ALIASES} aliases`, pointer2, "write the settings out");
      const target = node.resolve(doc);
      if (!target) return fail2(node, `alias *${node.source} names no anchor before it`, pointer2);
      if (open2.has(target)) fail2(node, `alias *${node.source} refers to a value that contains it`, pointer2, "an alias cannot point at its own parent");
      const size = sizes.get(target) ?? visit(target, pointer2, depth);
      if (depth + size.height > MAX_CONFIG_DEPTH) {
        fail2(node, `alias *${node.source} expands deeper than ${MAX_CONFIG_DEPTH} levels at ${pointer2}`, pointer2, "write the settings out");
      }
      if (size.values > MAX_CONFIG_VALUES) {
        fail2(node, `alias *${node.source} expands to ${size.values} values, over the limit of ${MAX_CONFIG_VALUES}`, pointer2, 'nested aliases multiply (an "alias bomb"); write the settings out');
      }
      return size;
    }
    const tag = node.tag;
    if (tag !== void 0 && !ALLOWED_TAGS.has(tag)) {
      const shown2 = tag.startsWith("tag:yaml.org,2002:") ? `!!${tag.slice(18)}` : tag;
      fail2(node, `the YAML tag ${shown2} is not allowed in a config`, pointer2, "remove the tag: settings are plain strings, numbers, booleans, lists and mappings");
    }
    let result;
    if ((0, import_yaml2.isScalar)(node)) {
      const v = node.value;
      if (typeof v === "string" && v.length > MAX_CONFIG_STRING) {
        fail2(node, `a string of ${v.length} characters at ${pointer2}, over the limit of ${MAX_CONFIG_STRING}`, pointer2);
      }
      if (typeof v === "number" && !Number.isFinite(v)) fail2(node, `${pointer2} is ${String(v)}; settings must be finite numbers`, pointer2, nonFiniteHint(pointer2));
      if (typeof v !== "string" && typeof v !== "number" && typeof v !== "boolean" && v !== null) {
        fail2(node, `${pointer2} holds a value that is not a string, number, boolean or null`, pointer2);
      }
      result = { values: 1, height: 0 };
    } else if ((0, import_yaml2.isMap)(node) || (0, import_yaml2.isSeq)(node)) {
      open2.add(node);
      let values = 1;
      let height = 0;
      node.items.forEach((item, index) => {
        let child;
        if ((0, import_yaml2.isPair)(item)) {
          const key = item.key;
          if (key !== null && !(0, import_yaml2.isScalar)(key) && !(0, import_yaml2.isAlias)(key)) fail2(key, `a key at ${pointer2 || "/"} is a list or mapping; keys must be plain names`, pointer2);
          const keyValue = (0, import_yaml2.isScalar)(key) ? key.value : void 0;
          const name = keyValue === null || keyValue === void 0 ? "" : String(keyValue);
          if (name === "<<" && (0, import_yaml2.isScalar)(key) && key.source === "<<") {
            fail2(key, `YAML merge keys (<<) are not supported, at ${pointer2 || "/"}`, pointer2, "write the settings out, or use an alias (*name) as a whole value");
          }
          const at = `${pointer2}/${escapePointer3(name)}`;
          const k = visit(key, at, depth + 1);
          const v = visit(item.value, at, depth + 1);
          child = { values: k.values + v.values, height: Math.max(k.height, v.height) };
        } else child = visit(item, `${pointer2}/${index}`, depth + 1);
        values += child.values;
        height = Math.max(height, child.height + 1);
        if (values > MAX_CONFIG_VALUES) {
          fail2(
            node,
            `the config holds more than ${MAX_CONFIG_VALUES} values (keys, items and scalars, aliases expanded) at ${pointer2 || "/"}`,
            pointer2,
            aliases > 0 ? 'nested aliases multiply (an "alias bomb"): write the settings out' : "a config describes a build; lists of data belong in data files"
          );
        }
      });
      open2.delete(node);
      result = { values, height };
    } else {
      return fail2(node, `unsupported YAML node at ${pointer2 || "/"}`, pointer2);
    }
    sizes.set(node, result);
    return result;
  };
  visit(doc.contents, "", 0);
}
function nonFiniteHint(pointer2) {
  if (/^\/features\/[^/]+\/boundaries\//.test(pointer2)) {
    return "drop it: the first bucket already extends to -\u221E and the last to +\u221E";
  }
  if (/^\/data\/cleaning\/clip\//.test(pointer2)) return 'use null for "no bound" on that side';
  return ".inf, .nan and numbers too large for a double cannot be used by the build or written to its JSON files";
}

// src/core/config/strictJson.ts
var WS = /* @__PURE__ */ new Set([32, 9, 10, 13]);
function checkStrictJson(text, maxDepth) {
  let i = 0;
  const fail2 = (message, at = i) => ({ offset: at, message });
  const skip = () => {
    while (i < text.length && WS.has(text.charCodeAt(i))) i++;
  };
  const describe3 = (at) => {
    if (at >= text.length) return "the end of the file";
    if (text.startsWith("//", at) || text.startsWith("/*", at)) return "a comment (JSON has none)";
    return `"${String.fromCodePoint(text.codePointAt(at))}"`;
  };
  const stack = [];
  const scalar2 = () => {
    const c = text[i];
    if (c === '"') return string();
    if (c === "-" || c !== void 0 && c >= "0" && c <= "9") return number();
    for (const word of ["true", "false", "null"]) {
      if (text.startsWith(word, i)) {
        i += word.length;
        return null;
      }
    }
    if (c === "'") return fail2("strings must use double quotes in JSON");
    return fail2(`expected a value, found ${describe3(i)}`);
  };
  const string = () => {
    const open2 = i++;
    while (i < text.length) {
      const c = text.charCodeAt(i);
      if (c === 34) {
        i++;
        return null;
      }
      if (c < 32) return fail2("a raw control character or line break inside a string (write it as an escape such as \\n)");
      if (c === 92) {
        const e = text[i + 1];
        if (e === "u") {
          if (!/^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) return fail2("\\u must be followed by 4 hex digits");
          i += 6;
        } else if (e !== void 0 && '"\\/bfnrt'.includes(e)) i += 2;
        else return fail2(`invalid escape "\\${e ?? ""}" in a string`);
        continue;
      }
      i++;
    }
    return fail2("a string that is never closed", open2);
  };
  const number = () => {
    const m = /^-?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][-+]?[0-9]+)?/.exec(text.slice(i, i + 400));
    if (!m) return fail2(`invalid number starting with ${describe3(i)}`);
    const next = text[i + m[0].length];
    if (next !== void 0 && /[0-9A-Za-z_.]/.test(next)) return fail2(`invalid number "${text.slice(i, i + m[0].length + 1)}\u2026" (JSON numbers are decimal, without leading zeros)`);
    i += m[0].length;
    return null;
  };
  skip();
  for (; ; ) {
    const c = text[i];
    if (c === "{" || c === "[") {
      if (stack.length >= maxDepth) return fail2(`nested more than ${maxDepth} levels deep`);
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
      const err = scalar2();
      if (err) return err;
    }
    for (; ; ) {
      skip();
      const top = stack[stack.length - 1];
      if (top === void 0) {
        if (i < text.length) return fail2(`unexpected ${describe3(i)} after the end of the JSON value`);
        return null;
      }
      const close = top === "{" ? "}" : "]";
      if (text[i] === close) {
        stack.pop();
        i++;
        continue;
      }
      if (text[i] !== ",") return fail2(`expected "," or "${close}", found ${describe3(i)}`);
      i++;
      skip();
      if (text[i] === close) return fail2(`a trailing comma before "${close}" (JSON allows none)`, i);
      if (top === "{") {
        const key = expectKey();
        if (key) return key;
      }
      break;
    }
  }
  function expectKey() {
    if (text[i] !== '"') return fail2(`expected a property name in double quotes, found ${describe3(i)}`);
    const err = string();
    if (err) return err;
    skip();
    if (text[i] !== ":") return fail2(`expected ":" after the property name, found ${describe3(i)}`);
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
var validator;
function schemaValidator() {
  if (validator) return validator;
  const schema = configSchema();
  const ajv = new import_ajv.Ajv({ allErrors: true, useDefaults: true, verbose: true, strict: false, strictNumbers: true });
  return validator = ajv.compile(schema);
}
function findConfigFile(file, cwd) {
  if (file) {
    const abs = path2.resolve(cwd, file);
    if (!existsSync2(abs)) {
      throw new ModelBuildError("CONFIG_NOT_FOUND", `config file not found: ${abs}`, {
        hint: "pass --config with the path of your model-build.yml"
      });
    }
    return abs;
  }
  for (const name of DEFAULT_CONFIG_NAMES) {
    const abs = path2.join(cwd, name);
    if (existsSync2(abs)) return abs;
  }
  throw new ModelBuildError("CONFIG_NOT_FOUND", `no ${DEFAULT_CONFIG_NAMES.join(", ")} in ${cwd}`, {
    hint: "create model-build.yml (see README) or pass --config FILE"
  });
}
function loadConfig(file, options = {}) {
  const cwd = path2.resolve(options.cwd ?? process.cwd());
  const abs = findConfigFile(file, cwd);
  const display = path2.relative(cwd, abs) || abs;
  const { bytes, text } = readConfigText(abs, display);
  const lineCounter = new import_yaml3.LineCounter();
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
  const doc = (0, import_yaml3.parseDocument)(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
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
  const validate2 = schemaValidator();
  if (!validate2(value)) {
    const problems = describeErrors(validate2.errors ?? [], doc, lineCounter);
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
  const locate = (pointer2, atKey = false) => positionOf(doc, pointer2, atKey, lineCounter);
  checkConfigRules(config, { file: display, locate });
  const sweep = config.sweep ? sweepOf(config, raw, { file: display, locate, doc, lineCounter }) : void 0;
  let variant;
  if (options.variant !== void 0) {
    variant = sweep?.variants.find((v) => v.id === options.variant);
    if (!variant) throw unknownVariant(options.variant, sweep, display);
    config = variantConfig(raw, variantOverrides(variant, configSchema()), display).config;
  }
  const root = path2.resolve(options.root ?? path2.dirname(abs));
  return {
    file: abs,
    config,
    ...sweep ? { sweep } : {},
    ...variant ? { variant } : {},
    digest: `sha256:${createHash2("sha256").update(bytes).digest("hex")}`,
    dataPaths: dataPathsOf(config, path2.dirname(abs), root, display, doc, lineCounter),
    locate
  };
}
function variantConfig(raw, bySegments, display, doc, lineCounter) {
  const value = withOverrides(raw, bySegments);
  const validate2 = schemaValidator();
  if (!validate2(value)) {
    const first = describeErrors(validate2.errors ?? [], doc ?? new import_yaml3.Document(), lineCounter ?? new import_yaml3.LineCounter())[0];
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
  return wanted.map(([pointer2, given2]) => {
    const pos = positionOf(contents, pointer2, false, lines);
    return {
      pointer: pointer2,
      given: given2,
      path: resolveInside(root, base, given2, { what: `data path ${pointer2}`, file: display, pointer: pointer2, ...pos })
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
    const pointer2 = `${e.instancePath}/${escapePointer4(key)}`;
    const known = Object.keys(e.parentSchema?.properties ?? {});
    const guess = didYouMean(key, known);
    return {
      pointer: pointer2,
      message: `unknown setting "${key}" at ${at}`,
      hint: guess ? `did you mean "${guess}"?` : known.length ? `allowed here: ${known.join(", ")}` : void 0,
      ...positionOf(contents, pointer2, true, lines)
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
var escapePointer4 = (s) => s.replace(/~/g, "~0").replace(/\//g, "~1");
var unescapePointer = (s) => s.replace(/~1/g, "/").replace(/~0/g, "~");
function positionOf(doc, pointer2, atKey, lines) {
  let node = doc.contents;
  let keyNode;
  let via;
  for (const raw of pointer2.split("/").slice(1)) {
    const part = unescapePointer(raw);
    if ((0, import_yaml3.isAlias)(node)) {
      via ??= node;
      node = node.resolve(doc);
    }
    if ((0, import_yaml3.isMap)(node)) {
      const pair = node.items.find((p) => ((0, import_yaml3.isScalar)(p.key) ? String(p.key.value) : String(p.key)) === part);
      if (!pair) break;
      keyNode = pair.key;
      node = pair.value;
    } else if ((0, import_yaml3.isSeq)(node)) {
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
import path3 from "node:path";
import { existsSync as existsSync3, statSync } from "node:fs";

// src/core/util/exec.ts
import { spawn } from "node:child_process";
function execFile(file, args, options) {
  return new Promise((resolve, reject) => {
    const child = spawn(file, args, {
      cwd: options.cwd,
      env: options.env ?? process.env,
      stdio: ["pipe", "pipe", "pipe"],
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
    child.stdin.on("error", () => void 0);
    child.stdin.end(options.input ?? "");
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
  const top = await git.tryRun(["rev-parse", "--show-toplevel"]);
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
  const root = top.stdout.toString("utf8").trim();
  const head = await git.tryRun(["rev-parse", "--verify", "-q", "HEAD^{commit}"]);
  if (head.code !== 0) {
    return {
      ok: false,
      reason: "no-commits",
      message: `the repository at ${root} has no commits yet`,
      hint: "commit your code and data pointers first: `git add -A && git commit`"
    };
  }
  const inRoot = new Git(root);
  const [tree, ref, shallow, time, commonDir, remote] = await Promise.all([
    inRoot.text(["rev-parse", "HEAD^{tree}"]),
    inRoot.tryRun(["symbolic-ref", "-q", "HEAD"]),
    inRoot.text(["rev-parse", "--is-shallow-repository"]),
    inRoot.text(["show", "-s", "--format=%ct", "HEAD"]),
    inRoot.text(["rev-parse", "--git-common-dir"]),
    inRoot.tryRun(["config", "--get", "remote.origin.url"])
  ]);
  const refName = ref.code === 0 ? ref.stdout.toString("utf8").trim() : null;
  return {
    ok: true,
    facts: {
      root,
      commit: head.stdout.toString("utf8").trim(),
      tree,
      ref: refName,
      detached: refName === null,
      shallow: shallow === "true",
      commitTime: Number(time),
      remote: remote.code === 0 ? stripCredentials(remote.stdout.toString("utf8").trim()) : null,
      commonDir: path3.resolve(root, commonDir)
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
async function headTree(root) {
  const out = await new Git(root).run(["ls-tree", "-r", "-z", "-l", "--full-tree", "HEAD"]);
  const entries = [];
  for (const rec of out.toString("utf8").split("\0")) {
    if (!rec) continue;
    const tab = rec.indexOf("	");
    const [mode2, type, oid, size] = rec.slice(0, tab).split(/ +/);
    entries.push({
      mode: mode2,
      type,
      oid,
      size: size === "-" ? -1 : Number(size),
      path: rec.slice(tab + 1)
    });
  }
  return entries;
}
function uninitializedSubmodules(root, tree) {
  return tree.filter((e) => e.type === "commit" && !existsSync3(path3.join(root, e.path, ".git"))).map((e) => e.path);
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

// src/core/provenance/checkWorkspace.ts
import { existsSync as existsSync8, readFileSync as readFileSync6 } from "node:fs";
import path14 from "node:path";

// src/core/hashing/hasher.ts
import { statSync as statSync3 } from "node:fs";
import path5 from "node:path";

// src/core/hashing/cache.ts
import { mkdirSync, readdirSync, readFileSync as readFileSync2, renameSync, statSync as statSync2, unlinkSync, writeFileSync } from "node:fs";
import path4 from "node:path";

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
      mkdirSync(path4.dirname(this.file), { recursive: true });
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
  const dir = path4.dirname(file);
  const base = path4.basename(file);
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
      unlinkSync(path4.join(dir, name));
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

parentPort.on('message', (job) => {
  try {
    parentPort.postMessage({ id: job.id, result: hashFile(job.file, job.algos) });
  } catch (e) {
    parentPort.postMessage({ id: job.id, error: { code: e.code || 'EIO', message: e.message } });
  }
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
var HashPool = class {
  constructor(size = Math.max(1, availableParallelism())) {
    this.size = size;
  }
  size;
  workers = [];
  idle = [];
  queue = [];
  pending = /* @__PURE__ */ new Map();
  nextId = 0;
  hash(file, algos) {
    return new Promise((resolve, reject) => {
      const start = (worker2) => {
        const id = this.nextId++;
        this.pending.set(id, { resolve, reject, file });
        worker2.postMessage({ id, file, algos });
      };
      const worker = this.take();
      if (worker) start(worker);
      else this.queue.push(() => start(this.idle.pop()));
    });
  }
  async close() {
    await Promise.all(this.workers.map((w) => w.terminate()));
    this.workers.length = 0;
    this.idle.length = 0;
  }
  take() {
    if (this.idle.length > 0) return this.idle.pop();
    if (this.workers.length >= this.size) return void 0;
    const worker = new Worker(WORKER_SOURCE, { eval: true, execArgv: process.execArgv.filter((a) => !a.startsWith("--input-type")) });
    worker.on("message", (msg) => {
      const p = this.pending.get(msg.id);
      this.pending.delete(msg.id);
      this.idle.push(worker);
      const next = this.queue.shift();
      if (next) next();
      if (!p) return;
      if (msg.result) p.resolve(msg.result);
      else p.reject(new FileReadError(p.file, msg.error?.code ?? "EIO", msg.error?.message ?? "unknown error"));
    });
    worker.on("error", (e) => {
      for (const p of this.pending.values()) p.reject(e);
      this.pending.clear();
    });
    this.workers.push(worker);
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
  async digest(abs, algos) {
    const key = toPosix(path5.relative(this.options.root, abs));
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
      digests = await this.pool.hash(abs, algos);
    } catch (e) {
      throw e instanceof FileReadError ? unreadable(key, e) : e;
    }
    if (unchanged(st, abs)) this.cache.set(key, st, digests);
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

// src/core/trust/boundary.ts
import { lstatSync, readlinkSync, realpathSync } from "node:fs";
import path6 from "node:path";
var MAX_LINK_HOPS = 40;
function resolveReal(abs) {
  let current = path6.resolve(abs);
  for (let hop = 0; hop <= MAX_LINK_HOPS; hop++) {
    try {
      return { real: realpathSync(current), exists: true };
    } catch (e) {
      const code = e.code;
      if (code === "ELOOP") break;
      if (code !== "ENOENT" && code !== "ENOTDIR") throw e;
    }
    const parent = resolveReal(path6.dirname(current)).real;
    const joined = path6.join(parent, path6.basename(current));
    let target;
    try {
      if (!lstatSync(joined).isSymbolicLink()) return { real: joined, exists: true };
      target = readlinkSync(joined);
    } catch {
      return { real: joined, exists: false };
    }
    current = path6.resolve(parent, target);
  }
  throw new ModelBuildError("FILE_UNREADABLE", `${abs}: too many levels of symbolic links`, {
    hint: "a symlink chain loops; replace the links with the files they should point to"
  });
}
var RepositoryBoundary = class {
  constructor(root) {
    this.root = root;
    this.realRoot = resolveReal(root).real;
  }
  root;
  realRoot;
  /** Relative POSIX path of a real path below the root. */
  relative(real) {
    return toPosix(path6.relative(this.realRoot, real));
  }
  contains(real) {
    return isInside(this.realRoot, real);
  }
  /**
   * Resolves `abs` through every symlink. Throws PATH_ESCAPES_ROOT when it leads outside the
   * repository (also for links that are dangling). `what` names it for the user, e.g.
   * `data path /data/path "data/x.csv"`.
   */
  resolve(abs, what, where = {}, allowedOutside = []) {
    const given2 = path6.resolve(abs);
    const { real, exists } = resolveReal(given2);
    const textRoot = isInside(this.root, given2) ? this.root : isInside(this.realRoot, given2) ? this.realRoot : null;
    const givenRel = textRoot === null ? null : toPosix(path6.relative(textRoot, given2));
    if (!this.contains(real) && !allowedOutside.some((a) => isInside(a, real))) {
      const viaLink = givenRel !== null;
      throw new ModelBuildError(
        "PATH_ESCAPES_ROOT",
        viaLink ? `${what} is a symlink that leads outside the repository (to ${real})` : `${what} points outside the repository (${this.realRoot})`,
        {
          ...where,
          hint: viaLink ? "replace the link with the file itself (committed, or tracked by DVC or Git LFS), or move its target inside the repository" : "use a path inside the repository; anything outside it cannot be versioned"
        }
      );
    }
    const linked = givenRel !== this.relative(real);
    return { given: given2, real, rel: this.relative(real), linked, exists };
  }
};

// src/core/trust/outputs.ts
import { closeSync as closeSync3, existsSync as existsSync4, lstatSync as lstatSync2, mkdirSync as mkdirSync2, openSync as openSync3, readdirSync as readdirSync2, readFileSync as readFileSync3, renameSync as renameSync3, rmdirSync, rmSync as rmSync2, unlinkSync as unlinkSync2, writeFileSync as writeFileSync2, writeSync as writeSync2 } from "node:fs";
import { hostname } from "node:os";
import path8 from "node:path";

// src/core/util/outputFile.ts
import { accessSync, closeSync as closeSync2, constants as constants2, fsyncSync, openSync as openSync2, renameSync as renameSync2, rmSync, statSync as statSync4, writeSync } from "node:fs";
import path7 from "node:path";
var unwritable = (file, message, hint, cause) => new ModelBuildError("OUTPUT_UNWRITABLE", message, { file, hint, cause });
function checkOutputFile(abs, what, display = abs) {
  const dir = path7.dirname(abs);
  let d;
  try {
    d = statSync4(dir);
  } catch (e) {
    const code = e.code ?? String(e);
    throw unwritable(display, `${what}: the folder ${dir} does not exist (${code})`, "create the folder first, or write somewhere else", e);
  }
  if (!d.isDirectory()) throw unwritable(display, `${what}: ${dir} is ${kindOf(d)}, not a folder`, "name a file inside an existing folder");
  try {
    accessSync(dir, constants2.W_OK);
  } catch (e) {
    throw unwritable(display, `${what}: the folder ${dir} is not writable`, "write somewhere you have permission to write", e);
  }
  let st;
  try {
    st = statSync4(abs);
  } catch {
    st = void 0;
  }
  if (st && !st.isFile()) throw unwritable(display, `${what}: the path is ${kindOf(st)}, not a file`, "name a new or regular file");
}
var counter = 0;
function writeDurably(file, data) {
  const bytes = typeof data === "string" ? Buffer.from(data, "utf8") : data;
  const fd = openSync2(file, "wx", 420);
  try {
    let written = 0;
    while (written < bytes.length) written += writeSync(fd, bytes, written, bytes.length - written);
    fsyncSync(fd);
  } finally {
    closeSync2(fd);
  }
}
function writeFileAtomic(abs, data, display = abs) {
  const tmp = path7.join(path7.dirname(abs), `.${path7.basename(abs)}.tmp-${process.pid}-${counter++}`);
  try {
    writeDurably(tmp, data);
    renameSync2(tmp, abs);
  } catch (e) {
    rmSync(tmp, { force: true });
    if (ModelBuildError.is(e)) throw e;
    const code = e.code ?? String(e);
    throw unwritable(display, `cannot write the file (${code})`, code === "ENOSPC" ? "free some disk space and run again" : "check the folder and its permissions", e);
  }
}
function openAtomicStream(abs, display = abs) {
  const tmp = path7.join(path7.dirname(abs), `.${path7.basename(abs)}.tmp-${process.pid}-${counter++}`);
  const fail2 = (e) => {
    const code = e.code ?? String(e);
    return unwritable(display, `cannot write the file (${code})`, code === "ENOSPC" ? "free some disk space and run again" : "check the folder and its permissions", e);
  };
  let fd;
  try {
    fd = openSync2(tmp, "wx", 420);
  } catch (e) {
    throw fail2(e);
  }
  let open2 = true;
  const close = () => {
    if (open2) closeSync2(fd);
    open2 = false;
  };
  return {
    async write(text) {
      try {
        const bytes = Buffer.from(text, "utf8");
        let written = 0;
        while (written < bytes.length) written += writeSync(fd, bytes, written, bytes.length - written);
      } catch (e) {
        close();
        rmSync(tmp, { force: true });
        throw fail2(e);
      }
    },
    async commit() {
      try {
        fsyncSync(fd);
        close();
        renameSync2(tmp, abs);
      } catch (e) {
        close();
        rmSync(tmp, { force: true });
        throw fail2(e);
      }
    },
    abort() {
      try {
        close();
      } finally {
        rmSync(tmp, { force: true });
      }
    }
  };
}

// src/core/trust/outputs.ts
var OUTPUT_MARKER = ".model-build-output";
var LOCK = ".model-build.lock";
var TMP = ".model-build-tmp-";
var MODEL_DIR_FILES = ["model.json", "weights.bin", "preprocessor.json", "metrics.json"];
function configuredOutput(loaded, out, cwd = process.cwd()) {
  return out ? path8.resolve(cwd, out) : path8.resolve(path8.dirname(loaded.file), loaded.config.package?.out ?? "model-build-out");
}
function refuse(ctx, why, hint) {
  throw new ModelBuildError("OUTPUT_REFUSED", `${ctx.what} ${why}`, { ...ctx.where, hint });
}
function looksLikeOurs(dir, modelName) {
  for (const ent of readdirSync2(dir, { withFileTypes: true })) {
    const n = ent.name;
    if (n === LOCK || n.startsWith(TMP) || /\.tmp-\d+$/.test(n)) continue;
    if (ent.isFile() && (n.endsWith(".zip") || n.endsWith(".provenance.intoto.json"))) continue;
    if (ent.isDirectory() && n === modelName && modelDirIsOurs(path8.join(dir, n)).length === 0) continue;
    return false;
  }
  return true;
}
function modelDirIsOurs(dir) {
  const known = new Set(MODEL_DIR_FILES);
  return readdirSync2(dir, { withFileTypes: true }).filter((e) => !(e.isFile() && known.has(e.name))).map((e) => e.name).sort();
}
function judgeOutputFolder(out, modelName, ctx) {
  if (modelName !== path8.basename(modelName) || modelName === "." || modelName === ".." || modelName.startsWith(".") || modelName.includes("\\")) {
    refuse(ctx, `cannot hold a model named "${modelName}"`, 'the name must be one plain file name (letters, digits, ".", "_", "-")');
  }
  const { real, exists } = resolveReal(out);
  for (const g of ctx.gitDirs) {
    if (isInside(g, real)) refuse(ctx, `lies inside git's own folder (${g})`, "choose a folder for build output, e.g. model-build-out");
    if (isInside(real, g)) refuse(ctx, `(${real}) contains the repository's .git folder`, "choose a dedicated folder for build output, e.g. model-build-out");
  }
  if (ctx.root !== null && isInside(ctx.root, real)) {
    const rel = toPosix(path8.relative(ctx.root, real));
    const tracked = ctx.holdsTracked(rel);
    if (tracked !== null) {
      refuse(ctx, `(${rel || "."}) holds files tracked by git (${tracked})`, "choose a folder that git does not track, e.g. model-build-out, and add it to .gitignore");
    }
  } else if (ctx.fromConfig) {
    refuse(ctx, `(${real}) is outside the repository`, "a config may only write inside its repository; use --out to write elsewhere");
  }
  if (!exists) return real;
  const st = lstatSync2(real);
  if (!st.isDirectory()) refuse(ctx, `(${real}) exists and is not a folder`, "choose a folder for build output");
  const entries = readdirSync2(real);
  if (entries.length > 0 && !entries.includes(OUTPUT_MARKER) && !looksLikeOurs(real, modelName)) {
    const sample = entries.sort().slice(0, 3).join(", ");
    refuse(ctx, `(${real}) already holds files model-build did not write (${sample}${entries.length > 3 ? ", ..." : ""})`, "choose a new or empty folder; model-build never overwrites or deletes what it did not create");
  }
  const modelDir = path8.join(real, modelName);
  if (existsSync4(modelDir)) {
    if (!lstatSync2(modelDir).isDirectory()) refuse(ctx, `holds ${modelName}, which is not a model folder`, `move ${modelDir} away`);
    const foreign = modelDirIsOurs(modelDir);
    if (foreign.length > 0) {
      refuse(ctx, `holds ${modelName}/ with files model-build did not write (${foreign.slice(0, 3).join(", ")})`, `move them out of ${modelDir}; the next build replaces that folder`);
    }
  }
  return real;
}
var OutputFolder = class _OutputFolder {
  /** `created`: this claim made the folder, so a build that fails may take it away again. */
  constructor(dir, created) {
    this.dir = dir;
    this.created = created;
  }
  dir;
  created;
  released = false;
  /** Judges, creates and marks the folder, takes its lock and sweeps temp entries of dead builds. */
  static claim(out, modelName, ctx) {
    const dir = judgeOutputFolder(out, modelName, ctx);
    const created = !existsSync4(dir);
    const marker = path8.join(dir, OUTPUT_MARKER);
    const markerExisted = existsSync4(marker);
    try {
      mkdirSync2(dir, { recursive: true });
      if (!markerExisted) writeFileSync2(marker, "This folder holds model-build output. model-build may replace what it wrote here.\n");
    } catch (e) {
      if (!markerExisted) rmSync2(marker, { force: true });
      if (created) {
        try {
          rmdirSync(dir);
        } catch {
        }
      }
      throw unwritable2(dir, e);
    }
    const folder = new _OutputFolder(dir, created);
    folder.lock();
    try {
      folder.sweep();
    } catch (e) {
      folder.release();
      throw e;
    }
    return folder;
  }
  lock() {
    const file = path8.join(this.dir, LOCK);
    const me = JSON.stringify({ pid: process.pid, host: hostname() });
    for (let attempt = 0; attempt < 2; attempt++) {
      try {
        const fd = openSync3(file, "wx", 420);
        try {
          writeSync2(fd, me);
        } catch (e) {
          closeSync3(fd);
          rmSync2(file, { force: true });
          throw e;
        }
        closeSync3(fd);
        return;
      } catch (e) {
        if (e.code !== "EEXIST") throw unwritable2(this.dir, e);
      }
      const holder = readLock(file);
      if (holder && holder.host === hostname() && !isAlive(holder.pid)) {
        rmSync2(file, { force: true });
        continue;
      }
      throw new ModelBuildError("OUTPUT_LOCKED", `another build${holder ? ` (pid ${holder.pid} on ${holder.host})` : ""} is writing ${this.dir}`, {
        file: toPosix(file),
        hint: "wait for it to finish, or use another --out; if no build is running, remove the lock file"
      });
    }
  }
  /** Temp entries of builds that were killed: we hold the lock, so no live build owns them. */
  sweep() {
    for (const name of readdirSync2(this.dir)) {
      if (name.startsWith(TMP)) rmSync2(path8.join(this.dir, name), { recursive: true, force: true });
    }
    for (const name of readdirSync2(this.dir)) {
      const m = /^\.model-build-old-(.+)-\d+$/.exec(name);
      if (!m) continue;
      const aside = path8.join(this.dir, name);
      const target = path8.join(this.dir, m[1]);
      if (!existsSync4(target)) renameSync3(aside, target);
      else removeModelDir(aside);
    }
    for (const name of readdirSync2(this.dir)) {
      const m = /\.tmp-(\d+)$/.exec(name);
      if (!m || isAlive(Number(m[1]))) continue;
      const file = path8.join(this.dir, name);
      const st = lstatSync2(file);
      if (st.isDirectory() && !name.startsWith(".") && modelDirIsOurs(file).length === 0) removeModelDir(file);
      else if (st.isFile() && name.startsWith(".") && name.endsWith(`.zip.tmp-${m[1]}`)) unlinkSync2(file);
    }
  }
  tmp(purpose) {
    return path8.join(this.dir, `${TMP}${process.pid}-${purpose}`);
  }
  /**
   * Puts a build's outputs in place together: the model folder `<name>/` and the files beside
   * it (archive, provenance). Every byte is written under temp names first, so a full disk or
   * any other write failure changes nothing; then `stale` names are removed (a provenance
   * statement must never sit beside an archive it does not describe), the old model folder is
   * renamed aside, the new one and the files renamed in, and the old folder's own files removed.
   * Between the two renames of the model folder it is briefly absent; a build killed there
   * leaves it aside, and the next build puts it back.
   */
  replace(model, files = [], stale = [], step = noStep) {
    const target = path8.join(this.dir, model.name);
    const tmpDir = this.tmp(model.name);
    const temps = [];
    try {
      mkdirSync2(tmpDir);
      for (const [file, content] of Object.entries(model.files)) {
        writeDurably(path8.join(tmpDir, file), content);
        step(`model:${file}`);
      }
      for (const f of files) {
        const tmp = this.tmp(f.name);
        temps.push({ tmp, target: path8.join(this.dir, f.name), name: f.name });
        writeDurably(tmp, f.content);
        step(`write:${f.name}`);
      }
    } catch (e) {
      rmSync2(tmpDir, { recursive: true, force: true });
      for (const t of temps) rmSync2(t.tmp, { force: true });
      throw unwritable2(this.dir, e);
    }
    for (const s of stale) {
      const file = path8.join(this.dir, s);
      if (existsSync4(file) && lstatSync2(file).isFile()) unlinkSync2(file);
    }
    const aside = path8.join(this.dir, `.model-build-old-${model.name}-${process.pid}`);
    const hadOld = existsSync4(target);
    if (hadOld) renameSync3(target, aside);
    step("model:aside");
    renameSync3(tmpDir, target);
    step("model:in-place");
    for (const t of temps) {
      renameSync3(t.tmp, t.target);
      step(`rename:${t.name}`);
    }
    if (hadOld) removeModelDir(aside);
    return target;
  }
  /**
   * Drops the lock. After a failed build, a folder this claim created and that holds nothing
   * but its marker is removed: a failed build leaves no output at all.
   */
  release(failed2 = false) {
    if (this.released) return;
    this.released = true;
    rmSync2(path8.join(this.dir, LOCK), { force: true });
    if (!failed2 || !this.created) return;
    try {
      if (readdirSync2(this.dir).every((n) => n === OUTPUT_MARKER)) {
        rmSync2(path8.join(this.dir, OUTPUT_MARKER), { force: true });
        rmdirSync(this.dir);
      }
    } catch {
    }
  }
};
var noStep = () => {
};
function removeModelDir(dir) {
  for (const f of MODEL_DIR_FILES) rmSync2(path8.join(dir, f), { force: true });
  try {
    rmdirSync(dir);
  } catch {
  }
}
function readLock(file) {
  try {
    const v = JSON.parse(readFileSync3(file, "utf8"));
    return typeof v.pid === "number" && typeof v.host === "string" ? { pid: v.pid, host: v.host } : null;
  } catch {
    return null;
  }
}
var REASONS = {
  ENOSPC: "no space left on the device",
  EDQUOT: "disk quota exceeded",
  EROFS: "the file system is read-only",
  EACCES: "permission denied",
  EPERM: "operation not permitted",
  ENOTDIR: "a part of the path is not a folder",
  EISDIR: "a folder is in the way"
};
function unwritable2(dir, e) {
  if (ModelBuildError.is(e)) return e;
  const code = e?.code ?? "EIO";
  return new ModelBuildError("OUTPUT_UNWRITABLE", `cannot write to ${dir}: ${REASONS[code] ?? e?.message ?? String(e)} (${code})`, {
    file: dir,
    hint: code === "ENOSPC" || code === "EDQUOT" ? "free some space or choose another --out; nothing was left half-written" : "choose a writable --out folder (or package.out in the config)",
    cause: e
  });
}

// src/core/dvc/pointers.ts
import { existsSync as existsSync6 } from "node:fs";
import path10 from "node:path";

// src/core/provenance/dvcPointers.ts
var import_yaml4 = __toESM(require_dist(), 1);
import { existsSync as existsSync5, readFileSync as readFileSync4, statSync as statSync5 } from "node:fs";
import path9 from "node:path";

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
    st = statSync5(abs);
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
    bytes = readFileSync4(abs);
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
  const lines = new import_yaml4.LineCounter();
  const doc = (0, import_yaml4.parseDocument)(text, { lineCounter: lines, uniqueKeys: true });
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
function wholeNumber(v, pointer2, where, key) {
  if (v === void 0) return void 0;
  if (typeof v === "number" && Number.isSafeInteger(v) && v >= 0) return v;
  throw badShape(pointer2, `${where} ${key} must be a whole number from 0 up (got ${describe2(v)})`);
}
var isDvcFileName = (name) => name.endsWith(".dvc") || name === "dvc.lock" || name === "dvc.yaml";
function toEntry(raw, base, root, pointer2, role, stage, where) {
  if (!isRecord(raw)) throw badShape(pointer2, `${where} must be a mapping with "path" (got ${describe2(raw)})`);
  if (raw.path === void 0 || raw.path === "") throw badShape(pointer2, `${where} has no "path"`);
  if (typeof raw.path !== "string") throw badShape(pointer2, `${where} path must be text (got ${describe2(raw.path)})`);
  const out = raw;
  const given2 = out.path;
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(given2) || given2.startsWith("remote://")) {
    return { path: given2, pointer: pointer2, reason: "remote location, not checked" };
  }
  if (/[\x00-\x1f]/.test(given2)) throw badShape(pointer2, `${where} path ${JSON.stringify(given2)} has control characters`);
  if (path9.posix.isAbsolute(given2) || path9.isAbsolute(given2)) {
    throw new ModelBuildError("PATH_ESCAPES_ROOT", `${where} path "${given2}" is absolute`, {
      file: pointer2,
      hint: "DVC records paths relative to the DVC file; data must live inside the repository for model-build to version it"
    });
  }
  const abs = path9.resolve(base, given2);
  if (!isInside(root, abs)) {
    throw new ModelBuildError("PATH_ESCAPES_ROOT", `${where} path "${given2}" points outside the repository`, {
      file: pointer2,
      hint: "DVC data must live inside the repository for model-build to version it"
    });
  }
  const rel = toPosix(path9.relative(root, abs));
  if (rel === "") throw badShape(pointer2, `${where} path "${given2}" names the whole repository`);
  const segments = rel.split("/");
  if (segments.some((s) => s === ".git" || s === ".dvc")) {
    throw badShape(pointer2, `${where} path "${given2}" is inside ${segments.includes(".git") ? ".git" : ".dvc"}, which DVC never tracks`);
  }
  if (rel === pointer2) throw badShape(pointer2, `${where} path "${given2}" is the DVC file itself`);
  if (role === "out") {
    if (isDvcFileName(segments[segments.length - 1])) throw badShape(pointer2, `${where} path "${given2}" is a DVC file, not data`);
    if (pointer2.startsWith(`${rel}/`)) throw badShape(pointer2, `${where} path "${given2}" contains the DVC file itself`);
  }
  if (out.hash !== void 0 && out.hash !== "md5") {
    throw new ModelBuildError("DVC_UNKNOWN_HASH", `${where} "${given2}" uses hash "${String(out.hash)}"; model-build checks md5 only`, {
      file: pointer2,
      hint: "use DVC's default md5 hashing (`dvc add` without a custom hash), or remove the entry"
    });
  }
  if (out.md5 === void 0) {
    if (out.etag !== void 0 || out.checksum !== void 0) {
      throw new ModelBuildError("DVC_UNKNOWN_HASH", `${where} "${given2}" records ${out.etag !== void 0 ? "an etag" : "a checksum"}, not an md5`, {
        file: pointer2,
        hint: "model-build verifies local md5-tracked data; import the data with `dvc add` or `dvc import` so it gets an md5"
      });
    }
    return { path: rel, pointer: pointer2, reason: "no hash recorded yet (run `dvc commit`)" };
  }
  if (typeof out.md5 !== "string") {
    throw badShape(pointer2, `${where} "${given2}" md5 must be 32 hex digits as text (got ${describe2(out.md5)}); quote it`);
  }
  if (!/^[0-9a-f]{32}(\.dir)?$/.test(out.md5)) {
    throw badShape(pointer2, `${where} "${given2}" has an md5 that is not 32 hex digits: "${out.md5.slice(0, 80)}"`);
  }
  const isDir = out.md5.endsWith(".dir");
  const size = wholeNumber(out.size, pointer2, where, "size");
  const nfiles = wholeNumber(out.nfiles, pointer2, where, "nfiles");
  if (nfiles !== void 0 && !isDir) {
    throw badShape(pointer2, `${where} "${given2}" records nfiles but its md5 is a file's (no ".dir"); nfiles belongs to directories`);
  }
  return { path: rel, pointer: pointer2, role, stage, md5: out.md5, legacy: out.hash === void 0, size, nfiles, isDir };
}
function refuseOverlappingOuts(entries, pointer2) {
  const outs = /* @__PURE__ */ new Set();
  const local = entries.filter((e) => isSkipped(e) ? !e.reason.startsWith("remote") : e.role === "out");
  for (const e of local) {
    if (outs.has(e.path)) throw badShape(pointer2, `"${e.path}" is listed as an out twice`);
    outs.add(e.path);
  }
  for (const e of local) {
    const parts = e.path.split("/");
    for (let i = 1; i < parts.length; i++) {
      const ancestor = parts.slice(0, i).join("/");
      if (outs.has(ancestor)) throw badShape(pointer2, `outs overlap: "${e.path}" is inside "${ancestor}"`);
    }
  }
}
var LOCK_SCHEMAS = ["2.0", 2];
function readDvcFile(root, rel) {
  const abs = path9.join(root, rel);
  const doc = parseYaml(abs, rel);
  if (!isRecord(doc)) throw badShape(rel, 'expected a mapping with "outs"');
  const outs = doc.outs;
  if (!Array.isArray(outs)) throw badShape(rel, '"outs" is missing or not a list');
  const entries = outs.map((o, i) => toEntry(o, path9.dirname(abs), root, rel, "out", void 0, `outs[${i}]`));
  refuseOverlappingOuts(entries, rel);
  return entries;
}
function readDvcLock(root, rel) {
  const abs = path9.join(root, rel);
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
  const wdirs = stageWorkDirs(root, path9.dirname(abs));
  const result = [];
  for (const [name, stage] of Object.entries(stages)) {
    if (!isRecord(stage)) throw badShape(rel, `stage "${name}" is not a mapping`);
    const base = path9.resolve(path9.dirname(abs), wdirs.get(name.split("@")[0]) ?? ".");
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
  const file = path9.join(dir, "dvc.yaml");
  if (!existsSync5(file)) return result;
  const text = readPointerText(file, toPosix(path9.relative(root, file)));
  try {
    const doc = (0, import_yaml4.parseDocument)(text).toJS({ maxAliasCount: MAX_DVC_YAML_ALIASES });
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
function committedOuts(root, tree, boundary, notes) {
  const committed = new Set(tree.filter((t) => t.type === "blob" && t.mode !== "120000").map((t) => t.path));
  const outs = /* @__PURE__ */ new Map();
  for (const e of tree) {
    if (e.type !== "blob" || e.path.startsWith(".dvc/")) continue;
    const base = path10.posix.basename(e.path);
    const isLock = base === "dvc.lock";
    if (!isLock && !(base.endsWith(".dvc") && base !== ".dvc")) continue;
    if (!existsSync6(path10.join(root, e.path))) continue;
    const real = boundary.resolve(path10.join(root, e.path), `DVC pointer ${e.path}`, { file: e.path });
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
function resolvePullConfig(given2, start, root) {
  if (given2 === null) return null;
  if (given2 !== void 0 && typeof given2 !== "string") return given2;
  if (given2 === void 0) {
    const found = DEFAULT_CONFIG_NAMES.map((n) => path10.join(start, n)).find((f) => existsSync6(f));
    return found ? loadConfig(found, { cwd: start, root }) : null;
  }
  return loadConfig(findConfigFile(given2, start), { cwd: start, root });
}
function configDataPaths(config, root, boundary) {
  const configRel = path10.relative(root, config.file);
  const paths = /* @__PURE__ */ new Set();
  for (const dp of config.dataPaths) {
    paths.add(toPosix(path10.relative(root, dp.path)));
    paths.add(boundary.resolve(dp.path, `data path ${dp.pointer} "${dp.given}"`, { file: configRel, pointer: dp.pointer }).rel);
  }
  return [...paths].sort(compareBytes);
}

// src/core/provenance/coverage.ts
import { readdirSync as readdirSync3, statSync as statSync6 } from "node:fs";
import path11 from "node:path";
var under2 = (dir, p) => p === dir || p.startsWith(`${dir}/`);
function checkCoverage(input) {
  const blobs = new Map(input.tree.filter((e) => e.type === "blob").map((e) => [e.path, e]));
  const dirty = new Map(input.dirty.map((d) => [d.path, d]));
  const { boundary } = input;
  const configRel = toPosix(path11.relative(input.root, input.configFile));
  const dvcCovers = (rel) => input.dvc.some((e) => under2(e.path, rel));
  const results = /* @__PURE__ */ new Map();
  const unversioned = (rel, message, hint) => ({
    path: rel,
    kind: null,
    pointer: null,
    expected: null,
    actual: null,
    size: { expected: null, actual: null },
    status: "unversioned",
    message,
    hint
  });
  const judgeBlob = (rel) => {
    const blob = blobs.get(rel);
    if (!blob || blob.mode === "120000") return null;
    const d = dirty.get(rel);
    return {
      path: rel,
      kind: "git",
      pointer: rel,
      expected: `git:${blob.oid}`,
      actual: d ? null : `git:${blob.oid}`,
      size: { expected: blob.size, actual: null },
      status: d ? "modified" : "ok",
      ...d ? { message: `${rel} is ${d.state} since the last commit`, hint: "commit it, or restore it with `git checkout -- FILE`" } : {}
    };
  };
  const judgeFile = (rel, origin, via) => {
    if (input.reported.has(rel) || results.has(rel)) return;
    const blob = judgeBlob(rel);
    if (blob) {
      results.set(rel, blob);
      return;
    }
    if (dvcCovers(rel)) return;
    const named = via ? `${via} (a symlink to ${rel})` : rel;
    results.set(rel, unversioned(rel, `${named} is read by ${configRel} (${origin.pointer}) but is not versioned`, `version it: \`git add ${rel}\`, \`dvc add ${rel}\`, or \`git lfs track\` it, then commit`));
  };
  for (const code of input.codePaths) {
    const r = boundary.resolve(code.path, code.what, { file: configRel });
    if (!r.exists) {
      results.set(r.rel, { ...unversioned(r.rel, `${code.what} (${r.rel}) does not exist`, `check the path in ${configRel}`), status: "missing" });
      continue;
    }
    const entry = judgeBlob(r.rel);
    if (entry?.status === "ok") continue;
    if (entry) results.set(r.rel, entry);
    else results.set(r.rel, unversioned(r.rel, `${code.what} (${r.rel}) is not committed to git: the build would run or read unversioned code`, `commit it: \`git add ${r.rel} && git commit\``));
  }
  for (const dp of input.dataPaths) {
    const named = toPosix(path11.relative(input.root, dp.path));
    const r = boundary.resolve(dp.path, `data path ${dp.pointer} "${dp.given}"`, { file: configRel, pointer: dp.pointer });
    const rel = r.rel;
    if (!r.exists) {
      const trackedBelow = dvcCovers(rel) || input.dvc.some((e) => under2(rel, e.path)) || blobs.has(rel);
      if (!trackedBelow && !input.reported.has(rel)) {
        results.set(rel, {
          ...unversioned(rel, `${rel} is read by ${configRel} (${dp.pointer}) but does not exist and no DVC or git pointer records it`, `check the path in ${configRel}, or add and commit the data`),
          status: "missing"
        });
      }
      continue;
    }
    const isDir = statSync6(r.real).isDirectory();
    if (!isDir) {
      judgeFile(rel, dp, r.linked ? named : void 0);
      continue;
    }
    if (input.dvc.some((e) => under2(e.path, rel))) continue;
    for (const f of listFiles(r.real, rel)) {
      if (f.link === null) judgeFile(f.rel, dp);
      else {
        const target = boundary.resolve(path11.join(input.root, f.rel), `${f.rel} (in data path ${dp.pointer})`, { file: configRel, pointer: dp.pointer });
        if (target.exists && !statSync6(target.real).isDirectory()) judgeFile(target.rel, dp, f.rel);
      }
    }
  }
  return [...results.values()];
}
var isPointerFile = (name) => name === ".gitignore" || name === ".gitattributes" || name === ".dvcignore" || name.endsWith(".dvc");
function listFiles(abs, rel) {
  const out = [];
  for (const ent of readdirSync3(abs, { withFileTypes: true }).sort((a, b) => compareBytes(a.name, b.name))) {
    if (ent.name === ".git" || isPointerFile(ent.name)) continue;
    const childRel = `${rel}/${ent.name}`;
    const childAbs = path11.join(abs, ent.name);
    if (ent.isSymbolicLink()) out.push({ rel: childRel, link: childAbs });
    else if (ent.isDirectory()) out.push(...listFiles(childAbs, childRel));
    else out.push({ rel: childRel, link: null });
  }
  return out;
}

// src/core/provenance/dvcVerify.ts
var import_ignore = __toESM(require_ignore(), 1);
import { createHash as createHash3 } from "node:crypto";
import { existsSync as existsSync7, lstatSync as lstatSync3, readdirSync as readdirSync4, readFileSync as readFileSync5, realpathSync as realpathSync2, statSync as statSync7 } from "node:fs";
import path12 from "node:path";

// src/core/provenance/pythonJson.ts
function pythonJsonDumps(value) {
  if (value === null) return "null";
  if (typeof value === "string") return pythonString(value);
  if (typeof value === "boolean") return value ? "true" : "false";
  if (typeof value === "number") {
    if (!Number.isFinite(value)) throw new Error("pythonJsonDumps: non-finite numbers are not JSON");
    if (!Number.isSafeInteger(value)) throw new Error("pythonJsonDumps: only integers are supported");
    return String(value);
  }
  if (Array.isArray(value)) return `[${value.map(pythonJsonDumps).join(", ")}]`;
  if (typeof value === "object") {
    const keys = Object.keys(value).sort(compareBytes);
    const obj = value;
    return `{${keys.map((k) => `${pythonString(k)}: ${pythonJsonDumps(obj[k])}`).join(", ")}}`;
  }
  throw new Error(`pythonJsonDumps: cannot serialize ${typeof value}`);
}
var SHORT_ESCAPES = {
  '"': '\\"',
  "\\": "\\\\",
  "\n": "\\n",
  "\r": "\\r",
  "	": "\\t",
  "\b": "\\b",
  "\f": "\\f"
};
function pythonString(s) {
  let out = '"';
  for (let i = 0; i < s.length; i++) {
    const ch = s[i];
    const code = s.charCodeAt(i);
    const short = SHORT_ESCAPES[ch];
    if (short) out += short;
    else if (code < 32 || code > 126) out += `\\u${code.toString(16).padStart(4, "0")}`;
    else out += ch;
  }
  return out + '"';
}

// src/core/provenance/dvcVerify.ts
var ALWAYS_IGNORED = /* @__PURE__ */ new Set([".git", ".hg", ".dvc"]);
function dvcDirHash(entries) {
  const sorted = [...entries].sort((a, b) => compareBytes(a.relpath, b.relpath));
  const json2 = pythonJsonDumps(sorted.map(({ md5, relpath }) => ({ md5, relpath })));
  return `${createHash3("md5").update(json2, "utf8").digest("hex")}.dir`;
}
var label = (e) => e.legacy ? "md5-dos2unix" : "md5";
async function verifyDvcEntry(entry, ctx) {
  const abs = ctx.boundary.resolve(path12.join(ctx.root, entry.path), `${entry.path} (recorded in ${entry.pointer})`, { file: entry.pointer }, ctx.allowedLinkTargets).real;
  const base = {
    path: entry.path,
    kind: entry.isDir ? "dvc-dir" : "dvc-file",
    pointer: entry.pointer,
    expected: `${label(entry)}:${entry.md5}`,
    actual: null,
    size: { expected: entry.size ?? null, actual: null },
    status: "ok"
  };
  const target = entry.pointer.endsWith(".lock") ? entry.stage ? ` ${entry.stage}` : "" : ` ${entry.pointer}`;
  if (!existsSync7(abs)) {
    return {
      ...base,
      status: "not-pulled",
      message: `${entry.path} is recorded in ${entry.pointer} but not present: data not pulled`,
      hint: `run \`model-build pull\` (no Python needed), or \`dvc pull${target}\` (\`dvc checkout${target}\` when the DVC cache already has it)`
    };
  }
  const isDir = statSync7(abs).isDirectory();
  if (isDir !== entry.isDir) {
    return {
      ...base,
      status: "modified",
      message: `${entry.path} is a ${isDir ? "directory" : "file"} but ${entry.pointer} records a ${entry.isDir ? "directory" : "file"}`,
      hint: `run \`dvc checkout${target}\`, or record the new data with \`dvc add\`/\`dvc commit\``
    };
  }
  const algo = entry.legacy ? "md5-dos2unix" : "md5";
  let actual;
  let size;
  let nfiles;
  let listing;
  if (entry.isDir) {
    const files = listDvcDir(abs, ctx, entry);
    listing = await Promise.all(
      files.map(async (f) => ({ relpath: f.rel, md5: (await ctx.hasher.digest(f.abs, [algo]))[algo] }))
    );
    actual = dvcDirHash(listing);
    size = files.reduce((s, f) => s + f.size, 0);
    nfiles = files.length;
  } else {
    const d = await ctx.hasher.digest(abs, [algo]);
    actual = d[algo];
    size = d.size;
  }
  const result = { ...base, actual: `${label(entry)}:${actual}`, size: { expected: entry.size ?? null, actual: size } };
  const sizeDiffers = entry.size !== void 0 && entry.size !== size;
  const countDiffers = entry.nfiles !== void 0 && nfiles !== void 0 && entry.nfiles !== nfiles;
  if (actual === entry.md5 && !sizeDiffers && !countDiffers) return result;
  const changed = listing ? changedFiles(ctx.root, entry, listing) : void 0;
  return {
    ...result,
    status: "modified",
    message: `${entry.path} does not match ${entry.pointer}` + (countDiffers ? ` (${nfiles} files, recorded ${entry.nfiles})` : sizeDiffers ? ` (${size} bytes, recorded ${entry.size})` : ""),
    hint: `restore it with \`dvc checkout${target}\`, or record the new version with \`dvc add\`/\`dvc commit\` and commit the pointer`,
    ...changed ? { changed } : {}
  };
}
function listDvcDir(dir, ctx, entry) {
  const ignored = dvcIgnoreMatcher(ctx.root, entry.path);
  const out = [];
  const walk = (abs, rel) => {
    let names;
    try {
      names = readdirSync4(abs);
    } catch (e) {
      const at = toPosix(path12.relative(ctx.root, abs));
      throw new ModelBuildError("FILE_UNREADABLE", `cannot list ${at}: ${e.message}`, { file: at });
    }
    for (const name of names.sort(compareBytes)) {
      if (ALWAYS_IGNORED.has(name)) continue;
      const childAbs = path12.join(abs, name);
      const childRel = rel ? `${rel}/${name}` : name;
      const repoRel = `${entry.path}/${childRel}`;
      if (name === ".dvcignore") {
        throw new ModelBuildError("DVC_PARSE", `${repoRel}: DVC does not allow a .dvcignore inside a tracked directory`, {
          file: repoRel,
          hint: "move its patterns to a .dvcignore above the tracked directory"
        });
      }
      let st = lstatSync3(childAbs);
      if (st.isSymbolicLink()) {
        const target = safeRealpath(childAbs);
        if (!target || !ctx.allowedLinkTargets.some((t) => isInside(t, target))) {
          throw new ModelBuildError(
            "DVC_SYMLINK_ESCAPES",
            target ? `${repoRel} is a symlink to ${target}, outside the repository` : `${repoRel} is a symlink to a missing target`,
            { file: repoRel, hint: "replace the link with the file itself, or move its target inside the repository" }
          );
        }
        st = statSync7(target);
        if (st.isDirectory()) continue;
      }
      if (ignored(repoRel, st.isDirectory())) continue;
      if (st.isDirectory()) walk(childAbs, childRel);
      else if (st.isFile()) out.push({ abs: childAbs, rel: childRel, size: st.size });
    }
  };
  walk(dir, "");
  return out;
}
function dvcIgnoreMatcher(root, tracked) {
  const parts = tracked.split("/");
  const rules = [];
  for (let i = 0; i < parts.length; i++) {
    const base = parts.slice(0, i).join("/");
    const file = path12.join(root, base, ".dvcignore");
    if (existsSync7(file)) rules.push({ base, ig: (0, import_ignore.default)().add(readFileSync5(file, "utf8")) });
  }
  if (rules.length === 0) return () => false;
  return (repoRel, isDir) => rules.some(({ base, ig }) => {
    const rel = base ? repoRel.slice(base.length + 1) : repoRel;
    return ig.ignores(isDir ? `${rel}/` : rel);
  });
}
function safeRealpath(p) {
  try {
    return realpathSync2(p);
  } catch {
    return null;
  }
}
function changedFiles(root, entry, now) {
  const hex = entry.md5;
  const candidates = [
    path12.join(root, ".dvc", "cache", "files", "md5", hex.slice(0, 2), hex.slice(2)),
    path12.join(root, ".dvc", "cache", hex.slice(0, 2), hex.slice(2))
  ];
  for (const file of candidates) {
    if (!existsSync7(file)) continue;
    try {
      const recorded = JSON.parse(readFileSync5(file, "utf8"));
      const was = new Map(recorded.map((e) => [e.relpath, e.md5]));
      const is = new Map(now.map((e) => [e.relpath, e.md5]));
      const changed = [];
      for (const [p, md5] of is) {
        if (!was.has(p)) changed.push(`${entry.path}/${p} (added)`);
        else if (was.get(p) !== md5) changed.push(`${entry.path}/${p} (modified)`);
      }
      for (const p of was.keys()) if (!is.has(p)) changed.push(`${entry.path}/${p} (deleted)`);
      return changed.sort(compareBytes);
    } catch {
      return void 0;
    }
  }
  return void 0;
}

// src/core/provenance/lfsVerify.ts
import { lstatSync as lstatSync4, openSync as openSync4, readSync as readSync2, closeSync as closeSync4, constants as constants3 } from "node:fs";
import path13 from "node:path";

// src/core/provenance/lfsPointer.ts
var MAX_POINTER_SIZE = 1024;
var VERSIONS = ["https://git-lfs.github.com/spec/v1", "https://hawser.github.com/spec/v1", "http://git-media.io/v/2"];
var EMPTY_SHA256 = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855";
var ANNOUNCES = /^\s*(\uFEFF)?\s*version [^\n]*(git-lfs|hawser|git-media)/;
function looksLikePointer(head) {
  return ANNOUNCES.test(head.subarray(0, 200).toString("latin1").replace(/^\xEF\xBB\xBF/, "\uFEFF"));
}
function classifyLfsBlob(bytes) {
  if (bytes.length === 0) return { kind: "pointer", pointer: { oid: EMPTY_SHA256, size: 0 } };
  if (!looksLikePointer(bytes)) return { kind: "raw" };
  if (bytes.length >= MAX_POINTER_SIZE) {
    return { kind: "malformed", line: 1, problem: `it is ${bytes.length} bytes; a pointer is under ${MAX_POINTER_SIZE} bytes` };
  }
  const decoded = decodeStrictUtf8(bytes);
  if (!decoded.ok) return { kind: "malformed", line: decoded.line, problem: `it is not UTF-8 text (column ${decoded.column})` };
  return validate(decoded.text);
}
function parseLfsPointer(bytes) {
  if (bytes.length === 0) return null;
  const c = classifyLfsBlob(bytes);
  return c.kind === "pointer" ? c.pointer : null;
}
function validate(text) {
  const bad = (line, problem) => ({ kind: "malformed", line, problem });
  if (text.startsWith("\uFEFF")) return bad(1, 'it starts with a byte-order mark; the first line must be "version \u2026"');
  if (/^\s/.test(text)) return bad(1, 'it starts with whitespace; the first line must be "version \u2026"');
  const cr = text.indexOf("\r");
  if (cr >= 0) return bad(lineAt(text, cr), "it has Windows line endings (CRLF); every line must end with a single \\n");
  if (!text.endsWith("\n")) return bad(lineAt(text, text.length - 1), "the last line does not end with a newline");
  const lines = text.slice(0, -1).split("\n");
  const fields = /* @__PURE__ */ new Map();
  let previous = "";
  for (let i = 0; i < lines.length; i++) {
    const n = i + 1;
    const line = lines[i];
    if (line === "") return bad(n, "it has a blank line");
    const m = /^([a-z0-9.-]+) (\S(?:.*\S)?)$/.exec(line);
    if (!m) return bad(n, `"${clip2(line)}" is not "key value" (lowercase key, one space, a value)`);
    const [, key, value] = m;
    if (i === 0) {
      if (key !== "version") return bad(n, 'the first key must be "version"');
      if (!VERSIONS.includes(value)) return bad(n, `unknown version "${clip2(value)}" (expected ${VERSIONS[0]})`);
      continue;
    }
    if (key === "version") return bad(n, '"version" appears twice');
    if (key !== "oid" && key !== "size" && !/^ext-\d-\w+$/.test(key)) {
      return bad(n, `unknown key "${clip2(key)}" (a v1 pointer has version, oid, size and ext-N-NAME lines)`);
    }
    if (fields.has(key)) return bad(n, `"${key}" appears twice`);
    if (key < previous) return bad(n, `"${key}" comes after "${previous}"; keys after version are sorted (oid, then size)`);
    previous = key;
    fields.set(key, { value, line: n });
  }
  const oid = fields.get("oid");
  const size = fields.get("size");
  if (!oid) return bad(lines.length + 1, 'the "oid" line is missing');
  if (!size) return bad(lines.length + 1, 'the "size" line is missing');
  const ext = [...fields.keys()].find((k) => k.startsWith("ext-"));
  if (ext) return bad(fields.get(ext).line, `it uses the Git LFS extension "${ext}", whose stored bytes model-build cannot verify`);
  const oidProblem = checkOid(oid.value);
  if (oidProblem) return bad(oid.line, oidProblem);
  if (!/^(0|[1-9][0-9]*)$/.test(size.value)) {
    return bad(size.line, `size must be a whole number of bytes without sign or leading zeros (got "${clip2(size.value)}")`);
  }
  const bytes = Number(size.value);
  if (!Number.isSafeInteger(bytes)) return bad(size.line, `size ${clip2(size.value)} is larger than any file can be`);
  return { kind: "pointer", pointer: { oid: oid.value.slice("sha256:".length), size: bytes } };
}
function checkOid(value) {
  const colon = value.indexOf(":");
  if (colon < 0) return `oid must be "sha256:" and 64 hex digits (got "${clip2(value)}")`;
  const method = value.slice(0, colon);
  if (method !== "sha256") return `oid uses hash method "${clip2(method)}"; Git LFS pointers use sha256`;
  const hex = value.slice(colon + 1);
  if (!/^[0-9a-fA-F]*$/.test(hex)) return `oid has characters that are not hex digits ("${clip2(hex)}")`;
  if (hex.length !== 64) return `oid has ${hex.length} hex digits; a sha256 has 64`;
  if (hex !== hex.toLowerCase()) return "oid has uppercase hex digits; Git LFS writes lowercase";
  return null;
}
var clip2 = (s) => s.length > 80 ? `${s.slice(0, 77)}...` : s;
var lineAt = (text, index) => text.slice(0, index).split("\n").length;

// src/core/provenance/lfsVerify.ts
var PULL_HINT = "run `git lfs pull` (in GitHub Actions: `lfs: true` on actions/checkout)";
async function lfsTracked(root, tree) {
  const blobs = tree.filter((e) => e.type === "blob" && e.mode !== "120000");
  const filters = await attributeOf(
    root,
    "filter",
    blobs.map((b) => b.path)
  );
  return blobs.filter((b) => filters.get(b.path) === "lfs");
}
var FIX_POINTER_HINT = "put the real data in place and run `git add --renormalize FILE` with git-lfs installed, then commit (or restore the pointer from a commit where it was valid)";
async function committedPointers(root, entries) {
  const small = entries.filter((e) => e.size < MAX_POINTER_SIZE).map((e) => e.oid);
  const blobs = await readBlobs(root, small);
  const result = /* @__PURE__ */ new Map();
  const malformed = [];
  for (const e of entries) {
    const blob = blobs.get(e.oid);
    if (blob === void 0) {
      if (looksLikePointer(readHead(path13.join(root, e.path)))) {
        malformed.push({ path: e.path, line: 1, problem: `it is ${e.size} bytes; a pointer is under ${MAX_POINTER_SIZE} bytes` });
      }
      result.set(e.path, null);
      continue;
    }
    const c = classifyLfsBlob(blob);
    if (c.kind === "malformed") malformed.push({ path: e.path, line: c.line, problem: c.problem });
    result.set(e.path, c.kind === "pointer" ? c.pointer : null);
  }
  if (malformed.length > 0) {
    const [first, ...rest] = malformed;
    throw new ModelBuildError("LFS_POINTER_INVALID", `malformed Git LFS pointer committed in HEAD: ${first.problem}`, {
      file: first.path,
      line: first.line,
      details: rest.map((m) => `${m.path}:${m.line}: malformed Git LFS pointer: ${m.problem}`),
      hint: FIX_POINTER_HINT
    });
  }
  return result;
}
async function verifyLfs(root, entries, hasher) {
  const pointers = await committedPointers(root, entries);
  return Promise.all(
    entries.map(async (e) => {
      const pointer2 = pointers.get(e.path) ?? null;
      const base = {
        path: e.path,
        kind: "lfs",
        pointer: e.path,
        expected: pointer2 ? `sha256:${pointer2.oid}` : `git:${e.oid}`,
        actual: null,
        size: { expected: pointer2 ? pointer2.size : e.size, actual: null },
        status: "ok"
      };
      if (!pointer2) {
        return {
          ...base,
          status: "raw-blob",
          message: `${e.path} matches an LFS pattern in .gitattributes but was committed as a raw git blob`,
          hint: 'run `git lfs migrate import --include="<pattern>"` (or `git rm --cached` and re-add) so it is stored in LFS'
        };
      }
      const abs = path13.join(root, e.path);
      let st;
      try {
        st = lstatSync4(abs);
      } catch {
        return { ...base, status: "not-pulled", message: `${e.path} is missing from the working tree`, hint: "run `git checkout -- .` then `git lfs pull`" };
      }
      const onDisk = st.isFile() && st.size > 0 && st.size < MAX_POINTER_SIZE ? parseLfsPointer(readHead(abs)) : null;
      if (onDisk && onDisk.oid !== pointer2.oid) {
        return {
          ...base,
          size: { ...base.size, actual: st.size },
          status: "modified",
          message: `${e.path} is an LFS pointer to another object than the committed one`,
          hint: "restore it with `git checkout -- FILE && git lfs pull`, or commit the new version"
        };
      }
      if (onDisk) {
        return {
          ...base,
          actual: null,
          size: { ...base.size, actual: st.size },
          status: "not-pulled",
          message: `${e.path} is still an LFS pointer: LFS object not pulled`,
          hint: PULL_HINT
        };
      }
      const d = await hasher.digest(abs, ["sha256"]);
      const result = { ...base, actual: `sha256:${d.sha256}`, size: { ...base.size, actual: d.size } };
      if (d.sha256 === pointer2.oid && d.size === pointer2.size) return result;
      return {
        ...result,
        status: "modified",
        message: `${e.path} does not match its committed LFS pointer`,
        hint: "restore it with `git checkout -- FILE && git lfs pull`, or commit the new version"
      };
    })
  );
}
function readHead(abs) {
  let fd;
  try {
    fd = openSync4(abs, constants3.O_RDONLY | constants3.O_NONBLOCK);
  } catch {
    return Buffer.alloc(0);
  }
  try {
    const buf = Buffer.alloc(MAX_POINTER_SIZE);
    const n = readSync2(fd, buf, 0, buf.length, null);
    return buf.subarray(0, n);
  } catch {
    return Buffer.alloc(0);
  } finally {
    closeSync4(fd);
  }
}

// src/core/provenance/checkWorkspace.ts
async function checkWorkspace(options = {}) {
  const start = path14.resolve(options.root ?? process.cwd());
  const lookup = await readGitFacts(start);
  const stats = { files: 0, bytes: 0, cacheHits: 0, hashedFiles: 0, hashedBytes: 0 };
  if (!lookup.ok) {
    return {
      format: 1,
      ok: false,
      root: start,
      git: null,
      config: null,
      data: [],
      problems: [{ code: lookup.reason, path: ".", message: lookup.message, hint: lookup.hint }],
      notes: [],
      stats
    };
  }
  const facts = lookup.facts;
  const root = facts.root;
  const config = resolveConfig(options.config, start, root);
  const [allDirty, tree] = await Promise.all([dirtyPaths(root), headTree(root)]);
  const notes = [];
  const boundary = new RepositoryBoundary(root);
  const outputs = (options.outputs ?? (config ? [configuredOutput(config)] : [])).map((o) => toPosix(path14.relative(root, resolveReal(o).real)));
  const isOutput = (p2) => outputs.some((o) => o && !o.startsWith("..") && (p2 === o || p2.startsWith(`${o}/`)));
  const dirty = allDirty.filter((d) => !(d.state === "untracked" && isOutput(d.path)));
  for (const o of outputs.filter((o2) => allDirty.some((d) => d.state === "untracked" && isOutput(d.path) && (d.path === o2 || d.path.startsWith(`${o2}/`))))) {
    notes.push(`${o}/ holds build output and is not ignored by git: add it to .gitignore`);
  }
  if (facts.shallow) {
    notes.push("shallow clone: history is incomplete (fine for building; use `fetch-depth: 0` on actions/checkout if you need history)");
  }
  if (facts.detached) notes.push(`detached HEAD at ${facts.commit.slice(0, 12)}: the package records no branch`);
  if (config === null && options.config === void 0) {
    notes.push(`no ${DEFAULT_CONFIG_NAMES[0]} found: checked git, DVC and LFS, but not which data a build reads`);
  }
  const committedFiles = new Set(tree.filter((t) => t.type === "blob" && t.mode !== "120000").map((t) => t.path));
  const dvc = [];
  const seen = /* @__PURE__ */ new Set();
  for (const e of tree) {
    if (e.type !== "blob" || e.path.startsWith(".dvc/")) continue;
    const base = path14.posix.basename(e.path);
    const isLock = base === "dvc.lock";
    if (!isLock && !(base.endsWith(".dvc") && base !== ".dvc")) continue;
    if (!existsSync8(path14.join(root, e.path))) continue;
    const real = boundary.resolve(path14.join(root, e.path), `DVC pointer ${e.path}`, { file: e.path });
    if (real.linked && !committedFiles.has(real.rel)) {
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
      const key = `${entry.path}\0${entry.md5}`;
      if (seen.has(key)) continue;
      seen.add(key);
      dvc.push(entry);
    }
  }
  const hasher = new Hasher({
    root,
    cacheFile: options.cacheFile === void 0 ? path14.join(facts.commonDir, "model-build", "hash-cache.json") : options.cacheFile,
    concurrency: options.concurrency,
    onProgress: options.onProgress
  });
  let data;
  try {
    const ctx = { root, hasher, boundary, allowedLinkTargets: [root, ...dvcCacheDirs(root)] };
    const lfs = await lfsTracked(root, tree);
    const [dvcResults, lfsResults] = await Promise.all([
      Promise.all(dvc.map((e) => verifyDvcEntry(e, ctx))),
      verifyLfs(root, lfs, hasher)
    ]);
    data = [...dvcResults, ...lfsResults];
    if (config) {
      const reported = new Set(data.map((d) => d.path));
      data.push(
        ...checkCoverage({ root, configFile: config.file, dataPaths: config.dataPaths, tree, dvc, dirty, reported, boundary, codePaths: codePathsOf(config) })
      );
    }
  } finally {
    await hasher.close();
  }
  data.sort((a, b) => compareBytes(a.path, b.path));
  const problems = [];
  for (const d of dirty) {
    problems.push({
      code: "dirty",
      path: d.path,
      message: d.from ? `${d.state}: ${d.from} -> ${d.path}` : `${d.state}${d.submodule ? " (submodule)" : ""}: ${d.path}`
    });
  }
  for (const p2 of uninitializedSubmodules(root, tree)) {
    problems.push({
      code: "submodule-not-initialized",
      path: p2,
      message: `submodule ${p2} is not checked out`,
      hint: "run `git submodule update --init --recursive` (in GitHub Actions: `submodules: recursive` on actions/checkout)"
    });
  }
  const read = config ? configDataPaths(config, root, boundary) : null;
  const isRead = (p2) => read === null || read.some((r) => p2 === r || p2.startsWith(`${r}/`) || r.startsWith(`${p2}/`));
  for (const d of data) {
    if (d.status === "ok") continue;
    if (d.status === "modified" && d.kind === "git") continue;
    if ((d.kind === "dvc-file" || d.kind === "dvc-dir" || d.kind === "lfs") && !isRead(d.path)) {
      notes.push(`${d.path}${d.pointer ? ` (${d.pointer})` : ""}: ${d.status}, but the config does not read it`);
      continue;
    }
    problems.push({ code: d.status, path: d.path, message: d.message ?? d.status, hint: d.hint });
  }
  const p = hasher.progress;
  Object.assign(stats, {
    files: p.filesDone,
    bytes: p.bytesDone,
    cacheHits: p.cacheHits,
    hashedFiles: p.filesDone - p.cacheHits,
    hashedBytes: p.bytesDone - p.cacheHitBytes
  });
  return {
    format: 1,
    ok: problems.length === 0,
    root,
    git: { ...facts, dirty: dirty.length > 0, dirtyPaths: dirty },
    config: config ? toPosix(path14.relative(root, config.file)) : null,
    data,
    problems,
    notes,
    stats
  };
}
function codePathsOf(config) {
  const paths = [{ path: config.file, what: "the config" }];
  const module = config.config.model?.module;
  if (module) paths.push({ path: path14.resolve(path14.dirname(config.file), module), what: `model.module "${module}"` });
  return paths;
}
function resolveConfig(given2, start, root) {
  if (given2 === null) return null;
  if (given2 !== void 0 && typeof given2 !== "string") return given2;
  if (given2 === void 0) {
    const found = DEFAULT_CONFIG_NAMES.map((n) => path14.join(start, n)).find((f) => existsSync8(f));
    if (!found) return null;
    return loadConfig(found, { cwd: start, root });
  }
  return loadConfig(findConfigFile(given2, start), { cwd: start, root });
}
function dvcCacheDirs(root) {
  const dirs = [path14.join(root, ".dvc", "cache")];
  for (const name of ["config", "config.local"]) {
    const file = path14.join(root, ".dvc", name);
    if (!existsSync8(file)) continue;
    let section = "";
    for (const line of readFileSync6(file, "utf8").split(/\r?\n/)) {
      const header = /^\s*\[\s*([^\]]+?)\s*\]\s*$/.exec(line);
      if (header) section = header[1].replace(/['"]/g, "");
      const kv = /^\s*dir\s*=\s*(.+?)\s*$/.exec(line);
      if (section === "cache" && kv) dirs.push(path14.resolve(root, ".dvc", kv[1]));
    }
  }
  return dirs;
}

// src/core/package/writePackage.ts
var import_ajv2 = __toESM(require_ajv(), 1);
import { createHash as createHash5 } from "node:crypto";
import { readFileSync as readFileSync7 } from "node:fs";
import path15 from "node:path";

// src/core/train/limits.ts
var DEFAULT_MAX_CLASSES = 1e3;
var DEFAULT_MAX_INPUTS = 1e4;
var DEFAULT_MAX_VOCABULARY = 1e3;
var DEFAULT_MAX_PARAMETERS = 5e7;
var DEFAULT_MAX_MEMORY_MIB = 4096;
var DEFAULT_HIDDEN = [{ units: 16 }];
var F32 = 4;
var OPTIMIZER_SLOTS = { adam: 2, rmsprop: 2, adagrad: 1, sgd: 0 };
function estimateModelSize(input) {
  const { inputWidth: inputWidth2, outputUnits } = input;
  let parameters = null;
  let activations = 0;
  const batch = Math.max(1, Math.min(input.batchSize, input.trainRows || input.batchSize));
  if (input.hidden) {
    const widths = [inputWidth2, ...input.hidden.map((h) => h.units), outputUnits];
    parameters = 0;
    for (let i = 1; i < widths.length; i++) parameters += widths[i - 1] * widths[i] + widths[i];
    const units = widths.reduce((a, b) => a + b, 0);
    const masks = input.hidden.reduce((a, h) => a + (h.dropout ? h.units : 0), 0);
    activations = batch * (2 * units + masks) * F32;
  } else {
    activations = batch * 2 * (inputWidth2 + outputUnits) * F32;
  }
  const weights = (parameters ?? 0) * F32;
  const slots = OPTIMIZER_SLOTS[input.optimizer ?? "adam"] ?? 2;
  const data = 3 * (input.trainRows + input.validationRows) * (inputWidth2 + outputUnits) * F32;
  const bytes = { weights, gradients: weights, optimizer: weights * slots, activations, data, total: 0 };
  bytes.total = bytes.weights + bytes.gradients + bytes.optimizer + bytes.activations + bytes.data;
  return { parameters, bytes };
}
function checkModelSize(options) {
  const { config, origin } = options;
  const training = config.training ?? {};
  const isModule = Boolean(config.model?.module);
  const estimate = estimateModelSize({
    inputWidth: options.inputWidth,
    outputUnits: options.outputUnits,
    hidden: isModule ? null : config.model?.hidden ?? DEFAULT_HIDDEN,
    batchSize: training.batchSize ?? 32,
    optimizer: config.model?.optimizer,
    trainRows: options.trainRows,
    validationRows: options.validationRows
  });
  const maxParameters = training.maxParameters ?? DEFAULT_MAX_PARAMETERS;
  const maxBytes = (training.maxMemoryMiB ?? DEFAULT_MAX_MEMORY_MIB) * 1024 * 1024;
  const { parameters, bytes } = estimate;
  const where = (pointer2) => ({ file: origin?.file, pointer: pointer2, ...origin?.locate?.(pointer2) ?? {} });
  if (parameters !== null && parameters > maxParameters) {
    const layers = [options.inputWidth, ...(config.model?.hidden ?? DEFAULT_HIDDEN).map((h) => h.units), options.outputUnits].join(" \u2192 ");
    throw new ModelBuildError(
      "MODEL_INVALID",
      `the model would have ${count(parameters)} parameters (layers ${layers}; about ${formatBytes(bytes.weights + bytes.gradients + bytes.optimizer)} of weights, gradients and optimizer state), over training.maxParameters = ${count(maxParameters)}`,
      {
        ...where(training.maxParameters !== void 0 ? "/training/maxParameters" : config.model?.hidden ? "/model/hidden" : "/data"),
        hint: "use fewer or smaller hidden layers (model.hidden) or fewer inputs (data.exclude, features.<column>.topK), or raise training.maxParameters"
      }
    );
  }
  if (bytes.total > maxBytes) {
    const parts = [
      parameters !== null ? `weights, gradients and optimizer state ${formatBytes(bytes.weights + bytes.gradients + bytes.optimizer)}` : null,
      `activations of a batch ${formatBytes(bytes.activations)}`,
      `encoded data ${formatBytes(bytes.data)}`
    ].filter(Boolean);
    throw new ModelBuildError(
      "MODEL_INVALID",
      `training would need about ${formatBytes(bytes.total)} of memory (${parts.join(", ")}), over training.maxMemoryMiB = ${training.maxMemoryMiB ?? DEFAULT_MAX_MEMORY_MIB}`,
      {
        ...where(training.maxMemoryMiB !== void 0 ? "/training/maxMemoryMiB" : "/training"),
        hint: "lower training.batchSize or model.hidden units, use fewer rows or inputs, or raise training.maxMemoryMiB"
      }
    );
  }
  return estimate;
}
function checkModuleParameters(parameters, config, origin) {
  const max = config.training?.maxParameters ?? DEFAULT_MAX_PARAMETERS;
  if (parameters <= max) return;
  const slots = OPTIMIZER_SLOTS[config.model?.optimizer ?? "adam"] ?? 2;
  throw new ModelBuildError(
    "MODEL_INVALID",
    `the model built by model.module has ${count(parameters)} parameters (about ${formatBytes(parameters * F32 * (2 + slots))} of weights, gradients and optimizer state), over training.maxParameters = ${count(max)}`,
    {
      file: origin?.file,
      pointer: "/model/module",
      ...origin?.locate?.("/model/module") ?? {},
      hint: "build a smaller model in the module, or raise training.maxParameters"
    }
  );
}
function checkBeforeTraining(options) {
  checkTaskSettings(options.config, options.task, options.origin);
  return checkModelSize(options);
}
function checkClassCount(classes, label2, maxClasses, source, origin) {
  const max = maxClasses ?? DEFAULT_MAX_CLASSES;
  if (classes <= max) return;
  throw settingError(
    origin ?? { file: source },
    maxClasses === void 0 ? "/data/label" : "/model/maxClasses",
    `label "${label2}" has ${count(classes)} distinct classes, over model.maxClasses = ${count(max)}`,
    `a classifier over so many classes rarely learns: predict a number (model.task: regression), bucket or group the label into fewer classes, or raise model.maxClasses`
  );
}
var count = (n) => n.toLocaleString("en-US");
function formatBytes(n) {
  const units = ["bytes", "KiB", "MiB", "GiB", "TiB", "PiB"];
  let i = 0;
  let v = n;
  while (v >= 1024 && i < units.length - 1) [v, i] = [v / 1024, i + 1];
  return i === 0 ? `${n} bytes` : `${v.toFixed(1)} ${units[i]}`;
}

// src/core/features/preprocessor.ts
var OOV = "<other>";
var escapePointer5 = (s) => s.replace(/~/g, "~0").replace(/\//g, "~1");
function checkNamedColumns(columns, options) {
  const origin = options.origin ?? { file: options.source };
  const present = new Set(columns);
  const shown2 = columns.length > 30 ? `${columns.slice(0, 30).join(", ")}, \u2026 (${columns.length} in all)` : columns.join(", ");
  const unknown = (setting, pointer2, name, atKey) => {
    const guess = didYouMean(name, columns);
    return settingError(origin, pointer2, `${setting} names column "${name}", which is not in the data (${options.source})`, `${guess ? `did you mean "${guess}"? ` : ""}columns: ${shown2}`, atKey);
  };
  for (const [column2, spec] of Object.entries(options.features ?? {})) {
    const pointer2 = `/features/${escapePointer5(column2)}`;
    if (!present.has(column2)) throw unknown(`features.${column2}`, pointer2, column2, true);
    if (column2 === options.label && spec !== "drop") {
      throw settingError(origin, pointer2, `features.${column2}: "${column2}" is the label (data.label); it cannot also be a feature`, "remove it from features: the label is never an input", true);
    }
  }
  (options.exclude ?? []).forEach((column2, i) => {
    if (!present.has(column2)) throw unknown("data.exclude", `/data/exclude/${i}`, column2, false);
  });
}
function fitPreprocessor(table, rows, options) {
  checkNamedColumns(table.columns, options);
  const origin = options.origin ?? { file: table.source };
  const excluded = /* @__PURE__ */ new Set([options.label, ...options.exclude ?? []]);
  const candidates = table.columns.filter((c) => !excluded.has(c) && options.features?.[c] !== "drop");
  const maxInputs = options.maxInputs ?? DEFAULT_MAX_INPUTS;
  if (candidates.length > maxInputs) throw tooWide(`${count(candidates.length)} feature columns`, "each column is at least one input", options, origin);
  const steps = [];
  for (const column2 of candidates) {
    const spec = options.features?.[column2];
    if (spec === "drop") continue;
    const type = table.types[column2];
    if (type === "empty") {
      throw new ModelBuildError("DATA_INVALID", `column "${column2}" has no values at all`, {
        file: table.source,
        hint: `drop it: add "${column2}" to data.exclude, or set features.${column2}: drop`
      });
    }
    const values = rows.map((r) => r[column2] ?? null);
    const step = fitStep(column2, spec ?? defaultSpec(type), values, options.impute?.[column2], table.source);
    if (step.kind === "categorical" && (spec === void 0 || spec.type === "categorical" && spec.topK === void 0) && step.vocabulary.length > DEFAULT_MAX_VOCABULARY) {
      throw settingError(
        origin,
        `/features/${escapePointer5(column2)}`,
        `column "${column2}" has ${count(step.vocabulary.length)} distinct values; one-hot encoding more than ${count(DEFAULT_MAX_VOCABULARY)} needs an explicit topK`,
        `set features.${column2}: { type: categorical, topK: 100 } to keep the most frequent values, or add "${column2}" to data.exclude`,
        true
      );
    }
    if (step.kind === "categorical" && spec === void 0 && step.vocabulary.length > 20 && step.vocabulary.length > rows.length / 2) {
      options.warn?.(
        `column "${column2}" has ${step.vocabulary.length} distinct values in ${rows.length} training rows and looks like an identifier or free text; one-hot encoding it mostly memorizes rows (add it to data.exclude, or set features.${column2}: { type: categorical, topK: 20 })`
      );
    }
    steps.push(step);
  }
  if (steps.length === 0) {
    throw new ModelBuildError("DATA_INVALID", "no feature columns left: every column is the label, excluded or dropped", {
      file: table.source
    });
  }
  const width = steps.reduce((n, s) => n + stepWidth(s), 0);
  if (width > maxInputs) {
    const widest = [...steps].sort((a, b) => stepWidth(b) - stepWidth(a) || compareBytes(a.column, b.column)).slice(0, 3);
    throw tooWide(`${count(width)} values`, `widest: ${widest.map((s) => `${s.column} ${count(stepWidth(s))}`).join(", ")}`, options, origin);
  }
  const label2 = fitLabel(table, rows, options);
  const pre = { format: 1, label: label2, steps, inputs: steps.flatMap(inputNames) };
  assertFiniteJson(pre, "preprocessor", table.source);
  return pre;
}
function tooWide(what, detail, options, origin) {
  return settingError(
    origin,
    options.maxInputs === void 0 ? "/data" : "/model/maxInputs",
    `the model input would be ${what} wide (${detail}), over model.maxInputs = ${count(options.maxInputs ?? DEFAULT_MAX_INPUTS)}`,
    "exclude columns (data.exclude), set features.<column>.topK on categorical columns, or raise model.maxInputs"
  );
}
var stepWidth = (s) => s.kind === "categorical" ? s.vocabulary.length + 1 : s.kind === "bucketized" ? s.boundaries.length + 1 : 1;
function defaultSpec(type) {
  if (type === "number") return { type: "numeric", transform: "standardize" };
  if (type === "boolean") return { type: "boolean" };
  return { type: "categorical" };
}
function fitStep(column2, spec, values, impute, source) {
  const numbers = values.map(toNumber).filter((v) => v !== null);
  if ((spec.type === "numeric" || spec.type === "bucketized") && numbers.length === 0) {
    throw new ModelBuildError("DATA_INVALID", `column "${column2}" is configured as ${spec.type} but holds no numbers in the training split`, {
      file: source,
      hint: `check its values, or configure features.${column2} as categorical`
    });
  }
  switch (spec.type) {
    case "numeric": {
      const transform2 = spec.transform ?? "standardize";
      if (transform2 === "log" && numbers.some((v) => v <= -1)) {
        throw new ModelBuildError("DATA_INVALID", `column "${column2}": the log transform needs values > -1`, {
          file: source,
          hint: `use transform: standardize for features.${column2}`
        });
      }
      const fill = numericFill(numbers, impute, column2, source);
      const f = transform2 === "log" ? Math.log1p : (v) => v;
      const mapped = numbers.map(f);
      let shift = 0, scale = 1;
      if (transform2 === "standardize" || transform2 === "log") {
        shift = mean(mapped);
        scale = spread(mapped, shift) || 1;
      } else if (transform2 === "minmax") {
        let lo = Infinity, hi = -Infinity;
        for (const v of mapped) [lo, hi] = [Math.min(lo, v), Math.max(hi, v)];
        shift = lo;
        scale = hi - lo || 1;
      }
      if (!Number.isFinite(shift) || !Number.isFinite(scale)) {
        throw new ModelBuildError("DATA_INVALID", `column "${column2}": its values are too large to ${transform2 === "minmax" ? "scale" : "standardize"} (the ${Number.isFinite(shift) ? "spread" : "mean"} overflows a double)`, {
          file: source,
          hint: `rescale the column, or use transform: log (values > -1) or none for features.${column2}`
        });
      }
      return { kind: "numeric", column: column2, transform: transform2, fill, shift, scale };
    }
    case "bucketized": {
      const boundaries = [...spec.boundaries].sort((a, b) => a - b);
      boundaries.forEach((b, i) => {
        if (!Number.isFinite(b) || i > 0 && b === boundaries[i - 1]) {
          throw new ModelBuildError("DATA_INVALID", `features.${column2}.boundaries must be finite and distinct (${String(b)} is ${Number.isFinite(b) ? "repeated" : "not finite"})`, {
            file: source,
            hint: "the first bucket already extends to -\u221E and the last to +\u221E: list finite cut points, smallest first"
          });
        }
      });
      return { kind: "bucketized", column: column2, boundaries, fill: numericFill(numbers, impute ?? "median", column2, source) };
    }
    case "boolean": {
      const bools = values.map(toBoolean).filter((v) => v !== null);
      let fill = mode(bools) ?? 0;
      if (impute && typeof impute === "object") {
        const b = toBoolean(impute.constant);
        if (b === null) {
          throw new ModelBuildError("DATA_INVALID", `column "${column2}" is boolean: impute constant ${JSON.stringify(impute.constant)} is not true or false`, {
            file: source,
            hint: `set data.cleaning.impute.${column2}: { constant: false } (or true, or mode)`
          });
        }
        fill = b;
      } else if (impute === "mean" || impute === "median") {
        throw new ModelBuildError("DATA_INVALID", `column "${column2}" is boolean: impute it with mode or a constant, not ${impute}`, { file: source });
      }
      return { kind: "boolean", column: column2, fill };
    }
    case "categorical": {
      const counts = /* @__PURE__ */ new Map();
      for (const v of values) if (v !== null) counts.set(String(v), (counts.get(String(v)) ?? 0) + 1);
      let vocabulary = [...counts.entries()].sort((a, b) => b[1] - a[1] || compareBytes(a[0], b[0])).map(([k]) => k);
      if (spec.topK !== void 0) vocabulary = vocabulary.slice(0, spec.topK);
      let fill = null;
      if (impute === "mode") fill = vocabulary[0] ?? null;
      else if (impute && typeof impute === "object") fill = String(impute.constant);
      else if (impute) {
        throw new ModelBuildError("DATA_INVALID", `column "${column2}" is categorical: impute it with mode or a constant, not ${impute}`, {
          file: source
        });
      }
      return { kind: "categorical", column: column2, vocabulary: vocabulary.sort(compareBytes), fill };
    }
  }
}
function numericFill(numbers, impute, column2, source) {
  if (impute === void 0 || impute === "mean") return mean(numbers);
  if (impute === "median") return median(numbers);
  if (impute === "mode") return mode(numbers) ?? 0;
  const c = typeof impute.constant === "string" && impute.constant.trim() === "" ? NaN : Number(impute.constant);
  if (!Number.isFinite(c)) {
    throw new ModelBuildError("DATA_INVALID", `column "${column2}" is numeric: impute constant ${JSON.stringify(impute.constant)} is not a finite number`, {
      file: source,
      hint: `set data.cleaning.impute.${column2} to a number, e.g. { constant: 0 }, or to mean, median or mode`
    });
  }
  return c;
}
function fitLabel(table, rows, options) {
  const { label: column2, task } = options;
  if (task === "regression") {
    const ys = rows.map((r) => toNumber(r[column2] ?? null));
    const bad = ys.findIndex((v) => v === null);
    if (bad >= 0) {
      throw new ModelBuildError("DATA_INVALID", `label "${column2}" must be a number for regression: ${JSON.stringify(rows[bad][column2])}`, {
        file: table.source,
        hint: "use task: binary or multiclass for a categorical label"
      });
    }
    const nums = ys;
    const shift = mean(nums);
    const scale = spread(nums, shift) || 1;
    if (!Number.isFinite(shift) || !Number.isFinite(scale)) {
      throw new ModelBuildError("DATA_INVALID", `label "${column2}": its values are too large to standardize (the ${Number.isFinite(shift) ? "spread" : "mean"} overflows a double)`, {
        file: table.source,
        hint: "rescale the label (e.g. thousands instead of units)"
      });
    }
    return { column: column2, task, shift, scale };
  }
  const distinct = new Set(rows.map((r) => String(r[column2])));
  checkClassCount(distinct.size, column2, options.maxClasses, table.source, options.origin);
  const classes = [...distinct].sort(compareBytes);
  if (task === "binary" && classes.length !== 2) {
    throw new ModelBuildError("DATA_INVALID", `task binary needs exactly 2 classes in "${column2}", found ${classes.length}: ${classes.slice(0, 5).join(", ")}`, {
      file: table.source,
      hint: classes.length > 2 ? "use task: multiclass" : "the training data holds a single class: a classifier cannot learn from it"
    });
  }
  if (classes.length < 2) {
    throw new ModelBuildError("DATA_INVALID", `label "${column2}" has a single class (${classes[0]}) in the training data`, {
      file: table.source,
      hint: "a classifier needs at least two classes"
    });
  }
  return { column: column2, task, classes };
}
function inputNames(step) {
  switch (step.kind) {
    case "categorical":
      return [...step.vocabulary.map((v) => `${step.column}=${v}`), `${step.column}=${OOV}`];
    case "bucketized":
      return Array.from({ length: step.boundaries.length + 1 }, (_, i) => `${step.column}[${i}]`);
    default:
      return [step.column];
  }
}
var inputWidth = (p) => p.inputs.length;
function transform(p, records) {
  const width = p.inputs.length;
  const out = new Float32Array(records.length * width);
  records.forEach((record, i) => {
    let o = i * width;
    for (const step of p.steps) {
      const raw = record[step.column];
      switch (step.kind) {
        case "numeric": {
          let v = toNumber(raw ?? null) ?? step.fill;
          if (step.transform === "log") v = Math.log1p(Math.max(v, -1 + 1e-12));
          out[o++] = (v - step.shift) / step.scale;
          break;
        }
        case "boolean":
          out[o++] = toBoolean(raw ?? null) ?? step.fill;
          break;
        case "bucketized": {
          const v = toNumber(raw ?? null) ?? step.fill;
          let bucket = 0;
          while (bucket < step.boundaries.length && v >= step.boundaries[bucket]) bucket++;
          out[o + bucket] = 1;
          o += step.boundaries.length + 1;
          break;
        }
        case "categorical": {
          const value = raw === null || raw === void 0 || raw === "" ? step.fill : String(raw);
          const idx = value === null ? -1 : step.vocabulary.indexOf(value);
          out[o + (idx >= 0 ? idx : step.vocabulary.length)] = 1;
          o += step.vocabulary.length + 1;
          break;
        }
      }
    }
  });
  return out;
}
function encodeLabels(p, rows) {
  const { label: label2 } = p;
  if (label2.task === "regression") return rows.map((r) => (toNumber(r[label2.column] ?? null) - label2.shift) / label2.scale);
  const index = new Map(label2.classes.map((c, i) => [c, i]));
  return rows.map((r) => index.get(String(r[label2.column])) ?? -1);
}
function toNumber(v) {
  if (typeof v === "number") return Number.isFinite(v) ? v : null;
  if (typeof v === "boolean") return v ? 1 : 0;
  if (typeof v === "string" && v.trim() !== "") {
    const n = Number(v);
    return Number.isFinite(n) ? n : null;
  }
  return null;
}
function toBoolean(v) {
  if (typeof v === "boolean") return v ? 1 : 0;
  if (typeof v === "number") return v === 0 ? 0 : v === 1 ? 1 : null;
  if (typeof v === "string") {
    const s = v.trim().toLowerCase();
    if (s === "true" || s === "1" || s === "yes") return 1;
    if (s === "false" || s === "0" || s === "no") return 0;
  }
  return null;
}
function spread(xs, center) {
  const plain = Math.sqrt(mean(xs.map((v) => (v - center) ** 2)));
  if (Number.isFinite(plain)) return plain;
  let max = 0;
  for (const v of xs) max = Math.max(max, Math.abs(v - center));
  if (!Number.isFinite(max)) return Infinity;
  return max * Math.sqrt(mean(xs.map((v) => ((v - center) / max) ** 2)));
}
function mean(xs) {
  const plain = xs.reduce((a, b) => a + b, 0) / (xs.length || 1);
  if (Number.isFinite(plain)) return plain;
  let m = 0;
  for (let i = 0; i < xs.length; i++) m += (xs[i] - m) / (i + 1);
  return m;
}
function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length === 0 ? 0 : s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}
function mode(xs) {
  const counts = /* @__PURE__ */ new Map();
  for (const x of xs) counts.set(x, (counts.get(x) ?? 0) + 1);
  let best;
  let bestCount = 0;
  for (const [k, c] of [...counts].sort((a, b) => a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0)) if (c > bestCount) [best, bestCount] = [k, c];
  return best;
}
function assertFiniteJson(value, what, file) {
  const bad = firstNonFinite(value, "");
  if (bad) {
    throw new ModelBuildError("DATA_INVALID", `${what}: ${bad.path || "the value"} is ${bad.value}, which JSON cannot hold`, {
      file,
      hint: "a NaN or infinite statistic comes from extreme values in the data or config: check that column"
    });
  }
}
function firstNonFinite(value, at) {
  if (typeof value === "number") return Number.isFinite(value) ? null : { path: at, value: String(value) };
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const bad = firstNonFinite(value[i], `${at}[${i}]`);
      if (bad) return bad;
    }
  } else if (value !== null && typeof value === "object") {
    for (const [k, v] of Object.entries(value)) {
      const bad = firstNonFinite(v, at ? `${at}.${k}` : k);
      if (bad) return bad;
    }
  }
  return null;
}
function preprocessorJson(p) {
  assertFiniteJson(p, "preprocessor.json");
  return `${JSON.stringify(p, null, 2)}
`;
}

// src/core/package/bom.ts
import { createHash as createHash4 } from "node:crypto";

// src/core/package/schemas.ts
var JSON_SCHEMA_DIALECT = "https://json-schema.org/draft/2020-12/schema";
var readable = (v) => String(Number(v.toPrecision(6)));
function describeInputs(p, profile) {
  return p.steps.map((step) => {
    const summary2 = profile?.columns[step.column]?.summary;
    const numeric = summary2?.numeric;
    const range = numeric ? [numeric.min, numeric.max] : void 0;
    const median2 = numeric?.quantiles.p50;
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
          example: median2 ?? step.fill,
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
        const top = summary2?.top?.find((t) => step.vocabulary.includes(t.value))?.value;
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
  const { label: label2 } = p;
  if (label2.task !== "regression") {
    return `the most probable class of "${label2.column}" (\`label\`), and every class's probability (\`probabilities\`, summing to 1)`;
  }
  const seen = profile?.columns[label2.column]?.summary.numeric;
  const range = seen ? `; training labels ranged from ${readable(seen.min)} to ${readable(seen.max)}` : "";
  return `the predicted "${label2.column}" (\`value\`), in the label's own units (mean ${readable(label2.shift ?? 0)}, standard deviation ${readable(label2.scale ?? 1)} in training${range})`;
}
function outputSchema(name, p, profile) {
  const { label: label2 } = p;
  const common = {
    $schema: JSON_SCHEMA_DIALECT,
    title: `${name}: one prediction`,
    description: `What predictor.mjs returns for each record: ${outputMeaning(p, profile)}.`,
    type: "object"
  };
  if (label2.task === "regression") {
    return {
      ...common,
      description: `${common.description} predict.mjs and \`model-build predict\` write the same number as \`prediction\`.`,
      required: ["value"],
      properties: { value: { type: "number", description: `predicted ${label2.column}, in the label's own units` } },
      additionalProperties: false
    };
  }
  const classes = label2.classes;
  return {
    ...common,
    required: ["label", "probabilities"],
    properties: {
      label: { enum: classes, description: `the class of ${label2.column} with the highest probability` },
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
var sha256 = (b) => createHash4("sha256").update(b).digest("hex");
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
  const path31 = slash > 0 ? `${enc(lower.slice(0, slash))}/${enc(lower.slice(slash + 1))}` : enc(lower);
  return `pkg:npm/${path31}@${enc(version2).replace(/%2B/g, "+")}`;
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
  const b = createHash4("sha1").update(ns).update(name, "utf8").digest().subarray(0, 16);
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

// src/core/package/metadata.ts
var METADATA_FORMAT = 1;

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
    `- Trained with TensorFlow.js ${m.training.tfjsVersion} on the ${m.training.backend} backend, seed ${m.training.seed}`,
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
  if (io) lines.push(...usage2(m, io));
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
    const shown2 = f.categories.slice(0, 30).map((c) => `\`${cell(c)}\``);
    return `${shown2.join(", ")}${f.categories.length > 30 ? `, \u2026 (${f.categories.length} in all, see input.schema.json)` : ""}`;
  }
  const range = f.range ? `${readable(f.range[0])} to ${readable(f.range[1])}` : "\u2014";
  return f.boundaries ? `${range}; buckets cut at ${f.boundaries.map(readable).join(", ")}` : range;
}
function usage2(m, io) {
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
import { closeSync as closeSync5, fstatSync as fstatSync2, fsyncSync as fsyncSync2, openSync as openSync5, readSync as readSync3, renameSync as renameSync4, rmSync as rmSync3, writeSync as writeSync3 } from "node:fs";
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
function checkCollisions(entries, fail2) {
  const hint = "extracting would silently overwrite one of the entries; give every file a distinct name (ignoring case)";
  const exact = /* @__PURE__ */ new Map();
  const nfc = /* @__PURE__ */ new Map();
  const folded = /* @__PURE__ */ new Map();
  const files = /* @__PURE__ */ new Map();
  const folders = /* @__PURE__ */ new Map();
  for (const { name, folder } of entries) {
    const full = folder ? `${name}/` : name;
    const seen = exact.get(full);
    if (seen !== void 0) fail2(`${entryLabel(full)}: duplicate name`, hint);
    exact.set(full, full);
    const n = `${name.normalize("NFC")}${folder ? "/" : ""}`;
    const sameNfc = nfc.get(n);
    if (sameNfc !== void 0) fail2(`${entryLabel(full)}: collides with ${show(sameNfc)} after Unicode normalization (NFC)`, hint);
    nfc.set(n, full);
    const f = `${foldKey(name)}${folder ? "/" : ""}`;
    const sameFold = folded.get(f);
    if (sameFold !== void 0) fail2(`${entryLabel(full)}: collides with ${show(sameFold)} on case-insensitive file systems`, hint);
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
    if (other !== void 0) fail2(`${entryLabel(file)}: is a file, but ${show(other)} needs a folder at the same path`, hint);
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
    const mode2 = entry.executable ? 33261 : 33188;
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
    header.writeUInt32LE(mode2 << 16 >>> 0, 38);
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
    const fd = openSync5(file, "r");
    try {
      const st = fstatSync2(fd);
      if (!st.isFile()) throw new Error("not a regular file");
      this.size = st.size;
    } catch (e) {
      closeSync5(fd);
      throw e;
    }
    this.fd = fd;
  }
  read(offset, length) {
    if (this.fd === void 0) throw new Error("the archive is closed");
    const out = Buffer.alloc(length);
    let got = 0;
    while (got < length) {
      const n = readSync3(this.fd, out, got, length - got, offset + got);
      if (n === 0) throw new Error(`the file ends at ${offset + got} bytes (it changed while being read)`);
      got += n;
    }
    this.bytesRead += got;
    return out;
  }
  close() {
    if (this.fd !== void 0) closeSync5(this.fd);
    this.fd = void 0;
  }
};
var asSource = (input) => Buffer.isBuffer(input) ? bufferSource(input) : input;
function parse(input, options) {
  const source = options.display;
  const limits = { ...ZIP_DEFAULT_LIMITS, ...definedOnly(options) };
  const fail2 = (message, hint) => {
    throw new ModelBuildError("PACKAGE_INVALID", message, { hint, file: source });
  };
  if (!Buffer.isBuffer(input) && (typeof input !== "object" || input === null || typeof input.read !== "function")) {
    fail2("not a zip archive: expected a Buffer", "pass the archive bytes as a Buffer");
  }
  const src = asSource(input);
  const size = src.size;
  if (size < EOCD_SIZE) fail2(`not a zip archive: only ${size} bytes`, HINT_BROKEN);
  const tailStart = Math.max(0, size - EOCD_SEARCH - ZIP64_LOCATOR_SIZE);
  const tail = src.read(tailStart, size - tailStart);
  let at = -1;
  for (let i = tail.length - EOCD_SIZE; i >= Math.max(0, tail.length - EOCD_SEARCH); i--) {
    if (tail.readUInt32LE(i) === SIG_EOCD && i + EOCD_SIZE + tail.readUInt16LE(i + 20) === tail.length) {
      at = i;
      break;
    }
  }
  if (at < 0) fail2("not a zip archive (or truncated): no end-of-central-directory record", HINT_BROKEN);
  const eocd = tailStart + at;
  const disk = tail.readUInt16LE(at + 4);
  const cdDisk = tail.readUInt16LE(at + 6);
  const onDisk = tail.readUInt16LE(at + 8);
  const total = tail.readUInt16LE(at + 10);
  const cdSize = tail.readUInt32LE(at + 12);
  const cdOffset = tail.readUInt32LE(at + 16);
  if (at >= ZIP64_LOCATOR_SIZE && tail.readUInt32LE(at - ZIP64_LOCATOR_SIZE) === SIG_ZIP64_LOCATOR || total === U16_MAX || onDisk === U16_MAX || cdSize === U32_MAX || cdOffset === U32_MAX) {
    fail2("ZIP64 archives are not supported", HINT_UNSUPPORTED);
  }
  if (disk !== 0 || cdDisk !== 0 || onDisk !== total) fail2("multi-disk (split) zip archives are not supported", HINT_UNSUPPORTED);
  if (total > limits.maxEntries) {
    fail2(`zip archive has ${total} entries, more than the limit of ${limits.maxEntries}`, limitHint("maxEntries"));
  }
  const cdEnd = cdOffset + cdSize;
  if (cdEnd > eocd) {
    fail2(`zip central directory out of bounds (offset ${cdOffset}, ${cdSize} bytes, but the record list ends at ${eocd})`, HINT_BROKEN);
  }
  if (cdSize > limits.maxCentralDirectoryBytes) {
    fail2(`zip central directory is ${cdSize} bytes, more than the limit of ${limits.maxCentralDirectoryBytes}`, limitHint("maxCentralDirectoryBytes"));
  }
  if (cdEnd < eocd && prependedBy(src, eocd - cdEnd, cdOffset, cdSize)) {
    fail2(`${eocd - cdEnd} bytes before the first zip entry (prepended data: the file may be a script or program with a zip archive appended)`, HINT_UNSAFE);
  }
  const cd = src.read(cdOffset, cdSize);
  const parsed = [];
  let totalBytes = 0;
  let totalCompressed = 0;
  let q = 0;
  for (let k = 0; k < total; k++) {
    const p = cdOffset + q;
    if (q + CENTRAL_SIZE > cdSize) fail2(`zip central directory is truncated at entry ${k + 1} of ${total}`, HINT_BROKEN);
    if (cd.readUInt32LE(q) !== SIG_CENTRAL) {
      fail2(`zip central directory is corrupt: no entry header at offset ${p} (entry ${k + 1} of ${total})`, HINT_BROKEN);
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
    if (next > cdSize) fail2(`zip central directory is truncated at entry ${k + 1} of ${total}`, HINT_BROKEN);
    const nameBytes = cd.subarray(q + CENTRAL_SIZE, q + CENTRAL_SIZE + nameLength);
    const extras = extraFields(cd.subarray(q + CENTRAL_SIZE + nameLength, q + CENTRAL_SIZE + nameLength + extraLength));
    q = next;
    const raw = utf8Lenient.decode(nameBytes);
    const label2 = entryLabel(raw);
    if (compressedSize === U32_MAX || size2 === U32_MAX || start === U32_MAX || extras.some((f) => f.id === EXTRA_ZIP64)) {
      fail2(`${label2}: ZIP64 entries are not supported`, HINT_UNSUPPORTED);
    }
    if (diskStart !== 0) fail2(`${label2}: starts on disk ${diskStart}; multi-disk archives are not supported`, HINT_UNSUPPORTED);
    if (flags & (FLAG_ENCRYPTED | FLAG_STRONG_ENCRYPTION)) fail2(`${label2}: encrypted entries are not supported`, HINT_UNSUPPORTED);
    if (method !== 0 && method !== 8) {
      fail2(`${label2}: compression method ${method} is not supported (only 0 = stored and 8 = deflate)`, HINT_UNSUPPORTED);
    }
    let name;
    try {
      name = utf8.decode(nameBytes);
    } catch {
      return fail2(`${label2}: unsafe name: is not valid UTF-8`, HINT_UNSAFE);
    }
    const folder = name.endsWith("/") && name.length > 1;
    const bare = folder ? name.slice(0, -1) : name;
    const reason = unsafeName(bare);
    if (reason) fail2(`${label2}: unsafe name: ${reason}`, HINT_UNSAFE);
    checkUnicodePath(extras, nameBytes, name, label2, fail2);
    const unixMode = external >>> 16;
    const type = unixMode & S_IFMT;
    if (type === S_IFLNK) fail2(`${label2}: is a symbolic link`, HINT_UNSAFE);
    if (type !== 0 && type !== S_IFREG && type !== S_IFDIR) {
      fail2(`${label2}: is a special file (mode 0o${unixMode.toString(8)})`, HINT_UNSAFE);
    }
    if (type === S_IFDIR && !folder) fail2(`${label2}: is marked as a folder but its name does not end in "/"`, HINT_UNSAFE);
    if (folder && size2 !== 0) fail2(`${label2}: is a folder entry with ${size2} bytes of data`, HINT_UNSAFE);
    const mode2 = unixMode & 511 || 420;
    if (method === 0 && compressedSize !== size2) {
      fail2(`${label2}: stored entry is ${compressedSize} bytes but declares ${size2} uncompressed`, HINT_TAMPERED);
    }
    if (size2 > limits.maxEntryBytes) {
      fail2(`${label2}: declares ${size2} bytes, more than the per-entry limit of ${limits.maxEntryBytes}`, limitHint("maxEntryBytes"));
    }
    if (size2 > RATIO_EXEMPT_BYTES && size2 > compressedSize * limits.maxRatio) {
      const ratio = compressedSize === 0 ? "infinite" : `${Math.round(size2 / compressedSize)}:1`;
      fail2(`${label2}: compression ratio ${ratio} is over the limit of ${limits.maxRatio}:1`, limitHint("maxRatio"));
    }
    if (compressedSize > limits.maxEntryBytes) {
      fail2(`${label2}: declares ${compressedSize} compressed bytes, more than the per-entry limit of ${limits.maxEntryBytes}`, limitHint("maxEntryBytes"));
    }
    totalCompressed += compressedSize;
    if (totalCompressed > limits.maxTotalBytes) {
      fail2(`zip archive declares more than ${limits.maxTotalBytes} compressed bytes in total (at ${label2})`, limitHint("maxTotalBytes"));
    }
    totalBytes += size2;
    if (totalBytes > limits.maxTotalBytes) {
      fail2(`zip archive declares more than ${limits.maxTotalBytes} uncompressed bytes in total (at ${label2})`, limitHint("maxTotalBytes"));
    }
    if (start + LOCAL_SIZE > cdOffset) fail2(`${label2}: local header out of bounds (offset ${start})`, HINT_BROKEN);
    const local = src.read(start, LOCAL_SIZE);
    if (local.readUInt32LE(0) !== SIG_LOCAL) fail2(`${label2}: no local header at offset ${start}`, HINT_BROKEN);
    const localFlags = local.readUInt16LE(6);
    const localMethod = local.readUInt16LE(8);
    const localCrc = local.readUInt32LE(14);
    const localCompressed = local.readUInt32LE(18);
    const localSize = local.readUInt32LE(22);
    const localNameLength = local.readUInt16LE(26);
    const localExtraLength = local.readUInt16LE(28);
    const dataStart = start + LOCAL_SIZE + localNameLength + localExtraLength;
    if (dataStart > cdOffset) fail2(`${label2}: local header out of bounds (offset ${start}, ends at ${dataStart})`, HINT_BROKEN);
    const localTail = src.read(start + LOCAL_SIZE, localNameLength + localExtraLength);
    const localName = localTail.subarray(0, localNameLength);
    if (!localName.equals(nameBytes)) {
      fail2(`${label2}: local header names ${show(utf8Lenient.decode(localName))} instead`, HINT_UNSAFE);
    }
    const localExtras = extraFields(localTail.subarray(localNameLength));
    if (localExtras.some((f) => f.id === EXTRA_ZIP64)) fail2(`${label2}: ZIP64 entries are not supported (local header)`, HINT_UNSUPPORTED);
    checkUnicodePath(localExtras, nameBytes, name, label2, fail2);
    if (localFlags & (FLAG_ENCRYPTED | FLAG_STRONG_ENCRYPTION)) {
      fail2(`${label2}: encrypted entries are not supported (local header)`, HINT_UNSUPPORTED);
    }
    if (localMethod !== method) {
      fail2(`${label2}: local header says compression method ${localMethod}, the central directory ${method}`, HINT_TAMPERED);
    }
    const deferred = (localFlags & FLAG_DATA_DESCRIPTOR) !== 0;
    const agrees = (localValue, central) => localValue === central || deferred && localValue === 0;
    if (!agrees(localCrc, crc)) fail2(`${label2}: local header CRC-32 disagrees with the central directory`, HINT_TAMPERED);
    if (!agrees(localCompressed, compressedSize) || !agrees(localSize, size2)) {
      fail2(`${label2}: local header sizes disagree with the central directory`, HINT_TAMPERED);
    }
    const dataEnd = dataStart + compressedSize;
    if (dataEnd > cdOffset) fail2(`${label2}: data out of bounds (${compressedSize} bytes at offset ${dataStart})`, HINT_BROKEN);
    parsed.push({
      name: folder ? name : bare,
      size: size2,
      compressedSize,
      method,
      crc32: crc,
      mode: mode2,
      mtime: fromDosDateTime(time, date),
      folder,
      start,
      dataStart,
      dataEnd,
      deferred
    });
  }
  if (q !== cdSize) fail2(`zip central directory size (${cdSize} bytes) disagrees with its ${total} entries`, HINT_BROKEN);
  checkCollisions(
    parsed.map((e) => ({ name: e.folder ? e.name.slice(0, -1) : e.name, folder: e.folder })),
    (message) => fail2(message, HINT_UNSAFE)
  );
  const byStart = [...parsed].sort((a, b) => a.start - b.start);
  for (let i = 1; i < byStart.length; i++) {
    const prev = byStart[i - 1];
    const cur = byStart[i];
    if (cur.start < prev.dataEnd) fail2(`${entryLabel(cur.name)}: overlaps entry ${show(prev.name)}`, HINT_UNSAFE);
  }
  checkNoHiddenBytes(src, byStart, cdOffset, cdEnd, eocd, fail2);
  return parsed;
}
function prependedBy(src, delta, cdOffset, cdSize) {
  const at = cdOffset + delta;
  if (cdSize < CENTRAL_SIZE || src.read(at, 4).readUInt32LE(0) !== SIG_CENTRAL) return false;
  if (src.read(cdOffset, 4).readUInt32LE(0) === SIG_CENTRAL) return false;
  const local = src.read(at + 42, 4).readUInt32LE(0) + delta;
  return local + 4 <= at && src.read(local, 4).readUInt32LE(0) === SIG_LOCAL;
}
function checkNoHiddenBytes(src, byStart, cdOffset, cdEnd, eocd, fail2) {
  const first = byStart[0]?.start ?? cdOffset;
  if (first > 0) {
    fail2(
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
      const signed2 = gap === 12 || d.readUInt32LE(0) === SIG_DATA_DESCRIPTOR;
      if (signed2 && d.readUInt32LE(o) === e.crc32 && d.readUInt32LE(o + 4) === e.compressedSize && d.readUInt32LE(o + 8) === e.size) continue;
      fail2(`${entryLabel(e.name)}: its data descriptor disagrees with the central directory`, HINT_TAMPERED);
    }
    const where = i + 1 < byStart.length ? `before ${entryLabel(byStart[i + 1].name)}` : "before the central directory";
    fail2(`${gap} unexplained bytes after ${entryLabel(e.name)}, ${where}`, HINT_UNSAFE);
  }
  if (cdEnd !== eocd) fail2(`${eocd - cdEnd} unexplained bytes between the zip central directory and its end record`, HINT_UNSAFE);
}
function checkUnicodePath(extras, nameBytes, name, label2, fail2) {
  for (const { id, data } of extras) {
    if (id !== EXTRA_UNICODE_PATH || data.length < 5) continue;
    if (data.readUInt32LE(1) !== crc32(nameBytes)) continue;
    if (!data.subarray(5).equals(Buffer.from(name, "utf8"))) {
      fail2(`${label2}: Unicode path field names ${show(utf8Lenient.decode(data.subarray(5)))} instead`, HINT_UNSAFE);
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
    const fail2 = (message, hint) => {
      throw new ModelBuildError("PACKAGE_INVALID", message, { hint, file: options.display });
    };
    const src = asSource(input);
    const parsed = parse(src, options).filter((e) => !e.folder);
    options.accept?.(parsed.map(({ name, size, compressedSize, method, crc32: crc, mode: mode2, mtime }) => ({ name, size, compressedSize, method, crc32: crc, mode: mode2, mtime })));
    const out = [];
    for (const entry of parsed) {
      const label2 = entryLabel(entry.name);
      const raw = src.read(entry.dataStart, entry.dataEnd - entry.dataStart);
      let data;
      if (entry.method === 0) {
        data = Buffer.from(raw);
      } else {
        try {
          data = inflateRawSync(raw, { maxOutputLength: entry.size + 1 });
        } catch (e) {
          const code = e.code;
          if (code === "ERR_BUFFER_TOO_LARGE") fail2(`${label2}: inflates to more than its declared ${entry.size} bytes`, HINT_UNSAFE);
          return fail2(`${label2}: compressed data is corrupt (${e.message})`, HINT_TAMPERED);
        }
      }
      if (data.length !== entry.size) {
        fail2(`${label2}: inflates to ${data.length} bytes, but declares ${entry.size}`, HINT_TAMPERED);
      }
      if (crc32(data) !== entry.crc32) fail2(`${label2}: CRC-32 mismatch (the data is corrupt or was tampered with)`, HINT_TAMPERED);
      out.push({ name: entry.name, data, mode: entry.mode, mtime: entry.mtime });
    }
    return out;
  });
}

// src/core/package/writePackage.ts
var sha2562 = (b) => createHash5("sha256").update(b).digest("hex");
var json = (v) => `${JSON.stringify(v, null, 2)}
`;
function packageFiles(input) {
  const { loaded, check, result, name } = input;
  const git = check.git;
  if (!git) throw new ModelBuildError("INTERNAL", "cannot package a build without a git commit");
  const config = loaded.config;
  const problems = [...input.problems ?? []];
  const runtimeLock = JSON.parse(readFileSync7(ownFile("dist/package/runtime-lock.json"), "utf8"));
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
    ["predict.mjs", readFileSync7(ownFile("dist/package/predict.mjs"))],
    ["predictor.mjs", readFileSync7(ownFile("dist/package/predictor.mjs"))],
    ["predictor.d.mts", readFileSync7(ownFile("dist/package/predictor.d.mts"))],
    ["input.schema.json", Buffer.from(json(inputSchema(name, input.preprocessor, describeInputs(input.preprocessor, input.profile))))],
    ["output.schema.json", Buffer.from(json(outputSchema(name, input.preprocessor, input.profile)))]
  ]);
  const realRoot = resolveReal(git.root).real;
  const realRel = (abs) => toPosix(path15.relative(realRoot, resolveReal(abs).real));
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
    config: { path: toPosix(path15.relative(git.root, loaded.file)), digest: loaded.digest, resolved: config },
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
      archive: path15.join(outDir, archiveName(metadata)),
      digest: `sha256:${sha2562(bytes)}`,
      contentDigest: `sha256:${sha2562(files.get("MANIFEST.sha256"))}`,
      metadata,
      files: [...files.keys()].sort(compareBytes)
    }
  };
}
var metadataValidator;
function validateMetadata(value, where) {
  metadataValidator ??= new import_ajv2.Ajv({ allErrors: true, strict: false }).compile(JSON.parse(readFileSync7(ownFile("schema/metadata.schema.json"), "utf8")));
  if (!metadataValidator(value)) {
    const e = metadataValidator.errors ?? [];
    throw new ModelBuildError("PACKAGE_INVALID", `${where} does not match the metadata schema: ${e.map((x) => `${x.instancePath || "/"} ${x.message}`).join("; ")}`, {
      hint: "the package is damaged or was not written by model-build"
    });
  }
}
var version;
function ownVersion() {
  version ??= JSON.parse(readFileSync7(ownFile("package.json"), "utf8")).version;
  return version;
}

// src/core/monitor/calibration.ts
var MAX_CALIBRATION_STEPS = 1e3;
function fitCalibration(confidence, correct) {
  const order = Array.from({ length: confidence.length }, (_, i) => i).sort((a, b) => confidence[a] - confidence[b] || a - b);
  const blocks = [];
  let right = 0;
  for (let k = 0; k < order.length; ) {
    const c = confidence[order[k]];
    let sum = 0;
    let n = 0;
    while (k < order.length && confidence[order[k]] === c) {
      sum += correct[order[k]] ? 1 : 0;
      n++;
      k++;
    }
    right += sum;
    blocks.push({ sum, n, upTo: c });
    while (blocks.length > 1 && blocks[blocks.length - 2].sum / blocks[blocks.length - 2].n >= blocks[blocks.length - 1].sum / blocks[blocks.length - 1].n) {
      const last = blocks.pop();
      const prev = blocks[blocks.length - 1];
      blocks[blocks.length - 1] = { sum: prev.sum + last.sum, n: prev.n + last.n, upTo: last.upTo };
    }
  }
  while (blocks.length > MAX_CALIBRATION_STEPS) {
    for (let i = 0; i + 1 < blocks.length; i++) {
      const a = blocks[i];
      const b = blocks.splice(i + 1, 1)[0];
      blocks[i] = { sum: a.sum + b.sum, n: a.n + b.n, upTo: b.upTo };
    }
  }
  return {
    method: "isotonic",
    rows: confidence.length,
    correct: right,
    upTo: blocks.map((b) => b.upTo),
    accuracy: blocks.map((b) => Number((b.sum / b.n).toPrecision(6)))
  };
}
function calibrate(c, confidence) {
  let lo = 0;
  let hi = c.upTo.length - 1;
  while (lo < hi) {
    const mid = lo + hi >>> 1;
    if (c.upTo[mid] >= confidence) hi = mid;
    else lo = mid + 1;
  }
  return c.accuracy[lo];
}
var AccuracyEstimator = class {
  constructor(calibration) {
    this.calibration = calibration;
  }
  calibration;
  n = 0;
  sum = 0;
  variance = 0;
  add(confidence) {
    const p = calibrate(this.calibration, confidence);
    this.n++;
    this.sum += p;
    this.variance += p * (1 - p);
  }
  finish() {
    const { n, calibration: c } = this;
    if (n === 0) return void 0;
    const value = this.sum / n;
    const a = (c.correct + 0.5) / (c.rows + 1);
    const sd = Math.sqrt(this.variance / (n * n) + a * (1 - a) / c.rows);
    const clamp = (v) => Math.min(1, Math.max(0, v));
    return { metric: "accuracy", value, interval: [clamp(value - 1.96 * sd), clamp(value + 1.96 * sd)], rows: n, calibrationRows: c.rows };
  }
};
function parseCalibration(value, file) {
  if (value === void 0) return void 0;
  const fail2 = (why) => {
    throw new ModelBuildError("PACKAGE_INVALID", `metrics.json calibration ${why}`, { file, hint: "the package is damaged or was not written by model-build: rebuild it" });
  };
  if (typeof value !== "object" || value === null || Array.isArray(value)) return fail2("is not an object (/calibration)");
  const v = value;
  if (v.method !== "isotonic") fail2('method must be "isotonic" (/calibration/method)');
  const count3 = (x, name) => Number.isSafeInteger(x) && x >= 0 ? x : fail2(`${name} must be a whole number \u2265 0 (/calibration/${name})`);
  const rows = count3(v.rows, "rows");
  const correct = count3(v.correct, "correct");
  if (rows === 0 || correct > rows) fail2("rows must be \u2265 1 and correct \u2264 rows (/calibration/rows)");
  const steps = (x, name) => {
    if (!Array.isArray(x) || x.length === 0 || x.length > MAX_CALIBRATION_STEPS) return fail2(`${name} must be a list of 1 to ${MAX_CALIBRATION_STEPS} numbers (/calibration/${name})`);
    x.forEach((p, i) => typeof p === "number" && p >= 0 && p <= 1 ? p : fail2(`${name}[${i}] must be a number from 0 to 1 (/calibration/${name}/${i})`));
    return x;
  };
  const upTo = steps(v.upTo, "upTo");
  const accuracy = steps(v.accuracy, "accuracy");
  if (upTo.length !== accuracy.length) fail2("upTo and accuracy must have the same length");
  for (let i = 1; i < upTo.length; i++) if (!(upTo[i] > upTo[i - 1]) || accuracy[i] < accuracy[i - 1]) fail2(`steps must rise (/calibration/upTo/${i})`);
  return { method: "isotonic", rows, correct, upTo, accuracy };
}

// src/core/build/buildModel.ts
import { existsSync as existsSync11, statSync as statSync8 } from "node:fs";
import path19 from "node:path";

// src/core/data/clean.ts
function cleanTable(table, label2, cleaning = {}) {
  if (!table.columns.includes(label2)) {
    throw new ModelBuildError("DATA_INVALID", `the label column "${label2}" is not in the data (columns: ${table.columns.join(", ")})`, {
      file: table.source,
      hint: "fix data.label in the config"
    });
  }
  for (const column2 of [...Object.keys(cleaning.clip ?? {}), ...Object.keys(cleaning.impute ?? {})]) {
    if (!table.columns.includes(column2)) {
      throw new ModelBuildError("DATA_INVALID", `data.cleaning names column "${column2}", which is not in the data`, {
        file: table.source,
        hint: `columns: ${table.columns.join(", ")}`
      });
    }
  }
  const steps = [];
  let rows = table.rows.map((r, i) => ({ r, line: table.lines[i] }));
  if (cleaning.dropMissingLabel !== false) {
    const before = rows.length;
    rows = rows.filter(({ r }) => r[label2] !== null && r[label2] !== void 0);
    steps.push({ step: "dropMissingLabel", column: label2, rows: before - rows.length });
  } else {
    const missing = rows.find(({ r }) => r[label2] === null);
    if (missing) {
      throw new ModelBuildError("DATA_INVALID", `row has no value for the label "${label2}"`, {
        file: table.source,
        line: missing.line,
        hint: "set data.cleaning.dropMissingLabel: true, or fill the label"
      });
    }
  }
  if (cleaning.dropDuplicates) {
    const seen = /* @__PURE__ */ new Set();
    const before = rows.length;
    rows = rows.filter(({ r }) => {
      const key = JSON.stringify(table.columns.map((c) => r[c] ?? null));
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    });
    steps.push({ step: "dropDuplicates", rows: before - rows.length });
  }
  for (const [column2, [lo, hi]] of Object.entries(cleaning.clip ?? {})) {
    let touched = 0;
    rows = rows.map(({ r, line }) => {
      const v = r[column2];
      if (typeof v !== "number") return { r, line };
      const c = Math.min(hi ?? Infinity, Math.max(lo ?? -Infinity, v));
      if (c === v) return { r, line };
      touched++;
      return { r: { ...r, [column2]: c }, line };
    });
    steps.push({ step: "clip", column: column2, rows: touched });
  }
  for (const column2 of Object.keys(cleaning.impute ?? {})) {
    steps.push({ step: "impute", column: column2, rows: rows.filter(({ r }) => r[column2] === null || r[column2] === void 0).length });
  }
  if (rows.length === 0) {
    throw new ModelBuildError("DATA_INVALID", "no rows left after cleaning", { file: table.source, hint: "check the label column and cleaning settings" });
  }
  return { table: { ...table, rows: rows.map((x) => x.r), lines: rows.map((x) => x.line) }, steps };
}

// src/core/util/random.ts
var Rng = class _Rng {
  state;
  constructor(seed) {
    this.state = seed >>> 0 || 2654435769;
  }
  /** An independent generator for a named purpose, e.g. `rng.fork('split')`. */
  static forPurpose(seed, purpose) {
    return new _Rng(mix(seed >>> 0, fnv1a(purpose)));
  }
  /** Uniform in [0, 1) with 32 bits of resolution (mulberry32). */
  next() {
    this.state = this.state + 1831565813 >>> 0;
    let t = this.state;
    t = Math.imul(t ^ t >>> 15, t | 1);
    t ^= t + Math.imul(t ^ t >>> 7, t | 61);
    return ((t ^ t >>> 14) >>> 0) / 4294967296;
  }
  /** Uniform integer in [0, n). */
  int(n) {
    return Math.floor(this.next() * n);
  }
  /**
   * A seed for a TensorFlow.js op: a positive integer below 2^31. Never 0, which
   * normal-distribution ops treat as "unseeded".
   */
  tfSeed() {
    return 1 + this.int(2147483646);
  }
  /** Fisher–Yates shuffle in place. */
  shuffle(items) {
    for (let i = items.length - 1; i > 0; i--) {
      const j = this.int(i + 1);
      [items[i], items[j]] = [items[j], items[i]];
    }
    return items;
  }
  /** A random permutation of 0..n-1. */
  permutation(n) {
    return this.shuffle(Array.from({ length: n }, (_, i) => i));
  }
};
function fnv1a(text) {
  let h = 2166136261;
  for (const byte of Buffer.from(text, "utf8")) h = Math.imul(h ^ byte, 16777619) >>> 0;
  return h;
}
function mix(a, b) {
  let h = (a ^ Math.imul(b, 2654435761)) >>> 0;
  h = Math.imul(h ^ h >>> 16, 2246822507) >>> 0;
  h = Math.imul(h ^ h >>> 13, 3266489909) >>> 0;
  return (h ^ h >>> 16) >>> 0;
}

// src/core/data/split.ts
function splitRows(table, options) {
  const rng = Rng.forPurpose(options.seed, "split");
  const n = table.rows.length;
  if (!options.stratifyBy) {
    const order = rng.permutation(n);
    const k = Math.max(1, Math.round(n * options.fraction));
    if (n - k < 1) throw tooFew(table, n);
    return { validation: order.slice(0, k).sort((a, b) => a - b), train: order.slice(k).sort((a, b) => a - b) };
  }
  const column2 = options.stratifyBy;
  const groups = /* @__PURE__ */ new Map();
  table.rows.forEach((r, i) => {
    const key = String(r[column2]);
    groups.set(key, [...groups.get(key) ?? [], i]);
  });
  const train = [];
  const validation = [];
  for (const key of [...groups.keys()].sort(compareBytes)) {
    const members = groups.get(key);
    if (members.length < 2) {
      const line = table.lines[members[0]];
      throw new ModelBuildError("DATA_INVALID", `class "${key}" of "${column2}" has a single example: it cannot be in both the training and the validation split`, {
        file: table.source,
        line,
        hint: "add examples of that class, remove the row, or merge the class with another"
      });
    }
    rng.shuffle(members);
    const k = Math.min(members.length - 1, Math.max(1, Math.round(members.length * options.fraction)));
    validation.push(...members.slice(0, k));
    train.push(...members.slice(k));
  }
  return { train: train.sort((a, b) => a - b), validation: validation.sort((a, b) => a - b) };
}
function tooFew(table, n) {
  return new ModelBuildError("DATA_INVALID", `${n} row(s) are too few to split into training and validation`, { file: table.source });
}

// src/core/runtime/tensorflow.ts
import { existsSync as existsSync9 } from "node:fs";
import { createRequire } from "node:module";
import path16 from "node:path";
import { fileURLToPath as fileURLToPath2 } from "node:url";
var NATIVE_PACKAGES = ["@tensorflow/tfjs-node-gpu", "@tensorflow/tfjs-node"];
async function loadRuntime(options = {}) {
  const wanted = options.backend ?? "auto";
  const fallbacks = [];
  if (wanted === "auto" || wanted === "tensorflow") {
    const native = loadNative(options.projectRoot, fallbacks);
    if (native) return { ...native, notes: { requested: wanted, fallbacks } };
    if (wanted === "tensorflow") {
      throw new ModelBuildError("BACKEND_UNAVAILABLE", `backend "tensorflow" requested but @tensorflow/tfjs-node does not load: ${fallbacks.join("; ")}`, {
        hint: "run `npm install @tensorflow/tfjs-node` in your project, or use backend: auto"
      });
    }
  }
  const tf = cjs(await import("./chunk-ZKKPYIYH.js"));
  tf.enableProdMode();
  if (wanted === "auto" || wanted === "wasm") {
    try {
      const wasm = cjs(await import("./chunk-63U6MX7I.js"));
      wasm.setWasmPaths(`${wasmDir()}${path16.sep}`);
      if (!await tf.setBackend("wasm")) throw new Error("the wasm backend failed to initialize");
      await tf.ready();
      const simd = Boolean(await tf.env().getAsync("WASM_HAS_SIMD_SUPPORT"));
      return { tf, info: { backend: "wasm", tfjsVersion: tf.version_core, backendVersion: wasm.version_wasm, simd }, notes: { requested: wanted, fallbacks } };
    } catch (e) {
      if (wanted === "wasm") {
        throw new ModelBuildError("BACKEND_UNAVAILABLE", `backend "wasm" failed to load: ${e.message}`, {
          hint: "use backend: cpu, or reinstall model-build so the .wasm files are present"
        });
      }
      fallbacks.push(`wasm: ${e.message}`);
    }
  }
  await tf.setBackend("cpu");
  await tf.ready();
  return { tf, info: { backend: "cpu", tfjsVersion: tf.version_core, backendVersion: tf.version_core, simd: null }, notes: { requested: wanted, fallbacks } };
}
function cjs(mod) {
  const d = mod.default;
  return d && typeof d === "object" && !("version_core" in mod) && !("setWasmPaths" in mod) ? d : mod;
}
function loadNative(projectRoot, fallbacks) {
  const bases = [projectRoot && path16.join(projectRoot, "package.json"), fileURLToPath2(import.meta.url)].filter(
    (b) => Boolean(b)
  );
  for (const base of bases) {
    const req = createRequire(base);
    for (const name of NATIVE_PACKAGES) {
      let resolved;
      try {
        resolved = req.resolve(name);
      } catch {
        continue;
      }
      try {
        const tf = req(resolved);
        tf.enableProdMode();
        return {
          tf,
          info: {
            backend: "tensorflow",
            tfjsVersion: tf.version_core,
            backendVersion: tf.version[name.slice("@tensorflow/".length)] ?? tf.version_core,
            simd: null
          }
        };
      } catch (e) {
        fallbacks.push(`${name} (${resolved}): ${e.message.split("\n")[0]}`);
      }
    }
  }
  if (fallbacks.length === 0) fallbacks.push("@tensorflow/tfjs-node is not installed");
  return null;
}
function wasmDir() {
  const here = path16.dirname(fileURLToPath2(import.meta.url));
  if (existsSync9(path16.join(here, "tfjs-backend-wasm-simd.wasm"))) return here;
  const req = createRequire(import.meta.url);
  return path16.dirname(req.resolve("@tensorflow/tfjs-backend-wasm"));
}

// src/core/train/fit.ts
async function fitModel(tf, model, train, val, o) {
  const rng = Rng.forPurpose(o.seed, "shuffle");
  const n = train.y.length;
  const xTrain = tf.tensor2d(train.x, [n, o.width]);
  const yTrain = labelTensor(tf, train.y, o);
  const xVal = tf.tensor2d(val.x, [val.y.length, o.width]);
  const yVal = labelTensor(tf, val.y, o);
  const monitor = o.earlyStopping?.monitor ?? "val_loss";
  const patience = o.earlyStopping ? o.earlyStopping.patience ?? 5 : Infinity;
  const minDelta = o.earlyStopping?.minDelta ?? 0;
  const lowerIsBetter = LOWER_IS_BETTER2.has(monitor.replace(/^val_/, ""));
  const history = [];
  let best = lowerIsBetter ? Infinity : -Infinity;
  let bestEpoch = 0;
  let bestWeights = null;
  let stoppedEarly = false;
  try {
    for (let epoch = 1; epoch <= o.epochs; epoch++) {
      const order = tf.tensor1d(Int32Array.from(rng.permutation(n)), "int32");
      const xs = tf.gather(xTrain, order);
      const ys = tf.gather(yTrain, order);
      const h = await model.fit(xs, ys, { epochs: 1, batchSize: o.batchSize, shuffle: false, verbose: 0 });
      tf.dispose([order, xs, ys]);
      const record = { epoch, loss: Number(h.history.loss[0]), val_loss: scalar(model.evaluate(xVal, yVal, { batchSize: 1024 })) };
      if (monitor !== "val_loss") {
        const pred = model.predict(xVal);
        const metrics = o.validationMetric?.(pred.dataSync()) ?? {};
        pred.dispose();
        const value2 = metrics[monitor.replace(/^val_/, "")];
        if (typeof value2 !== "number") {
          throw new ModelBuildError("MODEL_INVALID", `early stopping monitors "${monitor}", which this task does not compute`, {
            hint: `use val_loss, or val_ and one of: ${Object.keys(metrics).filter((k) => typeof metrics[k] === "number").join(", ")}`
          });
        }
        record[monitor] = value2;
      }
      if (!Number.isFinite(record.loss)) {
        throw new ModelBuildError("MODEL_INVALID", `training diverged: loss is ${record.loss} at epoch ${epoch}`, {
          hint: "lower model.learningRate, or check the data for extreme values (data.cleaning.clip)"
        });
      }
      history.push(record);
      o.onEpoch?.(record, o.epochs);
      const value = record[monitor];
      const improved = lowerIsBetter ? value < best - minDelta : value > best + minDelta;
      if (improved || bestWeights === null) {
        best = value;
        bestEpoch = epoch;
        if (o.earlyStopping) {
          tf.dispose(bestWeights ?? []);
          bestWeights = model.getWeights().map((w) => w.clone());
        }
      } else if (epoch - bestEpoch >= patience) {
        stoppedEarly = true;
        break;
      }
    }
    if (bestWeights && bestEpoch !== history.length) model.setWeights(bestWeights);
    if (!o.earlyStopping) bestEpoch = history.length;
    return { history, epochsRun: history.length, bestEpoch, stoppedEarly };
  } finally {
    tf.dispose([xTrain, yTrain, xVal, yVal, ...bestWeights ?? []]);
  }
}
function labelTensor(tf, y, o) {
  if (o.task === "multiclass") return tf.tidy(() => tf.oneHot(tf.tensor1d(y, "int32"), o.classCount).toFloat());
  return tf.tensor2d(Float32Array.from(y), [y.length, 1]);
}
function scalar(t) {
  const s = Array.isArray(t) ? t[0] : t;
  const v = s.dataSync()[0];
  (Array.isArray(t) ? t : [t]).forEach((x) => x.dispose());
  return v;
}

// src/core/train/gates.ts
var GATE = /^\s*(>=|<=|>|<|==)\s*(-?\d+(?:\.\d+)?(?:[eE][-+]?\d+)?)\s*$/;
function parseGate(metric, expr) {
  const m = GATE.exec(expr);
  if (!m) {
    throw new ModelBuildError("GATE_INVALID", `gate ${metric}: "${expr}" is not a comparison`, { hint: 'write it like ">= 0.85"' });
  }
  return { op: m[1], threshold: Number(m[2]) };
}
function evaluateGates(gates, metrics, configFile) {
  const numeric = Object.keys(metrics).filter((k) => typeof metrics[k] === "number");
  return Object.entries(gates).map(([metric, expr]) => {
    const { op, threshold } = parseGate(metric, expr);
    const actual = metrics[metric];
    if (typeof actual !== "number") {
      throw new ModelBuildError("GATE_INVALID", `gate "${metric}" names no metric of this task`, {
        file: configFile,
        pointer: `/gates/${metric}`,
        hint: `available: ${numeric.join(", ")}`
      });
    }
    const passed = !Number.isNaN(actual) && (op === ">=" ? actual >= threshold : op === "<=" ? actual <= threshold : op === ">" ? actual > threshold : op === "<" ? actual < threshold : actual === threshold);
    return { metric, op, threshold, actual, passed, margin: actual - threshold };
  });
}

// src/core/train/model.ts
import path18 from "node:path";

// src/core/train/seededDropout.ts
function makeSeededDropout(tf) {
  class SeededDropout extends tf.layers.Layer {
    constructor(rate, seed, config = {}) {
      super(config);
      this.rate = rate;
      this.seed = seed;
    }
    rate;
    seed;
    static className = "SeededDropout";
    step = 0;
    call(inputs, kwargs) {
      const x = Array.isArray(inputs) ? inputs[0] : inputs;
      if (!kwargs.training || this.rate === 0) return x;
      const seed = 1 + (this.seed + this.step++ * 7919) % 2147483646;
      return tf.tidy(() => {
        const keep = tf.randomUniform(x.shape, 0, 1, "float32", seed).greaterEqual(this.rate).cast("float32");
        return x.mul(keep).div(1 - this.rate);
      });
    }
    computeOutputShape(shape) {
      return shape;
    }
    getConfig() {
      return { ...super.getConfig(), rate: this.rate, seed: this.seed };
    }
  }
  return SeededDropout;
}

// src/core/trust/moduleGuard.ts
import { createHash as createHash6 } from "node:crypto";
import { existsSync as existsSync10, readFileSync as readFileSync8 } from "node:fs";
import * as nodeModule from "node:module";
import path17 from "node:path";
import { MessageChannel, receiveMessageOnPort } from "node:worker_threads";
import { pathToFileURL } from "node:url";
function hooksUrl() {
  const beside = new URL("./moduleHooks.mjs", import.meta.url);
  if (beside.protocol === "file:" && existsSync10(beside)) return beside;
  return pathToFileURL(ownFile("dist/moduleHooks.mjs"));
}
async function importGuarded(moduleFile, options) {
  const entry = `${pathToFileURL(moduleFile).href}?sha256=${createHash6("sha256").update(readFileSync8(moduleFile)).digest("hex")}`;
  const data = { entry, root: options.root, own: ownPackageRoot(), allowed: options.allowed, enforce: options.enforce };
  const refused = [];
  const hooks = await import(hooksUrl().href);
  const registerHooks2 = nodeModule.registerHooks;
  if (registerHooks2) {
    const check = hooks.createGuard(data, (m) => refused.push(m));
    const handle = registerHooks2({
      resolve(specifier, context, next) {
        const r = next(specifier, context);
        check(r.url, context.parentURL);
        return r;
      }
    });
    try {
      return { module: await import(entry), guard: { refused }, refusedMarker: hooks.REFUSED, release: () => handle.deregister() };
    } catch (e) {
      handle.deregister();
      throw e;
    }
  }
  const { port1, port2 } = new MessageChannel();
  nodeModule.register(hooksUrl().href, { data: { ...data, port: port2 }, transferList: [port2] });
  const unpatch = guardRequire(hooks.createGuard({ ...data, anyParentInside: true }, (m) => refused.push(m)));
  const drain = () => {
    for (let m = receiveMessageOnPort(port1); m; m = receiveMessageOnPort(port1)) refused.push(String(m.message));
  };
  try {
    const module = await import(entry);
    drain();
    const release = () => {
      unpatch();
      drain();
      port1.close();
    };
    return { module, guard: { refused }, refusedMarker: hooks.REFUSED, release };
  } catch (e) {
    unpatch();
    drain();
    port1.close();
    throw e;
  }
}
function guardRequire(check) {
  const Module2 = nodeModule.Module;
  const original = Module2._resolveFilename;
  Module2._resolveFilename = function(request, parent, ...rest) {
    const filename = original.call(this, request, parent, ...rest);
    if (parent?.filename && path17.isAbsolute(filename)) check(pathToFileURL(filename).href, pathToFileURL(parent.filename).href);
    return filename;
  };
  return () => {
    Module2._resolveFilename = original;
  };
}

// src/core/train/model.ts
var REFUSED_IMPORT = "[model-build: unversioned import] ";
var outputUnitsFor = (task, classes) => task === "multiclass" ? classes : 1;
function lossFor(task) {
  return task === "multiclass" ? "categoricalCrossentropy" : task === "binary" ? "binaryCrossentropy" : "meanSquaredError";
}
function buildDeclarativeModel(tf, spec, ctx) {
  const rng = Rng.forPurpose(ctx.seed, "init");
  const dropoutRng = Rng.forPurpose(ctx.seed, "dropout");
  const SeededDropout = makeSeededDropout(tf);
  const l2 = spec.l2;
  const regularizer = l2 ? () => tf.regularizers.l2({ l2 }) : () => void 0;
  const model = tf.sequential({ name: "sequential_1" });
  const hidden = spec.hidden ?? [{ units: 16, activation: "relu" }];
  hidden.forEach((layer, i) => {
    model.add(
      tf.layers.dense({
        units: layer.units,
        activation: layer.activation ?? "relu",
        inputShape: i === 0 ? ctx.inputShape : void 0,
        kernelInitializer: tf.initializers.glorotUniform({ seed: rng.tfSeed() }),
        biasInitializer: tf.initializers.zeros(),
        kernelRegularizer: regularizer(),
        name: `dense_${i + 1}`
      })
    );
    if (layer.dropout) model.add(new SeededDropout(layer.dropout, dropoutRng.tfSeed(), { name: `dropout_${i + 1}` }));
  });
  model.add(
    tf.layers.dense({
      units: ctx.outputUnits,
      activation: ctx.task === "multiclass" ? "softmax" : ctx.task === "binary" ? "sigmoid" : "linear",
      inputShape: hidden.length === 0 ? ctx.inputShape : void 0,
      kernelInitializer: tf.initializers.glorotUniform({ seed: rng.tfSeed() }),
      biasInitializer: tf.initializers.zeros(),
      name: "output"
    })
  );
  compile(tf, model, spec, ctx.task);
  return model;
}
function compile(tf, model, spec, task) {
  const lr = spec.learningRate ?? 1e-3;
  const optimizer = spec.optimizer === "sgd" ? tf.train.sgd(lr) : spec.optimizer === "rmsprop" ? tf.train.rmsprop(lr) : spec.optimizer === "adagrad" ? tf.train.adagrad(lr) : tf.train.adam(lr);
  model.compile({ optimizer, loss: lossFor(task) });
}
async function buildModuleModel(tf, spec, ctx, modulePath, display, guard) {
  let imported;
  try {
    imported = await importGuarded(path18.resolve(modulePath), guard);
  } catch (e) {
    const message = e?.message ?? String(e);
    const marker = message.indexOf(REFUSED_IMPORT);
    if (marker >= 0) {
      throw new ModelBuildError("UNVERSIONED_CODE", `the model module imports unversioned code: ${message.slice(marker + REFUSED_IMPORT.length).split("\n")[0]}`, {
        file: display,
        hint: "commit the imported file (or install the package from your lockfile); --allow-dirty builds anyway and records it"
      });
    }
    throw new ModelBuildError("MODEL_INVALID", `cannot load the model module: ${message.split("\n")[0]}`, {
      file: display,
      hint: 'it must be an ES module (.mjs, or .js in a "type": "module" package) exporting build(tf, ctx)'
    });
  }
  try {
    const model = await runModuleBuild(tf, spec, ctx, imported.module, display, imported.refusedMarker);
    return { model, refusedImports: imported.guard.refused };
  } finally {
    imported.release();
  }
}
async function runModuleBuild(tf, spec, ctx, mod, display, refusedMarker) {
  const build = mod.build ?? mod.default?.build;
  if (typeof build !== "function") {
    throw new ModelBuildError("MODEL_INVALID", "the model module does not export a build(tf, ctx) function", { file: display });
  }
  let model;
  try {
    model = await build(tf, { ...ctx });
  } catch (e) {
    const message = e?.message ?? String(e);
    if (message.includes(refusedMarker)) {
      throw new ModelBuildError("UNVERSIONED_CODE", `the model module imports unversioned code: ${message.slice(message.indexOf(refusedMarker) + refusedMarker.length).split("\n")[0]}`, {
        file: display,
        hint: "commit the imported file (or install the package from your lockfile); --allow-dirty builds anyway and records it"
      });
    }
    throw new ModelBuildError("MODEL_INVALID", `build(tf, ctx) threw: ${message}`, {
      file: display,
      hint: "run it on its own to debug; ctx holds inputShape, outputUnits, task and seed"
    });
  }
  if (!(model instanceof tf.LayersModel)) {
    const what = model === null ? "null" : typeof model === "object" ? model.constructor?.name ?? "an object" : typeof model;
    throw new ModelBuildError("MODEL_INVALID", `build(tf, ctx) returned ${what}, not a tf.LayersModel`, {
      file: display,
      hint: "return tf.sequential() or tf.model(); use the tf passed in, not your own import"
    });
  }
  const shape = (dims) => `[${dims.map((d) => d ?? "*").join(", ")}]`;
  const expected = shape([null, ...ctx.inputShape]);
  const got = shape(model.inputs[0]?.shape ?? []);
  const out = model.outputs[0]?.shape.slice(-1)[0];
  if (model.inputs.length !== 1 || got !== expected || out !== ctx.outputUnits) {
    throw new ModelBuildError("MODEL_INVALID", `the model takes ${got} and returns ${out} units; the data needs input ${expected} and ${ctx.outputUnits} output units`, {
      file: display,
      hint: "build the input layer from ctx.inputShape and the last layer with ctx.outputUnits units"
    });
  }
  if (!model.optimizer) compile(tf, model, spec, ctx.task);
  return model;
}

// src/core/train/serialize.ts
var WEIGHTS_FILE = "weights.bin";
async function serializeModel(tf, model) {
  let captured;
  await model.save(
    tf.io.withSaveHandler(async (artifacts) => {
      captured = artifacts;
      return { modelArtifactsInfo: { dateSaved: /* @__PURE__ */ new Date(0), modelTopologyType: "JSON" } };
    })
  );
  const a = captured;
  const data = a.weightData;
  const buffers = data === void 0 ? [] : Array.isArray(data) ? data : [data];
  return {
    modelJson: {
      format: "layers-model",
      generatedBy: `TensorFlow.js tfjs-layers v${tf.version_layers}`,
      convertedBy: null,
      modelTopology: standardLayers(a.modelTopology),
      weightsManifest: [{ paths: [WEIGHTS_FILE], weights: a.weightSpecs ?? [] }]
    },
    weights: Buffer.concat(buffers.map((b) => Buffer.from(b)))
  };
}
function standardLayers(topology) {
  return JSON.parse(JSON.stringify(topology), (_key, value) => {
    if (value && typeof value === "object" && value.class_name === "SeededDropout") {
      const v = value;
      return {
        class_name: "Dropout",
        config: { rate: v.config.rate, noise_shape: null, seed: null, name: v.config.name, trainable: v.config.trainable ?? true, dtype: v.config.dtype ?? "float32" }
      };
    }
    return value;
  });
}
async function deserializeModel(tf, modelJson, weights) {
  const weightData = weights.buffer.slice(weights.byteOffset, weights.byteOffset + weights.byteLength);
  return tf.loadLayersModel(
    tf.io.fromMemory({
      modelTopology: modelJson.modelTopology,
      weightSpecs: modelJson.weightsManifest.flatMap((m) => m.weights),
      weightData
    })
  );
}

// src/core/package/provenance.ts
function provenanceStatement(pkg, run) {
  const m = pkg.metadata;
  return {
    _type: "https://in-toto.io/Statement/v1",
    subject: [{ name: pkg.archive.split(/[\\/]/).pop(), digest: { sha256: pkg.digest.slice("sha256:".length) } }],
    predicateType: "https://slsa.dev/provenance/v1",
    predicate: {
      buildDefinition: {
        buildType: "urn:model-build:build:v1",
        externalParameters: run.externalParameters,
        internalParameters: { seed: m.training.seed, backend: m.training.backend, node: m.environment.node, ...run.internalParameters },
        resolvedDependencies: [
          {
            uri: m.code.repository ? `git+${m.code.repository}${m.code.ref ? `@${m.code.ref}` : ""}` : "git+local",
            digest: { gitCommit: m.code.commit, gitTree: m.code.tree }
          },
          ...m.data.filter((d) => d.hash).map((d) => {
            const [algo, value] = d.hash.split(":");
            return { uri: d.path, digest: { [algo]: value } };
          })
        ]
      },
      runDetails: {
        builder: { id: run.builderId, version: { "model-build": m.createdBy.version } },
        metadata: {
          ...run.invocationId ? { invocationId: run.invocationId } : {},
          startedOn: run.startedOn.toISOString(),
          finishedOn: run.finishedOn.toISOString()
        },
        byproducts: [{ name: "contents", digest: { sha256: pkg.contentDigest.slice("sha256:".length) } }]
      }
    }
  };
}
var provenanceFileFor = (archive) => archive.replace(/\.zip$/, "") + ".provenance.intoto.json";
var provenanceText = (pkg, run) => `${JSON.stringify(provenanceStatement(pkg, run), null, 2)}
`;

// src/core/build/buildModel.ts
async function buildModel(options = {}) {
  const cwd = path19.resolve(options.cwd ?? process.cwd());
  const startedOn = /* @__PURE__ */ new Date();
  const clock = phaseClock();
  const configFile = typeof options.config === "object" ? options.config.file : findConfigFile(options.config, cwd);
  const lookup = await readGitFacts(path19.dirname(configFile));
  const repoRoot = lookup.ok ? lookup.facts.root : path19.dirname(configFile);
  const variant = options.variant ?? (typeof options.config === "object" ? options.config.variant?.id : void 0);
  const first = typeof options.config === "object" && options.config.variant?.id === variant ? options.config : loadConfig(configFile, { cwd, root: repoRoot, variant });
  const configDir = path19.dirname(first.file);
  const outRoot = configuredOutput(first, options.out, cwd);
  const check = options.check ?? await checkWorkspace({
    root: configDir,
    config: first,
    // The configured folder is output too when --out points elsewhere (verify's rebuilds do).
    outputs: [outRoot, configuredOutput(first), ...markedAncestors(outRoot, repoRoot)],
    cacheFile: options.cacheFile,
    onProgress: options.onCheckProgress
  });
  if (!check.ok && !options.allowDirty) return { status: "refused", check };
  const checkMs = clock();
  const loaded = check.git && check.git.root !== repoRoot ? loadConfig(first.file, { cwd, root: check.git.root, variant }) : first;
  const config = loaded.config;
  const display = (abs) => toPosix(path19.relative(check.root, abs)) || ".";
  const tree = check.git ? await headTree(check.git.root) : [];
  const dirtySet = new Set(check.git?.dirtyPaths.map((d) => d.path) ?? []);
  const output = OutputFolder.claim(outRoot, config.name, outputContext(check, tree, options.out, display(loaded.file), config.package?.out));
  try {
    const modulePath = config.model?.module ? path19.resolve(configDir, config.model.module) : null;
    const { table, cleaning, trainRows, valRows, rowsRead } = await prepareData(loaded, display);
    const label2 = config.data.label;
    const task = config.model?.task ?? inferTask(table, label2);
    const seed = config.seed ?? 42;
    const warnings = [];
    const pre = fitPreprocessor(table, trainRows, {
      warn: (w) => warnings.push(w),
      label: label2,
      task,
      features: config.features,
      exclude: config.data.exclude,
      impute: config.data.cleaning?.impute,
      source: table.source,
      origin: { file: display(loaded.file), locate: loaded.locate },
      maxClasses: config.model?.maxClasses,
      maxInputs: config.model?.maxInputs
    });
    checkClassesCovered(pre, trainRows, valRows, table.source, config);
    const width = inputWidth(pre);
    checkBeforeTraining({
      config,
      task,
      inputWidth: width,
      outputUnits: outputUnitsFor(task, pre.label.classes?.length ?? 1),
      trainRows: trainRows.length,
      validationRows: valRows.length,
      origin: { file: display(loaded.file), locate: loaded.locate }
    });
    const train = { x: transform(pre, trainRows), y: encodeLabels(pre, trainRows) };
    const val = { x: transform(pre, valRows), y: encodeLabels(pre, valRows) };
    const dataMs = clock();
    let runtime = options.runtime ?? await loadRuntime({ backend: options.backend ?? config.training?.backend, projectRoot: configDir });
    const runtimeMs = clock();
    const classCount = pre.label.classes?.length ?? 1;
    const ctx = { inputShape: [width], outputUnits: outputUnitsFor(task, classCount), task, seed };
    const guard = {
      root: check.git?.root ?? configDir,
      allowed: tree.filter((e) => e.type === "blob" && e.mode !== "120000" && !dirtySet.has(e.path)).map((e) => e.path),
      enforce: !options.allowDirty
    };
    const refusedImports = [];
    const evaluate = (pred) => evaluateMetrics(task, pre, val.y, pred, classCount);
    const train1 = async (rt) => {
      let model2;
      if (modulePath) {
        const built = await buildModuleModel(rt.tf, config.model ?? {}, ctx, modulePath, display(modulePath), guard);
        model2 = built.model;
        checkModuleParameters(model2.countParams(), config, { file: display(loaded.file), locate: loaded.locate });
        refusedImports.push(...built.refusedImports.filter((r) => !refusedImports.includes(r)));
      } else model2 = buildDeclarativeModel(rt.tf, config.model ?? {}, ctx);
      const fit2 = await fitModel(rt.tf, model2, train, val, {
        task,
        classCount,
        width,
        epochs: config.training?.epochs ?? 50,
        batchSize: config.training?.batchSize ?? 32,
        seed,
        earlyStopping: config.training?.earlyStopping,
        validationMetric: evaluate,
        onEpoch: options.onEpoch
      });
      return { model: model2, fit: fit2 };
    };
    let trained;
    try {
      trained = await train1(runtime);
    } catch (e) {
      if (runtime.info.backend !== "wasm" || !/not registered for backend/i.test(e?.message ?? "")) throw e;
      const reason = e.message.split("\n")[0];
      await runtime.tf.setBackend("cpu");
      runtime = withCpuFallback(runtime, reason);
      trained = await train1(runtime);
    }
    const { model, fit } = trained;
    const predictions = predictAll(runtime.tf, model, val.x, width);
    const metrics = evaluate(predictions);
    const calibration = calibrationOf(pre, predictions, val.y);
    const gates = evaluateGates(config.gates ?? {}, metrics, display(loaded.file));
    const result = {
      format: 1,
      task,
      label: label2,
      ...pre.label.classes ? { classes: pre.label.classes } : {},
      metrics,
      ...calibration ? { calibration } : {},
      gates,
      gatesPassed: gates.every((g) => g.passed),
      history: fit.history,
      epochsRun: fit.epochsRun,
      bestEpoch: fit.bestEpoch,
      stoppedEarly: fit.stoppedEarly,
      seed,
      runtime: runtime.info,
      warnings,
      data: { rows: table.rows.length, train: trainRows.length, validation: valRows.length, cleaning }
    };
    const trainMs = clock();
    const serialized = await serializeModel(runtime.tf, model);
    model.optimizer?.dispose();
    model.dispose();
    const files = {
      "model.json": `${JSON.stringify(serialized.modelJson, null, 2)}
`,
      [WEIGHTS_FILE]: serialized.weights,
      "preprocessor.json": preprocessorJson(pre),
      "metrics.json": `${JSON.stringify(result, null, 2)}
`
    };
    const problems = [
      ...check.problems.map((p) => `${p.path}: ${p.message}`),
      ...refusedImports.map((r) => `unversioned import: ${r}`)
    ];
    let pkg = null;
    let provenance = null;
    let packaged = null;
    if (result.gatesPassed && check.git) {
      const archived = archivePackage(
        {
          name: config.name,
          loaded,
          check,
          result,
          model: serialized,
          preprocessor: pre,
          profile: { ...profileRows(trainRows), predictions: profileRows(predictionRecords(pre, predictions, valRows.length)) },
          rows: rowsRead,
          mtime: options.sourceDateEpoch ?? check.git.commitTime,
          ref: options.ref,
          level: config.package?.compressionLevel,
          problems,
          actual: problems.length > 0 ? await digestsOfWhatWasRead(check) : void 0
        },
        output.dir
      );
      pkg = archived.pkg;
      const text = provenanceText(pkg, {
        builderId: options.builder?.id ?? "model-build/library",
        invocationId: options.builder?.invocationId,
        startedOn,
        finishedOn: /* @__PURE__ */ new Date(),
        externalParameters: {
          config: toPosix(path19.relative(check.root, loaded.file)),
          backend: options.backend ?? config.training?.backend ?? "auto",
          allowDirty: Boolean(options.allowDirty),
          ...loaded.variant ? { variant: loaded.variant.id, overrides: loaded.variant.overrides } : {}
        },
        // How the backend was arrived at on this host: an observation, so here, not in the archive.
        internalParameters: { runtime: runtime.notes }
      });
      const archiveFile = path19.basename(pkg.archive);
      const provenanceFile = path19.basename(provenanceFileFor(pkg.archive));
      packaged = { archiveFile, provenanceFile, bytes: archived.bytes, text };
      provenance = provenanceFileFor(pkg.archive);
    }
    const step = faultHook();
    const modelDir = output.replace(
      { name: config.name, files },
      packaged ? [
        { name: packaged.archiveFile, content: packaged.bytes },
        { name: packaged.provenanceFile, content: packaged.text }
      ] : [],
      packaged ? [packaged.provenanceFile] : [],
      step
    );
    await noteUnignoredOutput(check, output.dir);
    return {
      status: "built",
      provenance,
      check,
      allowedDirty: problems.length > 0,
      problems,
      name: config.name,
      modelDir,
      files: Object.keys(files).sort(),
      package: pkg,
      result,
      runtimeNotes: runtime.notes,
      timings: { check: checkMs, data: dataMs, runtime: runtimeMs, train: trainMs, write: clock() }
    };
  } catch (e) {
    output.release(true);
    throw e;
  } finally {
    output.release();
  }
}
async function noteUnignoredOutput(check, dir) {
  if (!check.git) return;
  const root = resolveReal(check.git.root).real;
  const rel = toPosix(path19.relative(root, dir));
  if (rel === "" || rel.startsWith("..")) return;
  const ignored = await new Git(root).tryRun(["check-ignore", "-q", `${rel}/`]);
  const note = `${rel}/ holds build output and is not ignored by git: add it to .gitignore`;
  if (ignored.code !== 0 && !check.notes.includes(note)) check.notes.push(note);
}
function withCpuFallback(runtime, reason) {
  return {
    tf: runtime.tf,
    info: { ...runtime.info, backend: "cpu", backendVersion: runtime.tf.version_core, simd: null },
    notes: { ...runtime.notes, fallbacks: [...runtime.notes.fallbacks, `wasm: ${reason}`] }
  };
}
async function digestsOfWhatWasRead(check) {
  const result = /* @__PURE__ */ new Map();
  const files = check.data.filter((d) => d.status !== "ok" && d.actual === null).map((d) => d.path);
  const hasher = new Hasher({ root: check.root, cacheFile: null });
  try {
    for (const rel of files) {
      const abs = path19.join(check.root, rel);
      if (!statSync8(abs, { throwIfNoEntry: false })?.isFile()) continue;
      result.set(rel, `sha256:${(await hasher.digest(abs, ["sha256"])).sha256}`);
    }
  } finally {
    await hasher.close();
  }
  return result;
}
async function judgeBuildOutput(loaded, check, out, cwd = process.cwd()) {
  const tree = check.git ? await headTree(check.git.root) : [];
  const display = toPosix(path19.relative(check.root, loaded.file));
  const ctx = outputContext(check, tree, out, display, loaded.config.package?.out);
  return judgeOutputFolder(configuredOutput(loaded, out, cwd), loaded.config.name, ctx);
}
function markedAncestors(dir, repoRoot) {
  const root = resolveReal(repoRoot).real;
  const found = [];
  for (let d = path19.dirname(resolveReal(dir).real); d !== root && isInside(root, d); d = path19.dirname(d)) {
    if (existsSync11(path19.join(d, OUTPUT_MARKER))) found.push(d);
  }
  return found;
}
async function claimBuildOutput(loaded, check, out, cwd = process.cwd()) {
  const tree = check.git ? await headTree(check.git.root) : [];
  const display = toPosix(path19.relative(check.root, loaded.file));
  return OutputFolder.claim(configuredOutput(loaded, out, cwd), loaded.config.name, outputContext(check, tree, out, display, loaded.config.package?.out));
}
function outputContext(check, tree, out, configDisplay, configured) {
  const root = resolveReal(check.git ? check.git.root : check.root).real;
  const tracked = tree.map((e) => e.path).concat(check.git?.dirtyPaths.filter((d) => d.state !== "untracked").map((d) => d.path) ?? []);
  const gitDirs = check.git ? [path19.join(check.git.root, ".git"), check.git.commonDir].map((d) => resolveReal(d).real) : [];
  return {
    root,
    gitDirs,
    holdsTracked: (rel) => tracked.find((t) => rel === "" || t === rel || t.startsWith(`${rel}/`)) ?? null,
    fromConfig: out === void 0,
    what: out !== void 0 ? `--out "${out}"` : `package.out "${configured ?? "model-build-out"}"`,
    where: out !== void 0 ? {} : { file: configDisplay, pointer: "/package/out" }
  };
}
function faultHook() {
  const at = process.env.MODEL_BUILD_FAULT_AT;
  const trace = process.env.MODEL_BUILD_TRACE_STEPS === "1";
  if (!at && !trace) return () => {
  };
  return (step) => {
    if (trace) process.stderr.write(`model-build step: ${step}
`);
    if (step === at) process.kill(process.pid, "SIGKILL");
  };
}
function profileRows(rows) {
  const profiler = new Profiler();
  for (const r of rows) profiler.update(r);
  return profiler.toJSON();
}
function predictionRecords(pre, raw, rows) {
  const { label: label2 } = pre;
  const classes = label2.classes ?? [];
  const width = label2.task === "multiclass" ? classes.length : 1;
  return Array.from({ length: rows }, (_, i) => {
    if (label2.task === "regression") return { prediction: raw[i] * (label2.scale ?? 1) + (label2.shift ?? 0) };
    if (label2.task === "binary") return { prediction: classes[raw[i] >= 0.5 ? 1 : 0] };
    let best = 0;
    for (let c = 1; c < width; c++) if (raw[i * width + c] > raw[i * width + best]) best = c;
    return { prediction: classes[best] };
  });
}
function calibrationOf(pre, raw, y) {
  const { label: label2 } = pre;
  if (label2.task === "regression" || y.length === 0) return void 0;
  const width = label2.task === "multiclass" ? label2.classes.length : 1;
  const confidence = new Float64Array(y.length);
  const right = new Array(y.length);
  for (let i = 0; i < y.length; i++) {
    if (label2.task === "binary") {
      const p = raw[i];
      confidence[i] = Math.max(p, 1 - p);
      right[i] = (p >= 0.5 ? 1 : 0) === y[i];
    } else {
      let best = 0;
      for (let c = 1; c < width; c++) if (raw[i * width + c] > raw[i * width + best]) best = c;
      confidence[i] = raw[i * width + best];
      right[i] = best === y[i];
    }
  }
  return fitCalibration(confidence, right);
}
var outputFolder = (loaded, out, cwd) => configuredOutput(loaded, out, cwd);
function phaseClock() {
  let last = performance.now();
  return () => {
    const now = performance.now();
    const ms = Math.round(now - last);
    last = now;
    return ms;
  };
}
async function prepareData(loaded, display) {
  const { config } = loaded;
  const data = config.data;
  if (!data.label) {
    throw new ModelBuildError("CONFIG_INVALID", "data.label is required to build a model", {
      file: display(loaded.file),
      pointer: "/data",
      hint: "name the column to predict, e.g. `label: species`"
    });
  }
  const readOptions = { format: data.format, delimiter: data.delimiter, columns: data.columns };
  const [trainPath, valPath] = [loaded.dataPaths[0].path, data.validation ? loaded.dataPaths[1].path : null];
  const raw = await readTable(trainPath, { ...readOptions, display: display(trainPath) });
  const rowsRead = /* @__PURE__ */ new Map([[trainPath, raw.rows.length]]);
  const cleaned = cleanTable(raw, data.label, data.cleaning);
  if (valPath) {
    const rawVal = await readTable(valPath, { ...readOptions, display: display(valPath) });
    rowsRead.set(valPath, rawVal.rows.length);
    const cleanedVal = cleanTable(rawVal, data.label, data.cleaning);
    return { table: cleaned.table, cleaning: cleaned.steps, trainRows: cleaned.table.rows, valRows: cleanedVal.table.rows, rowsRead };
  }
  const task = config.model?.task ?? inferTask(cleaned.table, data.label);
  if (task !== "regression") {
    const classes = new Set(cleaned.table.rows.map((r) => r[data.label])).size;
    checkClassCount(classes, data.label, config.model?.maxClasses, cleaned.table.source, { file: display(loaded.file), locate: loaded.locate });
  }
  const stratify = data.split?.stratify ?? task !== "regression";
  const split = splitRows(cleaned.table, {
    seed: config.seed ?? 42,
    fraction: data.split?.validation ?? 0.2,
    stratifyBy: stratify ? data.label : void 0
  });
  const pick = (idx) => idx.map((i) => cleaned.table.rows[i]);
  return { table: cleaned.table, cleaning: cleaned.steps, trainRows: pick(split.train), valRows: pick(split.validation), rowsRead };
}
function inferTask(table, label2) {
  const type = table.types[label2];
  if (type === "boolean") return "binary";
  if (type === "number") return "regression";
  const classes = new Set(table.rows.map((r) => r[label2]).filter((v) => v !== null));
  return classes.size === 2 ? "binary" : "multiclass";
}
function checkClassesCovered(pre, trainRows, valRows, source, config) {
  const classes = pre.label.classes;
  if (!classes) return;
  const inVal = new Set(valRows.map((r) => String(r[pre.label.column])));
  const missing = classes.filter((c) => !inVal.has(c));
  if (missing.length > 0) {
    throw new ModelBuildError("DATA_INVALID", `class${missing.length > 1 ? "es" : ""} ${missing.map((m) => `"${m}"`).join(", ")} of "${pre.label.column}" ${missing.length > 1 ? "are" : "is"} not in the validation split`, {
      file: source,
      hint: config.data.validation ? "add examples of every class to the validation file" : "set data.split.stratify: true (the default for classification)"
    });
  }
  const inTrain = new Set(trainRows.map((r) => String(r[pre.label.column])));
  const unseen = [...inVal].filter((c) => !inTrain.has(c));
  if (unseen.length > 0) {
    throw new ModelBuildError("DATA_INVALID", `validation holds class(es) the training data lacks: ${unseen.join(", ")}`, { file: source });
  }
}
function predictAll(tf, model, x, width) {
  return tf.tidy(() => model.predict(tf.tensor2d(x, [x.length / width, width]), { batchSize: 1024 }).dataSync());
}
function evaluateMetrics(task, pre, y, pred, classCount) {
  if (task === "binary") return { ...binaryMetrics(y, Array.from(pred)) };
  if (task === "multiclass") {
    const probs = y.map((_, i) => Array.from(pred.subarray(i * classCount, (i + 1) * classCount)));
    return { ...multiclassMetrics(y, probs, classCount) };
  }
  const { shift = 0, scale = 1 } = pre.label;
  const back = (v) => v * scale + shift;
  return { ...regressionMetrics(y.map(back), Array.from(pred, back)) };
}

// src/core/package/readPackage.ts
import { createHash as createHash7 } from "node:crypto";

// src/core/predict/loadModel.ts
import { existsSync as existsSync12, readFileSync as readFileSync9 } from "node:fs";
import path20 from "node:path";

// src/core/predict/checkPreprocessor.ts
var isObject = (v) => typeof v === "object" && v !== null && !Array.isArray(v);
var finite = (v) => typeof v === "number" && Number.isFinite(v);
var strings = (v) => Array.isArray(v) && v.every((x) => typeof x === "string");
var stepWidth2 = (s) => s.kind === "categorical" ? s.vocabulary.length + 1 : s.kind === "bucketized" ? s.boundaries.length + 1 : 1;
function checkPreprocessor(value, file) {
  const fail2 = (where, why) => {
    throw new ModelBuildError("MODEL_INVALID", `preprocessor.json: ${where} ${why}`, {
      file,
      pointer: where,
      hint: "the model was damaged or edited after it was built: build it again"
    });
  };
  if (!isObject(value)) return fail2("/", "is not a JSON object");
  if (value.format !== 1) {
    throw new ModelBuildError("MODEL_INVALID", `preprocessor.json has format ${JSON.stringify(value.format)}; this model-build reads format 1`, {
      file,
      hint: typeof value.format === "number" && value.format > 1 ? "upgrade model-build" : "build the model again"
    });
  }
  const label2 = value.label;
  if (!isObject(label2)) return fail2("/label", "must be an object");
  if (typeof label2.column !== "string") fail2("/label/column", "must be a string");
  if (label2.task === "regression") {
    if (!finite(label2.shift) || !finite(label2.scale)) fail2("/label", "needs finite shift and scale for regression");
  } else if (label2.task === "binary" || label2.task === "multiclass") {
    if (!strings(label2.classes) || label2.classes.length < 2) fail2("/label/classes", "must list at least two class names");
    if (label2.task === "binary" && label2.classes.length !== 2) fail2("/label/classes", "must list exactly two classes for a binary model");
  } else fail2("/label/task", "must be binary, multiclass or regression");
  if (!Array.isArray(value.steps)) return fail2("/steps", "must be an array");
  value.steps.forEach((step, i) => {
    const at = `/steps/${i}`;
    if (!isObject(step) || typeof step.column !== "string") return fail2(at, "must be an object naming a column");
    switch (step.kind) {
      case "numeric":
        if (!["standardize", "minmax", "log", "none"].includes(step.transform)) fail2(`${at}/transform`, "is not a known transform");
        if (!finite(step.fill) || !finite(step.shift) || !finite(step.scale) || step.scale === 0) fail2(at, "needs finite fill, shift and a non-zero scale");
        break;
      case "boolean":
        if (!finite(step.fill)) fail2(`${at}/fill`, "must be a finite number");
        break;
      case "bucketized":
        if (!Array.isArray(step.boundaries) || !step.boundaries.every(finite)) fail2(`${at}/boundaries`, "must be an array of finite numbers");
        if (!finite(step.fill)) fail2(`${at}/fill`, "must be a finite number");
        break;
      case "categorical":
        if (!strings(step.vocabulary)) fail2(`${at}/vocabulary`, "must be an array of strings");
        if (step.fill !== null && typeof step.fill !== "string") fail2(`${at}/fill`, "must be a string or null");
        break;
      default:
        fail2(`${at}/kind`, "must be numeric, boolean, bucketized or categorical");
    }
  });
  if (!strings(value.inputs)) return fail2("/inputs", "must be an array of input names");
  const width = value.steps.reduce((n, s) => n + stepWidth2(s), 0);
  if (width !== value.inputs.length) fail2("/inputs", `lists ${value.inputs.length} inputs, but the steps make ${width}`);
  return value;
}

// src/core/predict/predictor.ts
async function openPredictor(tf, files, where = (name) => name) {
  const preprocessor = checkPreprocessor(files.preprocessor, where("preprocessor.json"));
  const modelJson = files.modelJson;
  if (typeof modelJson !== "object" || modelJson === null || !Array.isArray(modelJson.weightsManifest) || typeof modelJson.modelTopology !== "object") {
    throw new ModelBuildError("MODEL_INVALID", "model.json is not a TensorFlow.js layers model (modelTopology, weightsManifest)", {
      file: where("model.json"),
      hint: "the model was damaged after it was built: build it again"
    });
  }
  const width = inputWidth(preprocessor);
  let model;
  try {
    model = await deserializeModel(tf, modelJson, files.weights);
  } catch (e) {
    throw new ModelBuildError("MODEL_INVALID", `the model cannot be loaded: ${e?.message ?? String(e)}`, {
      file: where("model.json"),
      hint: "model.json and weights.bin do not belong together or were damaged: build the model again"
    });
  }
  const shape = model.inputs[0]?.shape;
  if (model.inputs.length !== 1 || shape?.length !== 2 || shape[1] !== width) {
    model.dispose();
    throw new ModelBuildError("MODEL_INVALID", `the model takes input of shape ${JSON.stringify(shape ?? null)}, but preprocessor.json makes ${width} inputs`, {
      file: where("model.json"),
      hint: "model.json and preprocessor.json come from different builds: build the model again"
    });
  }
  const { label: label2 } = preprocessor;
  return {
    task: label2.task,
    label: label2.column,
    classes: label2.classes ? [...label2.classes] : null,
    features: preprocessor.steps.map((s) => s.column),
    preprocessor,
    predict(records) {
      if (!Array.isArray(records)) {
        throw new ModelBuildError("USAGE", `predict takes an array of records (objects keyed by column name), not ${records === null ? "null" : typeof records}`, {
          hint: "wrap a single record in an array: predict([record])"
        });
      }
      if (records.length === 0) return [];
      const out = tf.tidy(() => model.predict(tf.tensor2d(transform(preprocessor, records), [records.length, width])).dataSync());
      return decodeOutputs(preprocessor, out, records.length);
    },
    dispose: () => model.dispose()
  };
}
function decodeOutputs(p, out, n) {
  const { label: label2 } = p;
  const result = [];
  for (let i = 0; i < n; i++) {
    if (label2.task === "regression") {
      result.push({ value: out[i] * (label2.scale ?? 1) + (label2.shift ?? 0) });
      continue;
    }
    const classes = label2.classes;
    const probs = label2.task === "binary" ? [1 - out[i], out[i]] : Array.from({ length: classes.length }, (_, c) => out[i * classes.length + c]);
    let best = 0;
    probs.forEach((q, c) => {
      if (q > probs[best]) best = c;
    });
    result.push({ label: classes[best], probabilities: Object.fromEntries(classes.map((c, k) => [c, probs[k]])) });
  }
  return result;
}
var cliPrediction = (p) => "value" in p ? { prediction: p.value } : p;

// src/core/predict/loadModel.ts
var MODEL_FILE_LIMITS = {
  /** preprocessor.json and model.json: vocabularies and topology, megabytes at most. */
  json: 64 * 1024 ** 2,
  /** weights.bin: the zip reader's per-entry limit. */
  weights: 1024 ** 3
};
async function loadModel(dir, options = {}) {
  const modelDir = existsSync12(path20.join(dir, "model", "model.json")) ? path20.join(dir, "model") : dir;
  const where = (name) => path20.join(name === "preprocessor.json" ? dir : modelDir, name);
  return loadModelFrom(
    (name) => {
      const file = where(name);
      regularFile(file, {
        what: name,
        maxBytes: name === WEIGHTS_FILE ? MODEL_FILE_LIMITS.weights : MODEL_FILE_LIMITS.json,
        code: "MODEL_INVALID",
        limitHint: "model-build never writes a file this large: point --model at a directory written by `model-build build`",
        missingHint: "point --model at a directory written by `model-build build`"
      });
      try {
        return readFileSync9(file);
      } catch (e) {
        throw new ModelBuildError("FILE_UNREADABLE", `cannot read ${name}: ${e.code ?? e.message}`, {
          file,
          hint: "point --model at a directory written by `model-build build`"
        });
      }
    },
    options,
    where
  );
}
async function loadModelFrom(read, options = {}, where = (name) => name) {
  const json2 = (name) => {
    const bytes = read(name);
    try {
      return JSON.parse(bytes.toString("utf8"));
    } catch {
      throw new ModelBuildError("MODEL_INVALID", `${name} is not valid JSON`, { file: where(name), hint: "the model was damaged after it was built: build it again" });
    }
  };
  const preprocessor = checkPreprocessor(json2("preprocessor.json"), where("preprocessor.json"));
  const modelJson = json2("model.json");
  const weights = read(WEIGHTS_FILE);
  const runtime = options.runtime ?? await loadRuntime({ backend: options.backend });
  const predictor = await openPredictor(runtime.tf, { preprocessor, modelJson, weights }, where);
  return {
    preprocessor: predictor.preprocessor,
    runtime: runtime.info,
    predict: (records) => predictor.predict(records).map(cliPrediction),
    dispose: () => predictor.dispose()
  };
}

// src/core/package/readPackage.ts
var PACKAGE_JSON_LIMITS = {
  // The resolved config, digests and metrics: kilobytes in practice.
  "metadata.json": 16 * 1024 ** 2,
  // Sketches per column (up to ~30 KiB each) for up to 10 000 columns.
  "profile.json": 256 * 1024 ** 2
};
var PACKAGE_JSON_DEFAULT_LIMIT = 64 * 1024 ** 2;
var sha2563 = (b) => createHash7("sha256").update(b).digest("hex");
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
  const listed2 = /* @__PURE__ */ new Map();
  manifestBytes.toString("utf8").split("\n").filter((l) => l !== "").forEach((line, i) => {
    const m = /^([0-9a-f]{64}) {2}(.+)$/.exec(line);
    if (!m) throw invalid(archive, `MANIFEST.sha256 line ${i + 1} is not "<sha256>  <path>"`);
    listed2.set(m[2], m[1]);
  });
  for (const [name, data] of entries) {
    if (name === "MANIFEST.sha256") continue;
    const expected = listed2.get(name);
    if (!expected) throw invalid(archive, `${name} is in the archive but not in MANIFEST.sha256: the package was altered`);
    if (sha2563(data) !== expected) throw invalid(archive, `${name} does not match its digest in MANIFEST.sha256: the package was tampered with or damaged`);
  }
  for (const name of listed2.keys()) {
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
  const hash = createHash7("sha256");
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

// src/core/verify/verifyBuild.ts
import { mkdtempSync, rmSync as rmSync4 } from "node:fs";
import { tmpdir } from "node:os";
import path21 from "node:path";

// src/core/verify/jsonDiff.ts
var JSON_DIFF_LIMITS = { MAX_FIELDS: 12, MAX_VALUE_CHARS: 48, MAX_DEPTH: 64 };
var ABSENT = /* @__PURE__ */ Symbol("absent");
function diffJson(a, b) {
  const out = { fields: [], more: 0 };
  const add = (path31, x, y) => {
    if (out.fields.length < JSON_DIFF_LIMITS.MAX_FIELDS) out.fields.push({ path: path31 || "/", expected: shorten(x), actual: shorten(y) });
    else out.more++;
  };
  const walk = (path31, x, y, depth) => {
    if (x === y) return;
    const bothArrays = Array.isArray(x) && Array.isArray(y);
    const bothObjects = isObject2(x) && isObject2(y);
    if (depth >= JSON_DIFF_LIMITS.MAX_DEPTH || !(bothArrays || bothObjects)) {
      if (!sameLeaf(x, y)) add(path31, x, y);
      return;
    }
    if (bothArrays) {
      const xs = x;
      const ys = y;
      for (let i = 0; i < Math.max(xs.length, ys.length); i++) {
        walk(`${path31}/${i}`, i < xs.length ? xs[i] : ABSENT, i < ys.length ? ys[i] : ABSENT, depth + 1);
      }
      return;
    }
    const xo = x;
    const yo = y;
    const keys = [...Object.keys(xo), ...Object.keys(yo).filter((k) => !Object.hasOwn(xo, k))];
    for (const k of keys) {
      walk(`${path31}/${escape2(k)}`, Object.hasOwn(xo, k) ? xo[k] : ABSENT, Object.hasOwn(yo, k) ? yo[k] : ABSENT, depth + 1);
    }
  };
  walk("", a, b, 0);
  return out;
}
var isObject2 = (v) => typeof v === "object" && v !== null && !Array.isArray(v);
var escape2 = (key) => key.replace(/~/g, "~0").replace(/\//g, "~1");
function sameLeaf(x, y) {
  const stack = [[x, y]];
  while (stack.length > 0) {
    const [a, b] = stack.pop();
    if (a === b) continue;
    if (Array.isArray(a) && Array.isArray(b)) {
      if (a.length !== b.length) return false;
      for (let i = 0; i < a.length; i++) stack.push([a[i], b[i]]);
    } else if (isObject2(a) && isObject2(b)) {
      const ka = Object.keys(a);
      if (ka.length !== Object.keys(b).length) return false;
      for (const k of ka) {
        if (!Object.hasOwn(b, k)) return false;
        stack.push([a[k], b[k]]);
      }
    } else {
      return false;
    }
  }
  return true;
}
function shorten(v) {
  if (v === ABSENT) return "(absent)";
  let text;
  try {
    text = JSON.stringify(v) ?? String(v);
  } catch {
    text = Array.isArray(v) ? "[\u2026]" : "{\u2026}";
  }
  const max = JSON_DIFF_LIMITS.MAX_VALUE_CHARS;
  return text.length <= max ? text : `${text.slice(0, max - 1)}\u2026`;
}

// src/core/verify/compare.ts
function comparePackages(reference, rebuild) {
  const ref = new Map(reference.files.map((f) => [f.name, f.sha256]));
  const now = new Map(rebuild.files.map((f) => [f.name, f.sha256]));
  const files = [];
  for (const name of [.../* @__PURE__ */ new Set([...ref.keys(), ...now.keys()])].sort(compareBytes)) {
    if (ref.get(name) === now.get(name)) continue;
    const diff = { file: name, expected: ref.get(name) ?? null, actual: now.get(name) ?? null };
    const [x, y] = [reference.entries.get(name), rebuild.entries.get(name)];
    const fields = name.endsWith(".json") ? jsonFields(x, y) : /\.(md|mjs)$/.test(name) ? firstLine(x, y) : null;
    if (fields) Object.assign(diff, { fields: fields.fields }, fields.more > 0 ? { moreFields: fields.more } : {});
    files.push(diff);
  }
  const weightsDiffer = files.some((f) => f.file === "model/weights.bin");
  const tensors = weightsDiffer ? tensorDifferences(reference.entries, rebuild.entries) : [];
  const metrics = [];
  for (const [metric, expected] of Object.entries(reference.metadata.metrics)) {
    const actual = rebuild.metadata.metrics[metric];
    if (typeof expected === "number" && typeof actual === "number" && expected !== actual) {
      metrics.push({ metric, expected, actual, delta: actual - expected });
    }
  }
  return {
    identical: reference.digest === rebuild.digest,
    sameContents: reference.contentDigest === rebuild.contentDigest,
    files,
    tensors,
    metrics,
    causes: likelyCauses(reference, rebuild, files)
  };
}
function jsonFields(a, b) {
  if (!a || !b) return null;
  try {
    return diffJson(JSON.parse(a.toString("utf8")), JSON.parse(b.toString("utf8")));
  } catch {
    return null;
  }
}
function firstLine(a, b) {
  if (!a || !b) return null;
  const la = a.toString("utf8").split("\n");
  const lb = b.toString("utf8").split("\n");
  const i = la.findIndex((l, n) => l !== lb[n]);
  const at = i === -1 ? la.length : i;
  const [x, y] = [la[at], lb[at]];
  let col = 0;
  while (x !== void 0 && y !== void 0 && col < x.length && x[col] === y[col]) col++;
  const from = Math.max(0, col - 16);
  const cut = (l) => l === void 0 ? "(absent)" : shorten(`${from > 0 ? "\u2026" : ""}${l.slice(from)}`);
  return { fields: [{ path: `line ${at + 1}`, expected: cut(x), actual: cut(y) }], more: 0 };
}
function whereFilesDiffer(files) {
  const consequence = (f, path31) => f.file === "metadata.json" && path31.startsWith("/files/");
  return files.filter((f) => f.file !== "MANIFEST.sha256" && !(f.fields?.length && !f.moreFields && f.fields.every((x) => consequence(f, x.path)))).map((f) => {
    const own = (f.fields ?? []).filter((x) => !consequence(f, x.path));
    return own.length ? `${f.file} ${own.map((x) => x.path).join(", ")}${f.moreFields ? ` (+${f.moreFields} more)` : ""}` : f.file;
  }).join("; ");
}
function likelyCauses(a, b, files) {
  if (a.digest === b.digest) return [];
  const ma = a.metadata;
  const mb = b.metadata;
  const causes = [];
  if (ma.code.tree !== mb.code.tree) causes.push(`different code: tree ${ma.code.tree.slice(0, 12)} vs ${mb.code.tree.slice(0, 12)}`);
  else if (ma.code.commit !== mb.code.commit) causes.push(`different commit with the same code: ${ma.code.commit.slice(0, 12)} vs ${mb.code.commit.slice(0, 12)}`);
  if (ma.config.digest !== mb.config.digest) causes.push("different config file");
  const dataA = JSON.stringify(ma.data.map((d) => [d.path, d.hash]));
  const dataB = JSON.stringify(mb.data.map((d) => [d.path, d.hash]));
  if (dataA !== dataB) causes.push("different data: the data hashes differ");
  if (ma.training.backend !== mb.training.backend) causes.push(`different backend: ${ma.training.backend} vs ${mb.training.backend} (numbers differ by backend)`);
  else if (ma.training.backendVersion !== mb.training.backendVersion) causes.push(`different backend version: ${ma.training.backendVersion} vs ${mb.training.backendVersion}`);
  else if (ma.training.simd !== mb.training.simd) causes.push(`different WebAssembly SIMD: ${ma.training.simd ? "on" : "off"} vs ${mb.training.simd ? "on" : "off"} (numbers may differ)`);
  if (ma.training.tfjsVersion !== mb.training.tfjsVersion) causes.push(`different TensorFlow.js: ${ma.training.tfjsVersion} vs ${mb.training.tfjsVersion}`);
  if (ma.training.seed !== mb.training.seed) causes.push(`different seed: ${ma.training.seed} vs ${mb.training.seed}`);
  if (ma.environment.lockfileDigest !== mb.environment.lockfileDigest) {
    const deps = Object.keys({ ...ma.environment.dependencies, ...mb.environment.dependencies }).filter((k) => ma.environment.dependencies[k] !== mb.environment.dependencies[k]).map((k) => `${k} ${ma.environment.dependencies[k] ?? "absent"} vs ${mb.environment.dependencies[k] ?? "absent"}`);
    causes.push(`different dependency versions${deps.length ? `: ${deps.join(", ")}` : " (lockfile)"}`);
  }
  if (ma.createdBy.version !== mb.createdBy.version) causes.push(`different model-build version: ${ma.createdBy.version} vs ${mb.createdBy.version}`);
  if (ma.environment.node !== mb.environment.node) causes.push(`different Node.js: ${ma.environment.node} vs ${mb.environment.node}`);
  if (ma.timestamp !== mb.timestamp) causes.push(`different timestamp: ${ma.timestamp} vs ${mb.timestamp} (set SOURCE_DATE_EPOCH, or build from the same commit)`);
  if (ma.code.ref !== mb.code.ref) causes.push(`different ref recorded: ${ma.code.ref ?? "detached"} vs ${mb.code.ref ?? "detached"}`);
  if (causes.length === 0) {
    if (a.contentDigest === b.contentDigest) causes.push("same contents, different archive bytes: a different zlib (Node.js build) compressed them differently");
    else if (files.some((f) => f.file === "model/weights.bin")) causes.push("the weights differ with identical inputs: training is not deterministic here (a custom model module with unseeded initializers or dropout?)");
    else causes.push(`files differ with identical recorded inputs: ${whereFilesDiffer(files) || files.map((f) => f.file).join(", ")}`);
  }
  return causes;
}
function tensorDifferences(a, b) {
  const tensors = (entries) => {
    const model = JSON.parse(entries.get("model/model.json")?.toString("utf8") ?? "{}");
    const bin = entries.get("model/weights.bin") ?? Buffer.alloc(0);
    const out = /* @__PURE__ */ new Map();
    let offset = 0;
    for (const spec of (model.weightsManifest ?? []).flatMap((m) => m.weights)) {
      const count3 = spec.shape.reduce((x, y) => x * y, 1);
      const bytes = count3 * 4;
      const slice = bin.subarray(offset, offset + bytes);
      offset += bytes;
      const values = spec.dtype === "float32" && slice.length === bytes ? new Float32Array(Uint8Array.from(slice).buffer) : null;
      out.set(spec.name, { shape: spec.shape, values });
    }
    return out;
  };
  const ta = tensors(a);
  const tb = tensors(b);
  const result = [];
  for (const name of [.../* @__PURE__ */ new Set([...ta.keys(), ...tb.keys()])].sort(compareBytes)) {
    const x = ta.get(name);
    const y = tb.get(name);
    if (!x || !y || x.shape.join() !== y.shape.join() || !x.values || !y.values) {
      result.push({ name, maxAbsDiff: Infinity });
      continue;
    }
    let max = 0;
    for (let i = 0; i < x.values.length; i++) max = Math.max(max, Math.abs(x.values[i] - y.values[i]));
    result.push({ name, maxAbsDiff: max });
  }
  return result;
}

// src/core/verify/verifyBuild.ts
async function verifyBuild(options = {}) {
  const cwd = path21.resolve(options.cwd ?? process.cwd());
  const command = options.command ?? [process.execPath, ownFile("dist/cli.js")];
  const config = findConfigFile(options.config, cwd);
  const reference = options.against ? readPackage(path21.resolve(cwd, options.against)) : null;
  const dirty = reference ? dirtyBuild(reference.metadata) : null;
  if (dirty) return failed(reference, [], { reason: "dirty-package", message: `${options.against}: ${dirty}` });
  const runs = Math.max(options.against ? 1 : 2, options.runs ?? (options.against ? 1 : 2));
  const backend = options.backend ?? reference?.metadata.training.backend;
  const variant = options.variant ?? reference?.metadata.variant?.id;
  const epoch = reference ? String(Date.parse(reference.metadata.timestamp) / 1e3) : process.env.SOURCE_DATE_EPOCH;
  const work = mkdtempSync(path21.join(tmpdir(), "model-build-verify-"));
  try {
    const built = [];
    for (let i = 0; i < runs; i++) {
      const out = path21.join(work, `run-${i + 1}`);
      const args = ["build", "--config", config, "--out", out, "--json", "--no-cache", ...backend ? ["--backend", backend] : [], ...variant ? ["--variant", variant] : []];
      const result = await runBuild(command, args, cwd, epoch).catch((e) => {
        throw reference && !options.backend ? backendOfPackage(e, options.against, backend) : e;
      });
      if (result.status === "refused") {
        return failed(reference, built, { reason: "refused", check: result.check, message: refusal(result.check) });
      }
      if (!result.package) {
        return failed(reference, built, { reason: "gates", message: "the rebuild missed a gate, so it was not packaged" });
      }
      built.push(readPackage(result.package.archive));
    }
    const ref = reference ?? built[0];
    const rebuilds = reference ? built : built.slice(1);
    const comparisons = rebuilds.map((b) => comparePackages(ref, b));
    return {
      format: 1,
      reproducible: comparisons.every((c) => c.identical),
      metrics: ref.metadata.metrics,
      gates: ref.metadata.gates,
      reference: { ...summary(ref), source: reference ? "package" : "rebuild" },
      rebuilds: built.map(summary),
      comparisons
    };
  } finally {
    rmSync4(work, { recursive: true, force: true });
  }
}
function backendOfPackage(e, against, backend) {
  if (!ModelBuildError.is(e) || e.code !== "BACKEND_UNAVAILABLE") return e;
  return new ModelBuildError("BACKEND_UNAVAILABLE", `the package was built on the "${backend}" backend, which does not load here: ${e.message}`, {
    file: against,
    hint: `verify on a host where "${backend}" loads (numbers differ by backend), or pass --backend to rebuild on another one and see how far it moves`
  });
}
function dirtyBuild(m) {
  const unmatched = m.data.filter((d) => d.status !== void 0 && d.status !== "ok" || d.hash && d.actual && d.actual !== d.hash);
  const why = [];
  if (m.code.dirty) why.push(`uncommitted changes${m.code.dirtyPaths.length ? ` (${listed(m.code.dirtyPaths)})` : ""}`);
  if (unmatched.length) why.push(`data that did not match its pointer (${listed(unmatched.map((d) => d.path))})`);
  if (m.dirty && why.length === 0) why.push(m.problems?.length ? listed(m.problems) : "a dirty build");
  return why.length ? `built from a dirty tree: not a reproducible build (the package records ${why.join(" and ")})` : null;
}
var listed = (paths) => paths.length <= 3 ? paths.join(", ") : `${paths.slice(0, 3).join(", ")} and ${paths.length - 3} more`;
function refusal(check) {
  const parts = [];
  if (check.git?.dirty) parts.push("the working tree has uncommitted changes (commit or stash them)");
  if (check.data.some((d) => d.status !== "ok")) parts.push("data is not versioned or does not match its committed pointer");
  if (!parts.length) parts.push("the provenance check failed");
  return `the rebuild was refused before training: ${parts.join("; ")}. verify rebuilds only from a clean, versioned checkout`;
}
var summary = (p) => ({ archive: p.archive, digest: p.digest, contentDigest: p.contentDigest });
function failed(reference, built, failure) {
  const ref = reference ?? built[0];
  return {
    format: 1,
    reproducible: false,
    metrics: ref?.metadata.metrics ?? {},
    gates: ref?.metadata.gates ?? [],
    reference: ref ? { ...summary(ref), source: reference ? "package" : "rebuild" } : { archive: "", digest: "", contentDigest: "", source: "rebuild" },
    rebuilds: built.map(summary),
    comparisons: [],
    failure
  };
}
async function runBuild(command, args, cwd, epoch) {
  const env = { ...process.env, ...epoch !== void 0 ? { SOURCE_DATE_EPOCH: epoch } : {} };
  let r;
  try {
    r = await execFile(command[0], [...command.slice(1), ...args], { cwd, env });
  } catch (e) {
    throw new ModelBuildError("INTERNAL", `cannot start a rebuild: ${e.message}`);
  }
  let parsed;
  try {
    parsed = JSON.parse(r.stdout.toString("utf8"));
  } catch {
    throw new ModelBuildError("INTERNAL", `a rebuild printed no result: ${r.stderr.trim().split("\n")[0] ?? ""}`);
  }
  if ("error" in parsed) {
    const { code, message, file, line, column: column2, pointer: pointer2, hint, details } = parsed.error;
    throw new ModelBuildError(code, message, { file, line, column: column2, pointer: pointer2, hint, details: Array.isArray(details) ? details : void 0 });
  }
  return parsed;
}

// src/core/data/records.ts
import path22 from "node:path";
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
  const delimiter = options.delimiter ?? (path22.extname(file).toLowerCase() === ".tsv" ? "	" : ",");
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

// src/core/profile/profileFile.ts
import { stat } from "node:fs/promises";
import { availableParallelism as availableParallelism2 } from "node:os";
import path23 from "node:path";
var PROFILE_RANGE_BYTES = 4 << 20;
var MAX_DEFAULT_WORKERS = 8;
var MAX_WORKERS = 64;
var WORKERS_ENV = "MODEL_BUILD_PROFILE_WORKERS";
var WHAT2 = "the file";
async function profileFile(file, options = {}) {
  const display = options.display ?? file;
  const info = await stat(file).catch(() => void 0);
  if (!info?.isDirectory()) return profileFiles([file], { ...options, displays: [display], display });
  const rels = await listDataFiles(file, options.format);
  if (rels.length === 0) {
    throw new ModelBuildError("DATA_INVALID", "the folder holds no data files", {
      file: display,
      hint: "put .csv, .tsv, .txt, .jsonl, .ndjson or .json files in it (hidden files are skipped)"
    });
  }
  const base = display.replace(/[\\/]+$/, "");
  return profileFiles(
    rels.map((rel) => path23.join(file, rel)),
    { ...options, display, displays: rels.map((rel) => `${base}/${rel}`) }
  );
}
async function profileFiles(files, options = {}) {
  const limits = dataLimits(options.limits);
  const rangeBytes = checkRangeBytes(options.rangeBytes);
  const sources = [];
  for (const [i, abs] of files.entries()) sources.push(await prepare(abs, options.displays?.[i] ?? abs, options, limits));
  checkSameColumns(sources);
  const plan = [];
  let index = 0;
  for (const source of sources) {
    if (source.format === "json") {
      plan.push({ source, whole: true, index: index++ });
      continue;
    }
    if (source.size === 0 || source.format === "csv" && !source.header) continue;
    const count3 = Math.max(1, Math.ceil(source.size / rangeBytes));
    const jobs = [];
    for (let k = 0; k < count3; k++) {
      jobs.push({
        file: source.abs,
        display: source.display,
        format: source.format,
        delimiter: source.delimiter,
        limits,
        index: index++,
        ...k === 0 ? { start: 0 } : {},
        from: k * rangeBytes,
        cut: k + 1 < count3 ? (k + 1) * rangeBytes : source.size,
        size: source.size,
        ...source.header ? { header: source.header } : {}
      });
    }
    plan.push({ source, jobs });
  }
  const ranges = plan.reduce((n, p) => n + ("jobs" in p ? p.jobs.length : 0), 0);
  const workers = Math.min(workerCount(options.workers), Math.ceil(ranges / 2));
  const { profileRange, errorFrom, RANGE_MODULE_URL } = await import("./chunk-CW74KE2Q.js");
  const { RangePool } = await import("./chunk-34MMF7LO.js");
  const pool = workers > 1 ? new RangePool(workers, RANGE_MODULE_URL) : void 0;
  try {
    const started = /* @__PURE__ */ new Map();
    if (pool) {
      for (const p of plan) {
        if (!("jobs" in p)) continue;
        for (const job of p.jobs) {
          const r = pool.run(job);
          r.catch(() => {
          });
          started.set(job, r);
        }
      }
    }
    const run = (job) => pool ? pool.run(job, true) : Promise.resolve(profileRange(job));
    let total;
    const add = (shard) => {
      const p = Profiler.fromShard(shard);
      total = total ? total.merge(p) : p;
    };
    for (const p of plan) {
      if (!("jobs" in p)) {
        add(await profileWhole(p.source, p.index, limits));
        continue;
      }
      const { display } = p.source;
      let expected = 0;
      let lines = 0;
      const keys = /* @__PURE__ */ new Set();
      for (const job of p.jobs) {
        let r = pool ? await started.get(job) : void 0;
        started.delete(job);
        if (!r || r.start !== expected || "gaveUp" in r) r = await run({ ...job, start: expected });
        if ("gaveUp" in r) throw new Error("a range with a known start gave up");
        const errorLine = r.ok ? Infinity : r.error.line ?? Infinity;
        for (const [key, line] of r.keys ?? []) {
          if (keys.has(key)) continue;
          keys.add(key);
          if (keys.size > limits.maxColumns && (line < errorLine || !r.ok && /distinct keys/.test(r.error.message))) {
            throw tooManyKeys(display, line + lines, limits);
          }
        }
        if (!r.ok) throw errorFrom(r.error, lines);
        add(r.shard);
        expected = r.end;
        lines += r.lineBreaks;
      }
    }
    const profile = total?.toJSON();
    if (!profile || profile.rows === 0) {
      throw new ModelBuildError("DATA_INVALID", "no data rows to profile", {
        file: options.display ?? sources[0]?.display,
        hint: sources.length > 1 ? `none of the ${sources.length} data files holds a row` : "check that the file has a header and at least one row"
      });
    }
    return profile;
  } finally {
    await pool?.close();
  }
}
async function prepare(abs, display, options, limits) {
  const format = formatOf(abs, display, options.format);
  await checkDataFile(abs, display, format, limits, WHAT2);
  const { size } = await stat(abs);
  const delimiter = options.delimiter ?? (path23.extname(abs).toLowerCase() === ".tsv" ? "	" : ",");
  const source = { abs, display, format, delimiter, size };
  if (format !== "csv") return source;
  const parser = new CsvParser({ delimiter, display, limits });
  for await (const chunk of chunks(abs, display, WHAT2)) {
    const [first2] = parser.push(chunk);
    if (first2) return { ...source, header: csvHeader(first2, display, limits, false) };
  }
  const [first] = parser.end();
  return first ? { ...source, header: csvHeader(first, display, limits, false) } : source;
}
async function profileWhole(source, index, limits) {
  const profiler = new Profiler(shardSeed(index));
  for await (const { record } of readRecords(source.abs, { format: "json", display: source.display, limits })) profiler.update(record);
  return profiler.shard();
}
function checkSameColumns(sources) {
  const first = sources.find((s) => s.header);
  if (!first) return;
  for (const s of sources) {
    if (!s.header || s === first) continue;
    const missing = first.header.filter((c) => !s.header.includes(c));
    const extra = s.header.filter((c) => !first.header.includes(c));
    if (missing.length === 0 && extra.length === 0) continue;
    const list = (names) => names.map((c) => `"${c}"`).join(", ");
    const diff = [missing.length > 0 ? `lacks ${list(missing)}` : "", extra.length > 0 ? `has ${list(extra)} in addition` : ""].filter(Boolean).join(" and ");
    throw new ModelBuildError("DATA_INVALID", `columns differ from ${first.display}: this file ${diff}`, {
      file: s.display,
      hint: "every file in a data folder must have the same columns"
    });
  }
}
function checkRangeBytes(given2) {
  if (given2 === void 0) return PROFILE_RANGE_BYTES;
  if (!Number.isInteger(given2) || given2 < 1024) {
    throw new ModelBuildError("USAGE", `rangeBytes must be an integer of at least 1024, got ${given2}`, { hint: "leave rangeBytes out to use the default (4 MiB)" });
  }
  return given2;
}
function workerCount(given2) {
  const env = process.env[WORKERS_ENV];
  const from = given2 !== void 0 ? "the workers option" : env !== void 0 && env !== "" ? WORKERS_ENV : void 0;
  const n = given2 ?? (from ? Number(env) : Math.min(availableParallelism2(), MAX_DEFAULT_WORKERS));
  if (!Number.isInteger(n) || n < 1 || n > MAX_WORKERS) {
    throw new ModelBuildError("USAGE", `${from} must be a whole number from 1 to ${MAX_WORKERS}, got ${JSON.stringify(given2 ?? env)}`, {
      hint: `unset ${WORKERS_ENV} to use one thread per core; the profile is the same for any number`
    });
  }
  return n;
}

// src/core/profile/readProfile.ts
import { readFileSync as readFileSync10 } from "node:fs";
var PROFILE_FORMAT = 2;
var PROFILE_MAX_BYTES = 256 * 1024 ** 2;
var TYPES = ["number", "boolean", "string", "empty"];
var pointer = (parts) => parts.map((p) => `/${p.replace(/~/g, "~0").replace(/\//g, "~1")}`).join("") || "/";
var shown = (v) => {
  if (v === void 0) return "nothing";
  const s = typeof v === "object" && v !== null ? Array.isArray(v) ? "an array" : "an object" : JSON.stringify(v);
  return s.length > 40 ? `${s.slice(0, 40)}\u2026` : s;
};
var isObject3 = (v) => typeof v === "object" && v !== null && !Array.isArray(v);
function readProfileFile(abs, display = abs) {
  regularFile(abs, {
    display,
    what: "the profile",
    maxBytes: PROFILE_MAX_BYTES,
    limitHint: "a profile is at most a few hundred MiB even for 10 000 columns: this is not one written by `model-build profile --out`",
    missingHint: "create one with `model-build profile DATA --out FILE`"
  });
  let bytes;
  try {
    bytes = readFileSync10(abs);
  } catch (e) {
    throw new ModelBuildError("FILE_UNREADABLE", `cannot read the profile (${e.code ?? String(e)})`, { file: display, hint: "check the path and its permissions" });
  }
  let text;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    throw new ModelBuildError("DATA_INVALID", "the profile is not UTF-8 text", { file: display, hint: "create one with `model-build profile DATA --out FILE`" });
  }
  return parseProfile(text, display);
}
function parseProfile(text, file) {
  let value;
  try {
    value = JSON.parse(text);
  } catch (e) {
    const m = /at position (\d+)/.exec(e.message);
    let line;
    let column2;
    if (m) {
      const pos = Number(m[1]);
      const before = text.slice(0, pos);
      line = before.split("\n").length;
      column2 = pos - before.lastIndexOf("\n");
    }
    throw new ModelBuildError("DATA_INVALID", `the profile is not valid JSON: ${e.message.replace(/( in JSON)? at position \d+.*$/s, "")}`, {
      file,
      line,
      column: column2,
      hint: "create one with `model-build profile DATA --out FILE`"
    });
  }
  return validateProfile(value, file);
}
function validateProfile(value, file, at = []) {
  const fail2 = (path31, message, hint = "the profile was damaged or edited; create it again with `model-build profile DATA --out FILE`") => {
    throw new ModelBuildError("DATA_INVALID", `profile field ${pointer(path31)} ${message}`, { file, pointer: pointer(path31), hint });
  };
  if (!isObject3(value)) {
    throw new ModelBuildError("DATA_INVALID", `not a model-build profile: expected a JSON object${at.length ? ` at ${pointer(at)}` : ""}, found ${shown(value)}`, {
      file,
      hint: "create one with `model-build profile DATA --out FILE`"
    });
  }
  const format = value.format;
  if (typeof format === "number" && Number.isInteger(format) && format > PROFILE_FORMAT) {
    throw new ModelBuildError("DATA_INVALID", `the profile has format ${format}, written by a newer model-build; this one reads format ${PROFILE_FORMAT}`, {
      file,
      pointer: pointer([...at, "format"]),
      hint: "upgrade model-build, or profile the data again with this version"
    });
  }
  if (format !== PROFILE_FORMAT) {
    throw new ModelBuildError("DATA_INVALID", `not a model-build profile (format ${PROFILE_FORMAT}): ${pointer([...at, "format"])} is ${shown(format)}`, {
      file,
      pointer: pointer([...at, "format"]),
      hint: "create one with `model-build profile DATA --out FILE`"
    });
  }
  const rows = count2(value.rows, [...at, "rows"], fail2);
  const columnsIn = value.columns;
  if (!isObject3(columnsIn)) fail2([...at, "columns"], `must be an object of columns, found ${shown(columnsIn)}`);
  const names = Object.keys(columnsIn);
  if (names.length > DATA_LIMITS.maxColumns) {
    fail2([...at, "columns"], `has ${names.length} columns, more than the limit of ${DATA_LIMITS.maxColumns}`);
  }
  const columns = /* @__PURE__ */ Object.create(null);
  for (const name of names) {
    const where = [...at, "columns", name];
    if (name.length > DATA_LIMITS.maxColumnNameChars) fail2(where, `names a column longer than ${DATA_LIMITS.maxColumnNameChars} characters`);
    columns[name] = column(columnsIn[name], rows, where, fail2);
  }
  const profile = { format: PROFILE_FORMAT, rows, columns, schema: /* @__PURE__ */ Object.create(null) };
  if (value.schema !== void 0 && !isObject3(value.schema)) fail2([...at, "schema"], `must be an object, found ${shown(value.schema)}`);
  if (isObject3(value.schema)) Object.assign(profile.schema, value.schema);
  if (value.predictions !== void 0) profile.predictions = validateProfile(value.predictions, file, [...at, "predictions"]);
  return profile;
}
function count2(v, path31, fail2, max = Number.MAX_SAFE_INTEGER) {
  if (typeof v !== "number" || !Number.isInteger(v) || v < 0 || v > max) {
    fail2(path31, `must be a whole number from 0 to ${max === Number.MAX_SAFE_INTEGER ? "2^53" : max}, found ${shown(v)}`);
  }
  return v;
}
function column(v, rows, at, fail2) {
  if (!isObject3(v)) return fail2(at, `must be an object (type, summary, state), found ${shown(v)}`);
  const type = v.type;
  if (typeof type !== "string" || !TYPES.includes(type)) {
    fail2([...at, "type"], `must be one of ${TYPES.join(", ")}, found ${shown(type)}`);
  }
  const s = v.summary;
  if (!isObject3(s)) return fail2([...at, "summary"], `must be an object, found ${shown(s)}`);
  const total = count2(s.count, [...at, "summary", "count"], fail2, rows);
  count2(s.missing, [...at, "summary", "missing"], fail2, total);
  const rate = s.missingRate;
  if (typeof rate !== "number" || !Number.isFinite(rate) || rate < 0 || rate > 1) {
    fail2([...at, "summary", "missingRate"], `must be a number from 0 to 1, found ${shown(rate)}`);
  }
  const st = v.state;
  if (!isObject3(st)) return fail2([...at, "state"], `must be an object of sketches, found ${shown(st)}`);
  const stateTotal = count2(st.count, [...at, "state", "count"], fail2, rows);
  for (const key of ["missing", "numbers", "booleans", "texts"]) count2(st[key], [...at, "state", key], fail2, stateTotal);
  const sketches = [
    ["distinct", (j) => HyperLogLog.fromJSON(j)],
    ["moments", (j) => Moments.fromJSON(j)],
    ["quantiles", (j) => KllSketch.fromJSON(j)],
    ["frequent", (j) => FrequentItemsSketch.fromJSON(j)],
    ["length", (j) => Moments.fromJSON(j)]
  ];
  for (const [key, decode] of sketches) {
    try {
      decode(st[key]);
    } catch (e) {
      if (!ModelBuildError.is(e)) throw e;
      fail2([...at, "state", key], `is not a valid sketch: ${e.message.replace(/^invalid sketch: /, "")}`);
    }
  }
  return { type, summary: s, state: st };
}

// src/core/profile/drift.ts
var DRIFT_DEFAULTS = {
  /** Drift when PSI ≥ this. */
  psiThreshold: 0.1,
  /** Drift when the Jensen–Shannon distance ≥ this. */
  jensenShannonThreshold: 0.1,
  /** Drift when the KS p-value < this. */
  ksAlpha: 0.05,
  psiEpsilon: 1e-4,
  bins: 10,
  maxCategories: 20
};
function psi(expected, actual, options = {}) {
  const epsilon = options.epsilon ?? DRIFT_DEFAULTS.psiEpsilon;
  if (!(epsilon > 0 && epsilon < 1)) throw usage(`PSI epsilon must be in (0, 1), got ${epsilon}`);
  sameLength(expected, actual, "PSI");
  const e = proportions(expected, "expected");
  const a = proportions(actual, "actual");
  let sum = 0;
  for (let i = 0; i < e.length; i++) {
    const pe = e[i] === 0 ? epsilon : e[i];
    const pa = a[i] === 0 ? epsilon : a[i];
    sum += (pa - pe) * Math.log(pa / pe);
  }
  return sum;
}
function jensenShannonDivergence(p, q, options = {}) {
  const base = options.base ?? 2;
  if (!(base > 1)) throw usage(`Jensen\u2013Shannon log base must be > 1, got ${base}`);
  sameLength(p, q, "Jensen\u2013Shannon");
  const a = proportions(p, "p");
  const b = proportions(q, "q");
  let sum = 0;
  for (let i = 0; i < a.length; i++) {
    const m = 0.5 * (a[i] + b[i]);
    if (a[i] > 0) sum += a[i] * Math.log(a[i] / m);
    if (b[i] > 0) sum += b[i] * Math.log(b[i] / m);
  }
  return Math.max(0, 0.5 * sum / Math.log(base));
}
function jensenShannonDistance(p, q, options = {}) {
  return Math.sqrt(jensenShannonDivergence(p, q, options));
}
function binEdgesFromQuantiles(sketch, bins = DRIFT_DEFAULTS.bins) {
  if (!Number.isInteger(bins) || bins < 1) throw usage(`bin count must be a positive integer, got ${bins}`);
  if (sketch.isEmpty) return [];
  const edges = [];
  for (let i = 1; i < bins; i++) {
    const edge = sketch.quantile(i / bins);
    if (edges.length === 0 || edge > edges[edges.length - 1]) edges.push(edge);
  }
  return edges;
}
function histogram(source, edges) {
  for (let i = 0; i < edges.length; i++) {
    if (Number.isNaN(edges[i]) || i > 0 && !(edges[i] > edges[i - 1])) throw usage("histogram edges must be strictly ascending numbers");
  }
  const counts = new Array(edges.length + 1).fill(0);
  if (source instanceof KllSketch) {
    const { values, cumulative, n } = source.sortedView();
    let previous = 0;
    for (let i = 0; i < edges.length; i++) {
      const at = upperBound(values, edges[i]);
      const weight = at === 0 ? 0 : cumulative[at - 1];
      counts[i] = weight - previous;
      previous = weight;
    }
    counts[edges.length] = n - previous;
    return counts;
  }
  for (let i = 0; i < source.length; i++) {
    const x = source[i];
    if (Number.isNaN(x)) continue;
    let lo = 0;
    let hi = edges.length;
    while (lo < hi) {
      const mid = lo + hi >>> 1;
      if (edges[mid] < x) lo = mid + 1;
      else hi = mid;
    }
    counts[lo]++;
  }
  return counts;
}
function upperBound(values, x) {
  let lo = 0;
  let hi = values.length;
  while (lo < hi) {
    const mid = lo + hi >>> 1;
    if (values[mid] <= x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
function kolmogorovQ(lambda) {
  if (Number.isNaN(lambda)) return NaN;
  if (lambda <= 0) return 1;
  if (lambda < 1.18) {
    const y = Math.PI * Math.PI / (8 * lambda * lambda);
    let sum2 = 0;
    for (let j = 1; j < 100; j++) {
      const term = Math.exp(-(2 * j - 1) * (2 * j - 1) * y);
      sum2 += term;
      if (term <= 1e-17 * sum2) break;
    }
    return Math.min(1, Math.max(0, 1 - Math.sqrt(2 * Math.PI) / lambda * sum2));
  }
  const x = Math.exp(-2 * lambda * lambda);
  let sum = 0;
  for (let j = 1; j < 100; j++) {
    const term = Math.pow(x, j * j);
    sum += j % 2 === 1 ? term : -term;
    if (term <= 1e-17 * Math.abs(sum)) break;
  }
  return Math.min(1, Math.max(0, 2 * sum));
}
function ksPValue(d, nA, nB) {
  if (!(nA > 0 && nB > 0)) throw usage(`KS p-value needs two non-empty samples, got ${nA} and ${nB}`);
  const ne = nA * nB / (nA + nB);
  const root = Math.sqrt(ne);
  return kolmogorovQ((root + 0.12 + 0.11 / root) * d);
}
function ksTwoSample(a, b, options = {}) {
  const fa = stepCdf(a);
  const fb = stepCdf(b);
  if (fa.n === 0 || fb.n === 0) throw empty("KS test", fa.n === 0 ? "first" : "second");
  let i = 0;
  let j = 0;
  let d = 0;
  const va = fa.values;
  const vb = fb.values;
  while (i < va.length || j < vb.length) {
    const x = i < va.length && (j >= vb.length || va[i] <= vb[j]) ? va[i] : vb[j];
    while (i < va.length && va[i] <= x) i++;
    while (j < vb.length && vb[j] <= x) j++;
    const pa = i === 0 ? 0 : fa.cumulative[i - 1] / fa.n;
    const pb = j === 0 ? 0 : fb.cumulative[j - 1] / fb.n;
    d = Math.max(d, Math.abs(pa - pb));
  }
  const effectiveN = fa.n * fb.n / (fa.n + fb.n);
  const allowance = options.conservative ? sketchError(a) + sketchError(b) : 0;
  return { statistic: d, pValue: ksPValue(Math.max(0, d - allowance), fa.n, fb.n), effectiveN, rankErrorAllowance: allowance };
}
function sketchError(sample) {
  return sample instanceof KllSketch && sample.isEstimationMode ? sample.rankError : 0;
}
function stepCdf(sample) {
  if (sample instanceof KllSketch) return sample.sortedView();
  const values = Float64Array.from(Array.prototype.filter.call(sample, (x) => !Number.isNaN(x))).sort();
  const cumulative = new Float64Array(values.length);
  for (let i = 0; i < values.length; i++) cumulative[i] = i + 1;
  return { values, cumulative, n: values.length };
}
function numericDrift(reference, current, options = {}) {
  if (reference.isEmpty) throw empty("numeric drift", "reference");
  const edges = binEdgesFromQuantiles(reference, options.bins ?? DRIFT_DEFAULTS.bins);
  const ref = histogram(reference, edges);
  const cur = histogram(current, edges);
  if (cur.every((c) => c === 0)) throw empty("numeric drift", "current");
  return {
    edges,
    reference: ref,
    current: cur,
    psi: psi(ref, cur, options),
    jensenShannon: jensenShannonDistance(ref, cur, options),
    ks: ksTwoSample(reference, current, options)
  };
}
function alignCategories(reference, current, options = {}) {
  const maxCategories = options.maxCategories ?? DRIFT_DEFAULTS.maxCategories;
  if (!Number.isInteger(maxCategories) || maxCategories < 0) throw usage(`maxCategories must be a non-negative integer, got ${maxCategories}`);
  const ref = categoryCounts(reference, "reference");
  const cur = categoryCounts(current, "current");
  const share = (side, c) => (side.counts.get(c) ?? 0) / side.total;
  const union = /* @__PURE__ */ new Set([...ref.counts.keys(), ...cur.counts.keys()]);
  const ranked = [...union].map((c) => ({ c, score: Math.max(share(ref, c), share(cur, c)) })).sort((x, y) => y.score - x.score || compareUtf8(x.c, y.c)).slice(0, maxCategories).map((x) => x.c);
  const vector = (side) => {
    const v = ranked.map((c) => side.counts.get(c) ?? 0);
    const named = v.reduce((s, x) => s + x, 0);
    v.push(Math.max(0, side.total - named));
    return v;
  };
  return { categories: ranked, reference: vector(ref), current: vector(cur) };
}
function categoricalDrift(reference, current, options = {}) {
  const aligned = alignCategories(reference, current, options);
  return {
    ...aligned,
    psi: psi(aligned.reference, aligned.current, options),
    jensenShannon: jensenShannonDistance(aligned.reference, aligned.current, options)
  };
}
function categoryCounts(source, side) {
  const counts = /* @__PURE__ */ new Map();
  let total;
  if (source instanceof FrequentItemsSketch) {
    for (const item of source.items()) counts.set(item.value, item.lowerBound);
    total = source.n;
  } else {
    const entries = source.counts instanceof Map ? [...source.counts] : Object.entries(source.counts);
    let sum = 0;
    for (const [c, v] of entries) {
      if (!(Number.isFinite(v) && v >= 0)) throw usage(`${side} count of ${JSON.stringify(c)} must be a non-negative number`);
      if (v > 0) counts.set(c, v);
      sum += v;
    }
    total = source.total ?? sum;
    if (!(total >= sum)) throw usage(`${side} total ${total} is below the sum of its counts ${sum}`);
  }
  if (!(total > 0)) throw empty("categorical drift", side);
  return { counts, total };
}
function proportions(values, what) {
  let sum = 0;
  for (const v of values) {
    if (!(Number.isFinite(v) && v >= 0)) throw usage(`${what} must hold non-negative finite numbers, found ${v}`);
    sum += v;
  }
  if (sum === 0) throw empty("distribution comparison", what);
  return values.map((v) => v / sum);
}
function sameLength(a, b, what) {
  if (a.length !== b.length || a.length === 0) {
    throw usage(`${what} needs two non-empty vectors of the same length, got ${a.length} and ${b.length}`);
  }
}
function empty(what, side) {
  return new ModelBuildError("DATA_INVALID", `${what}: the ${side} data is empty`, {
    hint: "drift needs at least one non-missing value on each side"
  });
}

// src/core/monitor/nullTests.ts
function logGamma(x) {
  if (x < 0.5) return Math.log(Math.PI / Math.abs(Math.sin(Math.PI * x))) - logGamma(1 - x);
  const c = [0.9999999999998099, 676.5203681218851, -1259.1392167224028, 771.3234287776531, -176.6150291621406, 12.507343278686905, -0.13857109526572012, 9984369578019572e-21, 15056327351493116e-23];
  const z = x - 1;
  let a = c[0];
  const t = z + 7.5;
  for (let i = 1; i < 9; i++) a += c[i] / (z + i);
  return 0.5 * Math.log(2 * Math.PI) + (z + 0.5) * Math.log(t) - t + Math.log(a);
}
var logBeta = (a, b) => logGamma(a) + logGamma(b) - logGamma(a + b);
function betaBinomialSurvival(x, n, a, b) {
  if (!(a > 0 && b > 0) || !(n >= 0)) return NaN;
  if (x <= 0) return 1;
  if (x > n) return 0;
  const logPmf = (k) => logGamma(n + 1) - logGamma(k + 1) - logGamma(n - k + 1) + logBeta(k + a, n - k + b) - logBeta(a, b);
  const ratio = (k) => (n - k) * (k + a) / ((k + 1) * (n - k - 1 + b));
  const mean2 = n * a / (a + b);
  if (x <= mean2) {
    let term2 = Math.exp(logPmf(0));
    let below = 0;
    for (let k = 0; k < x; k++) {
      below += term2;
      term2 *= ratio(k);
    }
    return Math.min(1, Math.max(0, 1 - below));
  }
  let term = Math.exp(logPmf(x));
  let sum = 0;
  for (let k = x; k <= n; k++) {
    sum += term;
    if (term < sum * 1e-15 && ratio(k) < 1) break;
    term *= ratio(k);
  }
  return Math.min(1, sum);
}
function regularizedGammaQ(s, x) {
  if (x <= 0) return 1;
  if (x < s + 1) {
    let term = 1 / s;
    let sum = term;
    for (let i = 1; i < 1e4; i++) {
      term *= x / (s + i);
      sum += term;
      if (term < sum * 1e-16) break;
    }
    return Math.max(0, 1 - sum * Math.exp(-x + s * Math.log(x) - logGamma(s)));
  }
  const tiny = 1e-300;
  let b = x + 1 - s;
  let c = 1 / tiny;
  let d = 1 / b;
  let h = d;
  for (let i = 1; i < 1e4; i++) {
    const an = -i * (i - s);
    b += 2;
    d = an * d + b;
    if (Math.abs(d) < tiny) d = tiny;
    c = b + an / c;
    if (Math.abs(c) < tiny) c = tiny;
    d = 1 / d;
    const delta = d * c;
    h *= delta;
    if (Math.abs(delta - 1) < 1e-16) break;
  }
  return Math.min(1, Math.exp(-x + s * Math.log(x) - logGamma(s)) * h);
}
function regularizedBeta(x, a, b) {
  if (x <= 0) return 0;
  if (x >= 1) return 1;
  const front = Math.exp(logGamma(a + b) - logGamma(a) - logGamma(b) + a * Math.log(x) + b * Math.log(1 - x));
  if (x > (a + 1) / (a + b + 2)) return 1 - front * betaFraction(1 - x, b, a) / b;
  return front * betaFraction(x, a, b) / a;
}
function betaFraction(x, a, b) {
  const tiny = 1e-300;
  let c = 1;
  let d = 1 - (a + b) * x / (a + 1);
  if (Math.abs(d) < tiny) d = tiny;
  d = 1 / d;
  let h = d;
  for (let m = 1; m < 1e4; m++) {
    const m2 = 2 * m;
    for (const aa of [m * (b - m) * x / ((a + m2 - 1) * (a + m2)), -(a + m) * (a + b + m) * x / ((a + m2) * (a + m2 + 1))]) {
      d = 1 + aa * d;
      if (Math.abs(d) < tiny) d = tiny;
      c = 1 + aa / c;
      if (Math.abs(c) < tiny) c = tiny;
      d = 1 / d;
      h *= d * c;
    }
    if (Math.abs(d * c - 1) < 1e-15) break;
  }
  return h;
}
function binomialSurvival(k, n, p) {
  if (k <= 0) return 1;
  if (k > n) return 0;
  return regularizedBeta(p, k, n - k + 1);
}
function chiSquareSurvival(x, df) {
  if (!(df > 0)) return 1;
  return regularizedGammaQ(df / 2, x / 2);
}
var MIN_EXPECTED_COUNT = 5;
function chiSquareHomogeneity(reference, current, sizes) {
  const sum = (v) => v.reduce((s, x) => s + x, 0);
  const nr0 = sum(reference);
  const nc0 = sum(current);
  const none = { share: 0, pValue: 1 };
  if (!(nr0 > 0 && nc0 > 0)) return { statistic: 0, df: 0, pValue: 1, cells: 0, largestChange: none };
  const sr = sizes ? sizes.reference / nr0 : 1;
  const sc = sizes ? sizes.current / nc0 : 1;
  const r = reference.map((x) => x * sr);
  const c = current.map((x) => x * sc);
  const nr = nr0 * sr;
  const nc = nc0 * sc;
  const n = nr + nc;
  const smaller = Math.min(nr, nc);
  const order = r.map((_, i) => i).sort((i, j) => r[j] + c[j] - (r[i] + c[i]) || i - j);
  const cells = [];
  let poolR = 0;
  let poolC = 0;
  for (const i of order) {
    const total = r[i] + c[i];
    if (total === 0) continue;
    if (total * smaller / n >= MIN_EXPECTED_COUNT) cells.push([r[i], c[i]]);
    else {
      poolR += r[i];
      poolC += c[i];
    }
  }
  if (poolR + poolC > 0) {
    if ((poolR + poolC) * smaller / n >= MIN_EXPECTED_COUNT || cells.length === 0) cells.push([poolR, poolC]);
    else {
      const last = cells[cells.length - 1];
      cells[cells.length - 1] = [last[0] + poolR, last[1] + poolC];
    }
  }
  if (cells.length < 2) return { statistic: 0, df: 0, pValue: 1, cells: cells.length, largestChange: none };
  let statistic = 0;
  let largest = { share: 0, pValue: 1 };
  const q = nc / n;
  for (const [a, b] of cells) {
    const share = (a + b) / n;
    const er = share * nr;
    const ec = share * nc;
    statistic += (a - er) * (a - er) / er + (b - ec) * (b - ec) / ec;
    const total = a + b;
    const upper = binomialSurvival(b, total, q);
    const lower = 1 - binomialSurvival(b + 1, total, q);
    const p = Math.min(1, 2 * Math.min(upper, lower));
    if (p < largest.pValue) largest = { share: b / nc - a / nr, pValue: p };
  }
  const df = cells.length - 1;
  const largestChange = { share: largest.share, pValue: Math.min(1, cells.length * largest.pValue) };
  return { statistic, df, pValue: chiSquareSurvival(statistic, df), cells: cells.length, largestChange };
}
function holm(pValues, alpha, weights) {
  const m = pValues.length;
  const w = weights ?? pValues.map(() => 1);
  const order = pValues.map((_, i) => i).sort((i, j) => pValues[i] / w[i] - pValues[j] / w[j] || i - j);
  const out = new Array(m);
  let remaining = w.reduce((a, b) => a + b, 0);
  let stopped = false;
  for (const index of order) {
    const level = alpha * w[index] / remaining;
    if (!stopped && !(pValues[index] <= level)) stopped = true;
    out[index] = { level, significant: !stopped };
    if (!stopped) remaining -= w[index];
  }
  return out;
}

// src/core/monitor/compareProfiles.ts
var MONITOR_DEFAULTS = {
  alpha: 0.05,
  psi: null,
  jensenShannon: null,
  missingRateIncrease: 0.01,
  bins: DRIFT_DEFAULTS.bins
};
var SKETCH_EFFECTIVE_ROWS = 2500;
var effectiveRows = (n, estimated) => estimated ? 1 / (1 / n + 1 / SKETCH_EFFECTIVE_ROWS) : n;
function thresholdsFrom(config) {
  return {
    // `ks` was the KS test's level before every check shared one; it still sets α.
    alpha: config?.alpha ?? config?.ks ?? MONITOR_DEFAULTS.alpha,
    psi: config?.psi ?? MONITOR_DEFAULTS.psi,
    jensenShannon: config?.jensenShannon ?? MONITOR_DEFAULTS.jensenShannon,
    missingRateIncrease: config?.missingRateIncrease ?? MONITOR_DEFAULTS.missingRateIncrease,
    bins: config?.bins ?? MONITOR_DEFAULTS.bins
  };
}
var round = (v) => Number(v.toPrecision(6));
var pct = (v) => `${(v * 100).toFixed(1)}%`;
var pText = (p) => p < 1e-3 ? p.toExponential(1) : p.toPrecision(2);
var columnOf = (p, name) => Object.hasOwn(p.columns, name) ? p.columns[name] : void 0;
var TEST_WEIGHTS = { ks: 0.9, "category-shares": 0.9, "out-of-range": 0.05, "new-categories": 0.05, "missing-rate": 0.05 };
function compareProfiles(reference, current, options = {}) {
  const t = options.thresholds ?? MONITOR_DEFAULTS;
  const pairs = [{ reference, current, columns: options.columns }, ...options.also ?? []];
  const violations = [];
  const features = [];
  const pending = [];
  const testsOf = /* @__PURE__ */ new Map();
  for (const pair of pairs) {
    for (const column2 of [...pair.columns ?? Object.keys(pair.reference.columns)].sort(compareBytes)) {
      const found = compareColumn(column2, pair.reference, pair.current, t, violations);
      if (!found) continue;
      pending.push(...found.tests);
      if (found.feature) {
        features.push(found.feature);
        testsOf.set(found.feature, found.tests);
      }
    }
    if (!pair.columns) {
      for (const column2 of Object.keys(pair.current.columns).sort(compareBytes)) {
        if (!columnOf(pair.reference, column2)) violations.push({ column: column2, kind: "extra-column", message: `column "${column2}" is new: the reference has no such column` });
      }
    }
  }
  const verdicts = holm(
    pending.map((p) => p.pValue),
    t.alpha,
    pending.map((p) => TEST_WEIGHTS[p.name])
  );
  const decided = /* @__PURE__ */ new Map();
  pending.forEach((p, i) => {
    const v = verdicts[i];
    const test = { name: p.name, statistic: round(p.statistic), pValue: round(p.pValue), level: round(v.level), significant: v.significant, flagged: v.significant && p.effect };
    decided.set(p, test);
    if (test.flagged && p.violation) violations.push({ column: p.column, ...p.violation, pValue: test.pValue, level: test.level });
  });
  for (const f of features) {
    const own = testsOf.get(f);
    f.tests = own.map((p) => decided.get(p));
    f.reasons = own.filter((p) => decided.get(p).flagged).map((p) => `${p.reason} (p ${pText(p.pValue)} \u2264 ${pText(decided.get(p).level)})`);
    f.drift = f.reasons.length > 0;
  }
  const driftedFeatures = [.../* @__PURE__ */ new Set([...features.filter((f) => f.drift).map((f) => f.column), ...violations.map((v) => v.column)])].sort(compareBytes);
  return {
    format: 2,
    drift: driftedFeatures.length > 0,
    driftedFeatures,
    rows: { reference: reference.rows, current: current.rows },
    thresholds: t,
    decision: { method: "holm", alpha: t.alpha, tests: pending.length },
    features,
    violations: violations.sort((a, b) => compareBytes(a.column, b.column) || compareBytes(a.kind, b.kind))
  };
}
function compareColumn(column2, reference, current, t, violations) {
  const ref = columnOf(reference, column2);
  const cur = columnOf(current, column2);
  if (!ref) return void 0;
  if (!cur) {
    violations.push({ column: column2, kind: "missing-column", message: `column "${column2}" is in the reference but not in the new data` });
    return void 0;
  }
  const tests = [missingRateTest(column2, ref.state, cur.state, t)];
  if (cur.type === "empty" || ref.type === "empty") return { tests };
  const numericRef = ref.type === "number";
  const numericCur = cur.type === "number";
  if (numericRef !== numericCur) {
    const neverHeld = numericCur ? ref.state.numbers === 0 : ref.state.texts + ref.state.booleans === 0;
    if (neverHeld) violations.push({ column: column2, kind: "type-change", message: `column "${column2}" was ${ref.type} and is now ${cur.type}` });
    return { tests };
  }
  if (numericRef) {
    const r2 = KllSketch.fromJSON(ref.state.quantiles);
    const c2 = KllSketch.fromJSON(cur.state.quantiles);
    tests.push(outOfRangeTest(column2, r2, c2));
    const d2 = numericDrift(r2, c2, { bins: t.bins });
    const ks2 = ksTwoSample(r2, c2);
    const er2 = effectiveRows(r2.n, r2.isEstimationMode);
    const ec2 = effectiveRows(c2.n, c2.isEstimationMode);
    const p = ksPValue(ks2.statistic, er2, ec2);
    tests.push({ column: column2, name: "ks", statistic: ks2.statistic, pValue: p, effect: effectMet(d2.psi, d2.jensenShannon, t), reason: `KS D ${ks2.statistic.toFixed(3)}` });
    return {
      tests,
      feature: {
        column: column2,
        kind: "numeric",
        values: { reference: r2.n, current: c2.n, effectiveReference: Math.round(er2), effectiveCurrent: Math.round(ec2) },
        psi: round(d2.psi),
        jensenShannon: round(d2.jensenShannon),
        ks: { statistic: round(ks2.statistic), pValue: round(p) },
        tests: [],
        drift: false,
        reasons: [],
        bins: { labels: binLabels(d2.edges), reference: d2.reference.map(round), current: d2.current.map(round) }
      }
    };
  }
  const r = FrequentItemsSketch.fromJSON(ref.state.frequent);
  const c = FrequentItemsSketch.fromJSON(cur.state.frequent);
  const fresh = newCategoriesTest(column2, r, c);
  if (fresh) tests.push(fresh);
  const d = categoricalDrift(r, c);
  const er = effectiveRows(r.n, r.maximumError > 0);
  const ec = effectiveRows(c.n, c.maximumError > 0);
  const chi = chiSquareHomogeneity(d.reference, d.current, { reference: er, current: ec });
  const ks = categoryKs(d.categories, d.reference, d.current, er, ec);
  const pValue = Math.min(1, 2 * Math.min(chi.pValue, ks.pValue));
  const largest = `largest share change ${chi.largestChange.share >= 0 ? "+" : "\u2212"}${(Math.abs(chi.largestChange.share) * 100).toFixed(1)} points`;
  tests.push({ column: column2, name: "category-shares", statistic: chi.statistic, pValue, effect: effectMet(d.psi, d.jensenShannon, t), reason: `\u03C7\xB2 ${chi.statistic.toFixed(1)} (${chi.df} df), ${largest}` });
  return {
    tests,
    feature: {
      column: column2,
      kind: "categorical",
      values: { reference: r.n, current: c.n, effectiveReference: Math.round(er), effectiveCurrent: Math.round(ec) },
      psi: round(d.psi),
      jensenShannon: round(d.jensenShannon),
      tests: [],
      drift: false,
      reasons: [],
      bins: { labels: [...d.categories, "(other)"], reference: d.reference.map(round), current: d.current.map(round) }
    }
  };
}
function categoryKs(categories, reference, current, er, ec) {
  const order = categories.map((_, i) => i).sort((a, b) => compareBytes(categories[a], categories[b]));
  order.push(categories.length);
  const nr = reference.reduce((a, b) => a + b, 0);
  const nc = current.reduce((a, b) => a + b, 0);
  let cr = 0;
  let cc = 0;
  let statistic = 0;
  for (const i of order) {
    cr += reference[i];
    cc += current[i];
    statistic = Math.max(statistic, Math.abs(cr / nr - cc / nc));
  }
  return { statistic, pValue: ksPValue(statistic, er, ec) };
}
function effectMet(psi2, js, t) {
  if (t.psi === null && t.jensenShannon === null) return true;
  return t.psi !== null && psi2 >= t.psi || t.jensenShannon !== null && js >= t.jensenShannon;
}
function missingRateTest(column2, ref, cur, t) {
  const pValue = betaBinomialSurvival(cur.missing, cur.count, ref.missing + 0.5, ref.count - ref.missing + 0.5);
  const refRate = ref.count ? ref.missing / ref.count : 0;
  const curRate = cur.count ? cur.missing / cur.count : 0;
  const all = cur.count > 0 && cur.missing === cur.count;
  return {
    column: column2,
    name: "missing-rate",
    statistic: curRate,
    pValue,
    effect: curRate - refRate >= t.missingRateIncrease,
    reason: `missing in ${pct(curRate)} of rows (reference ${pct(refRate)})`,
    violation: all ? { kind: "all-missing", message: `column "${column2}" has no values at all in the new data (reference: missing in ${pct(refRate)} of rows)` } : { kind: "missing-rate", message: `column "${column2}" is missing in ${pct(curRate)} of rows (reference ${pct(refRate)})` }
  };
}
function outOfRangeTest(column2, r, c) {
  const share = (c.min < r.min ? c.rank(r.min) : 0) + (c.max > r.max ? 1 - c.cdf(r.max) : 0);
  const count3 = c.isEstimationMode ? retainedOutside(c, r.min, r.max) : Math.round(share * c.n);
  const pValue = r.n >= 2 ? betaBinomialSurvival(count3, c.n, 2, r.n - 1) : 1;
  return {
    column: column2,
    name: "out-of-range",
    statistic: share,
    pValue,
    effect: true,
    reason: `${pct(share)} of values outside the reference range`,
    violation: { kind: "out-of-range", message: `column "${column2}": ${pct(share)} of values lie outside the reference range [${r.min}, ${r.max}] (new range [${c.min}, ${c.max}]; ${pct(2 / (r.n + 1))} expected from ${r.n} reference values)` }
  };
}
function retainedOutside(c, min, max) {
  const { values } = c.sortedView();
  let count3 = 0;
  for (let i = 0; i < values.length; i++) if (values[i] < min || values[i] > max) count3++;
  return count3;
}
function newCategoriesTest(column2, r, c) {
  if (r.maximumError > 0) return void 0;
  const items = r.items();
  const known = new Set(items.map((i) => i.value));
  const singletons = items.filter((i) => i.lowerBound === 1).length;
  const fresh = c.items().filter((i) => !known.has(i.value));
  const count3 = fresh.reduce((a, i) => a + i.estimate, 0);
  const share = count3 / Math.max(1, c.n);
  const pValue = betaBinomialSurvival(count3, c.n, singletons + 0.5, r.n - singletons + 0.5);
  const names = `${fresh.slice(0, 5).map((i) => JSON.stringify(i.value)).join(", ")}${fresh.length > 5 ? ", \u2026" : ""}`;
  return {
    column: column2,
    name: "new-categories",
    statistic: share,
    pValue,
    effect: true,
    reason: `${fresh.length} new categor${fresh.length === 1 ? "y" : "ies"} in ${pct(share)} of rows`,
    violation: {
      kind: "new-categories",
      message: `column "${column2}" has ${fresh.length} categor${fresh.length === 1 ? "y" : "ies"} never seen in training (${pct(share)} of rows): ${names}`
    }
  };
}
function binLabels(edges) {
  const f = (v) => Number(v.toPrecision(4)).toString();
  if (edges.length === 0) return ["all"];
  return [`\u2264 ${f(edges[0])}`, ...edges.slice(1).map((e, i) => `${f(edges[i])} \u2013 ${f(e)}`), `> ${f(edges[edges.length - 1])}`];
}

// src/core/monitor/bootstrap.ts
var BOOTSTRAP = {
  /** 1000 resamples: the 2.5% and 97.5% percentiles then rest on 25 values each side. */
  resamples: 1e3,
  /** A fixed seed: the interval is a function of the data alone. */
  seed: 20261129,
  level: 0.95,
  /**
   * Rows resampled at most. Above this a seeded subsample (without replacement) of this many
   * rows is bootstrapped: 1000 resamples of 10 000 rows of a binary model (AUC ranks every
   * resample) took 1.8 s on a shared 2-core machine (20 000: 10 s). The interval is then that of 10 000
   * rows: wider than the full data's, never narrower (±1 point for accuracy near 0.8).
   */
  maxRows: 1e4
};
function quantile(sorted, q) {
  const h = (sorted.length - 1) * q;
  const lo = Math.floor(h);
  const hi = Math.min(sorted.length - 1, lo + 1);
  return sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
}
function percentileBootstrap(rows, statistics, options = {}) {
  const resamples = options.resamples ?? BOOTSTRAP.resamples;
  const seed = options.seed ?? BOOTSTRAP.seed;
  const level = options.level ?? BOOTSTRAP.level;
  const maxRows = options.maxRows ?? BOOTSTRAP.maxRows;
  let pool = Array.from({ length: rows }, (_, i) => i);
  const subsampled = rows > maxRows;
  if (subsampled) pool = Rng.forPurpose(seed, "bootstrap-subsample").permutation(rows).slice(0, maxRows).sort((a, b) => a - b);
  const rng = Rng.forPurpose(seed, "bootstrap");
  const values = /* @__PURE__ */ new Map();
  const names = /* @__PURE__ */ new Set();
  const m = pool.length;
  const counts = new Uint32Array(m);
  const picked = new Array(m);
  for (let r = 0; r < resamples && m > 0; r++) {
    counts.fill(0);
    for (let i = 0; i < m; i++) counts[rng.int(m)]++;
    for (let j = 0, k = 0; j < m; j++) for (let c = counts[j]; c > 0; c--) picked[k++] = pool[j];
    for (const [name, v] of Object.entries(statistics(picked))) {
      names.add(name);
      if (!Number.isFinite(v)) continue;
      let list = values.get(name);
      if (!list) values.set(name, list = []);
      list.push(v);
    }
  }
  const intervals = {};
  for (const name of [...names].sort()) {
    const sorted = (values.get(name) ?? []).sort((a, b) => a - b);
    intervals[name] = sorted.length === 0 ? null : [quantile(sorted, (1 - level) / 2), quantile(sorted, (1 + level) / 2)];
  }
  return { intervals, rows: pool.length, subsampled, resamples, seed, level };
}

// src/core/monitor/performance.ts
var MAX_LABELED_ROWS = 2e6;
var isMissing = (v) => v === null || v === void 0 || typeof v === "string" && v.trim() === "";
function keyOf(v) {
  if (typeof v === "string") return v === "" ? null : v;
  if (typeof v === "number" || typeof v === "boolean") return String(v);
  return null;
}
async function readLabels(file, display, join, label2) {
  const byKey = /* @__PURE__ */ new Map();
  let sawJoin = false;
  let sawLabel = false;
  for await (const { line, record } of readRecords(file, { display })) {
    if (Object.hasOwn(record, join)) sawJoin = true;
    if (Object.hasOwn(record, label2)) sawLabel = true;
    const raw = Object.hasOwn(record, join) ? record[join] : void 0;
    const key = keyOf(raw);
    if (key === null) {
      if (!sawJoin) continue;
      throw new ModelBuildError("DATA_INVALID", `labels row has no usable value in the join column "${join}" (${JSON.stringify(raw ?? null)})`, {
        file: display,
        line,
        hint: "every labels row needs its key (a string or number) to be matched with a data row"
      });
    }
    const first = byKey.get(key);
    if (first) {
      throw new ModelBuildError("DATA_INVALID", `key ${JSON.stringify(key)} in column "${join}" appears twice (lines ${first.line} and ${line})`, {
        file: display,
        line,
        hint: "each key may have one label: remove the repeated row, or join on a column that is unique"
      });
    }
    if (byKey.size >= MAX_LABELED_ROWS) throw tooManyRows(display, line);
    byKey.set(key, { value: Object.hasOwn(record, label2) ? record[label2] : void 0, line });
  }
  for (const [saw, column2, what] of [
    [sawJoin, join, "the join column (--join)"],
    [sawLabel, label2, "the package's label column"]
  ]) {
    if (!saw) throw new ModelBuildError("DATA_INVALID", `the labels file has no column "${column2}", ${what}`, { file: display, hint: `give a file with columns "${join}" and "${label2}"` });
  }
  return { file: display, join, byKey };
}
function tooManyRows(display, line) {
  return new ModelBuildError("DATA_INVALID", `more than ${MAX_LABELED_ROWS.toLocaleString("en-US")} labeled rows: performance monitoring holds them in memory`, {
    file: display,
    line,
    hint: "monitor the data in batches of at most that many rows"
  });
}
var PerformanceCollector = class {
  constructor(truth, display, labels) {
    this.truth = truth;
    this.display = display;
    this.labels = labels;
    this.classIndex = new Map((truth.classes ?? []).map((c, i) => [c, i]));
  }
  truth;
  display;
  labels;
  y = [];
  /** binary: P(classes[1]); multiclass: probabilities in class order; regression: the value. */
  out = [];
  rows = 0;
  missingLabel = 0;
  unknownClass = 0;
  sawLabelColumn = false;
  rowsWithoutLabel = 0;
  sawJoinInData = false;
  seenKeys = /* @__PURE__ */ new Map();
  classIndex;
  add(record, line, prediction) {
    this.rows++;
    let value;
    let where = { file: this.display, line };
    if (this.labels) {
      const { join } = this.labels;
      if (Object.hasOwn(record, join)) this.sawJoinInData = true;
      const key = keyOf(Object.hasOwn(record, join) ? record[join] : void 0);
      if (key !== null) {
        const first = this.seenKeys.get(key);
        if (first !== void 0) {
          throw new ModelBuildError("DATA_INVALID", `key ${JSON.stringify(key)} in column "${join}" appears twice (lines ${first} and ${line})`, {
            file: this.display,
            line,
            hint: "each data row needs its own key to be matched with one label: join on a column that is unique"
          });
        }
        if (this.seenKeys.size >= MAX_LABELED_ROWS) throw tooManyRows(this.display, line);
        this.seenKeys.set(key, line);
      }
      const hit = key === null ? void 0 : this.labels.byKey.get(key);
      if (!hit) {
        this.rowsWithoutLabel++;
        this.missingLabel++;
        return;
      }
      value = hit.value;
      where = { file: this.labels.file, line: hit.line };
    } else {
      if (!Object.hasOwn(record, this.truth.label)) {
        this.missingLabel++;
        return;
      }
      this.sawLabelColumn = true;
      value = record[this.truth.label];
    }
    if (isMissing(value)) {
      this.missingLabel++;
      return;
    }
    if (this.y.length >= MAX_LABELED_ROWS) throw tooManyRows(this.display, line);
    if (this.truth.task === "regression") {
      const v = toNumber(value);
      if (v === null) {
        throw new ModelBuildError("DATA_INVALID", `label "${this.truth.label}" must be a number for this regression model: ${JSON.stringify(value)}`, {
          ...where,
          hint: "leave the cell empty when the label is not known yet"
        });
      }
      this.y.push(v);
      this.out.push("prediction" in prediction ? prediction.prediction : Number.NaN);
      return;
    }
    const c = this.classIndex.get(String(value));
    if (c === void 0) {
      this.unknownClass++;
      return;
    }
    const classes = this.truth.classes;
    const probs = "probabilities" in prediction ? classes.map((k) => prediction.probabilities[k] ?? 0) : classes.map(() => 0);
    this.y.push(c);
    this.out.push(this.truth.task === "binary" ? probs[1] : probs);
  }
  /** The performance section, or null when the data carried no labels at all. */
  finish() {
    if (!this.labels && !this.sawLabelColumn) return null;
    const { truth } = this;
    if (this.labels && !this.sawJoinInData) {
      throw new ModelBuildError("DATA_INVALID", `the data has no column "${this.labels.join}" to join the labels on (--join)`, {
        file: this.display,
        hint: "name with --join a key column that both the data and the labels file hold"
      });
    }
    if (this.labels && this.y.length === 0 && this.unknownClass === 0) {
      const anyMatch = this.rowsWithoutLabel < this.rows;
      throw new ModelBuildError("DATA_INVALID", anyMatch ? `every matched label in the labels file is empty` : `no row of the data has a key that is in the labels file (column "${this.labels.join}")`, {
        file: this.labels.file,
        hint: anyMatch ? "fill in the labels, or monitor without --labels" : "check that --join names the key column both files share, with the same values"
      });
    }
    const n = this.y.length;
    if (truth.task === "binary") this.sortByScore();
    const metrics = n === 0 ? {} : this.metricsOf(Array.from({ length: n }, (_, i) => i));
    const boot = percentileBootstrap(n, (idx) => this.metricsOf(idx));
    const packaged = (name) => typeof truth.metrics[name] === "number" ? truth.metrics[name] : null;
    const comparisons = Object.entries(metrics).map(([name, value]) => {
      const p = packaged(name);
      return { name, value, packaged: p, delta: p === null ? null : value - p, interval: boot.intervals[name] ?? null, lowerIsBetter: LOWER_IS_BETTER2.has(name) };
    });
    let gates = [];
    if (n > 0 && truth.gates.length > 0) {
      const results = evaluateGates(Object.fromEntries(truth.gates.map((g) => [g.metric, `${g.op} ${g.threshold}`])), metrics);
      gates = results.map((r) => ({ metric: r.metric, op: r.op, threshold: r.threshold, actual: r.actual, packaged: packaged(r.metric), passed: r.passed }));
    }
    let labelsWithoutRow = 0;
    if (this.labels) {
      for (const key of this.labels.byKey.keys()) if (!this.seenKeys.has(key)) labelsWithoutRow++;
    }
    return {
      task: truth.task,
      label: truth.label,
      labels: this.labels ? { file: this.labels.file, join: this.labels.join, rowsWithoutLabel: this.rowsWithoutLabel, labelsWithoutRow } : null,
      rows: { data: this.rows, used: n, missingLabel: this.missingLabel, unknownClass: this.unknownClass },
      metrics: comparisons,
      gates,
      gatesPassed: n === 0 ? null : gates.every((g) => g.passed),
      bootstrap: { resamples: BOOTSTRAP.resamples, seed: boot.seed, level: boot.level, rows: boot.rows, subsampled: boot.subsampled }
    };
  }
  /**
   * Binary: rows in order of score, so AUC's sort in each bootstrap resample (whose indices
   * come in row order) meets sorted input: 1000 resamples of 20 000 rows in seconds, not
   * tens of seconds. Every metric is a sum or a rank over rows, so the order changes none.
   */
  sortByScore() {
    const order = this.y.map((_, i) => i).sort((a, b) => this.out[a] - this.out[b] || a - b);
    const y = order.map((i) => this.y[i]);
    const out = order.map((i) => this.out[i]);
    for (let i = 0; i < order.length; i++) {
      this.y[i] = y[i];
      this.out[i] = out[i];
    }
  }
  /** The task's numeric metrics on the rows `idx`, with the build's definitions. */
  metricsOf(idx) {
    const y = idx.map((i) => this.y[i]);
    const task = this.truth.task;
    const m = task === "binary" ? { ...binaryMetrics(y, idx.map((i) => this.out[i])) } : task === "multiclass" ? { ...multiclassMetrics(y, idx.map((i) => this.out[i]), this.truth.classes.length) } : { ...regressionMetrics(y, idx.map((i) => this.out[i])) };
    return Object.fromEntries(Object.entries(m).filter((e) => typeof e[1] === "number"));
  }
};

// src/core/monitor/monitor.ts
async function monitorData(options) {
  if (Boolean(options.package) === Boolean(options.profile)) {
    throw new ModelBuildError("USAGE", "monitor needs exactly one reference: --package PACKAGE or --profile FILE");
  }
  if (Boolean(options.labels) !== Boolean(options.join)) {
    throw new ModelBuildError("USAGE", options.labels ? "--labels needs --join COLUMN: the key column the data and the labels share" : "--join needs --labels FILE: the labels to join with the data");
  }
  if (options.labels && !options.package) throw new ModelBuildError("USAGE", "--labels needs --package: the metrics and gates come from the model package");
  const display = options.display ?? options.data;
  regularFile(options.data, { display, what: "the file" });
  const labelsDisplay = options.labelsDisplay ?? options.labels;
  if (options.labels) regularFile(options.labels, { display: labelsDisplay, what: "the labels file" });
  let reference;
  let columns;
  let monitor = options.monitor;
  let truth;
  let calibration;
  if (options.package) {
    const pkg = readPackage(options.package);
    const m = pkg.metadata;
    truth = { task: m.task, label: m.label, classes: m.classes, metrics: m.metrics, gates: m.gates };
    const profileText = packageFile(pkg.entries, "profile.json", options.package);
    reference = parseProfile(profileText, `${options.package} (profile.json)`);
    columns = featureColumns(packageFile(pkg.entries, "preprocessor.json", options.package), options.package);
    monitor ??= pkg.metadata.config.resolved.monitor;
    calibration = parseCalibration(metricsOf(packageFile(pkg.entries, "metrics.json", options.package), options.package).calibration, `${options.package} (metrics.json)`);
  } else {
    reference = readProfileFile(options.profile);
  }
  if (monitor?.features) columns = monitor.features;
  const current = await profileFile(options.data, { display });
  const thresholds = thresholdsFrom(monitor);
  if (!(options.package && truth)) return compareProfiles(reference, current, { thresholds, columns });
  const labels = options.labels ? await readLabels(options.labels, labelsDisplay, options.join, truth.label) : void 0;
  const collector = new PerformanceCollector(truth, display, labels);
  const estimator = calibration && new AccuracyEstimator(calibration);
  const outputs = await modelPass(options.package, options.data, display, collector, estimator);
  const predictions = reference.predictions && options.predictions !== false ? reference.predictions : void 0;
  const report = compareProfiles(reference, current, {
    thresholds,
    columns,
    also: predictions ? [{ reference: predictions, current: outputs, columns: ["prediction"] }] : []
  });
  if (predictions) report.rows.predictionReference = predictions.rows;
  const performance2 = collector.finish();
  if (performance2) report.performance = performance2;
  const estimate = estimator?.finish();
  if (estimate) {
    const measured = performance2?.metrics.find((m) => m.name === "accuracy");
    const packaged = truth.metrics.accuracy;
    report.estimatedPerformance = {
      ...estimate,
      packaged: typeof packaged === "number" ? packaged : null,
      measured: measured && performance2.rows.used > 0 ? { value: measured.value, rows: performance2.rows.used } : null
    };
  }
  return report;
}
function packageFile(entries, name, archive) {
  const data = entries.get(name);
  if (!data) throw new ModelBuildError("PACKAGE_INVALID", `the package has no ${name}, which monitor needs`, { file: archive, hint: "rebuild the package with this model-build" });
  return data.toString("utf8");
}
function metricsOf(text, archive) {
  let value;
  try {
    value = JSON.parse(text);
  } catch {
    value = void 0;
  }
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    throw new ModelBuildError("PACKAGE_INVALID", "metrics.json is not a JSON object", { file: archive, hint: "the package is damaged or was not written by model-build: rebuild it" });
  }
  return value;
}
function featureColumns(text, archive) {
  const fail2 = (why) => {
    throw new ModelBuildError("PACKAGE_INVALID", `preprocessor.json ${why}`, { file: archive, hint: "the package is damaged or was not written by model-build: rebuild it" });
  };
  let pre;
  try {
    pre = JSON.parse(text);
  } catch {
    return fail2("is not valid JSON");
  }
  if (typeof pre !== "object" || pre === null || !Array.isArray(pre.steps)) return fail2("has no list of steps (/steps)");
  return pre.steps.map((s, i) => typeof s === "object" && s !== null && typeof s.column === "string" ? s.column : fail2(`step ${i + 1} names no column (/steps/${i}/column)`));
}
async function modelPass(archive, data, display, collector, estimator) {
  const model = await loadPackagedModel(archive);
  const profiler = new Profiler();
  let batch = [];
  const flush = () => {
    model.predict(batch.map((b) => b.record)).forEach((p, i) => {
      profiler.update({ prediction: "label" in p ? p.label : p.prediction });
      if (estimator && "probabilities" in p) estimator.add(Math.max(...Object.values(p.probabilities)));
      collector.add(batch[i].record, batch[i].line, p);
    });
    batch = [];
  };
  try {
    for await (const { record, line } of readRecords(data, { display })) {
      batch.push({ record, line });
      if (batch.length >= 2048) flush();
    }
    flush();
  } finally {
    model.dispose();
  }
  return profiler.toJSON();
}

// src/core/monitor/report.ts
var esc = (s) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
var f3 = (v) => v.toFixed(3);
var pct2 = (v) => `${(v * 100).toFixed(1)}%`;
function ruleText(r) {
  const t = r.thresholds;
  const floors = [t.psi !== null ? `PSI \u2265 ${t.psi}` : "", t.jensenShannon !== null ? `Jensen\u2013Shannon \u2265 ${t.jensenShannon}` : ""].filter(Boolean);
  return `${r.decision.tests} calibrated tests decided together (Holm) at \u03B1 = ${r.decision.alpha}: when nothing changed, the chance of any flag is at most ${pct2(r.decision.alpha)}` + (floors.length ? `; a shape test must also reach ${floors.join(" or ")}` : "") + `; a missing rate must also rise by ${pct2(t.missingRateIncrease)}`;
}
function rowsText(r) {
  const pred = r.rows.predictionReference === void 0 ? "" : ` (prediction reference ${r.rows.predictionReference})`;
  return `reference ${r.rows.reference} rows${pred} \xB7 new data ${r.rows.current} rows`;
}
function estimateText(r) {
  const e = r.estimatedPerformance;
  if (!e) return void 0;
  const f = (v) => v.toFixed(4);
  const beside = [e.packaged === null ? "" : `build (validation) ${f(e.packaged)}`, e.measured ? `measured on ${e.measured.rows} labeled rows ${f(e.measured.value)}` : ""].filter(Boolean);
  return `accuracy estimated without labels (CBPE, calibrated on ${e.calibrationRows} validation rows): ${f(e.value)}, 95% interval ${f(e.interval[0])} \u2013 ${f(e.interval[1])}, over ${e.rows} rows${beside.length ? `; ${beside.join("; ")}` : ""}`;
}
var minP = (f) => f.tests.reduce((m, x) => Math.min(m, x.pValue), 1);
var pShort = (p) => p < 1e-3 ? p.toExponential(1) : p.toFixed(3);
function monitorMarkdown(r) {
  const lines = [
    `### model-build monitor: ${r.drift ? `\u274C drift in ${r.driftedFeatures.map((c) => `\`${c}\``).join(", ")}` : "\u2705 no drift"}`,
    "",
    rowsText(r).replace(/^r/, "R"),
    "",
    "| feature | kind | PSI | Jensen\u2013Shannon | smallest p | verdict |",
    "| --- | --- | --- | --- | --- | --- |",
    ...r.features.map((f) => `| \`${f.column}\` | ${f.kind} | ${f3(f.psi)} | ${f3(f.jensenShannon)} | ${pShort(minP(f))} | ${f.drift ? `\u274C ${md(f.reasons.join("; "))}` : "\u2705"} |`)
  ];
  if (r.violations.length > 0) lines.push("", "**Schema**", "", ...r.violations.map((v) => `- \u274C ${v.message}`));
  lines.push("", `_${md(ruleText(r))}._`);
  const estimate = estimateText(r);
  if (estimate) lines.push("", `**Estimated performance**: ${md(estimate)}.`);
  if (r.performance) lines.push("", performanceMarkdown(r.performance));
  return `${lines.join("\n")}
`;
}
var num = (v) => Number.isNaN(v) ? "NaN" : Math.abs(v) >= 1e3 ? v.toFixed(1) : v.toFixed(4);
var signed = (v) => v > 0 ? `+${num(v)}` : num(v);
var md = (s) => s.replace(/[|`\\]/g, (c) => `\\${c}`);
function skippedText(p) {
  const parts = [p.rows.missingLabel ? `${p.rows.missingLabel} without a label` : "", p.rows.unknownClass ? `${p.rows.unknownClass} with a class the model does not know` : ""].filter(Boolean);
  return parts.length ? ` (left out: ${parts.join(", ")})` : "";
}
function bootstrapText(p) {
  const b = p.bootstrap;
  return `${b.level * 100}% percentile bootstrap, ${b.resamples} resamples of ${b.rows} rows${b.subsampled ? " (a seeded subsample of the labeled rows)" : ""}, seed ${b.seed}`;
}
function performanceMarkdown(p) {
  const verdict = p.gatesPassed === false ? `\u274C gate failed: ${p.gates.filter((g) => !g.passed).map((g) => `\`${md(g.metric)}\``).join(", ")}` : p.gatesPassed ? "\u2705 gates pass" : "no labeled rows";
  const lines = [`#### Performance on labeled data: ${verdict}`, "", `${p.rows.used} of ${p.rows.data} rows labeled (\`${md(p.label)}\`)${skippedText(p)}`];
  if (p.labels) lines.push("", `Labels from \`${md(p.labels.file)}\` joined on \`${md(p.labels.join)}\`: ${p.labels.rowsWithoutLabel} rows without a label, ${p.labels.labelsWithoutRow} labels without a row.`);
  if (p.metrics.length) {
    lines.push("", "| metric | new data | 95% interval | build (validation) | change |", "| --- | --- | --- | --- | --- |");
    for (const m of p.metrics) lines.push(`| ${md(m.name)} | ${num(m.value)} | ${m.interval ? `${num(m.interval[0])} \u2013 ${num(m.interval[1])}` : "\u2014"} | ${m.packaged === null ? "\u2014" : num(m.packaged)} | ${m.delta === null ? "\u2014" : signed(m.delta)} |`);
  }
  if (p.gates.length) {
    lines.push("", "| gate | new data | build | verdict |", "| --- | --- | --- | --- |");
    for (const g of p.gates) lines.push(`| ${md(g.metric)} ${g.op} ${g.threshold} | ${num(g.actual)} | ${g.packaged === null ? "\u2014" : num(g.packaged)} | ${g.passed ? "\u2705" : "\u274C fails"} |`);
  }
  lines.push("", `_Intervals: ${bootstrapText(p)}._`);
  return lines.join("\n");
}
function performanceChart(p) {
  const rows = p.metrics;
  const width = 560;
  const rowH = 28;
  const pad = { left: 90, right: 70, top: 8 };
  const height = pad.top * 2 + rows.length * rowH;
  const body = rows.map((m, i) => {
    const gate = p.gates.find((g) => g.metric === m.name);
    const vals = [m.value, m.packaged, gate?.threshold, ...m.interval ?? []].filter((v) => typeof v === "number" && Number.isFinite(v));
    let lo = vals.length ? Math.min(...vals) : 0;
    let hi = vals.length ? Math.max(...vals) : 1;
    const span = Math.max(hi - lo, Math.abs(hi) * 0.01, 1e-6);
    lo -= span * 0.1;
    hi += span * 0.1;
    const x = (v) => (pad.left + (v - lo) / (hi - lo) * (width - pad.left - pad.right)).toFixed(1);
    const y = pad.top + i * rowH + rowH / 2;
    const parts = [`<text class="tick" x="4" y="${y + 4}">${esc(m.name)}</text>`, `<line class="axis" x1="${pad.left}" y1="${y}" x2="${width - pad.right}" y2="${y}"/>`];
    if (m.interval) parts.push(`<rect class="interval" x="${x(m.interval[0])}" y="${y - 5}" width="${Math.max(1, Number(x(m.interval[1])) - Number(x(m.interval[0]))).toFixed(1)}" height="10"><title>95% interval ${num(m.interval[0])} \u2013 ${num(m.interval[1])}</title></rect>`);
    if (gate) parts.push(`<line class="gate" x1="${x(gate.threshold)}" y1="${y - 12}" x2="${x(gate.threshold)}" y2="${y + 12}"><title>gate ${esc(gate.op)} ${gate.threshold}</title></line>`);
    if (m.packaged !== null && Number.isFinite(m.packaged)) parts.push(`<line class="packaged" x1="${x(m.packaged)}" y1="${y - 10}" x2="${x(m.packaged)}" y2="${y + 10}"><title>build (validation): ${num(m.packaged)}</title></line>`);
    if (Number.isFinite(m.value)) parts.push(`<circle class="cur" cx="${x(m.value)}" cy="${y}" r="4"><title>new data: ${num(m.value)}</title></circle>`);
    parts.push(`<text class="tick" x="${width - pad.right + 6}" y="${y + 4}">${num(m.value)}</text>`);
    return parts.join("");
  }).join("");
  return `<svg viewBox="0 0 ${width} ${height}" role="img" aria-label="metrics on the new data with 95% intervals vs the build">${body}</svg>`;
}
function performanceHtml(p) {
  const failed2 = p.gatesPassed === false;
  const gates = p.gates.length ? `<ul>${p.gates.map((g) => `<li>${g.passed ? "\u2713" : "<strong>\u2717</strong>"} gate ${esc(g.metric)} ${esc(g.op)} ${g.threshold}: ${num(g.actual)} on the new data${g.packaged === null ? "" : ` (build ${num(g.packaged)})`}</li>`).join("")}</ul>` : "";
  const labels = p.labels ? ` \xB7 labels from ${esc(p.labels.file)} joined on \u201C${esc(p.labels.join)}\u201D: ${p.labels.rowsWithoutLabel} rows without a label, ${p.labels.labelsWithoutRow} labels without a row` : "";
  return `<section class="${failed2 ? "drift" : "ok"}" id="performance">
<h2>Performance on labeled data <span class="badge">${failed2 ? "gate failed" : p.gatesPassed ? "gates pass" : "no labels"}</span></h2>
<p class="stats">${p.rows.used} of ${p.rows.data} rows labeled (${esc(p.label)})${esc(skippedText(p))}${labels}</p>
${p.metrics.length ? performanceChart(p) : ""}
<p class="stats"><span class="legend"><span style="background:#0969da;border-radius:5px"></span>new data<span style="background:#9ec5f8"></span>95% interval<span style="background:#1f2328;width:2px"></span>build (validation)<span style="background:#cf222e;width:2px"></span>gate</span> \xB7 each row has its own scale</p>
${gates}
<p class="stats">Intervals: ${esc(bootstrapText(p))}.</p>
</section>`;
}
function chart(f) {
  const total = (xs) => xs.reduce((a, b) => a + b, 0) || 1;
  const ref = f.bins.reference.map((v) => v / total(f.bins.reference));
  const cur = f.bins.current.map((v) => v / total(f.bins.current));
  const n = f.bins.labels.length;
  const width = 560;
  const height = 200;
  const pad = { left: 40, right: 36, bottom: 48, top: 10 };
  const slot = (width - pad.left - pad.right) / n;
  const top = Math.max(...ref, ...cur, 0.01);
  const y = (v) => pad.top + (height - pad.top - pad.bottom) * (1 - v / top);
  const bars = f.bins.labels.map((label2, i) => {
    const x = pad.left + i * slot;
    const w = Math.max(2, slot / 2 - 3);
    const base = height - pad.bottom;
    return [
      `<rect class="ref" x="${(x + 2).toFixed(1)}" y="${y(ref[i]).toFixed(1)}" width="${w.toFixed(1)}" height="${(base - y(ref[i])).toFixed(1)}"><title>${esc(label2)}: reference ${pct2(ref[i])}</title></rect>`,
      `<rect class="cur" x="${(x + 2 + w + 2).toFixed(1)}" y="${y(cur[i]).toFixed(1)}" width="${w.toFixed(1)}" height="${(base - y(cur[i])).toFixed(1)}"><title>${esc(label2)}: new ${pct2(cur[i])}</title></rect>`,
      `<text class="tick" x="${(x + slot / 2).toFixed(1)}" y="${base + 14}" transform="rotate(25 ${(x + slot / 2).toFixed(1)} ${base + 14})">${esc(label2.length > 14 ? `${label2.slice(0, 13)}\u2026` : label2)}</text>`
    ].join("");
  }).join("");
  return `<svg viewBox="0 0 ${width} ${height}" role="img" aria-label="${esc(f.column)}: reference vs new distribution"><line x1="${pad.left}" y1="${height - pad.bottom}" x2="${width - pad.right}" y2="${height - pad.bottom}" class="axis"/><text class="tick" x="4" y="${pad.top + 8}">${pct2(top)}</text>${bars}</svg>`;
}
function monitorHtml(r, title = "model-build monitor") {
  const sections = r.features.map(
    (f) => `<section class="${f.drift ? "drift" : "ok"}">
<h2>${esc(f.column)} <span class="badge">${f.drift ? "drift" : "ok"}</span></h2>
<p class="stats">${f.kind} \xB7 ${f.values.current} values vs ${f.values.reference} \xB7 PSI ${f3(f.psi)} \xB7 Jensen\u2013Shannon ${f3(f.jensenShannon)}${f.ks ? ` \xB7 KS D ${f3(f.ks.statistic)}` : ""} \xB7 smallest p ${pShort(minP(f))}${f.reasons.length ? ` \xB7 <strong>${esc(f.reasons.join("; "))}</strong>` : ""}</p>
${chart(f)}
</section>`
  ).join("\n");
  const violations = r.violations.length ? `<section class="drift"><h2>Schema</h2><ul>${r.violations.map((v) => `<li>${esc(v.message)}</li>`).join("")}</ul></section>` : "";
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(title)}</title>
<style>
body { font: 14px/1.45 system-ui, sans-serif; margin: 24px auto; max-width: 640px; color: #1f2328; }
h1 { font-size: 20px; } h2 { font-size: 16px; margin: 0 0 4px; }
section { border: 1px solid #d0d7de; border-radius: 6px; padding: 12px; margin: 12px 0; }
section.drift { border-color: #cf222e; }
.badge { font-size: 12px; padding: 1px 6px; border-radius: 10px; background: #dafbe1; color: #116329; }
.drift .badge { background: #ffebe9; color: #a40e26; }
.stats { color: #57606a; margin: 0 0 8px; }
.legend span { display: inline-block; width: 10px; height: 10px; margin: 0 4px 0 12px; }
svg { width: 100%; height: auto; } .ref { fill: #8c959f; } .cur { fill: #0969da; }
.interval { fill: #9ec5f8; } .packaged { stroke: #1f2328; stroke-width: 2; } .gate { stroke: #cf222e; stroke-dasharray: 3 2; }
.axis { stroke: #8c959f; } .tick { font-size: 10px; fill: #57606a; }
</style>
</head>
<body>
<h1>${r.drift ? `Drift in ${esc(r.driftedFeatures.join(", "))}` : "No drift"}${r.performance?.gatesPassed === false ? " \xB7 a gate fails on the new data" : ""}</h1>
<p>${esc(rowsText(r).replace(/^r/, "R"))}
<span class="legend"><span class="ref" style="background:#8c959f"></span>reference<span style="background:#0969da"></span>new data</span></p>
${violations}
${r.performance ? performanceHtml(r.performance) : ""}
${estimateText(r) ? `<p class="stats" id="estimate">${esc(estimateText(r))}.</p>` : ""}
${sections}
<p class="stats">${esc(ruleText(r))}.</p>
</body>
</html>
`;
}

// src/core/dvc/pull.ts
import { chmodSync as chmodSync2, copyFileSync, constants as constants4, mkdirSync as mkdirSync4, openSync as openSync6, fsyncSync as fsyncSync3, closeSync as closeSync6, renameSync as renameSync6, rmSync as rmSync6, statSync as statSync11 } from "node:fs";
import path29 from "node:path";

// src/core/dvc/cache.ts
import { chmodSync, mkdirSync as mkdirSync3, readFileSync as readFileSync11, renameSync as renameSync5, rmSync as rmSync5, statSync as statSync9 } from "node:fs";
import { open } from "node:fs/promises";
import path25 from "node:path";

// src/core/dvc/layout.ts
import path24 from "node:path";
function objectKey(id) {
  const at = `${id.md5.slice(0, 2)}/${id.md5.slice(2)}`;
  return id.legacy ? at : `files/md5/${at}`;
}
function cachePath(cacheDir, id) {
  return path24.join(cacheDir, ...objectKey(id).split("/"));
}
function objectAlgo(id) {
  return id.legacy && !id.md5.endsWith(".dir") ? "md5-dos2unix" : "md5";
}
var objectDigest = (id) => id.md5.replace(/\.dir$/, "");
var objectIdKey = (id) => `${id.legacy ? "legacy" : "md5"}:${id.md5}`;

// src/core/dvc/streamDigest.ts
import { createHash as createHash8 } from "node:crypto";
var BLOCK = 1 << 20;
var TEXT_BLOCK = 512;
function isTextBlock(block) {
  if (block.length === 0) return true;
  let nontext = 0;
  for (const b of block) {
    if (b === 0) return false;
    if (!(b >= 32 && b < 127 || b === 10 || b === 13 || b === 9 || b === 12 || b === 8)) nontext++;
  }
  return nontext / block.length <= 0.3;
}
var StreamDigest = class {
  constructor(algo) {
    this.algo = algo;
    this.pending = algo === "md5-dos2unix" ? Buffer.allocUnsafe(BLOCK) : null;
  }
  algo;
  hash = createHash8("md5");
  pending;
  filled = 0;
  text = null;
  size = 0;
  update(chunk) {
    this.size += chunk.length;
    if (!this.pending) {
      this.hash.update(chunk);
      return;
    }
    let offset = 0;
    while (offset < chunk.length) {
      const n = Math.min(BLOCK - this.filled, chunk.length - offset);
      this.pending.set(chunk.subarray(offset, offset + n), this.filled);
      this.filled += n;
      offset += n;
      if (this.filled === BLOCK) this.flush();
    }
  }
  flush() {
    const block = this.pending.subarray(0, this.filled);
    this.filled = 0;
    if (block.length === 0) return;
    if (this.text === null) this.text = isTextBlock(block.subarray(0, TEXT_BLOCK));
    if (!this.text) {
      this.hash.update(block);
      return;
    }
    let start = 0;
    let i = block.indexOf(13);
    while (i !== -1) {
      if (i + 1 < block.length && block[i + 1] === 10) {
        this.hash.update(block.subarray(start, i));
        start = i + 1;
      }
      i = block.indexOf(13, i + 1);
    }
    this.hash.update(block.subarray(start));
  }
  digest() {
    if (this.pending) this.flush();
    return this.hash.digest("hex");
  }
};

// src/core/dvc/cache.ts
var CorruptObjectError = class extends Error {
  constructor(message, reason) {
    super(message);
    this.reason = reason;
    this.name = "CorruptObjectError";
  }
  reason;
};
var tmpCounter = 0;
var DvcCache = class {
  constructor(dir, boundary, hasher) {
    this.dir = dir;
    this.boundary = boundary;
    this.hasher = hasher;
  }
  dir;
  boundary;
  hasher;
  /** The object's path, resolved through symlinks; refused if it leads outside the repository. */
  path(id) {
    const abs = cachePath(this.dir, id);
    return this.boundary.resolve(abs, `DVC cache object ${objectKey(id)}`, { file: this.boundary.relative(this.dir) }).real;
  }
  /**
   * True when the cache holds the object with the right bytes. A cache file with other bytes
   * (a failed copy, an edit through a symlinked checkout) is not trusted, never deleted.
   */
  async has(id) {
    const abs = this.path(id);
    let st;
    try {
      st = statSync9(abs);
    } catch {
      return false;
    }
    if (!st.isFile()) return false;
    const algo = objectAlgo(id);
    return (await this.hasher.digest(abs, [algo]))[algo] === objectDigest(id);
  }
  /** The bytes of a (small) cached object that `has` confirmed. */
  read(id) {
    return readFileSync11(this.path(id));
  }
  /**
   * Downloads one object into the cache, verifying it while it streams. Throws
   * CorruptObjectError (nothing written), TransientError (retry), or null → the remote lacks it.
   */
  async download(store, id, expectedSize) {
    const key = objectKey(id);
    const got = await store.get(key);
    if (!got) return null;
    const dest = this.path(id);
    const dir = path25.dirname(dest);
    mkdirSync3(dir, { recursive: true });
    const tmp = path25.join(dir, `.${path25.basename(dest)}.mb-tmp-${process.pid}-${tmpCounter++}`);
    const digest = new StreamDigest(objectAlgo(id));
    const fh = await open(tmp, "wx", 420);
    let closed = false;
    try {
      for await (const chunk of got.body) {
        digest.update(chunk);
        let off = 0;
        while (off < chunk.length) off += (await fh.write(chunk, off, chunk.length - off)).bytesWritten;
      }
      const declared = got.size ?? expectedSize;
      if (declared !== void 0 && digest.size < declared) {
        throw new TransientError(`${key}: the transfer ended after ${digest.size} of ${declared} bytes`, true);
      }
      const actual = digest.digest();
      if (actual !== objectDigest(id)) {
        throw new CorruptObjectError(
          `${key}: the remote's bytes (${digest.size} bytes) have ${objectAlgo(id)} ${actual}, not ${objectDigest(id)}`,
          "corrupt"
        );
      }
      await fh.sync();
      await fh.close();
      closed = true;
      chmodSync(tmp, 292);
      renameSync5(tmp, dest);
      return { bytes: digest.size };
    } catch (e) {
      if (!closed) await fh.close().catch(() => void 0);
      rmSync5(tmp, { force: true });
      if (e instanceof CorruptObjectError || TransientError.is(e) || ModelBuildError.is(e)) throw e;
      const code = e.code ?? String(e);
      throw new ModelBuildError("OUTPUT_UNWRITABLE", `cannot write ${key} into the DVC cache (${code})`, {
        file: this.boundary.relative(this.dir),
        hint: code === "ENOSPC" ? "free some disk space and run again" : "check the cache folder and its permissions"
      });
    }
  }
};

// src/core/dvc/session.ts
import path28 from "node:path";

// src/core/dvc/dirListing.ts
var MAX_LISTING_BYTES = 256 * 1024 * 1024;
function parseDirListing(bytes, where) {
  const bad = (what) => new ModelBuildError("DVC_OBJECT_INVALID", `the folder listing ${where.object} for ${where.path} (${where.pointer}) ${what}`, {
    file: where.pointer,
    hint: "the object is not one DVC wrote: push it again from a machine that has the data (`dvc push`)"
  });
  let raw;
  try {
    raw = JSON.parse(bytes.toString("utf8"));
  } catch {
    throw bad("is not JSON");
  }
  if (!Array.isArray(raw)) throw bad("is not a JSON list");
  const seen = /* @__PURE__ */ new Set();
  const files = [];
  for (const item of raw) {
    if (item === null || typeof item !== "object" || Array.isArray(item)) throw bad("has an entry that is not an object");
    const { md5, relpath } = item;
    if (typeof relpath !== "string" || relpath === "") throw bad("has an entry without a relpath");
    if (typeof md5 !== "string" || !/^[0-9a-f]{32}$/.test(md5)) throw bad(`has an entry whose md5 is not 32 hex digits (${JSON.stringify(relpath).slice(0, 80)})`);
    const parts = relpath.split("/");
    if (relpath.startsWith("/") || relpath.includes("\\") || /[\x00-\x1f]/.test(relpath) || parts.some((p) => p === "" || p === "." || p === "..")) {
      throw bad(`has a relpath that leaves the folder or is not a plain path: ${JSON.stringify(relpath).slice(0, 80)}`);
    }
    if (parts.some((p) => p === ".git" || p === ".dvc")) throw bad(`names ${JSON.stringify(relpath).slice(0, 80)}, inside .git or .dvc`);
    if (seen.has(relpath)) throw bad(`lists ${JSON.stringify(relpath).slice(0, 80)} twice`);
    seen.add(relpath);
    files.push({ relpath, md5 });
  }
  for (const f of files) {
    const parts = f.relpath.split("/");
    for (let i = 1; i < parts.length; i++) {
      if (seen.has(parts.slice(0, i).join("/"))) throw bad(`lists ${JSON.stringify(parts.slice(0, i).join("/"))} as a file and as a folder`);
    }
  }
  return files;
}

// src/core/dvc/remoteConfig.ts
import { readFileSync as readFileSync12 } from "node:fs";
import os from "node:os";
import path26 from "node:path";

// src/core/dvc/configObj.ts
var HINT = "fix the line (DVC writes `['remote \"NAME\"']` sections and `key = value` lines), or recreate it with `dvc remote add`";
function fail(file, line, message, hint = HINT) {
  return new ModelBuildError("DVC_CONFIG_INVALID", `malformed DVC config: ${message}`, { file, line, hint });
}
function unquote(text) {
  const t = text.trim();
  if (t.length >= 2 && (t[0] === '"' || t[0] === "'") && t[t.length - 1] === t[0]) return t.slice(1, -1);
  return t;
}
var SECTION = /^((?:\[\s*)+)((?:"\s*\S.*?\s*")|(?:'\s*\S.*?\s*')|(?:[^'"\s].*?))((?:\s*\])+)\s*(#.*)?$/;
var KEYWORD = /^((?:".*?")|(?:'.*?')|(?:[^'"=].*?))\s*=\s*(.*)$/;
function parseValue(raw, file, line) {
  const text = raw.trim();
  if (text.startsWith("'''") || text.startsWith('"""')) {
    const q = text.slice(0, 3);
    const end = text.indexOf(q, 3);
    if (end < 0) throw fail(file, line, "multi-line (triple-quoted) values are not supported", "write the value on one line");
    const rest = text.slice(end + 3).trim();
    if (rest && !rest.startsWith("#")) throw fail(file, line, `unexpected text after the quoted value: ${JSON.stringify(rest.slice(0, 40))}`);
    return text.slice(3, end);
  }
  const items = [];
  let i = 0;
  let sawComma = false;
  while (i < text.length) {
    while (text[i] === " " || text[i] === "	") i++;
    if (i >= text.length || text[i] === "#") break;
    let item;
    if (text[i] === '"' || text[i] === "'") {
      const q = text[i];
      const end = text.indexOf(q, i + 1);
      if (end < 0) throw fail(file, line, "a quoted value has no closing quote");
      item = text.slice(i + 1, end);
      i = end + 1;
    } else {
      let end = i;
      while (end < text.length && text[end] !== "," && text[end] !== "#") end++;
      item = text.slice(i, end).trim();
      if (item.includes('"') || item.includes("'")) {
        throw fail(file, line, `a value has a stray quote: ${JSON.stringify(item.slice(0, 60))}`, "quote the whole value, or remove the quote");
      }
      i = end;
    }
    items.push(item);
    while (text[i] === " " || text[i] === "	") i++;
    if (text[i] === ",") {
      sawComma = true;
      i++;
      continue;
    }
    if (i < text.length && text[i] !== "#") throw fail(file, line, `unexpected text after a value: ${JSON.stringify(text.slice(i, i + 40))}`);
    break;
  }
  if (!sawComma) return items[0] ?? "";
  return items;
}
function parseConfigObj(text, file) {
  const sections = /* @__PURE__ */ new Map();
  let current = null;
  const lines = text.replace(/^\uFEFF/, "").split(/\r\n|\n|\r/);
  lines.forEach((rawLine, index) => {
    const line = index + 1;
    const stripped = rawLine.trim();
    if (stripped === "" || stripped.startsWith("#")) return;
    if (stripped.startsWith("[")) {
      const m2 = SECTION.exec(stripped);
      if (!m2) throw fail(file, line, `invalid section header ${JSON.stringify(stripped.slice(0, 60))}`);
      const open2 = (m2[1].match(/\[/g) ?? []).length;
      const close = (m2[3].match(/\]/g) ?? []).length;
      if (open2 !== close) throw fail(file, line, `unbalanced brackets in section header ${JSON.stringify(stripped.slice(0, 60))}`);
      if (open2 !== 1) throw fail(file, line, "nested sections ([[...]]) are not part of a DVC config", "DVC writes one level of sections");
      const name = unquote(m2[2]).toLowerCase();
      if (sections.has(name)) throw fail(file, line, `section [${name}] appears twice`, "merge the two sections into one");
      current = { values: /* @__PURE__ */ new Map(), lines: /* @__PURE__ */ new Map(), line };
      sections.set(name, current);
      return;
    }
    const m = KEYWORD.exec(stripped);
    if (!m) throw fail(file, line, `expected \`key = value\`, a [section] or a # comment, got ${JSON.stringify(stripped.slice(0, 60))}`);
    if (!current) throw fail(file, line, `\`${unquote(m[1])}\` is outside any section`, "put it under its section, e.g. [core]");
    const section = current;
    const key = unquote(m[1]).toLowerCase();
    if (section.values.has(key)) throw fail(file, line, `key "${key}" appears twice in one section`, "keep one of them");
    const value = parseValue(m[2], file, line);
    const texts = typeof value === "string" ? [value] : value;
    if (texts.some((t) => /%\([^)]*\)s/.test(t))) {
      throw fail(file, line, `"${key}" uses configobj interpolation (%(name)s), which model-build does not expand`, "write the value out in full");
    }
    section.values.set(key, value);
    section.lines.set(key, line);
  });
  return { sections };
}

// src/core/dvc/remoteConfig.ts
var SUPPORTED_SCHEMES = ["local folder", "s3:// (and S3-compatible endpoints)", "http://", "https://"];
var UNSUPPORTED_SCHEMES = ["gs", "gcs", "azure", "ssh", "hdfs", "webhdfs", "oss", "gdrive", "webdav", "webdavs"];
var MAX_DVC_CONFIG_BYTES = 1024 * 1024;
var NOT_GLOBAL = "model-build reads .dvc/config and .dvc/config.local only, not DVC's global or system config";
var COMMON = ["url", "checksum_jobs", "jobs", "worktree", "no_traverse", "version_aware"];
var KEYS = {
  local: [...COMMON, "type", "protected", "shared", "slow_link_warning", "verify"],
  http: [...COMMON, "auth", "custom_auth_header", "user", "password", "ask_password", "ssl_verify", "method", "connect_timeout", "read_timeout", "verify"],
  s3: [
    ...COMMON,
    "region",
    "profile",
    "credentialpath",
    "configpath",
    "endpointurl",
    "access_key_id",
    "secret_access_key",
    "session_token",
    "listobjects",
    "use_ssl",
    "allow_anonymous_login",
    "ssl_verify",
    "sse",
    "sse_kms_key_id",
    "sse_customer_algorithm",
    "sse_customer_key",
    "acl",
    "grant_read",
    "grant_read_acp",
    "grant_write_acp",
    "grant_full_control",
    "cache_regions",
    "read_timeout",
    "connect_timeout",
    "verify"
  ]
};
function displayUrl(url) {
  try {
    const u = new URL(url);
    u.username = "";
    u.password = "";
    u.search = "";
    u.hash = "";
    return u.toString().replace(/\/$/, "");
  } catch {
    return url.replace(/\/\/[^/@]*@/, "//").replace(/[?#].*$/, "");
  }
}
function readOne(root, boundary, name) {
  const rel = `.dvc/${name}`;
  const r = boundary.resolve(path26.join(root, rel), `DVC config ${rel}`, { file: rel });
  if (!r.exists) return null;
  regularFile(r.real, { display: rel, what: "the DVC config", maxBytes: MAX_DVC_CONFIG_BYTES, code: "DVC_CONFIG_INVALID", limitHint: "DVC writes small config files; restore it from git" });
  const bytes = readFileSync12(r.real);
  const text = new TextDecoder("utf-8", { fatal: false }).decode(bytes);
  if (text.includes("\uFFFD")) {
    throw new ModelBuildError("DVC_CONFIG_INVALID", "malformed DVC config: not UTF-8 text", { file: rel, hint: "DVC writes UTF-8; restore it from git or recreate it with `dvc remote add`" });
  }
  return { rel, text };
}
var URL_LIKE = /^\w+:\/\//;
function resolveLocal(confDir, value) {
  if (URL_LIKE.test(value) || path26.isAbsolute(value)) return value;
  const expanded = value === "~" || value.startsWith("~/") ? path26.join(os.homedir(), value.slice(1)) : value;
  if (path26.isAbsolute(expanded)) return expanded;
  return path26.resolve(confDir, value);
}
function readDvcConfig(root, boundary) {
  const confDir = path26.join(root, ".dvc");
  const files = [];
  const remotes = /* @__PURE__ */ new Map();
  const core = /* @__PURE__ */ new Map();
  const cache = /* @__PURE__ */ new Map();
  for (const name of ["config", "config.local"]) {
    const read = readOne(root, boundary, name);
    if (!read) continue;
    files.push(read.rel);
    const parsed = parseConfigObj(read.text, read.rel);
    for (const [section, body] of parsed.sections) {
      const named = /^\s*remote\s*"(.*)"\s*$/.exec(section);
      const target = named ? remotes.get(named[1]) ?? /* @__PURE__ */ new Map() : section === "core" ? core : section === "cache" ? cache : null;
      if (named) remotes.set(named[1], target);
      if (!target) continue;
      for (const [key, value] of body.values) {
        const resolved = typeof value === "string" && (named && (key === "url" || key === "credentialpath" || key === "configpath") || section === "cache" && key === "dir") ? resolveLocal(confDir, value) : value;
        target.set(key, { value: resolved, file: read.rel, line: body.lines.get(key) });
      }
    }
  }
  const def = core.get("remote");
  let defaultRemote;
  if (def) {
    if (typeof def.value !== "string") throw listValue("remote", def);
    if (def.value !== "") defaultRemote = { name: def.value.toLowerCase(), file: def.file, line: def.line };
  }
  return { files, defaultRemote, remotes, cacheDir: cacheDirOf(root, boundary, cache.get("dir")) };
}
function listValue(key, s) {
  return new ModelBuildError("DVC_CONFIG_INVALID", `"${key}" is a list (configobj reads an unquoted value with a comma as a list), DVC expects one value`, {
    file: s.file,
    line: s.line,
    hint: 'quote the value: key = "a,b"'
  });
}
function cacheDirOf(root, boundary, dir) {
  if (!dir) return boundary.resolve(path26.join(root, ".dvc", "cache"), "the DVC cache .dvc/cache", { file: ".dvc/cache" }).real;
  if (typeof dir.value !== "string") throw listValue("dir", dir);
  if (URL_LIKE.test(dir.value)) {
    throw new ModelBuildError("DVC_REMOTE_UNSUPPORTED", `[cache] dir ${JSON.stringify(dir.value)} is a URL; model-build uses a local cache folder only`, {
      file: dir.file,
      line: dir.line,
      hint: "remove [cache] dir to use .dvc/cache"
    });
  }
  const r = boundary.resolve(dir.value, `the DVC cache folder ([cache] dir = ${JSON.stringify(dir.value)})`, { file: dir.file, line: dir.line });
  return r.real;
}
function str(remote, settings, key) {
  const s = settings.get(key);
  if (!s) return void 0;
  if (typeof s.value !== "string") throw listValue(`remote "${remote}" ${key}`, s);
  return s.value;
}
function bool(remote, settings, key) {
  const v = str(remote, settings, key);
  if (v === void 0) return void 0;
  const lower = v.toLowerCase();
  if (lower === "true" || lower === "false") return lower === "true";
  const s = settings.get(key);
  throw new ModelBuildError("DVC_CONFIG_INVALID", `remote "${remote}" ${key} must be true or false (got ${JSON.stringify(v)})`, { file: s.file, line: s.line, hint: "DVC expects true or false" });
}
function positive(remote, settings, key, integer) {
  const v = str(remote, settings, key);
  if (v === void 0) return void 0;
  const n = Number(v.trim());
  if (v.trim() === "" || !Number.isFinite(n) || n < 0 || integer && (!Number.isInteger(n) || n < 1)) {
    const s = settings.get(key);
    throw new ModelBuildError("DVC_CONFIG_INVALID", `remote "${remote}" ${key} must be ${integer ? "a whole number from 1 up" : "a number of seconds"} (got ${JSON.stringify(v)})`, { file: s.file, line: s.line });
  }
  return n;
}
function sslVerify(remote, settings) {
  const v = str(remote, settings, "ssl_verify");
  if (v === void 0) return true;
  const lower = v.toLowerCase();
  return lower === "true" ? true : lower === "false" ? false : v;
}
function unsupported(remote, s, what, hint) {
  return new ModelBuildError("DVC_REMOTE_UNSUPPORTED", `remote "${remote}": ${what}`, { file: s.file, line: s.line, hint });
}
function resolveRemote(config, name) {
  const names = [...config.remotes.keys()].sort();
  let chosen;
  if (name !== void 0 && name !== "") {
    chosen = name.toLowerCase();
    if (!config.remotes.has(chosen)) {
      const guess = didYouMean(chosen, names);
      throw new ModelBuildError("DVC_REMOTE_NOT_FOUND", `no DVC remote named "${name}"${names.length ? ` (remotes: ${names.join(", ")})` : " (no remotes are configured)"}`, {
        file: config.files[0] ?? ".dvc/config",
        hint: guess ? `did you mean "${guess}"?` : names.length ? `name one of: ${names.join(", ")}` : `add one with \`dvc remote add -d NAME URL\` (${NOT_GLOBAL})`
      });
    }
  } else if (config.defaultRemote) {
    chosen = config.defaultRemote.name;
    if (!config.remotes.has(chosen)) {
      throw new ModelBuildError("DVC_REMOTE_NOT_FOUND", `the default remote "${chosen}" ([core] remote) is not defined${names.length ? ` (remotes: ${names.join(", ")})` : ""}`, {
        file: config.defaultRemote.file,
        line: config.defaultRemote.line,
        hint: `define it with \`dvc remote add ${chosen} URL\`, or set another default with \`dvc remote default NAME\` (${NOT_GLOBAL})`
      });
    }
  } else {
    throw new ModelBuildError("DVC_REMOTE_NOT_FOUND", names.length ? `no default DVC remote is set (remotes: ${names.join(", ")})` : "no DVC remote is configured", {
      file: config.files[0] ?? ".dvc/config",
      hint: names.length ? `name one (--remote ${names[0]}), or set a default with \`dvc remote default NAME\` (${NOT_GLOBAL})` : `add one with \`dvc remote add -d NAME URL\` and commit .dvc/config (${NOT_GLOBAL})`
    });
  }
  const settings = config.remotes.get(chosen);
  const urlSetting = settings.get("url");
  const anyFile = [...settings.values()][0]?.file ?? ".dvc/config";
  if (!urlSetting) {
    throw new ModelBuildError("DVC_CONFIG_INVALID", `remote "${chosen}" has no url`, { file: anyFile, hint: `set it with \`dvc remote modify ${chosen} url URL\`` });
  }
  const url = str(chosen, settings, "url");
  const scheme = /^([A-Za-z][A-Za-z0-9+.-]*):\/\/([^/]*)/.exec(url);
  const kind = !scheme || scheme[2] === "" ? "local" : scheme[1].toLowerCase();
  if (kind !== "local" && kind !== "http" && kind !== "https" && kind !== "s3") {
    const known = UNSUPPORTED_SCHEMES.includes(kind);
    throw new ModelBuildError(
      "DVC_REMOTE_UNSUPPORTED",
      `remote "${chosen}" (${displayUrl(url)}) is a${known ? ` ${kind}` : "n unknown"} remote${known ? ", which model-build does not support yet" : ` type ${kind}://`}`,
      {
        file: urlSetting.file,
        line: urlSetting.line,
        hint: `supported: ${SUPPORTED_SCHEMES.join(", ")}; for ${kind} use \`dvc pull\` before model-build`
      }
    );
  }
  const schema = kind === "https" ? "http" : kind;
  for (const [key, s] of settings) {
    if (KEYS[schema].includes(key)) continue;
    const guess = didYouMean(key, [...KEYS[schema]]);
    throw new ModelBuildError("DVC_CONFIG_INVALID", `remote "${chosen}" has an option DVC does not know for this remote type: ${key}`, {
      file: s.file,
      line: s.line,
      hint: guess ? `did you mean ${guess}?` : `remove it (see \`dvc remote modify --help\`)`
    });
  }
  for (const key of ["worktree", "version_aware"]) {
    if (bool(chosen, settings, key)) {
      throw unsupported(chosen, settings.get(key), `${key} = true stores files by path, not by hash; model-build reads hash-addressed remotes only`, "use `dvc pull` for cloud-versioned remotes");
    }
  }
  const jobs = positive(chosen, settings, "jobs", true);
  const base = { name: chosen, file: urlSetting.file, ...jobs ? { jobs } : {} };
  const ms = (key) => {
    const v = positive(chosen, settings, key, false);
    return v === void 0 ? void 0 : v * 1e3;
  };
  if (schema === "local") {
    const p = url.startsWith("file://") ? url.slice("file://".length) : url;
    return { ...base, kind: "local", path: p, display: p };
  }
  if (schema === "http") {
    const authKind = str(chosen, settings, "auth")?.toLowerCase();
    let auth;
    if (bool(chosen, settings, "ask_password")) {
      throw unsupported(chosen, settings.get("ask_password"), "ask_password = true needs a terminal prompt", "put the password in .dvc/config.local (`dvc remote modify --local NAME password ...`)");
    }
    if (authKind === "basic") {
      auth = { kind: "basic", user: str(chosen, settings, "user") ?? "", password: str(chosen, settings, "password") ?? "" };
    } else if (authKind === "custom") {
      const header = str(chosen, settings, "custom_auth_header");
      if (!header) throw new ModelBuildError("DVC_CONFIG_INVALID", `remote "${chosen}" auth = custom needs custom_auth_header`, { file: settings.get("auth").file, line: settings.get("auth").line });
      auth = { kind: "custom", header, value: str(chosen, settings, "password") ?? "" };
    } else if (authKind === "digest") {
      throw unsupported(chosen, settings.get("auth"), "auth = digest is not supported yet", "use basic or custom auth over HTTPS");
    } else if (authKind !== void 0) {
      const s = settings.get("auth");
      throw new ModelBuildError("DVC_CONFIG_INVALID", `remote "${chosen}" auth must be basic, digest or custom (got ${JSON.stringify(authKind)})`, { file: s.file, line: s.line });
    }
    return {
      ...base,
      kind: "http",
      url: url.replace(/\/+$/, ""),
      display: displayUrl(url),
      ...auth ? { auth } : {},
      sslVerify: sslVerify(chosen, settings),
      connectTimeoutMs: ms("connect_timeout"),
      readTimeoutMs: ms("read_timeout")
    };
  }
  for (const key of ["credentialpath", "configpath", "sse_customer_key"]) {
    if (settings.has(key)) {
      throw unsupported(chosen, settings.get(key), `${key} is not supported yet`, key === "sse_customer_key" ? "SSE-C objects need `dvc pull`" : "set AWS_SHARED_CREDENTIALS_FILE / AWS_CONFIG_FILE in the environment instead");
    }
  }
  if (bool(chosen, settings, "allow_anonymous_login")) {
    throw unsupported(chosen, settings.get("allow_anonymous_login"), "allow_anonymous_login is not supported yet", "give credentials through the environment (AWS_ACCESS_KEY_ID / AWS_SECRET_ACCESS_KEY)");
  }
  const m = /^s3:\/\/([^/]+)\/*(.*?)\/*$/i.exec(url);
  const keyId = str(chosen, settings, "access_key_id");
  const secret = str(chosen, settings, "secret_access_key");
  if (keyId === void 0 !== (secret === void 0)) {
    const s = settings.get(keyId === void 0 ? "secret_access_key" : "access_key_id");
    throw new ModelBuildError("DVC_CONFIG_INVALID", `remote "${chosen}" sets ${keyId === void 0 ? "secret_access_key without access_key_id" : "access_key_id without secret_access_key"}`, {
      file: s.file,
      line: s.line,
      hint: "set both (in .dvc/config.local, which is not committed), or neither and use the environment"
    });
  }
  const session = str(chosen, settings, "session_token");
  const endpoint = str(chosen, settings, "endpointurl");
  return {
    ...base,
    kind: "s3",
    bucket: m[1],
    prefix: m[2],
    display: `s3://${m[1]}${m[2] ? `/${m[2]}` : ""}${endpoint ? ` at ${displayUrl(endpoint)}` : ""}`,
    ...endpoint ? { endpoint } : {},
    ...settings.has("region") ? { region: str(chosen, settings, "region") } : {},
    ...settings.has("profile") ? { profile: str(chosen, settings, "profile") } : {},
    ...keyId !== void 0 ? { credentials: { accessKeyId: keyId, secretAccessKey: secret, ...session ? { sessionToken: session } : {} } } : {},
    sslVerify: sslVerify(chosen, settings),
    connectTimeoutMs: ms("connect_timeout"),
    readTimeoutMs: ms("read_timeout")
  };
}

// src/core/dvc/remotes/local.ts
import { createReadStream, statSync as statSync10 } from "node:fs";
import path27 from "node:path";
var LocalRemote = class {
  constructor(spec) {
    this.spec = spec;
    let st;
    try {
      st = statSync10(spec.path);
    } catch (e) {
      throw new ModelBuildError("DVC_REMOTE_UNREACHABLE", `remote "${spec.name}": the folder ${spec.path} cannot be read (${e.code ?? "error"})`, {
        file: spec.file,
        hint: "mount or create the remote folder, or fix its url (a relative url is relative to .dvc/)"
      });
    }
    if (!st.isDirectory()) {
      throw new ModelBuildError("DVC_REMOTE_UNREACHABLE", `remote "${spec.name}": ${spec.path} is ${st.isFile() ? "a file" : kindOf(st)}, not a folder`, { file: spec.file, hint: "point the remote url at a folder" });
    }
  }
  spec;
  abs(key) {
    return path27.join(this.spec.path, ...key.split("/"));
  }
  async stat(key) {
    try {
      const st = statSync10(this.abs(key));
      return st.isFile() ? { exists: true, size: st.size } : { exists: false };
    } catch (e) {
      const code = e.code;
      if (code === "ENOENT" || code === "ENOTDIR") return { exists: false };
      throw this.failure(key, code);
    }
  }
  async get(key) {
    const s = await this.stat(key);
    if (!s.exists) return null;
    const stream = createReadStream(this.abs(key), { highWaterMark: 1 << 20 });
    const spec = this.spec;
    async function* body() {
      try {
        for await (const chunk of stream) yield chunk;
      } catch (e) {
        throw new TransientError(`reading ${key} from remote "${spec.name}" failed (${e.code ?? "error"})`, true);
      }
    }
    return { body: body(), size: s.size };
  }
  failure(key, code) {
    return new ModelBuildError("DVC_REMOTE_UNREACHABLE", `remote "${this.spec.name}": cannot read ${key} (${code ?? "error"})`, {
      file: this.spec.file,
      hint: code === "EACCES" || code === "EPERM" ? "check the permissions of the remote folder" : "check the remote folder"
    });
  }
  close() {
  }
};

// src/core/dvc/remotes/open.ts
async function openRemote(spec, options = {}) {
  switch (spec.kind) {
    case "local":
      return new LocalRemote(spec);
    case "http": {
      const { HttpRemote } = await import("./chunk-2ZRLZEFW.js");
      return new HttpRemote(spec, options);
    }
    case "s3": {
      const { S3Remote } = await import("./chunk-OTA6N667.js");
      return new S3Remote(spec, options);
    }
  }
}

// src/core/dvc/session.ts
var MAX_JOBS = 128;
async function openSession(options) {
  const start = path28.resolve(options.root ?? process.cwd());
  const lookup = await readGitFacts(start);
  if (!lookup.ok) throw new ModelBuildError("GIT_FAILED", lookup.message, { hint: lookup.hint });
  const root = lookup.facts.root;
  const boundary = new RepositoryBoundary(root);
  const notes = [];
  const config = resolvePullConfig(options.config, start, root);
  const dvcConfig = readDvcConfig(root, boundary);
  const spec = resolveRemote(dvcConfig, options.remote);
  const tree = await headTree(root);
  const outs = committedOuts(root, tree, boundary, notes);
  const dataPaths = config ? configDataPaths(config, root, boundary) : null;
  if (!config) notes.push("no model-build config: every committed DVC output counts");
  const selected = selectOuts(outs, dataPaths);
  const jobs = options.jobs ?? spec.jobs ?? 8;
  if (!Number.isInteger(jobs) || jobs < 1 || jobs > MAX_JOBS) {
    throw new ModelBuildError("USAGE", `jobs must be a whole number from 1 to ${MAX_JOBS} (got ${jobs})`, { hint: "the default, 8, suits most remotes" });
  }
  const store = await openRemote(spec, { maxSockets: jobs });
  const hasher = new Hasher({
    root,
    cacheFile: options.cacheFile === void 0 ? path28.join(lookup.facts.commonDir, "model-build", "hash-cache.json") : options.cacheFile
  });
  const cache = new DvcCache(dvcConfig.cacheDir, boundary, hasher);
  return {
    root,
    boundary,
    spec,
    store,
    cache,
    hasher,
    selected,
    jobs,
    retry: options.retry ?? {},
    notes,
    async close() {
      store.close();
      await hasher.close();
    }
  };
}
function unreachable(spec, e) {
  return new ModelBuildError("DVC_REMOTE_UNREACHABLE", `remote "${spec.name}" (${spec.display}) keeps failing: ${e.message}`, {
    file: spec.file,
    hint: "check the network and the remote; the request was retried with backoff"
  });
}
async function retried(s, fn) {
  try {
    return await withRetry(fn, s.retry);
  } catch (e) {
    throw TransientError.is(e) ? unreachable(s.spec, e) : e;
  }
}
async function fetchListingBytes(s, id) {
  return retried(s, async () => {
    const got = await s.store.get(objectKey(id));
    if (!got) return null;
    if (got.size !== void 0 && got.size > MAX_LISTING_BYTES) {
      throw new ModelBuildError("DVC_OBJECT_INVALID", `the folder listing ${objectKey(id)} is ${got.size} bytes, more than the ${MAX_LISTING_BYTES}-byte limit`, { file: s.spec.file });
    }
    const digest = new StreamDigest("md5");
    const parts = [];
    for await (const chunk of got.body) {
      digest.update(chunk);
      if (digest.size > MAX_LISTING_BYTES) throw new ModelBuildError("DVC_OBJECT_INVALID", `the folder listing ${objectKey(id)} is more than ${MAX_LISTING_BYTES} bytes`, { file: s.spec.file });
      parts.push(Buffer.from(chunk));
    }
    if (got.size !== void 0 && digest.size < got.size) throw new TransientError(`${objectKey(id)}: the transfer ended after ${digest.size} of ${got.size} bytes`);
    const actual = digest.digest();
    if (`${actual}.dir` !== id.md5) {
      throw new ModelBuildError("DVC_OBJECT_INVALID", `the folder listing ${objectKey(id)} in remote "${s.spec.name}" has md5 ${actual}, not ${id.md5.replace(/\.dir$/, "")}`, {
        file: s.spec.file,
        hint: "the remote holds a damaged object: push it again from a machine that has the data (`dvc push`)"
      });
    }
    return Buffer.concat(parts);
  });
}
async function readListings(s, store) {
  return mapLimit(s.selected, s.jobs, async (out) => {
    const { entry } = out;
    if (!entry.isDir) return { out, files: null };
    const id = { md5: entry.md5, legacy: entry.legacy };
    let bytes = null;
    const cached = await s.cache.has(id);
    if (cached) bytes = s.cache.read(id);
    else if (store) {
      let got;
      try {
        got = await retried(s, () => s.cache.download(s.store, id));
      } catch (e) {
        if (!(e instanceof CorruptObjectError)) throw e;
        throw new ModelBuildError("DVC_OBJECT_INVALID", `the folder listing for ${entry.path} (${entry.pointer}) in remote "${s.spec.name}" is damaged: ${e.message}`, {
          file: entry.pointer,
          hint: "push it again from a machine that has the data (`dvc push`)"
        });
      }
      if (got) bytes = s.cache.read(id);
    } else bytes = await fetchListingBytes(s, id);
    if (!bytes) return { out, files: null };
    const files = parseDirListing(bytes, { object: objectKey(id), path: entry.path, pointer: entry.pointer });
    return { out, files, source: cached ? "cache" : "remote", bytes: cached ? 0 : bytes.length };
  });
}

// src/core/dvc/pull.ts
var tmpCounter2 = 0;
async function pullData(options = {}) {
  const s = await openSession(options);
  try {
    const progress = (p) => options.onProgress?.(p);
    const failures = [];
    progress({ phase: "listing", done: 0, total: s.selected.length, bytes: 0 });
    const files = [];
    const listings = { needed: 0, downloaded: 0, cached: 0, bytes: 0 };
    for (const { out, files: listed2, source, bytes: got } of await readListings(s, true)) {
      const { entry } = out;
      if (entry.isDir) {
        listings.needed++;
        if (source === "cache") listings.cached++;
        else if (listed2 !== null) listings.downloaded++;
        listings.bytes += got ?? 0;
      }
      if (!entry.isDir) {
        files.push({ path: entry.path, pointer: entry.pointer, id: { md5: entry.md5, legacy: entry.legacy }, ...entry.size !== void 0 ? { size: entry.size } : {} });
      } else if (listed2 === null) {
        const object = objectKey({ md5: entry.md5, legacy: entry.legacy });
        failures.push({ path: entry.path, pointer: entry.pointer, object, reason: "missing", message: `${entry.path}: the folder listing ${object} is not in remote "${s.spec.name}"` });
      } else {
        for (const f of listed2) files.push({ path: `${entry.path}/${f.relpath}`, pointer: entry.pointer, id: { md5: f.md5, legacy: entry.legacy } });
      }
    }
    files.sort((a, b) => compareBytes(a.path, b.path));
    const todo = [];
    const conflicts = [];
    let upToDate = 0;
    await mapLimit(files, s.jobs, async (f) => {
      const full = path29.join(s.root, f.path);
      s.boundary.resolve(full, `${f.path} (recorded in ${f.pointer})`, { file: f.pointer });
      const target = path29.join(s.boundary.resolve(path29.dirname(full), `the folder of ${f.path}`, { file: f.pointer }).real, path29.basename(full));
      let st;
      try {
        st = statSync11(target);
      } catch {
        st = null;
      }
      if (st === null) {
        todo.push({ ...f, target });
        return;
      }
      if (!st.isFile()) {
        conflicts.push(`${f.path} is ${st.isDirectory() ? "a folder" : "not a regular file"}; the pointer records a file`);
        return;
      }
      const algo = objectAlgo(f.id);
      if ((await s.hasher.digest(target, [algo]))[algo] === objectDigest(f.id)) {
        upToDate++;
        return;
      }
      if (options.force) todo.push({ ...f, target });
      else conflicts.push(`${f.path} differs from what ${f.pointer} records`);
    });
    if (conflicts.length > 0) {
      conflicts.sort(compareBytes);
      throw new ModelBuildError("WORKSPACE_CONFLICT", `pull would replace ${conflicts.length} workspace file${conflicts.length === 1 ? "" : "s"} whose bytes differ from the committed pointer`, {
        details: conflicts.slice(0, 50).concat(conflicts.length > 50 ? [`\u2026 and ${conflicts.length - 50} more`] : []),
        hint: "commit the new data with `dvc add`/`dvc commit` first, or pass --force to replace these files with the recorded version (folders are never replaced)"
      });
    }
    todo.sort((a, b) => compareBytes(a.path, b.path));
    const objects = /* @__PURE__ */ new Map();
    for (const f of todo) {
      const k = objectIdKey(f.id);
      const o = objects.get(k) ?? { id: f.id, users: [], ...f.size !== void 0 ? { size: f.size } : {} };
      o.users.push(f);
      objects.set(k, o);
    }
    const list = [...objects.values()];
    let downloaded = listings.downloaded;
    let cached = listings.cached;
    let bytes = listings.bytes;
    let done = 0;
    const failed2 = /* @__PURE__ */ new Set();
    await mapLimit(list, s.jobs, async (o) => {
      const key = objectKey(o.id);
      const fail2 = (reason, message) => {
        failed2.add(objectIdKey(o.id));
        for (const u of o.users) failures.push({ path: u.path, pointer: u.pointer, object: key, reason, message });
      };
      if (await s.cache.has(o.id)) cached++;
      else {
        try {
          const got = await withRetry(() => s.cache.download(s.store, o.id, o.size), s.retry);
          if (got === null) fail2("missing", `${key} is not in remote "${s.spec.name}"`);
          else {
            downloaded++;
            bytes += got.bytes;
          }
        } catch (e) {
          if (e instanceof CorruptObjectError) fail2("corrupt", `${e.message}; nothing was written`);
          else if (TransientError.is(e) && e.truncated) fail2("truncated", `${e.message} (after retries); nothing was written`);
          else if (TransientError.is(e)) throw unreachable(s.spec, e);
          else throw e;
        }
      }
      progress({ phase: "downloading", done: ++done, total: list.length, bytes });
    });
    let checkedOut = 0;
    const ready = todo.filter((f) => !failed2.has(objectIdKey(f.id)));
    for (const f of ready) {
      checkout(s.cache.path(f.id), f.target, f.path);
      checkedOut++;
      progress({ phase: "checking-out", done: checkedOut, total: ready.length, bytes });
    }
    failures.sort((a, b) => compareBytes(a.path, b.path) || compareBytes(a.object, b.object));
    return {
      format: 1,
      ok: failures.length === 0,
      root: s.root,
      remote: { name: s.spec.name, url: s.spec.display },
      objects: { needed: list.length + listings.needed, downloaded, cached, failed: failed2.size + (listings.needed - listings.downloaded - listings.cached) },
      bytesDownloaded: bytes,
      files: { total: files.length, checkedOut, upToDate },
      failures,
      notes: s.notes
    };
  } finally {
    await s.close();
  }
}
function checkout(source, target, display) {
  const dir = path29.dirname(target);
  const tmp = path29.join(dir, `.${path29.basename(target)}.mb-tmp-${process.pid}-${tmpCounter2++}`);
  try {
    mkdirSync4(dir, { recursive: true });
    copyFileSync(source, tmp, constants4.COPYFILE_EXCL | constants4.COPYFILE_FICLONE);
    chmodSync2(tmp, 420);
    const fd = openSync6(tmp, "r");
    try {
      fsyncSync3(fd);
    } finally {
      closeSync6(fd);
    }
    renameSync6(tmp, target);
  } catch (e) {
    rmSync6(tmp, { force: true });
    const code = e.code ?? String(e);
    throw new ModelBuildError("OUTPUT_UNWRITABLE", `cannot write ${display} (${code})`, {
      file: display,
      hint: code === "ENOSPC" ? "free some disk space and run again" : code === "ENOTDIR" || code === "EEXIST" ? "a file stands where a folder of the data should be: move it away" : "check the folder and its permissions"
    });
  }
}

// src/core/dvc/remoteStatus.ts
async function checkRemote(options = {}) {
  const s = await openSession(options);
  try {
    const needs = /* @__PURE__ */ new Map();
    const need = (id, user) => {
      const k = objectIdKey(id);
      const n = needs.get(k) ?? { id, users: [] };
      n.users.push(user);
      needs.set(k, n);
    };
    const missing = [];
    for (const { out, files } of await readListings(s, false)) {
      const { entry } = out;
      const id = { md5: entry.md5, legacy: entry.legacy };
      const user = { path: entry.path, pointer: entry.pointer };
      if (!entry.isDir) {
        need(id, user);
        continue;
      }
      if (files === null) {
        missing.push({ ...user, object: objectKey(id), reason: "missing", message: `${entry.path}: the folder listing ${objectKey(id)} is in neither the cache nor remote "${s.spec.name}"` });
        continue;
      }
      need(id, user);
      for (const f of files) need({ md5: f.md5, legacy: entry.legacy }, { path: `${entry.path}/${f.relpath}`, pointer: entry.pointer });
    }
    const list = [...needs.values()];
    let done = 0;
    let present = 0;
    await mapLimit(list, s.jobs, async (n) => {
      const key = objectKey(n.id);
      const st = await retried(s, () => s.store.stat(key));
      if (st.exists) present++;
      else for (const u of n.users) missing.push({ ...u, object: key, reason: "missing", message: `${u.path} (${u.pointer}): ${key} is not in remote "${s.spec.name}"` });
      options.onProgress?.({ phase: "checking", done: ++done, total: list.length, bytes: 0 });
    });
    missing.sort((a, b) => compareBytes(a.path, b.path) || compareBytes(a.object, b.object));
    const missingObjects = new Set(missing.map((m) => m.object)).size;
    return {
      format: 1,
      ok: missing.length === 0,
      remote: { name: s.spec.name, url: s.spec.display },
      outputs: s.selected.length,
      objects: { checked: list.length, present, missing: missingObjects },
      missing,
      notes: s.notes
    };
  } finally {
    await s.close();
  }
}

// src/core/sweep/matrix.ts
import path30 from "node:path";
function requireSweep(loaded, cwd = process.cwd()) {
  if (loaded.sweep) return loaded.sweep;
  const file = path30.relative(cwd, loaded.file) || loaded.file;
  throw new ModelBuildError("USAGE", `the config has no sweep section: ${file}`, {
    file,
    hint: 'add sweep: { grid: { model.learningRate: [0.01, 0.003] } } (see README, "model-build sweep")'
  });
}
function sweepMatrix(loaded) {
  const plan = requireSweep(loaded);
  if (plan.variants.length > MAX_SWEEP_VARIANTS) {
    throw new ModelBuildError("CONFIG_INVALID", `the sweep has ${plan.variants.length} variants; GitHub runs at most ${MAX_SWEEP_VARIANTS} jobs per matrix`);
  }
  return {
    name: loaded.config.name,
    count: plan.variants.length,
    select: plan.select,
    variants: plan.variants.map((v) => ({ id: v.id, label: v.label, overrides: v.overrides })),
    matrix: { include: plan.variants.map((v) => ({ variant: v.id, label: v.label })) }
  };
}

// src/core/sweep/select.ts
function selectBest(candidates, options) {
  const planned = new Map(options.plan.variants.map((v) => [v.id, v]));
  const rejected = [];
  const reject = (c, reason) => rejected.push({ variant: c.variant, label: planned.get(c.variant)?.label ?? c.variant, source: c.source, reason });
  const verified = [];
  const seen = /* @__PURE__ */ new Set();
  for (const c of [...candidates].sort((a, b) => compareBytes(a.variant, b.variant) || compareBytes(a.source, b.source))) {
    const variant = planned.get(c.variant);
    if (!variant) {
      reject(c, `${c.variant} is not a variant of this sweep (the config at this commit plans ${planned.size})`);
      continue;
    }
    if (seen.has(c.variant)) {
      reject(c, `a second package for ${c.variant}; the first (by name) is used`);
      continue;
    }
    seen.add(c.variant);
    if (!c.archive) {
      reject(c, c.failure ?? "the leg uploaded no package");
      continue;
    }
    const v = verifyPackage(c.archive);
    if (!v.ok) {
      reject(c, `does not verify: ${v.error.message}`);
      continue;
    }
    const m = v.package.metadata;
    const reason = disqualified(m, variant, options);
    if (reason) {
      reject(c, reason);
      continue;
    }
    verified.push({ candidate: c, variant, metadata: m, digest: v.package.digest, contentDigest: v.package.contentDigest });
  }
  const fingerprint = (m) => canonicalJson(m.data.map((d) => [d.path, d.kind, d.hash, d.actual ?? d.hash]));
  const groups = /* @__PURE__ */ new Map();
  for (const x of verified) groups.set(fingerprint(x.metadata), [...groups.get(fingerprint(x.metadata)) ?? [], x]);
  const sizes = [...groups.values()].map((g) => g.length).sort((a, b) => b - a);
  const agreed = sizes.length > 1 && sizes[0] === sizes[1] ? null : [...groups.values()].find((g) => g.length === sizes[0]) ?? [];
  const accepted = [];
  for (const x of verified) {
    if (agreed === null) reject(x.candidate, `the legs disagree on the data they read (${groups.size} different sets of data digests, none held by most legs)`);
    else if (!agreed.includes(x)) reject(x.candidate, `read different data from the other legs (${agreed.length} agree): ${dataDiff(x.metadata, agreed[0].metadata)}`);
    else accepted.push(x);
  }
  const task = accepted[0]?.metadata.task ?? verified[0]?.metadata.task ?? "multiclass";
  const metric = options.metric ?? options.plan.select.metric ?? defaultMetric(task);
  const direction = options.direction ?? (options.metric ? defaultDirection(metric) : options.plan.select.direction ?? defaultDirection(metric));
  const scored = [];
  for (const x of accepted) {
    const value = x.metadata.metrics[metric];
    if (typeof value !== "number" || !Number.isFinite(value)) {
      reject(x.candidate, `has no finite ${metric} (its metrics: ${Object.keys(x.metadata.metrics).filter((k) => typeof x.metadata.metrics[k] === "number").join(", ")})`);
      continue;
    }
    scored.push({ variant: x.variant, source: x.candidate.source, archive: x.candidate.archive, digest: x.digest, contentDigest: x.contentDigest, metrics: x.metadata.metrics, value });
  }
  const sign = direction === "max" ? -1 : 1;
  scored.sort((a, b) => sign * (a.value - b.value) || compareBytes(a.variant.id, b.variant.id));
  const ranked = scored.map((s, i) => ({ ...s, rank: i + 1 }));
  const missing = options.plan.variants.filter((v) => !seen.has(v.id));
  rejected.sort((a, b) => compareBytes(a.variant, b.variant) || compareBytes(a.source, b.source));
  return { metric, direction, winner: ranked[0] ?? null, ranked, rejected, missing };
}
function disqualified(m, variant, o) {
  if (m.name !== o.name) return `is a package of "${m.name}", not "${o.name}"`;
  if (!m.variant) return `is a build of the base config, not variant ${variant.id}`;
  if (m.variant.id !== variant.id) return `holds variant ${m.variant.id}, not ${variant.id}`;
  if (canonicalJson(m.variant.overrides) !== canonicalJson(variant.overrides)) {
    return `its overrides (${canonicalJson(m.variant.overrides)}) are not the plan's (${canonicalJson(variant.overrides)})`;
  }
  if (m.code.commit !== o.commit) return `was built from commit ${m.code.commit.slice(0, 12)}, not ${o.commit.slice(0, 12)}`;
  if (m.code.tree !== o.tree) return `was built from tree ${m.code.tree.slice(0, 12)}, not ${o.tree.slice(0, 12)}`;
  if (m.dirty ?? m.code.dirty) return `is a dirty build (${(m.problems ?? []).join("; ") || "dirty working tree"})`;
  if (!m.gatesPassed) {
    const failed2 = m.gates.filter((g) => !g.passed).map((g) => `${g.metric} ${g.op} ${g.threshold}`);
    return `failed its gates (${failed2.join(", ")})`;
  }
  return null;
}
function dataDiff(a, b) {
  const byPath = new Map(b.data.map((d) => [d.path, d]));
  for (const d of a.data) {
    const o = byPath.get(d.path);
    if (!o) return `${d.path} is not read by the others`;
    if ((d.actual ?? d.hash) !== (o.actual ?? o.hash) || d.hash !== o.hash) return `${d.path} is ${d.actual ?? d.hash}, the others read ${o.actual ?? o.hash}`;
  }
  return `${b.data.find((d) => !a.data.some((x) => x.path === d.path))?.path ?? "the data list"} differs`;
}

export {
  ownFile,
  isVariantId,
  findConfigFile,
  loadConfig,
  toNumber,
  toBoolean,
  checkOutputFile,
  writeFileAtomic,
  openAtomicStream,
  configuredOutput,
  readGitFacts,
  checkWorkspace,
  describeInputs,
  inputSchema,
  outputSchema,
  trainingChart,
  ZipFile,
  readZip,
  archiveName,
  provenanceFileFor,
  buildModel,
  judgeBuildOutput,
  claimBuildOutput,
  outputFolder,
  loadModel,
  loadModelFrom,
  readPackage,
  verifyPackage,
  verifyBuild,
  runBuild,
  readRecords,
  profileFile,
  monitorData,
  ruleText,
  rowsText,
  estimateText,
  minP,
  monitorMarkdown,
  monitorHtml,
  requireSweep,
  sweepMatrix,
  selectBest,
  pullData,
  checkRemote
};
