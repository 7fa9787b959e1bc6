/**
 * An S3 remote through the AWS SDK, also for S3-compatible services (`endpointurl`: MinIO, R2,
 * Ceph, …, addressed path-style). Credentials: the config's keys when set, else the SDK's
 * default chain (AWS_ACCESS_KEY_ID…, AWS_PROFILE or `profile`, SSO, instance roles). The SDK's
 * own retries are off: one retry policy (ours) serves every remote.
 */
import { readFileSync } from 'node:fs';
import http from 'node:http';
import https from 'node:https';
import type { Readable } from 'node:stream';
import { GetObjectCommand, HeadObjectCommand, S3Client } from '@aws-sdk/client-s3';
import { ModelBuildError } from '../../errors.js';
import { TransientError } from '../concurrency.js';
import type { S3RemoteSpec } from '../remoteConfig.js';
import type { OpenRemoteOptions } from './open.js';
import { redact, type ObjectBody, type ObjectStat, type RemoteStore } from './types.js';

interface SdkError {
  name?: string;
  code?: string;
  message?: string;
  $metadata?: { httpStatusCode?: number };
}

/** Error names that mean the credentials, not the network, are wrong. */
const DENIED = new Set(['InvalidAccessKeyId', 'SignatureDoesNotMatch', 'AccessDenied', 'ExpiredToken', 'InvalidToken', 'CredentialsProviderError', 'AccountProblem', 'AllAccessDisabled']);

export class S3Remote implements RemoteStore {
  private readonly client: S3Client;
  private readonly secrets: (string | undefined)[];

  constructor(
    readonly spec: S3RemoteSpec,
    options: OpenRemoteOptions = {},
  ) {
    const maxSockets = Math.max(8, options.maxSockets ?? 8);
    let ca: Buffer | undefined;
    if (typeof spec.sslVerify === 'string') {
      try {
        ca = readFileSync(spec.sslVerify);
      } catch (e) {
        throw new ModelBuildError('DVC_CONFIG_INVALID', `remote "${spec.name}": ssl_verify names a CA bundle that cannot be read (${(e as NodeJS.ErrnoException).code ?? 'error'})`, {
          file: spec.file,
          hint: 'set ssl_verify to true, false, or the path of a PEM file',
        });
      }
    }
    this.secrets = [spec.credentials?.secretAccessKey, spec.credentials?.sessionToken, process.env.AWS_SECRET_ACCESS_KEY, process.env.AWS_SESSION_TOKEN];
    this.client = new S3Client({
      region: spec.region ?? process.env.AWS_REGION ?? process.env.AWS_DEFAULT_REGION ?? 'us-east-1',
      ...(spec.endpoint ? { endpoint: spec.endpoint, forcePathStyle: true } : {}),
      ...(spec.profile ? { profile: spec.profile } : {}),
      ...(spec.credentials ? { credentials: spec.credentials } : {}),
      maxAttempts: 1,
      requestHandler: {
        httpAgent: new http.Agent({ keepAlive: true, maxSockets }),
        httpsAgent: new https.Agent({ keepAlive: true, maxSockets, rejectUnauthorized: spec.sslVerify !== false, ...(ca ? { ca } : {}) }),
        ...(spec.connectTimeoutMs !== undefined ? { connectionTimeout: spec.connectTimeoutMs } : {}),
        requestTimeout: spec.readTimeoutMs ?? 60_000,
      },
    });
  }

  private key(key: string): string {
    return this.spec.prefix ? `${this.spec.prefix}/${key}` : key;
  }

  /** Sorts an SDK failure into missing / transient / refused / unreachable, without secrets. */
  private classify(e: unknown, key: string): 'missing' {
    const err = e as SdkError;
    const status = err.$metadata?.httpStatusCode;
    const name = err.name ?? err.code ?? 'Error';
    if (status === 404 || name === 'NotFound' || name === 'NoSuchKey') return 'missing';
    const where = `s3://${this.spec.bucket}/${this.key(key)}`;
    if (name === 'NoSuchBucket') {
      throw new ModelBuildError('DVC_REMOTE_UNREACHABLE', `remote "${this.spec.name}": bucket "${this.spec.bucket}" does not exist${this.spec.endpoint ? ' at the endpoint' : ''}`, {
        file: this.spec.file,
        hint: 'check the remote url (and endpointurl)',
      });
    }
    if (status === 401 || status === 403 || DENIED.has(name)) {
      const noCreds = name === 'CredentialsProviderError';
      throw new ModelBuildError('DVC_REMOTE_DENIED', `remote "${this.spec.name}" (${this.spec.display}) refused access${noCreds ? ': no AWS credentials found' : ` (${status ?? ''} ${name})`.replace('( ', '(')}`, {
        file: this.spec.file,
        hint: noCreds
          ? 'set AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY (or AWS_PROFILE), or access_key_id / secret_access_key in .dvc/config.local'
          : 'check the credentials (AWS_ACCESS_KEY_ID / AWS_SECRET_ACCESS_KEY, AWS_PROFILE, or the keys in .dvc/config.local) and that they may read the bucket' +
            (status === 403 ? '; S3 also answers 403 for a missing object when the credentials may not list the bucket' : ''),
      });
    }
    if (status === undefined || status >= 500 || status === 429 || name === 'SlowDown' || name === 'RequestTimeout' || name === 'TimeoutError') {
      const reason = status ? `HTTP ${status} ${name}` : redact(err.code ?? name, this.secrets);
      throw new TransientError(`${where}: ${reason}`);
    }
    throw new ModelBuildError('DVC_REMOTE_UNREACHABLE', `remote "${this.spec.name}": ${where} failed (HTTP ${status} ${name})`, { file: this.spec.file, hint: 'check the remote url, region and endpointurl' });
  }

  async stat(key: string): Promise<ObjectStat> {
    try {
      const r = await this.client.send(new HeadObjectCommand({ Bucket: this.spec.bucket, Key: this.key(key) }));
      return r.ContentLength === undefined ? { exists: true } : { exists: true, size: r.ContentLength };
    } catch (e) {
      this.classify(e, key);
      return { exists: false };
    }
  }

  async get(key: string): Promise<ObjectBody | null> {
    let r;
    try {
      r = await this.client.send(new GetObjectCommand({ Bucket: this.spec.bucket, Key: this.key(key) }));
    } catch (e) {
      this.classify(e, key);
      return null;
    }
    const stream = r.Body as Readable;
    const where = `s3://${this.spec.bucket}/${this.key(key)}`;
    async function* body() {
      try {
        for await (const chunk of stream) yield chunk as Buffer;
      } catch (e) {
        throw new TransientError(`${where}: the connection dropped (${(e as NodeJS.ErrnoException).code ?? (e as Error).name})`, true);
      }
    }
    return { body: body(), ...(r.ContentLength !== undefined ? { size: r.ContentLength } : {}) };
  }

  close(): void {
    this.client.destroy();
  }
}
