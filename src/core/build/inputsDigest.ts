import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import type { Backend, LoadedConfig } from '../config/types.js';
import type { CheckReport } from '../provenance/report.js';
import { ownFile } from '../util/packageFiles.js';

/**
 * Everything that decides a package's bytes, hashed: code (commit, tree, recorded ref), every
 * data hash, the resolved config, the backend asked for and whether native TensorFlow is
 * installed (it decides what `auto` picks), Node and platform, the archive timestamp, and
 * model-build itself with its runtime lock. Equal digests ⇒ the build would write the same
 * package, so a cached one may be reused after re-verifying its digests.
 */
export function buildInputsDigest(
  check: CheckReport,
  loaded: LoadedConfig,
  options: { backend?: Backend; sourceDateEpoch?: number; ref?: string },
): string {
  const parts = {
    commit: check.git?.commit ?? null,
    tree: check.git?.tree ?? null,
    ref: options.ref ?? check.git?.ref ?? null,
    data: check.data.map((d) => [d.path, d.expected, d.actual]),
    config: loaded.config,
    backend: options.backend ?? loaded.config.training?.backend ?? 'auto',
    native: nativeInstalled(path.dirname(loaded.file)),
    node: process.versions.node,
    platform: `${process.platform}-${process.arch}`,
    sourceDateEpoch: options.sourceDateEpoch ?? null,
    tool: readFileSync(ownFile('package.json'), 'utf8'),
    runtimeLock: readFileSync(ownFile('dist/package/runtime-lock.json'), 'utf8'),
  };
  return createHash('sha256').update(JSON.stringify(parts)).digest('hex');
}

function nativeInstalled(dir: string): boolean {
  try {
    createRequire(path.join(dir, 'package.json')).resolve('@tensorflow/tfjs-node');
    return true;
  } catch {
    return false;
  }
}
