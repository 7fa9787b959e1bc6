import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { checkRemote, pullData } from '../src/core/dvc/index.js';
import { ModelBuildError } from '../src/core/errors.js';
import { cliAsync } from './helpers/cliAsync.js';
import { md5 } from './helpers/dvc.js';
import { dvcRemoteRepo, fillFolderRemote, fixtureObjects, TRAIN_CSV } from './helpers/dvcRemote.js';
import { startObjectServer, type ObjectServer } from './helpers/objectServer.js';
import { tempDir } from './helpers/repo.js';

const servers: ObjectServer[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => s.close()));
});

const TRAIN_KEY = `files/md5/${md5(TRAIN_CSV).slice(0, 2)}/${md5(TRAIN_CSV).slice(2)}`;
const fast = { baseDelayMs: 5, attempts: 4 };

async function setup(options: { leaveOut?: string[]; auth?: { user: string; password: string }; localConfig?: string } = {}) {
  const dir = tempDir('mb-http-remote-');
  fillFolderRemote(dir, fixtureObjects().filter((o) => !(options.leaveOut ?? []).includes(o.what)));
  const server = await startObjectServer(dir, { auth: options.auth });
  servers.push(server);
  const extra: Record<string, string> = options.localConfig ? { '.dvc/config.local': options.localConfig } : {};
  const root = dvcRemoteRepo(`[core]\n    remote = web\n['remote "web"']\n    url = ${server.url}\n${options.auth ? '    auth = basic\n    user = reader\n' : ''}`, extra);
  return { root, server };
}

async function errorOf(p: Promise<unknown>): Promise<ModelBuildError> {
  try {
    await p;
  } catch (e) {
    if (ModelBuildError.is(e)) return e;
    throw e;
  }
  throw new Error('expected a ModelBuildError');
}

const cacheTemps = (root: string) =>
  existsSync(path.join(root, '.dvc/cache')) ? (readdirSync(path.join(root, '.dvc/cache'), { recursive: true }) as string[]).filter((f) => f.includes('mb-tmp')) : [];

describe('an HTTP remote on a loopback server', () => {
  it('pulls over HTTP, then a second pull sends no GET', async () => {
    const { root, server } = await setup();
    const r = await pullData({ root, retry: fast });
    expect(r.ok).toBe(true);
    expect(readFileSync(path.join(root, 'data/train.csv'), 'utf8')).toBe(TRAIN_CSV);
    server.log.length = 0;
    const again = await pullData({ root, retry: fast });
    expect(again.bytesDownloaded).toBe(0);
    expect(server.log).toEqual([]);
  });

  it('check --remote sends HEAD for data objects and GETs only the folder listings', async () => {
    const { root, server } = await setup();
    const r = await checkRemote({ root, retry: fast });
    expect(r.ok).toBe(true);
    const gets = server.log.filter((l) => l.startsWith('GET'));
    expect(gets.every((g) => g.endsWith('.dir'))).toBe(true);
    expect(gets).toHaveLength(2);
    expect(server.log.filter((l) => l.startsWith('HEAD'))).toHaveLength(10);
  });

  it('retries 5xx with backoff, then succeeds', async () => {
    const { root, server } = await setup();
    server.faults.set(TRAIN_KEY, { kind: 'status', status: 503, times: 2 });
    const r = await pullData({ root, retry: fast });
    expect(r.ok).toBe(true);
    expect(server.log.filter((l) => l === `GET ${TRAIN_KEY}`)).toHaveLength(3);
    expect(readFileSync(path.join(root, 'data/train.csv'), 'utf8')).toBe(TRAIN_CSV);
  });

  it('a 5xx that does not stop: a clear error after the retries', async () => {
    const { root, server } = await setup();
    server.faults.set(TRAIN_KEY, { kind: 'status', status: 502, times: 100 });
    const e = await errorOf(pullData({ root, retry: fast }));
    expect(e.code).toBe('DVC_REMOTE_UNREACHABLE');
    expect(e.message).toContain('HTTP 502');
    expect(server.log.filter((l) => l === `GET ${TRAIN_KEY}`)).toHaveLength(4);
  });

  it('does not retry a 404: the object is missing', async () => {
    const { root, server } = await setup({ leaveOut: ['data/train.csv'] });
    const r = await pullData({ root, retry: fast });
    expect(r.failures).toMatchObject([{ path: 'data/train.csv', pointer: 'data/train.csv.dvc', reason: 'missing' }]);
    expect(server.log.filter((l) => l === `GET ${TRAIN_KEY}`)).toHaveLength(1);
  });

  it('a body cut short is retried, then reported truncated; nothing is written', async () => {
    const { root, server } = await setup();
    server.faults.set(TRAIN_KEY, { kind: 'truncate' });
    const r = await pullData({ root, retry: fast });
    expect(r.failures).toMatchObject([{ path: 'data/train.csv', reason: 'truncated' }]);
    expect(server.log.filter((l) => l === `GET ${TRAIN_KEY}`)).toHaveLength(4);
    expect(existsSync(path.join(root, '.dvc/cache', TRAIN_KEY))).toBe(false);
    expect(existsSync(path.join(root, 'data/train.csv'))).toBe(false);
    expect(cacheTemps(root)).toEqual([]);
  });

  it('bytes that do not match the md5 are refused, not retried, and nothing is written', async () => {
    const { root, server } = await setup();
    server.faults.set(TRAIN_KEY, { kind: 'wrong-bytes' });
    const r = await pullData({ root, retry: fast });
    expect(r.failures).toMatchObject([{ path: 'data/train.csv', reason: 'corrupt' }]);
    expect(server.log.filter((l) => l === `GET ${TRAIN_KEY}`)).toHaveLength(1);
    expect(existsSync(path.join(root, '.dvc/cache', TRAIN_KEY))).toBe(false);
    expect(existsSync(path.join(root, 'data/train.csv'))).toBe(false);
    expect(cacheTemps(root)).toEqual([]);
  });

  it('basic auth from config.local; a wrong password is a clear error that never shows it', async () => {
    const secret = 'pw-s3cr3t-9137';
    const ok = await setup({ auth: { user: 'reader', password: secret }, localConfig: `['remote "web"']\n    password = ${secret}\n` });
    expect((await pullData({ root: ok.root, retry: fast })).ok).toBe(true);
    const bad = await setup({ auth: { user: 'reader', password: secret }, localConfig: `['remote "web"']\n    password = wrong-${secret}\n` });
    const e = await errorOf(pullData({ root: bad.root, retry: fast }));
    expect(e.code).toBe('DVC_REMOTE_DENIED');
    const out = await cliAsync(['pull', '--root', bad.root]);
    const outJson = await cliAsync(['check', '--root', bad.root, '--remote', '--json']);
    expect(out.code).toBe(2);
    expect(out.stderr).toContain('refused access: HTTP 401');
    for (const text of [out.stdout, out.stderr, outJson.stdout, outJson.stderr, e.format()]) expect(text).not.toContain(secret);
  });
});
