import { execFileSync } from 'node:child_process';
import { readFileSync, symlinkSync } from 'node:fs';
import path from 'node:path';
import { PutObjectCommand, S3Client } from '@aws-sdk/client-s3';
import { afterEach, describe, expect, it } from 'vitest';
import { checkRemote, pullData } from '../src/core/dvc/index.js';
import { ModelBuildError } from '../src/core/errors.js';
import { cliAsync } from './helpers/cliAsync.js';
import { md5 } from './helpers/dvc.js';
import { dvcRemoteRepo, dvcRemoteRepoWhole, fixtureObjects, TRAIN_CSV, type RemoteObject } from './helpers/dvcRemote.js';
import { tempDir } from './helpers/repo.js';
import { S3_ACCESS_KEY, S3_SECRET, startS3Server, type S3Server } from './helpers/s3Server.js';

const servers: S3Server[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => s.close()));
});

const PREFIX = 'dvcstore';
const TRAIN_KEY = `files/md5/${md5(TRAIN_CSV).slice(0, 2)}/${md5(TRAIN_CSV).slice(2)}`;
const fast = { baseDelayMs: 5, attempts: 4 };

/** Credentials the way CI gives them: in the environment, never in the committed config. */
const envCreds = (secret = S3_SECRET) => ({ AWS_ACCESS_KEY_ID: S3_ACCESS_KEY, AWS_SECRET_ACCESS_KEY: secret, AWS_EC2_METADATA_DISABLED: 'true' });

async function upload(server: S3Server, objects: RemoteObject[]): Promise<void> {
  const client = new S3Client({ endpoint: server.endpoint, forcePathStyle: true, region: 'us-east-1', credentials: { accessKeyId: S3_ACCESS_KEY, secretAccessKey: S3_SECRET } });
  for (const o of objects) await client.send(new PutObjectCommand({ Bucket: server.bucket, Key: `${PREFIX}/${o.key}`, Body: o.bytes }));
  client.destroy();
}

const s3Config = (server: S3Server) => `[core]\n    remote = s3store\n['remote "s3store"']\n    url = s3://${server.bucket}/${PREFIX}\n    endpointurl = ${server.endpoint}\n`;

async function setup(options: { leaveOut?: string[]; whole?: boolean; local?: string } = {}) {
  const server = await startS3Server();
  servers.push(server);
  await upload(server, fixtureObjects().filter((o) => !(options.leaveOut ?? []).includes(o.what)));
  const extra: Record<string, string> = options.local ? { '.dvc/config.local': options.local } : {};
  const root = (options.whole ? dvcRemoteRepoWhole : dvcRemoteRepo)(s3Config(server), extra);
  return { root, server };
}

