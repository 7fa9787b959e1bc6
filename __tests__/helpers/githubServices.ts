// A loopback stand-in for the GitHub services an action talks to, speaking the wire protocols of
// the REAL clients so tests can run `@actions/artifact`, `@actions/cache` and `@actions/github`
// unmodified:
//   - the Actions results service (Twirp JSON): ArtifactService and CacheService (cache v2),
//   - Azure Blob Storage (block upload, Put Blob, GET with Range) behind the signed URLs it hands out,
//   - the GitHub REST endpoints used for a sticky PR comment and for finding artifacts across runs.
// One node:http server on 127.0.0.1 (random port). Nothing leaves the machine.
//
// Notes on the real clients (checked against @actions/artifact 6.2, @actions/cache 6.3,
// @actions/github 9.1):
//   - Both Twirp clients retry 5xx/429 five times, sleeping 3 s, then 4.5–6.75 s, 6.75–10.1 s,
//     10.1–15.2 s (≈ 25–35 s before giving up); there is no env var to shorten it. Use
//     `shortenRetryDelays()` below around a test that exercises a retry path.
//   - A non-JSON Twirp error body counts as retryable (JSON.parse throws), so errors here are
//     always JSON `{code, msg}`.
//   - `@actions/github` (and the artifact client's `findBy` paths) read GITHUB_API_URL when the
//     module is first imported: set the env before importing, or pass `{ baseUrl }`.
import { createHash, createHmac, randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';

// ---------------------------------------------------------------------------------------------
// Public types

export interface GitHubServicesOptions {
  /** `owner/repo` the env points at and the REST artifact endpoints serve. Default `octo-org/model-repo`. */
  repository?: string;
  /** A token with write access to the REST API. Default `ghs_fakeWriteToken000000000000000000000`. */
  githubToken?: string;
  /** A token whose REST writes answer 403 (a fork PR's GITHUB_TOKEN). Default `ghs_fakeReadOnlyToken...`. */
  readOnlyToken?: string;
  /** Login of the user behind `githubToken` (and `readOnlyToken`). Default `github-actions[bot]`. */
  botLogin?: string;
  /** Port to listen on; 0 (default) picks a free one. */
  port?: number;
  /** Largest request body accepted (bytes); bigger answers 413. Default 512 MiB. */
  maxBodyBytes?: number;
}

/** What a workflow run looks like to the REST API (`workflow_run` of an artifact). */
export interface RunInfo {
  headBranch?: string;
  headSha?: string;
  /** GITHUB_RUN_ATTEMPT. Default 1. */
  attempt?: number;
  /** Also exported as GITHUB_EVENT_NAME / GITHUB_REF / GITHUB_BASE_REF / GITHUB_HEAD_REF when given. */
  event?: string;
  ref?: string;
  baseRef?: string;
  headRef?: string;
}

export interface BackendIds {
  workflowRunBackendId: string;
  workflowJobRunBackendId: string;
}

export interface ArtifactRecord {
  id: number;
  name: string;
  /** GITHUB_RUN_ID / job id given to `env()` (or `seedArtifact`). */
  runId: number;
  jobId: number;
  workflowRunBackendId: string;
  workflowJobRunBackendId: string;
  mimeType: string | undefined;
  /** CreateArtifact `version` (7 for @actions/artifact 6). */
  version: number | undefined;
  /** RFC 3339, from the client's retentionDays; undefined = repository default. */
  expiresAt: string | undefined;
  createdAt: string;
  finalized: boolean;
  deleted: boolean;
  /** As reported by FinalizeArtifact. */
  size: number;
  /** As reported by FinalizeArtifact: `sha256:<hex>`. */
  hash: string | undefined;
  /** The assembled blob (a zip, unless the client used skipArchive). Empty until uploaded. */
  bytes: Buffer;
  /** `<account>/<container>/<blob>` of the backing blob. */
  blobPath: string;
}

export interface CacheEntryRecord {
  id: number;
  key: string;
  version: string;
  createdAt: string;
  finalized: boolean;
  /** As reported by FinalizeCacheEntryUpload. */
  size: number;
  /** The uploaded archive (tar.zst or tar.gz). Empty until uploaded. */
  bytes: Buffer;
  blobPath: string;
}

export interface CommentRecord {
  id: number;
  owner: string;
  repo: string;
  issueNumber: number;
  body: string;
  user: { login: string; id: number; type: 'Bot' | 'User' };
  createdAt: string;
  updatedAt: string;
}

/** A Sigstore bundle stored through POST /repos/{owner}/{repo}/attestations. */
export interface AttestationRecord {
  id: number;
  owner: string;
  repo: string;
  /** The bundle as posted (application/vnd.dev.sigstore.bundle.v0.3+json). */
  bundle: Record<string, unknown>;
}

export interface LoggedRequest {
  seq: number;
  method: string;
  /** Path and query as received. */
  url: string;
  /** E.g. `CreateArtifact`, `blob.PutBlock`, `rest.createComment`, `unknown`. */
  operation: string;
  status: number;
  /** Which credential the request carried. */
  auth: 'runtime' | 'github' | 'readonly' | 'signed-url' | 'none' | 'invalid';
  /** True when the answer came from `faults`. */
  fault: boolean;
  /** Parsed JSON request body (Twirp and REST writes). */
  body?: unknown;
  /** Length of a blob upload body. */
  bytes?: number;
}

/**
 * Operation names for `faults`. Twirp methods use their own names; groups match a whole service.
 * Blob and REST operations are prefixed.
 */
export type FaultTarget =
  | 'CreateArtifact' | 'FinalizeArtifact' | 'ListArtifacts' | 'GetSignedArtifactURL' | 'DeleteArtifact'
  | 'CreateCacheEntry' | 'FinalizeCacheEntryUpload' | 'GetCacheEntryDownloadURL'
  | 'ArtifactService' | 'CacheService'
  | 'blob' | 'blob.PutBlock' | 'blob.PutBlockList' | 'blob.PutBlob' | 'blob.GetBlob'
  | 'rest' | 'rest.listComments' | 'rest.getComment' | 'rest.createComment' | 'rest.updateComment'
  | 'rest.deleteComment' | 'rest.listRepoArtifacts' | 'rest.listRunArtifacts' | 'rest.getArtifact'
  | 'rest.downloadArtifact' | 'rest.deleteArtifact' | 'rest.createAttestation';

export interface FaultOptions {
  /** HTTP status to answer. */
  status: number;
  /** How many matching calls fail. Default 1; `Infinity` for all until `clear()`. */
  times?: number;
  /** JSON body; default a Twirp `{code, msg}` / REST `{message}` / Azure XML error fitting the route. */
  body?: unknown;
  headers?: Record<string, string>;
}

export interface FaultController {
  /** The next `times` calls of `target` answer `status`. */
  fail(target: FaultTarget, options: FaultOptions): void;
  /**
   * The storage-quota answer of the results service: 403 `{code:"resource_exhausted",
   * msg:"insufficient usage ..."}`. The clients turn it into their UsageError text ("Artifact
   * storage quota has been hit..." / "Cache storage quota has been hit...") without retrying.
   */
  quota(target?: 'CreateArtifact' | 'CreateCacheEntry', times?: number): void;
  /** The next `times` calls of `target` get their socket destroyed (ECONNRESET: the Twirp clients do NOT retry network errors). */
  dropConnection(target: FaultTarget, times?: number): void;
  clear(): void;
  /** Faults not yet used up. */
  readonly pending: ReadonlyArray<{ target: FaultTarget; remaining: number; status: number | 'reset' }>;
}

export interface Services {
  /** `http://127.0.0.1:PORT` (no trailing slash). */
  readonly url: string;
  readonly port: number;
  readonly repository: string;
  readonly githubToken: string;
  readonly readOnlyToken: string;
  /** RUNNER_TEMP handed out by `env()`; removed by `close()`. */
  readonly runnerTemp: string;
  /**
   * Environment a runner would set for job `jobId` of run `runId` so the real clients talk to this
   * server. Assign it onto process.env (the clients read env at call time, except
   * `@actions/github`'s default baseUrl, read at import).
   */
  env(runId: number, jobId?: number, run?: RunInfo): Record<string, string>;
  /** The ACTIONS_RUNTIME_TOKEN for a run/job (a HS256 JWT this server verifies). */
  runtimeToken(runId: number, jobId?: number): string;
  backendIds(runId: number, jobId?: number): BackendIds;
  /** Records what the REST API says about a run (head branch/sha), as `env()` does. */
  registerRun(runId: number, run: RunInfo): void;
  /** Adds a finalized artifact without going through the clients (e.g. the base branch's package). */
  seedArtifact(seed: { name: string; runId: number; jobId?: number; bytes: Buffer; run?: RunInfo; createdAt?: Date; expiresAt?: Date }): ArtifactRecord;
  /** Adds an issue/PR comment (e.g. someone else's, or an earlier sticky comment). */
  seedComment(seed: { issueNumber: number; body: string; login?: string; type?: 'Bot' | 'User'; repository?: string }): CommentRecord;
  /** All artifacts ever created (check `finalized` / `deleted`). Live array. */
  readonly artifacts: ArtifactRecord[];
  readonly caches: CacheEntryRecord[];
  readonly comments: CommentRecord[];
  /** Attestations stored through the REST API. */
  readonly attestations: AttestationRecord[];
  readonly requests: LoggedRequest[];
  readonly faults: FaultController;
  /** Committed bytes of the blob behind a signed URL (or `<account>/<container>/<blob>` path). */
  blob(urlOrPath: string): Buffer | undefined;
  /** Forget artifacts, caches, comments, requests and faults (tokens stay valid). */
  reset(): void;
  close(): Promise<void>;
}

// ---------------------------------------------------------------------------------------------
// Helpers for tests that drive the real clients

/**
 * Makes the clients' long retry sleeps short: every `setTimeout` whose delay lies in
 * [minMs, maxMs] (default 2 s – 20 s: Twirp backoff 3–15 s, http-client 5 s, Azure SDK 4/8/16 s)
 * fires after `toMs` instead. Timers outside the window (progress displays at 1 s, the artifact
 * download stall timer at 30 s, test timeouts) are untouched. Returns the restore function.
 */
export function shortenRetryDelays(options: { minMs?: number; maxMs?: number; toMs?: number } = {}): () => void {
  const { minMs = 2_000, maxMs = 20_000, toMs = 5 } = options;
  const original = globalThis.setTimeout;
  const patched = function (this: unknown, handler: unknown, timeout?: number, ...args: unknown[]) {
    const t = typeof timeout === 'number' && timeout >= minMs && timeout <= maxMs ? toMs : timeout;
    return (original as (...a: unknown[]) => unknown).call(this, handler, t, ...args);
  };
  Object.assign(patched, original);
  globalThis.setTimeout = patched as unknown as typeof setTimeout;
  return () => {
    globalThis.setTimeout = original;
  };
}

export interface ActionsOutput {
  /** Every line written to stdout while capturing. */
  readonly lines: string[];
  /** Messages of `::warning::` / `::error::` / `::notice::` workflow commands (decoded). */
  readonly warnings: string[];
  readonly errors: string[];
  readonly notices: string[];
  /** Plain lines (core.info), without workflow commands. */
  readonly info: string[];
  restore(): void;
}

/**
 * Captures (and silences) process.stdout, where `@actions/core` writes everything: info lines and
 * `::warning::`, `::error::`, `::debug::`, `::add-mask::` commands.
 */
export function captureActionsOutput(options: { passThrough?: boolean } = {}): ActionsOutput {
  const original = process.stdout.write;
  const out: ActionsOutput = { lines: [], warnings: [], errors: [], notices: [], info: [], restore };
  let pending = '';
  const decode = (s: string): string => s.replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%25/g, '%');
  const take = (line: string): void => {
    out.lines.push(line);
    const m = /^::(\w[\w-]*)(?: [^:]*)?::(.*)$/s.exec(line);
    if (!m) {
      out.info.push(line);
      return;
    }
    const message = decode(m[2] ?? '');
    if (m[1] === 'warning') out.warnings.push(message);
    else if (m[1] === 'error') out.errors.push(message);
    else if (m[1] === 'notice') out.notices.push(message);
  };
  process.stdout.write = function (chunk: unknown, ...rest: unknown[]): boolean {
    const text = typeof chunk === 'string' ? chunk : Buffer.from(chunk as Uint8Array).toString('utf8');
    pending += text;
    let nl: number;
    while ((nl = pending.indexOf('\n')) >= 0) {
      take(pending.slice(0, nl).replace(/\r$/, ''));
      pending = pending.slice(nl + 1);
    }
    if (options.passThrough) return (original as (...a: unknown[]) => boolean).call(process.stdout, chunk, ...rest);
    const cb = rest.find((r) => typeof r === 'function') as (() => void) | undefined;
    if (cb) cb();
    return true;
  } as typeof process.stdout.write;
  function restore(): void {
    if (pending) take(pending);
    pending = '';
    process.stdout.write = original;
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Implementation

const ARTIFACT_SERVICE = 'github.actions.results.api.v1.ArtifactService';
const CACHE_SERVICE = 'github.actions.results.api.v1.CacheService';
const BLOB_ACCOUNT = 'fakeactionsblob';
const AZURE_VERSION = '2025-01-05';
const DEFAULT_REPO = 'octo-org/model-repo';
const BOT = { login: 'github-actions[bot]', id: 41898282 };
// Characters @actions/artifact refuses in artifact names (path-and-artifact-name-validation).
const INVALID_NAME_CHARS = ['"', ':', '<', '>', '|', '*', '?', '\r', '\n', '\\', '/'];

class HttpError extends Error {
  constructor(readonly status: number, readonly code: string, message: string) {
    super(message);
  }
}

interface Fault {
  target: FaultTarget;
  remaining: number;
  status: number | 'reset';
  body?: unknown;
  headers?: Record<string, string>;
}

interface BlobState {
  sig: string;
  contentType: string;
  committed: Buffer | undefined;
  uncommitted: Map<string, Buffer>;
  etag: string;
  lastModified: Date;
  onCommit?: (bytes: Buffer) => void;
}

const b64url = (data: string | Buffer): string => Buffer.from(data).toString('base64url');
const nowIso = (d = new Date()): string => d.toISOString().replace(/\.\d{3}Z$/, 'Z');
const md5b64 = (b: Buffer): string => createHash('md5').update(b).digest('base64');
const sha256hex = (b: Buffer): string => createHash('sha256').update(b).digest('hex');

/** Deterministic UUID-shaped backend ids: what the client parses from the token's scp claim. */
function backendIdsFor(runId: number, jobId: number): BackendIds {
  const hex = (n: number, len: number): string => n.toString(16).padStart(len, '0').slice(-len);
  return {
    workflowRunBackendId: `${hex(runId >>> 16, 8)}-${hex(runId & 0xffff, 4)}-4000-8000-${hex(runId, 12)}`,
    workflowJobRunBackendId: `${hex(jobId >>> 16, 8)}-${hex(jobId & 0xffff, 4)}-5000-9000-${hex(runId * 31 + jobId, 12)}`,
  };
}

export async function startGitHubServices(options: GitHubServicesOptions = {}): Promise<Services> {
  const repository = options.repository ?? DEFAULT_REPO;
  const githubToken = options.githubToken ?? 'ghs_fakeWriteToken0000000000000000000000';
  const readOnlyToken = options.readOnlyToken ?? 'ghs_fakeReadOnlyToken000000000000000000';
  const botLogin = options.botLogin ?? BOT.login;
  const maxBodyBytes = options.maxBodyBytes ?? 512 * 1024 * 1024;
  const secret = randomBytes(32);
  const runnerTemp = mkdtempSync(path.join(tmpdir(), 'mb-runner-temp-'));

  const artifacts: ArtifactRecord[] = [];
  const caches: CacheEntryRecord[] = [];
  const comments: CommentRecord[] = [];
  const attestations: AttestationRecord[] = [];
  const requests: LoggedRequest[] = [];
  const faultList: Fault[] = [];
  const blobs = new Map<string, BlobState>();
  const runs = new Map<number, RunInfo>();
  let nextArtifactId = 4_200_001;
  let nextCacheId = 7_001;
  let nextCommentId = 1_900_000_001;
  let seq = 0;
  let baseUrl = '';

  // ----- tokens -----
  function runtimeToken(runId: number, jobId = 1): string {
    const ids = backendIdsFor(runId, jobId);
    const iat = Math.floor(Date.now() / 1000);
    const header = b64url(JSON.stringify({ typ: 'JWT', alg: 'HS256', x5t: 'fake' }));
    const payload = b64url(
      JSON.stringify({
        nameid: 'dddddddd-dddd-dddd-dddd-dddddddddddd',
        scp: `Actions.ExampleScope Actions.GenericRead:00000000-0000-0000-0000-000000000000 Actions.Results:${ids.workflowRunBackendId}:${ids.workflowJobRunBackendId} Actions.UploadArtifacts:${ids.workflowRunBackendId}:${ids.workflowJobRunBackendId}`,
        ac: JSON.stringify([{ Scope: 'refs/heads/main', Permission: 3 }]),
        iss: 'vstoken.actions.githubusercontent.com',
        aud: 'vstoken.actions.githubusercontent.com',
        run_id: String(runId),
        job_id: String(jobId),
        iat,
        nbf: iat - 60,
        exp: iat + 6 * 3600,
      }),
    );
    const sig = createHmac('sha256', secret).update(`${header}.${payload}`).digest('base64url');
    return `${header}.${payload}.${sig}`;
  }

  /** Verifies a runtime token; returns the ids in its Actions.Results scope. */
  function verifyRuntimeToken(authorization: string | undefined): (BackendIds & { runId: number; jobId: number }) | undefined {
    const m = /^Bearer (.+)$/.exec(authorization ?? '');
    if (!m?.[1]) return undefined;
    const parts = m[1].split('.');
    if (parts.length !== 3) return undefined;
    const [h, p, s] = parts as [string, string, string];
    const expected = createHmac('sha256', secret).update(`${h}.${p}`).digest('base64url');
    if (s !== expected) return undefined;
    try {
      const claims = JSON.parse(Buffer.from(p, 'base64url').toString('utf8')) as { scp?: string; run_id?: string; job_id?: string; exp?: number };
      if (typeof claims.exp === 'number' && claims.exp * 1000 < Date.now()) return undefined;
      for (const scope of (claims.scp ?? '').split(' ')) {
        const sp = scope.split(':');
        if (sp[0] === 'Actions.Results' && sp.length === 3 && sp[1] && sp[2]) {
          return { workflowRunBackendId: sp[1], workflowJobRunBackendId: sp[2], runId: Number(claims.run_id), jobId: Number(claims.job_id) };
        }
      }
    } catch {
      return undefined;
    }
    return undefined;
  }

  function restAuth(authorization: string | undefined): 'github' | 'readonly' | 'none' | 'invalid' {
    if (!authorization) return 'none';
    const m = /^(?:token|bearer) (.+)$/i.exec(authorization.trim());
    if (!m) return 'invalid';
    if (m[1] === githubToken) return 'github';
    if (m[1] === readOnlyToken) return 'readonly';
    return 'invalid';
  }

  // ----- blobs -----
  function newBlob(account: string, container: string, name: string, contentType = 'application/octet-stream'): { path: string; url: string; state: BlobState } {
    const blobPath = `${account}/${container}/${name.split('/').map(encodeURIComponent).join('/')}`;
    const state: BlobState = {
      sig: randomBytes(12).toString('base64url'),
      contentType,
      committed: undefined,
      uncommitted: new Map(),
      etag: `"0x8DC${randomBytes(6).toString('hex').toUpperCase()}"`,
      lastModified: new Date(),
    };
    blobs.set(blobPath, state);
    return { path: blobPath, url: signedUrl(blobPath, state, 'racw'), state };
  }
  function signedUrl(blobPath: string, state: BlobState, sp: string): string {
    const se = new Date(Date.now() + 3600_000).toISOString();
    const q = new URLSearchParams({ sv: AZURE_VERSION, se, sr: 'b', sp, sig: state.sig });
    return `${baseUrl}/${blobPath}?${q.toString()}`;
  }
  function blobPathOf(urlOrPath: string): string {
    if (/^https?:/.test(urlOrPath)) return new URL(urlOrPath).pathname.replace(/^\//, '');
    return urlOrPath.replace(/^\//, '');
  }
  function commitBlob(state: BlobState, bytes: Buffer): void {
    state.committed = bytes;
    state.uncommitted.clear();
    state.etag = `"0x8DC${randomBytes(6).toString('hex').toUpperCase()}"`;
    state.lastModified = new Date();
    state.onCommit?.(bytes);
  }

  // ----- artifacts -----
  function artifactView(a: ArtifactRecord): Record<string, unknown> {
    const run = runs.get(a.runId) ?? {};
    const api = `${baseUrl}/repos/${repository}/actions/artifacts/${a.id}`;
    const expired = a.expiresAt !== undefined && Date.parse(a.expiresAt) < Date.now();
    return {
      id: a.id,
      node_id: `MDg6QXJ0aWZhY3Q${a.id}`,
      name: a.name,
      size_in_bytes: a.size,
      url: api,
      archive_download_url: `${api}/zip`,
      expired,
      digest: a.hash ?? null,
      created_at: a.createdAt,
      updated_at: a.createdAt,
      expires_at: a.expiresAt ?? nowIso(new Date(Date.parse(a.createdAt) + 90 * 86400_000)),
      workflow_run: {
        id: a.runId,
        repository_id: 123456789,
        head_repository_id: 123456789,
        head_branch: run.headBranch ?? null,
        head_sha: run.headSha ?? null,
      },
    };
  }
  const liveArtifacts = (): ArtifactRecord[] => artifacts.filter((a) => a.finalized && !a.deleted);

  function artifactIdsMatch(body: Record<string, unknown>, ids: BackendIds): void {
    if (body.workflow_run_backend_id !== ids.workflowRunBackendId || body.workflow_job_run_backend_id !== ids.workflowJobRunBackendId) {
      throw new HttpError(403, 'permission_denied', 'workflow_run_backend_id / workflow_job_run_backend_id do not match the token');
    }
  }

  function artifactTwirp(method: string, body: Record<string, unknown>, ids: BackendIds & { runId: number; jobId: number }): unknown {
    switch (method) {
      case 'CreateArtifact': {
        artifactIdsMatch(body, ids);
        const name = typeof body.name === 'string' ? body.name : '';
        if (!name || INVALID_NAME_CHARS.some((c) => name.includes(c))) throw new HttpError(400, 'invalid_argument', `invalid artifact name: ${JSON.stringify(name)}`);
        if (liveArtifacts().some((a) => a.workflowRunBackendId === ids.workflowRunBackendId && a.name === name)) {
          throw new HttpError(409, 'already_exists', `an artifact with this name already exists on the workflow run`);
        }
        if (artifacts.filter((a) => a.workflowJobRunBackendId === ids.workflowJobRunBackendId && !a.deleted).length >= 500) {
          throw new HttpError(400, 'invalid_argument', 'maximum number of artifacts (500) for this job reached');
        }
        let expiresAt: string | undefined;
        if (body.expires_at !== undefined) {
          const t = Date.parse(String(body.expires_at));
          if (Number.isNaN(t)) throw new HttpError(400, 'invalid_argument', 'invalid expires_at');
          expiresAt = nowIso(new Date(t));
        }
        // An unfinalized upload with the same name is replaced (the client retried).
        for (const a of artifacts) if (!a.finalized && !a.deleted && a.workflowRunBackendId === ids.workflowRunBackendId && a.name === name) a.deleted = true;
        const id = nextArtifactId++;
        const mimeType = typeof body.mime_type === 'string' ? body.mime_type : undefined;
        const blob = newBlob(BLOB_ACCOUNT, 'actions-results', `${ids.workflowRunBackendId}/${id}/${name}${mimeType === 'application/zip' || mimeType === undefined ? '.zip' : ''}`, mimeType ?? 'application/zip');
        const record: ArtifactRecord = {
          id,
          name,
          runId: ids.runId,
          jobId: ids.jobId,
          workflowRunBackendId: ids.workflowRunBackendId,
          workflowJobRunBackendId: ids.workflowJobRunBackendId,
          mimeType,
          version: typeof body.version === 'number' ? body.version : undefined,
          expiresAt,
          createdAt: nowIso(),
          finalized: false,
          deleted: false,
          size: 0,
          hash: undefined,
          bytes: Buffer.alloc(0),
          blobPath: blob.path,
        };
        blob.state.onCommit = (bytes) => {
          record.bytes = bytes;
        };
        artifacts.push(record);
        return { ok: true, signed_upload_url: blob.url };
      }
      case 'FinalizeArtifact': {
        artifactIdsMatch(body, ids);
        const record = [...artifacts].reverse().find((a) => !a.deleted && !a.finalized && a.workflowRunBackendId === ids.workflowRunBackendId && a.name === body.name);
        if (!record) throw new HttpError(404, 'not_found', `no pending artifact named ${JSON.stringify(body.name)}`);
        const blob = blobs.get(record.blobPath);
        if (!blob?.committed) throw new HttpError(400, 'failed_precondition', 'artifact blob was not uploaded');
        const size = Number(body.size ?? 0);
        if (size !== blob.committed.length) throw new HttpError(400, 'invalid_argument', `size ${size} does not match uploaded blob (${blob.committed.length} bytes)`);
        const hash = typeof body.hash === 'string' ? body.hash : undefined;
        if (hash !== undefined && hash !== `sha256:${sha256hex(blob.committed)}`) throw new HttpError(400, 'invalid_argument', 'hash does not match uploaded blob');
        record.size = size;
        record.hash = hash;
        record.bytes = blob.committed;
        record.finalized = true;
        return { ok: true, artifact_id: String(record.id) };
      }
      case 'ListArtifacts': {
        if (body.workflow_run_backend_id !== ids.workflowRunBackendId) throw new HttpError(403, 'permission_denied', 'workflow_run_backend_id does not match the token');
        const list = liveArtifacts().filter(
          (a) =>
            a.workflowRunBackendId === ids.workflowRunBackendId &&
            (body.name_filter === undefined || a.name === body.name_filter) &&
            (body.id_filter === undefined || String(a.id) === String(body.id_filter)),
        );
        return {
          artifacts: list.map((a) => ({
            workflow_run_backend_id: a.workflowRunBackendId,
            workflow_job_run_backend_id: a.workflowJobRunBackendId,
            database_id: String(a.id),
            name: a.name,
            size: String(a.size),
            created_at: a.createdAt,
            ...(a.hash ? { digest: a.hash } : {}),
          })),
        };
      }
      case 'GetSignedArtifactURL': {
        if (body.workflow_run_backend_id !== ids.workflowRunBackendId) throw new HttpError(403, 'permission_denied', 'workflow_run_backend_id does not match the token');
        const a = liveArtifacts().find((x) => x.workflowRunBackendId === ids.workflowRunBackendId && x.name === body.name);
        const state = a && blobs.get(a.blobPath);
        if (!a || !state) throw new HttpError(404, 'not_found', `artifact ${JSON.stringify(body.name)} not found`);
        return { signed_url: signedUrl(a.blobPath, state, 'r') };
      }
      case 'DeleteArtifact': {
        artifactIdsMatch(body, ids);
        const a = liveArtifacts().find((x) => x.workflowRunBackendId === ids.workflowRunBackendId && x.name === body.name);
        if (!a) throw new HttpError(404, 'not_found', `artifact ${JSON.stringify(body.name)} not found`);
        a.deleted = true;
        return { ok: true, artifact_id: String(a.id) };
      }
      default:
        throw new HttpError(404, 'bad_route', `no handler for path "/twirp/${ARTIFACT_SERVICE}/${method}"`);
    }
  }

  // ----- cache -----
  function cacheTwirp(method: string, body: Record<string, unknown>): unknown {
    const key = typeof body.key === 'string' ? body.key : '';
    const version = typeof body.version === 'string' ? body.version : '';
    switch (method) {
      case 'CreateCacheEntry': {
        if (!key || !version) throw new HttpError(400, 'invalid_argument', 'key and version are required');
        const existing = caches.find((c) => c.key === key && c.version === version);
        if (existing) throw new HttpError(409, 'already_exists', 'cache entry with the same key, version, and scope already exists');
        const id = nextCacheId++;
        const blob = newBlob(BLOB_ACCOUNT, 'actions-cache', `${id}/cache.archive`);
        const entry: CacheEntryRecord = { id, key, version, createdAt: nowIso(), finalized: false, size: 0, bytes: Buffer.alloc(0), blobPath: blob.path };
        blob.state.onCommit = (bytes) => {
          entry.bytes = bytes;
        };
        caches.push(entry);
        return { ok: true, signed_upload_url: blob.url };
      }
      case 'FinalizeCacheEntryUpload': {
        const entry = caches.find((c) => c.key === key && c.version === version && !c.finalized);
        if (!entry) throw new HttpError(404, 'not_found', 'cache entry not found');
        const state = blobs.get(entry.blobPath);
        if (!state?.committed) throw new HttpError(400, 'failed_precondition', 'cache archive was not uploaded');
        const size = Number(body.size_bytes ?? 0);
        if (size !== state.committed.length) throw new HttpError(400, 'invalid_argument', `size_bytes ${size} does not match uploaded blob (${state.committed.length} bytes)`);
        entry.size = size;
        entry.bytes = state.committed;
        entry.finalized = true;
        return { ok: true, entry_id: String(entry.id) };
      }
      case 'GetCacheEntryDownloadURL': {
        const restoreKeys = Array.isArray(body.restore_keys) ? body.restore_keys.map(String) : [];
        const candidates = caches.filter((c) => c.finalized && c.version === version).sort((a, b) => b.id - a.id);
        const hit =
          candidates.find((c) => c.key === key) ??
          candidates.find((c) => c.key.startsWith(key)) ??
          restoreKeys.map((rk) => candidates.find((c) => c.key.startsWith(rk))).find((c) => c !== undefined);
        if (!hit) return { ok: false, signed_download_url: '', matched_key: '' };
        const state = blobs.get(hit.blobPath);
        if (!state) return { ok: false, signed_download_url: '', matched_key: '' };
        return { ok: true, signed_download_url: signedUrl(hit.blobPath, state, 'r'), matched_key: hit.key };
      }
      default:
        throw new HttpError(404, 'bad_route', `no handler for path "/twirp/${CACHE_SERVICE}/${method}"`);
    }
  }

  // ----- faults -----
  function groupOf(op: string): FaultTarget | undefined {
    if (['CreateArtifact', 'FinalizeArtifact', 'ListArtifacts', 'GetSignedArtifactURL', 'DeleteArtifact'].includes(op)) return 'ArtifactService';
    if (['CreateCacheEntry', 'FinalizeCacheEntryUpload', 'GetCacheEntryDownloadURL'].includes(op)) return 'CacheService';
    if (op.startsWith('blob.')) return 'blob';
    if (op.startsWith('rest.')) return 'rest';
    return undefined;
  }
  function takeFault(op: string): Fault | undefined {
    const group = groupOf(op);
    const f = faultList.find((x) => x.remaining > 0 && (x.target === op || x.target === group));
    if (!f) return undefined;
    f.remaining -= 1;
    return f;
  }
  const faults: FaultController = {
    fail(target, o) {
      faultList.push({ target, remaining: o.times ?? 1, status: o.status, body: o.body, headers: o.headers });
    },
    quota(target = 'CreateArtifact', times = 1) {
      const what = target === 'CreateArtifact' ? 'create artifact' : 'create cache entry';
      faultList.push({ target, remaining: times, status: 403, body: { code: 'resource_exhausted', msg: `insufficient usage to ${what}` } });
    },
    dropConnection(target, times = 1) {
      faultList.push({ target, remaining: times, status: 'reset' });
    },
    clear() {
      faultList.length = 0;
    },
    get pending() {
      return faultList.filter((f) => f.remaining > 0).map((f) => ({ target: f.target, remaining: f.remaining, status: f.status }));
    },
  };

  // ----- HTTP plumbing -----
  async function readBody(req: IncomingMessage): Promise<Buffer> {
    const chunks: Buffer[] = [];
    let total = 0;
    for await (const chunk of req) {
      const b = chunk as Buffer;
      total += b.length;
      if (total > maxBodyBytes) throw new HttpError(413, 'request_too_large', `body over ${maxBodyBytes} bytes`);
      chunks.push(b);
    }
    return Buffer.concat(chunks);
  }

  function azureHeaders(extra: Record<string, string> = {}): Record<string, string> {
    return {
      'x-ms-request-id': randomBytes(16).toString('hex').replace(/^(.{8})(.{4})(.{4})(.{4})(.{12})$/, '$1-$2-$3-$4-$5'),
      'x-ms-version': AZURE_VERSION,
      date: new Date().toUTCString(),
      server: 'Windows-Azure-Blob/1.0 Microsoft-HTTPAPI/2.0',
      ...extra,
    };
  }

  function sendJson(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
    const text = JSON.stringify(body);
    res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'content-length': String(Buffer.byteLength(text)), ...headers });
    res.end(text);
  }
  function sendAzureError(res: ServerResponse, status: number, code: string, message: string): void {
    const xml = `<?xml version="1.0" encoding="utf-8"?><Error><Code>${code}</Code><Message>${message.replace(/[<&>]/g, ' ')}\nRequestId:fake\nTime:${new Date().toISOString()}</Message></Error>`;
    res.writeHead(status, { ...azureHeaders({ 'x-ms-error-code': code }), 'content-type': 'application/xml', 'content-length': String(Buffer.byteLength(xml)) });
    res.end(xml);
  }

  type Kind = 'twirp' | 'blob' | 'rest';
  function sendFault(res: ServerResponse, kind: Kind, f: Fault): number {
    if (f.status === 'reset') {
      res.socket?.destroy();
      return 0;
    }
    const status = f.status;
    if (kind === 'blob' && f.body === undefined) {
      sendAzureError(res, status, status === 503 ? 'ServerBusy' : status === 403 ? 'AuthorizationFailure' : 'InternalError', `injected fault ${status}`);
      return status;
    }
    const body =
      f.body ??
      (kind === 'twirp'
        ? { code: twirpCodeFor(status), msg: `injected fault ${status}` }
        : { message: `injected fault ${status}`, documentation_url: 'https://docs.github.com/rest', status: String(status) });
    sendJson(res, status, body, f.headers);
    return status;
  }
  function twirpCodeFor(status: number): string {
    return ({ 400: 'invalid_argument', 401: 'unauthenticated', 403: 'permission_denied', 404: 'not_found', 409: 'already_exists', 412: 'failed_precondition', 429: 'resource_exhausted', 501: 'unimplemented', 503: 'unavailable' } as Record<number, string>)[status] ?? 'internal';
  }

  function log(entry: Omit<LoggedRequest, 'seq'>): void {
    requests.push({ seq: ++seq, ...entry });
  }

  // ----- Twirp -----
  async function handleTwirp(req: IncomingMessage, res: ServerResponse, service: string, method: string): Promise<void> {
    const entry: Omit<LoggedRequest, 'seq'> = { method: req.method ?? '', url: req.url ?? '', operation: method, status: 0, auth: 'none', fault: false };
    try {
      const raw = await readBody(req);
      try {
        entry.body = raw.length ? JSON.parse(raw.toString('utf8')) : {};
      } catch {
        throw new HttpError(400, 'malformed', 'request body is not JSON');
      }
      const ids = verifyRuntimeToken(req.headers.authorization);
      entry.auth = ids ? 'runtime' : req.headers.authorization ? 'invalid' : 'none';
      const fault = takeFault(method);
      if (fault) {
        entry.fault = true;
        entry.status = sendFault(res, 'twirp', fault);
        return;
      }
      if (req.method !== 'POST') throw new HttpError(404, 'bad_route', `unsupported method ${req.method}`);
      if (!ids) throw new HttpError(401, 'unauthenticated', 'missing or invalid runtime token');
      if (!String(req.headers['content-type'] ?? '').startsWith('application/json')) throw new HttpError(400, 'malformed', 'only application/json is supported');
      const body = (entry.body ?? {}) as Record<string, unknown>;
      const out = service === ARTIFACT_SERVICE ? artifactTwirp(method, body, ids) : cacheTwirp(method, body);
      sendJson(res, 200, out);
      entry.status = 200;
    } catch (e) {
      const err = e instanceof HttpError ? e : new HttpError(500, 'internal', (e as Error).message);
      sendJson(res, err.status, { code: err.code, msg: err.message });
      entry.status = err.status;
    } finally {
      log(entry);
    }
  }

  // ----- Azure Blob -----
  async function handleBlob(req: IncomingMessage, res: ServerResponse, url: URL): Promise<void> {
    const blobPath = url.pathname.replace(/^\//, '');
    const comp = url.searchParams.get('comp');
    const method = req.method ?? '';
    const operation =
      method === 'PUT' ? (comp === 'block' ? 'blob.PutBlock' : comp === 'blocklist' ? 'blob.PutBlockList' : comp ? `blob.Put_${comp}` : 'blob.PutBlob') : method === 'GET' || method === 'HEAD' ? 'blob.GetBlob' : `blob.${method}`;
    const entry: Omit<LoggedRequest, 'seq'> = { method, url: `${url.pathname}${url.search.replace(/sig=[^&]*/, 'sig=***')}`, operation, status: 0, auth: 'none', fault: false };
    try {
      const body = method === 'PUT' ? await readBody(req) : Buffer.alloc(0);
      if (method === 'PUT') entry.bytes = body.length;
      const state = blobs.get(blobPath);
      if (state && url.searchParams.get('sig') === state.sig) entry.auth = 'signed-url';
      else if (url.searchParams.has('sig')) entry.auth = 'invalid';
      const fault = takeFault(operation);
      if (fault) {
        entry.fault = true;
        entry.status = sendFault(res, 'blob', fault);
        return;
      }
      if (!state) return void (entry.status = (sendAzureError(res, 404, 'BlobNotFound', 'The specified blob does not exist.'), 404));
      if (entry.auth !== 'signed-url') return void (entry.status = (sendAzureError(res, 403, 'AuthenticationFailed', 'Server failed to authenticate the request.'), 403));

      if (method === 'PUT' && comp === 'block') {
        const blockId = url.searchParams.get('blockid');
        if (!blockId) return void (entry.status = (sendAzureError(res, 400, 'InvalidQueryParameterValue', 'blockid is required'), 400));
        if (state.uncommitted.size >= 50_000) return void (entry.status = (sendAzureError(res, 409, 'BlockCountExceedsLimit', 'too many uncommitted blocks'), 409));
        state.uncommitted.set(blockId, body);
        res.writeHead(201, azureHeaders({ 'content-md5': md5b64(body), 'x-ms-request-server-encrypted': 'true', 'content-length': '0' }));
        res.end();
        entry.status = 201;
        return;
      }
      if (method === 'PUT' && comp === 'blocklist') {
        const xml = body.toString('utf8');
        const ids = [...xml.matchAll(/<(Latest|Uncommitted|Committed)>([^<]*)<\/\1>/g)].map((m) => m[2] ?? '');
        const parts: Buffer[] = [];
        for (const id of ids) {
          const block = state.uncommitted.get(id);
          if (!block) return void (entry.status = (sendAzureError(res, 400, 'InvalidBlockList', `block ${id} was not staged`), 400));
          parts.push(block);
        }
        const contentType = req.headers['x-ms-blob-content-type'];
        if (typeof contentType === 'string') state.contentType = contentType;
        commitBlob(state, Buffer.concat(parts));
        res.writeHead(201, azureHeaders({ etag: state.etag, 'last-modified': state.lastModified.toUTCString(), 'x-ms-request-server-encrypted': 'true', 'content-length': '0' }));
        res.end();
        entry.status = 201;
        return;
      }
      if (method === 'PUT' && !comp) {
        if (String(req.headers['x-ms-blob-type'] ?? '') !== 'BlockBlob') {
          return void (entry.status = (sendAzureError(res, 400, 'MissingRequiredHeader', 'x-ms-blob-type: BlockBlob is required'), 400));
        }
        const contentType = req.headers['x-ms-blob-content-type'];
        if (typeof contentType === 'string') state.contentType = contentType;
        commitBlob(state, body);
        res.writeHead(201, azureHeaders({ etag: state.etag, 'last-modified': state.lastModified.toUTCString(), 'content-md5': md5b64(body), 'x-ms-request-server-encrypted': 'true', 'content-length': '0' }));
        res.end();
        entry.status = 201;
        return;
      }
      if (method === 'GET' || method === 'HEAD') {
        const bytes = state.committed;
        if (!bytes) return void (entry.status = (sendAzureError(res, 404, 'BlobNotFound', 'The specified blob does not exist.'), 404));
        const common = {
          etag: state.etag,
          'last-modified': state.lastModified.toUTCString(),
          'content-type': state.contentType,
          'accept-ranges': 'bytes',
          'x-ms-blob-type': 'BlockBlob',
          'x-ms-creation-time': state.lastModified.toUTCString(),
          'x-ms-server-encrypted': 'true',
        };
        const range = String(req.headers['x-ms-range'] ?? req.headers.range ?? '');
        const m = /^bytes=(\d+)-(\d*)$/.exec(range);
        if (m) {
          const start = Number(m[1]);
          const end = Math.min(m[2] ? Number(m[2]) : bytes.length - 1, bytes.length - 1);
          if (start >= bytes.length || start > end) {
            res.writeHead(416, azureHeaders({ 'content-range': `bytes */${bytes.length}`, 'x-ms-error-code': 'InvalidRange', 'content-length': '0' }));
            res.end();
            entry.status = 416;
            return;
          }
          const slice = bytes.subarray(start, end + 1);
          res.writeHead(206, azureHeaders({ ...common, 'content-range': `bytes ${start}-${end}/${bytes.length}`, 'content-length': String(slice.length) }));
          res.end(method === 'HEAD' ? undefined : slice);
          entry.status = 206;
          return;
        }
        res.writeHead(200, azureHeaders({ ...common, 'content-md5': md5b64(bytes), 'content-length': String(bytes.length) }));
        res.end(method === 'HEAD' ? undefined : bytes);
        entry.status = 200;
        return;
      }
      sendAzureError(res, 400, 'UnsupportedHttpVerb', `${method} ${comp ?? ''} is not supported by this fake`);
      entry.status = 400;
    } catch (e) {
      const err = e instanceof HttpError ? e : new HttpError(500, 'InternalError', (e as Error).message);
      if (!res.headersSent) sendAzureError(res, err.status, err.code, err.message);
      entry.status = err.status;
    } finally {
      log(entry);
    }
  }

  // ----- REST -----
  function paginate<T>(res: ServerResponse, url: URL, items: T[]): { page: T[]; headers: Record<string, string> } {
    const perPage = Math.min(Math.max(Number(url.searchParams.get('per_page') ?? 30) || 30, 1), 100);
    const pageNo = Math.max(Number(url.searchParams.get('page') ?? 1) || 1, 1);
    const last = Math.max(Math.ceil(items.length / perPage), 1);
    const link = (p: number, rel: string): string => {
      const u = new URL(url.toString());
      u.searchParams.set('per_page', String(perPage));
      u.searchParams.set('page', String(p));
      return `<${baseUrl}${u.pathname}${u.search}>; rel="${rel}"`;
    };
    const links: string[] = [];
    if (pageNo > 1) links.push(link(pageNo - 1, 'prev'), link(1, 'first'));
    if (pageNo < last) links.push(link(pageNo + 1, 'next'), link(last, 'last'));
    void res;
    return { page: items.slice((pageNo - 1) * perPage, pageNo * perPage), headers: links.length ? { link: links.join(', ') } : {} };
  }
  function commentView(c: CommentRecord): Record<string, unknown> {
    return {
      id: c.id,
      node_id: `IC_kwDO${c.id}`,
      url: `${baseUrl}/repos/${c.owner}/${c.repo}/issues/comments/${c.id}`,
      html_url: `https://github.com/${c.owner}/${c.repo}/pull/${c.issueNumber}#issuecomment-${c.id}`,
      issue_url: `${baseUrl}/repos/${c.owner}/${c.repo}/issues/${c.issueNumber}`,
      body: c.body,
      user: { login: c.user.login, id: c.user.id, type: c.user.type },
      author_association: c.user.type === 'Bot' ? 'NONE' : 'MEMBER',
      created_at: c.createdAt,
      updated_at: c.updatedAt,
    };
  }

  interface Route {
    method: string;
    re: RegExp;
    op: string;
    write: boolean;
    run(m: RegExpExecArray, url: URL, body: Record<string, unknown>, res: ServerResponse): number;
  }
  const notFound = (res: ServerResponse): number => {
    sendJson(res, 404, { message: 'Not Found', documentation_url: 'https://docs.github.com/rest', status: '404' });
    return 404;
  };
  const sameRepo = (m: RegExpExecArray): boolean => `${m[1]}/${m[2]}`.toLowerCase() === repository.toLowerCase();
  const artifactsOf = (filter: (a: ArtifactRecord) => boolean, url: URL): ArtifactRecord[] => {
    const name = url.searchParams.get('name');
    return liveArtifacts()
      .filter((a) => (name === null || a.name === name) && filter(a))
      .sort((a, b) => Date.parse(b.createdAt) - Date.parse(a.createdAt) || b.id - a.id);
  };
  const routes: Route[] = [
    {
      method: 'GET', re: /^\/repos\/([^/]+)\/([^/]+)\/issues\/(\d+)\/comments$/, op: 'rest.listComments', write: false,
      run(m, url, _b, res) {
        const list = comments.filter((c) => c.owner === m[1] && c.repo === m[2] && c.issueNumber === Number(m[3])).sort((a, b) => a.id - b.id);
        const { page, headers } = paginate(res, url, list);
        sendJson(res, 200, page.map(commentView), headers);
        return 200;
      },
    },
    {
      method: 'POST', re: /^\/repos\/([^/]+)\/([^/]+)\/issues\/(\d+)\/comments$/, op: 'rest.createComment', write: true,
      run(m, _u, body, res) {
        if (typeof body.body !== 'string' || body.body.length === 0) {
          sendJson(res, 422, { message: 'Validation Failed', errors: [{ resource: 'IssueComment', code: 'missing_field', field: 'body' }], status: '422' });
          return 422;
        }
        if (body.body.length > 65536) {
          sendJson(res, 422, { message: 'Validation Failed', errors: [{ resource: 'IssueComment', code: 'custom', field: 'body', message: 'body is too long (maximum is 65536 characters)' }], status: '422' });
          return 422;
        }
        const t = nowIso();
        const c: CommentRecord = { id: nextCommentId++, owner: m[1] ?? '', repo: m[2] ?? '', issueNumber: Number(m[3]), body: body.body, user: { login: botLogin, id: BOT.id, type: 'Bot' }, createdAt: t, updatedAt: t };
        comments.push(c);
        sendJson(res, 201, commentView(c), { location: `${baseUrl}/repos/${c.owner}/${c.repo}/issues/comments/${c.id}` });
        return 201;
      },
    },
    {
      method: 'GET', re: /^\/repos\/([^/]+)\/([^/]+)\/issues\/comments\/(\d+)$/, op: 'rest.getComment', write: false,
      run(m, _u, _b, res) {
        const c = comments.find((x) => x.owner === m[1] && x.repo === m[2] && x.id === Number(m[3]));
        if (!c) return notFound(res);
        sendJson(res, 200, commentView(c));
        return 200;
      },
    },
    {
      method: 'PATCH', re: /^\/repos\/([^/]+)\/([^/]+)\/issues\/comments\/(\d+)$/, op: 'rest.updateComment', write: true,
      run(m, _u, body, res) {
        const c = comments.find((x) => x.owner === m[1] && x.repo === m[2] && x.id === Number(m[3]));
        if (!c) return notFound(res);
        if (typeof body.body !== 'string' || body.body.length === 0 || body.body.length > 65536) {
          sendJson(res, 422, { message: 'Validation Failed', errors: [{ resource: 'IssueComment', code: 'invalid', field: 'body' }], status: '422' });
          return 422;
        }
        c.body = body.body;
        c.updatedAt = nowIso();
        sendJson(res, 200, commentView(c));
        return 200;
      },
    },
    {
      method: 'DELETE', re: /^\/repos\/([^/]+)\/([^/]+)\/issues\/comments\/(\d+)$/, op: 'rest.deleteComment', write: true,
      run(m, _u, _b, res) {
        const i = comments.findIndex((x) => x.owner === m[1] && x.repo === m[2] && x.id === Number(m[3]));
        if (i < 0) return notFound(res);
        comments.splice(i, 1);
        res.writeHead(204);
        res.end();
        return 204;
      },
    },
    {
      method: 'GET', re: /^\/repos\/([^/]+)\/([^/]+)\/actions\/artifacts$/, op: 'rest.listRepoArtifacts', write: false,
      run(m, url, _b, res) {
        if (!sameRepo(m)) return notFound(res);
        const list = artifactsOf(() => true, url);
        const { page, headers } = paginate(res, url, list);
        sendJson(res, 200, { total_count: list.length, artifacts: page.map(artifactView) }, headers);
        return 200;
      },
    },
    {
      method: 'GET', re: /^\/repos\/([^/]+)\/([^/]+)\/actions\/runs\/(\d+)\/artifacts$/, op: 'rest.listRunArtifacts', write: false,
      run(m, url, _b, res) {
        if (!sameRepo(m)) return notFound(res);
        const list = artifactsOf((a) => a.runId === Number(m[3]), url);
        const { page, headers } = paginate(res, url, list);
        sendJson(res, 200, { total_count: list.length, artifacts: page.map(artifactView) }, headers);
        return 200;
      },
    },
    {
      method: 'GET', re: /^\/repos\/([^/]+)\/([^/]+)\/actions\/artifacts\/(\d+)$/, op: 'rest.getArtifact', write: false,
      run(m, _u, _b, res) {
        const a = sameRepo(m) ? liveArtifacts().find((x) => x.id === Number(m[3])) : undefined;
        if (!a) return notFound(res);
        sendJson(res, 200, artifactView(a));
        return 200;
      },
    },
    {
      method: 'GET', re: /^\/repos\/([^/]+)\/([^/]+)\/actions\/artifacts\/(\d+)\/zip$/, op: 'rest.downloadArtifact', write: false,
      run(m, _u, _b, res) {
        const a = sameRepo(m) ? liveArtifacts().find((x) => x.id === Number(m[3])) : undefined;
        const state = a && blobs.get(a.blobPath);
        if (!a || !state) return notFound(res);
        if (a.expiresAt !== undefined && Date.parse(a.expiresAt) < Date.now()) {
          sendJson(res, 410, { message: 'Artifact has expired', status: '410' });
          return 410;
        }
        res.writeHead(302, { location: signedUrl(a.blobPath, state, 'r'), 'content-length': '0' });
        res.end();
        return 302;
      },
    },
    {
      method: 'DELETE', re: /^\/repos\/([^/]+)\/([^/]+)\/actions\/artifacts\/(\d+)$/, op: 'rest.deleteArtifact', write: true,
      run(m, _u, _b, res) {
        const a = sameRepo(m) ? liveArtifacts().find((x) => x.id === Number(m[3])) : undefined;
        if (!a) return notFound(res);
        a.deleted = true;
        res.writeHead(204);
        res.end();
        return 204;
      },
    },
    {
      // As GitHub: a bundle with a DSSE envelope or message signature and its verification material.
      method: 'POST', re: /^\/repos\/([^/]+)\/([^/]+)\/attestations$/, op: 'rest.createAttestation', write: true,
      run(m, _u, body, res) {
        if (!sameRepo(m)) return notFound(res);
        const bundle = body.bundle as Record<string, unknown> | undefined;
        const media = typeof bundle?.mediaType === 'string' ? bundle.mediaType : '';
        if (!bundle || !media.startsWith('application/vnd.dev.sigstore.bundle') || !bundle.verificationMaterial || !(bundle.dsseEnvelope || bundle.messageSignature)) {
          sendJson(res, 422, { message: 'Invalid request.\n\nbundle is not a Sigstore bundle', documentation_url: 'https://docs.github.com/rest/repos/repos#create-an-attestation', status: '422' });
          return 422;
        }
        const a: AttestationRecord = { id: 4_000_000 + attestations.length + 1, owner: m[1] ?? '', repo: m[2] ?? '', bundle };
        attestations.push(a);
        sendJson(res, 201, { id: a.id });
        return 201;
      },
    },
  ];

  async function handleRest(req: IncomingMessage, res: ServerResponse, url: URL): Promise<void> {
    const method = req.method ?? '';
    let route: Route | undefined;
    let match: RegExpExecArray | null = null;
    for (const r of routes) {
      if (r.method !== method) continue;
      match = r.re.exec(url.pathname);
      if (match) {
        route = r;
        break;
      }
    }
    const entry: Omit<LoggedRequest, 'seq'> = { method, url: req.url ?? '', operation: route?.op ?? 'unknown', status: 0, auth: restAuth(req.headers.authorization), fault: false };
    try {
      const raw = await readBody(req);
      let body: Record<string, unknown> = {};
      if (raw.length) {
        try {
          body = JSON.parse(raw.toString('utf8')) as Record<string, unknown>;
          entry.body = body;
        } catch {
          sendJson(res, 400, { message: 'Problems parsing JSON', status: '400' });
          entry.status = 400;
          return;
        }
      }
      if (route) {
        const fault = takeFault(route.op);
        if (fault) {
          entry.fault = true;
          entry.status = sendFault(res, 'rest', fault);
          return;
        }
      }
      if (entry.auth === 'none' || entry.auth === 'invalid') {
        sendJson(res, 401, { message: 'Bad credentials', documentation_url: 'https://docs.github.com/rest', status: '401' });
        entry.status = 401;
        return;
      }
      if (!route || !match) {
        entry.status = notFound(res);
        return;
      }
      if (route.write && entry.auth === 'readonly') {
        sendJson(res, 403, { message: 'Resource not accessible by integration', documentation_url: 'https://docs.github.com/rest', status: '403' });
        entry.status = 403;
        return;
      }
      entry.status = route.run(match, url, body, res);
    } catch (e) {
      const err = e instanceof HttpError ? e : new HttpError(500, 'internal', (e as Error).message);
      if (!res.headersSent) sendJson(res, err.status, { message: err.message, status: String(err.status) });
      entry.status = err.status;
    } finally {
      log(entry);
    }
  }

  // ----- server -----
  const server: Server = createServer((req, res) => {
    res.setHeader('x-github-request-id', randomBytes(8).toString('hex').toUpperCase());
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const twirp = /^\/twirp\/([^/]+)\/([^/]+)$/.exec(url.pathname);
    let work: Promise<void>;
    if (twirp && (twirp[1] === ARTIFACT_SERVICE || twirp[1] === CACHE_SERVICE)) work = handleTwirp(req, res, twirp[1], twirp[2] ?? '');
    else if (url.pathname.startsWith(`/${BLOB_ACCOUNT}/`)) work = handleBlob(req, res, url);
    else if (twirp) {
      work = (async () => {
        await readBody(req).catch(() => Buffer.alloc(0));
        sendJson(res, 404, { code: 'bad_route', msg: `no handler for path "${url.pathname}"` });
        log({ method: req.method ?? '', url: req.url ?? '', operation: 'unknown', status: 404, auth: 'none', fault: false });
      })();
    } else work = handleRest(req, res, url);
    work.catch((e: unknown) => {
      if (!res.headersSent) sendJson(res, 500, { message: String(e) });
      else res.destroy();
    });
  });
  server.keepAliveTimeout = 1_000;
  server.requestTimeout = 120_000;
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve());
  });
  const port = (server.address() as AddressInfo).port;
  baseUrl = `http://127.0.0.1:${port}`;

  function registerRun(runId: number, run: RunInfo): void {
    runs.set(runId, { ...runs.get(runId), ...run });
  }

  const services: Services = {
    url: baseUrl,
    port,
    repository,
    githubToken,
    readOnlyToken,
    runnerTemp,
    runtimeToken,
    backendIds: (runId, jobId = 1) => backendIdsFor(runId, jobId),
    registerRun,
    env(runId, jobId = 1, run) {
      if (run) registerRun(runId, run);
      const info = runs.get(runId) ?? {};
      const [owner] = repository.split('/');
      const env: Record<string, string> = {
        GITHUB_ACTIONS: 'true',
        CI: 'true',
        ACTIONS_RUNTIME_TOKEN: runtimeToken(runId, jobId),
        ACTIONS_RESULTS_URL: `${baseUrl}/`,
        ACTIONS_CACHE_URL: `${baseUrl}/`,
        ACTIONS_CACHE_SERVICE_V2: 'true',
        ACTIONS_CACHE_MODE: 'write',
        GITHUB_SERVER_URL: 'https://github.com',
        GITHUB_API_URL: baseUrl,
        GITHUB_GRAPHQL_URL: `${baseUrl}/graphql`,
        GITHUB_REPOSITORY: repository,
        GITHUB_REPOSITORY_OWNER: owner ?? '',
        GITHUB_RUN_ID: String(runId),
        GITHUB_RUN_ATTEMPT: String(info.attempt ?? 1),
        GITHUB_RUN_NUMBER: String(runId % 10_000),
        GITHUB_JOB: `job-${jobId}`,
        GITHUB_TOKEN: githubToken,
        RUNNER_TEMP: runnerTemp,
        RUNNER_OS: 'Linux',
      };
      if (info.headSha) env.GITHUB_SHA = info.headSha;
      if (info.event) env.GITHUB_EVENT_NAME = info.event;
      if (info.ref) {
        env.GITHUB_REF = info.ref;
        env.GITHUB_REF_NAME = info.ref.replace(/^refs\/(heads|tags)\//, '');
      }
      if (info.baseRef !== undefined) env.GITHUB_BASE_REF = info.baseRef;
      if (info.headRef !== undefined) env.GITHUB_HEAD_REF = info.headRef;
      return env;
    },
    seedArtifact(seed) {
      const jobId = seed.jobId ?? 1;
      if (seed.run) registerRun(seed.runId, seed.run);
      const ids = backendIdsFor(seed.runId, jobId);
      const id = nextArtifactId++;
      const blob = newBlob(BLOB_ACCOUNT, 'actions-results', `${ids.workflowRunBackendId}/${id}/${seed.name}.zip`, 'application/zip');
      commitBlob(blob.state, seed.bytes);
      const record: ArtifactRecord = {
        id,
        name: seed.name,
        runId: seed.runId,
        jobId,
        ...ids,
        mimeType: 'application/zip',
        version: 7,
        expiresAt: seed.expiresAt ? nowIso(seed.expiresAt) : undefined,
        createdAt: nowIso(seed.createdAt ?? new Date()),
        finalized: true,
        deleted: false,
        size: seed.bytes.length,
        hash: `sha256:${sha256hex(seed.bytes)}`,
        bytes: seed.bytes,
        blobPath: blob.path,
      };
      artifacts.push(record);
      return record;
    },
    seedComment(seed) {
      const [owner, repo] = (seed.repository ?? repository).split('/');
      const t = nowIso();
      const c: CommentRecord = {
        id: nextCommentId++,
        owner: owner ?? '',
        repo: repo ?? '',
        issueNumber: seed.issueNumber,
        body: seed.body,
        user: { login: seed.login ?? botLogin, id: seed.login && seed.login !== botLogin ? 583231 : BOT.id, type: seed.type ?? (seed.login && seed.login !== botLogin ? 'User' : 'Bot') },
        createdAt: t,
        updatedAt: t,
      };
      comments.push(c);
      return c;
    },
    artifacts,
    caches,
    comments,
    attestations,
    requests,
    faults,
    blob(urlOrPath) {
      return blobs.get(blobPathOf(urlOrPath))?.committed;
    },
    reset() {
      artifacts.length = 0;
      caches.length = 0;
      comments.length = 0;
      attestations.length = 0;
      requests.length = 0;
      faultList.length = 0;
      blobs.clear();
      runs.clear();
    },
    async close() {
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      });
      rmSync(runnerTemp, { recursive: true, force: true });
    },
  };
  return services;
}
