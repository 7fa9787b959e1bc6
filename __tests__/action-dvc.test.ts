/**
 * The action with a DVC remote on loopback S3 (s3rver behind a SigV4 verifier, the real AWS
 * SDK in the bundled action): `require-remote` fails a run whose pointers name data nobody
 * pushed, with an annotation on the pointer; `pull` fetches the data so `check` passes. No
 * Python anywhere.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { PutObjectCommand, S3Client } from '@aws-sdk/client-s3';
import { afterEach, describe, expect, it } from 'vitest';
import { runAction } from './helpers/action.js';
import { dvcRemoteRepo, fixtureObjects, TRAIN_CSV } from './helpers/dvcRemote.js';
import { S3_ACCESS_KEY, S3_SECRET, startS3Server, type S3Server } from './helpers/s3Server.js';

const servers: S3Server[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => s.close()));
});

async function setup(leaveOut: string[] = []) {
  const server = await startS3Server();
  servers.push(server);
  const client = new S3Client({ endpoint: server.endpoint, forcePathStyle: true, region: 'us-east-1', credentials: { accessKeyId: S3_ACCESS_KEY, secretAccessKey: S3_SECRET } });
  for (const o of fixtureObjects().filter((x) => !leaveOut.includes(x.what))) {
    await client.send(new PutObjectCommand({ Bucket: server.bucket, Key: `store/${o.key}`, Body: o.bytes }));
  }
  client.destroy();
  const root = dvcRemoteRepo(`[core]\n    remote = s3store\n['remote "s3store"']\n    url = s3://${server.bucket}/store\n    endpointurl = ${server.endpoint}\n`);
  return { root, server };
}

// Credentials as a workflow passes secrets: in the environment, never in the repository.
const env = { AWS_ACCESS_KEY_ID: S3_ACCESS_KEY, AWS_SECRET_ACCESS_KEY: S3_SECRET, AWS_EC2_METADATA_DISABLED: 'true' };

describe('the action with a DVC remote on S3', () => {
  it('require-remote fails a check whose pointers name data nobody pushed, annotating the pointer', async () => {
    const { root } = await setup(['data/dir/subdir/subbar']);
    const r = await runAction(root, { mode: 'check', 'require-remote': 'true', cache: 'false' }, { env });
    expect(r.code).toBe(1);
    expect(r.annotations.join('\n')).toMatch(/::error title=model-build%3A data not in the DVC remote,file=data\/dir\.dvc::data\/dir\/subdir\/subbar: /);
    expect(r.stdout).toContain('object(s) the committed DVC pointers record are not in remote "s3store"');
    expect(`${r.stdout}${r.stderr}`).not.toContain(S3_SECRET);
  });

  it('pull fetches what the config reads, and the check passes', async () => {
    const { root } = await setup();
    const r = await runAction(root, { mode: 'check', pull: 'true', 'require-remote': 'true', cache: 'false' }, { env });
    expect(r.stdout).toMatch(/pulled from "s3store": \d+ object\(s\) downloaded/);
    expect(r.outputs.ok).toBe('true');
    expect(r.code).toBe(0);
    expect(readFileSync(path.join(root, 'data/train.csv'), 'utf8')).toBe(TRAIN_CSV);
    expect(existsSync(path.join(root, 'data/unused.csv'))).toBe(false);
    expect(`${r.stdout}${r.stderr}`).not.toContain(S3_SECRET);
  });

  it('wrong credentials: a clear failure, no secret in the log', async () => {
    const { root } = await setup();
    const r = await runAction(root, { mode: 'check', pull: 'true', cache: 'false' }, { env: { ...env, AWS_SECRET_ACCESS_KEY: 'not-the-secret-8f2e' } });
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/::error.*s3store/);
    expect(`${r.stdout}${r.stderr}`).not.toContain('not-the-secret-8f2e');
  });
});
