// Proves the loopback GitHub services speak the protocols of the REAL clients: @actions/artifact 6,
// @actions/cache 6 (service v2) and @actions/github 9 run unmodified against them.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import {
  captureActionsOutput,
  shortenRetryDelays,
  startGitHubServices,
  type ActionsOutput,
  type Services,
} from './helpers/githubServices.js';
import { tempDir } from './helpers/repo.js';

type ArtifactModule = typeof import('@actions/artifact');
type CacheModule = typeof import('@actions/cache');
type GitHubModule = typeof import('@actions/github');

const RUN_ID = 9_001;
const JOB_ID = 3;
const MAIN_SHA = 'a'.repeat(40);

let services: Services;
let artifact: ArtifactModule;
let cache: CacheModule;
let github: GitHubModule;
let savedEnv: NodeJS.ProcessEnv;
let output: ActionsOutput;

function setEnv(vars: Record<string, string>): void {
  for (const key of Object.keys(process.env)) if (!(key in savedEnv)) delete process.env[key];
  Object.assign(process.env, savedEnv, vars);
}

/** File names of a zip's local file headers, found by scanning the bytes. */
function zipEntryNames(bytes: Buffer): string[] {
  const names: string[] = [];
  for (let i = 0; i + 30 <= bytes.length; ) {
    const at = bytes.indexOf(Buffer.from([0x50, 0x4b, 0x03, 0x04]), i);
    if (at < 0 || at + 30 > bytes.length) break;
    const nameLen = bytes.readUInt16LE(at + 26);
    names.push(bytes.subarray(at + 30, at + 30 + nameLen).toString('utf8'));
    i = at + 30 + nameLen;
  }
  return names;
}

const sha256 = (b: Buffer): string => createHash('sha256').update(b).digest('hex');
const ops = (name: string): Array<{ status: number; fault: boolean }> =>
  services.requests.filter((r) => r.operation === name).map((r) => ({ status: r.status, fault: r.fault }));

beforeAll(async () => {
  savedEnv = { ...process.env };
  services = await startGitHubServices();
  // @actions/github fixes its default baseUrl (GITHUB_API_URL) when first imported, and the
  // artifact client's findBy paths use that default: set the env, then import.
  setEnv(services.env(RUN_ID, JOB_ID, { headBranch: 'main', headSha: MAIN_SHA, ref: 'refs/heads/main', event: 'push' }));
  [artifact, cache, github] = await Promise.all([import('@actions/artifact'), import('@actions/cache'), import('@actions/github')]);
});

afterAll(async () => {
  setEnv({});
  await services?.close();
});

beforeEach(() => {
  setEnv(services.env(RUN_ID, JOB_ID));
  output = captureActionsOutput();
});

afterEach(() => {
  output.restore();
  services.faults.clear();
  setEnv({});
});

