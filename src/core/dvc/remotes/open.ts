/** Opens the store for a remote spec; the HTTP and S3 clients load only when used. */
import type { RemoteSpec } from '../remoteConfig.js';
import { LocalRemote } from './local.js';
import type { RemoteStore } from './types.js';

export interface OpenRemoteOptions {
  /** Connections kept open at most (the transfer's parallelism). */
  maxSockets?: number;
}

export async function openRemote(spec: RemoteSpec, options: OpenRemoteOptions = {}): Promise<RemoteStore> {
  switch (spec.kind) {
    case 'local':
      return new LocalRemote(spec);
    case 'http': {
      const { HttpRemote } = await import('./http.js');
      return new HttpRemote(spec, options);
    }
    case 's3': {
      const { S3Remote } = await import('./s3.js');
      return new S3Remote(spec, options);
    }
  }
}