/** Runs `fn` with the environment's AWS variables set, restoring them after. */
async function withEnv<T>(env: Record<string, string | undefined>, fn: () => Promise<T>): Promise<T> {
  const saved = Object.fromEntries(Object.keys(env).map((k) => [k, process.env[k]]));
  for (const [k, v] of Object.entries(env)) if (v === undefined) delete process.env[k];
  else process.env[k] = v;
  try {
    return await fn();
  } finally {
    for (const [k, v] of Object.entries(saved)) if (v === undefined) delete process.env[k];
    else process.env[k] = v;
  }
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

/** A PATH with git and node only: proof that nothing shells out to Python or DVC. */
function noPythonPath(): string {
  const bin = tempDir('mb-nopython-');
  symlinkSync(execFileSync('sh', ['-c', 'command -v git'], { encoding: 'utf8' }).trim(), path.join(bin, 'git'));
  symlinkSync(process.execPath, path.join(bin, 'node'));
  return bin;
}

describe('an S3 remote on a loopback S3-compatible server, through the AWS SDK', () => {
  it('done when: check --remote reports missing objects; after they are pushed, pull makes check pass, with no Python on PATH', async () => {
    const { root, server } = await setup({ whole: true, leaveOut: ['data/dir/subdir/subbar', 'data/train.csv'] });
    const env = { ...envCreds(), PATH: noPythonPath() };
    const missing = await cliAsync(['check', '--root', root, '--remote'], { env });
    expect(missing.code).toBe(1);
    expect(missing.stdout).toMatch(/data\/dir\/subdir\/subbar \(data\/dir\.dvc\): files\/md5\//);
    expect(missing.stdout).toMatch(/data\/train\.csv \(data\/train\.csv\.dvc\): files\/md5\//);
    expect(missing.stdout).toContain('s3://dvc-bucket/dvcstore at http://127.0.0.1:');
    await upload(server, fixtureObjects().filter((o) => ['data/dir/subdir/subbar', 'data/train.csv'].includes(o.what)));
    const present = await cliAsync(['check', '--root', root, '--remote', 's3store'], { env });
    expect(present.stdout).toContain('✓ all 11 objects for 5 outputs present in the remote');
    expect(present.stdout).toContain('Data not pulled');
    const pull = await cliAsync(['pull', '--root', root, '--jobs', '4'], { env });
    expect(pull.stderr).toBe('');
    expect(pull.code).toBe(0);
    expect(pull.stdout).toContain('11 objects needed: 11 downloaded');
    const check = await cliAsync(['check', '--root', root], { env });
    expect(check.stdout).toContain('PASS');
    expect(check.code).toBe(0);
    server.log.length = 0;
    const again = await cliAsync(['pull', '--root', root, '--json'], { env });
    expect(JSON.parse(again.stdout).bytesDownloaded).toBe(0);
    expect(server.log).toEqual([]);
    expect(readFileSync(path.join(root, 'data/train.csv'), 'utf8')).toBe(TRAIN_CSV);
  });

  it('reads keys from .dvc/config.local', async () => {
    const { root } = await setup({ local: `['remote "s3store"']\n    access_key_id = ${S3_ACCESS_KEY}\n    secret_access_key = ${S3_SECRET}\n` });
    const r = await withEnv({ AWS_ACCESS_KEY_ID: undefined, AWS_SECRET_ACCESS_KEY: undefined }, () => pullData({ root, retry: fast }));
    expect(r.ok).toBe(true);
  });

  it('retries a 503 SlowDown, then succeeds', async () => {
    const { root, server } = await setup();
    server.faults.set(`${PREFIX}/${TRAIN_KEY}`, { status: 503, times: 2 });
    const r = await withEnv(envCreds(), () => pullData({ root, retry: fast }));
    expect(r.ok).toBe(true);
    expect(server.log.filter((l) => l === `GET ${PREFIX}/${TRAIN_KEY}`)).toHaveLength(3);
  });

  it('check --remote uses HEAD for data objects', async () => {
    const { root, server } = await setup({ leaveOut: ['data/old/file'] });
    const r = await withEnv(envCreds(), () => checkRemote({ root, retry: fast }));
    expect(r.missing.map((m) => [m.path, m.pointer])).toEqual([['data/old/file', 'data/old.dvc']]);
    expect(server.log.filter((l) => l.startsWith('GET')).every((l) => l.endsWith('.dir'))).toBe(true);
  });

  it('wrong credentials: a clear error, exit 2, and the secret in no output', async () => {
    const wrong = 'wrong-secret-for-s3-6c4e9b';
    const { root } = await setup();
    const e = await withEnv(envCreds(wrong), () => errorOf(pullData({ root, retry: fast })));
    expect(e.code).toBe('DVC_REMOTE_DENIED');
    expect(e.message).toContain('SignatureDoesNotMatch');
    const env = envCreds(wrong);
    const runs = await Promise.all([
      cliAsync(['pull', '--root', root], { env }),
      cliAsync(['pull', '--root', root, '--json'], { env }),
      cliAsync(['check', '--root', root, '--remote', '--json'], { env }),
      cliAsync(['check', '--root', root, '--remote'], { env: { ...env, MODEL_BUILD_DEBUG: '1' } }),
    ]);
    for (const r of runs) {
      expect(r.code).toBe(2);
      for (const text of [r.stdout, r.stderr]) {
        expect(text).not.toContain(wrong);
        expect(text).not.toContain(S3_SECRET);
      }
    }
    expect(runs[0]!.stderr).toContain('refused access');
  });

  it('a wrong secret in config.local is never shown either', async () => {
    const wrong = 'local-wrong-secret-1f2e3d';
    const { root } = await setup({ local: `['remote "s3store"']\n    access_key_id = ${S3_ACCESS_KEY}\n    secret_access_key = ${wrong}\n` });
    const r = await cliAsync(['pull', '--root', root, '--json'], { env: { AWS_EC2_METADATA_DISABLED: 'true' } });
    expect(r.code).toBe(2);
    expect(JSON.parse(r.stdout).error.code).toBe('DVC_REMOTE_DENIED');
    expect(r.stdout + r.stderr).not.toContain(wrong);
  });

  it('an unknown access key and no credentials at all are refusals with a hint', async () => {
    const { root } = await setup();
    const unknown = await withEnv({ ...envCreds(), AWS_ACCESS_KEY_ID: 'AKIANOSUCHKEY' }, () => errorOf(checkRemote({ root, retry: fast })));
    expect(unknown.code).toBe('DVC_REMOTE_DENIED');
    expect(unknown.message).toContain('InvalidAccessKeyId');
    const none = await cliAsync(['pull', '--root', root], {
      env: { AWS_ACCESS_KEY_ID: '', AWS_SECRET_ACCESS_KEY: '', AWS_EC2_METADATA_DISABLED: 'true', AWS_SHARED_CREDENTIALS_FILE: '/nonexistent/creds', AWS_CONFIG_FILE: '/nonexistent/config', AWS_PROFILE: '', HOME: tempDir('mb-home-') },
    });
    expect(none.code).toBe(2);
    expect(none.stderr).toContain('no AWS credentials found');
    expect(none.stderr).toContain('AWS_ACCESS_KEY_ID');
  });
});
