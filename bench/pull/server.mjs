#!/usr/bin/env node
// Loopback S3 server for bench/pull.mjs, run as its own process so that its CPU is not shared
// with either contender's event loop (the machine's cores are, and the bench reports it).
//
//   --mode s3rver  s3rver (npm; objects stored as files, single-threaded JS) behind the same
//                  SigV4 check as __tests__/helpers/s3Server.ts (which cannot be imported here:
//                  it is TypeScript and its temp folders hang on vitest's afterAll).
//   --mode plain   a minimal node:http GetObject/HeadObject responder over --dir/<bucket>/<key>.
//                  SigV4 is NOT verified; it exists to show what the client side can do when
//                  the server is not the bottleneck.
//
// Prints one JSON line `{"endpoint": …, "pid": …}` on stdout when listening; exits when its stdin
// closes (the bench died or finished) or on SIGTERM/SIGINT.
//
// Usage: node bench/pull/server.mjs --mode s3rver|plain --dir DIR --bucket NAME --secret S [--latency-ms N]
import { createHash, createHmac, timingSafeEqual } from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import process from 'node:process';
import { setTimeout } from 'node:timers';
import { parseArgs } from 'node:util';

const S3_ACCESS_KEY = 'S3RVER'; // the account s3rver registers

const { values } = parseArgs({
  options: {
    mode: { type: 'string' },
    dir: { type: 'string' },
    bucket: { type: 'string', default: 'dvc-bucket' },
    secret: { type: 'string', default: '' },
    // Per-request delay before answering: a real S3 bucket's first-byte latency, which loopback
    // lacks (AWS documents roughly 100–200 ms for small objects), and which parallelism hides.
    'latency-ms': { type: 'string', default: '0' },
  },
  strict: true,
});
const { mode, dir, bucket, secret } = values;
const latencyMs = Number(values['latency-ms']);
if ((mode !== 's3rver' && mode !== 'plain') || !dir) {
  process.stderr.write('usage: server.mjs --mode s3rver|plain --dir DIR [--bucket NAME] [--secret S]\n');
  process.exit(2);
}

const hmac = (key, text) => createHmac('sha256', key).update(text, 'utf8').digest();
const sha256 = (text) => createHash('sha256').update(text, 'utf8').digest('hex');

/** The test helper's header-signed SigV4 check; returns an S3 error code, or null when it verifies. */
function verifySigV4(req) {
  const auth = req.headers.authorization ?? '';
  const m = /^AWS4-HMAC-SHA256 Credential=([^/]+)\/(\d{8})\/([^/]+)\/([^/]+)\/aws4_request, ?SignedHeaders=([^,]+), ?Signature=([0-9a-f]{64})$/.exec(auth);
  if (!m) return 'AccessDenied';
  const [, keyId, date, region, service, signedHeaders, signature] = m;
  if (keyId !== S3_ACCESS_KEY) return 'InvalidAccessKeyId';
  const [rawPath, rawQuery = ''] = (req.url ?? '/').split('?');
  const query = rawQuery
    .split('&')
    .filter(Boolean)
    .map((kv) => (kv.includes('=') ? kv : `${kv}=`))
    .sort()
    .join('&');
  const headers = signedHeaders
    .split(';')
    .map((h) => `${h}:${String(req.headers[h] ?? '').trim().replace(/\s+/g, ' ')}\n`)
    .join('');
  const payload = String(req.headers['x-amz-content-sha256'] ?? sha256(''));
  const canonical = [req.method, rawPath, query, headers, signedHeaders, payload].join('\n');
  const scope = `${date}/${region}/${service}/aws4_request`;
  const toSign = ['AWS4-HMAC-SHA256', String(req.headers['x-amz-date']), scope, sha256(canonical)].join('\n');
  const key = hmac(hmac(hmac(hmac(`AWS4${secret}`, date), region), service), 'aws4_request');
  const expected = hmac(key, toSign);
  const given = Buffer.from(signature, 'hex');
  return given.length === expected.length && timingSafeEqual(given, expected) ? null : 'SignatureDoesNotMatch';
}

function s3Error(res, status, code) {
  res.writeHead(status, { 'content-type': 'application/xml' });
  res.end(`<?xml version="1.0" encoding="UTF-8"?>\n<Error><Code>${code}</Code><Message>${code}</Message></Error>`);
}

const LAST_MODIFIED = 'Mon, 01 Jan 2024 00:00:00 GMT'; // fixed: nothing here depends on the clock

/** GET/HEAD of `/<bucket>/<key>` from files under dir/<bucket>/; nothing else. */
function plainHandler(req, res) {
  const [rawPath] = (req.url ?? '/').split('?');
  const prefix = `/${bucket}/`;
  if ((req.method !== 'GET' && req.method !== 'HEAD') || !rawPath.startsWith(prefix)) return s3Error(res, 501, 'NotImplemented');
  const key = decodeURIComponent(rawPath.slice(prefix.length));
  if (key.split('/').some((part) => part === '' || part === '.' || part === '..')) return s3Error(res, 400, 'InvalidArgument');
  const file = path.join(dir, bucket, key);
  fs.stat(file, (err, st) => {
    if (err || !st.isFile()) return s3Error(res, 404, 'NoSuchKey');
    res.writeHead(200, { 'content-type': 'application/octet-stream', 'content-length': st.size, 'last-modified': LAST_MODIFIED });
    if (req.method === 'HEAD') return res.end();
    const stream = fs.createReadStream(file, { highWaterMark: 256 * 1024 });
    stream.on('error', () => res.destroy());
    stream.pipe(res);
  });
}

let handle;
if (mode === 's3rver') {
  const { default: S3rver } = await import('s3rver');
  fs.mkdirSync(dir, { recursive: true });
  const s3 = new S3rver({ silent: true, directory: dir, configureBuckets: [{ name: bucket, configs: [] }] });
  await s3.configureBuckets();
  const inner = s3.callback();
  handle = (req, res) => {
    const denied = verifySigV4(req);
    if (denied) return s3Error(res, 403, denied);
    inner(req, res);
  };
} else {
  handle = plainHandler;
}

const server = http.createServer(latencyMs > 0 ? (req, res) => setTimeout(() => handle(req, res), latencyMs) : handle);
server.keepAliveTimeout = 30_000;
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const { port } = server.address();
process.stdout.write(`${JSON.stringify({ endpoint: `http://127.0.0.1:${port}`, pid: process.pid, mode })}\n`);

const stop = () => {
  server.closeAllConnections();
  server.close(() => process.exit(0));
};
process.stdin.on('end', stop);
process.stdin.on('error', stop);
process.stdin.resume();
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
