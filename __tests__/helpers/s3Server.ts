/**
 * A loopback S3-compatible server: s3rver (npm) stores buckets and objects and speaks the S3
 * API; in front of it this module checks every request's AWS Signature Version 4 against the
 * one secret it knows (s3rver itself checks only the access key id for V4), so wrong
 * credentials fail as on AWS. Faults: a status (5xx) for the first N requests of a key.
 */
import { createHash, createHmac, timingSafeEqual } from 'node:crypto';
import http, { type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import S3rver from 's3rver';
import { tempDir } from './repo.js';

export const S3_ACCESS_KEY = 'S3RVER'; // the account s3rver registers
export const S3_SECRET = 'mb-loopback-s3-secret-5d1c0a';

export interface S3Server {
  endpoint: string;
  bucket: string;
  log: string[];
  faults: Map<string, { status: number; times: number }>;
  close(): Promise<void>;
}

const hmac = (key: Buffer | string, text: string) => createHmac('sha256', key).update(text, 'utf8').digest();
const sha256 = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');

/** Checks a header-signed SigV4 request; returns an S3 error code, or null when it verifies. */
function verifySigV4(req: IncomingMessage): string | null {
  const auth = req.headers.authorization ?? '';
  const m = /^AWS4-HMAC-SHA256 Credential=([^/]+)\/(\d{8})\/([^/]+)\/([^/]+)\/aws4_request, ?SignedHeaders=([^,]+), ?Signature=([0-9a-f]{64})$/.exec(auth);
  if (!m) return 'AccessDenied';
  const [, keyId, date, region, service, signedHeaders, signature] = m as unknown as string[];
  if (keyId !== S3_ACCESS_KEY) return 'InvalidAccessKeyId';
  const [rawPath, rawQuery = ''] = (req.url ?? '/').split('?');
  const query = rawQuery
    .split('&')
    .filter(Boolean)
    .map((kv) => (kv.includes('=') ? kv : `${kv}=`))
    .sort()
    .join('&');
  const headers = signedHeaders!
    .split(';')
    .map((h) => `${h}:${String(req.headers[h] ?? '').trim().replace(/\s+/g, ' ')}\n`)
    .join('');
  const payload = String(req.headers['x-amz-content-sha256'] ?? sha256(''));
  const canonical = [req.method, rawPath, query, headers, signedHeaders, payload].join('\n');
  const scope = `${date}/${region}/${service}/aws4_request`;
  const toSign = ['AWS4-HMAC-SHA256', String(req.headers['x-amz-date']), scope, sha256(canonical)].join('\n');
  const key = hmac(hmac(hmac(hmac(`AWS4${S3_SECRET}`, date!), region!), service!), 'aws4_request');
  const expected = hmac(key, toSign);
  const given = Buffer.from(signature!, 'hex');
  return given.length === expected.length && timingSafeEqual(given, expected) ? null : 'SignatureDoesNotMatch';
}

function s3Error(res: ServerResponse, status: number, code: string): void {
  res.writeHead(status, { 'content-type': 'application/xml' });
  res.end(`<?xml version="1.0" encoding="UTF-8"?>\n<Error><Code>${code}</Code><Message>${code}</Message></Error>`);
}

export async function startS3Server(bucket = 'dvc-bucket'): Promise<S3Server> {
  const s3 = new S3rver({ silent: true, directory: tempDir('mb-s3rver-'), configureBuckets: [{ name: bucket, configs: [] }] });
  await s3.configureBuckets();
  const handle = s3.callback();
  const log: string[] = [];
  const faults = new Map<string, { status: number; times: number }>();
  const server = http.createServer((req, res) => {
    const key = decodeURIComponent((req.url ?? '/').split('?')[0]!.replace(new RegExp(`^/${bucket}/`), ''));
    log.push(`${req.method} ${key}`);
    const denied = verifySigV4(req);
    if (denied) return s3Error(res, 403, denied);
    const fault = faults.get(key);
    if (fault && fault.times > 0) {
      fault.times--;
      return s3Error(res, fault.status, fault.status === 503 ? 'SlowDown' : 'InternalError');
    }
    handle(req, res);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    endpoint: `http://127.0.0.1:${port}`,
    bucket,
    log,
    faults,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
