/** What every remote store offers: existence checks and streamed reads of objects by key. */
import type { RemoteSpec } from '../remoteConfig.js';

export interface ObjectStat {
  exists: boolean;
  /** Byte size when the remote tells it. */
  size?: number;
}

export interface ObjectBody {
  /** The bytes, streamed. An interrupted transfer throws a TransientError while iterating. */
  body: AsyncIterable<Uint8Array>;
  /** Declared length (Content-Length, file size), when known. */
  size?: number;
}

/**
 * A remote's objects by POSIX key (`files/md5/ab/cdef…`). Implementations throw
 * `TransientError` for what a retry may fix (5xx, 429, network) and `ModelBuildError`
 * (`DVC_REMOTE_DENIED`, `DVC_REMOTE_UNREACHABLE`) for what it will not; never a secret in a message.
 */
export interface RemoteStore {
  readonly spec: RemoteSpec;
  stat(key: string): Promise<ObjectStat>;
  /** null when the object does not exist. */
  get(key: string): Promise<ObjectBody | null>;
  close(): void;
}

/** Removes every secret's text from a message that came from elsewhere (a server, an SDK). */
export function redact(text: string, secrets: readonly (string | undefined)[]): string {
  let out = text;
  for (const s of secrets) if (s && s.length >= 4) out = out.split(s).join('***');
  return out;
}
