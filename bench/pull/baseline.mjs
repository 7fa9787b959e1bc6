#!/usr/bin/env node
// The baseline for bench/pull.mjs: a plain sequential download loop with the same
// @aws-sdk/client-s3 that `model-build pull` uses, doing the same verification. It reads the
// folder's `.dir` listing object (md5-checked), then GetObject for each file in listing order,
// streams the body to its file while hashing it, and compares the md5 with the listing's.
// Credentials come from the environment (AWS_ACCESS_KEY_ID / AWS_SECRET_ACCESS_KEY), as for the CLI.
// Prints one JSON line `{"files": N, "bytes": B}`; exits 1 on any mismatch.
//
// Usage: node bench/pull/baseline.mjs --endpoint URL --bucket B --prefix P --listing MD5.dir --out DIR
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import process from 'node:process';
import { pipeline } from 'node:stream/promises';
import { parseArgs } from 'node:util';
import { GetObjectCommand, S3Client } from '@aws-sdk/client-s3';

const { values: o } = parseArgs({
  options: {
    endpoint: { type: 'string' },
    bucket: { type: 'string' },
    prefix: { type: 'string' },
    listing: { type: 'string' },
    out: { type: 'string' },
  },
  strict: true,
});

const key = (md5) => `${o.prefix}/files/md5/${md5.slice(0, 2)}/${md5.slice(2)}`;
const client = new S3Client({ endpoint: o.endpoint, forcePathStyle: true, region: 'us-east-1', maxAttempts: 1 });

async function getBuffer(md5) {
  const r = await client.send(new GetObjectCommand({ Bucket: o.bucket, Key: key(md5) }));
  const parts = [];
  for await (const chunk of r.Body) parts.push(chunk);
  return Buffer.concat(parts);
}

let bytes = 0;
try {
  const listingBytes = await getBuffer(o.listing);
  if (`${createHash('md5').update(listingBytes).digest('hex')}.dir` !== o.listing) throw new Error(`listing ${o.listing}: md5 mismatch`);
  bytes += listingBytes.length;
  const listing = JSON.parse(listingBytes.toString('utf8'));
  const made = new Set();
  for (const { md5, relpath } of listing) {
    const file = path.join(o.out, relpath);
    const parent = path.dirname(file);
    if (!made.has(parent)) {
      fs.mkdirSync(parent, { recursive: true });
      made.add(parent);
    }
    const r = await client.send(new GetObjectCommand({ Bucket: o.bucket, Key: key(md5) }));
    const hash = createHash('md5');
    let n = 0;
    await pipeline(
      r.Body,
      async function* (source) {
        for await (const chunk of source) {
          hash.update(chunk);
          n += chunk.length;
          yield chunk;
        }
      },
      fs.createWriteStream(file, { flags: 'wx' }),
    );
    const got = hash.digest('hex');
    if (got !== md5) throw new Error(`${relpath}: md5 ${got}, listing says ${md5}`);
    bytes += n;
  }
  process.stdout.write(`${JSON.stringify({ files: listing.length, bytes })}\n`);
} catch (e) {
  process.stderr.write(`baseline: ${e.name ?? 'Error'}: ${e.message}\n`);
  process.exitCode = 1;
} finally {
  client.destroy();
}