describe('artifact service (real @actions/artifact)', () => {
  it('uploads a zip through CreateArtifact, Azure block upload and FinalizeArtifact', async () => {
    const root = tempDir('mb-art-');
    mkdirSync(path.join(root, 'model'), { recursive: true });
    writeFileSync(path.join(root, 'model', 'model.json'), JSON.stringify({ format: 'layers-model' }));
    writeFileSync(path.join(root, 'model', 'weights.bin'), Buffer.alloc(70_000, 7));
    const files = [path.join(root, 'model', 'model.json'), path.join(root, 'model', 'weights.bin')];

    const client = new artifact.DefaultArtifactClient();
    const res = await client.uploadArtifact('model-package', files, root, { retentionDays: 5 });

    const stored = services.artifacts.find((a) => a.id === res.id);
    expect(stored).toBeDefined();
    expect(stored).toMatchObject({ name: 'model-package', finalized: true, runId: RUN_ID, jobId: JOB_ID, mimeType: 'application/zip', version: 7 });
    expect(stored!.size).toBe(res.size);
    expect(stored!.bytes.length).toBe(res.size);
    expect(stored!.hash).toBe(`sha256:${sha256(stored!.bytes)}`);
    expect(res.digest).toBe(sha256(stored!.bytes));
    expect(stored!.bytes.subarray(0, 4)).toEqual(Buffer.from('PK\x03\x04', 'latin1'));
    expect(zipEntryNames(stored!.bytes).sort()).toEqual(['model/model.json', 'model/weights.bin']);
    // Retention reaches the service as expires_at ≈ now + 5 days.
    const days = (Date.parse(stored!.expiresAt!) - Date.now()) / 86_400_000;
    expect(days).toBeGreaterThan(4.9);
    expect(days).toBeLessThan(5.1);
    // Wire protocol: Twirp calls carry the runtime token, the blob went up in blocks.
    expect(services.requests.filter((r) => r.operation === 'CreateArtifact' || r.operation === 'FinalizeArtifact').every((r) => r.auth === 'runtime')).toBe(true);
    expect(ops('blob.PutBlock').length).toBeGreaterThanOrEqual(1);
    expect(ops('blob.PutBlockList').slice(-1)).toEqual([{ status: 201, fault: false }]);
    const create = services.requests.find((r) => r.operation === 'CreateArtifact' && (r.body as { name?: string }).name === 'model-package')!.body as Record<string, unknown>;
    expect(create).toMatchObject({ ...snake(services.backendIds(RUN_ID, JOB_ID)), name: 'model-package', mime_type: 'application/zip' });
    // Core logs went to stdout (captured here).
    expect(output.info.some((l) => l.includes('Finalizing artifact upload'))).toBe(true);
  });

  it('lists the run\'s artifacts, and a later run finds and downloads them over REST', async () => {
    const root = tempDir('mb-art-');
    mkdirSync(path.join(root, 'model'));
    writeFileSync(path.join(root, 'model', 'weights.bin'), Buffer.alloc(70_000, 7));
    const client = new artifact.DefaultArtifactClient();
    await client.uploadArtifact('base-package', [path.join(root, 'model', 'weights.bin')], root);
    const { artifacts } = await client.listArtifacts();
    const mine = services.artifacts.filter((a) => a.runId === RUN_ID && a.finalized && !a.deleted);
    expect(artifacts.map((a) => a.id).sort()).toEqual(mine.map((a) => a.id).sort());
    const pkg = artifacts.find((a) => a.name === 'base-package')!;
    expect(pkg.size).toBe(services.artifacts.find((a) => a.id === pkg.id)!.size);
    expect(pkg.digest).toBe(services.artifacts.find((a) => a.id === pkg.id)!.hash);

    // A PR run (another run id) lists artifacts across runs by name, as the public REST API does.
    setEnv(services.env(RUN_ID + 1, 1, { headBranch: 'feature', headSha: 'b'.repeat(40), event: 'pull_request' }));
    const octokit = github.getOctokit(services.githubToken);
    const { data } = await octokit.rest.actions.listArtifactsForRepo({ owner: 'octo-org', repo: 'model-repo', name: 'base-package' });
    expect(data.total_count).toBe(1);
    expect(data.artifacts[0]).toMatchObject({ id: pkg.id, name: 'base-package', expired: false, workflow_run: { id: RUN_ID, head_branch: 'main', head_sha: MAIN_SHA } });

    const dest = tempDir('mb-dl-');
    const dl = await new artifact.DefaultArtifactClient().downloadArtifact(pkg.id, {
      path: dest,
      findBy: { token: services.githubToken, workflowRunId: RUN_ID, repositoryOwner: 'octo-org', repositoryName: 'model-repo' },
      expectedHash: pkg.digest!,
    });
    expect(dl.digestMismatch).toBe(false);
    expect(readFileSync(path.join(dest, 'model', 'weights.bin'))).toEqual(Buffer.alloc(70_000, 7));
  });

  it('retries a 500 from CreateArtifact and then succeeds', async () => {
    const root = tempDir('mb-art-');
    writeFileSync(path.join(root, 'a.txt'), 'retry me');
    services.faults.fail('CreateArtifact', { status: 500 });
    const restore = shortenRetryDelays();
    const started = Date.now();
    try {
      const res = await new artifact.DefaultArtifactClient().uploadArtifact('retried', [path.join(root, 'a.txt')], root);
      expect(services.artifacts.find((a) => a.id === res.id)?.finalized).toBe(true);
    } finally {
      restore();
    }
    expect(Date.now() - started).toBeLessThan(2_500); // unshortened, the first backoff alone is 3 s
    const creates = services.requests.filter((r) => r.operation === 'CreateArtifact' && (r.body as { name?: string }).name === 'retried');
    expect(creates.map((r) => [r.status, r.fault])).toEqual([[500, true], [200, false]]);
    expect(output.info.some((l) => /Attempt 1 of 5 failed with error: Failed request: \(500\).*Retrying request in \d+ ms/.test(l))).toBe(true);
  });

  it('reports the storage quota error without retrying', async () => {
    const root = tempDir('mb-art-');
    writeFileSync(path.join(root, 'a.txt'), 'over quota');
    services.faults.quota('CreateArtifact');
    const before = ops('CreateArtifact').length;
    await expect(new artifact.DefaultArtifactClient().uploadArtifact('quota', [path.join(root, 'a.txt')], root)).rejects.toThrow(
      /^Failed to CreateArtifact: Artifact storage quota has been hit/,
    );
    expect(ops('CreateArtifact').length - before).toBe(1);
  });

  it('rejects a bad token (401) and backend ids that are not the token\'s (403)', async () => {
    const call = (token: string, body: object) =>
      fetch(`${services.url}/twirp/github.actions.results.api.v1.ArtifactService/ListArtifacts`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body: JSON.stringify(body),
      });
    const ok = await call(services.runtimeToken(RUN_ID, JOB_ID), snake(services.backendIds(RUN_ID, JOB_ID)));
    expect(ok.status).toBe(200);
    const forged = services.runtimeToken(RUN_ID, JOB_ID).replace(/\.[^.]+$/, '.AAAA');
    const bad = await call(forged, snake(services.backendIds(RUN_ID, JOB_ID)));
    expect(bad.status).toBe(401);
    expect(await bad.json()).toMatchObject({ code: 'unauthenticated' });
    const other = await call(services.runtimeToken(RUN_ID, JOB_ID), snake(services.backendIds(RUN_ID + 7, 1)));
    expect(other.status).toBe(403);
    expect(await other.json()).toMatchObject({ code: 'permission_denied' });
  });

  it('serves signed blob URLs with Range and refuses a wrong signature', async () => {
    const seeded = services.seedArtifact({ name: 'seeded', runId: RUN_ID, jobId: JOB_ID, bytes: Buffer.from('0123456789') });
    const res = await fetch(`${services.url}/twirp/github.actions.results.api.v1.ArtifactService/GetSignedArtifactURL`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${services.runtimeToken(RUN_ID, JOB_ID)}` },
      body: JSON.stringify({ ...snake(services.backendIds(RUN_ID, JOB_ID)), name: 'seeded' }),
    });
    const { signed_url } = (await res.json()) as { signed_url: string };
    expect(services.blob(signed_url)).toEqual(seeded.bytes);
    const part = await fetch(signed_url, { headers: { range: 'bytes=2-5' } });
    expect(part.status).toBe(206);
    expect(part.headers.get('content-range')).toBe('bytes 2-5/10');
    expect(await part.text()).toBe('2345');
    expect(await (await fetch(signed_url)).text()).toBe('0123456789');
    expect((await fetch(signed_url.replace(/sig=[^&]+/, 'sig=forged'))).status).toBe(403);
  });
});

describe('cache service v2 (real @actions/cache)', () => {
  it('saves and restores a directory by exact key and by restore-key prefix', async () => {
    expect(cache.isFeatureAvailable()).toBe(true);
    const dir = path.join(tempDir('mb-cache-'), 'tfjs-cache');
    mkdirSync(path.join(dir, 'sub'), { recursive: true });
    const weights = Buffer.from(Array.from({ length: 50_000 }, (_, i) => (i * 31) % 251));
    writeFileSync(path.join(dir, 'sub', 'weights.bin'), weights);
    writeFileSync(path.join(dir, 'notes.txt'), 'hello cache');

    const putBlobsBefore = ops('blob.PutBlob').length;
    const id = await cache.saveCache([dir], 'model-Linux-abc123');
    expect(id).toBeGreaterThan(0);
    const entry = services.caches.find((c) => c.id === id)!;
    expect(entry).toMatchObject({ key: 'model-Linux-abc123', finalized: true });
    expect(entry.size).toBe(entry.bytes.length);
    expect(ops('blob.PutBlob').slice(putBlobsBefore)).toEqual([{ status: 201, fault: false }]); // one Put Blob under 128 MiB
    // tar + zstd when zstd is on PATH (frames start 28 B5 2F FD), else tar + gzip (1F 8B).
    const zstd = spawnSync('zstd', ['--version']).status === 0;
    expect(entry.bytes.subarray(0, zstd ? 4 : 2)).toEqual(Buffer.from(zstd ? [0x28, 0xb5, 0x2f, 0xfd] : [0x1f, 0x8b]));

    rmSync(dir, { recursive: true });
    expect(await cache.restoreCache([dir], 'model-Linux-abc123')).toBe('model-Linux-abc123');
    expect(readFileSync(path.join(dir, 'sub', 'weights.bin'))).toEqual(weights);

    rmSync(dir, { recursive: true });
    const hit = await cache.restoreCache([dir], 'model-Linux-zzz999', ['model-Linux-']);
    expect(hit).toBe('model-Linux-abc123');
    expect(readFileSync(path.join(dir, 'notes.txt'), 'utf8')).toBe('hello cache');
    expect(output.info).toContain('Cache hit for restore-key: model-Linux-abc123');

    // The version hashes the paths (and compression): other paths miss.
    expect(await cache.restoreCache([path.join(dir, 'sub')], 'model-Linux-abc123')).toBeUndefined();
    expect(await cache.restoreCache([dir], 'other-key', ['nope-'])).toBeUndefined();
  });

  it('prefers the most recent prefix match and refuses to overwrite a key', async () => {
    const dir = path.join(tempDir('mb-cache-'), 'data');
    mkdirSync(dir);
    writeFileSync(path.join(dir, 'v.txt'), 'one');
    expect(await cache.saveCache([dir], 'deps-1')).toBeGreaterThan(0);
    writeFileSync(path.join(dir, 'v.txt'), 'two');
    expect(await cache.saveCache([dir], 'deps-2')).toBeGreaterThan(0);
    // Same key again: CreateCacheEntry answers 409; the client logs it as info and returns -1.
    expect(await cache.saveCache([dir], 'deps-2')).toBe(-1);
    expect(output.info).toContain('Failed to save: Unable to reserve cache with key deps-2, another job may be creating this cache.');

    rmSync(dir, { recursive: true });
    expect(await cache.restoreCache([dir], 'deps-9', ['deps-'])).toBe('deps-2');
    expect(readFileSync(path.join(dir, 'v.txt'), 'utf8')).toBe('two');
  });

  it('a cache outage (503 on every call) resolves instead of throwing', async () => {
    const dir = path.join(tempDir('mb-cache-'), 'outage');
    mkdirSync(dir);
    writeFileSync(path.join(dir, 'x.txt'), 'x');
    services.faults.fail('CacheService', { status: 503, times: Infinity });
    const before = { create: ops('CreateCacheEntry').length, get: ops('GetCacheEntryDownloadURL').length };
    const restore = shortenRetryDelays();
    try {
      // saveCache: CreateCacheEntry fails 5 times -> ReserveCacheError -> core.info, returns -1.
      expect(await cache.saveCache([dir], 'outage-key')).toBe(-1);
      // restoreCache: GetCacheEntryDownloadURL fails 5 times -> core.warning, returns undefined.
      expect(await cache.restoreCache([dir], 'outage-key', ['outage-'])).toBeUndefined();
    } finally {
      restore();
    }
    expect(ops('CreateCacheEntry').length - before.create).toBe(5);
    expect(ops('GetCacheEntryDownloadURL').length - before.get).toBe(5);
    expect(output.info).toContain('Failed to save: Unable to reserve cache with key outage-key, another job may be creating this cache.');
    expect(output.warnings).toEqual([
      'Failed to restore: Failed to GetCacheEntryDownloadURL: Failed to make request after 5 attempts: Failed request: (503) Service Unavailable: injected fault 503',
    ]);
    expect(output.errors).toEqual([]);
    expect(existsSync(path.join(dir, 'x.txt'))).toBe(true);
  });
});

describe('REST API (real @actions/github)', () => {
  it('creates, lists (paginated) and updates an issue comment', async () => {
    const octokit = github.getOctokit(services.githubToken, { baseUrl: services.url });
    for (let i = 0; i < 34; i++) services.seedComment({ issueNumber: 7, body: `chatter ${i}`, login: 'octocat' });
    const { data: created, status } = await octokit.rest.issues.createComment({ owner: 'octo-org', repo: 'model-repo', issue_number: 7, body: '<!-- model-build -->\nfirst' });
    expect(status).toBe(201);
    expect(created.user?.login).toBe('github-actions[bot]');

    const listsBefore = ops('rest.listComments').length;
    const all = await octokit.paginate(octokit.rest.issues.listComments, { owner: 'octo-org', repo: 'model-repo', issue_number: 7, per_page: 10 });
    expect(all).toHaveLength(35);
    expect(ops('rest.listComments').length - listsBefore).toBe(4); // 35 comments, 10 a page, via Link headers
    const mine = all.find((c) => c.body?.startsWith('<!-- model-build -->'));
    expect(mine?.id).toBe(created.id);

    const { data: updated } = await octokit.rest.issues.updateComment({ owner: 'octo-org', repo: 'model-repo', comment_id: created.id, body: '<!-- model-build -->\nsecond' });
    expect(updated.body).toBe('<!-- model-build -->\nsecond');
    expect(services.comments.find((c) => c.id === created.id)?.body).toBe('<!-- model-build -->\nsecond');
    expect(services.comments.filter((c) => c.issueNumber === 7)).toHaveLength(35);
  });

  it('a read-only token can read but gets 403 on writes; a bad token gets 401', async () => {
    const ro = github.getOctokit(services.readOnlyToken, { baseUrl: services.url });
    const existing = services.seedComment({ issueNumber: 8, body: 'old' });
    const { data } = await ro.rest.issues.listComments({ owner: 'octo-org', repo: 'model-repo', issue_number: 8 });
    expect(data.map((c) => c.id)).toEqual([existing.id]);
    await expect(ro.rest.issues.createComment({ owner: 'octo-org', repo: 'model-repo', issue_number: 8, body: 'x' })).rejects.toMatchObject({
      status: 403,
      message: expect.stringContaining('Resource not accessible by integration'),
    });
    await expect(ro.rest.issues.updateComment({ owner: 'octo-org', repo: 'model-repo', comment_id: existing.id, body: 'x' })).rejects.toMatchObject({ status: 403 });
    expect(services.comments.find((c) => c.id === existing.id)?.body).toBe('old');
    const bad = github.getOctokit('ghs_nope', { baseUrl: services.url });
    await expect(bad.rest.issues.listComments({ owner: 'octo-org', repo: 'model-repo', issue_number: 8 })).rejects.toMatchObject({ status: 401 });
  });
});

function snake(ids: { workflowRunBackendId: string; workflowJobRunBackendId: string }): Record<string, string> {
  return { workflow_run_backend_id: ids.workflowRunBackendId, workflow_job_run_backend_id: ids.workflowJobRunBackendId };
}
