import { createRequire as __mbCreateRequire } from 'node:module';
import { fileURLToPath as __mbFileURLToPath } from 'node:url';
import { dirname as __mbDirname } from 'node:path';
const require = __mbCreateRequire(import.meta.url);
const __mbFilename = __mbFileURLToPath(import.meta.url);
const __mbDirnameValue = __mbDirname(__mbFilename);
import {
  redact
} from "./chunk-PV4JFY4H.js";
import {
  TransientError
} from "./chunk-EI6HOR2N.js";
import {
  ModelBuildError
} from "./chunk-J3ZPWLJ2.js";
import "./chunk-LTRPNYHO.js";

// src/core/dvc/remotes/http.ts
import http from "node:http";
import https from "node:https";
import { readFileSync } from "node:fs";
var MAX_REDIRECTS = 5;
var DEFAULT_TIMEOUT_MS = 6e4;
var HttpRemote = class {
  constructor(spec, options = {}) {
    this.spec = spec;
    this.base = new URL(`${spec.url}/`);
    const maxSockets = options.maxSockets ?? 8;
    let ca;
    if (typeof spec.sslVerify === "string") {
      try {
        ca = readFileSync(spec.sslVerify);
      } catch (e) {
        throw new ModelBuildError("DVC_CONFIG_INVALID", `remote "${spec.name}": ssl_verify names a CA bundle that cannot be read (${e.code ?? "error"})`, {
          file: spec.file,
          hint: "set ssl_verify to true, false, or the path of a PEM file"
        });
      }
    }
    this.agents = {
      http: new http.Agent({ keepAlive: true, maxSockets }),
      https: new https.Agent({ keepAlive: true, maxSockets, rejectUnauthorized: spec.sslVerify !== false, ...ca ? { ca } : {} })
    };
    this.secrets = [decodeURIComponent(this.base.password), spec.auth?.kind === "basic" ? spec.auth.password : spec.auth?.value].filter((s) => Boolean(s));
  }
  spec;
  agents;
  base;
  secrets;
  headers(url) {
    const h = { "user-agent": "model-build", "accept-encoding": "identity" };
    if (url.origin !== this.base.origin) return h;
    if (this.spec.auth?.kind === "basic") {
      h.authorization = `Basic ${Buffer.from(`${this.spec.auth.user}:${this.spec.auth.password}`).toString("base64")}`;
    } else if (this.spec.auth?.kind === "custom") {
      h[this.spec.auth.header.toLowerCase()] = this.spec.auth.value;
    } else if (this.base.username || this.base.password) {
      h.authorization = `Basic ${Buffer.from(`${decodeURIComponent(this.base.username)}:${decodeURIComponent(this.base.password)}`).toString("base64")}`;
    }
    return h;
  }
  request(method, url, hops = 0) {
    const clean = new URL(url);
    clean.username = "";
    clean.password = "";
    return new Promise((resolve, reject) => {
      const lib = clean.protocol === "https:" ? https : http;
      const req = lib.request(clean, { method, headers: this.headers(url), agent: clean.protocol === "https:" ? this.agents.https : this.agents.http, timeout: this.spec.connectTimeoutMs ?? DEFAULT_TIMEOUT_MS }, (res) => {
        const status = res.statusCode ?? 0;
        if (status >= 300 && status < 400 && res.headers.location && status !== 304) {
          res.resume();
          if (hops >= MAX_REDIRECTS) {
            reject(new ModelBuildError("DVC_REMOTE_UNREACHABLE", `remote "${this.spec.name}": more than ${MAX_REDIRECTS} redirects for ${this.show(url)}`, { file: this.spec.file }));
            return;
          }
          this.request(method, new URL(res.headers.location, clean), hops + 1).then(resolve, reject);
          return;
        }
        resolve(res);
      });
      req.on("timeout", () => req.destroy(new TransientError(`${this.show(url)}: no answer within ${(this.spec.connectTimeoutMs ?? DEFAULT_TIMEOUT_MS) / 1e3} s`)));
      req.on("error", (e) => {
        if (TransientError.is(e)) reject(e);
        else reject(new TransientError(`${this.show(url)}: ${redact(String(e.code ?? e.message), this.secrets)}`));
      });
      req.end();
    });
  }
  show(url) {
    return `${url.origin}${url.pathname}`;
  }
  url(key) {
    return new URL(key, this.base);
  }
  /** Turns a status into the verdict every caller shares. */
  judge(res, url) {
    const status = res.statusCode ?? 0;
    if (status >= 200 && status < 300) return "ok";
    if (status === 404 || status === 410) return "missing";
    res.resume();
    if (status >= 500 || status === 429 || status === 408) throw new TransientError(`${this.show(url)}: HTTP ${status}`);
    if (status === 401 || status === 403) {
      throw new ModelBuildError("DVC_REMOTE_DENIED", `remote "${this.spec.name}" (${this.spec.display}) refused access: HTTP ${status}`, {
        file: this.spec.file,
        hint: "check the remote's credentials (auth, user, password in .dvc/config.local)"
      });
    }
    throw new ModelBuildError("DVC_REMOTE_UNREACHABLE", `remote "${this.spec.name}": ${this.show(url)} answered HTTP ${status}`, { file: this.spec.file, hint: "check the remote url" });
  }
  async stat(key) {
    const url = this.url(key);
    const res = await this.request("HEAD", url);
    res.resume();
    if (this.judge(res, url) === "missing") return { exists: false };
    const len = Number(res.headers["content-length"]);
    return Number.isSafeInteger(len) && len >= 0 ? { exists: true, size: len } : { exists: true };
  }
  async get(key) {
    const url = this.url(key);
    const res = await this.request("GET", url);
    if (this.judge(res, url) === "missing") {
      res.resume();
      return null;
    }
    const len = Number(res.headers["content-length"]);
    const readTimeout = this.spec.readTimeoutMs ?? DEFAULT_TIMEOUT_MS;
    res.setTimeout(readTimeout, () => res.destroy(new TransientError(`${this.show(url)}: no data for ${readTimeout / 1e3} s`)));
    const show = this.show(url);
    async function* body() {
      try {
        for await (const chunk of res) yield chunk;
      } catch (e) {
        throw TransientError.is(e) ? e : new TransientError(`${show}: the connection dropped (${e.code ?? e.message})`, true);
      }
      if (!res.complete) throw new TransientError(`${show}: the connection closed before the whole body arrived`, true);
    }
    return { body: body(), ...Number.isSafeInteger(len) && len >= 0 ? { size: len } : {} };
  }
  close() {
    this.agents.http.destroy();
    this.agents.https.destroy();
  }
};
export {
  HttpRemote
};
